"""Families of misses found by helper "realfix18" (issue #3) in the shapes real news showed: a
passive "X will not be tolerated" under said/told is the speaker's warning (130) to the act's doer or
the one told; "claimed that <the other side> had attacked ..." is the claimant's accusation (112),
while a claim about one's own side reports the act; a legislature passing articles of impeachment or
a resolution against someone charges (115) or denounces (111) him; a passive appeal whose by-agent
the parser hung after the infinitive keeps the asker; "counted on X to" appeals to X; forces that
"get out of" a place leave it; a passive relative clause dated months back is background; a month
the tagger dated is no town. Every sentence is written for this file, none is taken from a gold or
fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Egypt's president said attacks on police by Islamist militants will not be tolerated.", "2015-07-02", "EGY", "EGY"),
    ("India said any Pakistani incursion across the Line of Control would not be tolerated.", "2019-03-01", "IND", "PAK"),
    ("Beijing told Manila that further provocations in the South China Sea would not be tolerated.", "2016-07-20", "CHN", "PHL"),
])
def test_realfix18_passive_no_tolerance_warns(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="130"), evs


def test_realfix18_passive_tolerance_with_no_doer_warns_no_victim(coder):
    evs = coded(coder, "The Kenyan army said violence against election officials will not be tolerated.", "2017-08-09")
    assert _has(evs, "THREATEN", "KEN", cameo="130"), evs
    assert not any(tgt for ev, cm, src, tgt in evs if ev == "THREATEN"), evs


def test_realfix18_plain_tolerated_is_no_event(coder):
    assert coded(coder, "The minister said small protests were tolerated in the past.", "2017-08-09") == []


@pytest.mark.parametrize("text, date, source, target", [
    ("Ukraine claimed that Russian soldiers had shelled a school in Kharkiv.", "2022-04-11", "UKR", "RUSMIL"),
    ("The Zimbabwean opposition claimed soldiers had beaten voters in Harare.", "2018-08-03", "ZWE", "ZWEMIL"),
])
def test_realfix18_claimed_attack_by_other_side_is_accusation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs
    assert not any(ev == "ASSAULT" for ev, *_ in evs), evs


def test_realfix18_claim_about_own_side_keeps_the_act(coder):
    evs = coded(coder, "Russia claimed that its troops had destroyed a Ukrainian fuel depot.", "2022-06-01")
    assert _has(evs, "ASSAULT", "RUSMIL", "UKR"), evs
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target, cameo", [
    ("South Korea's National Assembly passed articles of impeachment against President Park Geun-hye.",
     "2016-12-09", "KORLEG", "KORGOV", "115"),
    ("The UN Human Rights Council adopted a resolution against Myanmar over the treatment of the Rohingya.",
     "2018-09-27", "IGOUNO", "MMR", "111"),
])
def test_realfix18_legislature_passes_text_against(coder, text, date, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo=cameo), evs


def test_realfix18_budget_resolution_is_no_event(coder):
    assert coded(coder, "Poland's parliament passed a budget resolution.", "2021-01-05") == []


@pytest.mark.parametrize("text, date, source, target", [
    ("Afghanistan's president was urged to open talks with the Taliban by the American envoy.", "2019-02-01", "USA", "AFGGOV"),
    ("Iraq was pressed to disband the militias by Washington.", "2020-01-10", "USA", "IRQ"),
])
def test_realfix18_by_agent_after_infinitive_is_the_asker(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(ev in ("REQUEST", "DEMAND") and any(s.startswith(source) for s in src)
               and any(t.startswith(target) for t in tgt) for ev, cm, src, tgt in evs), evs


def test_realfix18_by_date_after_infinitive_is_no_asker(coder):
    evs = coded(coder, "Venezuela was asked to free the prisoners by Friday.", "2019-02-01")
    assert not any(src for ev, cm, src, tgt in evs), evs


def test_realfix18_counted_on_appeals(coder):
    evs = coded(coder, "The German chancellor said she counted on Russia to use its influence on Damascus.", "2018-04-20")
    assert _has(evs, "REQUEST", "DEU", "RUS", cameo_prefix="02"), evs


def test_realfix18_forces_get_out(coder):
    evs = coded(coder, "Hezbollah's leader said American troops should get out of Iraq.", "2020-01-12")
    assert _has(evs, "REQUEST", "LBN", "USA"), evs
    assert coded(coder, "The minister got out of the car in Kabul.", "2020-01-12") == []


def test_realfix18_dated_passive_aside_is_background(coder):
    evs = coded(coder, "The Russian dissident, who was poisoned last August, was jailed by a court in Moscow.", "2021-02-02")
    assert _has(evs, "COERCE", "RUSJUD", "RUS"), evs
    assert not any(ev == "ASSAULT" for ev, *_ in evs), evs


def test_realfix18_month_is_no_town(coder):
    evs = coded(coder, "Police shot dead a student in March in Lagos.", "2021-02-02")
    assert evs and all(not any(c.startswith("GBR") for c in src + tgt) for ev, cm, src, tgt in evs), evs
    assert any(any(c.startswith("NGA") for c in src) for ev, cm, src, tgt in evs), evs
