"""Noun events (issue #3): what a noun's "of" object, its modifiers and its verb say about the
event. Every sentence here is written for this file; none is taken from a gold set."""
import pytest


def _events(coder, text, date="2003-04-10"):
    return [(e.event, e.cameo, {a.code[:3] for a in e.source}, {a.code[:3] for a in e.target})
            for e in coder.code(text, date=date)]


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Russia announced the expulsion of two British diplomats on Monday.", "161", "RUS", "GBR"),
    ("Germany ordered the expulsion of four Russian diplomats over the poisoning.", "161", "DEU", "RUS"),
    ("The expulsion of three American envoys by Venezuela angered Washington.", "161", "VEN", "USA"),
    ("Japan announced the withdrawal of its ambassador from Beijing.", "161", "JPN", "CHN"),
    ("The seizure of hostages by militants in Mali drew condemnation from France.", "181", "MLI", None),
])
def test_the_of_object_decides_the_code(coder, text, cameo, source, target):
    events = _events(coder, text)
    assert any(c == cameo and source in src and (target is None or target in tgt)
               for _, c, src, tgt in events), events


@pytest.mark.parametrize("text, cameo", [
    ("Hungary ordered the expulsion of hundreds of Afghan migrants.", "174"),
    ("NATO began the withdrawal of its troops from Afghanistan.", "0874"),
    ("Albanian police announced the seizure of smuggled weapons at the port of Durres.", "171"),
])
def test_other_of_objects_keep_the_nouns_own_code(coder, text, cameo):
    events = _events(coder, text)
    assert any(c == cameo for _, c, _, _ in events), events


def test_the_release_of_a_report_is_no_release_of_people(coder):
    events = _events(coder, "Egypt's interior ministry announced the release of a report on prison conditions.")
    assert not any(c == "0841" for _, c, _, _ in events), events


def test_a_pattern_of_only_of_words_is_a_clear_error(tmp_path):
    from tacitus.events.lexicon import load_lexicon
    from tacitus.events.ontology import load_ontology
    bad = tmp_path / "nouns.tsv"
    bad.write_text("pattern\tcameo\ttarget\nof:diplomat\t161\tof\n")
    with pytest.raises(Exception) as err:
        load_lexicon(load_ontology(), nouns_path=bad)
    assert "of:" in str(err.value) and "Traceback" not in str(err.value)


@pytest.mark.parametrize("text, source, target", [
    ("Russian strikes on Kharkiv damaged a power plant.", "RUS", "UKR"),
    ("Turkish strikes on Kurdish villages near Dohuk angered Baghdad.", "TUR", None),
])
def test_strikes_on_a_place_are_armed_strikes(coder, text, source, target):
    events = _events(coder, text)
    assert any(ev == "ASSAULT" and source in src and (target is None or target in tgt)
               for ev, _, src, tgt in events), events
    assert not any(c == "143" for _, c, _, _ in events), events


def test_strikes_that_kill_are_no_labour_strike(coder):
    events = _events(coder, "The strikes killed dozens of fighters in northern Syria, the Israeli army said.")
    assert not any(c == "143" for _, c, _, _ in events), events


@pytest.mark.parametrize("text, source", [
    ("The strike by Nigerian oil workers entered its third day.", "NGA"),
    ("Teachers in Kenya went on strike on Monday over unpaid salaries.", "KEN"),
    ("The strike hit flights across Italy on Friday.", "ITA"),
])
def test_labour_strikes_stay_protests(coder, text, source):
    events = _events(coder, text)
    assert any(c == "143" and source in src for _, c, src, _ in events), events


@pytest.mark.parametrize("text", [
    "Serb forces began pulling out of Kosovo under the agreement.",
    "Ethiopian troops pulled out of the border town of Badme under the peace accord.",
])
def test_a_treaty_named_only_as_circumstance_is_not_what_was_left(coder, text):
    events = _events(coder, text)
    assert any(ev == "RETREAT" for ev, _, _, _ in events), events
    assert not any(c == "160" for _, c, _, _ in events), events


def test_leaving_a_treaty_named_as_the_object_is_still_coded(coder):
    events = _events(coder, "Iran pulled out of the nuclear deal on Tuesday.")
    assert any(c == "160" and "IRN" in src for _, c, src, _ in events), events


@pytest.mark.parametrize("text", [
    "The Taliban claimed responsibility for the bombing of a checkpoint in Helmand.",
    "The Taliban claimed the attack on the police academy.",
    "The attack on the police academy was claimed by the Taliban.",
    "Responsibility for the ambush was claimed by the Taliban.",
])
def test_whoever_claims_an_attack_is_its_source(coder, text):
    events = _events(coder, text)
    assert any(ev == "ASSAULT" and "AFG" in src for ev, _, src, _ in events), events


def test_a_claimed_bombing_that_kills_is_coded_once(coder):
    events = _events(coder, "A car bombing outside a Baghdad hotel, later claimed by al-Qaeda in Iraq, killed 15 people.")
    assert sum(ev == "ASSAULT" for ev, _, _, _ in events) == 1, events


def test_an_organisation_guarding_a_named_place_is_not_the_target(coder):
    events = _events(coder, "Israeli jets bombed the UN-run camp of Jabalia.")
    assert any(ev == "ASSAULT" and "PSE" in tgt for ev, _, _, tgt in events), events
    events = _events(coder, "Serbian forces shelled the UN safe area of Srebrenica.")
    assert events and not any("IGO" in tgt for _, _, _, tgt in events), events


