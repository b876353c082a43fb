"""Families of target misses found by helper "targets26" (issue #3) on fresh sentences where
choosing the target is the hard part:

- an act on a process noun ("the start of NATO membership talks with Helsinki") is aimed at the
  partner of the talks' own "with" phrase, not at the bloc that modifies them; the outer noun's own
  owner stays ("rebuffed a European offer of talks with Washington": the offerer);
- a weapon word before a rule or plan noun ("gun laws", "missile programme") is what the rule is
  about, not the armed force that fires it;
- a call for the release of something named by an apposition ("the Stena Impero, a tanker seized by
  Iran's Revolutionary Guards") is aimed at its holder;
- "claims to most of the South China Sea" are a territorial claim, not an allegation, also when the
  parser hangs the "to" phrase on the verb;
- people returned "to their families" (a guessed country) are given back to the side the object
  names ("returned 16 Ukrainian children");
- an act on a handover ("blocked the extradition of a journalist to Turkey") is aimed at the side
  the person would be sent to;
- "agreed with X to do Y" with a Y aimed at the doers' own side is aimed at the partner X;
- "talks between the Taliban and US envoys", parsed as one noun with two conjoined modifiers, has
  the two modifiers as its sides;
- troops, convoys or patrols that "came under fire from" someone with no reason given were shot at
  by them (the for/over rows stay criticism);
- "X was sworn in, a move that Y denounced": the reaction is aimed at who took the office.

Every sentence is written for this file or the lane's set, none is taken from a gold file."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, target, not_target", [
    ("Ankara blocked the start of NATO membership talks with Helsinki and Stockholm, demanding they stop "
     "supporting Kurdish militants.", "2022-05-18", "REJECT", "FIN", "IGONAT"),
    ("Paris froze the opening of EU accession talks with Skopje.", "2019-10-18", "SANCTION", "MKD", "IGOEEC"),
])
def test_targets26_talks_partner_through_of(coder, text, date, event, target, not_target):
    evs = coded(coder, text, date)
    assert _has(evs, event, target=target)
    assert not _has(evs, event, target=not_target)


def test_targets26_outer_owner_stays(coder):
    evs = coded(coder, "Tehran rebuffed a European offer of direct talks with Washington on its nuclear program.",
                "2005-05-18")
    assert _has(evs, "REJECT", "IRN", "IGOEEC")


@pytest.mark.parametrize("text, date", [
    ("New Zealand's prime minister promised to change the country's gun laws after the shooting.", "2019-03-15"),
    ("Germany criticised the country's missile programme.", "2019-03-15"),
])
def test_targets26_weapon_modifier_of_a_rule_is_no_force(coder, text, date):
    evs = coded(coder, text, date)
    assert evs and not any(any(t.endswith("MIL") for t in tgt) for _, _, _, tgt in evs)


def test_targets26_release_of_apposed_thing_aims_at_holder(coder):
    evs = coded(coder, "Britain demanded the immediate release of the Stena Impero, a British-flagged tanker "
                       "seized by Iran's Revolutionary Guards in the Strait of Hormuz.", "2019-07-20")
    assert _has(evs, "REQUEST", "GBR", "IRN")


def test_targets26_claim_to_part_of_a_sea(coder):
    evs = coded(coder, "Pompeo rejected Beijing's claims to most of the South China Sea as completely unlawful.",
                "2020-07-13")
    assert _has(evs, "REJECT", "USA", "CHN")
    assert not coded(coder, "Pompeo rejected claims that Beijing had hacked the agency.", "2020-07-13")


def test_targets26_returned_people_to_their_families(coder):
    evs = coded(coder, "Russia has returned 16 Ukrainian children to their families, said Qatar.", "2024-04-16")
    assert _has(evs, "RETREAT", "RUS", "UKR")


@pytest.mark.parametrize("text, date, event, target", [
    ("Sweden's Supreme Court blocked the extradition of an exiled journalist to Turkey.", "2022-12-20", "REJECT", "TUR"),
    ("A British court approved the extradition of Julian Assange to the United States.", "2022-06-17", "COOPERATE", "USA"),
])
def test_targets26_handover_aims_at_receiving_side(coder, text, date, event, target):
    assert _has(coded(coder, text, date), event, target=target)


def test_targets26_agreed_with_partner(coder):
    evs = coded(coder, "Poland agreed with the European Commission to connect its grid to the European network.",
                "2018-06-28")
    assert _has(evs, "AGREE", "POL", "IGOEEC")


def test_targets26_talks_between_conjoined_modifiers(coder):
    evs = coded(coder, "Talks between the Taliban and US envoys opened in Doha.", "2019-02-25")
    assert _has(evs, "CONSULT", "AFG", "USA")


def test_targets26_troops_under_fire(coder):
    evs = coded(coder, "Turkish troops came under fire from Syrian government forces in Idlib.", "2020-02-03")
    assert _has(evs, "ASSAULT", "SYR", "TUR")
    evs = coded(coder, "Turkish troops came under fire from lawmakers over the operation.", "2020-02-03")
    assert _has(evs, "ACCUSE", "TUR") and not _has(evs, "ASSAULT")


def test_targets26_move_after_office_taking_passive(coder):
    evs = coded(coder, "Nicolas Maduro was sworn in for a second term, a move that Peru, Colombia and Brazil "
                       "denounced as illegitimate.", "2019-01-10")
    assert _has(evs, "ACCUSE", "PER", "VEN")


@pytest.mark.parametrize("text, date", [
    ("Spain beat Germany in the final of the basketball World Cup in Manila.", "2023-09-10"),
    ("The Kremlin spokesman said Moscow had no plans to attack Finland or Sweden.", "2022-06-15"),
    ("Shares in Japanese carmakers fell in Tokyo amid worries over American tariffs on Mexico and Canada.", "2025-01-13"),
])
def test_targets26_no_event(coder, text, date):
    assert not coded(coder, text, date)
