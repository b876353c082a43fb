"""Families of misses found by helper "odds12" (issue #3) among faults earlier lanes reported and
never fixed: unnamed "coalition" forces (the lead state of the war the date and place put them
in), a strike with a state's adjective (armed, not a labour strike), surnames the tagger reads as
a verb, a month or a firm, a call to an actor (a phone call), the dead a vigil is held for (no new
attack), an object the parser makes the subject of its participle, "beat" with a person object
(force, never sports), and revoking a region's special status. One test per cause; every sentence
is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has, primary_event


@pytest.mark.parametrize("text, date, source, wrong", [
    # no leader named: the coalition at war in that place on that date
    ("Coalition jets pounded Republican Guard positions south of Baghdad.", "2003-04-02", "USAMIL", "IRQ"),
    ("Coalition warplanes hit Houthi weapons depots in Sanaa.", "2016-09-20", "SAUMIL", "YEM"),
    ("Coalition aircraft bombed Islamic State fighters near Raqqa.", "2017-06-10", "USAMIL", "SYR"),
    ("Coalition troops raided a Taliban compound in Kandahar province.", "2007-05-03", "USAMIL", "AFG"),
])
def test_odds12_coalition_is_its_lead_state(coder, text, date, source, wrong):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source), evs
    assert not _has(evs, "ASSAULT", wrong), evs


def test_odds12_coalition_outside_its_war_keeps_the_guess(coder):
    # a coalition in no listed war (here, before the Yemen war began) takes no lead state
    evs = coded(coder, "Coalition warplanes hit Houthi weapons depots in Sanaa.", "2010-09-20")
    assert not _has(evs, "ASSAULT", "SAU"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Israeli strikes hit a school sheltering displaced families in Khan Younis.", "2024-07-10", "ISR", "PSE"),
    ("Russian strikes hit power plants in Kharkiv and Odesa.", "2022-11-15", "RUS", "UKR"),
    ("An American strike hit a militia headquarters in eastern Syria.", "2021-02-26", "USA", None),
])
def test_odds12_a_states_strike_is_armed(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
    assert not _has(evs, "PROTEST"), evs


@pytest.mark.parametrize("text, date", [
    ("French rail strikes disrupted travel across the country.", "2023-03-08"),
    ("The British strikes over pay entered a third week.", "2022-12-20"),
])
def test_odds12_labour_strikes_stay_strikes(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # a surname tagged as a verb
    ("Trump halted security aid to Pakistan.", "2018-01-05", "SANCTION", None, "USAGOV", "PAK"),
    # a surname read as a month right after the verb
    ("Merkel met May in Berlin.", "2018-02-16", "CONSULT", "040", "DEUGOV", "GBRGOV"),
    # ... or after "with", which no month follows
    ("Rutte held talks with May in The Hague.", "2018-11-12", "CONSULT", None, "NLDGOV", "GBRGOV"),
    # a surname tagged as a firm
    ("Costa received Sanchez in Lisbon.", "2019-03-02", "CONSULT", None, "PRTGOV", "ESPGOV"),
])
def test_odds12_surname_read_as_a_word(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Scholz called Erdogan on Sunday.", "2023-02-12", "DEUGOV", "TURGOV"),
    ("Modi called Putin after the mutiny.", "2023-06-30", "INDGOV", "RUSGOV"),
])
def test_odds12_calling_an_actor_is_a_phone_call(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target, cameo="041"), evs


@pytest.mark.parametrize("text, date", [
    ("Erdogan called Netanyahu a terrorist.", "2023-11-15"),
    ("The rebels called the army to lay down its arms.", "2022-01-10"),
])
def test_odds12_naming_or_urging_is_no_phone_call(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(cm == "041" for _, cm, _, _ in evs), evs


def test_odds12_a_phrasal_call_is_not_a_phone_call(coder):
    evs = coded(coder, "Sudanese protest groups called off a week of marches after the army agreed to talks.", "2019-07-01")
    assert not any(cm == "041" for _, cm, _, _ in evs), evs


@pytest.mark.parametrize("text, date, source", [
    ("Hundreds of Norwegians held a vigil in Oslo for the people who were killed in the shooting.", "2022-06-26", "NOR"),
    ("Crowds held a candlelight vigil in Manchester for the 22 people killed at the concert.", "2017-05-23", "GBR"),
])
def test_odds12_the_dead_a_vigil_is_for_are_no_new_attack(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source, cameo="141"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Belarusian riot police detained dozens of women marching through Minsk.", "2020-09-19", "BLRCOP", "BLR"),
    ("Sudanese soldiers arrested hundreds of students marching against military rule.", "2021-11-13", "SDNMIL", "SDN"),
])
def test_odds12_object_read_as_subject_of_its_participle(coder, text, date, source, target):
    evs = coded(coder, text, date)
    main = primary_event(coder.code(text, date=date))
    assert _has(evs, "COERCE", source, target, cameo="173"), evs
    assert main is not None and main.event == "COERCE", evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Masked men beat two police officers at a checkpoint in Bamako.", "2023-01-08", None, "MLICOP"),
    ("Armed settlers beat a Palestinian shepherd near Ramallah.", "2023-09-03", None, "PSE"),
])
def test_odds12_beating_a_person_is_force(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo="182"), evs


@pytest.mark.parametrize("text, date", [
    ("Spain beat Croatia 3-0 in Berlin.", "2024-06-15"),
    ("Federer beat Nadal in the final at Wimbledon.", "2007-07-08"),
])
def test_odds12_sports_results_are_no_event(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date", [
    ("India revoked the special status of Jammu and Kashmir.", "2019-08-06"),
    ("New Delhi scrapped the autonomy of Kashmir.", "2019-08-06"),
])
def test_odds12_revoking_special_status_is_an_administrative_sanction(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", "IND", "IND", cameo="172"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # people a participle describes do its act, not the police acting on them
    ("Turkish police detained activists chanting slogans in Istanbul.", "2023-06-25", "PROTEST", "TUR", None),
    ("French police removed farmers blocking a motorway near Paris.", "2024-01-30", "PROTEST", "FRA", None),
])
def test_odds12_participle_on_an_object_is_done_by_that_object(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    assert not any(ev == event and any(c.endswith("COP") for c in src) for ev, _, src, _ in evs), evs



@pytest.mark.parametrize("text, date, source, target", [
    ("Beijing suspended purchases of American pork.", "2019-08-06", "CHN", "USA"),
    ("China stopped imports of Japanese seafood.", "2023-08-24", "CHN", "JPN"),
])
def test_odds12_halting_a_sellers_trade_is_a_sanction(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="163"), evs
