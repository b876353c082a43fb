"""Actor families fixed by helper "actors7" (issue #3). Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded


@pytest.mark.parametrize("text, date, event, source, target", [
    # a bare 'Brussels' acting is the EU, even when no EU body is named
    ("Brussels rebuked Budapest over its new media law.", "2021-07-20", "ACCUSE", "IGOEEC", "HUN"),
    ("Brussels threatened Rome with fines over its budget deficit.", "2018-11-21", "THREATEN", "IGOEEC", "ITA"),
    ("Brussels urged Ankara to respect the rule of law.", "2017-04-18", "REQUEST", "IGOEEC", "TUR"),
])
def test_brussels_acting_is_the_eu(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event, evs
    assert evs[0][2] == [source], evs
    assert any(c.startswith(target) for c in evs[0][3]), evs


@pytest.mark.parametrize("text, date", [
    # Brussels as the place of an act, or with Belgium named, stays Belgium's
    ("Police in Brussels detained two men suspected of planning an attack.", "2017-06-21"),
    ("Congo accused Brussels of meddling after a Belgian minister criticised Kinshasa.", "2018-01-10"),
])
def test_brussels_as_place_or_belgian_context_stays_belgium(coder, text, date):
    evs = coded(coder, text, date)
    assert evs, evs
    codes = [c for ev in evs for c in ev[2] + ev[3]]
    assert any(c.startswith("BEL") for c in codes), evs
    assert "IGOEEC" not in codes, evs


@pytest.mark.parametrize("text, date, event, target", [
    # a sentence-opening 'WHO' is the World Health Organization, not the pronoun
    ("WHO criticised Brazil for its slow vaccine rollout.", "2021-03-10", "ACCUSE", "BRA"),
    ("WHO urged India to share variant data.", "2021-05-11", "REQUEST", "IND"),
    ("WHO praised South Korea for its contact tracing.", "2020-04-02", "SUPPORT", "KOR"),
])
def test_capitalised_who_is_the_organisation(coder, text, date, event, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event, evs
    assert evs[0][2] == ["IGOUNOWHO"], evs
    assert any(c.startswith(target) for c in evs[0][3]), evs


@pytest.mark.parametrize("text, date, source, target", [
    # shells and howitzers are the artillery of the demonym's country
    ("Russian shells hit a hospital in Kherson.", "2022-12-24", "RUSMIL", "UKR"),
    ("Syrian government shells pounded the town of Saraqib.", "2020-02-03", "SYRMIL", "SYR"),
    ("Ukrainian howitzers shelled Russian positions near Bakhmut.", "2023-01-05", "UKRMIL", "RUS"),
])
def test_shells_are_the_demonyms_artillery(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "ASSAULT", evs
    assert evs[0][2] == [source], evs
    assert any(c.startswith(target) for c in evs[0][3]), evs


@pytest.mark.parametrize("text, date", [
    ("Russian missiles struck Dnipro overnight, killing seven civilians.", "2022-10-09"),
    ("Russian troops shelled Mykolaiv, killing two civilians.", "2022-07-29"),
])
def test_victims_take_the_attacked_place_not_the_attacker(coder, text, date):
    evs = coded(coder, text, date)
    killing = [ev for ev in evs if ev[0] == "ASSAULT" and any(c.endswith("CVL") for c in ev[3])]
    assert killing, evs
    assert all(c.startswith("UKR") for ev in killing for c in ev[3] if c.endswith("CVL")), evs
    assert not any(c == "RUSCVL" for ev in evs for c in ev[3]), evs


def test_home_victims_keep_their_country(coder):
    evs = coded(coder, "Pakistani police arrested four militants in Quetta.", "2021-05-01")
    assert evs and evs[0][2] == ["PAKCOP"] and evs[0][3][0].startswith("PAK"), evs


@pytest.mark.parametrize("text, date", [
    # a city the tagger reads as a person, shelled or struck, is still the city
    ("Russian forces shelled Kherson overnight.", "2022-12-01"),
    ("Russian missiles struck Zaporizhzhia on Thursday.", "2022-10-06"),
])
def test_shelled_city_read_as_person_is_a_place(coder, text, date):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "ASSAULT" and evs[0][2] == ["RUSMIL"], evs
    assert any(c.startswith("UKR") for c in evs[0][3]), evs


def test_attacked_person_is_not_a_city(coder):
    evs = coded(coder, "Gunmen attacked Jackson outside his home.", "2021-01-01")
    assert not any(c.startswith("USA") for ev in evs for c in ev[3]), evs


@pytest.mark.parametrize("text, date, source", [
    # unnamed attackers of forces posted abroad are of the place, not of the forces' country
    ("Militias fired rockets at American troops stationed in Iraq.", "2020-03-11", "IRQ"),
    ("Gunmen attacked French soldiers based in Niger.", "2021-11-27", "NER"),
])
def test_attackers_of_forces_abroad_take_the_place(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "ASSAULT", evs
    assert evs[0][2] and evs[0][2][0].startswith(source), evs


def test_attackers_of_home_forces_keep_the_country(coder):
    evs = coded(coder, "Militants attacked Egyptian soldiers in northern Sinai.", "2017-07-07")
    assert evs and evs[0][2] and evs[0][2][0].startswith("EGY"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # 'his X counterpart' holds the same kind of office as the subject
    ("Egypt's army chief hosted his Sudanese counterpart in Cairo.", "2021-03-02", "EGYMIL", "SDNMIL"),
    ("Kenya's police chief met his Ugandan counterpart in Nairobi.", "2022-04-12", "KENCOP", "UGACOP"),
    ("The Japanese foreign minister met his South Korean counterpart in Tokyo.", "2023-03-16", "JPNGOV", "KORGOV"),
])
def test_counterpart_follows_the_subjects_office(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "CONSULT", evs
    assert evs[0][2] == [source] and evs[0][3] == [target], evs


@pytest.mark.parametrize("text, date, speaker", [
    # the speaker of a relative clause that labels the thing hit is not hit
    ("Turkish jets bombed a village in Dohuk that Ankara said was a militant base.", "2021-04-23", "TUR"),
    ("Israeli jets struck a warehouse in Damascus which Israel called an Iranian arms depot.", "2019-01-20", "ISR"),
])
def test_relative_clause_speaker_is_not_the_target(coder, text, date, speaker):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "ASSAULT", evs
    assert evs[0][3] and not any(c.startswith(speaker) for c in evs[0][3]), evs
