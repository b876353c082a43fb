"""Whole stories, event by event (stories5 helper). Every story here was written new for these
tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story5")


# --- cause 1: a headline's passive without its auxiliary names the victim, not the doer --------
# "Opposition leader shot dead in Dhaka" is "was shot dead": the leader is no attacker, and with
# nobody named as the doer there is no event to code (an act with no identifiable actor).
HEADLINE_PASSIVES = [
    # (story, date, headline)
    ("Opposition mayor shot dead in Karachi\nKARACHI, March 3 - The mayor of a Karachi district was "
     "killed outside his office on Tuesday, police said. His party called a day of mourning.",
     "2015-03-03", "Opposition mayor shot dead in Karachi"),
    ("Colombian union leader assassinated at his farm\nBOGOTA, Aug 9 - A trade union leader was found "
     "dead at his farm in Cauca province, the labour ministry said.",
     "2019-08-09", "Colombian union leader assassinated at his farm"),
    ("Two Kenyan aid workers kidnapped near Somali border\nNAIROBI, Oct 13 - Two aid workers were "
     "seized near the Dadaab camps on Thursday, a Kenyan official said.",
     "2011-10-13", "Two Kenyan aid workers kidnapped near Somali border"),
    ("Pakistani journalist arrested in Lahore over speech\nLAHORE, May 30 - A journalist who criticised "
     "the army in a speech was taken from his home overnight, his family said.",
     "2021-05-30", "Pakistani journalist arrested in Lahore over speech"),
]


@pytest.mark.parametrize("story,date,headline", HEADLINE_PASSIVES)
def test_headline_passive_makes_no_doer_of_the_victim(coder, story, date, headline):
    events = _in(_events(coder, story, date), headline)
    assert not events, _show(events)


# the same headlines in the active voice still name their doer
HEADLINE_ACTIVES = [
    ("Police arrest Pakistani journalist in Lahore\nLAHORE, May 30 - The journalist had criticised the army.",
     "2021-05-30", "Police arrest Pakistani journalist", "COERCE", "PAK"),
    ("Rebels kidnap two Kenyan aid workers near Somali border\nNAIROBI, Oct 13 - The two women work for a charity.",
     "2011-10-13", "Rebels kidnap two Kenyan aid workers", "ASSAULT", None),
    # the parser may hang the object on "dead": still active
    ("Student killed in Mandalay\nMANDALAY, March 3 - A Myanmar soldier shot dead a student in Mandalay on "
     "Wednesday, witnesses said.", "2021-03-03", "A Myanmar soldier shot dead a student", "COERCE", "MMR"),
]


@pytest.mark.parametrize("story,date,words,kind,source", HEADLINE_ACTIVES)
def test_active_headline_keeps_its_doer(coder, story, date, words, kind, source):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert events, _show(_events(coder, story, date))
    if source:
        assert any(source in {a.primary for a in e.source} for e in events), _show(events)


# --- cause 1b: "Gunmen" opening a sentence after a dateline is the agent noun "gunman" -----------
# The tagger reads the capitalised plural after "(Reuters) -" as a proper noun whose lemma is its
# own form; "-men" plurals are matched like "-s" plurals.
DATELINE_MEN = [
    ("Village chief killed in central Mali\nBAMAKO, Jan 5 (Reuters) - Gunmen killed a village chief in "
     "central Mali on Sunday, local officials said.", "2020-01-05", "Gunmen killed a village chief", "MLI"),
    ("Mayor attacked in Honduras\nTEGUCIGALPA, June 2 (AP) - Gunmen attacked the mayor of a Honduran "
     "town on Friday, police said.", "2018-06-02", "Gunmen attacked the mayor", "HND"),
    ("Clashes in South Sudan\nJUBA, Feb 11 (Reuters) - Militiamen attacked a South Sudanese army post "
     "on Monday, the army said.", "2019-02-11", "Militiamen attacked a South Sudanese army post", "SSD"),
]


@pytest.mark.parametrize("story,date,words,source", DATELINE_MEN)
def test_men_plural_after_dateline_is_an_agent(coder, story, date, words, source):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "ASSAULT"]
    assert any(source in {a.primary for a in e.source} for e in events), _show(_events(coder, story, date))


# --- cause 2: an object determined by "no" negates the act -------------------------------------
# "offered no proof", "made no commitment to intervene" report that nothing was offered or
# committed, as "did not offer" does; the speaker's other acts in the sentence stay.
NO_OBJECT = [
    ("Serbia rejects charge\nBELGRADE, April 2 - Serbia's foreign minister said Kosovo had offered no "
     "evidence for its claims.", "2023-04-02", "had offered no evidence"),
    ("Talks end in Geneva\nGENEVA, Nov 8 - The Syrian government delegation made no concessions on the "
     "second day of talks, U.N. envoys said.", "2017-11-08", "made no concessions"),
    ("Beijing urges calm\nBEIJING, Sept 3 - China urged both Koreas to avoid provocations but made no "
     "offer to mediate.", "2016-09-03", "made no offer to mediate"),
]


@pytest.mark.parametrize("story,date,words", NO_OBJECT)
def test_no_object_negates_the_act(coder, story, date, words):
    events = [e for e in _in(_events(coder, story, date), words) if e.event in ("AGREE", "CONCEDE", "RETREAT")]
    assert not events, _show(events)


def test_no_object_leaves_the_other_verb(coder):
    story = ("Beijing urges calm\nBEIJING, Sept 3 - China urged both Koreas to avoid provocations but made no "
             "offer to mediate.")
    events = [e for e in _in(_events(coder, story, "2016-09-03"), "urged both Koreas") if e.event == "REQUEST"]
    assert any("CHN" in {a.primary for a in e.source} for e in events), _show(events)


# --- cause 3: a past date on the planned act or on the war waged dates the verb too -------------
# "India agreed to buy the jets in 2016" told in a 2019 story is history recalled in passing, as
# "India bought the jets in 2016" is; the same date in the year of the story is news.
DATED_COMPLEMENT = [
    ("Jets arrive in India\nNEW DELHI, Sept 20 - The first Rafale jets landed at an air base on Friday. "
     "India agreed to buy 36 of the jets from France in 2016 in a deal worth 7.8 billion euros.",
     "2019-09-20", "India agreed to buy 36 of the jets"),
    ("Border clash in Caucasus\nBAKU, Sept 13 - Azerbaijani and Armenian troops exchanged fire overnight. "
     "Armenia and Azerbaijan fought a 44-day war in 2020 for control of Karabakh.",
     "2022-09-13", "fought a 44-day war in 2020"),
    ("Ethiopia and Eritrea leaders meet\nASMARA, July 8 - The two leaders met in Asmara on Sunday. "
     "Eritrea launched an offensive against Ethiopia in 1998 over the town of Badme.",
     "2018-07-08", "Eritrea launched an offensive against Ethiopia in 1998"),
]


@pytest.mark.parametrize("story,date,words", DATED_COMPLEMENT)
def test_dated_complement_is_history(coder, story, date, words):
    events = _in(_events(coder, story, date), words)
    assert not events, _show(events)


def test_complement_dated_this_year_is_news(coder):
    story = ("Jets ordered\nNEW DELHI, Sept 23 - India agreed to buy 36 Rafale jets from France in 2016, "
             "the defence ministry said on Friday.")
    events = [e for e in _in(_events(coder, story, "2016-09-23"), "India agreed to buy") if e.event == "AGREE"]
    assert any("IND" in {a.primary for a in e.source} for e in events), _show(events)


# --- cause 4: attribution of an attack reported as a passive or as the speaker's certainty -----
# "said the hacking was carried out by Iran" blames Iran as "said Iran was behind the hacking"
# does; "said Paris was confident that Russian hackers were behind it" is Paris's own claim.
ATTRIBUTION = [
    ("Hack blamed on Iran\nWASHINGTON, March 24 - The Justice Department said the cyber attack on dozens "
     "of U.S. banks was carried out by Iran.", "2016-03-24", "was carried out by Iran", "USA", "IRN"),
    ("Dutch blame Russia\nTHE HAGUE, Oct 4 - The Dutch government said the hacking attempt on the chemical "
     "weapons watchdog was planned and conducted by Russia.", "2018-10-04", "conducted by Russia", "NLD", "RUS"),
    ("French point finger\nPARIS, Feb 9 - The French government said Paris was confident that Russian "
     "hackers were behind the attack on a television network.", "2017-02-09", "were behind the attack", "FRA", "RUS"),
    ("Seoul accuses Pyongyang\nSEOUL, April 12 - South Korea's government said Seoul was convinced that North "
     "Korean spies were behind the bombing.", "2013-04-12", "were behind the bombing", "KOR", "PRK"),
]


@pytest.mark.parametrize("story,date,words,source,target", ATTRIBUTION)
def test_reported_attribution_is_an_accusation(coder, story, date, words, source, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "ACCUSE"]
    assert any(source in {a.primary for a in e.source} and target in {a.primary for a in e.target}
               for e in events), _show(_events(coder, story, date))


def test_certainty_about_a_harmless_clause_is_no_accusation(coder):
    story = ("Talks to resume\nPARIS, Feb 9 - The French government said it was confident that Russia "
             "would return to the talks.")
    events = [e for e in _events(coder, story, "2017-02-09") if e.event == "ACCUSE"]
    assert not events, _show(events)
