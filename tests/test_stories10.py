"""Whole stories, event by event (stories10 helper). Every story and sentence here was written new
for these tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from conftest import coded_full, has_full_event
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story10")


# --- cause 1: "rejected the demand" answers the latest request told before it --------------------
@pytest.mark.parametrize("story,date,words,source,target", [
    ("Talks on the prisoners\nBRUSSELS, May 3 - The European Union called on Belarus to free the jailed "
     "journalists. Minsk rejected the demand on Thursday.", "2021-05-03", "Minsk rejected", "BLR", "IGOEEC"),
    ("Border row\nDELHI, June 2 - Nepal urged India to withdraw its troops from the disputed area. "
     "New Delhi dismissed the call as baseless.", "2020-06-02", "dismissed the call", "IND", "NPL"),
])
def test_rejected_demand_is_aimed_at_the_asker(coder, story, date, words, source, target):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == "REJECT" and source in [a.code for a in e.source]
               and target in [a.code for a in e.target] for e in events), _show(events)


# --- cause 2: a quoted harsh label with "this"/"it" as subject judges the act just told ---------
@pytest.mark.parametrize("story,date,words,source,target", [
    ("Ships seized\nKIEV, Aug 4 - Russian forces seized two Ukrainian tugboats in the Sea of Azov. "
     "\"This is an act of piracy,\" Ukraine's foreign minister said.", "2019-08-04", "act of piracy", "UKR", "RUS"),
    ("Shelling\nSEOUL, Mar 2 - North Korean troops shelled a South Korean border post on Sunday. "
     "South Korea's defence minister said it was a grave provocation.", "2015-03-02", "grave provocation", "KOR", "PRK"),
])
def test_pointing_pronoun_label_accuses_the_doer(coder, story, date, words, source, target):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == "ACCUSE" and any(a.code.startswith(source) for a in e.source)
               and any(a.code.startswith(target) for a in e.target) for e in events), _show(events)


def test_pointing_pronoun_without_a_harsh_label_is_no_event(coder):
    evs = coded_full(coder, '"This is a historic day," the prime minister of Greece said.', "2019-01-25")
    assert not any(ev == "ACCUSE" for ev, _, _, _ in evs), evs


# --- cause 3: a court that orders someone held, detained or jailed detains them -----------------
@pytest.mark.parametrize("text,date,source,target", [
    ("A Minsk court ordered the opposition blogger held for two more months.", "2021-06-01", "BLRJUD", "BLR"),
    ("An Istanbul court ordered the two journalists jailed pending trial.", "2016-11-05", "TURJUD", "TUR"),
])
def test_court_ordering_custody_is_detention(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "COERCE", source=source, target=target, cameo="173"), evs


def test_court_ordering_an_arrest_stays_a_warrant(coder):
    evs = coded_full(coder, "The International Criminal Court ordered the arrest of Omar al-Bashir.", "2009-03-04")
    assert has_full_event(evs, "ACCUSE", cameo="1121"), evs


# --- cause 4: a Commonwealth envoy recalled; a participle's aid cut shares the head's target ------
@pytest.mark.parametrize("text,date,source,target", [
    ("Britain recalled its high commissioner from Harare on Monday.", "2002-03-18", "GBR", "ZWE"),
    ("Australia withdrew its high commissioner from Fiji after the coup.", "2006-12-06", "AUS", "FJI"),
])
def test_high_commissioner_recall_breaks_relations(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "SANCTION", source=source, target=target), evs


def test_participle_aid_cut_shares_the_sanctioned_side(coder):
    evs = coded_full(coder, "Japan imposed sanctions on Pakistan, cutting off Japanese loans.", "1998-05-29")
    cut = [(cm, tgt) for _, cm, _, tgt in evs if cm.startswith("162")]
    assert cut and all(any(c.startswith("PAK") for c in tgt) for _, tgt in cut), evs


# --- cause 5: "to discuss" after a call or meeting by the same side is that contact, told once ---
@pytest.mark.parametrize("text,date,event,source,target", [
    ("Macron telephoned Putin on Friday to discuss the war in Ukraine.", "2022-03-04", "CONSULT", "FRA", "RUS"),
    ("Erdogan met Merkel in Berlin to discuss the refugee crisis.", "2018-09-28", "CONSULT", "TUR", "DEU"),
])
def test_purpose_discussion_is_not_a_second_meeting(coder, text, date, event, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs
    assert len([ev for ev, _, _, _ in evs if ev == event]) == 1, evs


def test_discussion_with_its_own_partner_is_kept(coder):
    evs = coded_full(coder, "Blinken flew to Cairo and discussed the ceasefire with Sisi.", "2024-02-06")
    assert has_full_event(evs, "CONSULT", source="USA", target="EGY", cameo="040"), evs


# --- cause 6: a state's diplomatic mission speaks for its government, as its embassy ----------
@pytest.mark.parametrize("text,date,source", [
    ("Syria's mission to the United Nations condemned the Israeli strikes.", "2019-01-21", "SYRGOV"),
    ("China's U.N. mission criticised the sanctions.", "2021-03-23", "CHNGOV"),
])
def test_state_mission_is_its_government(coder, text, date, source):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source), evs


def test_un_mission_stays_the_un(coder):
    evs = coded_full(coder, "The UN mission in Mali condemned the attack on a convoy.", "2019-01-21")
    assert has_full_event(evs, "ACCUSE", source="IGOUNO"), evs


# --- cause 7: a side "made to pay" or "made to regret" it is threatened ----------------------------
@pytest.mark.parametrize("text,date,source,target", [
    ('"We will make Hezbollah pay a heavy price," the Israeli defence minister said.', "2006-07-13", "ISR", "LBN"),
    ("Pakistan's army chief said Pakistan would make India regret any attack.", "2019-02-26", "PAK", "IND"),
])
def test_made_to_pay_is_a_threat(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "THREATEN", source=source, target=target), evs


def test_made_to_pay_taxes_is_no_threat(coder):
    evs = coded_full(coder, "The new budget will make banks pay a higher levy.", "2010-06-22")
    assert not any(ev == "THREATEN" for ev, _, _, _ in evs), evs
