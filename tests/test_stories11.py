"""Whole stories, event by event (stories11 helper). Every story and sentence here was written new
for these tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from conftest import coded_full, has_full_event
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story11")


# --- cause 1: told after the lead, an act a calendar date puts weeks before the story is background -
@pytest.mark.parametrize("story,date,words", [
    ("Talks stall\nVIENNA, Nov 20 - Iran and the IAEA held talks on Monday. Washington quit the "
     "agreement in May, calling it a disaster.", "2018-11-20", "quit the agreement"),
    ("Envoy named\nBEIRUT, Feb 20 - Lebanon named a new envoy to Paris on Monday. The previous "
     "ambassador resigned in October after a row with the foreign minister.", "2006-02-20", "resigned in October"),
    ("Trial opens\nOTTAWA, Oct 20 - Canada charged two men on Monday. An activist was shot dead outside "
     "a mosque in Toronto in June 2023.", "2024-10-20", "shot dead"),
    ("Vote\nNEW YORK, Dec 22 - The assembly voted on Thursday. The president announced on Dec. 5 that "
     "the country would move its consulate, reversing years of policy.", "2017-12-22", "reversing years"),
])
def test_stale_dated_act_after_the_lead_is_background(coder, story, date, words):
    events = _in(_events(coder, story, date), words)
    assert not events, _show(events)


def test_recent_day_after_the_lead_stays_news(coder):
    story = ("Row\nTOKYO, Dec 21 - Russia protested on Thursday. China expelled two Japanese diplomats "
             "on Dec. 19.")
    events = _in(_events(coder, story, "2017-12-21"), "expelled two Japanese")
    assert any(e.event == "SANCTION" for e in events), _show(events)


def test_stale_date_in_the_only_sentence_is_not_touched(coder):
    evs = coded_full(coder, "Washington quit the agreement in May.", "2018-11-20")
    assert evs, evs


# --- cause 2: verb senses whole stories use -----------------------------------------------------
@pytest.mark.parametrize("text,date,event,cameo,source,target", [
    ("The European Union restored sanctions on Belarus's potash exports.", "2021-06-24", "SANCTION", "163", "IGOEEC", "BLR"),
    ("Washington reinstated sanctions on Cuba's military-run companies.", "2017-11-08", "SANCTION", "163", "USA", "CUB"),
    ("The governor granted clemency to three Mexican prisoners.", "2019-05-01", "RETREAT", "0841", None, "MEX"),
    ("Ethiopia curbed internet access across the Amhara region.", "2023-08-04", "COERCE", "1721", "ETH", None),
    ("London is considering sanctions against Iranian officials.", "2022-10-10", "THREATEN", "1312", "GBR", "IRN"),
    ("Seoul committed to hold joint drills with Tokyo every year.", "2023-08-18", "AGREE", None, "KOR", None),
    ("Maduro dismissed the opposition leaders as traitors.", "2019-02-02", "ACCUSE", "111", "VEN", "VEN"),
    ("Kyiv said Russian agents had been involved in the bombing.", "2023-05-10", "ACCUSE", "112", "UKR", "RUS"),
])
def test_story_verb_senses(coder, text, date, event, cameo, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target, cameo=cameo), evs


def test_dismissed_ruling_stays_rejected(coder):
    evs = coded_full(coder, "Moscow dismissed the tribunal's ruling as null and void.", "2016-07-12")
    assert has_full_event(evs, "REJECT", source="RUS"), evs


def test_uninvolved_talks_are_no_accusation(coder):
    evs = coded_full(coder, "Officials said ten countries were involved in the talks.", "2023-05-10")
    assert not any(ev == "ACCUSE" for ev, _, _, _ in evs), evs


# --- cause 3: party groups in Congress are the legislature ----------------------------------------
@pytest.mark.parametrize("text", [
    "Republicans in Congress accused the White House of weakness on China.",
    "Democratic lawmakers urged Trump to release the report.",
])
def test_party_groups_in_congress_are_usaleg(coder, text):
    evs = coded_full(coder, text, "2019-04-02")
    assert any(any(s.startswith("USALEG") for s in src) for _, _, src, _ in evs), evs


# --- cause 4: the act a way is paved for, or that could result, has not happened -----------------
@pytest.mark.parametrize("text", [
    "The accord paves the way for the withdrawal of French troops from Mali.",
    "The truce could lead to the release of hundreds of prisoners by Yemen's rebels.",
])
def test_way_to_an_act_is_not_the_act(coder, text):
    evs = coded_full(coder, text, "2022-02-17")
    assert not any(ev == "RETREAT" for ev, _, _, _ in evs), evs


def test_past_outcome_is_still_coded(coder):
    evs = coded_full(coder, "The clashes led to the withdrawal of Indian troops from the valley.", "2020-06-20")
    assert any(ev == "RETREAT" for ev, _, _, _ in evs), evs


# --- cause 5: "the militants" is the group the story tells as a doer --------------------------------
def test_militants_refer_to_the_subject_group(coder):
    story = ("Deal signed\nDOHA, Feb 29 - Hamas agreed to a truce with Israel on Saturday. Under the "
             "deal, Hamas pledged to stop Islamic Jihad from firing rockets. Blinken urged the "
             "militants to honour the truce.")
    events = _in(_events(coder, story, "2024-02-29"), "urged the militants")
    assert any(any(a.code.startswith("PSE") for a in e.target) for e in events), _show(events)


# --- cause 6: "its" after a plural or personal subject owns the first verb's object -----------------
def test_its_in_second_joined_verb_is_the_first_object(coder):
    evs = coded_full(coder, "Macron criticised Belarus and called for the release of its political prisoners.", "2021-05-25")
    call = [(ev, tgt) for ev, _, _, tgt in evs if ev == "REQUEST"]
    assert call and any(any(c.startswith("BLR") for c in tgt) for _, tgt in call), evs


# --- cause 7: an act a complaint is "over", owned by a country word, is its grounds ---------------
def test_grounds_with_country_word_is_no_new_event(coder):
    evs = coded_full(coder, "Brazil filed a complaint at the WTO over the new American steel tariffs.", "2018-07-06")
    assert not any(ev == "SANCTION" for ev, _, _, _ in evs), evs
    assert any(ev == "ACCUSE" for ev, _, _, _ in evs), evs


# --- cause 8: a headline's base-form verb after two joined sides, read as a noun, is their joint act -
def test_joint_headline_misread_verb(coder):
    evs = coded_full(coder, "Sudan and South Sudan sign deal to boost oil trade", "2012-09-27")
    assert has_full_event(evs, "SUPPORT", source="SDN", target="SSD", cameo="057") \
        or has_full_event(evs, "SUPPORT", source="SSD", target="SDN", cameo="057"), evs


def test_joint_headline_needs_two_sides(coder):
    evs = coded_full(coder, "Peace sign deal ends the fair", "2012-09-27")
    assert not any(ev == "SUPPORT" for ev, _, _, _ in evs), evs


# --- cause 9: a nation's people travelling pay no visit; a befitting reply vowed is a threat -------
def test_freed_nationals_landing_is_no_visit(coder):
    evs = coded_full(coder, "The three freed Britons landed in Oman on Tuesday.", "2023-05-02")
    assert not any(ev == "CONSULT" for ev, _, _, _ in evs), evs


def test_officials_arriving_still_visit(coder):
    evs = coded_full(coder, "Turkish officials arrived in Baghdad on Tuesday.", "2023-05-02")
    assert has_full_event(evs, "CONSULT", source="TUR", target="IRQ"), evs


def test_befitting_reply_is_a_threat(coder):
    evs = coded_full(coder, "Pakistan's army chief said Pakistan would give a befitting reply to any Indian aggression.", "2019-02-26")
    assert has_full_event(evs, "THREATEN", source="PAK", cameo="138"), evs
