"""Families of misses found by earlier rounds and fixed by helper "odds5" (issue #3). One
parametrised test per cause; every sentence is written for this file, none is taken from a gold
or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # a vote the speaker says was cheated accuses the side that won, cheated or held it
    ("Kizza Besigye said the presidential election won by Yoweri Museveni was rigged.", "2016-02-19", "UGAOPP", "UGAGOV"),
    ("Belarusian opposition leaders said the election was rigged in favour of Alexander Lukashenko.",
     "2020-08-11", "BLROPP", "BLRGOV"),
    ("Vladimir Putin won the election, which the opposition says was manipulated.", "2018-03-19", "RUSOPP", "RUSGOV"),
])
def test_rigged_vote_is_an_accusation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, date", [
    ("Martin Fayulu said the election was not rigged.", "2019-01-11"),  # a denial
    ("The coach said the match was fixed by gamblers.", "2022-11-20"),  # no vote
])
def test_no_accusation_without_a_cheated_vote(coder, text, date):
    assert not _has(coded(coder, text, date), "ACCUSE"), coded(coder, text, date)


def test_court_finding_of_a_breach_accuses_the_state(coder):
    evs = coded(coder, "The European Court of Human Rights ruled that Azerbaijan had violated the rights of "
                       "the opposition leader Ilgar Mammadov.", "2019-05-28")
    assert _has(evs, "ACCUSE", "IGOECH", "AZE", cameo="112"), evs
    assert not _has(evs, "REJECT", "AZE"), evs  # the breach is the court's finding, not coded as done


def test_court_ruling_that_a_state_must_act_is_a_demand(coder):
    evs = coded(coder, "The International Court of Justice ruled that Russia must stop financing separatists "
                       "in Ukraine.", "2021-07-22")
    assert _has(evs, "REQUEST", "IGOICJ", "RUS"), evs


def test_ruling_outside_a_court_is_no_accusation(coder):
    evs = coded(coder, "The referee ruled that the defender had fouled the striker.", "2021-01-06")
    assert not _has(evs, "ACCUSE"), evs


def test_summit_that_ends_without_a_deal_failed(coder):
    evs = coded(coder, "The Singapore summit between Trump and Kim ended without a deal.", "2018-06-12")
    assert _has(evs, "SANCTION", "USAGOV", cameo="164"), evs
    assert not _has(evs, "SANCTION", "SGP"), evs  # the venue is no side


def test_visit_that_ends_without_a_breakthrough_is_still_a_visit(coder):
    evs = coded(coder, "Blinken's visit to Beijing ended without a breakthrough.", "2023-06-19")
    assert _has(evs, "CONSULT", "USAGOV", "CHN", cameo="042"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # leaving an accord targets its other side, not the leaver
    ("Donald Trump withdrew the United States from the Iran nuclear agreement.", "2020-06-04", "USAGOV", "IRN"),
    ("Putin suspended Russia's participation in the arms control treaty with Washington.", "2023-02-22", "RUSGOV", "USA"),
])
def test_accord_withdrawal_targets_the_other_side(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo_prefix="16"), evs


def test_city_in_an_accord_name_is_no_actor(coder):
    evs = coded(coder, "Canada rejoined the Paris climate agreement.", "2021-02-19")
    assert _has(evs, "SUPPORT", "CAN"), evs
    assert not any("FRA" in src + tgt for _, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, sides", [
    ("Iran urged both sides in the Nagorno-Karabakh conflict to stop fighting.", "2020-10-05", "IRN", ["ARM", "AZE"]),
    ("Turkey urged both sides in the Ukraine war to return to talks.", "2023-03-01", "TUR", ["RUS", "UKR"]),
    ("The African Union called on the warring parties in Sudan to respect the truce.", "2023-06-01", "IGOAFU", ["SDN"]),
])
def test_sides_of_a_named_war(coder, text, date, source, sides):
    evs = coded(coder, text, date)
    assert all(_has(evs, "REQUEST", source, side) for side in sides), evs
    assert not _has(evs, "REQUEST", source, "SDNPTY"), evs  # warring parties are no political parties
    assert not _has(evs, "ASSAULT"), evs  # the war names whose sides they are


@pytest.mark.parametrize("text, date", [
    ("The pop star Rihanna flew to Paris for a fashion show.", "2019-06-01"),
    ("Thousands of Russian men travelled to Kazakhstan to avoid the draft.", "2022-10-01"),
])
def test_private_travel_is_no_visit(coder, text, date):
    assert not _has(coded(coder, text, date), "CONSULT"), coded(coder, text, date)


def test_refusing_entry_does_not_target_oneself(coder):
    evs = coded(coder, "Venezuela will not allow foreign aid into the country, Maduro said.", "2019-02-21")
    assert _has(evs, "REJECT", "VEN"), evs
    assert not _has(evs, "REJECT", "VEN", "VEN"), evs
    evs = coded(coder, "Venezuela will not allow American aid into the country, Maduro said.", "2019-02-21")
    assert _has(evs, "REJECT", "VEN", "USA"), evs


@pytest.mark.parametrize("text, date, doer, critic", [
    ("Myanmar's army seized power, a move condemned by Britain.", "2021-02-01", "MMRMIL", "GBR"),
    ("China sent warships into the strait, a decision criticised by Japan.", "2019-09-02", "CHN", "JPN"),
])
def test_act_summed_up_and_condemned(coder, text, date, doer, critic):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", critic, doer), evs
    assert not any(src and src[0].startswith(doer) and any(t.startswith(critic) for t in tgt)
                   for _, _, src, tgt in evs), evs  # the critic is not the act's target


def test_gulf_states_are_named_as_the_gulf_countries(coder):
    evs = coded(coder, "Egypt urged the Gulf states to lift their blockade of Qatar.", "2017-06-22")
    assert _has(evs, "REQUEST", "EGY", "SAU"), evs


def test_act_in_an_after_clause_is_not_the_news(coder):
    from conftest import primary_event
    evs = coder.code("Peace talks between Israel and the Palestinians broke down after a Palestinian gunman "
                     "killed an Israeli soldier.", date="2014-04-20")
    main = primary_event(evs)
    assert main is not None and main.event == "SANCTION", evs


def test_demonym_of_the_first_conjunct_is_shared(coder):
    evs = coded(coder, "Chinese warplanes and warships staged drills around Taiwan after Tsai met the US "
                       "House Speaker in California.", "2023-04-08")
    assert _has(evs, "MOBILIZE", "CHNMIL", "TWN"), evs
    assert not any("USAMIL" in src for _, _, src, _ in evs), evs


def test_talks_read_as_a_verb_subject_are_talks(coder):
    evs = coded(coder, "Ceasefire talks between Israel and Hamas collapsed in Cairo on Sunday.", "2024-05-05")
    assert _has(evs, "SANCTION", "ISR", cameo="164"), evs
