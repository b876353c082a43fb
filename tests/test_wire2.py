"""Shapes found missing on a second fresh set of wire-style sentences (issue #3, helper wire2),
one family per test. Every sentence here is written for this file; none is taken from a gold set
or from the fresh set itself."""
import pytest


from conftest import coded, has_event as _has


def _events(coder, text, date="2004-05-10"):
    return coded(coder, text, date)


@pytest.mark.parametrize("text, source, target", [
    ("The Pentagon warned Belgrade that it faced air strikes if its troops stayed in the province.", "USA", "SRB"),
    ("Uganda warned Sudan that it faced a war if it kept arming the rebels.", "UGA", "SDN"),
    ("Beijing warned Manila that it risked sanctions over the detained fishing boats.", "CHN", "PHL"),
])
def test_wire2_a_warning_that_the_addressee_faced_a_hostile_act_is_a_threat(coder, text, source, target):
    events = _events(coder, text)
    assert _has(events, "THREATEN", source, target), events


@pytest.mark.parametrize("text", [
    "The finance minister warned farmers that they faced a poor harvest after the drought.",
    "Doctors warned the patients that they faced long waits at the clinic.",
])
def test_wire2_a_warning_about_a_hardship_is_no_threat(coder, text):
    events = _events(coder, text)
    assert not _has(events, "THREATEN"), events


@pytest.mark.parametrize("text, event, source", [
    ("Rebels in Liberia refused to lay down their arms, a rebel commander said.", "REJECT", "LBR"),
    ("Rebels in Burundi ambushed an army patrol near Bujumbura on Sunday.", "ASSAULT", "BDI"),
    ("Guerrillas in Guatemala freed two kidnapped engineers on Friday.", "RETREAT", "GTM"),
])
def test_wire2_a_capitalised_plural_agent_opening_the_sentence_is_still_an_actor(coder, text, event, source):
    events = _events(coder, text)
    assert _has(events, event, source), events


@pytest.mark.parametrize("text, event, source, target", [
    # an "of" noun says what kind of act a general verb or noun names
    ("Venezuelan troops took control of the oil fields after the contract was cancelled.", "COERCE", "VEN", None),
    ("Venezuela announced the expulsion of Panama's ambassador on Tuesday.", "SANCTION", "VEN", "PAN"),
    ("Caracas ordered the expulsion of three American diplomats.", "SANCTION", "VEN", "USA"),
    # labour strikes, economic blockades and summoned high commissioners
    ("Nigeria's labour congress launched a general strike on Wednesday over fuel prices.", "PROTEST", "NGA", None),
    ("Azerbaijan imposed an economic blockade on Armenia.", "SANCTION", "AZE", "ARM"),
    ("India summoned the Pakistani high commissioner over the killing of two soldiers.", "ACCUSE", "IND", "PAK"),
    # people seized are abducted; armed men entering a city take it; boats rammed are attacked
    ("Rebels seized 12 aid workers near Bunia on Saturday.", "ASSAULT", "COD", None),
    ("Rebel fighters entered Bangui on Sunday as the president fled.", "ASSAULT", "CAF", None),
    ("Iranian gunboats rammed and boarded a British tanker in the Gulf.", "ASSAULT", "IRN", "GBR"),
    ("Japanese coast guard ships rammed a Chinese fishing trawler near the islands.", "ASSAULT", "JPN", "CHN"),
    # hardware handed over, joint sweeps, suspects sent to a tribunal, a price rise dropped
    ("Japan handed three patrol boats to the Philippine coast guard.", "AID", "JPN", "PHL"),
    ("Nigerien and Malian troops carried out joint sweeps along their border.", "COOPERATE", "NER", None),
    ("Serbia transferred the former general to the UN tribunal in The Hague.", "COOPERATE", "SRB", "IGO"),
    ("Ghana's government suspended a planned rise in fuel prices after protests.", "CONCEDE", "GHA", None),
    ("Protesters set fire to the ruling party's headquarters in Bamako.", "PROTEST", "MLI", None),
    ("Moscow called the vote a setback for peace.", "ACCUSE", "RUS", None),
])
def test_wire2_lexicon_families(coder, text, event, source, target):
    events = _events(coder, text)
    assert _has(events, event, source, target), events


@pytest.mark.parametrize("text, event", [
    ("Police seized weapons and cash from the house.", "ASSAULT"),
    ("Rebels took control of the town of Kidal.", "COERCE"),
    ("The government ordered the expulsion of foreign journalists.", "SANCTION"),
    ("Soldiers set fire to houses in the village.", "PROTEST"),
    ("The minister entered parliament to applause.", "ASSAULT"),
    ("Kenya's central bank cut its benchmark rate by half a point to support growth.", None),
])
def test_wire2_lexicon_families_keep_their_other_senses(coder, text, event):
    events = _events(coder, text)
    if event is None:
        assert events == [], events
    else:
        assert not _has(events, event), events


@pytest.mark.parametrize("text, source, target", [
    ("Rwanda deployed 1,000 police officers to the Central African Republic to join a United Nations mission.", "RWA", "CAF"),
    ("Burundi sent a battalion to Somalia to reinforce an African Union force.", "BDI", "SOM"),
])
def test_wire2_forces_sent_abroad_to_lead_or_join_a_peace_mission_are_peacekeeping(coder, text, source, target):
    events = _events(coder, text)
    assert any(ev == "AID" and code == "074" and source in src and target in tgt
               for ev, code, src, tgt in events), events


def test_wire2_forces_sent_to_their_own_border_to_fight_stay_a_mobilisation(coder):
    events = _events(coder, "Uganda sent 1,500 soldiers to its border with Congo to join the fight against rebels.")
    assert _has(events, "MOBILIZE", "UGA") and not _has(events, "AID"), events


@pytest.mark.parametrize("text", [
    "Burundi pulled its troops out of the disputed zone, the UN peacekeeping mission said.",
    "Nobody was hurt in the blast, the African Union mission said on Sunday.",
])
def test_wire2_a_mission_or_force_that_speaks_is_no_deployment(coder, text):
    events = _events(coder, text)
    assert not any(code == "074" for _, code, _, _ in events), events


@pytest.mark.parametrize("text, country", [
    ("Gunmen kidnapped 40 villagers in Nigeria's Niger state on Sunday.", "NGA"),
    ("Bandits abducted 15 farmers in Nigeria's Niger state overnight.", "NGA"),
])
def test_wire2_a_state_named_like_a_country_belongs_to_its_possessor(coder, text, country):
    events = _events(coder, text)
    assert events and all(country in src and "NER" not in src + tgt for _, _, src, tgt in events), events


@pytest.mark.parametrize("text, target", [
    ("Tajikistan asked Russia for military assistance after clashes on the Afghan border.", "RUS"),
    ("The Somali president asked Kenya for protection after the attack on the hotel.", "KEN"),
    ("Malawi asked the World Bank for a loan to pay for fuel imports.", "IGO"),
])
def test_wire2_whom_a_country_asks_for_help_is_the_target(coder, text, target):
    events = _events(coder, text)
    assert any(ev == "REQUEST" and target in tgt for ev, _, _, tgt in events), events
