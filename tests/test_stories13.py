"""Whole stories whose actors only the article names (stories13 helper). Every story and sentence
here was written new for these tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story13")


# --- cause 1: 'the president' is the person the text titled so, not a later one the dictionary fits ---
@pytest.mark.parametrize("story,date,words,source,target", [
    ("France and China talk trade\n\nBEIJING, Nov 6 - French President Emmanuel Macron met Chinese leader "
     "Xi Jinping in Beijing on Wednesday. At a dinner later, the president praised Xi for opening Chinese "
     "markets.", "2019-11-06", "the president praised", "FRA", "CHN"),
    ("Putin hosts Erdogan\n\nSOCHI, Sept 17 - Russian President Vladimir Putin hosted Turkish leader Recep "
     "Tayyip Erdogan in Sochi on Monday. After the talks the president praised Erdogan for his courage.",
     "2018-09-17", "the president praised", "RUS", "TUR"),
])
def test_bare_title_is_the_person_the_text_titled(coder, story, date, words, source, target):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == "SUPPORT" and {a.code[:3] for a in e.source} == {source}
               and target in {a.code[:3] for a in e.target} for e in events), _show(events)


def test_bare_title_still_takes_the_dictionary_office(coder):
    # no one titled 'president' in the text: the head of state the dictionary knows still is
    story = ("Talks in Ankara\n\nANKARA, May 3 - Recep Tayyip Erdogan met German Chancellor Angela Merkel "
             "in Ankara on Tuesday. The president accused Europe of breaking its promises.")
    events = _in(_events(coder, story, "2016-05-03"), "The president accused")
    assert any(e.event == "ACCUSE" and {a.code[:3] for a in e.source} == {"TUR"} for e in events), _show(events)


# --- cause 2: 'the country' a state's act lands 'on' is another state -------------------------------
@pytest.mark.parametrize("story,date,words,source,target", [
    ("Generals seize power\n\nYANGON, Feb 2 - Myanmar's army detained civilian leaders on Monday and declared "
     "a state of emergency. U.S. President Joe Biden threatened to reimpose sanctions on the country.",
     "2021-02-02", "reimpose sanctions", "USA", "MMR"),
    ("Mali junta expels envoy\n\nBAMAKO, Jan 31 - Mali's military government ordered the French ambassador "
     "to leave within 72 hours on Monday. French President Emmanuel Macron threatened to impose sanctions on "
     "the country.", "2022-01-31", "impose sanctions", "FRA", "MLI"),
])
def test_country_acted_on_is_not_the_actors_own(coder, story, date, words, source, target):
    events = _in(_events(coder, story, date), words)
    assert any({a.code[:3] for a in e.source} == {source} and {a.code[:3] for a in e.target} == {target}
               for e in events), _show(events)


# --- cause 3: 'the army' after an armed group named '... Army' is a state's army ------------------------
@pytest.mark.parametrize("story,words", [
    ("IRA statement\n\nBELFAST, Sept 1 - The Irish Republican Army announced a complete cessation of military "
     "operations on Wednesday. The army arrested two men in Belfast on Thursday.", "The army arrested"),
    ("IRA statement\n\nBELFAST, Sept 1 - The Irish Republican Army announced a complete cessation of military "
     "operations on Wednesday. The army said it would withdraw troops from border posts.", "withdraw troops"),
])
def test_the_army_is_not_a_group_named_army(coder, story, words):
    events = _in(_events(coder, story, "1994-09-01"), words)
    assert events and all(a.code == "GBRMIL" for e in events for a in e.source), _show(events)


# --- cause 4: an army with no country striking a place is the story's, not the place's -----------------
def test_unowned_army_striking_abroad_is_the_storys(coder):
    story = ("Turkey launches offensive\n\nANKARA, Oct 9 - Turkey began a military offensive against Kurdish "
             "fighters on Wednesday. President Recep Tayyip Erdogan announced the operation. The army shelled "
             "villages across northern Syria.")
    events = _in(_events(coder, story, "2019-10-09"), "The army shelled")
    assert any(e.event == "ASSAULT" and [a.code for a in e.source] == ["TURMIL"]
               and "SYR" in {a.code[:3] for a in e.target} for e in events), _show(events)


def test_army_of_a_single_sentence_keeps_its_place(coder):
    # no story before it: the place its own verb names is still the army's
    events = _events(coder, "The army seized power in Bamako on Tuesday.", "2012-03-22")
    assert all(a.code[:3] == "MLI" for e in events for a in e.source), _show(events)


# --- cause 5: a doerless passive attack whose doer is named only when a group claims it after ----------
def test_group_claiming_later_is_the_doer_of_a_doerless_attack(coder):
    story = ("Mortar attack in Helmand\n\nLASHKAR GAH, June 3 - Dozens of mortar shells were fired at army posts "
             "in Helmand province on Sunday. The Taliban claimed the assault hours later.")
    events = _in(_events(coder, story, "2020-06-03"), "mortar shells were fired")
    assert any(e.event == "ASSAULT" and [a.code for a in e.source] == ["AFGINS"]
               and "AFG" in {a.code[:3] for a in e.target} for e in events), _show(events)


def test_doerless_attack_with_no_claim_keeps_its_place(coder):
    story = ("Mortar attack in Helmand\n\nLASHKAR GAH, June 3 - Dozens of mortar shells were fired at army posts "
             "in Helmand province on Sunday. Officials said nine soldiers were wounded.")
    events = _in(_events(coder, story, "2020-06-03"), "mortar shells were fired")
    # the place's country, as unidentified attackers there (AFGUAF: the conventions26 rule for violence
    # nobody is named for, corpus/README.md)
    assert events and all(a.code == "AFGUAF" for e in events for a in e.source), _show(events)


@pytest.mark.parametrize("text,source", [
    ("The Taliban claimed the assault on the police headquarters.", "AFGINS"),
    ("Al-Shabaab claimed the raid on the military base.", "SOMINS"),
])
def test_claiming_an_assault_or_raid_is_the_claimants_act(coder, text, source):
    events = story_events(coder, text, "2019-05-05")
    assert any(e.event == "ASSAULT" and [a.code for a in e.source] == [source] for e in events), _show(events)


# --- cause 6: a foreign leader reporting another state's leader held is neither 'the president' nor the jailer ---
@pytest.mark.parametrize("speaker", ["He", "Zuma"])
def test_reporter_of_a_leaders_detention_is_not_its_doer(coder, speaker):
    story = ("Army takes control\n\nHARARE, Nov 15 - Zimbabwe's military took control of the capital on Wednesday. "
             "South African President Jacob Zuma spoke to Mugabe by telephone. " + speaker +
             " said the president was confined to his home.")
    events = _in(_events(coder, story, "2017-11-15"), "was confined")
    assert events and all(a.code[:3] == "ZWE" for e in events for a in e.source + e.target), _show(events)


def test_police_reporting_their_own_arrests_still_made_them(coder):
    events = story_events(coder, "Kenyan police said two militants were arrested in Mombasa on Friday.", "2019-05-03")
    assert any(e.event == "COERCE" and [a.code for a in e.source] == ["KENCOP"] for e in events), _show(events)
