"""Confusable event types on unseen sentences (issue #3, helper types6): each test holds new
sentences of one shape (other actors and words than the fresh sentences the cause was found on)
and checks the type a reader gives the main event, with sentences on the other side of the line."""
import pytest
from conftest import main_event as _main


# ------------------------------------------- a demand with a punishment named for refusing is an ultimatum
@pytest.mark.parametrize("text, source, target, date", [
    ("Washington gave Belgrade a final chance to pull its forces out of Kosovo or face air strikes.", "USA", "SRB", "1998-10-12"),
    ("Moscow gave Kyiv one last chance to accept its terms or face further strikes.", "RUS", "UKR", "2022-11-20"),
    ("The United States told Haiti's military rulers to leave power or be removed by force.", "USA", "HTI", "1994-09-10"),
    ("Kenya told the Somali militia to withdraw from the border town or face a military offensive.", "KEN", "SOM", "2011-10-20"),
    ("Ecowas ordered the Gambian leader to hand over power or face military intervention.", "IGO", "GMB", "2017-01-18"),
])
def test_demand_or_face_punishment_is_an_ultimatum(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "THREATEN" and main[1] == "139", main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, date, event", [
    # a price that is no punishment: the appeal stays an appeal
    ("The European Union urged Georgia to repeal the law or risk its membership prospects.", "2024-06-01", "REQUEST"),
    ("Washington urged Cairo to release the detained activists.", "2013-07-10", "REQUEST"),
    # no alternative named: telling an envoy to leave is an expulsion
    ("The junta told the French ambassador to leave within two days.", "2023-08-25", "SANCTION"),
])
def test_demand_without_punishment_is_no_ultimatum(coder, text, date, event):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main


