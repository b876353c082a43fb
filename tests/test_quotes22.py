"""Families of reported-speech misses found by helper "quotes22" on fresh sentences: "our" in quoted
words standing for the speaker's country ('"Turkish jets shot down our plane," Putin said'); a
speaker after an inverted reporting verb between two halves of a quote ('"Russia," said Zelenskiy,
"has shelled ..."') or a bare noun phrase as the first half ('"India," Khan told parliament, "has
..."'); a quotation introduced by a colon and attributed by a trailing pronoun ('Maduro addressed
supporters: "...," he said'); a named side given a condemning label ('"Putin is a war criminal,"
Biden said'); a coup "orchestrated" by a side. Every sentence is written for this file, none is
taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"Turkish warplanes shot down our bomber near the border," President Vladimir Putin said.', "2015-11-25",
     "ASSAULT", "TUR", "RUS"),
    ('"Our jets bombed militant camps near Raqqa overnight," the Russian defence ministry said.', "2016-02-10",
     "ASSAULT", "RUS", None),
    ('"Indian troops shelled our villages along the Line of Control," the Pakistani army said.', "2019-08-01",
     "ASSAULT", "IND", "PAK"),
    ('"Russia is massing troops on our northern border," the Ukrainian defence minister said.', "2021-11-12",
     "MOBILIZE", "RUS", "UKR"),
])
def test_quotes22_our_is_the_speakers_country(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_quotes22_our_allies_stay_another_side(coder):
    evs = coded(coder, '"Russia has threatened our allies," the Polish foreign minister said.', "2022-02-10")
    assert not any(t.startswith("POL") for _, _, _, tgt in evs for t in tgt)


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"Belarus," said the Lithuanian interior minister, "is pushing migrants across our border."', "2021-07-15",
     None, None, None),
    ('"Syria," said the Israeli army spokesman, "has fired rockets at the Golan Heights."', "2018-05-10",
     "ASSAULT", "SYR", None),
    ('"Pakistan," the Indian foreign minister told parliament, "has attacked our soldiers in Kashmir."',
     "2019-02-28", "ASSAULT", "PAK", "IND"),
])
def test_quotes22_first_half_subject_and_inverted_speaker(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    if event is None:
        # the speaker (Lithuania) is never read as the quoted clause's subject
        assert not any(s.startswith("LTU") and ev == "MOBILIZE" for ev, _, src, _ in evs for s in src)
    else:
        assert _has(evs, event, source, target)


def test_quotes22_inverted_speaker_is_not_the_doer(coder):
    evs = coded(coder, '"Russia," said Zelenskiy, "has shelled Kharkiv again."', "2022-05-01")
    assert _has(evs, "ASSAULT", "RUS")
    assert not any(s.startswith("UKR") for ev, _, src, _ in evs if ev == "ASSAULT" for s in src)


@pytest.mark.parametrize("text, date, event, source, target", [
    ('Venezuelan President Nicolas Maduro spoke to supporters in Caracas: "The opposition is plotting a coup," '
     'he said.', "2019-04-30", "ACCUSE", "VEN", "VENOPP"),
])
def test_quotes22_colon_quote_with_trailing_pronoun(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"Putin is a war criminal," US President Joe Biden told reporters.', "2022-03-17", "ACCUSE", "USA", "RUS"),
    ('The Ukrainian foreign minister said Russia was a terrorist state.', "2022-11-20", "ACCUSE", "UKR", "RUS"),
    ('"Iran is the leading sponsor of terrorism in the region," the Saudi foreign minister said.', "2019-09-20",
     "ACCUSE", "SAU", "IRN"),
    ('The Cuban foreign minister said Washington was orchestrating the unrest on the island.', "2021-07-13",
     "ACCUSE", "CUB", "USA"),
])
def test_quotes22_labelled_side_is_criticised(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date", [
    ('"Putin is not a war criminal," the Hungarian prime minister said.', "2022-04-05"),
    ('"Ukraine is a victim of terrorism," the Ukrainian president said.', "2022-06-01"),
    ('"Our economy is growing faster than anyone expected," the Indian finance minister said.', "2023-02-01"),
])
def test_quotes22_near_misses_stay_uncoded(coder, text, date):
    assert coded(coder, text, date) == []


def test_quotes22_our_after_colon_is_the_named_speakers(coder):
    evs = coded(coder, 'Zelenskiy spoke to parliament in Kyiv: "Russian drones have struck our power plants again," '
                       'he said.', "2024-11-18")
    assert _has(evs, "ASSAULT", "RUS", "UKR")


def test_quotes22_gerund_first_half_is_no_act(coder):
    # the gerund is the copula's subject, not a recognition the speaker grants
    evs = coded(coder, '"Recognising Crimea as Russian territory," said the Ukrainian foreign minister, '
                       '"is a red line for Kyiv."', "2016-03-01")
    assert not any(ev == "SUPPORT" for ev, _, _, _ in evs)
