"""Families of reported-speech misses found by helper "quotes24" on fresh sentences: a quote's
"they"/"it" named by the saying's 'of' phrase ('"They are lying," Lavrov said of Washington'); a
harsh label on "this" judged against the doer of the act the saying is 'of' ('"This is an act of
terror," X said of the Russian strike'); "X is behind this" said of a harmful act; a side's own
bare promise to respond ('"We will respond," the minister said'); 'will pay for it' / 'will regret
it' promised of another side. Every sentence is written for this file, none is taken from a gold
or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"They will regret it," the Chinese defence ministry said of the Philippines after the collision.', "2024-06-20",
     "THREATEN", "CHN", "PHL"),
    ('"They attacked our border posts without warning," the Armenian defence ministry said of Azerbaijani forces.',
     "2022-09-13", "ASSAULT", "AZE", "ARM"),
    ('"They will pay for it," the Iranian foreign minister said of Israel.', "2024-04-03", "THREATEN", "IRN", "ISR"),
])
def test_quotes24_said_of_names_the_quoted_they(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target), coded(coder, text, date)


def test_quotes24_this_is_judged_against_the_act_said_of(coder):
    evs = coded(coder, '"This is a cowardly act of terror," the Polish president said of the Russian drone strike on Lviv.',
                "2024-09-05")
    assert _has(evs, "ACCUSE", "POL", "RUS"), evs


def test_quotes24_behind_this_said_of_an_assassination(coder):
    evs = coded(coder, '"Washington is behind this," the Venezuelan defence minister said of the bombing.', "2018-08-05")
    assert _has(evs, "ACCUSE", "VEN", "USA"), evs


def test_quotes24_behind_this_plan_is_no_blame(coder):
    evs = coded(coder, '"The whole country is behind this," the Kenyan president said of the new housing plan.', "2023-05-02")
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ('"We will respond," the Turkish defence minister said after the attack on the convoy.', "2020-02-28", "TUR", None),
    ('"If they cross the line, we will respond," the Indian army chief said of Chinese troops.', "2020-09-04", "IND", "CHN"),
])
def test_quotes24_own_bare_promise_to_respond_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs


@pytest.mark.parametrize("text, date", [
    ('"We will respond in due course," the Dutch foreign ministry said of the request.', "2021-03-02"),
    ('"We will respond to the letter," the Kenyan trade minister said.', "2021-03-02"),
    ('"Nigeria will respond," a Ghanaian official said.', "2021-03-02"),
])
def test_quotes24_a_reply_or_anothers_response_is_no_threat(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date", [
    ('"The taxpayers will pay for it," the Canadian finance minister said of the new bridge.', "2019-04-11"),
    ('"We regret it," the Japanese foreign minister said of the decision.', "2019-04-11"),
])
def test_quotes24_pay_for_it_needs_another_side(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "THREATEN"), evs


def test_quotes24_pay_for_it_after_an_accusation(coder):
    evs = coded(coder, '"Hezbollah made a grave mistake," the Israeli defence minister said, "and it will pay for it."',
                "2024-07-28")
    assert _has(evs, "THREATEN", "ISR", "LBN"), evs


def test_quotes24_split_quote_second_clause_promises_a_response(coder):
    evs = coded(coder, '"Baku has crossed every line, and Armenia will respond," the Armenian defence minister said on Monday.',
                "2020-09-28")
    assert _has(evs, "THREATEN", "ARM", "AZE"), evs


def test_quotes24_government_labels_its_opposition_said_of(coder):
    evs = coded(coder, '"They are usurpers and foreign agents," the Nicaraguan interior minister said of the opposition.',
                "2021-06-10")
    assert _has(evs, "ACCUSE", "NICGOV", "NICOPP"), evs
