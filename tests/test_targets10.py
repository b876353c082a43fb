"""Families of target misses fixed by helper "targets10" (issue #3). One parametrised test per
cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has, primary_event


@pytest.mark.parametrize("text, date, event, source, target", [
    # a passive's doer named below its agent word: the subject is what was done to
    ("Myanmar's leader Aung San Suu Kyi was detained by members of the armed forces in Naypyitaw.",
     "2021-02-01", "COERCE", "MMRMIL", "MMRGOV"),
    ("Israel was hit by a wave of Iranian ballistic missiles overnight.", "2024-04-14", "ASSAULT", "IRN", "ISR"),
    ("Twelve Somali soldiers were killed by a group of al-Shabaab fighters.", "2019-03-02", "ASSAULT", "SOMINS", "SOMMIL"),
])
def test_passive_doer_below_the_agent_word(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # the parser hangs the passive's "by" on the object of the verb's own preposition or object
    ("Venezuela was hit with fresh sanctions by Canada.", "2018-08-27", "SANCTION", "CAN", "VEN"),
    ("Zimbabwe's President Robert Mugabe was placed under house arrest by the army.", "2017-11-15",
     "COERCE", "ZWEMIL", "ZWEGOV"),
    ("Moscow was hit with new U.S. sanctions over Crimea.", "2014-03-17", "SANCTION", "USA", "RUS"),
    ("Pakistan was granted a loan by the IMF.", "2019-07-03", "AID", "IGOIMF", "PAK"),
])
def test_passive_agent_hung_on_the_object(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    # "was hit by" a weapon is that attack on the subject
    ("Two Saudi airports were hit by Houthi drones.", "2019-09-14", "1952", "YEMREB", "SAU"),
    ("Kyiv was hit by Russian rockets for a second night.", "2022-10-11", "190", "RUS", "UKR"),
])
def test_hit_by_a_weapon_is_an_attack_on_the_subject(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo=cameo), evs


def test_hit_by_a_natural_disaster_is_no_event(coder):
    assert not coded(coder, "The coastal town was hit by a powerful earthquake.", "2016-04-17")


@pytest.mark.parametrize("text, date, source, target", [
    # victims of an attack claimed by or carried out by a group: the group is the doer
    ("Twelve Cameroonian soldiers were killed in an ambush claimed by Boko Haram.", "2016-02-07", "NGAINS", "CMRMIL"),
    ("Seven Egyptian policemen were killed in an attack carried out by Islamic State militants.", "2017-01-09",
     "IMGINS", "EGYCOP"),
])
def test_victims_of_a_claimed_attack(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_arrest_at_an_organised_rally_takes_no_organiser_as_doer(coder):
    evs = coded(coder, "A journalist was arrested at a rally organised by the opposition.", "2019-11-01")
    assert not any(src for _, _, src, _ in evs if any(c.endswith("OPP") for c in src)), evs


@pytest.mark.parametrize("text, date, source, target", [
    # what "came under" attack or fire is what the attack hit
    ("Ukrainian troops came under rocket fire from pro-Russian separatists near Luhansk.", "2014-08-20",
     "UKR", "UKRMIL"),
    ("Israeli positions came under attack by Hezbollah fighters.", "2006-07-15", "LBNINS", "ISR"),
    ("Turkish troops came under artillery fire from Syrian government forces.", "2020-02-03", "SYR", "TURMIL"),
])
def test_came_under_attack(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_came_under_pressure_is_no_attack(coder):
    assert not coded(coder, "The minister came under pressure from lawmakers.", "2015-05-10")


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # captives handed over are returned; patrol craft provided are military aid
    ("Russia handed over 40 Ukrainian soldiers on Saturday.", "2020-06-01", "RETREAT", "0841", "RUS", "UKR"),
    ("The Taliban handed over two Pakistani soldiers to Islamabad.", "2022-01-05", "RETREAT", "0841", "AFG", "PAK"),
    ("South Korea provided patrol vessels to the Philippines.", "2023-02-03", "AID", "072", "KOR", "PHL"),
    ("Germany approved arms exports to Egypt worth 500 million euros.", "2021-01-12", "AID", "072", "DEU", "EGY"),
])
def test_handed_captives_and_supplied_craft(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a speaker saying a side's act broke a rule accuses that side
    ("Beijing said Manila's survey ship violated Chinese sovereignty.", "2024-03-01", "CHN", "PHL"),
    ("Seoul said the North's satellite launch violated UN resolutions.", "2023-05-31", "KOR", "PRK"),
])
def test_said_an_owned_act_violated_a_rule(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_said_an_unowned_act_violated_a_rule_accuses_nobody(coder):
    evs = coded(coder, "Officials said the plan violated the constitution.", "2024-03-01")
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


def test_reaction_outranks_the_decision_it_answers(coder):
    events = coder.code("Turkey's decision to expel Israel's ambassador drew sharp criticism from Washington.",
                        date="2011-09-02")
    p = primary_event(events)
    assert p is not None and p.event == "ACCUSE" and p.source[0].primary == "USA" \
        and p.target[0].primary == "TUR", events


@pytest.mark.parametrize("text, date, source, target", [
    # "was to blame for" blames, whatever the ill
    ("Moscow said Kyiv was to blame for the collapse of the grain deal.", "2023-07-18", "RUS", "UKR"),
    ("Tehran said Washington was to blame for the unrest.", "2022-10-03", "IRN", "USA"),
])
def test_said_to_blame(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs
    assert not any(ev == "ACCUSE" and src[:1] and src[0].startswith(target) for ev, _, src, _ in evs), evs


def test_not_to_blame_is_no_accusation(coder):
    evs = coded(coder, "Tehran said Washington was not to blame for the unrest.", "2022-10-03")
    assert not _has(evs, "ACCUSE", "IRN", "USA"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a person pronoun after the second of two conjoined verbs is the first verb's object
    ("Iran detained a French aid worker and later released him.", "2022-05-11", "RETREAT", "IRN", "FRA"),
    ("Qatar welcomed Chad's army chief and pledged support for him.", "2022-08-08", "AGREE", "QAT", "TCD"),
])
def test_pronoun_object_of_a_conjoined_verb(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a bloc named as a modifier of a possessed noun: the possessor is acted on
    ("Hungary dropped its objections to Finland's NATO bid.", "2023-03-27", "CONCEDE", "HUN", "FIN"),
    ("Bulgaria blocked North Macedonia's EU accession talks.", "2020-11-17", "REJECT", "BGR", "MKD"),
])
def test_possessor_over_bloc_modifier(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_bloc_as_possessor_stays_the_target(coder):
    evs = coded(coder, "Russia condemned NATO's expansion.", "2008-04-02")
    assert _has(evs, "ACCUSE", "RUS", "IGONAT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a known city as the subject of a passive attack verb is hit in its country
    ("Odesa was struck by Russian drones overnight.", "2023-07-20", "RUS", "UKR"),
    ("Kharkiv was hit by a wave of Russian missiles.", "2022-12-16", "RUS", "UKR"),
])
def test_passive_attack_on_a_named_city(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_storm_hitting_a_city_is_no_attack(coder):
    assert not coded(coder, "A powerful storm hit Manila on Sunday.", "2020-11-01")


@pytest.mark.parametrize("text, date, source, target", [
    # killed "by Pakistani fire": the fire's nationality is the shooter's side
    ("Two Indian villagers were killed by Pakistani fire in Poonch.", "2018-05-20", "PAK", "IND"),
    ("A Palestinian teenager was wounded by Israeli gunfire near the fence.", "2018-05-14", "ISR", "PSE"),
])
def test_killed_by_national_fire(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, target", [
    # freed from a side's sanctions: that side eases them on the subject
    ("Sudan was released from U.S. sanctions in 2017.", "2017-10-06", "SDN"),
    ("Pakistan was freed from U.S. sanctions after the attacks.", "2001-09-22", "PAK"),
])
def test_freed_from_sanctions(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", "USA", target, cameo="085"), evs
