"""Families of misses found by helper "odds7" (issue #3): grabs of people, isolation, threats of
force, headline verbs misread, acts blamed in a reason phrase. One parametrised test per cause;
every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # a person grabbed by a state's forces is detained (173); by gunmen, abducted (181)
    ("Mutinous soldiers grabbed the prime minister at his home in Bamako.", "2020-08-18", "COERCE", "173", "MLIMIL", "MLIGOV"),
    ("Masked gunmen snatched a Japanese journalist outside his hotel in Kabul.", "2015-06-10", "ASSAULT", "181", None, "JPN"),
])
def test_grabbing_a_person_is_a_seizure(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("The opposition party grabbed headlines with its new slogan.", "2021-03-02"),
    ("The visiting team snatched victory in the final minute.", "2021-03-02"),
])
def test_grabbing_no_person_is_no_event(coder, text, date):
    assert coded(coder, text, date) == []


def test_isolating_a_state_cuts_ties(coder):
    evs = coded(coder, "Kenya and Uganda isolated South Sudan after the border clashes.", "2016-08-01")
    assert _has(evs, "SANCTION", "KEN", "SSD", cameo="161"), evs


def test_isolating_no_party_is_no_event(coder):
    assert coded(coder, "Scientists isolated the bacterium in a laboratory in Lyon.", "2019-04-04") == []


@pytest.mark.parametrize("text, date, source", [
    # the bare word "force" is the means, never the threatener's own forces as a target
    ("The Philippine president vowed to answer force with force.", "2023-08-10", "PHLGOV"),
    ("Taiwan's defence ministry vowed to meet force with force.", "2022-08-05", "TWN"),
])
def test_force_with_force_has_no_own_target(coder, text, date, source):
    evs = coded(coder, text, date)
    assert any(e[0] == "THREATEN" and e[2] and e[2][0].startswith(source) for e in evs), evs
    assert not any(e[0] == "THREATEN" and any(t[:3] == source[:3] for t in e[3]) for e in evs), evs


def test_fire_promised_threatens_force(coder):
    evs = coded(coder, "Kim Jong Un vowed to tame the South Korean president with fire.", "2017-09-22")
    assert _has(evs, "THREATEN", "PRK", "KOR", cameo="138"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # the act blamed on the object ("for its nuclear test") is the reason, not a new event
    ("Australia condemned North Korea for its missile launch.", "2017-07-05", "AUS", "PRK"),
    ("Tokyo vowed to punish Pyongyang for its latest nuclear test.", "2017-09-04", "JPN", "PRK"),
])
def test_act_blamed_for_is_no_new_event(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][2][0].startswith(source) and evs[0][3][0].startswith(target), evs
    assert not any(e[0] == "MOBILIZE" for e in evs), evs


def test_headline_present_tense_launch(coder):
    evs = coded(coder, "Pyongyang fires two missiles into the sea", "2022-10-06")
    assert _has(evs, "MOBILIZE", "PRK", None, cameo="150"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # a person held in a place by a state's forces is detained (173)
    ("Mutinous troops held President Roch Kabore at a military camp in Ouagadougou.", "2022-01-24", "COERCE", "173", "BFAMIL", "BFAGOV"),
])
def test_holding_a_person_somewhere_is_a_detention(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_holding_a_person_in_regard_is_no_event(coder):
    assert coded(coder, "The chancellor held the French president in high esteem.", "2021-05-05") == []
