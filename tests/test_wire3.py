"""Shapes found missing on a third fresh set of wire-style sentences (issue #3, helper wire3),
one cause per test. Every sentence here is written for this file; none is taken from a gold set
or from the fresh set itself."""
import pytest


from conftest import coded, has_event as _has


def _events(coder, text, date="2004-05-10"):
    return coded(coder, text, date)


@pytest.mark.parametrize("text, event, source, target", [
    # cancelling or scrapping aid stops it
    ("Washington cancelled 40 million dollars of military aid for Uganda after the disputed vote.", "SANCTION", "USA", "UGA"),
    ("Britain scrapped its economic aid to Malawi over the sale of the presidential jet.", "SANCTION", "GBR", "MWI"),
    ("The Netherlands has axed all aid to Rwanda, the development minister said.", "SANCTION", "NLD", "RWA"),
    # "lodged representations": the diplomatic word for a formal complaint
    ("Beijing lodged stern representations with Seoul over the missile shield.", "ACCUSE", "CHN", "KOR"),
    ("Vietnam made representations to China over the oil rig in its waters.", "ACCUSE", "VNM", "CHN"),
    # a trade status or preference withdrawn is a sanction, not a military pull-back
    ("Washington revoked the trade privileges it had granted Cambodia over labour abuses.", "SANCTION", "USA", "KHM"),
    ("The European Union suspended trade preferences for Sri Lanka over its human rights record.", "SANCTION", "IGO", "LKA"),
    # a team of rescuers or specialists flown somewhere is relief, like one sent there
    ("Turkey flew a team of mine rescue specialists to Chile on Friday.", "AID", "TUR", "CHL"),
    ("Greece rushed rescue teams to Albania after the landslide.", "AID", "GRC", "ALB"),
])
def test_wire3_lexicon_families(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event", [
    ("Turkish troops withdrew from the border town on Friday.", "RETREAT"),
    ("Britain's Foreign Secretary flew to Islamabad for talks on Monday.", "CONSULT"),
    ("Britain flew a team of diplomats to Tehran for talks.", "CONSULT"),
])
def test_wire3_lexicon_families_keep_their_other_senses(coder, text, event):
    assert _has(_events(coder, text), event), _events(coder, text)


def test_an_unplaced_visitor_does_not_visit_his_own_country(coder):
    # with no country named, the title takes the destination's ("PAKGOV -> PAK"): that is no visit,
    # and no event is better than a visit of Pakistan to itself (session 16)
    evs = _events(coder, "The Foreign Secretary flew to Islamabad for talks on Monday.")
    assert not any("PAK" in src and "PAK" in tgt for _, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date", [
    ("Croatia handed the retired general over to the Hague tribunal on Thursday.", "2005-12-10"),
    ("Bosnian Serb police transferred the suspect to The Hague war crimes tribunal.", "2004-03-02"),
])
def test_wire3_the_hague_tribunal_is_the_un_court_not_a_dutch_one(coder, text, date):
    events = _events(coder, text, date)
    assert any(ev == "COOPERATE" and "IGO" in tgt for ev, _, _, tgt in events), events


@pytest.mark.parametrize("text, source", [
    ("Moscow would neither recognise the vote nor accept its result, the Kremlin said.", "RUS"),
    ("Pyongyang said it would neither accept nor respect the new UN resolution.", "PRK"),
])
def test_wire3_neither_nor_negates_both_verbs_so_a_future_one_is_a_refusal(coder, text, source):
    events = _events(coder, text)
    assert _has(events, "REJECT", source), events
    assert not _has(events, "AGREE") and not _has(events, "SUPPORT"), events


@pytest.mark.parametrize("text, event, source, target", [
    ("The Iraqi prime minister rejected what he called the interference of Iran in the vote.", "REJECT", "IRQ", "IRN"),
    ("Moscow condemned what it called the provocations of NATO in the Baltic.", "ACCUSE", "RUS", "IGO"),
    ("Israeli jets bombed what the army described as a Hamas rocket workshop in Gaza.", "ASSAULT", "ISR", "PSE"),
])
def test_wire3_a_what_clause_naming_the_thing_is_the_object(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Answering a plea from Ankara, Greece and Israel flew firefighting teams to southern Turkey on Sunday.", "AID", "GRC", "TUR"),
    ("Heeding a call from Brussels, Hungary and Poland lifted their bans on Ukrainian grain.", "RETREAT", "HUN", "UKR"),
])
def test_wire3_a_fronted_participle_does_not_swallow_the_subject_after_its_comma(coder, text, event, source, target):
    events = _events(coder, text)
    assert _has(events, event, source, target), events


