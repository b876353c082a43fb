"""Families of target (and type) misses fixed by helper "targets17" (short and medium headline and
lead shapes across all domains; issue #3). One test per cause; every sentence is written for this
file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # an operation launched, mounted or carried out against a side is an armed assault on it
    ("Kenyan troops launched an operation against al-Shabaab fighters near Kismayo.", "2012-09-28", "KENMIL", "SOMINS"),
    ("Philippine soldiers mounted an operation against Abu Sayyaf militants on Jolo.", "2018-02-02", "PHLMIL", None),
])
def test_operation_against_a_side_is_an_assault(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo="190"), evs


def test_joint_operation_stays_cooperation(coder):
    evs = coded(coder, "Malian and Nigerien troops launched joint operations along their border against jihadist groups.",
                "2021-03-02")
    assert _has(evs, "COOPERATE", "MLIMIL", cameo="062"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # 'downed' a warplane, bomber or airliner is an attack on its owner
    ("Pakistani jets downed an Indian warplane over Kashmir.", "2019-02-27", "PAKMIL", "INDMIL"),
    ("Rebels downed a Sudanese army bomber near El Fasher.", "2024-05-10", None, "SDNMIL"),
])
def test_downed_aircraft_is_an_attack(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date", [
    # an object determined by "no" negates imposing, sending or deploying it
    ("The African Union imposed no penalties on Burundi.", "2016-01-31"),
    ("Canberra said it would send no warships to the Red Sea.", "2023-12-21"),
])
def test_no_object_negates_imposing_and_sending(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "SANCTION") and not _has(evs, "THREATEN") and not _has(evs, "MOBILIZE") \
        and not _has(evs, "AGREE"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a city opening the sentence as the possessor of what was attacked names the attacked country
    ("Karachi's airport was stormed by Taliban militants.", "2014-06-08", "AFGINS", "PAK"),
    ("Odesa's port was struck by Russian missiles.", "2023-07-20", "RUSMIL", "UKR"),
])
def test_opening_city_possessor_names_the_target(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # people named by the language they speak are of the country they live in, not the language's
    ("Latvian police detained Russian-speaking activists in Riga.", "2022-05-10", "LVACOP", "LVA"),
    ("Cameroonian soldiers arrested English-speaking teachers in Buea.", "2017-01-17", "CMRMIL", "CMR"),
])
def test_language_community_takes_country_it_lives_in(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target), evs
    assert not any(c.startswith(("RUS", "GBR")) for _, _, _, tgt in evs for c in tgt), evs


def test_abduction_by_security_forces_stays_an_abduction(coder):
    evs = coded(coder, "Nigerian soldiers abducted six students in Maiduguri.", "2015-04-02")
    assert _has(evs, "ASSAULT", "NGAMIL", "NGA", cameo="181"), evs


@pytest.mark.parametrize("text, date, target", [
    # state-linked airlines are their country's businesses
    ("A Malaysia Airlines airliner was shot down by rebels over Ukraine.", "2014-07-18", "MYSBUS"),
    ("Ottawa barred Aeroflot from Canadian airspace.", "2022-02-27", "RUSBUS"),
])
def test_state_airline_is_its_country_business(coder, text, date, target):
    evs = coded(coder, text, date)
    assert any(c.startswith(target) for _, _, _, tgt in evs for c in tgt), evs


@pytest.mark.parametrize("text, date, source, target", [
    # referring a side to a court accuses it, as taking it to court does
    ("The Security Council referred Khartoum to the International Criminal Court over Darfur.", "2005-03-31", "IGOUNO", "SDN"),
    ("The UN Security Council refers Libya's leader to a war crimes court", "2011-02-27", "IGOUNO", "LBY"),
])
def test_referral_to_a_court_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a leader's critics or opponents are his country's opposition, and the object "him" of
    # their verb is the leader named as their possessor
    ("Orban's critics accused him of dismantling press freedom.", "2018-04-10", "HUNOPP", "HUNGOV"),
    ("Erdogan's opponents accused him of rigging the referendum.", "2017-04-17", "TUROPP", "TURGOV"),
])
def test_leaders_critics_accuse_him(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs
