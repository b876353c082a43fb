"""Families of type misses fixed by helper "types10" (issue #3): generic verbs whose object decides
the type, event nouns, light verbs with a 'by X-ing' means. One parametrised test per cause; every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # taking back recognition breaks relations (161), it is no troop withdrawal (0874)
    ("Paraguay withdrew its recognition of Taiwan's government last year.", "2019-03-02", "PRY", "TWN"),
    ("Burundi revoked its recognition of the Sahrawi republic.", "2010-10-25", "BDI", "ESH"),
])
def test_taking_back_recognition_breaks_relations(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="161"), evs
    assert not _has(evs, "RETREAT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # switching recognition or ties "to" a side recognises that side (054)
    ("Nicaragua switched diplomatic recognition to Beijing in December.", "2021-12-10", "NIC", "CHN"),
    ("The Solomon Islands switched ties from Taipei to Beijing.", "2019-09-16", "SLB", "CHN"),
])
def test_switching_recognition_recognises_the_new_side(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "SUPPORT", source, target, cameo="054")


@pytest.mark.parametrize("text, date, source, target", [
    # asking for clarification, assurances or guarantees is a request (020)
    ("Tokyo sought clarification from Seoul over the radar incident.", "2018-12-24", "JPN", "KOR"),
    ("Kyiv sought guarantees from Washington that aid would keep flowing.", "2023-10-02", "UKR", "USA"),
    ("Finland sought assurances from Ankara on its membership bid.", "2022-05-20", "FIN", "TUR"),
])
def test_seeking_clarification_or_assurances_is_a_request(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "REQUEST", source, target)


def test_going_back_on_a_promise_is_a_rejection(coder):
    evs = coded(coder, "Mali's junta went back on its promise to hold elections in February.", "2022-07-04")
    assert any(ev == "REJECT" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # holding someone "on charges" detains them (173); passing warnings on shares intelligence (064)
    ("China is holding two Canadian citizens on charges of espionage.", "2019-05-16", "CHN", "CAN"),
])
def test_holding_someone_on_charges_is_detention(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "COERCE", source, target, cameo="173")


def test_passing_warnings_is_sharing_intelligence(coder):
    evs = coded(coder, "Washington passed warnings of a planned attack to Moscow.", "2024-03-07")
    assert _has(evs, "COOPERATE", "USA", "RUS", cameo="064"), evs


def test_handing_over_cartel_members_is_judicial_cooperation(coder):
    evs = coded(coder, "Guatemala handed over three cartel leaders to the United States.", "2023-05-10")
    assert _has(evs, "COOPERATE", "GTM", "USA", cameo="063"), evs
    assert not _has(evs, "RETREAT"), evs


@pytest.mark.parametrize("text, date, cameo, event, source, target", [
    # event nouns named by their phrase: a signing "of" an agreement, sharing "of" intelligence, a
    # ban "on" exports, the downing "of" an aircraft, the delivery "of" weapons
    ("The signing of a border treaty between Kyrgyzstan and Tajikistan was celebrated in Bishkek.",
     "2025-03-13", "057", "SUPPORT", "KGZ", "TJK"),
    ("Turkey's sharing of intelligence with Iraq helped locate the camp.", "2021-02-12", "064", "COOPERATE", "TUR", "IRQ"),
    ("The Chinese ban on exports of gallium to the United States took effect.", "2023-12-03", "163", "SANCTION", "CHN", "USA"),
    ("Russia's downing of a Turkish drone over Syria angered Ankara.", "2020-03-01", "190", "ASSAULT", "RUS", "TUR"),
    ("Iran's delivery of missiles to the Houthis was confirmed by UN experts.", "2018-01-12", "072", "AID", "IRN", "YEM"),
])
def test_event_noun_decided_by_its_phrase(coder, text, date, cameo, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_relief_flight_is_aid(coder):
    evs = coded(coder, "A Jordanian relief flight to Gaza landed in El Arish on Sunday.", "2023-10-22")
    assert _has(evs, "AID", "JOR", cameo="073"), evs


def test_joined_modifiers_each_count(coder):
    evs = coded(coder, "Israel's rocket and missile barrage against Hezbollah lasted hours.", "2024-09-23")
    assert _has(evs, "ASSAULT", "ISR", "LBN"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a light verb with no event noun ("took steps/measures against X") is done "by X-ing"
    ("London took steps against Moscow by expelling twenty Russian diplomats.", "2018-03-14", "SANCTION", "GBR", "RUS"),
    ("Washington took steps against Caracas by freezing the assets of its state oil company.", "2019-01-28",
     "SANCTION", "USA", None),
])
def test_light_verb_by_means(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_gerund_subject_fighting_between_sides(coder):
    evs = coded(coder, "Fighting between Ethiopia and Eritrea resumed along the border.", "1999-02-06")
    assert _has(evs, "ASSAULT", "ETH", "ERI"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # pushing or prodding another actor to act is an appeal to it (02x) ...
    ("France pushed Italy to accept the rescue ship.", "2018-06-12", "FRA", "ITA"),
    ("Washington prodded Ankara to lift its veto on Sweden's NATO bid.", "2023-06-14", "USA", "TUR"),
])
def test_pushing_another_to_act_is_an_appeal(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "REQUEST", source, target)


def test_pressing_ahead_with_a_plan_is_no_demand(coder):
    # ... while pressing or pushing "ahead" goes on with one's own plan
    evs = coded(coder, "Tokyo pressed ahead with plans to release treated water into the sea.", "2023-08-22")
    assert not _has(evs, "REQUEST"), evs


def test_moving_a_carrier_group_is_mobilisation(coder):
    evs = coded(coder, "Washington moved a carrier strike group to the Gulf of Oman.", "2019-05-06")
    assert _has(evs, "MOBILIZE", "USA"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # backing away from a demand yields (080), it backs no one; pulling an envoy out breaks
    # relations (161), no troops leave; moving against protesters coerces them (170)
    ("Belgrade backed away from its demand for new elections in Kosovo.", "2023-06-20", "CONCEDE", "080", "SRB", None),
    ("Qatar pulled its ambassador out of Cairo after the coup.", "2013-07-20", "SANCTION", "161", "QAT", "EGY"),
    ("Sudanese soldiers moved against protesters outside the army headquarters.", "2019-06-03", "COERCE", "170", "SDN", "SDN"),
])
def test_sense_of_a_phrasal_verb(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs
    assert not _has(evs, "SUPPORT") and not _has(evs, "RETREAT"), evs


def test_denial_that_clause_is_no_event(coder):
    evs = coded(coder, "Tehran's denial that its drones struck the tanker convinced few in London.", "2021-08-01")
    assert not _has(evs, "ASSAULT"), evs


def test_offer_met_with_an_unattributed_reaction_is_the_offer(coder):
    evs = coded(coder, "Azerbaijan's offer to withdraw its troops from the border was welcomed in Yerevan.", "2022-10-06")
    assert _has(evs, "AGREE", "AZE"), evs


@pytest.mark.parametrize("text, date, source", [
    # a side's withdrawal from or exit from an agreement reduces relations (160), it is no retreat
    ("Moscow's withdrawal from the Open Skies treaty took effect in December.", "2021-12-18", "RUS"),
    ("Tehran's exit from the nuclear accord alarmed European capitals.", "2019-07-08", "IRN"),
])
def test_leaving_an_agreement_is_no_retreat(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, cameo="160"), evs
    assert not _has(evs, "RETREAT"), evs


def test_troop_withdrawal_is_still_a_retreat(coder):
    evs = coded(coder, "The withdrawal of French troops from Niger was completed in December.", "2023-12-22")
    assert _has(evs, "RETREAT", "FRA", cameo="0874"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a state letting an international body in allows international involvement (086)
    ("Tehran allowed the Red Cross to visit jailed foreign nationals.", "2023-02-01", "IRN", "NGO"),
    ("Addis Ababa allowed the World Food Programme to deliver food to Amhara.", "2022-05-01", "ETH", "IGO"),
])
def test_letting_an_international_body_in(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", source, target, cameo_prefix="086"), evs


@pytest.mark.parametrize("text, date, event, source", [
    # echoing an act named by a noun is the echoer's own act; echoing a view or a sound is none
    ("Japan echoed calls for a ceasefire in Sudan.", "2023-04-20", "REQUEST", "JPN"),
    ("Ottawa echoed the criticism of Beijing's treatment of Uyghurs.", "2021-03-22", "ACCUSE", "CAN"),
])
def test_echoing_an_act(coder, text, date, event, source):
    assert _has(coded(coder, text, date), event, source)


def test_echoing_a_sound_is_no_event(coder):
    assert coded(coder, "Explosions echoed across Kyiv before dawn.", "2022-02-24") == []


def test_pausing_a_shipment_of_weapons_cuts_aid(coder):
    # "a shipment of bombs": the shipment is what was paused (162), the bombs are only its load
    evs = coded(coder, "Berlin paused a shipment of howitzers to Kyiv over the budget row.", "2024-01-15")
    assert _has(evs, "SANCTION", "DEU", "UKR", cameo_prefix="162"), evs
    assert not _has(evs, "RETREAT"), evs
