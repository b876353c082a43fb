"""Families of misses found by helper "odds16" (issue #3): a decision, move or order to cut ties,
sanction, ban or suspend that the sentence reports as taken is the measure itself, not a threat;
the Gulf's monarchies and the European allies named as a set are actors; a wave or series "of
missile attacks on X" aims at X, not at the weapon; a bare object the parser glued to the time
lapse of an 'after' clause ("imposed emergency rule days after ...") is still the verb's object;
an ethnic group in a place of another country is that country's; a bloc adjective before the
bloc's own deadline or proposal names the bloc; a verb the parser hung on a verbless sentence's
root noun ("Police in Tbilisi fired water cannon ...", "Ukraine's security service named Russia
as ...") keeps that noun as its subject; crowd-control weapons in a "with" phrase coerce. Every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has

from tacitus.evaluate import primary_event


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    ("Ukraine decided to expel thirteen Russian diplomats over the Salisbury poisoning.", "2018-03-26",
     "SANCTION", "UKR", "RUS", "161"),
    ("Estonia's decision to expel the Russian ambassador angered Moscow.", "2023-06-01",
     "SANCTION", "EST", "RUS", "161"),
    ("Lithuania's move to ban the transit of sanctioned goods to Kaliningrad infuriated the Kremlin.",
     "2022-06-20", "COERCE", "LTU", "RUS", "172"),
])
def test_odds16_decided_measure_is_the_act(coder, text, date, event, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs
    assert not any(ev == "THREATEN" for ev, *_ in evs), evs


def test_odds16_decided_help_stays_intent(coder):
    evs = coded(coder, "Germany's decision to send Leopard tanks to Ukraine was announced by Olaf Scholz.", "2023-03-01")
    assert _has(evs, "AGREE", "DEU", "UKR", cameo="0332"), evs


def test_odds16_reaction_to_decided_measure_leads(coder):
    text = "Israel's decision to withhold tax revenues from the Palestinian Authority drew criticism from Jordan."
    p = primary_event(coder.code(text, date="2020-01-01"))
    assert p is not None and p.event == "ACCUSE" and p.source[0].primary == "JOR", p


@pytest.mark.parametrize("text, date, role", [
    ("Gulf monarchies condemned the attacks on Saudi oil tankers off the coast of Fujairah.", "2019-05-15", "source"),
    ("Iran accused Gulf kingdoms of helping the United States to strangle its economy.", "2019-06-01", "target"),
])
def test_odds16_gulf_monarchies_are_the_gulf_states(coder, text, date, role):
    evs = coded(coder, text, date)
    side = 2 if role == "source" else 3
    assert any("ARE" in e[side] and "SAU" in e[side] for e in evs), evs


def test_odds16_european_allies_act_as_the_eu(coder):
    evs = coded(coder, "Donald Trump scolded European allies for spending too little on defence.", "2018-07-12")
    assert _has(evs, "ACCUSE", "USA", "IGOEEC"), evs


def test_odds16_counted_arab_states_are_their_members(coder):
    evs = coded(coder, "Four Arab states led by Riyadh severed diplomatic ties with Qatar.", "2017-06-05")
    assert _has(evs, "SANCTION", "SAU", "QAT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Russia unleashed a wave of drone attacks on Ukraine's southern ports.", "2023-12-29", "RUS", "UKR"),
    ("American and British warplanes carried out a series of air strikes on Yemen's Houthi rebels.", "2024-01-12",
     "USA", "YEMREB"),
])
def test_odds16_attacks_after_a_measure_word_aim_at_their_object(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
    assert not any(c.startswith(source[:3]) for e in evs for c in e[3]), evs


def test_odds16_package_of_sanctions_keeps_its_owner(coder):
    evs = coded(coder, "Slovakia could block the next package of EU sanctions against Moscow, Prime Minister "
                       "Robert Fico warned.", "2023-06-26")
    assert _has(evs, "THREATEN", "SVK", "IGOEEC"), evs


@pytest.mark.parametrize("text, date, source, cameo", [
    ("Sri Lanka imposed emergency rule days after protesters surrounded the president's home.", "2022-05-01",
     "LKA", "1724"),
    ("Moldova declared martial law hours after Russian troops crossed into Ukraine.", "2022-02-24", "MDA", "1724"),
])
def test_odds16_object_glued_to_time_lapse(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, cameo=cameo), evs


def test_odds16_ethnic_protesters_take_the_place_country(coder):
    evs = coded(coder, "Serb protesters in Zvecan threw stones at Kosovo police officers.", "2023-05-30")
    assert _has(evs, "PROTEST", "XKX", "XKXCOP"), evs


def test_odds16_national_police_keep_their_country(coder):
    evs = coded(coder, "Serbian police in Belgrade arrested two opposition activists.", "2023-05-30")
    assert _has(evs, "COERCE", "SRBCOP", "SRB"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Mali's junta ignored a West African deadline to hold elections in February.", "2021-07-10", "MLI", "IGOWAS"),
    ("Tehran turned down a European proposal to revive the nuclear deal.", "2022-09-01", "IRN", "IGOEEC"),
])
def test_odds16_bloc_paper_names_the_bloc(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs


def test_odds16_bloc_venue_is_no_actor(coder):
    evs = coded(coder, "Poland and Hungary blocked the climate deal at the European summit in Brussels.", "2019-06-20")
    assert evs and not any(c.startswith("IGO") for e in evs for c in e[2] + e[3]), evs


def test_odds16_verb_hung_on_root_noun_with_place(coder):
    evs = coded(coder, "Police in Tbilisi fired water cannon at protesters outside parliament.", "2023-03-09")
    assert _has(evs, "COERCE", "GEOCOP", "GEO", cameo="175"), evs


def test_odds16_named_as_organiser_on_root_noun(coder):
    evs = coded(coder, "Ukraine's security service named Russia as the organiser of the attack on the bridge.",
                "2022-10-09")
    assert _has(evs, "ACCUSE", "UKR", "RUS"), evs


def test_odds16_sprayed_with_water_cannon(coder):
    evs = coded(coder, "Belarusian riot police sprayed demonstrators with water cannon in Minsk.", "2020-08-10")
    assert _has(evs, "COERCE", "BLRCOP", "BLR", cameo="175"), evs
