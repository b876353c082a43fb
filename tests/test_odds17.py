"""Families of misses found by helper "odds17" (issue #3): a court or election body that annuls
or nullifies an election, vote or result sanctions (172), while annulling its own ruling codes no
sanction; a signed statement or letter whose participle demands or urges carries that act, not a
signed accord (057); aid whose only target is the giver's own soldiers or the workers sent takes
the country its helping purpose names; "blocked X from V-ing" aims at X, not at whoever the
blocked act would reach; a speaker who calls a side a true friend or a key partner praises it
(051), one who says a side is lying about something accuses it (112), and a bare fact about
trading partners codes nothing; "offered to help mediate" is an intent to mediate (039), not an
offer of help (033) beside a mediation (045); the crime a person "was charged with" by a court is
the charge, not an attack by the court. Every sentence is written for this file, none is taken from a
gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Peru's electoral court annulled the vote in three provinces.", "2016-06-08", "PERJUD", "PER"),
    ("Kenya's Supreme Court nullified the presidential election result.", "2017-09-01", "KENJUD", "KEN"),
])
def test_odds17_annulled_vote_is_a_sanction(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="172"), evs


def test_odds17_own_ruling_annulled_is_no_sanction(coder):
    evs = coded(coder, "The Constitutional Court annulled its own ruling on the budget.", "2011-03-01")
    assert not any(cm == "172" for _, cm, *_ in evs), evs


@pytest.mark.parametrize("text, date, event, source", [
    ("Egypt and Jordan signed a joint statement demanding that Israel lift the siege of Gaza.", "2023-10-30",
     "REQUEST", "EGY"),
    ("Belarusian opposition leaders signed a declaration calling for new presidential elections.", "2020-08-21",
     "REQUEST", "BLR"),
])
def test_odds17_signed_paper_carries_its_demand(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source), evs
    assert not any(cm == "057" for _, cm, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Japan sent soldiers and aircraft to help typhoon victims in the Philippines.", "2013-11-14", "JPN", "PHL"),
    ("The Netherlands sent aircraft and relief workers to help earthquake victims in Morocco.", "2023-09-12",
     "NLD", "MAR"),
])
def test_odds17_aid_goes_to_the_helped_country(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AID", source, target), evs
    assert not any(ev == "AID" and any(c.startswith(source) for c in tgt) for ev, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target, other", [
    ("A Bangladeshi court blocked the police from arresting opposition leader Khaleda Zia.", "2019-07-01",
     "BGDJUD", "BGDCOP", None),
    ("A Philippine court blocked the navy from arresting Vietnamese fishermen.", "2020-01-10",
     "PHLJUD", "PHL", "VNM"),
    ("A Nigerian court blocked the government from sending troops to Niger.", "2023-08-10",
     "NGAJUD", "NGA", "NER"),
])
def test_odds17_blocked_from_aims_at_the_blocked(coder, text, date, source, target, other):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs
    if other:
        assert not any(ev == "REJECT" and any(c.startswith(other) for c in tgt) for ev, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ('"Saudi Arabia is a key partner for peace," the Iraqi prime minister said.', "2023-05-19",
     "SUPPORT", "051", "IRQGOV", "SAU"),
    ('"Turkey is a true friend," the Azerbaijani president said.', "2022-11-20", "SUPPORT", "051", "AZEGOV", "TUR"),
    ('"Beijing is lying about the camps," the U.S. State Department spokesman said.', "2021-04-01",
     "ACCUSE", "112", "USA", "CHN"),
])
def test_odds17_speaker_calls_a_side_friend_or_liar(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_odds17_trading_partner_fact_is_no_event(coder):
    assert coded(coder, "Germany is the biggest trading partner of the Netherlands.", "2022-01-05") == []


@pytest.mark.parametrize("text, date, source, targets", [
    ("Kazakhstan offered to help mediate between Armenia and Azerbaijan.", "2020-10-05", "KAZ", ("ARM", "AZE")),
    ("Iran offered on Tuesday to help mediate between India and Pakistan.", "2019-08-20", "IRN", ("IND", "PAK")),
])
def test_odds17_offer_to_help_mediate_is_intent_to_mediate(coder, text, date, source, targets):
    evs = coded(coder, text, date)
    assert all(_has(evs, "AGREE", source, t, cameo="039") for t in targets), evs
    assert not any(cm in ("033", "045") for _, cm, *_ in evs), evs


def test_odds17_offer_to_help_rebuild_stays_an_offer_of_help(coder):
    evs = coded(coder, "Egypt offered to help rebuild Gaza.", "2021-05-20")
    assert _has(evs, "AGREE", "EGY", cameo="033"), evs


def test_odds17_passive_charge_noun_is_no_attack_by_the_court(coder):
    evs = coded(coder, "Kenyan Deputy President William Ruto was charged with murder by the International Criminal Court.",
                "2011-12-15")
    assert _has(evs, "ACCUSE", "IGOICC", "KEN"), evs
    assert not any(ev == "ASSAULT" for ev, *_ in evs), evs
