"""Families fixed by helper "verbs17" (issue #3): a sweep of the verbs political wire copy uses
most often, by frequency rather than by type, found verbs the table lacked in their usual
political sense (taunting, ostracising, bullying, hounding or evicting an actor; persuading or
dissuading one; routing, pushing or beating back forces; ironing out differences; kicking off
talks; obstructing aid; boosting aid; deporting a diplomat; keeping someone under house arrest;
slashing energy supplies; mowing people down), weapon "systems" the arms class missed, and
"Western leaders" naming no actor. Each row is checked against its common non-political senses
("fans taunted the players", "researchers isolated the variant", "rescuers freed the boys",
"markets greeted the decision"). Every sentence is written for this file, none is taken from a
gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Pyongyang taunted Seoul over its failed satellite launch.", "2023-06-01", "ACCUSE", "111", "PRK", "KOR"),
    ("Arab governments ostracised Damascus for more than a decade.", "2023-05-07", "SANCTION", "161", "IGOARL", "SYR"),
    ("Chinese coast guard vessels bullied Vietnamese fishermen near the Paracel Islands.", "2022-04-10",
     "COERCE", "170", "CHN", "VNM"),
    ("Nicaraguan police hounded opposition journalists in Managua.", "2021-06-20", "COERCE", "175", "NICCOP", "NIC"),
    ("Israeli authorities evicted a Palestinian family from its home in Silwan.", "2023-07-11",
     "COERCE", "174", "ISR", "PSE"),
    ("Berlin tried to persuade Budapest to lift its veto.", "2023-12-12", "REQUEST", "025", "DEU", "HUN"),
])
def test_wire_verbs_aimed_at_an_actor(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Iraqi troops routed Islamic State fighters in western Anbar.", "2017-11-03", "ASSAULT", "190", "IRQMIL", "IMGINS"),
    ("Malian soldiers pushed back jihadist fighters from the town of Boni.", "2019-09-10", "ASSAULT", "190", "MLIMIL", None),
    ("Rebel forces were beaten back by Syrian troops outside Hama.", "2017-03-25", "ASSAULT", "190", "SYRMIL", "SYRREB"),
    ("Libyan security forces mowed down migrants at a detention centre in Tripoli.", "2019-07-05",
     "ASSAULT", "180", "LBY", None),
])
def test_forces_routed_or_driven_back(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Serbia and Kosovo kicked off a new round of talks in Brussels.", "2023-02-27", "CONSULT", "046", None, None),
    ("Ethiopian authorities obstructed aid deliveries to Tigray, the UN said.", "2021-07-02", "REJECT", "1245", "ETH", None),
    ("London boosted military aid to Kyiv with more artillery.", "2023-01-14", "AID", "072", "GBR", "UKR"),
    ("Beijing deported a Canadian diplomat over the spat.", "2023-05-09", "SANCTION", "161", "CHN", "CAN"),
    ("Russia slashed gas supplies to Italy.", "2022-06-16", "SANCTION", "163", "RUS", "ITA"),
    ("Kyiv sought more Patriot air defence systems from Berlin.", "2023-04-20", "REQUEST", "0232", "UKR", "DEU"),
    ("Egyptian aircraft dropped food parcels over southern Gaza.", "2024-03-12", "AID", "073", "EGY", None),
])
def test_talks_aid_expulsions_and_supplies(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("Western leaders condemned the coup in Niger.", "2023-07-27"),
    ("The coup in Niger was condemned by Western leaders.", "2023-07-27"),
])
def test_western_leaders_are_the_western_powers(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", "USA"), evs


@pytest.mark.parametrize("text, date", [
    ("Supporters taunted the referee throughout the second half.", "2023-04-02"),
    ("Scientists isolated the new strain in a laboratory in Cape Town.", "2021-11-26"),
    ("Rescuers freed two miners trapped underground in Shanxi province.", "2021-01-24"),
    ("Firefighters freed a driver trapped in the wreckage near Lyon.", "2022-08-03"),
    ("Investors greeted the rate decision with relief.", "2023-03-22"),
    ("The fire service evicted nobody, the council said.", "2023-03-22"),
    ("Farmers mowed down the wheat before the rain.", "2023-07-01"),
])
def test_non_political_senses_code_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Kenya's High Court struck down a ban on opposition rallies.", "2023-03-30", "CONCEDE", "081", "KEN", None),
    ("Israel ramped up air strikes on Hezbollah positions in southern Lebanon.", "2024-09-20", "ASSAULT", None, "ISR", "LBN"),
    ("China scuttled a Security Council resolution on Myanmar.", "2022-12-01", "REJECT", "129", "CHN", None),
    ("Ethiopia's warring factions agreed to a truce in Pretoria.", "2022-11-02", "AGREE", None, "ETH", None),
])
def test_court_rulings_ramped_strikes_scuttled_resolutions_warring_factions(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("The carmaker ramped up production at its plant in Berlin.", "2023-03-01"),
    ("The appeals court struck down the city's parking fees.", "2023-03-01"),
])
def test_ramped_output_and_struck_down_fees_are_no_events(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Washington rescinded the terrorist designation of Cuba's government.", "2015-05-29", "RETREAT", "USA", "CUB"),
    ("Alexander Lukashenko was sworn in for a sixth term, defying calls from the opposition to quit.", "2020-09-23",
     "REJECT", "BLR", None),
])
def test_revoked_designations_and_defiance_after_a_passive(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, asked", [
    ("Alexander Lukashenko was sworn in for a sixth term, defying calls from the opposition to step down.", "2020-09-23", "CONCEDE"),
    ("The Serbian government ignored demands from students to release the detained protesters.", "2025-03-01", "RETREAT"),
])
def test_what_a_defied_call_asked_for_is_not_done(coder, text, date, asked):
    evs = coded(coder, text, date)
    assert not any(ev == asked for ev, _, _, _ in evs), evs


@pytest.mark.parametrize("text, date, event, source", [
    ("Canberra rowed back on its plan to cut funding to the UN agency.", "2024-03-15", "CONCEDE", "AUS"),
    ("Tehran retreated from its demand that Washington lift all sanctions first.", "2022-08-24", "CONCEDE", "IRN"),
    ("Ethiopia reneged on its commitment to withdraw troops from the border.", "2021-05-10", "REJECT", "ETH"),
])
def test_backing_off_a_plan_or_breaking_a_promise(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source), evs
    assert not any(ev in ("AGREE", "REQUEST") for ev, _, _, _ in evs), evs  # the promise or demand given up is no new one


def test_troops_retreating_from_positions_still_withdraw(coder):
    evs = coded(coder, "Ukrainian troops retreated from positions near Avdiivka.", "2024-02-17")
    assert _has(evs, "RETREAT", "UKRMIL", cameo="0874"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Israeli jets took out a senior Hamas commander in Khan Younis.", "2024-01-10", "ASSAULT", "190", "ISR", "PSE"),
    ("Canada took China to the WTO over its canola ban.", "2019-09-09", "ACCUSE", "115", "CAN", "CHN"),
    ("Germany set aside 500 million euros for Moldova.", "2022-04-05", "AID", "071", "DEU", "MDA"),
])
def test_general_verbs_in_their_political_sense(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_taking_out_a_loan_is_no_attack(coder):
    evs = coded(coder, "Pakistan took out a new loan from Saudi Arabia.", "2023-07-11")
    assert not any(ev == "ASSAULT" for ev, _, _, _ in evs), evs
