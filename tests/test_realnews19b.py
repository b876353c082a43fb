"""Families of misses found by helper "realnews19b" (issue #3) on real news text of late 2019: a
day named with its year ("on March 3, 2017") dates an act to that day, so one more than a year
before the story is background; a simple past told with "previously" or "formerly" is history;
believing or suspecting that a named side did a violent act (or ordered it) accuses that side, as
claiming does; charges filed, brought, pressed or unsealed against someone accuse him (115); one
member of a party's group in Congress ("a Republican senator") is the legislature; calling an act
a hoax or a witch hunt criticises it; a harsh word for a crisis no one is named as causing is an
opinion, no event. Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date", [
    ("Ukrainian troops shelled the rebel positions near Donetsk on March 3, 2017.", "2018-06-20"),
    ("Sudanese police detained the opposition leader on 12 January 2018.", "2019-04-02"),
])
def test_realnews19b_day_with_year_over_a_year_back_is_background(coder, text, date):
    assert coded(coder, text, date) == []


def test_realnews19b_day_with_year_within_the_year_is_news(coder):
    evs = coded(coder, "Sudanese police detained the opposition leader on 12 January 2019.", "2019-04-02")
    assert _has(evs, "COERCE", "SDNCOP", "SDNOPP", cameo="173"), evs


@pytest.mark.parametrize("text", [
    "Turkey previously threatened to expel the Dutch ambassador.",
    "The prime minister formerly commanded the national army.",
])
def test_realnews19b_previously_told_past_is_background(coder, text):
    assert coded(coder, text, "2020-02-11") == []


def test_realnews19b_plain_past_threat_is_news(coder):
    evs = coded(coder, "Turkey threatened to expel the Dutch ambassador.", "2020-02-11")
    assert _has(evs, "THREATEN", "TUR"), evs


@pytest.mark.parametrize("text, source, target", [
    ("British investigators believe Russia poisoned the former spy.", "GBR", "RUS"),
    ("Israeli officials suspect that Hezbollah fired the rockets.", "ISRGOV", "LBN"),
    ("Turkish prosecutors believe that the Saudi crown prince ordered the murder of the columnist.", "TUR", "SAU"),
])
def test_realnews19b_believed_violence_is_an_accusation(coder, text, source, target):
    evs = coded(coder, text, "2019-10-03")
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, source, target", [
    ("Brazilian prosecutors filed charges against the former president.", "BRAJUD", "BRA"),
    ("The US Justice Department unsealed charges against three Iranian hackers.", "USAJUD", "IRN"),
    ("Prosecutors in Seoul brought charges against the former defence minister.", "KORJUD", "KOR"),
])
def test_realnews19b_charges_against_someone_accuse_him(coder, text, source, target):
    evs = coded(coder, text, "2019-11-20")
    assert _has(evs, "ACCUSE", source, target, cameo="115"), evs
    assert not _has(evs, "COERCE", source), evs


@pytest.mark.parametrize("text, event", [
    ("On Tuesday, a Democratic senator criticized the White House over the aid freeze.", "ACCUSE"),
    ("A Republican congresswoman voiced support for the trade agreement.", "SUPPORT"),
    ("Three Democratic Representatives opposed the spending bill.", "REJECT"),
])
def test_realnews19b_one_member_of_a_congress_party_is_the_legislature(coder, text, event):
    evs = coded(coder, text, "2019-12-03")
    assert _has(evs, event, "USALEG"), evs


def test_realnews19b_a_kind_of_church_is_still_no_name(coder):
    evs = coded(coder, "Gunmen attacked a Catholic church in Kaduna.", "2019-12-03")
    assert not any(c.startswith("VAT") for ev in evs for c in ev[3]), evs


@pytest.mark.parametrize("text, source", [
    ('Bolsonaro called the prosecutors\' inquiry a "witch hunt".', "BRAGOV"),
    ("Maduro called the opposition's report a hoax.", "VENGOV"),
])
def test_realnews19b_hoax_and_witch_hunt_are_harsh_labels(coder, text, source):
    evs = coded(coder, text, "2019-11-05")
    assert _has(evs, "ACCUSE", source, cameo="111"), evs


def test_realnews19b_harsh_word_for_a_crisis_is_no_event(coder):
    evs = coded(coder, "The World Food Programme called the drought the worst in forty years.", "2019-11-05")
    assert evs == [], evs


def test_realnews19b_harsh_word_for_an_election_still_criticises(coder):
    evs = coded(coder, "The Kenyan opposition called the election a farce.", "2017-08-10")
    assert _has(evs, "ACCUSE", "KENOPP", cameo="111"), evs


@pytest.mark.parametrize("text, source, target", [
    ('Macron wrote, "Congratulations to Boris Johnson on a clear victory."', "FRAGOV", "GBRGOV"),
    ('Modi tweeted: "Congratulations to Boris Johnson on the election win!"', "INDGOV", "GBRGOV"),
])
def test_realnews19b_quoted_verbless_message_is_the_writers(coder, text, source, target):
    evs = coded(coder, text, "2019-12-13")
    assert _has(evs, "SUPPORT", source, target, cameo="051"), evs


def test_realnews19b_speakers_past_perfect_relative_is_background(coder):
    evs = coded(coder, "The Dutch trade minister, who had visited Jakarta in the spring, said that new talks "
                       "were planned.", "2019-12-13")
    assert not any(cm.startswith("04") for _, cm, _, _ in evs), evs


@pytest.mark.parametrize("text, target", [
    ("Pakistan's Supreme Court found that the army chief's extension was rushed and that it was illegal.", "PAKMIL"),
    ('The Scottish court found the prime minister\'s advice to the Queen "was given for an improper purpose and is '
     'unlawful."', "GBRGOV"),
])
def test_realnews19b_unlawful_finding_in_a_joined_clause(coder, text, target):
    evs = coded(coder, text, "2019-11-28")
    assert _has(evs, "ACCUSE", None, target, cameo="112"), evs


def test_realnews19b_lawful_finding_in_a_joined_clause_is_none(coder):
    evs = coded(coder, "A Kenyan court found that the ban was rushed and that it was legal.", "2019-11-28")
    assert not _has(evs, "ACCUSE", "KENJUD"), evs


def test_realnews19b_a_sheriff_is_american(coder):
    evs = coded(coder, "The county sheriff detained four men for trespassing on the air base.", "2019-09-22")
    assert _has(evs, "COERCE", "USACOP", cameo="173"), evs
