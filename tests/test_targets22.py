"""Families of target misses found by helper "targets22" (issue #3) on fresh sentences: a weapon
after 'of' ("a barrage of missiles at Tel Aviv", "a salvo of rockets at Haifa") is no target, its
country being only guessed: the place the act is aimed at is; the act's phrase the parser hangs on
the later of two conjoined objects ("fired missiles and dozens of drones at Ukrainian cities")
names the target; the backer of an "Iran-backed" group is no target when the clause names the
group hit; a weapon named as the by-agent of a passive is used by the one its own "fired by"
phrase names; an accusation verb put after the clause it tells ("..., Paris alleged") is aimed
at that clause's subject; a receiver named before an amount ("promised Ukraine 19.8 billion
dollars", which the tagger reads as one organisation's name) is still the country. Every sentence
is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded, has_event


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Hezbollah fired a salvo of rockets at Haifa on Sunday morning.", "2024-09-22", "ASSAULT", "LBN", "ISR"),
    ("The Houthis launched a barrage of drones at Eilat overnight.", "2023-11-09", "ASSAULT", "YEM", "ISR"),
    ("Russia launched 40 missiles and scores of attack drones at Ukrainian power plants.", "2024-03-22",
     "ASSAULT", "RUS", "UKR"),
])
def test_targets22_weapon_is_no_target(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, event, source, target), evs


def test_targets22_backer_of_the_group_hit_is_no_target(coder):
    evs = coded(coder, "US jets struck warehouses used by Iran-backed militias in eastern Syria.", "2023-10-27")
    assert has_event(evs, "ASSAULT", "USA", "SYR"), evs
    assert not has_event(evs, "ASSAULT", "USA", "IRN"), evs


def test_targets22_weapon_agent_fired_by(coder):
    evs = coded(coder, "Damascus was hit by dozens of cruise missiles fired by American and British warships.",
                "2018-04-14")
    assert has_event(evs, "ASSAULT", "USA", "SYR"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Moscow has been shipping weapons to the separatists, Tbilisi alleged.", "2019-03-02", "GEO", "RUS"),
    ("Iran supplied the drones that struck the tanker, Washington alleged on Friday.", "2021-08-06", "USA", "IRN"),
])
def test_targets22_postposed_allegation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "ACCUSE", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The IMF promised Pakistan 3 billion dollars in emergency loans.", "2023-07-01", "IGO", "PAK"),
    ("Riyadh pledged Cairo 4 billion dollars in deposits.", "2016-04-08", "SAU", "EGY"),
])
def test_targets22_receiver_before_an_amount(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "AGREE", source, target), evs


def test_targets22_near_misses_stay_quiet(coder):
    assert not coded(coder, "The striker fired a barrage of shots at the Polish goalkeeper in the first half.",
                     "2022-11-26")
    assert not coded(coder, "Fans fired flares at the pitch during the derby in Belgrade, delaying kick-off.",
                     "2023-03-04")
    assert not coded(coder, "The Kremlin launched a new website for foreign journalists on Monday.", "2021-05-17")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Hezbollah launched a volley of rockets at Safed after an Israeli strike on Nabatieh.", "2024-02-14",
     "ASSAULT", "LBN", "ISR"),
    ("The Houthis fired an anti-ship missile at a British tanker off the coast of Aden.", "2024-01-26",
     "ASSAULT", "YEM", "GBR"),
])
def test_targets22_aimed_at_a_town_or_ship(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, event, source, target), evs


def test_targets22_missile_test_off_own_coast_stays_a_show_of_force(coder):
    evs = coded(coder, "North Korea fired two short-range missiles off its east coast on Saturday.", "2019-05-04")
    assert has_event(evs, "MOBILIZE", "PRK"), evs
    assert not has_event(evs, "ASSAULT"), evs


def test_targets22_aimed_phrase_on_the_quantity_word(coder):
    evs = coded(coder, "Islamic Jihad fired dozens of rockets and mortar rounds at Sderot overnight.", "2019-11-13")
    assert has_event(evs, "ASSAULT", "PSE", "ISR"), evs


def test_targets22_firing_at_targets_in_a_drill_is_the_drill(coder):
    evs = coded(coder, "Taiwanese howitzers fired at floating targets during the annual Han Kuang exercise.", "2023-07-27")
    assert not has_event(evs, "ASSAULT"), evs

