"""Whole stories, event by event (stories9 helper). Every story and sentence here was written new
for these tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from conftest import coded_full, has_full_event
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story9")


# --- cause 1: a tally over a dated stretch, told after the lead, is background --------------------
# "has fired ... since November", "fighting has killed hundreds since April" (a gerund subject is
# told by its verb), "tested a bomb in September last year": what went before the news.
BACKGROUND = [
    ("Strikes on the rebels\nADEN, Feb 3 - Saudi jets struck Houthi positions near Marib on Saturday. "
     "The Houthis have fired missiles at Saudi cities since October.", "2018-02-03", "since October"),
    ("Talks in Minsk\nMINSK, Aug 26 - Ukraine and Russia held talks in Minsk on Tuesday. "
     "Fighting between Ukrainian troops and rebels has killed hundreds since June.", "2014-08-26", "since June"),
    ("Missile launch\nTOKYO, May 4 - North Korea fired two short-range missiles into the sea on Saturday. "
     "The North fired a long-range rocket in February last year.", "2019-05-04", "last year"),
]


@pytest.mark.parametrize("story,date,words", BACKGROUND)
def test_dated_tally_after_the_lead_is_background(coder, story, date, words):
    events = _events(coder, story, date)
    assert events, _show(events)  # the lead's news is still coded
    assert not _in(events, words), _show(events)


def test_dated_tally_as_the_lead_stays_news(coder):
    # a single sentence (a lead) so shaped is the story's news: only later sentences are tallies
    evs = coded_full(coder, "Ethiopian police have arrested 40 opposition activists since March.", "2019-05-20")
    assert has_full_event(evs, "COERCE", source="ETHCOP"), evs


# --- cause 2: a speech verb joined to a plain passive with no agent is the speaker's --------------
@pytest.mark.parametrize("text,date,event,source,target", [
    ("Iraq said 22 rockets were fired at its bases and summoned the Iranian ambassador.", "2020-01-08",
     "ACCUSE", "IRQ", "IRN"),
    ("China's defence ministry said two planes were intercepted and accused Japan of provocations.", "2021-06-02",
     "ACCUSE", "CHN", "JPN"),
])
def test_speaker_of_a_verb_joined_to_a_plain_passive(coder, text, date, event, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


# --- cause 3: threats told by the price paid or a vow of war -------------------------------------
@pytest.mark.parametrize("text,date,source,target", [
    ('"Washington will pay for this," the Iranian foreign minister said.', "2020-01-04", "IRN", "USA"),
    ("Hezbollah's leader said Israel would pay dearly for the raid.", "2019-08-26", "LBN", "ISR"),
    ("The Taliban vowed a war against the Afghan government.", "2002-03-01", "AFG", "AFG"),
])
def test_price_and_war_threats(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "THREATEN", source=source, target=target), evs


@pytest.mark.parametrize("text,date,source,target", [
    ("Syria's foreign ministry said Turkey bears full responsibility for the attack.", "2019-10-10", "SYR", "TUR"),
    ("Kyiv says Moscow bears responsibility for the dam's collapse.", "2023-06-06", "UKR", "RUS"),
])
def test_laying_responsibility_on_a_side_accuses_it(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source, target=target), evs


# --- cause 4: a third side's call to stop the fighting is aimed at both sides --------------------
CALLS = [
    ("Shelling in Kashmir\nISLAMABAD, Oct 4 - Indian troops shelled Pakistani border posts in Kashmir on "
     "Sunday. The United Nations called for an immediate de-escalation.", "2020-10-04",
     "immediate de-escalation", "IGOUNO", {"IND", "PAK"}),
    ("Border clash\nYEREVAN, Sept 13 - Azerbaijani forces attacked Armenian border towns overnight. "
     "France urged restraint.", "2022-09-13", "urged restraint", "FRA", {"AZE", "ARM"}),
]


@pytest.mark.parametrize("story,date,words,speaker,sides", CALLS)
def test_third_side_call_for_calm_targets_the_fighting_sides(coder, story, date, words, speaker, sides):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "REQUEST"]
    assert events, _show(_events(coder, story, date))
    assert speaker in {a.code for e in events for a in e.source}, _show(events)
    assert {a.country or a.primary for e in events for a in e.target} & sides, _show(events)
