"""Whole stories, event by event (stories3 helper): a reaction whose object refers back to an act
the story already told ("condemned the attack", "welcomed the decision") is aimed at whoever did
that act. Every story here was written new for these tests (none comes from a corpus file)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story3")



# --- cause 1: "the attack", "the move", "the decision": the author of the act told before ------
REFERRED_ACT = [
    # (story, date, words of the reaction sentence, PLOVER type, expected target country)
    ("Armenia shells Azerbaijani village\nBAKU, April 3 - Armenian forces shelled a village in Azerbaijan's Tovuz "
     "district on Sunday, the defence ministry in Baku said. Turkey condemned the attack.",
     "2021-04-03", "Turkey condemned", "ACCUSE", "ARM"),
    ("Ghana frees jailed Togolese activists\nACCRA, May 12 - Ghana released four Togolese activists on Thursday. "
     "Two of them had spent a year in prison. Togo's foreign minister welcomed the decision.",
     "2022-05-12", "welcomed the decision", "SUPPORT", "GHA"),
    ("Serbia expels Croatian diplomat\nBELGRADE, Oct 20 - Serbia ordered a Croatian diplomat to leave the country "
     "within 72 hours on Wednesday. The Croatian prime minister called the move an act of hostility.",
     "2021-10-20", "called the move", "ACCUSE", "SRB"),
    ("Chile recognises Palestinian state\nSANTIAGO, Jan 7 - Chile formally recognised the State of Palestine on "
     "Friday. Israel's foreign ministry denounced the recognition.",
     "2016-01-07", "denounced the recognition", "ACCUSE", "CHL"),
    ("Malaysian troops raid smugglers' camp\nKUALA LUMPUR, Feb 9 - Malaysian troops raided a camp on the border "
     "with Thailand on Tuesday. Thai officials said they had not been told. The Thai foreign minister criticised "
     "the raid.", "2021-02-09", "criticised the raid", "ACCUSE", "MYS"),
]


@pytest.mark.parametrize("story,date,words,kind,target", REFERRED_ACT)
def test_reaction_to_an_act_told_before_aims_at_its_author(coder, story, date, words, kind, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(target in {a.primary for a in e.target} for e in events), _show(_events(coder, story, date))


def test_own_act_and_words_are_not_the_referred_act(coder):
    # the latest event is Peru's own; the one before it is someone's words: the act meant is Bolivia's
    story = ("Bolivia closes border crossing\nLA PAZ, March 2 - Bolivia closed its main border crossing with Peru "
             "on Monday. Chile accused La Paz of hurting trade. Peru summoned Bolivia's ambassador and "
             "rejected the decision.")
    events = [e for e in _in(_events(coder, story, "2020-03-02"), "rejected the decision") if e.event == "REJECT"]
    assert events and all("PER" not in {a.primary for a in e.target} and
                           "CHL" not in {a.primary for a in e.target} for e in events), _show(events)


# --- cause 2: what a story says in passing about an actor is not the day's news --------------
ASIDES = [
    # (story, date, trigger word of the aside that must not be coded, words of a news sentence still coded)
    ("Colombian rebels sign truce\nBOGOTA, Sept 2 - The guerrilla group, which kidnapped dozens of soldiers, "
     "signed a ceasefire with the government on Friday. The United Nations praised the accord.",
     "2022-09-02", "kidnapped", "signed a ceasefire"),
    ("Kenya hosts Somali leader\nNAIROBI, June 8 - Somalia's president, who expelled Kenya's ambassador, met "
     "Kenyan President William Ruto in Nairobi on Thursday.", "2023-06-08", "expelled", "met"),
    ("Seoul resumes loudspeakers\nSEOUL, July 21 - South Korea resumed loudspeaker broadcasts along the border "
     "on Sunday, which Pyongyang has long denounced as an act of war.", "2024-07-21", "denounced", None),
    ("Greece and Turkey hold talks\nATHENS, Dec 7 - Turkish President Tayyip Erdogan visited Athens on Thursday. "
     "Ankara has never ruled out military action over the islands. Greek officials welcomed the visit.",
     "2023-12-07", "ruled", "visited Athens"),
]


@pytest.mark.parametrize("story,date,aside,news", ASIDES)
def test_an_aside_about_an_actor_is_not_coded(coder, story, date, aside, news):
    events = _events(coder, story, date)
    assert not [e for e in events if aside in e.trigger], _show(events)
    if news:
        assert _in(events, news), _show(events)


def test_an_aside_with_its_own_date_is_still_news(coder):
    # the clause dates its act to the story's week: it is news told in a relative clause
    story = ("Mali rebels pull back\nBAMAKO, Feb 6 - The rebels, who attacked an army post near Kidal on Saturday, "
             "withdrew from the area on Monday, officials said.")
    events = _events(coder, story, "2023-02-06")
    assert any(e.event == "ASSAULT" and "attacked" in e.trigger for e in events), _show(events)


# --- cause 3: words said for a purpose are aimed at the object of the verb they serve --------
PURPOSE = [
    # (story, date, words of the sentence, expected target country of every event in it)
    ("Lithuania protests over Chinese envoy\nVILNIUS, Nov 22 - Lithuania summoned the Chinese charge d'affaires "
     "to lodge a protest on Monday.", "2021-11-22", "summoned the Chinese", "CHN"),
    ("Kenya summons Ugandan envoy\nNAIROBI, March 14 - Kenya summoned Uganda's high commissioner to demand an "
     "explanation.", "2022-03-14", "summoned Uganda", "UGA"),
    ("Morocco summons Spanish ambassador\nRABAT, May 19 - Morocco summoned the Spanish ambassador on Wednesday to "
     "express its anger.", "2021-05-19", "summoned the Spanish", "ESP"),
]


@pytest.mark.parametrize("story,date,words,target", PURPOSE)
def test_purpose_words_are_aimed_at_the_object(coder, story, date, words, target):
    events = _in(_events(coder, story, date), words)
    assert len(events) >= 2, _show(events)  # the summons and what it was for
    assert all(target in {a.primary for a in e.target} for e in events), _show(events)


def test_an_object_who_speaks_is_not_the_target(coder):
    # "urged Pakistan to condemn ...": Pakistan is the one asked to speak, not its target
    story = ("Afghanistan appeals to Pakistan\nKABUL, Jan 9 - Afghanistan urged Pakistan to condemn the bombing of a "
             "mosque in Kabul.")
    events = _in(_events(coder, story, "2022-01-09"), "urged Pakistan")
    assert not [e for e in events if e.event == "ACCUSE" and "PAK" in {a.primary for a in e.target}
                and "AFG" in {a.primary for a in e.source}], _show(events)


# --- cause 4: "the emirate", "the kingdom", "the island" name a state of that kind -------------
STATE_KINDS = [
    # (story, date, words of the sentence, expected target country)
    ("Gulf rift deepens\nRIYADH, June 6 - Saudi Arabia cut ties with Qatar on Monday. Iran said it would send "
     "food to the emirate.", "2017-06-06", "send food", "QAT"),
    ("Iraqi leader visits Jordan\nAMMAN, March 2 - Iraq's prime minister visited Jordan on Thursday. Egypt praised "
     "the kingdom for hosting the talks.", "2023-03-02", "Egypt praised", "JOR"),
    ("China holds drills near Taiwan\nBEIJING, Aug 8 - Chinese warships held drills near Taiwan on Monday. Japan "
     "praised the island for its restraint.", "2022-08-08", "Japan praised", "TWN"),
]


@pytest.mark.parametrize("story,date,words,target", STATE_KINDS)
def test_a_kind_of_state_refers_to_a_state_of_that_kind(coder, story, date, words, target):
    events = _in(_events(coder, story, date), words)
    assert events and all({a.primary for a in e.target} == {target} for e in events), _show(events)


# --- cause 5: a call for someone's release is aimed at whoever the story told holding them -----
RELEASE = [
    # (story, date, words of the call, expected target country)
    ("Iran detains French tourist\nTEHRAN, May 30 - Iranian security forces arrested a French tourist in Tehran on "
     "Saturday. France's foreign minister called for his release.", "2022-05-30", "called for his release", "IRN"),
    ("Gunmen seize Nigerian pupils\nKADUNA, March 8 - Gunmen from an armed gang abducted 40 pupils from a school "
     "in Kaduna state on Thursday. The United Nations demanded their immediate release.", "2024-03-08",
     "demanded their immediate release", "NGA"),
    ("Egypt jails blogger\nCAIRO, Dec 3 - Egyptian police detained the blogger Alaa Seif on Monday. Amnesty "
     "International urged the authorities to free him, and Germany demanded Seif's release.", "2019-12-03",
     "Germany demanded", "EGY"),
]


@pytest.mark.parametrize("story,date,words,target", RELEASE)
def test_a_release_call_is_aimed_at_the_holder(coder, story, date, words, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "REQUEST"]
    assert any(target in {a.primary for a in e.target} for e in events), _show(_events(coder, story, date))
