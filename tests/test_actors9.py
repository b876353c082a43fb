"""Actor families fixed by helper "actors9" (issue #3). Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event


@pytest.mark.parametrize("text, date, event, source, target", [
    # an organisation's acronym the tagger reads as a verb or adjective still names it, before a
    # noun ("ECOWAS army chiefs") or as the object ("praised ECOWAS")
    ("ECOWAS army chiefs warned the junta in Niger against harming Bazoum.", "2023-08-10", "THREATEN", "IGOWAS", "NER"),
    ("ECOWAS defence chiefs rejected the junta's three-year transition plan.", "2023-08-17", "REJECT", "IGOWAS", None),
    ("Russia praised ECOWAS for its restraint in Mali.", "2022-01-10", "SUPPORT", "RUS", "IGOWAS"),
    # a sentence-opening surname read as an adjective of the object name: the name is the subject
    ("Orban accused Brussels of backing illegal migration.", "2019-03-02", "ACCUSE", "HUNGOV", "IGOEEC"),
])
def test_acronyms_and_names_read_as_modifiers(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # the maker of a weapon is not its user; a teacher's country is not the pupil's
    ("Houthi fighters shot down a Saudi warplane with a Chinese-made missile.", "2015-03-27", "ASSAULT", "YEM", "SAU"),
    ("Russian forces fired Iranian-made drones at power stations in Kyiv.", "2022-10-11", "ASSAULT", "RUS", "UKR"),
])
def test_maker_participles_own_nothing(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event and evs[0][2][0].startswith(source) and evs[0][3][0].startswith(target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an unnamed doer is not of the country that owns the airliner or ship it hits, when another
    # country is named
    ("Separatists near Donetsk shot down a Malaysian airliner.", "2014-07-17", "UKR", "MYS"),
    ("Gunmen attacked a Norwegian tanker off Nigeria's coast.", "2019-06-13", "NGA", "NOR"),
])
def test_bare_groups_not_of_the_owner_abroad(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "ASSAULT", source=source, target=target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # military machines named as the doer are the army's
    ("Israeli bulldozers razed Palestinian homes near Hebron.", "2016-02-04", "ASSAULT", "ISRMIL", "PSE"),
    ("Russian armoured vehicles shelled Ukrainian positions near Luhansk.", "2014-08-22", "ASSAULT", "RUSMIL", "UKR"),
    # a base's owner is hit, not the country it stands in
    ("Iranian missiles struck two US bases in Iraq.", "2020-01-08", "ASSAULT", "IRN", "USA"),
    ("Militants attacked an American outpost in Syria.", "2023-10-19", "ASSAULT", "SYR", "USA"),
    # an act with no named doer inside a state's consulate is placed on its premises, not the host's
    ("The journalist was strangled inside the Saudi consulate in Istanbul.", "2018-10-03", "ASSAULT", "SAU", None),
    # an arbitration tribunal in The Hague is the PCA, not a Dutch court
    ("An arbitration tribunal in The Hague ruled against Beijing.", "2016-07-12", "ACCUSE", "IGOPCA", "CHN"),
])
def test_vehicles_premises_and_tribunals(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


@pytest.mark.parametrize("text, date, target", [
    # "ethnic" + a people's name: the country they live in, not their kin state
    ("Kyrgyz mobs attacked ethnic Uzbeks in Osh.", "2010-06-12", "KGZ"),
    ("Malay gangs attacked ethnic Chinese in Kuala Lumpur.", "1969-05-13", "MYS"),
])
def test_ethnic_groups_where_they_live(coder, text, date, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][3] == [target], evs


@pytest.mark.parametrize("text, date, source, target", [
    # a guessed weapon in the object's "with" phrase is no target: the airliner's owner is
    ("Rebels in eastern Ukraine downed a Polish cargo plane with a missile.", "2014-08-02", "UKR", "POL"),
])
def test_weapon_in_with_phrase_is_no_target(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "ASSAULT", source=source, target=target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "was summoned to the X foreign ministry": the ministry summons; a capital is a recall home
    ("The Chinese ambassador was summoned to the Lithuanian foreign ministry.", "2021-08-10", "LTUGOV", "CHNGOV"),
    ("Britain's envoy was summoned to the Iranian foreign ministry over the protests.", "2022-10-03", "IRNGOV", "GBRGOV"),
])
def test_summoned_to_a_ministry(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source, target=target, cameo="114"), evs


def test_suspending_a_station(coder):
    # a ruler suspending a radio or television station restricts the media (1721)
    evs = coded(coder, "Mali's junta suspended a French television station.", "2022-12-03")
    assert has_full_event(evs, "COERCE", source="MLI", target="FRA", cameo="1721"), evs
