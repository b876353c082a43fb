"""Families of misses found by helper "odds10" (issue #3): surnames that are also words ("May",
"Major") opening a sentence, a past tense with its own subject read as a modifier of its object, a
possessed name whose first word is a preposition ("Vietnam's To Lam"), labels and listings
(currency manipulator, proscribed as terrorist), court-ordered closures, prisoner swaps carried out
or agreed at a venue, and "Western governments" as a set of states.
One test per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    # "May" read as a modal (a modal takes the bare verb, never the past tense) or as the month
    ("May accused Moscow of an unlawful use of force against Britain.", "2018-03-15", "ACCUSE", "GBRGOV", "RUS"),
    ("May condemned the chemical attack in Douma.", "2018-04-10", "ACCUSE", "GBRGOV", None),
    # "Major" read as an adjective
    ("Major met Irish Prime Minister Albert Reynolds in Brussels.", "1993-10-28", "CONSULT", "GBRGOV", "IRL"),
])
def test_word_surname_opening_a_sentence_names_the_sitting_leader(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date", [
    ("May could expel more Russian diplomats.", "2018-03-15"),    # a modal before the bare verb
    ("Russia may expel British diplomats in retaliation.", "2018-03-15"),
    ("May brought record rainfall to southern England.", "2017-05-30"),  # no sanction, no British act
])
def test_modal_may_stays_a_modal(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "SANCTION"), evs
    assert not any("GBRGOV" in src for _, _, src, _ in evs), evs


def test_may_out_of_office_names_no_one(coder):
    evs = coded(coder, "May expelled 23 Russian diplomats.", "2014-03-15")
    assert not any("GBRGOV" in src for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # "jailed" made a modifier of the noun after it, with the court as its subject
    ("A Minsk court jailed opposition politician Viktor Babaryko for fourteen years.", "2021-07-06",
     "COERCE", "BLRJUD", "BLR"),
    # "bore" made a compound of "responsibility", the said verb's object: the speaker accuses
    ("Kyiv said Moscow bore responsibility for the shelling of the plant.", "2022-08-06", "ACCUSE", "UKR", "RUS"),
])
def test_past_tense_read_as_modifier_of_its_object(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_possessed_name_opening_with_a_preposition(coder):
    evs = coded(coder, "Vietnam's To Lam met Xi Jinping in Beijing.", "2024-08-19")
    assert _has(evs, "CONSULT", "VNMGOV", "CHNGOV"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Britain proscribed Hizb ut-Tahrir as a terrorist organisation.", "2024-01-19", "SANCTION", "163", "GBR", None),
    ("The Treasury Department designated Switzerland a currency manipulator.", "2020-12-16",
     "ACCUSE", "112", "USA", "CHE"),
    ("A Moscow court ordered the closure of the Sova Center.", "2024-03-02", "COERCE", "1722", "RUSJUD", None),
    ("Beijing ordered the closure of the American consulate in Chengdu.", "2020-07-24", "SANCTION", "161", "CHN", "USA"),
    ("Russia and the United States completed a prisoner exchange in Abu Dhabi.", "2022-12-08",
     "RETREAT", "0841", "RUS", None),
])
def test_labels_listings_closures_and_swaps(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_agreed_swap_venue_is_no_target(coder):
    evs = coded(coder, "Armenia and Azerbaijan agreed to a prisoner swap in Brussels.", "2023-12-07")
    assert _has(evs, "AGREE", "ARM", cameo="0353"), evs
    assert not _has(evs, "AGREE", target="BEL"), evs


@pytest.mark.parametrize("text, date, event, target", [
    ("Western governments condemned the coup in Gabon.", "2023-08-30", "ACCUSE", "GAB"),
    ("Western countries closed their airspace to Russian airlines.", "2022-03-01", "SANCTION", "RUS"),
])
def test_western_governments_are_the_west_leading_states(coder, text, date, event, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, "USA", target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a headline drops the subject of the claimed act: the say verb's subject did it
    ("Ukraine says shot down 15 Russian drones overnight", "2024-03-10", "ASSAULT", "UKR", "RUS"),
    ("Pakistani army says killed 12 militants in North Waziristan", "2023-04-02", "ASSAULT", "PAKMIL", None),
    # the act read as a modifier of the say verb's object
    ("Iran says seized foreign oil tanker in Gulf", "2023-05-01", "COERCE", "IRN", None),
])
def test_headline_claim_with_dropped_subject(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("An appeals court in Minsk upheld the prison sentence against Ales Bialiatski.", "2023-06-01",
     "COERCE", "173", "BLRJUD", "BLR"),
    ("Iran's Supreme Court upheld the death sentence against the rapper Toomaj Salehi.", "2024-04-24",
     "ACCUSE", "116", "IRNJUD", "IRN"),
])
def test_upheld_sentence_is_the_ruling_again(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_may_as_object_of_an_accusation(coder):
    evs = coded(coder, "Lavrov accused May of staging a provocation.", "2018-03-20")
    assert _has(evs, "ACCUSE", "RUSGOV", "GBRGOV"), evs


def test_name_joined_to_an_unnamed_subject(coder):
    # "Iran and world" made a modifier of "powers": Iran is still a party to the deal
    evs = coded(coder, "Iran and six major powers sealed an interim nuclear agreement in Geneva.", "2013-11-24")
    assert _has(evs, "SUPPORT", "IRN", cameo="057"), evs


def test_word_surname_joined_to_a_leader_in_one_tagged_entity(coder):
    # the tagger runs "Sarkozy and Brown" into one entity; Brown (2008) is still Britain's leader
    evs = coded(coder, "Sarkozy and Brown urged the European Union to tighten sanctions on Zimbabwe.", "2008-06-24")
    assert _has(evs, "REQUEST", "GBRGOV"), evs


@pytest.mark.parametrize("text, date, source", [
    # a title before a word surname: the title's holder, not a country guessed from the rest
    ("Prime Minister May ordered the expulsion of 23 Russian diplomats.", "2018-03-14", "GBRGOV"),
    ("Foreign Secretary Hunt summoned Iran's ambassador over the seized tanker.", "2019-07-20", "GBRGOV"),
])
def test_title_before_a_word_surname(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] and evs[0][2][0] == source, evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a base-form past ("cut", "shut") joined to a past tense is that past, not a command
    ("Ukraine declared martial law and cut diplomatic ties with Moscow.", "2022-02-24", "SANCTION", "UKR", "RUS"),
    ("Qatar protested and shut its border with Saudi Arabia.", "2017-06-06", "ASSAULT", "QAT", "SAU"),
])
def test_base_form_past_joined_to_a_past_is_no_command(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_joined_command_stays_a_command(coder):
    # the head is itself a bare verb: "Leave ... and cut ..." is a command, not an act done
    evs = coded(coder, "Leave the bloc and cut ties with Brussels.", "2019-03-01")
    assert not _has(evs, "SANCTION"), evs
