"""Families of misses found by helper "odds15" (issue #3): a team's captain or striker in a sport
sentence is no officer or striking worker; naming or identifying a side as the suspect or culprit
accuses it; "let" reads as "allow" for permissions, so a refusal to let a side return is a
rejection; trying to persuade someone is the appeal itself, not an intent; a vow to hit back is a
threat; martial law takes no foreign target; a passive "kicked / ordered out of X" is expelled by
X; "co-" verbs stay one token so the main verb keeps its subject; an unnamed international
tribunal is an IGO; a possessive country inside an entity span owns the place after it. Every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date", [
    ("The Croatian captain criticised the referee after the World Cup quarter-final in Sochi.", "2018-07-08"),
    ("The Indian skipper praised the Australian batsmen after the one-day match in Hyderabad.", "2019-03-02"),
])
def test_odds15_sport_captain_is_no_actor(coder, text, date):
    assert coded(coder, text, date) == []


def test_odds15_ship_captain_stays_military(coder):
    evs = coded(coder, "Ukraine's navy captain accused Russia of ramming his vessel near the strait.", "2019-08-20")
    assert _has(evs, "ACCUSE", "UKRMIL", "RUS"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Dutch prosecutors named three Russians and a Ukrainian as suspects in the downing of flight MH17.",
     "2020-01-10", "NLD", "RUS"),
    ("Saudi Arabia identified Iran as the culprit behind the attack on the Abqaiq oil plant.", "2019-09-18",
     "SAU", "IRN"),
])
def test_odds15_named_as_culprit_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Myanmar's junta said it would not let the ousted leaders return to parliament.", "2021-02-03", "MMR", "MMR"),
    ("Hungary said it would not let refugees return to the transit zone.", "2017-04-05", "HUN", "HUN"),
])
def test_odds15_not_let_return_is_refusal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Dutch Prime Minister Mark Rutte sought to persuade Ankara to call off the rally.", "2017-03-11", "NLD", "TUR"),
    ("Angela Merkel sought to convince Beijing to ease its curbs on foreign firms.", "2019-11-20", "DEU", "CHN"),
])
def test_odds15_trying_to_persuade_is_appeal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REQUEST", source, target), evs
    assert not _has(evs, "AGREE"), evs


def test_odds15_vow_to_hit_back_threatens(coder):
    evs = coded(coder, "Hezbollah vowed to hit back at Israel after the strike on its commanders.", "2022-05-01")
    assert _has(evs, "THREATEN", "LBN", "ISR"), evs
    assert not _has(evs, "ACCUSE"), evs


def test_odds15_martial_law_no_foreign_target(coder):
    evs = coded(coder, "Ukraine declared martial law after a naval clash with Russia near the Kerch Strait.", "2018-11-26")
    assert ("COERCE", "1724", ["UKR"], []) in evs, evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Three Czech diplomats were kicked out of Russia in a tit-for-tat move.", "2021-04-20", "RUS", "CZE"),
    ("Two Iranian embassy officials were ordered out of the Netherlands.", "2019-07-01", "NLD", "IRN"),
])
def test_odds15_passive_out_of_expels(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(ev in ("SANCTION", "COERCE") and src and src[0].startswith(source) and any(t.startswith(target) for t in tgt)
               for ev, _, src, tgt in evs), evs


def test_odds15_co_verb_keeps_main_subject(coder):
    evs = coded(coder, "Macron, who co-hosted the conference, urged Tehran to curb its missile programme.", "2018-03-10")
    assert _has(evs, "REQUEST", "FRA", "IRN"), evs
    doc = coder.nlp("Macron co-hosted the conference.")
    assert [t.text for t in doc][1] == "co-hosted"


def test_odds15_international_tribunal_is_igo(coder):
    evs = coded(coder, "An international tribunal ruled that Russia must release the Ukrainian sailors.", "2019-05-25")
    assert _has(evs, "REQUEST", "IGO", "RUS"), evs


def test_odds15_possessor_country_owns_region(coder):
    evs = coded(coder, "Rwanda sent troops to Mozambique's Cabo Delgado province.", "2021-07-09")
    assert _has(evs, "MOBILIZE", "RWA", "MOZ"), evs
