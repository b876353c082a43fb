"""Event types of whole families of news sentences (issue #3, helper types3): each test holds
sentences of one shape with other actors and verbs of the same family than the ones the fix
was found on, and checks the type a reader would give the main event."""
import pytest
from conftest import primary_event, main_event

DATE = "2019-06-01"


def _main(coder, text, date=DATE):
    return main_event(coder, text, date)


# ---------------------------------------------------------------- legal charges are accusations
@pytest.mark.parametrize("text, source, target", [
    ("Prosecutors in Argentina indicted former president Cristina Fernandez de Kirchner for corruption.", "ARG", "ARG"),
    ("A Turkish court charged eleven human rights activists with aiding a terrorist group.", "TUR", "TUR"),
    ("Malaysian prosecutors charged former prime minister Najib Razak with money laundering.", "MYS", "MYS"),
    ("Brazilian federal prosecutors are prosecuting the former president for obstruction of justice.", "BRA", "BRA"),
])
def test_indictments_and_charges_are_accusations(coder, text, source, target):
    # PLOVER 2021: legal action against a party is ACCUSE (mode sue), not a detention
    main = _main(coder, text)
    assert main is not None and main[0] == "ACCUSE" and main[1] == "115", main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, source", [
    ("Kenyan police arrested two opposition lawmakers on charges of incitement.", "KEN"),
    ("An Iranian court sentenced a French academic to six years in prison.", "IRN"),
    ("Egyptian authorities jailed a prominent blogger for spreading false news.", "EGY"),
])
def test_arrests_and_sentences_stay_coercion(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "COERCE" and source in main[2], main


# ---------------------------------------------------------------- passive agent inside a gerund
@pytest.mark.parametrize("text, source, target", [
    ("Serbia was accused of arming separatist militias by the Kosovo government.", "XKX", "SRB"),
    ("Venezuela has been accused of rigging the presidential election by Brazil.", "BRA", "VEN"),
    ("North Korea was blamed for hacking Sony Pictures by the FBI.", "USA", "PRK"),
    ("Eritrea has been accused of sending troops into Tigray by Ethiopian officials.", "ETH", "ERI"),
])
def test_passive_agent_hung_inside_the_gerund_is_the_accuser(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "ACCUSE" and source in main[2] and target in main[3], main


def test_passive_gerund_keeps_its_own_agent(coder):
    # "of being attacked by X": X attacked; the accuser stays unnamed, so no accusation is coded
    events = coder.code("Chad was accused of being attacked by Sudanese rebels.", date=DATE)
    assert not any(e.event == "ACCUSE" and any(a.code.startswith("SDN") for a in e.source) for e in events)


# ---------------------------------------------------------------- verbless parse of a force posture
@pytest.mark.parametrize("text, source", [
    ("Syrian troops and tanks massed along the Turkish border.", "SYR"),
    ("North Korean troops and tanks massed along the border with the South.", "PRK"),
    ("Ethiopian troops and militias massed along the Eritrean frontier.", "ETH"),
    ("Indian troops and armoured vehicles deployed along the Chinese border in Ladakh.", "IND"),
])
def test_force_massed_in_a_verbless_parse_is_mobilisation(coder, text, source):
    # the parser reads "X and Y massed along ..." as a noun phrase with a participle; the
    # participle is the sentence's only predicate and the force massing is its actor
    main = _main(coder, text)
    assert main is not None and main[0] == "MOBILIZE" and source in main[2], main


# ---------------------------------------------------------------- police and troops showing force
@pytest.mark.parametrize("text, source", [
    ("Georgian riot police flooded the square in front of parliament before the vote.", "GEO"),
    ("Kazakh troops poured into the centre of Almaty after the unrest.", "KAZ"),
    ("Sri Lankan soldiers took up positions outside the presidential secretariat.", "LKA"),
    ("Chinese warships massed off the coast of Taiwan after the visit.", "CHN"),
])
def test_forces_flooding_pouring_in_or_taking_positions_mobilise(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "MOBILIZE" and source in main[2], main


@pytest.mark.parametrize("text", [
    "Tourists flooded the old town of Dubrovnik in August.",
    "The governing party took up a position against the pension bill.",
    "Rain poured into the flooded villages of Bihar.",
])
def test_the_same_verbs_without_forces_are_no_mobilisation(coder, text):
    assert not any(e.event == "MOBILIZE" for e in coder.code(text, date=DATE))


# ---------------------------------------------------------------- "pushed for X to do Y"
@pytest.mark.parametrize("text, source, target", [
    ("Canada pushed for Haiti to hold elections before the end of the year.", "CAN", "HTI"),
    ("The Arab League called for Syria to withdraw its tanks from the cities.", "IGO", "SYR"),
    ("Norway pressed for the Sri Lankan government to reopen talks with the rebels.", "NOR", "LKA"),
    ("Pakistan appealed for India to release the captured fishermen.", "PAK", "IND"),
])
def test_for_to_clause_after_a_request_verb_is_what_is_asked(coder, text, source, target):
    # the requested act is not reported as done: the request is the event, its addressee the
    # subject of the "for ... to" clause
    events = coder.code(text, date=DATE)
    main = primary_event(events)
    assert main is not None and main.event == "REQUEST", [(e.event, e.trigger) for e in events]
    assert any(a.code.startswith(source) for a in main.source) and any(a.code.startswith(target) for a in main.target)
    assert not any(e.event in ("RETREAT", "CONCEDE", "CONSULT") for e in events)


# ---------------------------------------------------------------- what a request noun asks for
@pytest.mark.parametrize("text, asked", [
    ("Ankara's demand that Stockholm extradite the Kurdish activists went unanswered.", "extradite"),
    ("Berlin's request that Warsaw return the stolen paintings went unanswered for years.", "return"),
    ("Venezuela's opposition repeated its demand that the army release the detained ministers.", "release"),
    ("Mali's ultimatum for French troops to leave the country expired on Monday.", "leave"),
])
def test_the_clause_of_a_request_noun_is_not_a_reported_act(coder, text, asked):
    events = coder.code(text, date=DATE)
    assert not any(asked in e.trigger for e in events), [(e.event, e.trigger) for e in events]
    main = primary_event(events)  # the request itself (an ultimatum is a threat in CAMEO, 139)
    assert main is not None and main.event in ("REQUEST", "THREATEN"), [(e.event, e.trigger) for e in events]


def test_a_relative_clause_on_a_request_noun_keeps_its_event(coder):
    # "the demand that X made" is a relative clause: the making of it is still reported
    events = coder.code("Kenya ignored the demands that the opposition made, and police arrested its leader.", date=DATE)
    assert any(e.event == "COERCE" for e in events)


# ---------------------------------------------------------------- the verb's phrase hung on its object
@pytest.mark.parametrize("text, source, target", [
    ("Britain expressed regret to Kenya for the abuses committed during the Mau Mau uprising.", "GBR", "KEN"),
    ("France expressed its regrets to Algeria for the massacre of protesters in Paris in 1961.", "FRA", "DZA"),
    ("Italy expressed deep regret to Ethiopia for the use of poison gas in the 1930s.", "ITA", "ETH"),
])
def test_regret_expressed_to_a_country_is_an_apology(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[:2] == ("SUPPORT", "055") and source in main[2] and target in main[3], main


def test_regret_about_a_loss_to_no_one_stays_a_comment(coder):
    # "expressed regret over the result" is a pessimistic comment, which has no PLOVER type
    assert coder.code("Germany expressed regret over the result of the referendum.", date=DATE) == []


# ---------------------------------------------------------------- readying an attack is a show of force
@pytest.mark.parametrize("text, source", [
    ("Sudanese paramilitary forces prepared to storm the besieged city of El Fasher.", "SDN"),
    ("Chinese marines were preparing to occupy the disputed reef, Philippine officials said.", "CHN"),
    ("Ukrainian troops are preparing to attack Russian positions near Zaporizhzhia.", "UKR"),
    ("Nigerian soldiers prepared to bomb the rebel camps in the Niger Delta.", "NGA"),
])
def test_forces_preparing_an_attack_mobilise(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "MOBILIZE" and source in main[2], main


@pytest.mark.parametrize("text, event", [
    ("Ghana is prepared to send peacekeepers to Mali, its foreign minister said.", "AGREE"),
    ("Iran said it was preparing to strike American bases in the Gulf.", "THREATEN"),
])
def test_stated_readiness_stays_intent_or_threat(coder, text, event):
    main = _main(coder, text)
    assert main is not None and main[0] == event, main


# ---------------------------------------------------------------- letting a foreign force use one's bases
@pytest.mark.parametrize("text, source, target", [
    ("Pakistan allowed American drones to use the Shamsi airfield in Balochistan.", "PAK", "USA"),
    ("Qatar let British jets use the Al Udeid base for missions over Syria.", "QAT", "GBR"),
    ("Greece permitted French warships to use the port of Souda Bay.", "GRC", "FRA"),
])
def test_letting_foreign_forces_use_bases_is_military_cooperation(coder, text, source, target):
    events = coder.code(text, date=DATE)
    main = primary_event(events)
    assert main is not None and (main.event, main.cameo) == ("COOPERATE", "062"), [(e.event, e.trigger) for e in events]
    assert any(a.code.startswith(source) for a in main.source) and any(a.code.startswith(target) for a in main.target)
    assert not any(e.event == "ASSAULT" for e in events)  # the allowed use is no attack


def test_a_law_that_lets_forces_use_bases_is_no_act(coder):
    assert coder.code("The law allows foreign troops to use Ukrainian bases.", date=DATE) == []


# ---------------------------------------------------------------- giving up settlements and bases
@pytest.mark.parametrize("text, event", [
    ("Israeli soldiers evacuated the settlement of Homesh in the northern West Bank.", "RETREAT"),
    ("The army dismantled the Gaza settlements one by one during the disengagement.", "RETREAT"),
    ("Turkish troops evacuated their observation post near Morek in northwestern Syria.", "RETREAT"),
    ("Israel will evacuate the Jordan Valley outposts by the end of the year.", "AGREE"),
])
def test_evacuating_settlements_and_posts_is_a_withdrawal(coder, text, event):
    main = _main(coder, text)
    assert main is not None and main[0] == event, main


# ---------------------------------------------------------------- crowds gathering for a rally
@pytest.mark.parametrize("text, source", [
    ("Thousands of Armenians gathered for a rally in Yerevan against the border deal.", "ARM"),
    ("Tens of thousands of Israelis converged for a protest outside the Knesset.", "ISR"),
    ("Hundreds of Kenyans assembled for a march through Nairobi.", "KEN"),
    ("Thousands of Slovaks massed for a vigil in central Bratislava.", "SVK"),
])
def test_a_crowd_gathering_for_a_rally_demonstrates(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "PROTEST" and source in main[2], main


# ---------------------------------------------------------------- "took steps to", "made moves to"
@pytest.mark.parametrize("text, event, source", [
    ("Egypt took measures to relax the curfew in the Sinai peninsula.", "CONCEDE", "EGY"),
    ("The Sri Lankan government made moves to lift the state of emergency.", "CONCEDE", "LKA"),
    ("Cuba took steps to free dozens of political prisoners.", "RETREAT", "CUB"),
])
def test_the_infinitive_after_steps_taken_is_the_takers_act(coder, text, event, source):
    main = _main(coder, text)
    assert main is not None and main[0] == event and source in main[2], main


def test_a_plan_rejected_is_not_carried_out(coder):
    events = coder.code("Nigeria rejected a plan to release the detained militants.", date=DATE)
    assert not any(e.event == "RETREAT" for e in events)


# ---------------------------------------------------------------- vowing not to give something up
@pytest.mark.parametrize("text, source", [
    ("Azerbaijan's president vowed never to give up Nagorno-Karabakh.", "AZE"),
    ("The Greek government promised not to surrender the disputed islets.", "GRC"),
    ("Argentina pledged never to relinquish its claim to the Falklands.", "ARG"),
])
def test_a_promise_not_to_yield_is_a_refusal(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "REJECT" and source in main[2], main


def test_a_promise_not_to_do_an_uncoded_act_is_no_refusal(coder):
    events = coder.code("Iran pledged not to build nuclear weapons.", date=DATE)
    assert not any(e.event == "REJECT" for e in events)
