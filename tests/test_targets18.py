"""Families of target, source and type misses fixed by helper "targets18" (regional wire copy:
Africa, Latin America, South and Southeast Asia, the Balkans, the Caucasus; issue #3). One test per
cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # the object pronoun of a trailing participle stands for the main verb's object: a party,
    # a group of people ('them'), an envoy named only by title ('him')
    ("Zambia's government banned the opposition party, accusing it of plotting a coup.", "2021-03-04", "ZMBGOV", "ZMBOPP"),
    ("Ugandan police arrested 40 opposition activists, accusing them of inciting violence.", "2020-11-20", "UGACOP", "UGAOPP"),
    ("Mali expelled the ECOWAS envoy, accusing him of meddling in its affairs.", "2021-10-25", "MLI", "IGOWAS"),
])
def test_participle_pronoun_is_the_main_object(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


def test_clause_after_preposition_has_its_own_subject(coder):
    # "after a court in X issued ..." read as 'after + noun' with 'issued' joined to the main verb
    evs = coded(coder, "The opposition leader left for Brussels after a court in Lusaka issued a warrant for his arrest.",
                "2017-04-11")
    assert _has(evs, "ACCUSE", "ZMBJUD", cameo="1121"), evs
    assert not _has(evs, "ACCUSE", "ZMBOPP"), evs


@pytest.mark.parametrize("text, date, target", [
    # "the commission", "the council" refer back to the body named before by the same noun
    ("The Zimbabwe Electoral Commission declared the ruling party the winner, and the opposition accused the commission of rigging.",
     "2023-08-27", "ZWEGOV"),
    ("Nicaragua's Supreme Electoral Council barred three parties, and the opposition accused the council of bias.",
     "2021-08-06", "NICGOV"),
])
def test_the_commission_refers_back(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", None, target), evs


@pytest.mark.parametrize("text, date, source", [
    # an intergovernmental body's own people named by 'its'
    ("The African Union said its observers had found serious flaws and urged the Malawian government to investigate.",
     "2019-05-24", "IGOAFU"),
    ("NATO said its troops had fired on Serb gunmen near Mitrovica.", "2011-08-01", "IGONATMIL"),
])
def test_igo_possessive_pronoun(coder, text, date, source):
    evs = coded(coder, text, date)
    assert any(src and src[0].startswith(source) for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, target", [
    # suspending a named outlet silences the media (1721)
    ("Niger's junta suspended France 24 and Radio France Internationale.", "2023-08-03", "FRAMED"),
    ("The Philippine government suspended Rappler for a month.", "2018-01-16", "PHLMED"),
])
def test_suspending_a_media_outlet(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", None, target, cameo="1721"), evs


def test_papuan_is_indonesian(coder):
    evs = coded(coder, "West Papuan rebels ambushed Indonesian soldiers in Intan Jaya.", "2021-04-25")
    assert _has(evs, "ASSAULT", "IDN", "IDNMIL"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # dissolving the legislature curbs it; suspending an official from office too
    ("Peru's president Martin Vizcarra dissolved Congress and called new elections.", "2019-09-30", "PERGOV", "PERLEG"),
    ("Thailand's Constitutional Court suspended Prime Minister Prayut Chan-o-cha from duty.", "2022-08-24", "THAJUD", "THAGOV"),
])
def test_dissolving_the_legislature_is_coercion(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="172"), evs


def test_legislature_dissolved_for_protests_is_a_concession(coder):
    evs = coded(coder, "Jordan's king dissolved parliament, bowing to months of street protests over prices.", "2012-10-04")
    assert evs and evs[0][0] == "CONCEDE", evs


@pytest.mark.parametrize("text, date, source, target", [
    # police registering a case or an FIR against someone accuse them of a crime
    ("Punjab police registered a sedition case against PTI leader Shahbaz Gill.", "2022-08-09", "PAKCOP", "PAK"),
    ("Delhi Police registered an FIR against two student leaders for rioting.", "2023-03-03", "INDCOP", "INDEDU"),
])
def test_registering_a_case(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="1121"), evs


def test_signed_cessation_of_hostilities(coder):
    evs = coded(coder, "Sudan's army and the rebels signed a cessation of hostilities in Juba.", "2020-10-03")
    assert _has(evs, "SUPPORT", "SDNMIL", cameo="057"), evs


def test_weapon_fired_from_a_country(coder):
    # a weapon's source is where it was fired from; a relative clause subject counts as '@noun'
    evs = coded(coder, "Three rockets fired from Lebanon landed in an orchard near Metula.", "2023-10-09")
    assert _has(evs, "ASSAULT", "LBN"), evs
    evs = coded(coder, "Bangladesh protested to Myanmar over mortar shells that landed in Bandarban district.", "2022-09-03")
    assert not _has(evs, "AID"), evs


@pytest.mark.parametrize("text, date, source", [
    # a city the tagger marks as a place but reads as a common noun still names the force's country
    ("Lagos police arrested 20 protesters at the toll gate.", "2021-02-13", "NGACOP"),
    ("Kolkata police detained a BJP leader during a rally.", "2021-03-10", "INDCOP"),
])
def test_city_police_read_as_common_noun(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source), evs


@pytest.mark.parametrize("text, date, source", [
    # a state blocking, banning or suspending an online platform restricts it (1721)
    ("Ethiopia's government blocked Facebook and Telegram during the exams.", "2017-06-01", "ETHGOV"),
    ("Senegal suspended TikTok after the opposition leader's arrest.", "2023-08-02", "SEN"),
])
def test_state_blocks_a_platform(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, cameo="1721"), evs


def test_possessor_hung_on_the_verb_is_the_subject(coder):
    # "Myanmar's military shot ...": the parser reads "military" as an adjective of "shot"
    evs = coded(coder, "Myanmar's military shot dead more than 80 protesters in Bago.", "2021-04-10")
    assert _has(evs, "COERCE", "MMR", "MMROPP"), evs


def test_ordered_an_end_to_operations(coder):
    evs = coded(coder, "President Putin ordered an end to air strikes on Idlib.", "2020-03-05")
    assert _has(evs, "RETREAT", "RUSGOV", cameo="087"), evs
