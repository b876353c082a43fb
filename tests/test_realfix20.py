"""Families of misses found by helper "realfix20" (issue #3) on fresh sentences about real events:
a lone sentence in the past perfect is its own news ("Poland had asked Germany for ...") while in
a story it stays background; a court ordering someone to stand or face trial charges them (173);
forces round a person's or the opposition's house at home are deployed (MOBILIZE), not a siege or
crowd control; firms leaving a country's market cut ties with it (SANCTION 160), not a military
retreat; a town's office named by the town's possessive ("Odesa's mayor") serves the town's
country; a state's liaison office speaks for the state; a thing dismissed as something is
rejected, an actor dismissed is criticised; "a pretext for X to ..." accuses X; lawmakers who
flee to block a vote stage a walkout (PROTEST); a winner thanking voters and a leader inspecting
disaster-hit towns are no events; a vote condemning a state is the voting body's act, never the
abstainers'; police act where their verb's "at" phrase puts them, not in the arrested person's
country; Victoria is the Australian state and "Georgia" before a US state office
(governor, secretary of state) the US state. Every sentence is written for this file, none is
taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Poland had asked Germany for permission to send its Leopard tanks to Ukraine.", "2023-01-24",
     "REQUEST", "POL", "DEU"),
    ("Niger's military rulers had asked France to pull its troops out of the country.", "2023-09-25",
     "REQUEST", "NER", "FRA"),
])
def test_realfix20_lone_past_perfect_is_news(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_realfix20_past_perfect_in_a_story_stays_background(coder):
    story = ("Berlin clears Leopard deliveries\nGermany said on Wednesday it would send Leopard tanks to Ukraine. "
             "Poland had asked Germany for permission to send its own Leopards.")
    assert not _has(coded(coder, story, "2023-01-25"), "REQUEST", "POL", "DEU")


@pytest.mark.parametrize("text, date, source, target", [
    ("A Guatemalan judge ordered former president Otto Perez Molina to face trial for corruption.", "2017-10-27",
     "GTMJUD", "GTM"),
    ("A court in Moscow ordered the opposition politician to stand trial for spreading false information.",
     "2022-10-05", "RUSJUD", "RUS"),
])
def test_realfix20_order_to_stand_trial_is_a_charge(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173")
    assert not _has(evs, "REQUEST")


@pytest.mark.parametrize("text, date, source, target", [
    ("Police surrounded the Kampala home of opposition leader Kizza Besigye after the vote.", "2016-02-19",
     "UGACOP", "UGA"),
    ("Troops surrounded the residence of President Alpha Conde in Conakry.", "2021-09-05", "GINMIL", "GIN"),
])
def test_realfix20_forces_round_a_house_at_home_deploy(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target)
    assert not _has(evs, "ASSAULT") and not _has(evs, "COERCE", cameo="175")


@pytest.mark.parametrize("text, date, source, target", [
    ("Danish shipping firm Maersk pulled out of Iran after US sanctions returned.", "2018-05-17", "DNK", "IRN"),
    ("Several French companies suspended operations in Russia.", "2022-03-15", "FRABUS", "RUS"),
])
def test_realfix20_firms_leaving_a_country_cut_ties(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target)
    assert not _has(evs, "RETREAT")


@pytest.mark.parametrize("text, date, source, target", [
    ("Odesa's mayor accused Russia of striking the port with missiles.", "2023-07-20", "UKRGOV", "RUS"),
    ("Kursk's governor accused Ukrainian troops of shelling a border village.", "2023-07-10", "RUSGOV", "UKR"),
    ("Beijing's liaison office in Hong Kong condemned the activists who stormed the legislature.", "2019-07-02",
     "CHNGOV", "HKG"),
])
def test_realfix20_possessive_office_serves_its_place(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ACCUSE", source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Israel dismissed the ICC's arrest warrants for Netanyahu as antisemitic.", "2024-11-21", "REJECT", "ISR", "IGO"),
    ("Venezuela dismissed the new EU sanctions as illegal.", "2017-11-13", "REJECT", "VEN", "IGO"),
    ("Maduro dismissed Juan Guaido as a puppet of Washington.", "2019-02-10", "ACCUSE", "VEN", "VEN"),
    ("Duterte dismissed the UN rights experts as idiots.", "2018-03-10", "ACCUSE", "PHL", "IGO"),
])
def test_realfix20_a_thing_dismissed_is_rejected(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target)
    assert not _has(evs, "ACCUSE" if event == "REJECT" else "REJECT")


def test_realfix20_pretext_for_someone_accuses_them(coder):
    evs = coded(coder, "Rights groups claimed the emergency decree was a pretext for Hun Sen to jail his critics.",
                "2021-04-01")
    assert _has(evs, "ACCUSE", "NGO", "KHM")


@pytest.mark.parametrize("text, date", [
    ("Texas Senate Democrats fled to New Mexico to block a Republican redistricting plan.", "2003-07-28"),
    ("Republican state senators in Oregon left the state to deny Democrats a quorum.", "2020-02-25"),
])
def test_realfix20_lawmakers_fleeing_a_vote_protest(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", "USALEG")
    assert not _has(evs, "REJECT")


@pytest.mark.parametrize("text, date", [
    ("Narendra Modi thanked voters after the BJP won a second term.", "2019-05-23"),
    ("President Erdogan inspected quake-hit towns in Hatay province.", "2023-02-08"),
])
def test_realfix20_no_event_for_thanks_to_voters_or_a_tour(coder, text, date):
    assert coded(coder, text, date) == []


def test_realfix20_vote_condemning_is_the_body_s_act(coder):
    evs = coded(coder, "South Africa and India abstained from the General Assembly vote condemning Russia's "
                       "annexation of Crimea.", "2014-03-27")
    assert _has(evs, "ACCUSE", "IGO", "RUS")
    assert not any(ev == "ACCUSE" and any(c[:3] in ("ZAF", "IND") for c in src) for ev, _, src, _ in evs)


@pytest.mark.parametrize("text, date, source, target", [
    ("Police arrested an Australian writer at a Guangzhou airport.", "2019-01-19", "CHNCOP", "AUS"),
    ("Police in Victoria arrested a man over the fire at a Melbourne synagogue.", "2024-12-10", "AUSCOP", None),
])
def test_realfix20_police_of_the_place(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "COERCE", source, target)


@pytest.mark.parametrize("text, date, source", [
    ("Georgia's governor Brian Kemp rejected Donald Trump's call to overturn the state's result.", "2020-12-05", "USAGOV"),
    ("Georgia's president accused Russia of occupying a fifth of the country.", "2019-08-07", "GEOGOV"),
])
def test_realfix20_georgia_before_a_us_state_office(coder, text, date, source):
    evs = coded(coder, text, date)
    assert any(src and src[0] == source for _, _, src, _ in evs), evs
