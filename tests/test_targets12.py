"""Families of target and type misses fixed by helper "targets12" (issue #3). One parametrised test
per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, first, second", [
    # each side listed after the preposition is a target, not only the first
    ("Saudi Arabia recalled its envoys to Sweden and Norway over the remarks.", "2015-03-18", "SWE", "NOR"),
    ("France recalled its ambassadors to Canberra and Washington.", "2021-09-18", "AUS", "USA"),
])
def test_listed_targets_after_a_preposition_are_all_kept(coder, text, date, first, second):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", None, first, cameo="161"), evs
    assert _has(evs, "SANCTION", None, second, cameo="161"), evs


@pytest.mark.parametrize("text, date", [
    # a city read as a person or unknown word, as the passive subject of an attack
    ("Zaporizhzhia was pounded by Russian missiles on Thursday.", "2022-10-06"),
    ("Mykolaiv was hit by Russian rockets overnight.", "2022-07-29"),
])
def test_attacked_city_in_passive_names_its_country(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", "RUS", "UKR"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # the object's kind decides, not the voice or the doer's 'by' phrase
    ("Two Ukrainian gunboats were seized by Russian border guards in the Sea of Azov.", "2018-11-25", "RUS", "UKR"),
    ("The Russian coast guard captured three Ukrainian navy boats.", "2018-11-25", "RUS", "UKR"),
    ("A Chinese trawler was detained by the Indonesian navy near the Natuna islands.", "2020-01-12", "IDN", "CHN"),
])
def test_ships_seized_or_captured_are_property(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="171"), evs
    assert not _has(evs, "ASSAULT"), evs


def test_people_seized_stay_abducted(coder):
    evs = coded(coder, "Gunmen seized ten Chinese workers at a mine in Congo.", "2021-11-21")
    assert _has(evs, "ASSAULT", None, "CHN", cameo="181"), evs


@pytest.mark.parametrize("text, date", [
    # the flight of a launched weapon is part of the launch: a test, no target, no second event
    ("North Korea fired a missile that soared over Hokkaido and fell into the sea.", "2017-09-15"),
    ("Pyongyang launched a ballistic missile that came down inside Japan's economic zone.", "2023-02-19"),
])
def test_missile_flight_clause_is_part_of_the_launch(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", "PRK", cameo="150"), evs
    assert not any(tgt for _, _, _, tgt in evs), evs
    assert not _has(evs, "AID"), evs


def test_weapon_landing_on_towns_still_names_the_target(coder):
    evs = coded(coder, "Hezbollah fired rockets that landed in Israeli towns.", "2006-07-20")
    assert _has(evs, "ASSAULT", None, "ISR"), evs


@pytest.mark.parametrize("text, date, source, target, cameo", [
    # a relative clause on the doer of a passive acts on the passive's subject
    ("Mali's junta was condemned by ECOWAS, which imposed sanctions on Sunday.", "2022-01-10", "IGOWAS", "MLI", "163"),
    ("Qatar was snubbed by Bahrain, which severed diplomatic ties.", "2017-06-05", "BHR", "QAT", "16"),
])
def test_relative_clause_on_passive_doer_targets_the_patient(coder, text, date, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo_prefix=cameo), evs


@pytest.mark.parametrize("text, date", [
    # armed men named after a region in revolt are rebels, as the corpus writes them
    ("Tigrayan troops shelled the town of Bahir Dar.", "2020-11-14"),
    ("Tigrayan fighters seized the town of Lalibela.", "2021-08-05"),
])
def test_region_named_forces_are_rebels(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", "ETHREB"), evs
    assert not _has(evs, "ASSAULT", "ETHMIL"), evs


@pytest.mark.parametrize("text, date, one, other", [
    # a topic of a clash is no side; two office holders clashing argue (110)
    ("Merkel and Trump clashed over Germany's defence spending at the NATO summit.", "2018-07-11", "DEUGOV", "USAGOV"),
    ("Johnson and Macron clashed over the Northern Ireland protocol.", "2021-06-13", "GBRGOV", "FRAGOV"),
])
def test_two_leaders_clashing_argue_with_each_other(coder, text, date, one, other):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", one, other, cameo="110"), evs
    assert _has(evs, "ACCUSE", other, one, cameo="110"), evs


def test_clash_topic_is_not_a_target(coder):
    evs = coded(coder, "Trump and Comey clashed repeatedly over the Russia inquiry.", "2017-06-08")
    assert not any(cm[:2] in ("11", "19") and "RUS" in tgt for _, cm, _, tgt in evs), evs


def test_shelled_town_as_passive_subject_with_a_doer(coder):
    evs = coded(coder, "Kherson was bombarded by Russian troops on Saturday.", "2022-12-24")
    assert _has(evs, "ASSAULT", "RUS", "UKR"), evs


def test_shelled_town_with_no_doer_is_not_its_own_attacker(coder):
    evs = coded(coder, "Kramatorsk was shelled again overnight.", "2023-02-01")
    assert not any(src and tgt and src[0][:3] == tgt[0][:3] == "UKR" for _, _, src, tgt in evs), evs