@pytest.mark.parametrize("text, event, source, target", [
    ("Bahrain stripped 72 dissidents of their nationality on Saturday.", "COERCE", "BHR", "BHR"),
    ("Belarus stripped two Polish journalists of their accreditation.", "COERCE", "BLR", None),
    ("The Kuwaiti parliament stripped an opposition lawmaker of his immunity.", "COERCE", "KWT", "KWT"),
])
def test_wire3_a_verbs_own_of_phrase_hung_on_its_object_still_counts(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)



@pytest.mark.parametrize("text, event, source, target", [
    ("Nepal handed over two Indian Maoist rebels to India on Friday.", "COOPERATE", "NPL", "IND"),
    ("Thailand turned over a wanted Uighur militant to China after months in detention.", "COOPERATE", "THA", "CHN"),
    # handing someone back, or hostages, stays a release
    ("Syria handed two captured Turkish pilots back to Turkey at the border.", "RETREAT", "SYR", "TUR"),
    ("Abu Sayyaf gunmen handed over six kidnapped aid workers to the Red Cross.", "RETREAT", "PHL", "NGO"),
])
def test_wire3_a_fighter_handed_to_another_state_is_an_extradition(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Lithuania ordered Belarus to cut its embassy staff in Vilnius by half.", "SANCTION", "LTU", "BLR"),
    ("Washington ordered China to close its consulate in Houston within 72 hours.", "SANCTION", "USA", "CHN"),
    # asking is still asking
    ("Britain urged Iran to reduce its diplomatic presence in London.", "REQUEST", "GBR", "IRN"),
])
def test_wire3_ordering_another_state_to_shrink_its_mission_reduces_relations(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Pakistan's army chief flew to Kabul on Monday for talks with Afghan leaders.", "CONSULT", "PAK", "AFG"),
    ("The Egyptian defence minister arrived in Khartoum for a two-day visit.", "CONSULT", "EGY", "SDN"),
    # troops sent abroad stay a deployment
    ("Turkish troops arrived in Qatar on Sunday.", "AID", "TUR", "QAT"),
])
def test_wire3_an_officer_travelling_for_talks_visits_and_does_not_deploy(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Iceland became the first state to recognise Lithuania's independence.", "SUPPORT", "ISL", "LTU"),
    ("Chile became the latest country to expel a Russian diplomat.", "SANCTION", "CHL", "RUS"),
    ("Canada was the first Western country to impose sanctions on Belarus.", "SANCTION", "CAN", "BLR"),
])
def test_wire3_the_first_state_to_act_is_the_source(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Moscow promised to pull the last Russian troops out of Lithuania by the end of August.", "AGREE", "RUS", "LTU"),
    ("Ankara vowed to pull the remaining Turkish soldiers out of Qatar within a year.", "AGREE", "TUR", "QAT"),
])
def test_wire3_the_place_a_pledged_pull_out_leaves_is_the_target_not_the_own_troops(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, event, source, target", [
    ("Putin discussed the war with Ukraine with Turkish President Erdogan on Friday.", "CONSULT", "RUS", "TUR"),
    ("Kenya's president discussed the border row with Somalia with Ethiopian Prime Minister Abiy Ahmed.", "CONSULT", "KEN", "ETH"),
    # one "with" phrase on the object is still found
    ("Germany discussed closer cooperation with France.", "CONSULT", "DEU", "FRA"),
])
def test_wire3_a_second_with_phrase_hung_on_the_object_is_the_verbs(coder, text, event, source, target):
    assert _has(_events(coder, text, "2022-06-01"), event, source, target), _events(coder, text, "2022-06-01")


@pytest.mark.parametrize("text, event, source, target", [
    ("Poland moved thousands of troops to its eastern border to deter Belarus.", "MOBILIZE", "POL", "BLR"),
    ("The Pentagon is sending two more destroyers to the Gulf to send a warning to Tehran.", "MOBILIZE", "USA", "IRN"),
])
def test_wire3_a_show_of_force_is_aimed_at_whom_its_purpose_names(coder, text, event, source, target):
    assert _has(_events(coder, text), event, source, target), _events(coder, text)
