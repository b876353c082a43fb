"""Families of target (and source) misses fixed by helper "targets16" (long wire-style sentences
across all domains; issue #3). One test per cause; every sentence is written for this file, none is
taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # the attack named in the toll participle's phrase is owned by the one it is claimed by,
    # traced to or blamed on; the place of the blast is not its doer
    ("Gunmen stormed a shopping mall in Nairobi, killing 67 shoppers in an attack later claimed by al-Shabaab.",
     "2013-09-21", "SOMINS", "KEN"),
    ("Three bombers struck Istanbul's main airport, killing 45 people in an attack later blamed on Islamic State.",
     "2016-06-28", "IMGINS", "TUR"),
])
def test_attack_claimed_by_or_blamed_on_names_its_doer(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_unnamed_blamer_makes_no_accusation_by_the_blamed(coder):
    evs = coded(coder, "Car bombs exploded outside a hotel in Kabul, killing 20 people in attacks later blamed on the Taliban.",
                "2011-06-28")
    assert _has(evs, "ASSAULT", "AFGINS", None), evs
    assert not _has(evs, "ACCUSE", "AFGINS", None), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a summary noun ("a policy", "a plan") closing a clause whose object has a relative clause
    # still sums up the whole clause: its critics aim at the clause's doer
    ("Hungary began deporting migrants who cross its border to Serbia, a policy that the European Commission criticised.",
     "2023-05-04", "IGOEEC", "HUN"),
    ("Iran tested a new missile near its border, a policy that Israel condemned as reckless.", "2018-02-10", "ISR", "IRN"),
])
def test_summary_policy_noun_aims_at_the_clause_doer(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


def test_participle_after_a_number_is_no_act(coder):
    evs = coded(coder, "Greek police fired tear gas at a camp near Athens, after four occupied tents caught fire.", "2020-09-10")
    assert not _has(evs, "ASSAULT", None, None, cameo="192"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a labelling participle closing a reported that-clause speaks for the reporting subject
    ("Ankara insisted that Athens remove its troops from the islands, accusing Greece of violating treaties.",
     "2021-05-14", "TUR", "GRC"),
])
def test_speech_participle_after_that_clause_is_the_reporters(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs
    assert not _has(evs, "ACCUSE", "GRC", None), evs


def test_trailing_it_skips_the_venue(coder):
    evs = coded(coder, "Norway filed a complaint against Russia at the World Trade Organization, accusing it of unfair fishing quotas.",
                "2017-08-08")
    assert _has(evs, "ACCUSE", "NOR", "RUS", cameo="112"), evs
    assert not _has(evs, "ACCUSE", "NOR", "IGO", cameo="112"), evs


def test_target_of_an_attack_is_the_copula_subject(coder):
    evs = coded(coder, "The Czech Senate was the target of a cyberattack by Chinese hackers, officials said.", "2020-09-02")
    assert _has(evs, "COERCE", "CHN", "CZE", cameo="176"), evs


def test_sum_received_from_a_donor_is_aid(coder):
    evs = coded(coder, "Moldova received $100 million from the European Union to modernise its roads.", "2019-08-01")
    assert _has(evs, "AID", "IGOEEC", "MDA", cameo="071"), evs


def test_widening_an_offensive_against_a_foe(coder):
    evs = coded(coder, "Netanyahu vowed to widen the offensive against Islamic Jihad in Gaza.", "2019-08-01")
    assert _has(evs, "THREATEN", "ISRGOV", "PSE"), evs


def test_attack_in_a_speech_is_criticism(coder):
    evs = coded(coder, "Chavez attacked the United States in a speech in Caracas, calling Washington an empire.", "2012-09-01")
    assert _has(evs, "ACCUSE", "VENGOV", "USA", cameo="111"), evs
    assert not _has(evs, "ASSAULT"), evs


def test_hackers_breaking_into_networks(coder):
    evs = coded(coder, "Hackers linked to Iran broke into the computer networks of an Israeli water utility.", "2020-05-01")
    assert _has(evs, "COERCE", "IRN", "ISR", cameo="176"), evs


def test_crowd_invading_parliament_protests(coder):
    evs = coded(coder, "Crowds invaded the parliament in Asuncion, setting fire to offices.", "2012-05-11")
    assert _has(evs, "PROTEST", "PRY", "PRYLEG", cameo="145"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Pakistan expelled the Indian high commissioner on Wednesday.", "2019-08-20", "SANCTION", "161", "PAK", "IND"),
    ("Merkel postponed her visit to Kyiv after the election.", "2019-03-04", "SANCTION", "160", "DEUGOV", "UKR"),
    ("Ankara launched what it called counter-terrorism operations against Kurdish fighters in Afrin.", "2018-02-12",
     "ASSAULT", "190", "TUR", "SYR"),
    ("The European Commission fined Microsoft 500 million euros.", "2024-06-01", "ACCUSE", "116", "IGOEEC", "USABUS"),
])
def test_lexicon_and_actor_rows(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    # ", a move (that) X called <label>": the label's object is the summary noun, gapped or "that"
    ("Venezuela expelled four American diplomats, a move that Washington called regrettable.", "2015-03-02", "USA", "VEN"),
    ("India revoked Kashmir's special status, a move Pakistan called illegal.", "2019-08-05", "PAK", "IND"),
])
def test_summary_noun_labelled_by_a_critic(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("A Minsk court denied bail to the opposition blogger on Thursday.", "2021-03-11", "REJECT", "120", "BLRJUD", "BLR"),
    ("Zimbabwe's army took custody of President Robert Mugabe.", "2017-11-15", "COERCE", "173", "ZWEMIL", "ZWEGOV"),
])
def test_court_and_custody_rows(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_reactor_after_refused_infinitive_is_no_target(coder):
    evs = coded(coder, "Italy refused to let the ship dock, prompting France to protest.", "2022-11-08")
    assert _has(evs, "REJECT", "ITA", None), evs
    assert not _has(evs, "REJECT", "ITA", "FRA"), evs


def test_critic_named_by_its_seat_is_not_also_the_target(coder):
    evs = coded(coder, "Slovakia vetoed the EU loan for Kyiv, drawing criticism from Brussels.", "2024-02-19")
    assert _has(evs, "ACCUSE", "IGOEEC", "SVK", cameo="111"), evs
    assert not _has(evs, "ACCUSE", "IGOEEC", "BEL"), evs


def test_court_finding_of_unlawful_act_accuses(coder):
    evs = coded(coder, "Poland's top court ruled that the government had acted unlawfully when it postponed the vote.", "2020-05-07")
    assert _has(evs, "ACCUSE", "POLJUD", "POLGOV", cameo="112"), evs


def test_press_freedom_is_no_demand(coder):
    evs = coded(coder, "Egypt jailed three reporters, a verdict the United Nations called a blow to press freedom.", "2014-06-23")
    assert not _has(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "accusing the bloc/body of X": the parser hangs the charge on the noun, which still refers back
    ("Poland criticised the European Union, accusing the bloc of blackmail.", "2021-10-20", "POL", "IGOEEC"),
    ("Israel walked out of UNESCO, accusing the body of bias.", "2017-10-12", "ISR", "IGO"),
])
def test_definite_reference_with_a_charge(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_released_water_is_no_release_of_persons(coder):
    evs = coded(coder, "Japan began releasing treated water from the Fukushima plant into the Pacific.", "2023-08-24")
    assert not _has(evs, "RETREAT"), evs


def test_he_after_a_titled_office_holder(coder):
    evs = coded(coder, "Iran's foreign minister said he had held talks with his Saudi counterpart in Baghdad.", "2021-09-27")
    assert _has(evs, "CONSULT", "IRNGOV", "SAU"), evs
