"""Event types on unseen text, fixed by helper "types26" (issue #3):

- a halt announced, declared, ordered or imposed by its noun is a ceasefire (0871) only when no other
  act is halted: "announced a halt to all trade with Israel" is an embargo (163), a halt to talks
  halts negotiations (164), a halt to deliveries or aid cuts aid (162);
- "threatened X with an offensive if shelling ... continued": the parser hangs the condition's verb
  on the threat as its content; the threat is the "with" object's (1384), not the condition;
- a state taking control of a firm's subsidiaries or plants confiscates property (1711), not
  territory (192);
- "the Kerem Shalom crossing": the head noun after a two-word name misread as a participle clause
  of the verb is still the verb's object ("reopened the crossing", 0872);
- meetings, truces and swaps "mooted", "floated" or "suggested" are offered (03x), as "proposed";
  the meeting itself has not happened (no 04x).

Every sentence is written for this file or the lane's own fresh set, none taken from a gold file."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Turkey announced a halt to all trade with Israel until a permanent ceasefire is reached in Gaza.",
     "2024-05-02", "163", "TUR", "ISR"),
    ("Turkey announced a suspension of trade with Israel.", "2024-05-02", "163", "TUR", "ISR"),
    ("Beijing imposed a freeze on imports of Japanese seafood.", "2023-08-25", "163", "CHN", "JPN"),
    ("Washington announced a halt to arms deliveries to Israel.", "2024-05-08", "162", "USA", "ISR"),
    ("Pyongyang announced a halt to talks with Seoul.", "2018-05-16", "164", "PRK", "KOR"),
])
def test_types26_halt_of_an_act_says_its_code(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo=cameo), evs
    assert not _has(evs, "RETREAT", source), evs


def test_types26_halt_to_fighting_stays_a_ceasefire(coder):
    evs = coded(coder, "The rebels declared a halt to the fighting in Darfur.", "2023-06-01")
    assert _has(evs, "RETREAT", cameo="0871"), evs


@pytest.mark.parametrize("text", [
    "Azerbaijan's defence ministry threatened Armenia with a full-scale offensive if shelling of its "
    "positions in Nagorno-Karabakh continued.",
    "Azerbaijan threatened Armenia with a full-scale offensive.",
])
def test_types26_threat_with_an_offensive(coder, text):
    evs = coded(coder, text, "2016-04-05")
    assert _has(evs, "THREATEN", "AZE", "ARM", cameo="1384"), evs


def test_types26_firm_subsidiaries_seized_are_property(coder):
    evs = coded(coder, "Moscow seized control of the Russian subsidiaries of France's Danone and Denmark's Carlsberg.",
                "2023-07-17")
    assert _has(evs, "COERCE", "RUS", cameo="1711"), evs
    assert not any(e[0] == "ASSAULT" for e in evs), evs


@pytest.mark.parametrize("text, target", [
    ("Israel reopened the Kerem Shalom crossing to let aid lorries enter Gaza.", "PSE"),
    ("Israel reopened the Kerem Shalom crossing into Gaza.", "PSE"),
    ("Israel reopened the Kerem Shalom crossing on Sunday.", None),
])
def test_types26_crossing_after_a_two_word_name(coder, text, target):
    evs = coded(coder, text, "2023-12-17")
    assert _has(evs, "RETREAT", "ISR", target, cameo="0872"), evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Hungary mooted the idea of a peace summit between Russia and Ukraine.", "2024-09-10", "036", "HUN", "RUS"),
    ("Moscow floated the idea of talks with Washington on arms control.", "2024-09-10", "036", "RUS", "USA"),
    ("Hungary floated a summit between Russia and Ukraine.", "2024-09-10", "036", "HUN", "UKR"),
])
def test_types26_mooted_meeting_is_an_offer(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AGREE", source, target, cameo=cameo), evs
    assert not any(e[0] == "CONSULT" for e in evs), evs


@pytest.mark.parametrize("text, date", [
    ("Japan's foreign ministry expressed concern over the humanitarian situation in Gaza.", "2023-11-03"),
    ("Airbus shares slumped after the planemaker scrapped its delivery target for the year.", "2024-03-14"),
    ("Real Madrid fans lambasted the referee after the team's defeat at Valencia.", "2023-05-21"),
    ("Beijing has not imposed any sanctions on Lithuanian companies, the commerce ministry said.", "2022-06-02"),
    ("The company floated shares on the Frankfurt exchange.", "2021-06-02"),
])
def test_types26_no_event(coder, text, date):
    assert coded(coder, text, date) == []
