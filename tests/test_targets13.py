"""Families of target and source misses fixed by helper "targets13" (issue #3). One parametrised test
per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a bare surname joined to a known person is a person too, in any dated post
    ("Kerry and Wang held talks in Washington on the climate accord.", "2016-03-31", "USAGOV", "CHNGOV"),
    ("Pompeo and Yang met in Hawaii to ease tensions.", "2020-06-17", "USAGOV", "CHNGOV"),
])
def test_surname_paired_with_a_known_person(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target), evs
    assert _has(evs, "CONSULT", target, source), evs


def test_trading_words_is_a_verbal_clash(coder):
    evs = coded(coder, "Moscow and Warsaw traded bitter words over the war memorials.", "2017-07-20")
    assert _has(evs, "ACCUSE", "RUS", "POL", cameo="111"), evs


@pytest.mark.parametrize("text, date", [
    # the tagger runs the city into its mayor's name; the part before the comma is the place
    ("The mayor of Kharkiv, Ihor Terekhov, accused Moscow of hitting a school.", "2023-05-01"),
    ("The mayor of Kharkiv, Ihor Terekhov, blamed Russia for the strike on a hardware store.", "2024-05-25"),
])
def test_mayor_of_a_city_merged_with_his_name(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", "UKRGOV", "RUS"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # the place noun's own demonym names the target; the border phrase only locates it
    ("Russian rockets hit Ukrainian villages near the Belarusian border.", "2022-05-17", "RUS", "UKR"),
    ("Islamic Jihad fired mortars that landed in Israeli villages near the Gaza border.", "2022-08-06", None, "ISR"),
    ("Hezbollah drones struck Israeli towns near the Lebanese border.", "2024-06-10", "LBN", "ISR"),
])
def test_demonym_of_a_place_beats_the_border_near_it(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
    assert evs and all(c.startswith(target) for c in evs[0][3]), evs



@pytest.mark.parametrize("text, date, event, source, target", [
    # merchant hulls named by type are their owners' or flag states' business assets
    ("An Israeli-linked container ship was seized by Iranian forces in the Gulf of Oman.", "2024-04-13", "COERCE", "IRN", "ISR"),
    ("Houthi fighters seized a Greek-owned container ship off Hodeidah.", "2024-03-06", "ASSAULT", "YEM", "GRCBUS"),  # hijacked by an armed group (181, types21)
    ("A Panamanian-flagged bulk carrier was hit by a Houthi missile.", "2024-01-26", "ASSAULT", "YEM", "PANBUS"),
])
def test_merchant_hull_types_name_their_owner(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, source", [
    # officers of a military service are its members: the last word 'officers' does not make them police
    ("Lithuanian border guard officers detained a group of smugglers.", "2021-08-02", "LTUMIL"),
    ("Russian special forces officers detained a Ukrainian saboteur.", "2022-10-01", "RUSMIL"),
])
def test_officers_of_a_military_service_stay_military(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs
