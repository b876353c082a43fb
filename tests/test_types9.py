"""Families of type misses fixed by helper "types9" (issue #3). One parametrised test per cause;
every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a move made "in a show of force/strength" shows force (150); encircling is no blockade (191)
    ("Chinese navy ships encircled Taiwan in a show of force on Monday.", "2023-04-10", "CHN", "TWN"),
    ("Russian warships surrounded the Ukrainian port in a show of strength.", "2022-02-20", "RUS", "UKR"),
    ("Iranian gunboats sailed near an American destroyer in a show of force.", "2021-05-11", "IRN", "USA"),
])
def test_show_of_force(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target, cameo="150"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a time limit given to envoys to leave expels them (161), no ultimatum (139)
    ("Egypt gave Qatari diplomats 48 hours to leave Cairo.", "2017-06-06", "EGY", "QAT"),
    ("Niger gave the French ambassador two days to leave the country.", "2023-08-25", "NER", "FRA"),
])
def test_envoys_given_time_to_leave_are_expelled(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="161"), evs
    assert not _has(evs, "THREATEN", source), evs


def test_ruler_given_time_to_leave_is_still_an_ultimatum(coder):
    evs = coded(coder, "Bush gave Saddam Hussein 48 hours to leave Iraq.", "2003-03-17")
    assert _has(evs, "THREATEN", "USA", "IRQ", cameo="139"), evs


@pytest.mark.parametrize("text, date, source", [
    # talks or a summit that collapsed / broke down are halted negotiations (164), not a meeting
    ("Negotiations between Armenia and Azerbaijan foundered over the status of Karabakh.", "2016-09-19", "ARM"),
    ("Talks between the Thai government and the protesters broke down on Sunday.", "2010-05-02", "THA"),
    ("Peace talks between Colombia and the ELN rebels collapsed in January.", "2019-01-18", "COL"),
])
def test_failed_talks_are_halted(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, cameo="164"), evs
    assert not _has(evs, "CONSULT"), evs


def test_resumed_talks_stay_talks(coder):
    evs = coded(coder, "Talks between China and the United States resumed in Beijing.", "2019-05-01")
    assert _has(evs, "CONSULT", "CHN"), evs
    assert not _has(evs, "SANCTION"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a warning of revenge is a threat of force (138)
    ("Hezbollah warned Israel of swift revenge for the killing of its commander.", "2024-01-03", "LBN", "ISR"),
    ("Pyongyang warned Seoul of merciless revenge.", "2016-08-30", "PRK", "KOR"),
])
def test_warned_of_revenge(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="138"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "called X the devil / a puppet": criticism (111) whichever way the parser hangs the label
    ("Erdogan called Netanyahu a tyrant on Saturday.", "2019-03-02", "TUR", "ISR"),
    ("Maduro called Colombian President Ivan Duque a puppet of the United States.", "2019-02-24", "VEN", "COL"),
])
def test_called_a_name(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "declared X persona non grata": an expulsion of envoys (161), whatever the parse
    ("Latvia declared a Russian diplomat persona non grata on Tuesday.", "2022-03-15", "LVA", "RUS"),
    ("Bolivia declared the Mexican ambassador persona non grata.", "2019-12-30", "BOL", "MEX"),
])
def test_persona_non_grata(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="161"), evs


def test_relaxed_sanctions_read_as_noun_phrase(coder):
    # "Washington relaxed sanctions": the parser reads "relaxed" as an adjective of the root noun
    evs = coded(coder, "Washington relaxed sanctions on Cuban airlines last week.", "2016-03-15")
    assert _has(evs, "RETREAT", "USA", "CUB", cameo="085"), evs


@pytest.mark.parametrize("text, date, source, target, cameo, event", [
    # an extended or renewed pact is signed afresh (057); "called his counterpart" is a phone call
    # (041); suspension from a bloc's institutions is reduced relations (160)
    ("Ankara extended the refugee deal with the European Union for two years.", "2021-06-24", "TUR", None, "057", "SUPPORT"),
    ("The German foreign minister called her French counterpart on Tuesday.", "2022-05-10", "DEU", "FRA", "041", "CONSULT"),
    ("The Arab League suspended Syria from its institutions.", "2011-11-12", "IGO", "SYR", "160", "SANCTION"),
])
def test_lexicon_rows(coder, text, date, source, target, cameo, event):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a speaker saying an act will have consequences for relations with someone threatens them (130)
    ("Ankara said the vote will have grave repercussions for ties with Stockholm.", "2023-01-10", "TUR", "SWE"),
    ("Tokyo said the ban would have serious consequences for relations with Seoul.", "2019-07-05", "JPN", "KOR"),
])
def test_consequences_for_relations(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="130"), evs


def test_consequences_without_ties_are_no_threat(coder):
    evs = coded(coder, "Economists said the drought would have serious consequences for farmers.", "2023-01-10")
    assert not _has(evs, "THREATEN"), evs
