"""False events on sentences with no political event, fixed as families (issue #3, helper
"noevent7"). One parametrised test per cause; every sentence is written for this file, none is
taken from a gold or fresh set. Each family keeps a real event of the same shape."""
import pytest
from conftest import coded_full as coded, has_full_event


@pytest.mark.parametrize("text, date", [
    # a gerund under a verb of weighing, backing or putting back is an act not (yet) done
    ("France is considering sending warships to the Red Sea.", "2023-12-20"),
    ("A majority of Italians support sending troops to Libya, a survey found.", "2020-01-15"),
    ("Berlin postponed delivering the air defence systems to Kyiv.", "2022-08-10"),
    # the small parser hangs 'oppose' on the gerund as its auxiliary
    ("Most Spaniards oppose imposing tariffs on Chinese cars, a poll showed.", "2024-06-20"),
])
def test_noevent7_gerund_weighed_or_opposed_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_ruled_out_gerund_is_a_rejection_only(coder):
    evs = coded(coder, "Japan ruled out sending troops to the Strait of Hormuz.", "2019-07-20")
    assert has_full_event(evs, "REJECT", "JPN"), evs
    assert not has_full_event(evs, "MOBILIZE") and not has_full_event(evs, "AID"), evs


def test_noevent7_gerund_begun_is_still_done(coder):
    evs = coded(coder, "Poland began sending tanks to Ukraine on Friday.", "2022-04-29")
    assert has_full_event(evs, "AID", "POL", "UKR"), evs


@pytest.mark.parametrize("text, date", [
    # an oil major named as itself is a company, not an army ('shell' is artillery)
    ("Shell said it would stop buying Russian gas.", "2022-03-08"),
    ("BP intends to sell its stake in the Egyptian gas field.", "2021-06-01"),
])
def test_noevent7_oil_major_is_a_company(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_state_seizing_an_oil_major_keeps_the_company_target(coder):
    evs = coded(coder, "Russia seized the assets of Shell in Sakhalin.", "2022-07-01")
    assert has_full_event(evs, "COERCE", "RUS", "GBRBUS"), evs


def test_noevent7_threat_to_guam_threatens_the_united_states(coder):
    evs = coded(coder, "North Korea threatened to launch missiles at Guam.", "2017-08-10")
    assert has_full_event(evs, "THREATEN", "PRK", "USA"), evs


@pytest.mark.parametrize("text, date", [
    # commerce: a company or news outlet paying or settling with private parties
    ("CNN agreed to pay the student $5 million to settle his defamation suit.", "2020-01-08"),
    ("Royal Dutch Shell agreed to compensate Nigerian fishermen for the oil spills.", "2021-01-29"),
])
def test_noevent7_private_settlement_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date", [
    # a court ordering a company of its own country to pay damages rules in a private dispute
    ("A Texas jury ordered the chemical company to pay $300 million to the families.", "2019-03-01"),
    ("A Madrid court ordered the bank to compensate customers for the mis-sold mortgages.", "2018-05-10"),
])
def test_noevent7_civil_award_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_court_ordering_a_state_is_still_a_demand(coder):
    evs = coded(coder, "The International Court of Justice ordered Serbia to pay reparations.", "2007-02-26")
    assert has_full_event(evs, "REQUEST", "IGOICJ", "SRB"), evs


@pytest.mark.parametrize("text, date", [
    # a craft that lands travels; it visits no one
    ("China's Zhurong rover landed on Mars on Saturday.", "2021-05-15"),
    ("The foreign minister's plane landed in Athens after a bird strike.", "2023-06-10"),
])
def test_noevent7_craft_landing_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_leader_landing_abroad_is_still_a_visit(coder):
    evs = coded(coder, "The Indian prime minister landed in Tokyo on Thursday.", "2022-05-23")
    assert has_full_event(evs, "CONSULT", "INDGOV", "JPN", cameo="042"), evs


def test_noevent7_party_named_as_itself_wages_no_war(coder):
    text = "Poland's Civic Coalition has invaded territory that once belonged to Law and Justice."
    assert coded(coder, text, "2023-07-24") == [], coded(coder, text, "2023-07-24")


def test_noevent7_party_gunmen_still_attack(coder):
    evs = coded(coder, "Fatah gunmen attacked a Hamas checkpoint in Gaza City.", "2007-06-11")
    assert has_full_event(evs, "ASSAULT", "PSE", "PSEINS"), evs


@pytest.mark.parametrize("text, date", [
    # a meeting noun 'is expected to' do something is a preview, no meeting of the day
    ("The ASEAN summit in Jakarta is expected to focus on Myanmar.", "2023-09-04"),
    ("The meeting between Modi and Xi is expected to discuss the border.", "2024-10-22"),
])
def test_noevent7_meeting_preview_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date", [
    # an event noun that is the topic of a work (film, novel, exhibition) is told before
    ("A documentary about the Iraqi invasion of Kuwait premiered in Berlin.", "2021-02-28"),
    ("His novel about the Indonesian occupation of East Timor won a prize.", "2019-11-05"),
    ("A memoir of the Serbian siege of Sarajevo became a bestseller.", "2020-04-05"),
])
def test_noevent7_event_as_topic_of_a_work_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_series_of_strikes_is_no_work(coder):
    evs = coded(coder, "Israeli jets launched a series of air strikes on Gaza.", "2021-05-12")
    assert has_full_event(evs, "ASSAULT", "ISR", "PSE"), evs


@pytest.mark.parametrize("text, date", [
    # one country opening its own railway or bridge cooperates with no one
    ("The Ethiopian prime minister opened the new railway line between Addis Ababa and Adama.", "2018-01-10"),
    ("The governor opened a new bridge over the Volga on Friday.", "2021-09-03"),
])
def test_noevent7_domestic_opening_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_link_opened_with_another_country_is_cooperation(coder):
    evs = coded(coder, "China opened a rail link with Laos on Friday.", "2021-12-03")
    assert has_full_event(evs, "COOPERATE", "CHN", "LAO", cameo="061"), evs


@pytest.mark.parametrize("text, date", [
    # a day named with a year long before the story ('On August 2, 1990, ...') is history recalled
    ("On August 2, 1990, Iraqi forces invaded Kuwait.", "2020-08-02"),
    ("On June 22, 1941, German troops attacked the Soviet Union.", "2021-06-22"),
])
def test_noevent7_act_dated_on_a_day_long_ago_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_act_on_a_day_of_the_story_is_news(coder):
    evs = coded(coder, "On Monday, Russian missiles struck Kyiv.", "2022-10-10")
    assert has_full_event(evs, "ASSAULT", "RUS", "UKR"), evs


@pytest.mark.parametrize("text, date", [
    # a warning that a quantity will rise or fall is a forecast, no threat
    ("The World Bank warned that Egypt's economy would slow sharply this year.", "2023-01-10"),
    ("The central bank warned that unemployment could double by the end of the year.", "2020-04-14"),
])
def test_noevent7_trend_warning_codes_nothing(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


def test_noevent7_warning_of_hostile_acts_is_still_a_threat(coder):
    evs = coded(coder, "Hezbollah warned that attacks would increase if the raids went on.", "2023-11-03")
    assert has_full_event(evs, "THREATEN", "LBN"), evs


def test_noevent7_journalist_criticising_a_country_is_still_politics(coder):
    evs = coded(coder, "The exiled Saudi journalist criticised the Saudi crackdown on activists.", "2016-05-06")
    assert has_full_event(evs, "ACCUSE", "SAUMED", "SAU"), evs
