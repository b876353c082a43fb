"""Families of event-type misses found by helper "types25" (issue #3) on fresh wire-style sentences:

- ACCUSE: "said it was (highly) likely / clear that X was behind / responsible for the attack" accuses X,
  as "said X was behind" does (the that-clause the parser hangs on the empty "it"); a fire or arson is
  a harm one can be blamed for;
- COERCE vs CONSULT: "held the president in his palace, in what officials called a coup" is a seizure;
  the free relative "in what ... called" is no 'hold call' (041);
- CONCEDE vs REJECT: a government scrapping or easing its own rules, mandates, quarantine or testing
  (also "much of its ... regime") concedes (081), it rejects nothing (120); a bill, reform or plan
  postponed, delayed or paused is shelved (080);
- THREATEN: "would respond to any attack" (answering any hostile act, as "ready to respond to any");
  "had the right to use nuclear weapons / to retaliate"; costs threatened if a side acts (1312);
- AID: a plane, ship or convoy carrying or loaded with relief goods that lands or arrives brings aid
  (073); it is no craft's journey;
- no event: an "imminent" or "looming" act has not happened; a clause after "as long as" is a condition;
- SANCTION: arms exports frozen (1622); RETREAT: fighters burning their weapons disarm (0873); REJECT:
  "would no longer abide by" a deal or limits refuses (abiding by or adhering to it yields, as complying);
- ASSAULT source: "Serb gunners" are the military; AID: peacekeepers rolling or moving into a place (074).

Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("The Czech prime minister said it was highly likely that Russian agents were responsible for the depot explosions.",
     "2021-04-18", "CZE", "RUS"),
    ("Seoul said it was clear that North Korea was behind the hacking of its nuclear operator.", "2015-03-17", "KOR", "PRK"),
    ("Lithuania's president said it was likely that Moscow was behind the arson at an Ikea store in Vilnius.",
     "2024-06-10", "LTU", "RUS"),
])
def test_types25_likely_or_clear_that_a_side_was_behind_accuses(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ACCUSE", source, target, cameo="112")


def test_types25_likely_outcome_of_no_side_is_no_accusation(coder):
    assert not coded(coder, "The coach said it was likely that Brazil would win the final.", "2022-12-01")


def test_types25_in_what_officials_called_is_no_phone_call(coder):
    evs = coded(coder, "Soldiers of Gabon's republican guard held President Ali Bongo at his residence in Libreville, "
                       "in what officers called a rescue of the nation.", "2023-08-30")
    assert not any(cm == "041" for _, cm, *_ in evs)
    assert _has(evs, "COERCE", "GAB", "GAB")


@pytest.mark.parametrize("text, date, source", [
    ("Japan scrapped its remaining quarantine rules and mask requirements on Wednesday.", "2023-04-05", "JPN"),
    ("Beijing scrapped much of its testing regime and quarantine requirements for travellers.", "2022-12-26", "CHN"),
])
def test_types25_own_rules_scrapped_concede(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "CONCEDE", source)
    assert not any(ev == "REJECT" for ev, *_ in evs)


@pytest.mark.parametrize("text, date, source", [
    ("Peru's president postponed the pension reform after a week of road blockades by miners.", "2023-02-02", "PER"),
    ("Ghana's government paused the controversial e-levy bill after an outcry from traders.", "2021-12-20", "GHA"),
])
def test_types25_bill_or_reform_put_off_concedes(coder, text, date, source):
    assert _has(coded(coder, text, date), "CONCEDE", source, cameo="080")


@pytest.mark.parametrize("text, date, source, target", [
    ("Seoul said it would respond to any North Korean provocation.", "2023-03-20", "KOR", "PRK"),
    ("Pakistan's army chief said his forces would respond to any Indian aggression.", "2019-02-22", "PAK", "IND"),
])
def test_types25_would_respond_to_any_attack_threatens(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "THREATEN", source, target, cameo="138")


def test_types25_would_not_respond_is_no_threat(coder):
    assert not any(ev == "THREATEN" for ev, *_ in coded(
        coder, "Japan said it would not respond to any provocation from its neighbour.", "2023-03-20"))


@pytest.mark.parametrize("text, date, source", [
    ("North Korea's foreign ministry said Pyongyang had the right to use nuclear weapons to defend itself.",
     "2022-09-09", "PRK"),
    ("Turkey's defence minister said Ankara had the right to retaliate against the militants.", "2022-11-20", "TUR"),
])
def test_types25_right_to_use_force_threatens(coder, text, date, source):
    assert _has(coded(coder, text, date), "THREATEN", source)


def test_types25_right_to_vote_is_no_event(coder):
    assert not coded(coder, "The court said every citizen had the right to vote in the election.", "2020-10-01")


def test_types25_costs_if_a_side_acts_threaten(coder):
    evs = coded(coder, "The German chancellor said Berlin would impose heavy costs on Moscow if it attacked Moldova.",
                "2022-04-28")
    assert _has(evs, "THREATEN", "DEU", "RUS", cameo="1312")


@pytest.mark.parametrize("text, date, source, target", [
    ("A Qatari plane carrying 40 tonnes of medicine and tents landed in Syria on Sunday.", "2023-02-12", "QAT", "SYR"),
    ("A Greek ship loaded with food and blankets arrived in Lebanon.", "2024-10-10", "GRC", "LBN"),
])
def test_types25_craft_bringing_relief_gives_aid(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AID", source, target, cameo="073")


def test_types25_plane_landing_with_no_relief_stays_no_event(coder):
    assert not coded(coder, "A Qatari plane carrying the emir landed safely in Paris.", "2023-02-12")


def test_types25_imminent_invasion_has_not_happened(coder):
    evs = coded(coder, "Moscow dismissed Western warnings of an imminent Russian invasion of Georgia.", "2008-08-01")
    assert not any(ev == "ASSAULT" for ev, *_ in evs)


def test_types25_as_long_as_clause_is_a_condition(coder):
    evs = coded(coder, "Seoul said it would suspend the accord as long as Pyongyang kept seizing fishing boats.",
                "2016-01-12")
    assert not any(ev in ("COERCE", "ASSAULT") for ev, *_ in evs)


def test_types25_arms_exports_frozen_sanction(coder):
    evs = coded(coder, "Norway froze arms exports to Turkey over its offensive in Syria.", "2019-10-10")
    assert _has(evs, "SANCTION", "NOR", "TUR")


def test_types25_fighters_burning_their_weapons_disarm(coder):
    evs = coded(coder, "Dozens of rebel fighters of the Moro Islamic Liberation Front burned their weapons at a ceremony "
                       "in Mindanao.", "2019-09-07")
    assert _has(evs, "RETREAT", "PHL", cameo="0873")
    assert not any(ev == "COERCE" for ev, *_ in evs)


def test_types25_no_longer_abiding_by_a_deal_is_a_refusal(coder):
    evs = coded(coder, "Pyongyang said it would no longer abide by the limits on artillery drills near the sea border.", "2023-11-23")
    assert _has(evs, "REJECT", "PRK")
