"""False events and wrong modality, fixed as families (issue #3, helper "noevent4"). One
parametrised test per cause; every sentence is written for this file, none is taken from a gold
or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event


def _has(evs, event, source=None, target=None, cameo=None):
    """An event of that type whose source / target codes start with the given ones and whose cameo
    code starts with `cameo`."""
    return has_full_event(evs, event, source, target, cameo_prefix=cameo)


@pytest.mark.parametrize("text, date, event, source, target", [
    # "is set / scheduled to V": the passive subject does V in the future, as after "will"
    ("Italy is set to deliver two more air defence systems to Ukraine.", "2024-03-02", "AGREE", "ITA", "UKR"),
    ("Japan is scheduled to send a relief team to Turkey next week.", "2023-02-08", "AGREE", "JPN", "TUR"),
    # "undertook to V" is a pledge, like "pledged to V"
    ("Qatar undertook to release the detained Indian sailors.", "2024-02-10", "AGREE", "QAT", "IND"),
    ("Ankara undertook to lift its objections to Finland's membership.", "2023-03-15", "AGREE", "TUR", "FIN"),
])
def test_noevent4_scheduled_and_undertaken_acts_are_intents(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo="03"), evs
    assert evs[0][1].startswith("03"), evs  # the intent is the main event, not the deed


def test_noevent4_undertaking_an_operation_keeps_its_event(coder):
    evs = coded(coder, "Nigerian troops undertook a large offensive against the insurgents in Borno.", "2022-05-04")
    assert _has(evs, "ASSAULT", "NGA"), evs
    assert not [e for e in evs if e[1].startswith("03")], evs


@pytest.mark.parametrize("text, date", [
    # "has / is yet to V": not done
    ("The African Union has yet to send observers to the disputed region.", "2021-06-10"),
    ("Turkey is yet to approve Sweden's bid to join the alliance.", "2023-05-02"),
    # "is set to" with no other side: still no event
    ("The prime minister is set to sign the budget into law on Monday.", "2023-05-02"),
])
def test_noevent4_not_yet_done_is_nothing(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date", [
    # a market's move after a political act: the act is its cause, told as background
    ("Brent crude climbed 3% after Houthi rebels attacked a tanker in the Red Sea.", "2024-01-15"),
    ("The rupee weakened after India carried out strikes on Pakistan.", "2025-05-07"),
    ("Defence stocks surged following Russia's attack on Ukraine's power grid.", "2024-03-25"),
    ("Soybean prices fell after Washington and Beijing signed a trade truce.", "2020-01-16"),
])
def test_noevent4_market_move_causes_are_background(coder, text, date):
    assert coded(coder, text, date) == []


def test_noevent4_political_main_clause_keeps_its_after_clause(coder):
    evs = coded(coder, "Israel struck targets in Lebanon after Hezbollah fired rockets at Haifa.", "2024-09-20")
    assert _has(evs, "ASSAULT", "ISR"), evs
    assert _has(evs, "ASSAULT", "LBN", "ISR"), evs


@pytest.mark.parametrize("text, date", [
    # a relative clause on what is denied names the denied matter; its doer is left open
    ("Syria denied that its jets had dropped the bombs that hit the market in Idlib.", "2019-07-23"),
    ("Moscow denied any part in the explosion that destroyed the pipeline.", "2022-09-28"),
])
def test_noevent4_denied_matter_is_nothing(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date", [
    # an event noun as the subject of would / could / might is supposed, to tell its outcome
    ("A Russian blockade of the Baltic Sea would cripple trade in northern Europe.", "2023-06-01"),
    ("Any accord between Serbia and Kosovo could unlock billions in European investment.", "2023-02-27"),
    ("An Indian strike on Pakistani territory would trigger a dangerous escalation, experts said.", "2019-02-20"),
])
def test_noevent4_supposed_acts_are_nothing(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date, source, target", [
    # holding oneself no longer bound by an accord is leaving it, as suspending it is
    ("North Korea said it was no longer bound by the armistice agreement.", "2013-03-11", "PRK", None),
    ("The Palestinian president said his government was no longer bound by its accords with Israel.", "2020-05-19", "PSE", "ISR"),
])
def test_noevent4_no_longer_bound_is_withdrawal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="160"), evs


def test_noevent4_no_longer_bound_by_a_rule_is_nothing(coder):
    assert coded(coder, "Workers are no longer bound by the old overtime rules.", "2020-05-19") == []


@pytest.mark.parametrize("text, date, event, source, target", [
    # vowing to exact a price is a threat; ignoring a warrant defies it
    ("Hezbollah vowed to exact a heavy price from Israel for the killing of its commander.", "2024-07-31", "THREATEN", "LBN", "ISR"),
    ("Tajikistan ignored the ICC warrant when Putin visited Dushanbe.", "2023-10-05", "REJECT", "TJK", "IGOICC"),
])
def test_noevent4_vowed_price_and_ignored_warrant(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target), coded(coder, text, date)


def test_noevent4_sport_comeback_is_nothing(coder):
    assert coded(coder, "Liverpool stormed back to beat Tottenham 4-2 at Anfield.", "2024-01-05") == []


@pytest.mark.parametrize("text, date, event, cameo, source", [
    # a plain future exit from an accord is the exit announced; under a condition it is a threat
    ("Washington said it would withdraw from the arms treaty with Moscow.", "2019-02-01", "SANCTION", "160", "USA"),
    ("Brazil will pull out of the regional trade pact, the government said.", "2018-12-20", "SANCTION", "160", "BRA"),
    ("Iran said it would quit the nuclear pact unless Europe shielded its oil exports.", "2019-05-08", "THREATEN", "13", "IRN"),
])
def test_noevent4_announced_exit_from_an_accord(coder, text, date, event, cameo, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, cameo=cameo), evs


def test_noevent4_plain_future_quit_of_a_pact_is_the_exit(coder):
    evs = coded(coder, "Mali said it would quit the regional defence pact.", "2022-05-15")
    assert _has(evs, "SANCTION", "MLI", cameo="160"), evs


@pytest.mark.parametrize("text, date, source", [
    # "not / no longer willing / ready to V" refuses V; "ready to V" still offers it
    ("Moscow is no longer willing to negotiate with Kyiv.", "2023-03-30", "RUS"),
    ("Hamas is not ready to release the remaining hostages.", "2024-03-05", "PSE"),
])
def test_noevent4_unwilling_is_a_refusal(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == "REJECT" and evs[0][2][0].startswith(source), evs


def test_noevent4_ready_is_still_an_intent(coder):
    evs = coded(coder, "Tehran is ready to resume talks with Washington.", "2022-08-20")
    assert _has(evs, "AGREE", "IRN", "USA"), evs


@pytest.mark.parametrize("text, date", [
    # an event noun dated a year or more before the story by its own phrase is history
    ("Iraq's invasion of Kuwait in 1990 triggered the first Gulf War.", "2021-01-17"),
    ("The 2003 invasion of Iraq still divides British politics.", "2023-03-20"),
])
def test_noevent4_dated_event_noun_is_history(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date", [
    # what others believe, expect or fear a side will or could do is their forecast
    ("Traders fear that Iran could close the Strait of Hormuz.", "2019-06-20"),
    ("Many analysts believe that Hamas will accept the truce.", "2024-05-02"),
    ("Western officials think Moscow will attack again in the spring.", "2023-01-15"),
])
def test_noevent4_forecasts_by_others_are_nothing(coder, text, date):
    assert coded(coder, text, date) == []


def test_noevent4_own_warning_is_still_a_threat(coder):
    evs = coded(coder, "Iran warned that it would close the Strait of Hormuz if attacked.", "2019-06-20")
    assert _has(evs, "THREATEN", "IRN"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # letting another side use force or pass on arms is military cooperation with it; the
    # permitted strike has not happened by the permission
    ("London allowed Kyiv to fire Storm Shadow missiles at targets inside Russia.", "2024-11-20", "GBR", "UKR"),
    ("The Netherlands permitted Denmark to send F-16 jets to Ukraine.", "2023-08-20", "NLD", "DNK"),
])
def test_noevent4_permitted_force_is_cooperation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COOPERATE", source, target, cameo="062"), evs
    assert not [e for e in evs if e[0] == "ASSAULT"], evs


def test_noevent4_helped_attack_is_still_the_attack(coder):
    evs = coded(coder, "Iran helped the Houthis attack ships in the Red Sea.", "2024-01-12")
    assert not _has(evs, "COOPERATE", "IRN", "YEM", cameo="062"), evs


@pytest.mark.parametrize("text, date", [
    # an act recalled decades after, hung on the main clause by "Decades after": history
    ("Decades after Soviet troops left Afghanistan, the war still haunts many veterans.", "2019-02-15"),
    ("Years after NATO bombed Belgrade, the ruins still stand in the city centre.", "2024-03-24"),
])
def test_noevent4_long_after_span_on_main_clause(coder, text, date):
    assert coded(coder, text, date) == []


def test_noevent4_ready_to_impose_measures_under_a_condition_is_a_threat(coder):
    evs = coded(coder, "London said it was prepared to impose tough economic measures if Moscow invaded Ukraine.", "2022-01-20")
    assert evs and evs[0][0] == "THREATEN" and evs[0][1].startswith("131"), evs


@pytest.mark.parametrize("text, date, expect_event", [
    # a year before the rising or war the verb acts on dates the act: history in a later story
    ("The square is where Chinese troops crushed the 1989 uprising.", "2024-06-04", False),
    ("Syrian soldiers crushed the uprising in Homs on Sunday.", "2012-02-06", True),
])
def test_noevent4_crushed_dated_uprising_is_history(coder, text, date, expect_event):
    evs = coded(coder, text, date)
    assert bool([e for e in evs if e[0] == "COERCE"]) == expect_event, evs
