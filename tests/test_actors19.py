"""Families of actor misses found by helper "actors19" (issue #3) on fresh sentences about real
actors: an office of a region written "of X region" / "of X province" is in X's country, and a
big city the tagger reads as a people's word before "governor" names the office's place; a bare
state service ("the air force", "the navy", "prosecutors") in what a state says is that state's;
a party member named with the legislature's noun ("a BJP lawmaker") sits in the country's
legislature, and the critics or opponents of a state body ("the Kremlin's critics", "opponents of
the Kremlin") are the country's opposition, not the body; a state (or its state firms) cutting purchases
or imports of another state's goods sanctions it, and so does a ban on its own firms selling to a
foreign party; trade words name businesses ("oil majors",
"refiners"). Every sentence is written for this file, none is taken from a gold or
fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("The governor of Zaporizhzhia region accused Russian troops of shelling a hospital.", "2022-08-10",
     "UKRGOV", "RUSMIL"),
    ("The governor of the Kursk region accused Ukrainian forces of shelling a power station.", "2023-08-02",
     "RUSGOV", "UKRMIL"),
    ("The Belgorod governor accused Ukrainian troops of firing rockets at a village.", "2023-06-01",
     "RUSGOV", "UKRMIL"),
])
def test_actors19_office_of_a_named_region(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ACCUSE", source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("India said the air force had struck a militant camp in Pakistan.", "2019-02-26",
     "ASSAULT", "INDMIL", "PAK"),
    ("Iran said the navy had seized a British tanker off Oman.", "2019-07-20",
     "COERCE", "IRNMIL", "GBR"),
])
def test_actors19_bare_service_in_a_state_s_words(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, source, target", [
    ("A BJP lawmaker accused the Congress party of insulting the armed forces.", "2022-12-05", "INDLEG", "INDPTY"),
    ("Two ANC lawmakers criticised the president over the power cuts.", "2023-01-20", "ZAFLEG", None),
])
def test_actors19_party_lawmaker_is_the_legislature(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ACCUSE", source, target)


@pytest.mark.parametrize("text, date", [
    ("Police in Moscow detained dozens of the Kremlin's critics at a vigil.", "2024-02-18"),
    ("Police in Moscow arrested several opponents of the Kremlin at a vigil.", "2024-02-18"),
])
def test_actors19_critics_of_a_state_body_are_its_opposition(coder, text, date):
    assert _has(coded(coder, text, date), "COERCE", "RUSCOP", "RUSOPP")


@pytest.mark.parametrize("text, date, source, target", [
    ("South Korea cut purchases of Iranian oil under American pressure.", "2018-09-01", "KOR", "IRN"),
    ("Japan cut imports of Iranian crude.", "2018-06-05", "JPN", "IRN"),
    ("Chinese state refiners reduced purchases of Venezuelan oil.", "2019-08-10", "CHNBUS", "VEN"),
])
def test_actors19_cutting_purchases_of_a_state_s_goods(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "SANCTION", source, target)


@pytest.mark.parametrize("text, date", [
    ("Shell struck a supply deal with a Chinese refiner.", "2021-04-04"),
    ("Western oil majors halted purchases of Russian crude.", "2022-03-12"),
])
def test_actors19_private_firms_and_goods_stay_commerce(coder, text, date):
    # (the corpus codes a private firm acting on another country's goods as commerce)
    assert not any(src and src[0].endswith("BUS") and tgt and not tgt[0].endswith("BUS")
                   for _, _, src, tgt in coded(coder, text, date))


@pytest.mark.parametrize("text, date, source, target", [
    ("The Commerce Department banned US companies from selling chips to Huawei.", "2019-05-20", "USA", "CHN"),
    ("Washington barred American firms from exporting advanced chips to China.", "2022-10-08", "USA", "CHN"),
])
def test_actors19_ban_on_own_firms_trading_with_a_foreign_party(coder, text, date, source, target):
    # a state's ban on its own firms' sales to a foreign party sanctions that party, not the firms
    assert _has(coded(coder, text, date), "SANCTION", source, target, cameo="163")


def test_actors19_ban_on_own_firms_with_the_buyer_as_a_dative(coder):
    # (the parser may attach "to" as a dative of the trade verb)
    evs = coded(coder, "The White House barred American firms from selling software to Chinese telecoms company Huawei.",
                "2020-08-17")
    assert _has(evs, "SANCTION", "USA", "CHN", cameo="163")
