"""Families of target misses found by helper "targets24" (issue #3) on fresh sentences: weapons
given to a recipient in a double object ("sent Ukraine tanks") are aid to it, not a force posture,
even when the parser leaves the recipient unlabelled ("would hand Kyiv 40 vehicles"); the partner
named by a thing's own "with" phrase ("scrapped a submarine contract with Paris") is the one acted
on, not a side the thing's modifiers name; sanctions on firms or banks "that supply / finance X"
are aimed at X, not at firms guessed to be the sanctioner's own; "drew a downgrade of ties from
Beijing" cuts relations with the one whose act drew it; an act done "to win the match" is a game.
Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded, has_event


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Oslo sent Kyiv eight Leopard tanks last spring.", "2023-06-02", "AID", "NOR", "UKR"),
    ("Canada will send Ukraine armoured personnel carriers, the minister said.", "2023-01-18", "AGREE", "CAN", "UKR"),
    ("Sweden said it would hand Ukraine 50 infantry fighting vehicles.", "2023-01-19", "AGREE", "SWE", "UKR"),
])
def test_targets24_weapons_given_to_a_recipient(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, event, source, target), evs
    assert not has_event(evs, "MOBILIZE"), evs
    assert not has_event(evs, "THREATEN"), evs


def test_targets24_forces_sent_to_a_place_stay_a_posture(coder):
    evs = coded(coder, "Moscow sent tanks to its border with Georgia.", "2008-08-05")
    assert not has_event(evs, "AID"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Manila cancelled a helicopter contract with Moscow on Tuesday.", "2021-11-24", "SANCTION", "PHL", "RUS"),
    ("Ankara suspended a US-brokered energy deal with Cairo.", "2020-03-02", "SANCTION", "TUR", "EGY"),
])
def test_targets24_with_partner_of_the_thing(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, target", [
    ("Japan imposed sanctions on companies that supply Russia's army with drone parts.", "2023-05-26", "RUS"),
    ("Australia announced sanctions against banks that finance Hezbollah.", "2022-09-12", "LBN"),
    ("Canada placed sanctions on dealers and shippers that supply Iran's missile programme.", "2023-02-08", "IRN"),
])
def test_targets24_sanctions_on_those_serving_a_side(coder, text, date, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "SANCTION", None, target), evs


def test_targets24_guessed_home_firms_without_a_side_served(coder):
    # no side named in a clause: the sanctioned firms stay unresolved or home, nothing is invented
    evs = coded(coder, "Britain imposed sanctions on companies that evaded export controls.", "2023-05-26")
    assert has_event(evs, "SANCTION", "GBR"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Estonia's decision to expel a Russian envoy drew a downgrade of relations from Moscow.", "2023-01-23", "RUS", "EST"),
    ("The Czech senate speaker's trip to Taipei prompted a downgrading of ties from Beijing.", "2020-09-01", "CHN", "CZE"),
])
def test_targets24_downgrade_of_ties_drawn(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "SANCTION", source, target), evs


def test_targets24_severing_of_relations_noun(coder):
    evs = coded(coder, "Belize announced the severing of relations with Israel on Friday.", "2023-11-03")
    assert has_event(evs, "SANCTION", "BLZ", "ISR"), evs


@pytest.mark.parametrize("text, date", [
    ("Wales struck twice in the last ten minutes against Scotland to win the Six Nations match in Cardiff.", "2024-02-10"),
    ("Morocco attacked Spain relentlessly to win the World Cup qualifier on penalties.", "2022-12-06"),
])
def test_targets24_acts_done_to_win_a_game(coder, text, date):
    assert coded(coder, text, date) == [], coded(coder, text, date)


@pytest.mark.parametrize("text, date, target", [
    ("The Treasury sanctioned eight firms that it said had helped supply Iran's missile makers.", "2023-03-09", "IRN"),
    ("Seoul froze the accounts of trading houses that smuggled North Korean coal to ports in Asia.", "2019-08-30", "PRK"),
    ("Washington blacklisted tanker owners that carried Venezuelan crude in breach of its embargo.", "2020-06-02", "VEN"),
])
def test_targets24_serving_through_said_and_carrying(coder, text, date, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "SANCTION", None, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The dissident's poisoning drew a freeze on arms sales to Moscow from Prague.", "2020-09-03", "CZE", "RUS"),
    ("Beijing's crackdown drew a suspension of the extradition agreement from Ottawa.", "2020-07-03", "CAN", "CHN"),
])
def test_targets24_cut_drawn_with_its_own_side(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "SANCTION", source, target), evs


def test_targets24_radar_units_given_are_arms(coder):
    evs = coded(coder, "Canberra handed Port Moresby four coastal radar units on Monday.", "2023-12-11")
    assert has_event(evs, "AID", "AUS", "PNG"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Baku accused Yerevan of shelling its positions near Lachin, a charge Armenia denied.", "2022-09-13", "AZE", "ARM"),
    ("Islamabad accused Kabul of sheltering militants, an allegation the Taliban rejected.", "2023-11-06", "PAK", "AFG"),
])
def test_targets24_charge_summed_up_after_a_comma_was_made(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "ACCUSE", source, target), evs


def test_targets24_denial_itself_still_codes_nothing(coder):
    assert coded(coder, "Armenia denied that its troops had shelled positions near Lachin.", "2022-09-13") == []


def test_targets24_strikes_by_states_are_armed(coder):
    evs = coded(coder, "The strikes by Britain and the United States against Houthi radar sites were limited, officials said.",
                "2024-01-12")
    assert has_event(evs, "ASSAULT", "GBR", "YEM"), evs
    assert not has_event(evs, "PROTEST"), evs


def test_targets24_strikes_by_workers_stay_labour(coder):
    evs = coded(coder, "The strike by Belgian dock workers against the pension reform halted the port of Antwerp.",
                "2023-10-12")
    assert not has_event(evs, "ASSAULT"), evs


def test_targets24_recipient_as_passive_subject(coder):
    evs = coded(coder, "Latvia was sent six howitzers by Norway last week.", "2023-03-02")
    assert has_event(evs, "AID", "NOR", "LVA"), evs
    assert not has_event(evs, "MOBILIZE"), evs
