"""Families of misses found by helper "odds8" (issue #3): plans alleged in reported speech, promised
answers to another's hostile act, bases hosted, 'cut off', closed seaports, names that open with a
preposition, an envoy's title hung on his name. One test per cause; every sentence is written for
this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a named third party said to plot or ready a hostile act is accused by the speaker (112)
    ("Caracas said Bogota was plotting an invasion with American help.", "2019-02-21", "VEN", "COL"),
    ("Seoul said Pyongyang was preparing a fresh provocation along the border.", "2015-08-18", "KOR", "PRK"),
    ("Baghdad said the militants were scheming to seize the refinery.", "2014-06-20", "IRQ", None),
    ("Armenia's prime minister said Azerbaijan was planning an attack on Syunik.", "2023-11-10", "ARMGOV", "AZE"),
    # the hostile act may be the purpose of the planned step, or the modifier of the planned noun
    ("Damascus said Ankara planned to send troops to invade the north.", "2019-10-01", "SYR", "TUR"),
    ("Kyiv said Russian agents were preparing sabotage attacks on power stations.", "2022-01-20", "UKR", "RUS"),
])
def test_an_alleged_plot_is_an_accusation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, date, event, source", [
    # its own plans are a threat; a trailing source's report of troops readying an attack is a show of force
    ("Iran said it was preparing to strike Israeli cities.", "2024-04-12", "THREATEN", "IRN"),
    ("Chinese troops were preparing to storm the island, Taiwanese officials said.", "2022-08-06", "MOBILIZE", "CHN"),
])
def test_own_plans_and_observed_preparations_are_no_accusation(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source), evs
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text", [
    "Ministers said the government was planning to raise pensions next year.",
    "Officials said the ministry planned to hire consultants to review the budget.",
])
def test_a_peaceful_plan_is_no_accusation(coder, text):
    evs = coded(coder, text, "2019-09-01")
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, date, source, target, cameo", [
    # a promised answer to another's hostile act threatens the act's owner
    ("Greece vowed to meet any Turkish incursion with force.", "2020-08-26", "GRC", "TUR", "138"),
    ("Japan said it would answer any Chinese provocation near the Senkakus with a firm response.", "2013-04-23", "JPN", "CHN", "138"),
    ("Seoul vowed to meet Pyongyang's threats with overwhelming force.", "2016-09-09", "KOR", "PRK", "138"),
    ("Moscow warned it would respond to any Estonian expulsion of Russian diplomats.", "2022-08-11", "RUS", "EST", "130"),
])
def test_a_promised_answer_threatens_the_acts_owner(coder, text, date, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo=cameo), evs
    assert not _has(evs, "AGREE"), evs


def test_meeting_a_demand_is_no_threat(coder):
    evs = coded(coder, "The mayor vowed to meet the nurses' demands with a new contract.", "2022-03-01")
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date", [
    # a standing base hosted is a state, not an event
    ("Kyrgyzstan hosts a Russian air base at Kant.", "2015-03-01"),
    ("Italy hosts several American military bases.", "2019-01-15"),
])
def test_hosting_a_base_is_no_event(coder, text, date):
    assert coded(coder, text, date) == []


def test_agreeing_to_host_troops_is_intent(coder):
    evs = coded(coder, "Romania agreed to host more American soldiers.", "2022-03-10")
    assert _has(evs, "AGREE", "ROU", "USA"), evs


@pytest.mark.parametrize("text, date, source, target, cameo", [
    ("Washington cut Venezuela off from the international financial system.", "2019-01-28", "USA", "VEN", "163"),
    ("Gazprom cut Latvia off from its gas.", "2022-07-30", "RUS", "LVA", "163"),
    ("Saudi Arabia and Egypt cut off Qatar after a row over Al Jazeera.", "2017-06-06", "SAU", "QAT", None),
])
def test_cut_off_is_a_sanction_on_the_country(coder, text, date, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo=cameo), evs


def test_a_road_cut_off_is_no_event(coder):
    assert coded(coder, "Landslides cut off the mountain road for a week.", "2020-10-01") == []


def test_shutting_seaports_to_a_country_is_an_embargo(coder):
    evs = coded(coder, "Bahrain shut its seaports and land crossings to Qatar.", "2017-06-05")
    assert _has(evs, "SANCTION", "BHR", "QAT", cameo="163"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a sentence-opening name that begins with a preposition is still the subject
    ("To Lam visited Mongolia on his way to Moscow.", "2024-09-30", "VNM", "MNG"),
    ("To Lam met Indonesian President Joko Widodo in Jakarta.", "2024-09-10", "VNM", "IDN"),
])
def test_a_name_opening_with_a_preposition_is_the_subject(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target), evs


def test_an_earlier_vietnamese_party_chief_is_known(coder):
    evs = coded(coder, "Nong Duc Manh met Japanese Prime Minister Junichiro Koizumi in Tokyo.", "2002-04-29")
    assert _has(evs, "CONSULT", "VNM", "JPN"), evs


def test_an_unnamed_junta_is_not_of_the_envoy_it_expels(coder):
    # the envoy's title hung on his name still marks him as the foreign party
    evs = coded(coder, "The junta ordered Swiss ambassador Jean Dupont to leave Mali within 72 hours.", "2022-02-01")
    assert evs and all(not any(c.startswith("CHE") for c in src) for _, _, src, _ in evs), evs
    assert any(any(c.startswith("MLI") for c in src) for _, _, src, _ in evs), evs