# ------------------------------------------- relief teams arriving with relief goods give aid, they do not visit
@pytest.mark.parametrize("text, source, target, date", [
    ("Turkish rescue teams arrived in Morocco with sniffer dogs and heavy lifting equipment.", "TUR", "MAR", "2023-09-10"),
    ("Cuban doctors landed in Lombardy with medicines and protective masks.", "CUB", "ITA", "2020-03-22"),
    ("Japanese relief workers arrived in Nepal with tents and water purifiers.", "JPN", "NPL", "2015-04-28"),
])
def test_relief_teams_arriving_with_goods_give_aid(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "AID" and main[1] == "073", main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, date", [
    ("A Chinese medical delegation arrived in Belgrade with a message from President Xi.", "2020-03-21"),
    ("The Turkish foreign minister arrived in Rabat with a large delegation of businessmen.", "2023-09-14"),
])
def test_arriving_with_no_relief_is_a_visit(coder, text, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "CONSULT", main


# ------------------------------------------- to caution someone is to warn them
@pytest.mark.parametrize("text, source, target, date", [
    ("The Chinese foreign ministry cautioned Washington that arms sales to Taiwan would damage relations.", "CHN", "USA", "2019-07-09"),
    ("Seoul cautioned Pyongyang against any further provocation along the sea border.", "KOR", "PRK", "2010-11-25"),
])
def test_cautioning_an_actor_is_a_warning(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "THREATEN", main
    assert source in main[2] and target in main[3], main


def test_cautioning_about_the_economy_is_no_threat(coder):
    events = coder.code("Economists cautioned that inflation could rise further next year.", date="2022-05-02")
    assert events == [], [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- 'would not hesitate to' do a hostile act threatens it
@pytest.mark.parametrize("text, event, source, target, date", [
    ("Israel will not hesitate to strike Iran's nuclear sites, the defence minister said.", "THREATEN", "ISR", "IRN", "2012-08-15"),
    ("Beijing said it would not hesitate to take military action against Taiwan.", "THREATEN", "CHN", "TWN", "2022-08-02"),
    ("The Kremlin said it would not hesitate to use nuclear weapons to defend Russian territory.", "THREATEN", "RUS", "", "2022-09-21"),
    # the same words about help are a stated readiness (03x), in the past the deed itself
    ("The minister said Kenya would not hesitate to send aid to Somalia.", "AGREE", "KEN", "SOM", "2011-07-20"),
    ("Israel did not hesitate to bomb the reactor in the Syrian desert.", "ASSAULT", "ISR", "", "2007-09-06"),
])
def test_not_hesitating_to_act(coder, text, event, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main
    assert source in main[2] and (not target or target in main[3]), main


def test_a_habit_of_not_hesitating_is_no_event(coder):
    events = coder.code("Israel has never hesitated to strike its enemies.", date="2019-01-01")
    assert events == [], [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- commitment to another's sovereignty or security is support
@pytest.mark.parametrize("text, source, target, date", [
    ("The G7 reaffirmed its commitment to the territorial integrity of Ukraine.", "IGO", "UKR", "2015-06-08"),
    ("Japan reiterated its commitment to the security of the Philippines.", "JPN", "PHL", "2023-11-04"),
    ("Paris expressed its commitment to Lebanon's sovereignty and stability.", "FRA", "LBN", "2020-08-06"),
])
def test_commitment_to_anothers_statehood_is_support(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "SUPPORT", main
    assert source in main[2] and target in main[3], main


def test_commitment_to_a_deal_stays_intent(coder):
    main = _main(coder, "Iran reaffirmed its commitment to the nuclear deal.", "2018-05-09")
    assert main is not None and main[0] == "AGREE", main


# ------------------------------------------- lowering an alert undoes raising it: de-escalation
@pytest.mark.parametrize("text, event, source, date", [
    ("Serbia lowered the combat readiness of its troops on the Kosovo border.", "RETREAT", "SRB", "2023-06-01"),
    ("Seoul said it would downgrade the alert level of its frontline units.", "AGREE", "KOR", "2018-04-30"),
    ("India and China agreed to lower the alert status of their troops along the frontier.", "AGREE", "IND", "2020-09-11"),
])
def test_lowering_an_alert_is_de_escalation(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and main[1][:3] in ("087", "035"), main
    assert source in main[2], main


# ------------------------------------------- turning an accusation away is a denial (no event), no rejection
@pytest.mark.parametrize("text, date", [
    ("Beijing rebuffed accusations that it had hacked European parliaments.", "2024-03-26"),
    ("Riyadh dismissed suggestions that it had ordered the killing.", "2018-10-15"),
    ("Minsk shrugged off allegations of vote rigging.", "2020-08-11"),
])
def test_turning_away_an_accusation_is_no_rejection(coder, text, date):
    events = coder.code(text, date=date)
    assert all(e.event != "REJECT" for e in events), [(e.cameo, e.trigger) for e in events]


def test_rebuffing_a_proposal_is_a_rejection(coder):
    main = _main(coder, "Beijing rebuffed a proposal for talks on arms control.", "2019-05-07")
    assert main is not None and main[0] == "REJECT", main


# ------------------------------------------- the infinitive of a noun of intent is intended, not done
@pytest.mark.parametrize("text, source, target, date, cameo", [
    ("Canada announced its decision to send military trainers and ammunition to Ukraine.", "CAN", "UKR", "2022-02-14", "03"),
    ("Iran's promise to release the detained British sailors eased tensions with London.", "IRN", "", "2007-04-04", "0353"),
    ("Turkey announced its offer to host talks between Russia and Ukraine.", "TUR", "", "2022-03-01", "03"),
])
def test_noun_of_intent_with_infinitive_is_intent(coder, text, source, target, date, cameo):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "AGREE" and main[1].startswith(cameo), main
    assert source in main[2] and (not target or target in main[3]), main


@pytest.mark.parametrize("text, date, event", [
    # the proposal is part of the act done to it, or the reason for it
    ("New Delhi rejected an offer by Washington to mediate over Kashmir.", "2019-07-23", "REJECT"),
    ("Nigerians protested against the government's decision to raise fuel prices.", "2012-01-02", "PROTEST"),
])
def test_intent_noun_under_an_event_verb_is_no_event_of_its_own(coder, text, date, event):
    events = coder.code(text, date=date)
    assert events and events[0].event == event and all(e.event != "AGREE" for e in events), \
        [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- weapons (no men) sent to a named country are military aid
@pytest.mark.parametrize("text, event, cameo, source, target, date", [
    ("Britain sent Challenger 2 tanks to Ukraine.", "AID", "072", "GBR", "UKR", "2023-03-28"),
    ("Iran shipped drones and artillery shells to Russia.", "AID", "072", "IRN", "RUS", "2022-10-20"),
    ("Germany will send Leopard tanks to Ukraine.", "AGREE", "0332", "DEU", "UKR", "2023-01-25"),
])
def test_weapons_sent_to_a_country_are_military_aid(coder, text, event, cameo, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and main[1] == cameo, main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, date", [
    ("Russia deployed fighter jets and air defence systems to Belarus.", "2022-01-20"),
    ("Russia sent tanks and troops to Belarus ahead of the exercises.", "2022-01-20"),
    ("Russia sent tanks to the Ukrainian border.", "2021-04-10"),
])
def test_own_forces_moved_stay_a_build_up(coder, text, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "MOBILIZE", main


# ------------------------------------------- "X's junta cut internet access" misread as one noun phrase
@pytest.mark.parametrize("text, source, date", [
    ("Egypt's government cut internet access in Cairo.", "EGY", "2011-01-28"),
    ("Iran's government blocked internet access in Tehran.", "IRN", "2019-11-16"),
])
def test_past_tense_verb_misread_as_compound_is_the_event(coder, text, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "COERCE" and main[1] == "1721", main
    assert source in main[2], main
