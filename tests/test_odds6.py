"""Families of misses found by earlier rounds and fixed by helper "odds6" (issue #3). One
parametrised test per cause; every sentence is written for this file, none is taken from a gold
or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # armed men crossing (the border) into a country invade it
    ("Eritrean soldiers crossed the border into Ethiopia's Tigray region in November.", "2020-11-20", "ERIMIL", "ETH"),
    ("Rwandan troops crossed into Congo to hunt Hutu militias.", "2009-01-20", "RWAMIL", "COD"),
])
def test_troops_crossing_into_a_country_invade_it(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo="192"), evs


def test_civilians_crossing_a_border_are_no_event(coder):
    evs = coded(coder, "Thousands of shoppers crossed the border into Poland before the holiday.", "2023-12-20")
    assert evs == [], evs


@pytest.mark.parametrize("text, date, source, target", [
    # "will not hesitate to respond militarily": a threat of force, not a denied act
    ("Beijing will not hesitate to respond militarily to any provocation by Taipei, a spokesman said.",
     "2022-08-03", "CHN", "TWN"),
    # "was ready for war with X": a threat of force against X
    ("A Venezuelan general said Caracas was ready for war with Guyana.", "2023-12-05", "VEN", "GUY"),
])
def test_stated_readiness_to_fight_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="138"), evs


def test_ready_for_a_season_is_no_threat(coder):
    evs = coded(coder, "The farmers said they were ready for the harvest.", "2021-08-01")
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a group of officers speaking of themselves: "they" are the officers
    ("A group of Sudanese army officers said they had overthrown President Omar al-Bashir.",
     "2019-04-11", "SDNMIL", "SDNGOV"),
])
def test_group_of_officers_they_deposed(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo_prefix="17"), evs


def test_dismissing_the_head_of_a_body_is_a_removal(coder):
    evs = coded(coder, "Officials said President Tokayev had dismissed the head of the national security "
                       "committee.", "2022-01-05")
    assert _has(evs, "COERCE", "KAZGOV", cameo="172"), evs
    assert not _has(evs, "REJECT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a show of force told with the intrusion it answers is aimed at the intruders
    ("Japan scrambled fighter jets as Chinese drones flew near Yonaguni island.", "2023-04-27", "JPN", "CHNMIL"),
    # the parser's misread shape: "scrambled" a modifier of "jets", the jets a subject of "entered"
    ("South Korea scrambled fighter jets after Chinese and Russian bombers entered its air defence zone.",
     "2023-06-06", "KOR", "CHNMIL"),
])
def test_scrambled_jets_target_the_intruders(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target, cameo="150"), evs


def test_capping_a_countrys_imports_is_a_sanction(coder):
    evs = coded(coder, "The Security Council capped Iraq's oil exports under the sanctions regime.", "1996-05-20")
    assert _has(evs, "SANCTION", "IGOUNO", "IRQ", cameo="163"), evs


def test_any_attack_is_supposed_not_reported(coder):
    evs = coded(coder, "Seoul said its forces were ready to retaliate against any North Korean attack.", "2017-09-04")
    assert _has(evs, "THREATEN", "KOR", "PRK", cameo_prefix="13"), evs
    assert not _has(evs, "ASSAULT"), evs  # "any attack" is supposed, not an attack that happened


@pytest.mark.parametrize("text, date, source, target", [
    # readiness to answer any hostile act is a threat against its would-be doer, not an intent
    ("Armenia's defence minister said the army was ready to respond to any Azerbaijani aggression.",
     "2021-05-20", "ARM", "AZE"),
    ("Tehran said it was prepared to react to any provocation by Washington.", "2019-06-21", "IRN", "USA"),
])
def test_ready_to_answer_any_aggression_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="138"), evs
    assert not _has(evs, "AGREE"), evs


def test_ready_to_answer_questions_is_no_threat(coder):
    evs = coded(coder, "The spokesman said he was ready to respond to any questions from reporters.", "2021-05-20")
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, code, target", [
    # forces flowing into a foreign country invade it; into their own country they are a build-up
    ("Iraqi troops poured into Kuwait before dawn.", "1990-08-02", "192", "KWT"),
    ("Indian troops poured into Kashmir ahead of the decision.", "2019-08-03", "154", None),
])
def test_troops_pouring_into_a_country(coder, text, date, code, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT" if code == "192" else "MOBILIZE", "IRQMIL" if code == "192" else "INDMIL",
                target, cameo=code), evs
