"""Families of target misses found by helper "targets23" (issue #3) on fresh sentences: the doer
of a nominal act whose "by" phrase the parser hangs on the act's "of" object ("condemned the
arrest of a man by Ukrainian border guards") is the one blamed, not the man; a violent act a
killing or death happened "in" hit the dead ("the killing of Iran's general in a US drone strike
in Baghdad"), not the city it was in; "special services" are intelligence; a border closed
"with" a neighbour is aimed at it even when a later "to" phrase hangs on the verb; launchers are
arms; "prompted a complaint from X" names as target the doer of the act that prompted it.
Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded, has_event


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Romania condemned the detention of a man by Russian border guards in Crimea.", "2023-04-11",
     "ACCUSE", "ROU", "RUS"),
    ("Slovakia protested against the arrest of a Slovak journalist by Belarusian police.", "2021-02-18",
     "ACCUSE", "SVK", "BLR"),
])
def test_targets23_by_hung_on_the_of_object(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, event, source, target), evs


def test_targets23_killing_in_a_strike_hits_the_dead(coder):
    evs = coded(coder, "The killing of Hamas's political chief in an Israeli strike in Tehran stunned the region.",
                "2024-07-31")
    assert has_event(evs, "ASSAULT", "ISR", "PSE"), evs
    assert not has_event(evs, "ASSAULT", "ISR", "IRN"), evs


def test_targets23_special_services(coder):
    evs = coded(coder, "Ukraine's special services carried out a drone attack on a Russian air base in Pskov.",
                "2023-08-30")
    assert has_event(evs, "ASSAULT", "UKR", "RUS"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Georgia closed its border with Russia to lorries carrying fuel.", "2022-03-01", "GEO", "RUS"),
    ("Finland shut its border with Russia to asylum seekers arriving without visas.", "2023-11-28", "FIN", "RUS"),
])
def test_targets23_border_with_before_to(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "ASSAULT", source, target), evs


def test_targets23_launchers_are_arms(coder):
    evs = coded(coder, "Lithuania handed Ukraine three missile launchers on Monday.", "2024-02-12")
    assert has_event(evs, "AID", "LTU", "UKR"), evs


def test_targets23_prompted_complaint_from(coder):
    evs = coded(coder, "The seizure of two Turkish trawlers by Greek coastguards prompted a complaint from Ankara.",
                "2022-05-14")
    assert has_event(evs, "ACCUSE", "TUR", "GRC"), evs


@pytest.mark.parametrize("text, date", [
    ("Brazil's players handed Uruguay a heavy defeat in Montevideo on Thursday.", "2023-10-19"),
    ("The Polish zloty fell against the euro for a third straight session.", "2024-04-09"),
])
def test_targets23_no_event(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date, source, target", [
    ("Turkey sold Kuwait a batch of armed drones last year.", "2023-01-17", "TUR", "KWT"),
    ("Washington approved the sale of 30 Apache helicopters to Morocco.", "2024-03-04", "USA", "MAR"),
])
def test_targets23_arms_sales_are_cooperation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_event(evs, "COOPERATE", source, target), evs


def test_targets23_met_with_names_the_possessor(coder):
    evs = coded(coder, "Beijing said Manila's plan to build a base on the reef would be met with a firm response.",
                "2024-05-20")
    assert has_event(evs, "THREATEN", "CHN", "PHL"), evs


def test_targets23_strike_on_a_city(coder):
    evs = coded(coder, "A Russian missile strike on Odesa killed three dock workers.", "2024-10-09")
    assert has_event(evs, "ASSAULT", "RUS", "UKR"), evs
    assert not has_event(evs, "ASSAULT", "RUS", "RUS"), evs


def test_targets23_dative_before_a_guessed_for(coder):
    evs = coded(coder, "Japan gave Fiji 15 million dollars for police training.", "2024-02-20")
    assert has_event(evs, "AID", "JPN", "FJI"), evs
