"""Families of type misses fixed by helper "types16" (issue #3): a sweep of the verbs and phrases
wire copy uses for each PLOVER type found rows missing or wrong ("impugned", "scoffed at", "pushed
back against", "shuttered", "blitzed", "hit" by armed men, "would face obliteration", "were
legitimate targets", "called out ... for", "turned to the IMF for a bailout", "struck over pay"),
a passive "would be met with fire" threatening the one to be met, "open to meeting X" offering a
meeting, police or a security service "seizing" a journalist arresting him, crowds that gather
or turn out to denounce or call for something demonstrating, and a bare "called X" being a phone
call unless it names X something or carries a particle of its own. One test per cause; every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Turkey's foreign ministry impugned the Greek government over the migrant pushbacks.", "2022-06-03",
     "ACCUSE", "111", "TURGOV", "GRCGOV"),
    ("Seoul's foreign ministry called out Tokyo for whitewashing its wartime history.", "2023-03-29",
     "ACCUSE", "111", "KORGOV", "JPN"),
    ("Serbia scoffed at the European Union's proposal for Kosovo.", "2023-02-28", "REJECT", "120", "SRB", "IGOE"),
    ("Hungary pushed back against EU calls to ratify Sweden's membership.", "2023-09-25",
     "REJECT", "120", "HUN", "IGOE"),
    ("Pakistan turned to China for an emergency loan.", "2023-03-01", "REQUEST", "0231", "PAK", "CHN"),
])
def test_sweep_rows_code_wire_verbs_of_each_type(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, source", [
    ("Syrian forces blitzed rebel positions in Idlib province.", "2019-05-10", "ASSAULT", "SYRMIL"),
    ("Russian forces hit a school in Kramatorsk.", "2022-07-21", "ASSAULT", "RUSMIL"),
    ("Egypt positioned warships near the Libyan coast.", "2020-06-22", "MOBILIZE", "EGY"),
    ("Nicaraguan authorities shuttered the newspaper La Prensa.", "2021-08-14", "COERCE", "NIC"),
    ("South Korean doctors struck over pay on Wednesday.", "2024-02-21", "PROTEST", "KOR"),
])
def test_armed_hits_deployments_closures_and_strikes_over_pay(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source), evs


@pytest.mark.parametrize("text, date", [
    ("Sanctions hit the Iranian economy hard last year.", "2019-01-05"),
    ("Biden hit the campaign trail in Pennsylvania.", "2024-04-16"),
    ("The US embassy was the target of a rocket attack, Iraqi police said.", "2020-01-26"),
])
def test_hits_and_targets_that_are_no_threat_or_attack(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "ASSAULT") and not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Pyongyang said South Korea would face obliteration if it crossed the line.", "2023-04-26", "138", "PRK", "KOR"),
    ("Hezbollah said Israeli warships were legitimate targets.", "2024-01-04", "138", "LBNINS", "ISR"),
    ("Tehran said Israel would be met with fire if it attacked.", "2024-04-10", "138", "IRN", "ISR"),
])
def test_ruin_promised_to_a_side_threatens_it(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo=cameo), evs


def test_open_to_meeting_a_leader_offers_a_meeting(coder):
    evs = coded(coder, "Putin said he was open to meeting Zelenskiy in Istanbul.", "2025-05-12")
    assert _has(evs, "AGREE", "RUSGOV", "UKRGOV", cameo="036"), evs


def test_police_seizing_a_journalist_arrest_him(coder):
    evs = coded(coder, "Belarusian police seized two journalists outside the courthouse in Minsk.", "2021-03-01")
    assert _has(evs, "COERCE", "BLRCOP", "BLRMED", cameo="173"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Crowds gathered in Yerevan to denounce the government's handling of the war.", "2020-11-11", "ARM"),
    ("Supporters of the jailed leader turned out across Pakistan to call for his release.", "2023-08-06", "PAK"),
])
def test_crowds_gathering_to_denounce_or_call_for_demonstrate(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source, cameo="141"), evs
    assert not _has(evs, "ACCUSE") and not _has(evs, "REQUEST"), evs


def test_leaders_gathering_to_condemn_still_condemn(coder):
    evs = coded(coder, "EU foreign ministers gathered in Luxembourg to condemn the coup in Niger.", "2023-07-31")
    assert not _has(evs, "PROTEST"), evs


def test_calling_a_leader_is_a_phone_call(coder):
    evs = coded(coder, "Scholz called Erdogan on Sunday to discuss the earthquake.", "2023-02-12")
    assert _has(evs, "CONSULT", "DEUGOV", "TURGOV", cameo="041"), evs


@pytest.mark.parametrize("text, date", [
    ("Trump called the Iranian leader a liar.", "2019-06-25"),
    ("Colombian truckers called off a week of blockades after the government agreed to talks.", "2024-09-06"),
])
def test_naming_someone_or_calling_off_is_no_phone_call(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(e[1] == "041" for e in evs), evs


def test_a_strike_that_levels_a_building_is_armed_and_people_sheltering_give_no_aid(coder):
    evs = coded(coder, "An Israeli strike levelled a school in Gaza City where families were sheltering.", "2024-08-10")
    assert _has(evs, "ASSAULT", "ISR"), evs
    assert not _has(evs, "PROTEST") and not _has(evs, "AID"), evs


def test_saying_ones_side_could_hit_bases_threatens_them(coder):
    evs = coded(coder, "Iran said it could hit American bases across the Gulf.", "2020-01-05")
    assert _has(evs, "THREATEN", "IRN", "USA"), evs


def test_a_broadside_fired_at_a_state_is_criticism(coder):
    evs = coded(coder, "Brussels fired a broadside at Budapest over its media law.", "2021-07-15")
    assert _has(evs, "ACCUSE", target="HUN", cameo="111"), evs
    assert not _has(evs, "ASSAULT"), evs
