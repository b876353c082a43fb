"""Whole stories, event by event (stories12 helper). Every story and sentence here was written new
for these tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from conftest import coded_full, has_full_event
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story12")


# --- cause 1: a reactions paragraph addresses "all sides", "the two neighbours", "the two rivals" ---
@pytest.mark.parametrize("story,date,words,targets", [
    ("Clashes\nDUSHANBE, May 1 - Tajik and Kyrgyz border guards exchanged fire on Thursday. Russia "
     "urged the two neighbours to settle the dispute through talks.", "2021-04-29", "urged the two neighbours",
     {"TJK", "KGZ"}),
    ("Fire\nSRINAGAR, May 1 - Indian and Pakistani troops exchanged fire along the Line of Control. "
     "Britain called on the two rivals to show restraint.", "2019-03-01", "called on the two rivals",
     {"IND", "PAK"}),
])
def test_pair_nouns_after_a_clash_are_its_sides(coder, story, date, words, targets):
    events = _in(_events(coder, story, date), words)
    assert any(e.event == "REQUEST" and {a.code[:3] for a in e.target} >= targets for e in events), _show(events)


def test_all_sides_after_a_clash_are_its_sides(coder):
    story = ("Riots\nBISHKEK, Oct 6 - Kyrgyz protesters clashed with police in the capital on Monday night. "
             "The United Nations called on all sides to refrain from violence.")
    events = _in(_events(coder, story, "2020-10-06"), "all sides")
    assert any(e.event == "REQUEST" and e.target for e in events), _show(events)


# --- cause 2: words inside a body's name and a headline compound are no acts ----------------------
def test_verb_inside_a_group_name_is_no_support(coder):
    evs = coded_full(coder, "The Group to Support Islam and Muslims claimed responsibility for the attack on "
                            "the French embassy.", "2019-03-17")
    assert not has_full_event(evs, "SUPPORT"), evs
    assert any("MLIINS" in src for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text", [
    "Abducted German aid worker and his driver return to Kabul",
    "Canadian aid worker kidnapped in Niger",
    "US aid worker abducted in Afghanistan",
])
def test_headline_aid_worker_is_no_aid(coder, text):
    evs = coded_full(coder, text, "2019-06-01")
    assert not has_full_event(evs, "AID"), evs


def test_aid_as_a_verb_stays_aid(coder):
    evs = coded_full(coder, "Japan will aid Indonesia with reconstruction loans.", "2005-01-10")
    assert has_full_event(evs, "AGREE", source="JPN", target="IDN"), evs


# --- cause 3: a bare surname the tagger reads as a place ----------------------------------------------
@pytest.mark.parametrize("story,date,words,country", [
    ("Court\nSANTIAGO, March 3 - Former Chilean President Ricardo Lagos returned to Santiago on Sunday. "
     "Argentine officials praised Lagos for his role in the talks.", "2008-03-03", "praised Lagos", "CHL"),
    ("Return\nLIMA, Jan 9 - Former Peruvian President Alejandro Toledo flew home on Sunday. Police detained "
     "Toledo at the airport.", "2023-01-09", "detained Toledo", "PER"),
])
def test_surname_read_as_place_is_the_person_named_before(coder, story, date, words, country):
    events = _in(_events(coder, story, date), words)
    assert events and all(a.code.startswith(country) for e in events for a in e.target), _show(events)


def test_place_after_in_stays_the_place(coder):
    story = ("Visit\nABUJA, May 2 - Chilean President Ricardo Lagos flew to Nigeria on Tuesday. "
             "Hundreds of students protested in Lagos against the visit.")
    events = _in(_events(coder, story, "2005-05-02"), "protested in Lagos")
    assert all(not any(a.code.startswith("CHL") for a in e.source) for e in events), _show(events)


# --- cause 4: labels that condemn ----------------------------------------------------------------------
@pytest.mark.parametrize("text,date,source", [
    ("Moscow called the expulsions an unfriendly act.", "2018-03-27", "RUS"),
    ("Erdogan called the uprising an attempted coup by a terrorist cult.", "2016-07-17", "TUR"),
    ("Malian President Ibrahim Boubacar Keita called the mutiny a putsch against the republic.",
     "2020-08-17", "MLI"),
])
def test_called_x_an_unfriendly_act_or_a_coup_criticises(coder, text, date, source):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source), evs


# --- cause 5: extradition and headline passives -----------------------------------------------------
@pytest.mark.parametrize("text,date,source,target", [
    ("A former Guatemalan general was extradited from the U.S. on Thursday.", "2021-05-06", "USA", None),
    ("Ex-president Fujimori extradited from Chile to face human rights charges", "2007-09-22", "CHL", "PER"),
])
def test_extradited_from_names_the_extraditing_state(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "COOPERATE", source=source, target=target), evs


def test_headline_expulsion_passive(coder):
    evs = coded_full(coder, "Four Russian diplomats expelled from the Netherlands", "2018-09-14")
    assert has_full_event(evs, "SANCTION", source="NLD", target="RUS"), evs


# --- cause 6: an opposition figure arrested with no agent and no place is held at home ---------------
@pytest.mark.parametrize("text,date,source,target", [
    ("Zimbabwean opposition leader Morgan Tsvangirai was arrested on treason charges.", "2003-06-06", "ZWE", "ZWE"),
    ("Veteran Bangladeshi opposition politician Khaleda Zia arrested on graft charges", "2007-09-03", "BGD", "BGD"),
])
def test_opposition_figure_arrested_by_own_country(coder, text, date, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, "COERCE", source=source, target=target), evs


def test_official_arrested_abroad_names_no_arrester(coder):
    evs = coded_full(coder, "A French diplomat was arrested on spying charges.", "2021-01-01")
    assert not has_full_event(evs, "COERCE", source="FRA"), evs


# --- cause 7: a clause joined to a denial is the speaker's next act ---------------------------------
@pytest.mark.parametrize("text,date,event,source,target", [
    ("Israel denied the report and accused Hezbollah of firing first.", "2023-10-20", "ACCUSE", "ISR", "LBN"),
    ("Ankara denied the claim and blamed Kurdish militants for the blast.", "2022-11-14", "ACCUSE", "TUR", None),
])
def test_clause_joined_to_a_denial_is_coded(coder, text, date, event, source, target):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


def test_denied_content_stays_denied(coder):
    evs = coded_full(coder, "Tehran denied arming the Houthis and funding Hamas.", "2023-11-01")
    assert not has_full_event(evs, "AID") and not has_full_event(evs, "SUPPORT"), evs


# --- cause 8: "the Chinese side", crowds breaking in, truces that fray, summons -------------------
@pytest.mark.parametrize("text,date,event,source", [
    ("The Japanese side rejected the proposal on Friday.", "2014-11-07", "REJECT", "JPN"),
    ("The Indian side lodged a strong protest with Beijing.", "2020-06-17", "ACCUSE", "IND"),
])
def test_side_named_by_its_country(coder, text, date, event, source):
    evs = coded_full(coder, text, date)
    assert has_full_event(evs, event, source=source), evs


def test_crowd_breaking_into_a_building_riots(coder):
    evs = coded_full(coder, "Sri Lankan protesters broke into the prime minister's office in Colombo.", "2022-07-13")
    assert has_full_event(evs, "PROTEST", cameo="145", source="LKA"), evs


@pytest.mark.parametrize("text", [
    "The truce between Sudan's army and the RSF collapsed within hours.",
    "A Qatari-brokered ceasefire between Israel and Hamas came under strain on Tuesday.",
])
def test_truce_faring_is_no_new_ceasefire(coder, text):
    evs = coded_full(coder, text, "2023-05-02")
    assert not has_full_event(evs, "RETREAT"), evs


def test_truce_taking_effect_stays(coder):
    evs = coded_full(coder, "A ceasefire between India and Pakistan took effect at midnight.", "2025-05-10")
    assert has_full_event(evs, "RETREAT", cameo="0871"), evs


def test_summons_to_protest_is_one_complaint(coder):
    evs = coded_full(coder, "Seoul summoned the Japanese ambassador to protest the textbook.", "2005-04-05")
    assert has_full_event(evs, "ACCUSE", source="KOR", target="JPN"), evs
    assert not has_full_event(evs, "PROTEST"), evs


# --- cause 9: a demand for elections or reform that names no addressee is aimed at home -------------
def test_opposition_demand_for_elections_targets_home(coder):
    evs = coded_full(coder, "Cambodian opposition leader Sam Rainsy demanded fresh elections.", "2013-08-01")
    assert has_full_event(evs, "REQUEST", source="KHM", target="KHM"), evs


def test_foreign_demand_for_elections_gets_no_home_target(coder):
    evs = coded_full(coder, "The United States demanded free elections.", "2019-02-01")
    assert not has_full_event(evs, "REQUEST", target="USA"), evs


# --- cause 10: "the leaders of the two countries" are the two countries' leaders ------------------------
@pytest.mark.parametrize("story,date,words", [
    ("Talks\nTASHKENT, Sept 2 - Uzbekistan and Tajikistan traded accusations over water. The prime ministers of "
     "the two countries met in Tashkent on Friday.", "2018-03-09", "prime ministers of"),
    ("Summit\nHANOI, May 1 - Vietnam and Cambodia settled a border dispute. The foreign ministers of both "
     "nations signed the accord in Hanoi.", "2019-05-01", "foreign ministers of"),
])
def test_office_holders_of_the_two_countries(coder, story, date, words):
    events = _in(_events(coder, story, date), words)
    assert events and all(len({a.code[:3] for a in e.source}) == 2 for e in events), _show(events)
