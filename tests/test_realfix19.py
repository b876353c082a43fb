"""Families of misses found by helper "realfix19" (issue #3) in shapes real news showed: a protest
noun joined to a feeling ("sparked fury and protests", "drew criticism and protests from X") is coded
as the verb's object alone was; a refusal with no one named is aimed at whoever asked the refuser just
before; harsh adjectives VADER lacks ("draconian", "repressive") label criticism; "tried by/in a
court" detains (173); a speaker saying another abused an office or embezzled accuses him (1121);
"leaders of <body> member states" speak for the body; a country named in an apposition of a meeting's
place ("met in Astana, Kazakhstan's capital") is no one met. Every sentence is written for this
file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, country", [
    ("Peru's decision to dissolve congress sparked fury and protests across Lima.", "2022-12-08", "PER"),
    ("The fuel price hike in Nigeria triggered anger and strikes in Lagos.", "2023-06-05", "NGA"),
    ("Serbia's lithium mine plan provoked resentment and demonstrations in Belgrade.", "2024-08-10", "SRB"),
])
def test_realfix19_protest_joined_to_feeling_is_coded(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", country, country), evs


def test_realfix19_protest_joined_to_criticism_keeps_the_from_phrase(coder):
    evs = coded(coder, "The new labour code drew condemnation and protests from Indian farmers' unions.", "2020-09-25")
    assert _has(evs, "PROTEST", "IND", "IND"), evs


def test_realfix19_feeling_alone_is_no_protest(coder):
    evs = coded(coder, "The new tax sparked anger in Nairobi.", "2024-06-20")
    assert not any(ev == "PROTEST" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The ICC asked Khartoum to surrender the former president, but Sudan refused to hand him over.",
     "2019-05-08", "SDN", "IGOICC"),
    ("The Senate subpoenaed the tax records, and the Treasury Department refused to hand them over.",
     "2019-05-10", "USA", "USALEG"),
])
def test_realfix19_refusal_is_aimed_at_the_asker(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs


def test_realfix19_refusal_answers_the_request_in_the_sentence_before(coder):
    evs = coded(coder, "The ICC asked Khartoum to surrender the former president. Sudan refused to hand him over.",
                "2019-05-08")
    assert _has(evs, "REJECT", "SDN", "IGOICC"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Human Rights Watch described Egypt's new protest law as draconian.", "2013-11-26", "NGOHRW", "EGY"),
    ("The European Commission said Hungary's new media law was repressive.", "2011-01-05", "IGOEEC", "HUN"),
])
def test_realfix19_harsh_adjective_labels_criticism(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo_prefix="11"), evs


@pytest.mark.parametrize("text, date, country", [
    ("Hundreds of protesters were tried by a military court in Egypt.", "2016-05-10", "EGY"),
    ("The activists were tried in a state security court in Bahrain.", "2012-01-09", "BHR"),
])
def test_realfix19_tried_by_a_court_is_coerce(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", country, cameo="173"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("South Korean prosecutors said Park Geun-hye had abused her power.", "2017-03-27", "KOR", "KOR"),
    ("Malaysian investigators said Najib Razak may have misused his office.", "2018-07-04", "MYS", "MYS"),
])
def test_realfix19_said_abused_office_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="1121"), evs


def test_realfix19_abused_power_without_speaker_is_no_event(coder):
    assert coded(coder, "The governor abused his power.", "2017-03-27") == []


@pytest.mark.parametrize("text, date, body", [
    ("Leaders of African Union member states met in Addis Ababa.", "2024-02-17", "IGOAFU"),
    ("Defence ministers of NATO member countries met in Brussels.", "2023-06-15", "IGONAT"),
])
def test_realfix19_member_states_leaders_speak_for_the_body(coder, text, date, body):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", body), evs


@pytest.mark.parametrize("text, date", [
    ("ASEAN foreign ministers met in Vientiane, the capital of Laos.", "2024-07-25"),
    ("ASEAN foreign ministers met in Vientiane, Laos's capital.", "2024-07-25"),
])
def test_realfix19_apposed_place_of_meeting_is_no_target(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", "IGOASN"), evs
    assert not any(tgt for ev, cm, src, tgt in evs if ev == "CONSULT"), evs


@pytest.mark.parametrize("text, date, country", [
    ("The fuel subsidy cut led to protests in Abuja.", "2023-06-02", "NGA"),
    ("The election result resulted in riots in Maputo.", "2024-10-25", "MOZ"),
])
def test_realfix19_act_leading_to_protests(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", country), evs


def test_realfix19_label_joined_to_another_word_is_harsh(coder):
    evs = coded(coder, "Tehran called the seizure of its tanker a smash and grab.", "2019-07-05")
    assert _has(evs, "ACCUSE", "IRN", cameo="111"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Washington turned up the heat on Havana over the detentions.", "2021-07-15", "USA", "CUB"),
    ("The European Union ratcheted up pressure on Minsk.", "2021-06-21", "IGOEEC", "BLR"),
])
def test_realfix19_more_pressure_is_a_demand(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REQUEST", source, target, cameo="100"), evs


@pytest.mark.parametrize("text, date, country", [
    ("Demonstrations broke out in dozens of Colombian towns.", "2021-05-02", "COL"),
    ("The fuel price rise sparked riots in hundreds of Iranian cities.", "2019-11-17", "IRN"),
])
def test_realfix19_counted_towns_are_the_protest_place(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", country), evs


def test_realfix19_group_with_named_examples_is_the_named_ones(coder):
    evs = coded(coder, "Western countries including Japan and Australia imposed sanctions on Moscow.", "2022-02-28")
    assert _has(evs, "SANCTION", "JPN", "RUS"), evs
    assert not any("USA" in src for ev, cm, src, tgt in evs if ev == "SANCTION"), evs
