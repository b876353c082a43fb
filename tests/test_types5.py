"""Event types of word families the lexicon lacked (issue #3, helper types5): each test holds
sentences of one shape, with other actors and words of the same family than the ones the fix
was found on, and checks the type a reader would give the main event."""
import pytest
from conftest import main_event as _main


# ------------------------------------------- a side boasting of weapons meant for another threatens it
@pytest.mark.parametrize("text, source, target, date, cameo", [
    ("Iraq claims to be developing germ weapons to use on Israeli towns.", "IRQ", "ISR", "1990-04-03", "1385"),
    ("Hezbollah said it had rockets able to hit every part of Israel.", "LBN", "ISR", "2006-08-03", "138"),
    ("Pakistan claimed to have developed nuclear missiles to target India.", "PAK", "IND", "1998-05-30", "1385"),
    ("Iran's army said it had built drones to strike American warships in the Gulf.", "IRN", "USA", "2012-09-25", "138"),
    ("Islamic Jihad claims to be stockpiling rockets to fire at Ashkelon.", "PSE", "ISR", "2008-01-20", "138"),
    # "claims" tagged as a plural noun: the headline-verb reading takes a to-infinitive too
    ("Boko Haram claims to be building bombs to use against Nigerian troops.", "NGA", "NGA", "2014-01-01", "138"),
])
def test_claimed_weapons_for_use_against_another_are_a_threat(coder, text, source, target, date, cameo):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "THREATEN" and main[1] == cameo, main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, date", [
    ("The carmaker claims to be producing engines for use in American trucks.", "2021-04-02"),
    ("Sweden said it had built a new factory to make wind turbines.", "2022-02-11"),
    ("North Korea denied that it had built missiles to strike the United States.", "2017-08-10"),
])
def test_claims_of_things_made_for_no_foe_are_no_threat(coder, text, date):
    events = coder.code(text, date=date)
    assert all(e.event != "THREATEN" for e in events), [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- attempts and plots: the act tried, by those who tried it
@pytest.mark.parametrize("text, cameo, source, target, date", [
    ("An attempt by Tamil Tiger rebels to assassinate the army commander was thwarted in Colombo.", "185", "LKA", "LKA", "2006-04-30"),
    ("A plot by Islamist militants to kidnap the Kenyan foreign minister was foiled on Monday.", "181", "KEN", "KEN", "2014-03-10"),
    ("Rebel soldiers tried to kill the president of Guinea-Bissau during an attack on his palace.", "185", "GNB", "GNB", "2022-02-02"),
    ("Chechen rebels plotted to murder the Kremlin-backed governor of Chechnya.", "185", "RUS", "RUS", "2001-05-14"),
])
def test_an_attempted_act_is_coded_for_those_who_tried_it(coder, text, cameo, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "ASSAULT" and main[1] == cameo, main
    assert source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, target, date", [
    ("Palestinian leader Yasser Arafat survived an assassination attempt by Israeli warplanes in Tunis.", "PSE", "1985-10-01"),
    ("Pakistani President Pervez Musharraf escaped an assassination attempt by Islamist militants near Rawalpindi airport.", "PAK", "2007-07-06"),
])
def test_who_survived_an_attempt_was_its_target(coder, text, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[1] == "185" and main[3] == [target], main


@pytest.mark.parametrize("text, date", [
    ("A Turkish company's bid to build the Istanbul canal was approved by the ministry.", "2021-03-01"),
    ("Rescuers made a fresh attempt to reach the stranded climbers on Sunday.", "2019-07-14"),
    ("The novel's plot turns on a scheme to kill a retired general.", "2016-02-03"),
])
def test_tries_at_no_violence_stay_no_assault(coder, text, date):
    events = coder.code(text, date=date)
    assert all(e.event != "ASSAULT" for e in events), [(e.cameo, e.trigger) for e in events]


def test_trying_to_kill_many_is_no_assassination(coder):
    main = _main(coder, "Ethiopian troops tried to kill Eritrean soldiers dug in along the border.", "1999-02-10")
    assert main is not None and main[1] != "185", main


# ------------------------------------------- two verbs sharing one object the parser misread
@pytest.mark.parametrize("text, event, source, target, date", [
    ("Rwanda trained and equipped M23 rebels in eastern Congo.", "COOPERATE", "RWA", "COD", "2012-11-20"),
    ("Iran trained and equipped Houthi fighters in Yemen.", "COOPERATE", "IRN", "YEM", "2015-04-10"),
    ("Turkey financed and equipped the Free Syrian Army.", "AID", "TUR", "SYR", "2013-05-02"),
])
def test_both_verbs_of_a_misread_pair_take_the_shared_object(coder, text, event, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main
    assert source in main[2] and target in main[3], main


def test_equipping_after_training_is_its_own_aid_event(coder):
    events = coder.code("Washington trained and equipped Kurdish militia units in northern Syria.", date="2016-10-01")
    assert {e.cameo for e in events} >= {"062", "072"}, [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- easing a curfew, emergency rule, martial law or censorship
@pytest.mark.parametrize("text, cameo, source, date", [
    ("Thai authorities loosened the curfew in Bangkok after the army took power.", "0813", "THA", "2014-05-28"),
    ("Ethiopia's government relaxed the state of emergency imposed after months of protests.", "0814", "ETH", "2017-03-15"),
    ("Poland's military council suspended martial law after a year of crackdowns.", "0814", "POL", "1982-12-19"),
    ("Bahrain's king revoked the emergency law two weeks earlier than planned.", "0814", "BHR", "2011-05-09"),
    ("Jordan's government loosened censorship of the press ahead of elections.", "0811", "JOR", "1989-10-20"),
])
def test_easing_a_curfew_emergency_or_censorship_is_a_concession(coder, text, cameo, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "CONCEDE" and main[1] == cameo, main
    assert source in main[2], main


@pytest.mark.parametrize("text, date", [
    ("The curfew in Jakarta stayed in force for a third night.", "1998-05-16"),
    ("Storms eased across the north on Friday as emergency crews cleared roads.", "2019-02-08"),
])
def test_a_curfew_in_force_or_easing_weather_is_no_concession(coder, text, date):
    events = coder.code(text, date=date)
    assert all(e.event != "CONCEDE" for e in events), [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- a whole sentence misread as one noun phrase
@pytest.mark.parametrize("text, event, source, date", [
    ("Tunisia's government relaxed censorship of opposition newspapers.", "CONCEDE", "TUN", "1988-03-02"),
    ("Zambia's government loosened censorship of private radio stations.", "CONCEDE", "ZMB", "1991-06-11"),
    ("Nepal's king relaxed censorship of the press after the protests.", "CONCEDE", "NPL", "1990-04-20"),
])
def test_a_participle_read_as_modifier_is_the_verb_of_its_actor(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main
    assert source in main[2], main


# ------------------------------------------- opening a border to the uprooted is asylum
@pytest.mark.parametrize("text, source, date", [
    ("Albania opened its frontier to thousands of expellees from Kosovo.", "ALB", "1999-04-01"),
    ("Kenya reopened its border to returnees stranded in Somalia.", "KEN", "1992-02-14"),
    ("Tajikistan opened its doors to Afghan exiles after the fall of Kabul.", "TJK", "2021-08-20"),
])
def test_opening_a_border_to_the_uprooted_grants_asylum(coder, text, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "AID" and main[1] == "075", main
    assert source in main[2], main


def test_opening_a_border_to_traders_is_no_asylum(coder):
    main = _main(coder, "Uganda opened its border to traders from Kenya after a week of closure.", "2020-05-03")
    assert main is None or main[1] != "075", main


# ------------------------------------------- widening freedoms mirrors curbing them
@pytest.mark.parametrize("text, source, date", [
    ("Kazakhstan's president expanded press freedoms ahead of the vote.", "KAZ", "2019-05-20"),
    ("Uzbekistan's government took steps to broaden political freedoms after the death of Karimov.", "UZB", "2017-02-01"),
    ("Tunisia's interim government restored civil liberties suspended under Ben Ali.", "TUN", "2011-02-10"),
])
def test_widening_freedoms_is_a_concession(coder, text, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "CONCEDE" and main[1] == "0811", main
    assert source in main[2], main


@pytest.mark.parametrize("text, source, target, date", [
    ("Georgian President Eduard Shevardnadze survived an attempt on his life by gunmen in Tbilisi.", "GEO", "GEO", "1998-02-09"),
    ("Algerian President Abdelaziz Bouteflika escaped an attempt on his life by Islamist militants in Batna.", "DZA", "DZA", "2007-09-06"),
])
def test_an_attempt_on_a_life_is_an_assassination_attempt(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[1] == "185", main
    assert source in main[2] and target in main[3], main


def test_an_attempt_on_a_summit_is_no_assault(coder):
    events = coder.code("Nepalese climbers made an attempt on the summit of Everest on Tuesday.", date="2019-05-21")
    assert all(e.event != "ASSAULT" for e in events), [(e.cameo, e.trigger) for e in events]
