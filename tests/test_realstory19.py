"""Whole stories whose actors only the article names (realstory19). Every story and sentence here
was written new for these tests; none comes from a corpus file, a news source or the helper's
fresh set."""
import pytest

from conftest import coded_full, has_full_event
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "realstory19")


def _codes(actors):
    return {a.code[:3] for a in actors}


# --- cause 1: a state's own act told as a passive with no doer, in a story about one country ----------
@pytest.mark.parametrize("story,date,words,event,country", [
    ("Lima lawmakers shelve pension reform\n\nPeruvian lawmakers voted on Tuesday to delay a pension "
     "reform. Thousands of Peruvians had marched in Lima against it.\n\nThe pension bill was suspended "
     "until next year.", "2021-03-10", "pension bill was suspended", "CONCEDE", "PER"),
    ("Curfew ends in Colombo\n\nSri Lankan soldiers left the streets of Colombo on Sunday. Sri Lanka's "
     "president praised the calm.\n\nThe night curfew was lifted after ten days.", "2018-03-20",
     "curfew was lifted", "CONCEDE", "LKA"),
    ("Zambian editor in court\n\nA Zambian editor appeared before a Lusaka magistrate on Monday. "
     "Zambia's press union condemned the case.\n\nThe editor was charged with sedition.", "2016-07-04",
     "was charged with sedition", "ACCUSE", "ZMB"),
])
def test_doerless_state_act_is_the_story_countrys(coder, story, date, words, event, country):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == event and _codes(e.source) == {country} for e in events), _show(events)


def test_doerless_state_act_needs_a_story(coder):
    evs = coded_full(coder, "The pension bill was suspended until next year.", "2021-03-10")
    assert not has_full_event(evs, "CONCEDE"), evs


def test_doerless_easing_of_a_foreign_measure_is_not_the_storys(coder):
    story = ("Washington weighs its options\n\nAmerican officials met in Washington on Monday. The United "
             "States Senate debated the budget.\n\nThe embargo on Cuba was eased years ago.")
    events = _in(_events(coder, story, "2015-05-04"), "embargo on Cuba")
    assert not any(e.event == "CONCEDE" and _codes(e.source) == {"USA"} and _codes(e.target) == {"USA"}
                   for e in events), _show(events)


def test_protest_noun_with_no_place_is_the_storys(coder):
    story = ("Ohio governor signs voting law\n\nOn Tuesday in the US state of Ohio, Governor Mike DeWine "
             "signed a bill limiting early voting. The bill passed the Ohio senate last week.\n\n"
             "The law has sparked protests.")
    events = _in(_events(coder, story, "2019-05-18"), "sparked protests")
    assert any(e.event == "PROTEST" and _codes(e.source) == {"USA"} for e in events), _show(events)


def test_passive_verdict_in_a_story(coder):
    story = ("Nicaraguan student leader sentenced\n\nA Managua court jailed a Nicaraguan student leader "
             "for six years on Friday. Nicaragua's government called him a criminal.\n\n"
             "The student has been found guilty of terrorism.")
    events = _in(_events(coder, story, "2018-12-01"), "found guilty of terrorism")
    assert any(e.event == "ACCUSE" and _codes(e.source) == {"NIC"} and _codes(e.target) == {"NIC"}
               for e in events), _show(events)


# --- cause 2: a court finding someone guilty, parsed as a small clause ---------------------------------
@pytest.mark.parametrize("text,date,source,target", [
    ("A Kenyan court found the opposition leader guilty of treason.", "2017-02-01", "KEN", "KEN"),
    ("A Cairo court found the blogger guilty of insulting the judiciary.", "2014-05-05", "EGY", "EGY"),
])
def test_found_guilty_is_a_verdict(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source, target=target), evs


def test_found_not_guilty_is_no_verdict(coder):
    evs = coded_full(coder, "A Kenyan court found the opposition leader not guilty of treason.", "2017-02-01")
    assert not has_full_event(evs, "ACCUSE"), evs


# --- cause 3: a passive reaction to "the call", "the move" told in an earlier sentence ---------------
@pytest.mark.parametrize("story,date,words,event,target", [
    ("Spain urges EU migration summit\n\nOn Tuesday, Spanish Prime Minister Pedro Sanchez called for an "
     "emergency EU summit on migration. The bloc's leaders are due to meet next month.\n\n"
     "The call was quickly backed by Italian Prime Minister Giuseppe Conte.", "2019-08-24",
     "call was quickly backed", "SUPPORT", "ESP"),
    ("India revokes Kashmir status\n\nIndia revoked the special status of Kashmir on Monday. Indian "
     "officials said the region would be calm.\n\nThe move was condemned by Pakistan's foreign ministry.",
     "2019-08-06", "move was condemned", "ACCUSE", "IND"),
])
def test_passive_reaction_is_aimed_at_the_earlier_act(coder, story, date, words, event, target):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == event and target in _codes(e.target) for e in events), _show(events)


