"""False events on sentences with no political event, fixed as families (issue #3, helper
"noevent6"). One parametrised test per cause; every sentence is written for this file, none is
taken from a gold or fresh set. Each family keeps a real event of the same shape."""
import pytest
from conftest import coded_full as coded, has_full_event


@pytest.mark.parametrize("text, date", [
    # a trip or meeting planned with no one named to meet is a schedule, not an intent to meet
    ("The Canadian prime minister plans to travel to Asia next month.", "2023-04-11"),
    ("The Chilean president intends to travel to the southern provinces in March.", "2022-02-10"),
    ("EU leaders will meet in Brussels next week.", "2021-06-07"),
])
def test_noevent6_planned_trip_with_no_counterpart_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent6_planned_meeting_with_a_counterpart_is_still_an_intent(coder):
    evs = coded(coder, "Putin will meet Erdogan in Sochi next week.", "2018-09-04")
    assert has_full_event(evs, "AGREE", "RUSGOV", "TURGOV", cameo="036"), evs


@pytest.mark.parametrize("text, date", [
    # a minister or commander visiting his own country's forces sends no forces and visits no one
    ("Britain's defence secretary visited soldiers at a barracks in Wiltshire on Monday.", "2018-09-04"),
    ("The Indian army chief visited troops in Ladakh on Friday.", "2020-07-03"),
])
def test_noevent6_visit_to_own_forces_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent6_defence_minister_abroad_visits_rather_than_deploys(coder):
    evs = coded(coder, "Russia's defence minister visited Syria on Monday.", "2018-09-04")
    assert has_full_event(evs, "CONSULT", "RUS", "SYR", cameo="042"), evs
    assert not has_full_event(evs, "AID"), evs


@pytest.mark.parametrize("text, date", [
    # an obituary's relative clause tells a life even when it gives its span ("for four decades")
    ("Yasser Arafat, who fought Israel for four decades, died in Paris on Thursday.", "2004-11-11"),
])
def test_noevent6_obituary_life_with_a_span_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date", [
    # taking up a post or a nomination is an appointment, not an accord
    ("Joe Biden accepted the Democratic nomination for president on Thursday.", "2020-08-20"),
    ("The former central banker accepted a mandate from the president to form a cabinet.", "2021-02-03"),
])
def test_noevent6_accepting_a_post_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent6_accepting_a_proposal_is_still_an_agreement(coder):
    evs = coded(coder, "Iran accepted the Russian proposal on Thursday.", "2020-08-20")
    assert has_full_event(evs, "AGREE", "IRN", "RUS"), evs


@pytest.mark.parametrize("text, date", [
    # a resignation for a private reason concedes nothing to anyone
    ("Japan's finance minister resigned for health reasons on Wednesday.", "2012-02-01"),
    ("Romania's prime minister stepped down on Monday, citing personal reasons.", "2012-02-01"),
])
def test_noevent6_resignation_for_private_reasons_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent6_resignation_under_protest_is_still_a_concession(coder):
    evs = coded(coder, "Romania's prime minister resigned after weeks of protests.", "2012-02-01")
    assert has_full_event(evs, "CONCEDE", "ROUGOV", cameo="0831"), evs


def test_noevent6_leaving_ones_country_is_no_visit(coder):
    # leaving "the country" for another is exile or emigration; leaving a city for a capital is a trip
    assert coded(coder, "The Belarusian opposition leader left the country for Lithuania after the election.",
                 "2020-08-11") == []
    evs = coded(coder, "The Iranian foreign minister left for Moscow on Monday.", "2021-11-01")
    assert has_full_event(evs, "CONSULT", "IRNGOV", "RUS", cameo="042"), evs


@pytest.mark.parametrize("text, date", [
    # fighting, attacking or declaring war on an illness, hazard or social ill is a figure of speech
    ("The Spanish government is fighting the pandemic with a curfew.", "2021-04-01"),
    ("The Kenyan president declared war on corruption.", "2022-09-01"),
])
def test_noevent6_war_on_an_abstract_foe_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent6_war_declared_on_a_side_is_still_an_attack(coder):
    evs = coded(coder, "Israel declared war on Hamas on Saturday.", "2023-10-08")
    assert has_full_event(evs, "ASSAULT", "ISR", "PSE"), evs


def test_noevent6_anniversary_of_an_attack_is_history(coder):
    assert coded(coder, "Poland marked the 80th anniversary of the German invasion on Sunday.", "2019-09-01") == []
    evs = coded(coder, "The German invasion of Poland began on Friday.", "1939-09-02")
    assert has_full_event(evs, "ASSAULT", "DEU", "POL"), evs


def test_noevent6_resignation_noun_for_private_reasons_codes_nothing(coder):
    text = "The Japanese prime minister announced his resignation for health reasons."
    assert coded(coder, text, "2020-08-28") == [], coded(coder, text, "2020-08-28")


def test_noevent6_shots_in_the_air_warn_rather_than_attack(coder):
    evs = coded(coder, "Guinean soldiers fired shots into the air outside the barracks.", "2021-09-05")
    assert not has_full_event(evs, "ASSAULT"), evs
    evs = coded(coder, "Israeli troops fired shots at Lebanese soldiers near the border.", "2020-08-18")
    assert has_full_event(evs, "ASSAULT", "ISRMIL", "LBNMIL"), evs
