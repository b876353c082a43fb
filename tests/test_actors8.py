"""Actor families fixed by helper "actors8" (issue #3). Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded


@pytest.mark.parametrize("text, date, event, source, target", [
    # a former or future leader named by surname alone is still that person, out of office:
    # an elite, or the dated opposition spell the tables give; the event is no longer lost
    ("Bolsonaro urged his supporters to rally on Paulista Avenue.", "2024-02-20", "REQUEST", "BRAELI", None),
    ("Kenyatta urged Ruto to talk to the young protesters.", "2024-06-27", "REQUEST", "KENELI", "KENGOV"),
    ("Duterte accused Marcos of plotting to change the constitution.", "2024-01-29", "ACCUSE", "PHLELI", "PHLGOV"),
    ("Albanese accused the Morrison government of botching the vaccine rollout.", "2021-07-08", "ACCUSE", "AUSOPP", "AUSGOV"),
    ("Merz accused Scholz of leaving the army underfunded.", "2023-03-02", "ACCUSE", "DEUOPP", "DEUGOV"),
    ("Prabowo accused the election commission of cheating.", "2019-05-21", "ACCUSE", "IDNOPP", "IDNGOV"),
])
def test_former_and_future_leaders_by_surname(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event, evs
    assert evs[0][2] == [source], evs
    if target:
        assert target in evs[0][3], evs


@pytest.mark.parametrize("text, date, source", [
    # the same surnames in office are the government
    ("Duterte accused the United States of treating the Philippines like a dog.", "2016-10-20", "PHLGOV"),
    ("Prabowo met the Chinese defence minister in Beijing.", "2021-09-08", "IDNGOV"),
    ("Marcos accused Beijing of harassing Filipino fishermen.", "2024-03-25", "PHLGOV"),
])
def test_surnames_in_office_stay_government(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, source", [
    # a person's force, following or party is that body, with the person's country
    ("Assad's troops shelled the rebel-held town of Douma.", "2013-03-10", "SYRMIL"),
    ("Museveni's police arrested dozens of opposition supporters in Kampala.", "2020-11-19", "UGACOP"),
    ("Imran Khan's PTI accused the caretaker government of rigging the count.", "2024-02-10", "PAKPTY"),
])
def test_persons_possessed_body(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


def test_persons_government_is_still_the_government(coder):
    evs = coded(coder, "Modi's government banned the student group.", "2023-04-03")
    assert evs and evs[0][2] == ["INDGOV"], evs


@pytest.mark.parametrize("text, date, target", [
    # installations are the force that holds them; the palace is the government
    ("Iran fired missiles at US military bases in Iraq.", "2020-01-08", "USAMIL"),
    ("Russian jets bombed a Turkish military outpost near Idlib.", "2020-02-27", "TURMIL"),
    ("Protesters stormed the presidential palace in Colombo.", "2022-07-09", "LKAGOV"),
])
def test_installations_as_targets(coder, text, date, target):
    evs = coded(coder, text, date)
    assert evs and target in evs[0][3], evs


@pytest.mark.parametrize("text, date, source, target", [
    # a body suspending a state: reduced relations (160)
    ("The Commonwealth suspended Fiji after the military refused to call elections.", "2009-09-01", "IGOCWN", "FJI"),
    ("The African Union suspended Guinea after the coup.", "2021-09-10", "IGOAFU", "GIN"),
    ("The African Union Peace and Security Council suspended Burkina Faso.", "2022-01-31", "IGOAFU", "BFA"),
])
def test_suspending_a_member_state(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "SANCTION" and evs[0][1] == "160", evs
    assert evs[0][2] == [source] and evs[0][3] == [target], evs


@pytest.mark.parametrize("text", [
    "The school suspended two students.",
    "The rebels suspended their attacks on the capital.",
])
def test_suspending_no_state_is_no_sanction(coder, text):
    evs = coded(coder, text, "2022-05-01")
    assert not any(e[1] == "160" for e in evs), evs


@pytest.mark.parametrize("text, date, source", [
    # a title the tagger ends on an adjective ("general") still names the organisation's head
    ("NATO's secretary-general accused Moscow of using gas as a weapon.", "2022-09-15", "IGONAT"),
    ("The GCC secretary-general accused Iran of meddling in Bahrain.", "2016-01-05", "IGOGCC"),
    # the OAS's rights commission is not the United States
    ("The Inter-American Commission on Human Rights accused Nicaragua of jailing bishops.", "2023-02-15", "IGOOAS"),
])
def test_regional_body_heads_and_organs(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, source", [
    # one person under two spellings was two entries, so the bare surname matched neither
    ("Guterres urged Israel to let fuel into Gaza.", "2023-11-10", "IGOUNO"),
    ("Guterres urged European states to take in more refugees.", "2015-09-04", "IGOUNOHCR"),
    ("Guterres met Tony Blair in Lisbon.", "2000-06-19", "PRTGOV"),
])
def test_guterres_by_date(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # sentence-opening names the parser hung on the verb as modifiers are the subject
    ("The TPLF fired rockets at Asmara.", "2020-11-14", "ASSAULT", "ETHREB", "ERI"),
    ("The RSF shelled El Fasher.", "2024-06-10", "ASSAULT", "SDNREB", "SDN"),
    ("Baerbock accused China of aggressive behaviour in the Taiwan Strait.", "2023-09-12", "ACCUSE", "DEUGOV", "CHN"),
])
def test_misparsed_sentence_opening_subjects(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event, evs
    assert evs[0][2] == [source] and target in evs[0][3], evs


@pytest.mark.parametrize("text, date, source", [
    ("Manalo summoned the Chinese ambassador.", "2023-12-11", "PHLGOV"),
    ("Attaf accused Rabat of hostility.", "2024-06-05", "DZAGOV"),
    ("Mudavadi urged Sudan's generals to agree a ceasefire.", "2024-01-05", "KENGOV"),
    ("Teodoro accused China of bullying Filipino sailors.", "2024-03-06", "PHLGOV"),
])
def test_foreign_and_defence_ministers_by_surname(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a surname the model tags as a place, which no gazetteer place bears, is still the person
    ("Kibaki accused Odinga of stirring up violence.", "2008-01-03", "ACCUSE", "KENGOV", "KENOPP"),
    ("Ruto accused Odinga of trying to topple the government.", "2023-03-21", "ACCUSE", "KENGOV", "KENOPP"),
])
def test_place_tagged_surnames(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event, evs
    assert evs[0][2] == [source] and target in evs[0][3], evs


@pytest.mark.parametrize("text, date, source", [
    # parties and armed groups by name
    ("The National Unity Platform accused soldiers of abducting its supporters.", "2021-02-04", "UGAPTY"),
    ("Chadema accused the police of detaining its chairman.", "2021-07-22", "TZAPTY"),
    ("UMNO agreed to join the unity government.", "2022-11-24", "MYSPTY"),
    ("Maute militants stormed the city of Marawi.", "2017-05-23", "PHLINS"),
    ("Mai-Mai militiamen attacked a camp for displaced people in Ituri.", "2023-01-21", "CODUAF"),
])
def test_parties_and_armed_groups_by_name(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date, source", [
    # elected but not yet sworn in: no office yet, an elite (as gold codes President-elect Trump)
    ("President-elect Milei met Brazil's foreign minister in Buenos Aires.", "2023-11-26", "ARGELI"),
    ("President-elect Mahama urged his supporters to stay calm.", "2024-12-16", "GHAELI"),
])
def test_president_elect_is_no_government_yet(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, date", [
    # an order hung on a military strike is no labour protest; the strike's killing is the event
    ("A US drone strike ordered by Trump killed an Iranian general in Baghdad.", "2020-01-03"),
    ("A US air strike ordered by Biden killed a militia leader in Baghdad.", "2024-02-07"),
])
def test_military_strike_is_no_labour_strike(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(e[0] == "PROTEST" for e in evs), evs
    assert any(e[0] == "ASSAULT" and any(c.startswith("USA") for c in e[2])
               and any(c.startswith(("IRN", "IRQ")) for c in e[3]) for e in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an unnamed junta or army accusing a country is of the other country the sentence names
    ("The junta accused France of destabilising Niger.", "2023-09-05", "NERMIL", "FRA"),
    ("The junta's spokesman accused France of arming jihadists in Mali.", "2022-08-16", "MLIGOV", "FRA"),
])
def test_unnamed_accuser_is_not_of_the_accused_country(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "ACCUSE", evs
    assert evs[0][2] == [source] and evs[0][3] == [target], evs
