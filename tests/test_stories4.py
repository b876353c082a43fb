"""Whole stories, event by event (stories4 helper). Every story here was written new for these
tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story4")



# --- cause 1: "we" and "I" in quoted words are the speaker named after (or before) the quote -----
QUOTED_SELF = [
    # (story, date, words of the quoted sentence, PLOVER type, source country, target country or None)
    ("Moldova rejects troop plan\nCHISINAU, May 4 - Russia proposed keeping its troops in Transnistria. "
     "\"We reject this plan,\" President Maia Sandu told reporters on Tuesday.",
     "2021-05-04", "We reject this plan", "REJECT", "MDA", None),
    ("Ecuador closes door to bases\nQUITO, Oct 2 - \"We will not accept any foreign military base on our soil,\" "
     "Ecuador's defence minister said on Thursday.",
     "2008-10-02", "We will not accept", "REJECT", "ECU", None),
    ("Egypt presses Ethiopia over dam\nCAIRO, June 20 - Egyptian Foreign Minister Sameh Shoukry said: "
     "\"We demand that Ethiopia stop filling the dam.\"",
     "2020-06-20", "We demand", "REQUEST", "EGY", "ETH"),
    ("Gunmen storm Nairobi hotel\nNAIROBI, Jan 16 - \"We condemn this cowardly attack,\" Kenyan President "
     "Uhuru Kenyatta said after gunmen stormed a hotel complex.",
     "2019-01-16", "We condemn", "ACCUSE", "KEN", None),
]


@pytest.mark.parametrize("story,date,words,kind,source,target", QUOTED_SELF)
def test_we_in_quoted_words_is_the_speaker(coder, story, date, words, kind, source, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(source in {a.primary for a in e.source} for e in events), _show(_events(coder, story, date))
    if target:
        assert any(target in {a.primary for a in e.target} for e in events), _show(events)


def test_we_outside_quotation_marks_is_not_a_speaker(coder):
    # the reporter's paraphrase has no quotation marks: its "we" names nobody we can code
    story = ("Farmers block roads\nPARIS, Jan 24 - Farmers blocked roads around Paris on Tuesday. We reject the new "
             "rules, one farmer said.")
    events = _in(_events(coder, story, "2024-01-24"), "We reject")
    assert not [e for e in events if e.event == "REJECT" and e.source], _show(events)


# --- cause 2: reactions to a verdict, a handover, a closure; rivals at home ----------------------
REFERRED_ACT = [
    # (story, date, words of the reaction, PLOVER type, expected target actor code)
    ("Guatemala court convicts ex-dictator\nGUATEMALA CITY, May 10 - A Guatemalan court convicted former dictator "
     "Efrain Rios Montt of genocide on Friday. Human rights groups welcomed the verdict.",
     "2013-05-10", "welcomed the verdict", "SUPPORT", "GTMJUD"),
    ("Thai court jails Yingluck\nBANGKOK, Sept 27 - Thailand's Supreme Court sentenced former Prime Minister "
     "Yingluck Shinawatra to five years in prison on Wednesday. The opposition Pheu Thai party criticised the ruling.",
     "2017-09-27", "criticised the ruling", "ACCUSE", "THAJUD"),
    ("Houthis free Saudi prisoners\nSANAA, Nov 26 - Yemen's Houthi rebels freed 128 prisoners on Tuesday. "
     "Saudi Arabia welcomed the handover.",
     "2019-11-26", "welcomed the handover", "SUPPORT", "YEMREB"),
    ("Algeria shuts border\nALGIERS, Aug 25 - Algeria closed its border with Morocco on Wednesday. "
     "Morocco criticised the closure.",
     "2021-08-25", "criticised the closure", "ACCUSE", "DZA"),
    ("Kenyan police break up protest\nNAIROBI, March 20 - Police fired tear gas at protesters in Nairobi on Monday. "
     "Kenyan opposition leader Raila Odinga condemned the crackdown.",
     "2023-03-20", "condemned the crackdown", "ACCUSE", "KENCOP"),
]


@pytest.mark.parametrize("story,date,words,kind,target", REFERRED_ACT)
def test_reaction_to_an_act_told_before_aims_at_its_author(coder, story, date, words, kind, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(target in {a.code for a in e.target} for e in events), _show(_events(coder, story, date))


def test_praise_of_ones_own_side_stays_without_a_target(coder):
    # only disapproval and rejection look for a rival at home; praise of one's own army is no event aimed at it
    story = ("Israel strikes Gaza\nJERUSALEM, July 8 - Israeli jets struck targets in Gaza on Tuesday. "
             "Israel's defence minister praised the strike.")
    events = [e for e in _in(_events(coder, story, "2014-07-08"), "praised") if e.event == "SUPPORT"]
    assert events and all(not any(a.primary == "ISR" for a in e.target) for e in events), _show(events)


# --- cause 3: 'insisted that Turkey withdraw': the bare subjunctive asks its subject to act -------
MANDATED = [
    # (story, date, words, PLOVER type, source country, target country, act that must not be told as done)
    ("Cyprus talks stall\nGENEVA, July 3 - Cyprus insisted that Turkey withdraw its troops from the island "
     "before any settlement.", "2017-07-03", "insisted", "REQUEST", "CYP", "TUR", "RETREAT"),
    ("US presses Beijing over reporters\nWASHINGTON, June 2 - The United States insisted that China release the "
     "detained journalists.", "2013-06-02", "insisted", "REQUEST", "USA", "CHN", "RETREAT"),
    ("Bolivia vote audit\nWASHINGTON, Nov 10 - The OAS recommended that Bolivia hold a new election after its "
     "audit.", "2019-11-10", "recommended", "REQUEST", "IGO", "BOL", None),
    ("Koreas row over fishing boats\nSEOUL, June 2 - South Korea demanded that North Korean boats leave its waters.",
     "2013-06-02", "demanded", "REQUEST", "KOR", "PRK", None),
]


@pytest.mark.parametrize("story,date,words,kind,source,target,not_done", MANDATED)
def test_a_subjunctive_that_clause_is_asked_for_not_done(coder, story, date, words, kind, source, target, not_done):
    events = _events(coder, story, date)
    asked = [e for e in events if e.event == kind and words in e.trigger]
    assert any(source in {a.primary for a in e.source} and target in {a.primary for a in e.target}
               for e in asked), _show(events)
    if not_done:
        assert not [e for e in events if e.event == not_done], _show(events)


def test_a_past_that_clause_after_insisted_is_still_told(coder):
    # "insisted that Chile had attacked": an indicative clause reports a deed, nothing is asked
    story = ("Bolivia accuses Chile\nLA PAZ, Nov 10 - The Bolivian defence minister insisted that Chile had attacked "
             "Bolivian troops on the border.")
    events = _events(coder, story, "2019-11-10")
    assert [e for e in events if e.event == "ASSAULT"] and not [e for e in events if e.event == "REQUEST"], _show(events)


# --- cause 4: sides that swap or exchange something are each other's targets ---------------------
EXCHANGES = [
    # (story, date, words, PLOVER type, the two sides)
    ("Kyiv and Moscow swap prisoners\nKYIV, Sept 21 - Russia and Ukraine swapped 270 prisoners on Wednesday in the "
     "largest exchange of the war.", "2022-09-21", "swapped", "RETREAT", {"RUS", "UKR"}),
    ("Prisoner exchange in Donbas\nKIEV, Dec 29 - Ukraine and Russia exchanged 200 prisoners on Sunday, including "
     "dozens of Ukrainian soldiers.", "2019-12-29", "exchanged", "RETREAT", {"RUS", "UKR"}),
    ("Border clash row\nNEW DELHI, June 17 - India and China traded accusations over the deadly clash in the "
     "Galwan valley.", "2020-06-17", "traded", "ACCUSE", {"IND", "CHN"}),
]


@pytest.mark.parametrize("story,date,words,kind,sides", EXCHANGES)
def test_sides_that_exchange_are_each_others_targets(coder, story, date, words, kind, sides):
    events = [e for e in _events(coder, story, date) if e.event == kind and words in e.trigger]
    assert any(sides <= {a.primary for a in e.source} and sides <= {a.primary for a in e.target} for e in events), \
        _show(_events(coder, story, date))


# --- cause 5: 'the Central American country', 'the West African nation' refer back ---------------
REGIONAL_REFERENCE = [
    # (story, date, words of the sentence, PLOVER type, the country meant)
    ("Honduran army ousts president\nTEGUCIGALPA, June 29 - Soldiers arrested Honduran President Manuel Zelaya on "
     "Sunday. On Monday, the World Bank froze loans to the Central American country.",
     "2009-06-29", "froze loans", "SANCTION", "HND"),
    ("Mali junta detains president\nBAMAKO, Aug 20 - Soldiers detained the president of Mali on Tuesday. France cut "
     "aid to the West African nation on Wednesday.", "2020-08-20", "cut aid", "SANCTION", "MLI"),
    ("Qatar and Iran restore ties\nCAIRO, Aug 20 - Qatar restored full ties with Iran on Thursday. Egypt accused the "
     "Gulf state of backing militants.", "2017-08-20", "accused", "ACCUSE", "QAT"),
    ("Aid convoys blocked\nCUCUTA, Feb 23 - Venezuelan troops blocked aid convoys at the border on Saturday. "
     "Colombia urged the South American country to let the aid through.", "2019-02-23", "urged", "REQUEST", "VEN"),
]


@pytest.mark.parametrize("story,date,words,kind,target", REGIONAL_REFERENCE)
def test_a_regional_state_noun_refers_back_to_the_country(coder, story, date, words, kind, target):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(target in {a.primary for a in e.target} for e in events), _show(_events(coder, story, date))


# --- cause 6: a conjoined hostile verb with no target of its own aims where the first verb did ---
CONJUNCT_TARGET = [
    # (story, date, trigger word of the second verb, PLOVER type, expected target country)
    ("Britain blames Moscow for poisoning\nLONDON, March 12 - Britain accused Russia of poisoning a former spy in "
     "Salisbury and threatened new sanctions.", "2018-03-12", "threatened", "THREATEN", "RUS"),
    ("Troops fire on marchers\nYANGON, Sept 27 - Soldiers fired on protesters in Yangon on Thursday. The United "
     "States condemned the crackdown and threatened new sanctions.", "2007-09-27", "threatened", "THREATEN", "MMR"),
    ("Ankara protests over drilling\nANKARA, Aug 3 - Turkey condemned Greece over the drilling survey and demanded "
     "an immediate halt.", "2020-08-03", "demanded", "REQUEST", "GRC"),
]


@pytest.mark.parametrize("story,date,word,kind,target", CONJUNCT_TARGET)
def test_a_conjoined_hostile_verb_shares_the_first_verbs_target(coder, story, date, word, kind, target):
    events = [e for e in _events(coder, story, date) if e.event == kind and word in e.trigger]
    assert any(target in {a.primary for a in e.target} for e in events), _show(_events(coder, story, date))


def test_a_conjunct_with_its_own_subject_keeps_its_own_target(coder):
    # "and Moscow threatened ...": a new subject, so nothing is shared from the first verb
    story = ("Spy row deepens\nLONDON, March 14 - Britain accused Russia of poisoning a former spy, and Moscow "
             "threatened retaliation.")
    events = [e for e in _events(coder, story, "2018-03-14") if e.event == "THREATEN"]
    assert not any("RUS" in {a.primary for a in e.target} for e in events), _show(events)
