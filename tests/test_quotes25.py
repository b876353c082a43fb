"""Families of reported-speech misses found by helper "quotes25" on fresh sentences: the second half
of a split quote that the parser hangs on the saying as its conjunct ('"...," X said after the talks,
"but we agreed to ..."'), whose "we" is the speaker; a participle after a quote's closing mark
('..., "and Moscow will pay," announcing a loan'), which is the speaker's; an act told inside a "no
evidence that" clause (a relative clause under it included); a warning whose clause is an outcome of
a civilian thing ('warned that clinics could run out of vaccines'), a forecast, no threat; fighting
for a cause or one's own land, no attack; a side's claims judged unlawful, and a side said to have
overreacted or meddled, accused by the speaker; military activity cut back, de-escalation; duties
announced on goods, tariffs; a harsh word for a deed still to come "if" it is done ('"If X does
that, it will be a grave mistake"'), a warning (130); the act a saying is 'of', no event of its own. Every sentence is written for this file, none is taken from a gold or
fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


def test_quotes25_second_half_we_is_the_speaker(coder):
    evs = coded(coder, '"We will never give up Crimea," the Ukrainian foreign minister said after the talks in Geneva, '
                       '"but we agreed to swap wounded prisoners next week."', "2022-04-02")
    assert _has(evs, "AGREE", "UKR"), evs


def test_quotes25_second_half_pledge_is_the_speakers(coder):
    evs = coded(coder, '"The attack was a crime," the German chancellor said in Berlin, "and we will send more air defence '
                       'systems to Ukraine."', "2023-01-10")
    assert _has(evs, "AGREE", "DEU"), evs


def test_quotes25_participle_after_the_quote_is_the_speakers(coder):
    evs = coded(coder, '"Kyiv will get the money," the Japanese prime minister said at the summit, "and Russia will pay '
                       'for the damage," announcing a loan of five billion dollars.', "2024-06-14")
    assert _has(evs, "AID", "JPN"), evs
    assert not _has(evs, "AID", "RUS"), evs


def test_quotes25_no_evidence_that_covers_its_relative_clause(coder):
    evs = coded(coder, 'A NATO spokeswoman said there was no evidence that the drone which hit a Romanian farm had been '
                       'launched deliberately by Russia.', "2023-09-06")
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date", [
    ("Doctors in Naples warned that clinics could run out of vaccines within a week as cases kept climbing.", "2021-01-12"),
    ("The World Food Programme warned that fuel shortages could last for weeks in Yemen.", "2022-03-15"),
])
def test_quotes25_warned_outcome_is_no_threat(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, source", [
    ("The Serbian army warned Pristina that any deployment of special police in the north would provoke a response.",
     "2022-12-12", "SRB"),
    ("Beijing warned Manila that boats sailing to the shoal could be treated as hostile targets.", "2024-03-25", "CHN"),
])
def test_quotes25_warned_outcome_with_a_price_stays_a_threat(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source), evs


def test_quotes25_warned_consequences_stay_a_threat(coder):
    evs = coded(coder, "Iran warned that the consequences for Israel would be severe if it struck its nuclear sites.",
                "2024-10-05")
    assert _has(evs, "THREATEN", "IRN"), evs


def test_quotes25_fighting_for_a_cause_is_no_attack(coder):
    evs = coded(coder, '"Our soldiers are fighting for our freedom and for our future," the Ukrainian president told the '
                       'Canadian parliament.', "2023-09-22")
    assert not _has(evs, "ASSAULT"), evs


def test_quotes25_fighting_for_a_city_stays_a_battle(coder):
    evs = coded(coder, "Ukrainian troops were fighting for the town of Avdiivka on Monday.", "2024-02-12")
    assert _has(evs, "ASSAULT", "UKR"), evs


def test_quotes25_claims_judged_unlawful_accuse_their_owner(coder):
    evs = coded(coder, "The Philippine foreign ministry said China's claims to the Scarborough Shoal were unlawful.",
                "2023-02-14")
    assert _has(evs, "ACCUSE", "PHL", "CHN"), evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Beijing said Canada had overreacted to the arrest of two of its citizens.", "2019-01-15", "111", "CHN", "CAN"),
    ("Ankara said Athens had meddled in the Cypriot talks.", "2021-04-20", "112", "TUR", "GRC"),
])
def test_quotes25_overreacted_or_meddled_said_of_a_side(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo=cameo), evs


def test_quotes25_military_activity_cut_is_deescalation(coder):
    evs = coded(coder, "Azerbaijan said it would cut military activity near the Armenian border after the talks.",
                "2022-10-07")
    assert _has(evs, "AGREE", "AZE", cameo="0356"), evs


def test_quotes25_duties_announced_are_tariffs(coder):
    evs = coded(coder, "Canada announced duties on Chinese steel and aluminium on Monday.", "2024-08-26")
    assert _has(evs, "SANCTION", "CAN", cameo="163"), evs


def test_quotes25_conditional_mistake_is_a_warning(coder):
    evs = coded(coder, '"If Belgrade sends troops, it will be a grave mistake," the Kosovo prime minister told reporters.',
                "2023-10-02")
    assert _has(evs, "THREATEN", "XKX"), evs
    assert not _has(evs, "ACCUSE"), evs


def test_quotes25_past_mistake_stays_criticism(coder):
    evs = coded(coder, '"It was a grave mistake," the Kosovo prime minister said of the Serbian decision.', "2023-10-02")
    assert _has(evs, "ACCUSE", "XKX"), evs


def test_quotes25_act_said_of_is_no_new_event(coder):
    evs = coded(coder, '"This was a cowardly crime," the Nigerian president said of the bombing of the market in Maiduguri.',
                "2015-07-02")
    assert not _has(evs, "ASSAULT"), evs
