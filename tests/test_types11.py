"""Families of type misses fixed by helper "types11" (issue #3): missile launches that strike no one,
ships ramming vessels, police clearing crowds, lenders halting loans, vowed defence of one's own
ground, armed men marching on a city, forces activated. One parametrised test per cause; every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source", [
    # a rocket sent into space or orbit, a satellite launched, a missile flown over a country
    ("Iran launched a rocket carrying three research payloads into space.", "2022-11-05", "IRN"),
    ("North Korea launched a spy satellite on Tuesday night.", "2023-11-21", "PRK"),
    ("Pyongyang fired an intermediate-range ballistic missile over Japan on Tuesday.", "2022-10-04", "PRK"),
    # the relative clause says the shot came down at sea or reached orbit
    ("North Korea fired a short-range missile that landed in the ocean off its east coast.", "2021-03-25", "PRK"),
    ("China launched a rocket that put a weather satellite into orbit.", "2021-06-03", "CHN"),
])
def test_missile_or_rocket_launch_striking_no_one_is_a_show_of_force(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, cameo="150"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date", [
    ("South Korea test-fired a submarine-launched ballistic missile.", "2021-09-15"),
    ("North Korea fired a cruise missile into the sea.", "2022-01-25"),
])
def test_a_doer_named_in_two_words_is_not_its_own_target(coder, text, date):
    evs = coded(coder, text, date)
    ev = next(e for e in evs if e[0] == "MOBILIZE")
    assert ev[3] == [], evs


def test_missiles_fired_at_a_city_stay_an_attack(coder):
    evs = coded(coder, "Russia fired cruise missiles at Odesa on Sunday.", "2023-07-23")
    assert _has(evs, "ASSAULT", "RUS", "UKR"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("A Chinese coast guard ship rammed a Philippine patrol boat in the Spratlys.", "2023-06-30", "CHN", "PHL"),
    ("Russian warships rammed a Ukrainian tug near Crimea.", "2018-11-25", "RUS", "UKR"),
])
def test_ships_ramming_vessels_use_force(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ASSAULT", source, target, cameo="190")


@pytest.mark.parametrize("text, date, source", [
    ("Thai riot police cleared the main protest site in Bangkok.", "2010-05-19", "THACOP"),
    ("Turkish police cleared supporters of the mayor from the square outside city hall.", "2025-03-20", "TURCOP"),
])
def test_police_clearing_crowds_or_their_sites_is_repression(coder, text, date, source):
    assert _has(coded(coder, text, date), "COERCE", source, cameo="175")


@pytest.mark.parametrize("text, date, source, target", [
    ("The World Bank suspended lending to Myanmar after the coup.", "2021-02-10", "IGOWBK", "MMR"),
    ("The Asian Development Bank halted loans to Sri Lanka.", "2022-05-01", "IGO", "LKA"),
])
def test_a_lender_halting_loans_cuts_aid(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "SANCTION", source, target, cameo="1621")


@pytest.mark.parametrize("text, date, source, target", [
    ("Vietnam vowed to defend its sovereignty against China.", "2014-05-11", "VNM", "CHN"),
    ("Tokyo pledged to defend its islands against any incursion by Beijing.", "2012-09-12", "JPN", "CHN"),
])
def test_vowing_to_defend_own_ground_against_a_side_threatens_it(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs
    assert not _has(evs, "AGREE"), evs


def test_defending_another_government_against_criticism_is_no_threat(coder):
    evs = coded(coder, "The Serbian president defended Hungary's government against criticism from Brussels.", "2022-04-05")
    assert not _has(evs, "THREATEN") and not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Rebel fighters marched on the capital Kinshasa.", "1997-05-10", "COD"),
    ("The renegade general ordered his troops to march on Khartoum.", "2023-04-20", "SDN"),
])
def test_armed_men_marching_on_a_city_is_no_protest(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, cameo="150"), evs
    assert not _has(evs, "PROTEST"), evs


def test_students_marching_are_still_not_an_advance_of_force(coder):
    evs = coded(coder, "Students marched against the government in Belgrade.", "2024-12-22")
    assert not _has(evs, "MOBILIZE"), evs


def test_activating_a_standby_force_is_a_show_of_force(coder):
    evs = coded(coder, "The African Union ordered the activation of its standby force for Burundi.", "2015-12-18")
    assert _has(evs, "MOBILIZE", "IGOAFU", cameo="150"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Commonwealth expelled Nigeria over the hanging of the Ogoni activists.", "1995-11-11", "IGO", "NGA"),
    ("The Council of Europe expelled Greece after the colonels' coup.", "1969-12-12", "IGOCOE", "GRC"),
])
def test_a_body_expelling_a_member_state_cuts_ties(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="160"), evs
    assert not _has(evs, "COERCE"), evs


def test_a_state_expelling_people_still_expels(coder):
    evs = coded(coder, "Hungary expelled hundreds of Syrians last year.", "2016-03-01")
    assert not _has(evs, "SANCTION"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Spanish police worked with the FBI to arrest a hacker in Madrid.", "2021-07-21", "ESPCOP", "USACOP"),
    ("French investigators worked with Europol to dismantle an encrypted phone network.", "2020-07-02", "FRA", "IGOEEC"),
])
def test_working_with_another_side_is_cooperation(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "COOPERATE", source, target)
