"""Families of target misses fixed by helper "targets9" (issue #3). One parametrised test per
cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a complaint taken to a forum is aimed at the side complained about, not the forum
    ("Pakistan lodged a complaint with the United Nations over Indian shelling in Kashmir.", "2015-05-02", "PAK", "IND"),
    ("Sudan lodged a complaint with the Security Council over Israeli air strikes.", "2012-10-25", "SDN", "ISR"),
    ("Japan filed a protest with the UN against Chinese incursions near the islands.", "2012-09-20", "JPN", "CHN"),
])
def test_complaint_to_a_forum_targets_the_accused(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="114"), evs


def test_complaint_to_a_country_still_targets_it(coder):
    evs = coded(coder, "Japan filed a protest with China over the incursions near the islands.", "2012-09-20")
    assert _has(evs, "ACCUSE", "JPN", "CHN", cameo="114"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a vote said to be cheated, with no winner named, accuses the government that ran it
    ("Gabon's opposition leader Jean Ping said the presidential poll was tainted by massive irregularities.",
     "2016-09-01", "GABOPP", "GABGOV"),
    ("Cameroon's opposition leader Maurice Kamto said the election results were fraudulent.", "2018-10-23",
     "CMROPP", "CMRGOV"),
    ("Kenya's opposition said the ruling party had rigged the election.", "2017-08-10", "KENOPP", "KEN"),
])
def test_cheated_vote_without_winner_accuses_own_government(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_denied_fraud_is_no_accusation(coder):
    evs = coded(coder, "Kenya's opposition said the ruling party had not rigged the election.", "2017-08-10")
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, date, source", [
    # dismissing one's own envoy posted abroad acts on the own government, not the host country
    ("Mexico's president fired his ambassador to Peru.", "2019-03-01", "MEXGOV"),
    ("Saudi Arabia's king fired the kingdom's ambassador to Turkey amid the uproar.", "2018-10-25", "SAUGOV"),
])
def test_sacked_own_envoy_is_own_government(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, source, cameo="172"), evs
    assert not any(t[:3] in ("PER", "TUR") for *_, tgt in evs for t in tgt), evs


def test_recalled_envoy_still_targets_host(coder):
    evs = coded(coder, "Italy recalled its envoy to Paris over the migrant row.", "2019-02-07")
    assert _has(evs, "SANCTION", "ITA", "FRA", cameo="161"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a force fighting in a contested place of its own country fights the other side
    ("Azerbaijani drones struck targets in Karabakh.", "2020-10-09", "AZE", "ARM"),
    # troops advancing or moving into a place take ground there
    ("Russian troops advanced into the Donbas in the spring.", "2022-05-22", "RUS", "UKR"),
    ("Turkish troops moved into the Syrian town of Afrin.", "2018-03-18", "TUR", "SYR"),
])
def test_advance_into_place(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_named_doer_of_judged_act(coder):
    evs = coded(coder, "Nigeria said the Boko Haram raid on the village was a cowardly act.", "2014-05-06")
    assert _has(evs, "ACCUSE", "NGA", "NGAINS", cameo="111"), evs


def test_backshifted_pending_clause_is_not_an_event(coder):
    evs = coded(coder, "Moscow would keep up the strikes until Kyiv accepted its demands, the Kremlin said.", "2022-03-03")
    assert not _has(evs, "CONCEDE", "UKR"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a threat whose end waits on another side's act is aimed at that side
    ("Israel will keep fighting until Hamas releases the hostages, Netanyahu said.", "2023-11-01", "ISR", "PSE"),
    ("Russia would keep fighting until Kyiv accepted its terms, a Kremlin aide said.", "2022-04-03", "RUS", "UKR"),
])
def test_threat_pending_on_other_side(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs


def test_said_breach_accuses_the_named_violator(coder):
    evs = coded(coder, "NATO chief Anders Fogh Rasmussen said Russia had violated Ukraine's sovereignty.", "2014-03-02")
    assert _has(evs, "ACCUSE", "IGONAT", "RUS", cameo="112"), evs


def test_said_ceasefire_breach_stays_the_violation(coder):
    evs = coded(coder, "Hamas said Israel had violated the truce by shelling homes.", "2014-07-20")
    assert _has(evs, "ASSAULT", "ISR", cameo="196"), evs
