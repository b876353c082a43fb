"""Families of misses found by helper "odds9" (issue #3): pressure from X to do something (X's demand,
not the act done), regional-bloc and "X-made" goods under levies, a court ordering an arrest, summoned
officials and charges d'affaires, strikes answered by retaliation, conjoined country modifiers.
One test per cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # "under pressure from X to V": X demands; the one pressed is the subject
    ("Belgrade came under pressure from the European Union to recognise Kosovo's passports.", "2011-07-20", "IGOEEC", "SRB"),
    ("Uganda came under strong pressure from Washington to release the opposition candidate.", "2021-01-20", "USA", "UGA"),
    ("Hanoi was under pressure from Beijing to halt drilling in the disputed waters.", "2014-05-15", "CHN", "VNM"),
    # the parser may hang the demanded act on the verb of the one pressed ("faced ... to V")
    ("Serbia faced demands from NATO to pull its police back from the boundary.", "2023-10-02", "IGONAT", "SRB"),
])
def test_pressure_to_act_is_the_pressers_demand(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REQUEST", source, target), evs
    assert not _has(evs, "RETREAT"), evs  # the act asked for was not done


@pytest.mark.parametrize("text", [
    "The finance minister resigned amid Russian pressure over the gas deal.",
    "Prices stayed under pressure from weak demand.",
])
def test_pressure_without_a_demanded_act_is_no_demand(coder, text):
    evs = coded(coder, text, "2021-03-01")
    assert not _has(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a bloc adjective on goods or levies is the bloc's organisation
    ("Washington slapped tariffs on European wine and cheese.", "2019-10-02", "USA", "IGOEEC"),
    ("Ottawa imposed duties on European steel.", "2018-07-01", "CAN", "IGOEEC"),
    ("European tariffs on American motorcycles came into force on Friday.", "2018-06-22", "IGOEEC", "USA"),
    # "X-made": the maker country is the target
    ("Ankara imposed tariffs on Chinese-made cars.", "2024-06-08", "TUR", "CHN"),
    ("Brussels slapped duties on Russian-built trucks.", "2023-03-01", "IGOEEC", "RUS"),
    ("India banned Chinese-made surveillance cameras.", "2023-04-01", "IND", "CHN"),
])
def test_trade_goods_name_the_bloc_or_the_maker(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target), evs


def test_european_countries_stay_no_actor(coder):
    evs = coded(coder, "European countries condemned the attack on the embassy.", "2020-01-01")
    assert not _has(evs, "ACCUSE", "IGOEEC"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The International Criminal Court ordered the arrest of the Libyan commander Osama Elmasry.", "2025-01-18", "IGOICC", "LBY"),
    ("A Peruvian judge ordered the arrest of former president Alejandro Toledo.", "2017-02-09", "PERJUD", "PER"),
])
def test_a_court_ordering_an_arrest_issues_a_warrant(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="1121"), evs
    assert not _has(evs, "COERCE", source), evs


def test_a_ruler_ordering_arrests_still_arrests(coder):
    evs = coded(coder, "Duterte ordered the arrest of the senator.", "2018-09-04")
    assert _has(evs, "COERCE", "PHLGOV", cameo="173"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Japan summoned Chinese embassy officials over the buoy.", "2023-07-10", "JPN", "CHN"),
    ("Lithuania summoned the Belarusian charge d'affaires over the balloons.", "2024-10-10", "LTU", "BLR"),
    ("Canada summoned Indian officials over the killing of a Sikh activist.", "2023-09-19", "CAN", "IND"),
])
def test_summoned_foreign_officials_are_a_protest(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="114"), evs


def test_summoned_own_officials_are_no_protest(coder):
    evs = coded(coder, "The committee summoned transport officials over the train delays.", "2022-01-10")
    assert not _has(evs, "ACCUSE"), evs


def test_strikes_answered_by_retaliation_are_armed_and_conjoined_owners_count(coder):
    evs = coded(coder, "The militia said it would retaliate for the American and Israeli strikes.", "2024-02-03")
    assert _has(evs, "THREATEN", target="USA"), evs
    assert _has(evs, "THREATEN", target="ISR"), evs
    assert not _has(evs, "PROTEST"), evs  # no labour strike


def test_special_counsel_is_american(coder):
    evs = coded(coder, "The special counsel indicted a Russian businessman on fraud charges.", "2018-02-16")
    assert _has(evs, "ACCUSE", "USAJUD", "RUS"), evs
