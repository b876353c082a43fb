"""Families of misses found by helper "odds13" (issue #3): an armed group's own -ing participle
names where it acts ("rebels advancing on the Malian town of Konna": Mali's rebels, not the
speaker's); "ordered X placed under house arrest" is the custody itself, done by the one who
orders; "had no interest in further talks" refuses talks (125), it holds none; a big city written
as the compound of a local agent ("Auckland police") gives its country even when the article
names no country. Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, target, wrong", [
    ("British Prime Minister David Cameron condemned Islamist militants advancing on the Libyan city of Sirte.",
     "2015-02-20", "LBY", "GBR"),
    ("Russian President Vladimir Putin ordered strikes on militants operating near the Syrian city of Hama.",
     "2015-10-05", "SYR", "RUS"),
])
def test_odds13_armed_group_is_where_its_participle_acts(coder, text, date, target, wrong):
    evs = coded(coder, text, date)
    assert evs and any(c[:3] == target for c in evs[0][3]), evs
    assert not any(c[:3] == wrong for c in evs[0][3]), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The army ordered Sudanese Prime Minister Abdalla Hamdok placed under house arrest.", "2021-10-25", "SDN", "SDN"),
    ("A Pakistani court ordered Imran Khan held in custody for eight days.", "2023-05-10", "PAKJUD", "PAK"),
])
def test_odds13_ordered_custody_is_the_custody(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "COERCE" and evs[0][1][:2] == "17", evs
    assert _has(evs, "COERCE", source, target), evs
    assert not _has(evs, "REQUEST"), evs


def test_odds13_ordered_diplomats_expelled_is_the_expulsion(coder):
    # purpose22: the order is the expulsion it orders, coded as the corpus codes expelled
    # diplomats (161, "expel diplomat" in the lexicon; 27 of 29 gold and lane labels), not 174
    evs = coded(coder, "Maduro ordered the American diplomats expelled.", "2019-01-23")
    assert _has(evs, "SANCTION", "VENGOV", "USA", cameo="161"), evs
    assert not _has(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Iran said it had no interest in further negotiations with Washington.", "2019-05-14", "IRN", "USA"),
    ("The Kremlin has no intention of negotiating with Kyiv.", "2022-10-01", "RUS", "UKR"),
])
def test_odds13_no_interest_in_talks_is_a_refusal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target, cameo="125"), evs
    assert not _has(evs, "CONSULT"), evs


def test_odds13_interest_in_talks_without_no_is_no_refusal(coder):
    evs = coded(coder, "Iran expressed interest in talks with Washington.", "2019-05-14")
    assert not _has(evs, "REJECT"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Auckland police arrested two men after the shooting.", "2019-04-02", "NZLCOP"),
    ("Christchurch police detained a teenager over the threats.", "2019-04-02", "NZLCOP"),
])
def test_odds13_big_city_police_take_its_country(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source), evs


def test_odds13_group_after_on_or_against_does_its_participle(coder):
    # the ones struck are the ones advancing, not the leader who approved the strikes
    evs = coded(coder, "Hollande approved air strikes against militants advancing on the Iraqi town of Amerli.", "2014-09-01")
    assert _has(evs, "ASSAULT", "FRA", "IRQ"), evs
    assert not any(e[0] == "ASSAULT" and e[1] == "190" and e[2][:1] == ["FRAGOV"] for e in evs), evs
    assert _has(evs, "ASSAULT", "IRQ", cameo="190"), evs