# --- cause 4: an appeal for a bill to be dropped, by clergy or students, names no addressee -----------
@pytest.mark.parametrize("text,source", [
    ("Kenyan bishops called for the finance bill to be withdrawn.", "KEN"),
    ("Hong Kong students called for the security bill to be dropped.", "HKG"),
])
def test_home_appeal_to_drop_a_bill_is_aimed_at_home(coder, text, source):
    evs = coded_full(coder, text, "2019-06-20")
    assert has_full_event(evs, "REQUEST", source=source, target=source), evs


# --- cause 5: a civilian attacking civilians of the same country keeps the victims as target ---------
def test_civilian_attacker_keeps_civilian_victims(coder):
    story = ("Texas man jailed for car attack\n\nA federal judge on Monday jailed Texas man John Parker for "
             "life for driving into a market crowd.\n\nIn that attack, Parker, a drifter, killed a woman.")
    events = _in(_events(coder, story, "2019-07-01"), "killed a woman")
    assert any(e.event == "ASSAULT" and "USA" in _codes(e.target) for e in events), _show(events)


# --- cause 6: an armed group's attack with no target or place, in a story about one country ---------
def test_claimed_attacks_are_aimed_at_the_storys_country(coder):
    story = ("Blasts hit Mogadishu\n\nTwo car bombs exploded in Mogadishu on Saturday, killing eleven "
             "Somali civilians. Somalia's president condemned the blasts.\n\n"
             "Al-Shabaab claimed responsibility for both attacks.")
    events = _in(_events(coder, story, "2019-12-28"), "claimed responsibility")
    assert any(e.event == "ASSAULT" and "SOM" in _codes(e.target) for e in events), _show(events)


def test_state_strikes_in_a_story_about_that_state_get_no_target(coder):
    story = ("Russia holds drills\n\nRussian troops held exercises near Moscow on Monday. Russia's "
             "defence ministry praised the troops.\n\nRussian jets carried out strikes on Tuesday.")
    events = _in(_events(coder, story, "2019-08-24"), "jets carried out strikes")
    assert not any("RUS" in _codes(e.target) for e in events), _show(events)


# --- cause 7: "killed X and injured others": the others are hit where the first were ----------------
def test_conjoined_violence_shares_the_target(coder):
    evs = coded_full(coder, "Israeli troops killed two Palestinians and wounded dozens of others in Hebron.",
                     "2018-05-14")
    hits = [e for e in evs if e[0] == "ASSAULT"]
    assert len(hits) >= 2 and all(any(t.startswith("PSE") for t in e[3]) for e in hits), evs


# --- cause 8: 'is to step down' is a deed to come, as 'will step down' is ------------------------------
@pytest.mark.parametrize("text,event", [
    ("The Romanian prime minister is to resign next month.", "AGREE"),
    ("The Chilean president is to visit Argentina next week.", "AGREE"),
])
def test_present_is_to_is_intent(coder, text, event):
    evs = coded_full(coder, text, "2019-08-08")
    assert has_full_event(evs, event), evs
    assert not has_full_event(evs, "CONCEDE") and not has_full_event(evs, "CONSULT"), evs


# --- cause 9: giving up an attempt, dropping a bill ---------------------------------------------------
@pytest.mark.parametrize("text,source", [
    ("The Kenyan government withdrew the finance bill after deadly protests.", "KEN"),
    ("The Georgian government gave up its attempt to pass the media law.", "GEO"),
])
def test_dropping_a_bill_is_a_yield(coder, text, source):
    evs = coded_full(coder, text, "2024-06-26")
    assert has_full_event(evs, "CONCEDE", source=source), evs


# --- cause 10: a body's name is no town the gazetteer knows by the same words -------------------------
@pytest.mark.parametrize("text,source", [
    ("Protesters rallied outside the White House on Sunday.", "USA"),
    ("A man burned a flag outside the White House.", "USA"),
])
def test_white_house_is_no_place_abroad(coder, text, source):
    evs = coded_full(coder, text, "2019-06-01")
    assert evs and all(src and all(c.startswith(source) for c in src) for _, _, src, _ in evs), evs


def test_conjoined_passive_violence_shares_the_target(coder):
    story = ("Gunman kills shoppers in Ohio\n\nA gunman opened fire at an Ohio mall on Saturday. Ohio "
             "police arrested him an hour later.\n\nNine Canadian tourists were killed, and four more were injured.")
    events = _in(_events(coder, story, "2019-08-04"), "four more were injured")
    assert len(events) >= 2 and all("CAN" in _codes(e.target) for e in events), _show(events)
