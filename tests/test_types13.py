"""Families of type misses fixed by helper "types13" (issue #3): news verbs the small parser
misreads (a headline verb read as a plural noun, "began snap drills", "on a war footing"),
retaliation vowed or promised on a condition (a threat, not an intent to agree or meet), a
person seized (an arrest or an abduction, not property seized), arms sent to a named capital
(aid, not a build-up), a leader welcomed (a visit hosted, not praise) and symbols burned at a
protest (a protest, not property destroyed). One test per cause; every sentence is written for
this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Ankara eyes talks with Damascus.", "2022-08-12", "TUR", "SYR"),
    ("Tehran mulls talks with Riyadh over Yemen.", "2021-04-18", "IRN", "SAU"),
    ("Islamabad eyes talks with New Delhi.", "2015-12-09", "PAK", "IND"),
    ("Hanoi plans talks with Phnom Penh on the border.", "2019-10-03", "VNM", "KHM"),
])
def test_headline_verb_read_as_a_noun_still_codes_intent_to_meet(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AGREE", source, target, cameo="036"), evs
    assert not _has(evs, "CONSULT"), evs


@pytest.mark.parametrize("text, date, source", [
    ("China's Eastern Theatre Command began snap drills near Taiwan.", "2023-04-08", "CHN"),
    ("Russia's Baltic Fleet started snap exercises in the Kaliningrad region.", "2022-01-26", "RUS"),
])
def test_snap_drills_read_as_a_complement_are_a_show_of_force(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source), evs


def test_forces_put_on_a_war_footing_raise_their_alert(coder):
    evs = coded(coder, "Armenia put its border troops on a war footing.", "2020-09-27")
    assert _has(evs, "MOBILIZE", "ARM", cameo="152"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Ottawa vowed to hit back against American lumber duties.", "2017-04-25", "CAN", "USA"),
    ("Beijing said it would respond in kind if Canberra imposed curbs on Chinese investment.", "2020-06-10", "CHN", "AUS"),
])
def test_vowed_or_conditional_retaliation_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs
    assert not _has(evs, "AGREE"), evs


def test_meeting_nukes_with_nukes_is_a_threat_not_a_meeting(coder):
    evs = coded(coder, "Pyongyang vowed to meet nukes with nukes.", "2023-01-02")
    assert _has(evs, "THREATEN", "PRK"), evs
    assert not _has(evs, "AGREE") and not _has(evs, "CONSULT"), evs


def test_a_reply_done_by_a_participle_is_that_act_not_a_threat(coder):
    evs = coded(coder, "Prague responded in kind, expelling 18 Russian diplomats.", "2021-04-18")
    assert _has(evs, "SANCTION", "CZE", "RUS"), evs
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Mutinous soldiers seized President Roch Kabore at a military camp.", "2022-01-24", "BFAMIL", "BFAGOV"),
    ("Sudanese troops seized Prime Minister Abdalla Hamdok at his home.", "2021-10-25", "SDNMIL", "SDNGOV"),
])
def test_a_leader_seized_by_troops_is_detained(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs
    assert not _has(evs, "COERCE", cameo="171"), evs


def test_an_official_seized_by_rebels_is_abducted(coder):
    evs = coded(coder, "Maoist rebels seized a district collector in Odisha.", "2011-02-16")
    assert _has(evs, "ASSAULT", "INDREB", cameo="181"), evs
    assert not _has(evs, "COERCE", cameo="171"), evs


def test_seizing_a_ship_stays_property_seized(coder):
    evs = coded(coder, "Iranian commandos seized a Greek oil tanker in the Gulf.", "2022-05-27")
    assert _has(evs, "COERCE", "IRN", cameo="171"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Paris sent more Caesar howitzers to Kyiv.", "2023-02-01", "FRA", "UKR"),
    ("Washington sent its first F-16 jets to Amman.", "2009-05-01", "USA", "JOR"),
])
def test_arms_sent_to_a_named_capital_are_military_aid(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AID", source, target, cameo="072"), evs


def test_tanks_sent_to_a_region_of_a_country_stay_a_mobilisation(coder):
    evs = coded(coder, "Moscow sent tanks to northern Georgia.", "2008-08-10")
    assert _has(evs, "MOBILIZE", "RUS"), evs
    assert not _has(evs, "AID"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Narendra Modi welcomed French President Emmanuel Macron in Jaipur.", "2024-01-25", "INDGOV", "FRAGOV"),
    ("Beijing welcomed the Pakistani prime minister with a guard of honour.", "2022-11-02", "CHN", "PAKGOV"),
])
def test_welcoming_a_leader_hosts_a_visit(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target, cameo="043"), evs
    assert not _has(evs, "SUPPORT"), evs


def test_welcoming_a_leaders_decision_stays_praise(coder):
    evs = coded(coder, "Kyiv welcomed Joe Biden's decision to send cluster munitions.", "2023-07-08")
    assert _has(evs, "SUPPORT", "UKR", cameo="051"), evs
    assert not _has(evs, "CONSULT"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Afghan women burned their hijabs at a rally in Kabul.", "2021-09-05", "AFG"),
    ("Protesters in Karachi burned portraits of the Danish prime minister.", "2006-02-14", "PAK"),
])
def test_symbols_burned_at_a_protest_are_a_protest(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source), evs
    assert not _has(evs, "COERCE"), evs


def test_a_leader_welcomed_in_the_passive_is_a_visit_hosted(coder):
    evs = coded(coder, "Narendra Modi was welcomed by Joe Biden at the White House.", "2023-06-22")
    assert _has(evs, "CONSULT", "USAGOV", "INDGOV", cameo="043"), evs
    assert not _has(evs, "SUPPORT"), evs


def test_shells_rushed_to_a_named_capital_are_aid_troops_rushed_are_a_build_up(coder):
    evs = coded(coder, "London rushed anti-tank missiles to Kyiv.", "2022-01-18")
    assert _has(evs, "AID", "GBR", "UKR", cameo="072"), evs
    evs = coded(coder, "Beijing rushed troops to the Himalayan frontier.", "2020-06-18")
    assert _has(evs, "MOBILIZE", "CHN", cameo="154"), evs
    assert not _has(evs, "AID"), evs


def test_vowing_to_answer_an_attack_with_force_is_a_threat(coder):
    evs = coded(coder, "Hezbollah vowed to answer any Israeli strike with force.", "2019-08-26")
    assert _has(evs, "THREATEN", "LBN", cameo="138"), evs
    assert not _has(evs, "AGREE"), evs


def test_headline_fires_read_as_a_noun_still_codes_the_launch(coder):
    evs = coded(coder, "Pyongyang fires missiles into the East Sea.", "2022-11-02")
    assert _has(evs, "MOBILIZE", "PRK", cameo="150"), evs


def test_a_visit_made_while_others_meet_elsewhere_is_a_visit_to_the_host(coder):
    evs = coded(coder, "Olaf Scholz flew to Kyiv as Joe Biden met Xi Jinping in Bali.", "2022-11-14")
    assert _has(evs, "CONSULT", "DEUGOV", "UKR", cameo="042"), evs
    assert not _has(evs, "CONSULT", "DEUGOV", "CHN"), evs
