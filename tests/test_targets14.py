"""Families of target misses in sanctions, trade, law and diplomacy news fixed by helper "targets14"
(issue #3). One test per cause; every sentence is written for this file, none is taken from a gold or
fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a stated present or backshifted refusal of recognition is a rejection, not a non-event
    ("The African Union said it did not recognise the junta as Guinea's legitimate government.", "2021-09-10", "IGOAFU", "GIN"),
    ("Spain does not recognise Kosovo's independence.", "2019-05-01", "ESP", "XKX"),
])
def test_standing_refusal_to_recognise(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target, cameo="120"), evs


def test_recognition_that_did_not_happen_stays_uncoded(coder):
    evs = coded(coder, "Britain did not recognise the vote.", "2021-01-01")
    assert not evs, evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    # visas revoked from a state's officials are a travel sanction aimed at that state
    ("Washington revoked the visas of Nicaraguan judges after the election.", "2021-11-15", "163", "USA", "NIC"),
    ("Canada cancelled the visas of Iranian officials over the crackdown.", "2022-10-07", "163", "CAN", "IRN"),
    # frozen reserves and holdings are frozen assets
    ("Japan froze the reserves of the Russian central bank.", "2022-02-28", "163", "JPN", "RUS"),
    # a lender pausing payouts stops economic aid
    ("The African Development Bank paused disbursements to Niger after the coup.", "2023-08-02", "1621", "IGO", "NER"),
    # blocked imports are an embargo, not a rejection
    ("Russia blocked imports from Moldova after the vote in Chisinau.", "2013-09-10", "163", "RUS", "MDA"),
])
def test_trade_and_travel_sanction_phrases(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Ecuador took Colombia to international arbitration over aerial spraying on the border.", "2008-04-01", "ECU", "COL"),
    ("Australia launched a WTO case against China over barley duties.", "2020-12-16", "AUS", "CHN"),
])
def test_arbitration_and_trade_cases_are_lawsuits(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="115"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # the act of a "by X-ing" answer is the ordered act, as in a main clause
    ("Moscow retaliated by ordering the closure of the Polish consulate in Smolensk.", "2023-10-01", "RUS", "POL"),
    # trade measures answering a measure are sanctions, aimed at whose goods they hit
    ("Ottawa retaliated with tariffs on American steel and whiskey.", "2018-07-01", "CAN", "USA"),
    ("India retaliated with duties against Washington's levies on steel.", "2019-06-16", "IND", "USA"),
])
def test_retaliation_by_a_named_measure(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo_prefix="16"), evs


def test_sum_of_money_of_a_debt_is_looked_through(coder):
    evs = coded(coder, "France wrote off billions of euros of Ivory Coast's debt.", "2012-06-27")
    assert _has(evs, "AID", "FRA", "CIV", cameo="071"), evs


def test_signing_an_aid_package_gives_aid(coder):
    evs = coded(coder, "Obama signed an aid package for Jordan on Tuesday.", "2015-02-03")
    assert _has(evs, "AID", "USA", "JOR", cameo="071"), evs


@pytest.mark.parametrize("text, date, source, not_target", [
    # an arrest "over" an act takes no target from the act's victim
    ("Egyptian police arrested four people over the attack on the Russian airliner.", "2015-11-10", "EGY", "RUS"),
    ("Kenyan police detained ten people over the bombing of the Israeli-owned hotel.", "2002-11-29", "KEN", "ISR"),
])
def test_arrest_over_an_act_does_not_target_its_victim(coder, text, date, source, not_target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, None, cameo="173"), evs
    assert not any(t.startswith(not_target) for ev, cm, src, tgt in evs if cm == "173" for t in tgt), evs


@pytest.mark.parametrize("text, date", [
    ("Analysts cut their forecasts, citing slowing Chinese demand.", "2023-05-01"),
    ("Chinese demand for iron ore slowed in the spring.", "2023-05-01"),
])
def test_market_demand_is_no_demand(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "REQUEST" for ev, cm, src, tgt in evs), evs


def test_a_demand_with_a_determiner_still_counts(coder):
    evs = coded(coder, "Tehran rejected a British demand for the tanker's release.", "2019-07-20")
    assert _has(evs, "REJECT", "IRN", "GBR"), evs


@pytest.mark.parametrize("text, date, target", [
    # the parser reads "Trump doubled tariffs" as one noun phrase: the goods' owner is still the target
    ("Trump doubled tariffs on Canadian aluminium.", "2019-05-01", "CAN"),
    ("Trump raised duties on Mexican tomatoes.", "2019-05-07", "MEX"),
])
def test_misread_predicate_takes_the_owner_of_the_goods(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", "USA", target, cameo="163"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a guessed object tied by a participle to a named actor is that actor's
    ("London sanctioned firms linked to Iran's Revolutionary Guards.", "2023-07-06", "GBR", "IRN"),
    ("Austria froze assets linked to Ben Ali.", "2011-01-20", "AUT", "TUN"),
    ("Switzerland froze assets linked to Hosni Mubarak.", "2011-02-11", "CHE", "EGY"),
])
def test_object_linked_to_a_named_actor(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="163"), evs


def test_widened_sanctions_are_sanctions(coder):
    evs = coded(coder, "Canada widened sanctions against Belarusian state banks.", "2021-06-21")
    assert _has(evs, "SANCTION", "CAN", "BLR", cameo="163"), evs


def test_special_counsel_is_an_actor(coder):
    evs = coded(coder, "Special counsel Robert Mueller charged thirteen Russian nationals with election meddling.", "2018-02-16")
    assert any(ev == "ACCUSE" and any(c.endswith("JUD") for c in src) and any(t.startswith("RUS") for t in tgt)
               for ev, cm, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a state's airline or aircraft kept out of airspace is a sanction, not a ban on a person (172)
    ("Poland banned Belarusian airlines from its airspace.", "2021-05-25", "POL", "BLR"),
    ("Russian carriers were barred from British airspace by London.", "2022-02-25", "GBR", "RUS"),
])
def test_banned_from_airspace_is_a_sanction(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="163"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a measure challenged at the WTO is a case against its owner, not against the forum
    ("Canada challenged American lumber duties at the WTO.", "2017-11-28", "CAN", "USA"),
    ("Japan's export curbs were challenged by South Korea at the World Trade Organization.", "2019-09-11", "KOR", "JPN"),
])
def test_measure_challenged_at_the_wto(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="115"), evs


@pytest.mark.parametrize("text, date, source", [
    # the side whose pressure or help moved the act is no target of it
    ("Azerbaijan eased its blockade of the corridor under pressure from Paris.", "2023-06-01", "AZE"),
    ("Serbia pulled its troops back from the border under pressure from Washington.", "2023-10-02", "SRB"),
])
def test_pressure_from_a_side_is_no_target(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and all(src and src[0].startswith(source) and not any(t.startswith(("FRA", "USA")) for t in tgt)
                       for ev, cm, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # sanctions or a price cap agreed are intended, not yet imposed
    ("EU foreign ministers agreed new sanctions on Belarus.", "2021-06-21", "IGO", "BLR"),
    ("The G7 agreed a price cap on Russian diesel.", "2023-02-03", "IGO", "RUS"),
])
def test_agreed_sanctions_are_intended_sanctions(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="1312"), evs


@pytest.mark.parametrize("text, date, cameo, event, source, target", [
    ("The European Commission opened legal proceedings against Hungary over its asylum law.", "2015-12-10", "115", "ACCUSE", "IGO", "HUN"),
    ("Washington stripped Nicaragua of its trade privileges.", "2023-10-01", "163", "SANCTION", "USA", "NIC"),
    ("The Treasury Department expanded a blacklist of Russian banks.", "2022-04-06", "163", "SANCTION", "USA", "RUS"),
])
def test_proceedings_trade_status_and_blacklists(coder, text, date, cameo, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("Obama signed into law new sanctions against Iran's central bank.", "2011-12-31"),
    ("Obama signed new sanctions against Iran into law.", "2010-07-01"),
])
def test_sanctions_signed_into_law(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", "USA", "IRN", cameo="163"), evs
