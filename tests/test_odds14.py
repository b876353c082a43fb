"""Families of misses found by helper "odds14" (issue #3): rare organisation acronyms in subject
position ("ECOWAS", "IGAD") were read as a verb or an auxiliary and the sentence coded nothing; a
resignation "in protest" is dissent (140), not a leader giving way (0831); a court ordering someone
held, jailed or placed in detention is one mechanism (the custody itself, by the court), also when
the parser splits a titled name off as the subject of a relative participle; refusals told in
reported speech ("said Turkey would not approve Sweden's membership", "would never allow Russian
warships to pass"); a weapon hitting a school is an attack, not repression at home; a trade share
told in the simple present ("supplies most of ...") is how trade stands, no event; condemning an
unattributed strike does not accuse the condemner's own military. Every sentence is written for
this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


# --- acronyms in subject position -------------------------------------------------------------
@pytest.mark.parametrize("text, date, event, source, target", [
    ("ECOWAS lifted sanctions on Guinea after the junta agreed a transition timetable.", "2024-01-28",
     "RETREAT", "IGOWAS", "GIN"),
    ("IGAD called on Sudan's army and the RSF to open humanitarian corridors.", "2023-05-02",
     "REQUEST", "IGOIGD", "SDN"),
])
def test_odds14_acronym_subject_acts(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_odds14_acronym_keeps_its_text(coder):
    # only the model's word features change: the token's text and its actor stay its own
    doc = coder.nlp("ECOWAS imposed sanctions on Mali.")
    assert doc[0].text == "ECOWAS" and doc[0].dep_ == "nsubj"


# --- resignation in protest -------------------------------------------------------------------
@pytest.mark.parametrize("text, date, source", [
    ("Germany's labour minister Jan Novak resigned in protest at the government's refusal to raise pensions.",
     "2022-04-12", "DEU"),
    ("Sajid Karim resigned as Pakistan's information minister in protest over the budget cuts.",
     "2019-06-01", "PAK"),
])
def test_odds14_resignation_in_protest_is_dissent(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source, cameo="140"), evs
    assert not _has(evs, "CONCEDE"), evs


def test_odds14_plain_resignation_still_concedes(coder):
    evs = coded(coder, "Italy's defence minister resigned on Friday.", "2018-02-01")
    assert _has(evs, "CONCEDE", "ITA", cameo="0831"), evs


# --- a court ordering custody -------------------------------------------------------------------
@pytest.mark.parametrize("text, date, source, target", [
    ("A Minsk court ordered opposition activist Maria Kolesnikova held in custody for another two months.",
     "2022-01-12", "BLRJUD", "BLR"),
    ("A court ordered Georgian opposition leader Nika Melia placed in pre-trial detention.",
     "2021-03-04", "GEOJUD", "GEO"),
    ("A Cairo judge ordered the three students detained pending trial.", "2019-11-15", "EGYJUD", "EGY"),
])
def test_odds14_court_order_of_custody_is_detention(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs
    assert not _has(evs, "REQUEST"), evs
    # one detention, by the court: the held are never made the doers of a second one
    assert not any(e[0] == "COERCE" and e[2][:1] and e[2][0][:3] == target and e[2][0] != source for e in evs), evs


# --- refusals in reported speech ------------------------------------------------------------------
@pytest.mark.parametrize("text, date, source, target", [
    ("Ukraine said it would never allow Russian warships to pass through the Kerch Strait.", "2018-11-26", "UKR", "RUS"),
    ("Erdogan said Turkey would not approve Sweden's membership of NATO.", "2023-01-24", "TUR", "SWE"),
])
def test_odds14_refusal_in_reported_speech(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target, cameo_prefix="12"), evs


def test_odds14_letting_forces_pass_is_cooperation(coder):
    evs = coded(coder, "Romania allowed American warplanes to fly through its airspace.", "2022-03-01")
    assert _has(evs, "COOPERATE", "ROU", "USA", cameo="062"), evs


# --- a weapon that hits a school --------------------------------------------------------------------
def test_odds14_shell_hitting_a_school_is_an_attack(coder):
    evs = coded(coder, "A mortar shell hit a school in the Sudanese city of Omdurman.", "2024-04-02")
    assert _has(evs, "ASSAULT", target="SDN", cameo="190"), evs
    assert not _has(evs, "COERCE"), evs


def test_odds14_police_against_students_is_still_repression(coder):
    evs = coded(coder, "Police fired tear gas at students in Khartoum.", "2024-04-02")
    assert _has(evs, "COERCE", "SDNCOP", "SDN", cameo="175"), evs


# --- trade shares in the simple present --------------------------------------------------------------
def test_odds14_trade_share_is_no_event(coder):
    assert coded(coder, "Russia supplies most of the grain Egypt imports.", "2023-06-01") == []


def test_odds14_a_delivery_is_still_aid(coder):
    evs = coded(coder, "Russia supplied wheat to Egypt.", "2023-06-01")
    assert _has(evs, "AID", "RUS", "EGY"), evs


# --- condemning an unattributed strike --------------------------------------------------------------
def test_odds14_unattributed_strike_accuses_no_own_military(coder):
    evs = coded(coder, "Macron condemned the missile strikes and called for restraint.", "2020-01-08")
    assert _has(evs, "ACCUSE", "FRA"), evs
    assert not any(e[0] == "ACCUSE" and any(c.startswith("FRA") for c in e[3]) for e in evs), evs


def test_odds14_attributed_strike_accuses_its_doer(coder):
    evs = coded(coder, "Macron condemned Iran's missile strikes on US bases.", "2020-01-08")
    assert _has(evs, "ACCUSE", "FRA", "IRN"), evs


# --- 'would not tolerate' warns ------------------------------------------------------------------
def test_odds14_not_tolerating_an_incursion_warns_its_doer(coder):
    evs = coded(coder, "Vietnam said it would not tolerate any Chinese incursion into its waters.", "2014-05-10")
    assert _has(evs, "THREATEN", "VNM", "CHN", cameo="130"), evs


def test_odds14_tolerating_is_no_event(coder):
    assert coded(coder, "The government tolerated small rallies in the capital.", "2014-05-10") == []


def test_odds14_foreign_troops_kept_off_territory_is_a_refusal(coder):
    evs = coded(coder, "Belarus said it would not allow Russian troops on its territory.", "2021-06-01")
    assert _has(evs, "REJECT", "BLR", "RUS", cameo_prefix="12"), evs


# --- a second verb read as its object's modifier -----------------------------------------------------
def test_odds14_second_verb_read_as_modifier_keeps_its_own_event(coder):
    evs = coded(coder, "Sunak condemned the attack and convened G7 leaders for talks.", "2023-10-08")
    assert _has(evs, "CONSULT", "GBR", "IGOGSN", cameo="040"), evs
    assert not any(e[0] == "ACCUSE" and any(c.startswith("IGO") for c in e[3]) for e in evs), evs


# --- an ultimatum of 'a week' -----------------------------------------------------------------------
def test_odds14_a_week_to_comply_is_an_ultimatum(coder):
    evs = coded(coder, "SADC gave Lesotho's army a week to return to barracks.", "2014-09-05")
    assert _has(evs, "THREATEN", "IGOSAD", "LSO", cameo="139"), evs