def test_an_organisation_that_owns_the_building_is_still_the_target(coder):
    events = _events(coder, "Israel bombed a UN school in Gaza.")
    assert any(ev == "ASSAULT" and "IGO" in tgt for ev, _, _, tgt in events), events


@pytest.mark.parametrize("text, mediator, party", [
    ("Ethiopia and Eritrea accepted a peace plan brokered by Algeria.", "DZA", "ETH"),
    ("Under an accord brokered by Norway, Sri Lanka freed 50 rebel prisoners.", "NOR", "LKA"),
])
def test_a_mediator_named_by_a_participle_mediates_for_the_parties(coder, text, mediator, party):
    events = _events(coder, text)
    assert any(c == "045" and mediator in src and party in tgt for _, c, src, tgt in events), events


def test_the_mediator_is_not_the_target_of_what_the_parties_do(coder):
    events = _events(coder, "Georgia and Abkhazia signed a truce brokered by Russia on Friday.")
    assert not any(c != "045" and "RUS" in tgt for _, c, _, tgt in events), events


@pytest.mark.parametrize("text, mediator, party", [
    ("Sudan's army and the RSF began Saudi-brokered negotiations in Jeddah.", "SAU", "SDN"),
    ("Armenia and Azerbaijan held EU-mediated talks in Brussels on Sunday.", "IGO", "ARM"),
])
def test_a_hyphenated_mediator_mediates_the_talks(coder, text, mediator, party):
    events = _events(coder, text)
    assert any(c == "045" and mediator in src and party in tgt for _, c, src, tgt in events), events


def test_an_offer_of_aid_is_an_intent_to_give_aid(coder):
    events = _events(coder, "Japan made an offer of aid to the Philippines after the typhoon.")
    assert any(c == "033" and "JPN" in src and "PHL" in tgt for _, c, src, tgt in events), events


def test_rejecting_an_offer_of_talks_stays_a_rejection(coder):
    events = _events(coder, "Pyongyang rejected an offer of talks from Seoul on Monday.")
    assert any(ev == "REJECT" for ev, _, _, _ in events), events
    assert not any(c == "036" for _, c, _, _ in events), events


@pytest.mark.parametrize("text, cameo, source, target", [
    ("The seizure of a British tanker by Iran raised tensions in the Gulf.", "171", "IRN", "GBR"),
    # (was "... lasted three years": an act told only by how many years it lasted is history in
    # passing, no event, since session 12's noevent5 lane; the by-phrase is what this tests)
    ("The blockade of the Qatari port by Saudi Arabia entered its third year.", "191", "SAU", "QAT"),
])
def test_a_by_phrase_hung_on_the_of_object_names_the_doer(coder, text, cameo, source, target):
    events = _events(coder, text)
    assert any(c == cameo and source in src and target in tgt for _, c, src, tgt in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Turkish strikes on Afrin killed nine people on Sunday.", "TUR", "SYR"),
    ("Israeli strikes killed 14 people in Rafah overnight.", "ISR", "PSE"),
])
def test_strikes_that_kill_are_one_act_by_the_striking_side(coder, text, source, target):
    events = _events(coder, text)
    assaults = [(src, tgt) for ev, _, src, tgt in events if ev == "ASSAULT"]
    assert len(assaults) == 1 and source in assaults[0][0] and target in assaults[0][1], events


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Uzbekistan announced the closure of its border with Tajikistan.", "191", "UZB", "TJK"),
    ("Georgia's reopening of its border with Russia eased trade.", "0872", "GEO", "RUS"),
])
def test_a_border_closure_is_aimed_at_the_neighbour_not_the_owner(coder, text, cameo, source, target):
    events = _events(coder, text)
    assert any(c == cameo and source in src and target in tgt for _, c, src, tgt in events), events


@pytest.mark.parametrize("text, cameo, source, target", [
    ("The expulsion of the Iranian ambassador from Albania followed the cyberattack.", "161", "ALB", "IRN"),
    ("The deportation of 200 Guatemalans from Mexico resumed on Friday.", "174", "MEX", "GTM"),
])
def test_the_country_people_are_sent_from_is_the_doer(coder, text, cameo, source, target):
    events = _events(coder, text)
    assert any(c == cameo and source in src and target in tgt for _, c, src, tgt in events), events


def test_a_place_that_is_no_country_does_not_expel(coder):
    events = _events(coder, "The expulsion of migrants from the camp near the border continued.")
    assert not any(c == "174" for _, c, _, _ in events), events


def test_recalling_ones_own_envoy_is_the_envoys_country_acting(coder):
    events = _events(coder, "The recall of the Greek ambassador from Ankara angered Turkey.")
    assert any(c == "161" and "GRC" in src and "TUR" in tgt for _, c, src, tgt in events), events


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Uzbekistan ordered the closure of its border with Kyrgyzstan.", "191", "UZB", "KGZ"),
    ("Venezuela ordered the seizure of three Colombian fishing boats.", "171", "VEN", "COL"),
])
def test_ordering_a_deed_is_doing_it(coder, text, cameo, source, target):
    events = _events(coder, text)
    assert any(c == cameo and source in src and target in tgt for _, c, src, tgt in events), events
    assert not any(c == "100" for _, c, _, _ in events), events


def test_ordering_someone_is_still_a_demand(coder):
    events = _events(coder, "Russia ordered Ukraine to withdraw its troops from the border.")
    assert any(ev == "REQUEST" and "RUS" in src and "UKR" in tgt for ev, _, src, tgt in events), events
