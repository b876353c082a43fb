"""Families of target misses found by helper "targets21" (issue #3) on fresh sentences: a place
named through a compass word ("north of Aleppo") or a street-level place 'on' ("on the outskirts
of Kharkiv", "on Kyiv's main square") is where the act happened, and a place noun an attack is
aimed 'on', 'at' or 'against' ("fired missiles at the Odesa region") is of its country; so a country-less target there
is of that place's country, not the attacker's; land held by a movement of one country
("Houthi-held territory") is in that country; an armed group a state signs, talks or meets with
("a truce with the rebels in Minsk") is the state's own, the city being where they met; people
trying to cross from a country ("migrants trying to cross the border fence from Serbia") are of
it; "brought down a drone" is an attack as "shot down" is, and "took a hard line against X"
criticises X (not "took a hard line on migration"). Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Russian jets bombed rebel-held villages south of Idlib.", "2019-05-20", "ASSAULT", "RUS", "SYR"),
    ("Russian shells hit a police building on the outskirts of Mykolaiv.", "2022-03-20", "ASSAULT", "RUS", "UKR"),
    ("Russian missiles struck the city administration building on Kherson's main square.", "2022-02-28",
     "ASSAULT", "RUS", "UKR"),
    ("Washington struck two radar sites in Houthi-held territory with missiles.", "2016-10-13",
     "ASSAULT", "USA", "YEM"),
    ("Russia fired 20 missiles at the Odesa region.", "2024-05-10", "ASSAULT", "RUS", "UKR"),
])
def test_targets21_place_of_the_attacked(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Ukraine signed a truce with pro-Russian rebels in Minsk.", "2015-02-12", "SUPPORT", "UKR", "UKR"),
    ("Sudan's government signed a peace deal with rebel groups in Juba.", "2020-10-03", "SUPPORT", "SDN", "SDN"),
    ("Colombia's government reached a peace deal with the rebels in Havana.", "2016-08-24", "SUPPORT", "COL", "COL"),
])
def test_targets21_armed_group_a_state_signs_with(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_targets21_fighting_partner_keeps_its_own_place(coder):
    # not a talks word: the army a group clashes with is still the group's (actors11), the place rule unchanged
    evs = coded(coder, "Ukrainian troops clashed with separatists in Donetsk.", "2014-08-01")
    assert _has(evs, "ASSAULT", "UKR", "UKR"), evs


def test_targets21_people_trying_to_cross_from_a_country(coder):
    evs = coded(coder, "Greek police fired tear gas at migrants trying to cross the river from Turkey.", "2020-03-02")
    assert _has(evs, "COERCE", "GRC", "TUR"), evs


def test_targets21_brought_down_a_drone(coder):
    evs = coded(coder, "Syrian air defences brought down an Israeli drone near Quneitra.", "2018-02-10")
    assert _has(evs, "ASSAULT", "SYR", "ISR"), evs


def test_targets21_hard_line_against_not_on(coder):
    evs = coded(coder, "Boris Johnson took a hard line against Moscow after the poisoning.", "2018-03-14")
    assert _has(evs, "ACCUSE", "GBR", "RUS"), evs
    assert not coded(coder, "The chancellor took a hard line on immigration.", "2016-01-10")
