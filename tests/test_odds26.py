"""Sentences that must code nothing, and odd shapes, fixed by helper "odds26" (issue #3):

- a belief about what a side will or could do ("few in Kyiv believe Russia will invade") is a
  forecast, not an accusation; a belief about an act done still accuses;
- "sanctioned the use of ...": to authorise, no penalty;
- a swimmer "attacked the final lap": a lap is a game word;
- "at its meeting": one body's own sitting is the setting of its act, no consultation;
- an act noun as the subject of what it cost ("the war caused $1 billion in damage", "has cost
  Russia 100,000 soldiers") and a standing war's toll in the perfect ("Syria's civil war has driven
  two million people abroad") tell numbers, no act;
- a club signing a player ("signed Kylian Mbappe on a five-year contract") signs no accord;
- "Biden to Putin: invade Ukraine and face sanctions": a bare verb after "X to Y:" is a command quoted;
- a question tag after a dash ("Russian jets begin air strikes in Syria - against whom, exactly?")
  leaves the clause before it a statement;
- a toll over a dated stretch with no doer ("30,000 Palestinians have been killed in Gaza since
  October") counts the dead, even in a lead;
- an inverted verb of saying ('Said Merkel: "Russia must withdraw its troops."') heads the sentence,
  the words before the colon its speaker, the quotation its complement.
"""
import pytest
from conftest import coded


@pytest.mark.parametrize("text, date", [
    ("Few people in Kyiv believe Russia will really invade, a poll published on Thursday suggested.", "2022-02-10"),
    ("FIFA sanctioned the use of video review at the tournament in Russia for the first time.", "2018-05-14"),
    ("China's Zhang Yufei attacked the final lap and touched the wall first to take gold in Tokyo.", "2021-07-29"),
    ("Analysts expect the Bank of Japan to keep interest rates unchanged at its meeting next week.", "2023-05-10"),
    ("The Federal Reserve raised rates at its meeting on Wednesday.", "2023-05-03"),
    ("Georgia's brief war with Russia a year ago caused about $1 billion in damage, the World Bank estimated.",
     "2009-08-06"),
    ("The invasion has cost Russia more than 100,000 soldiers, British intelligence estimates.", "2023-01-10"),
    ("Syria's civil war has driven two million people abroad.", "2013-09-03"),
    ("Russia's war in Ukraine has sent grain prices soaring.", "2022-05-02"),
    ("Real Madrid completed a deal to sign Kylian Mbappe on a five-year contract.", "2024-06-03"),
    ("Biden to Putin: invade Ukraine and face severe sanctions", "2021-12-07"),
    ("Nearly 30,000 Palestinians have been killed in Gaza since October, according to the health ministry.",
     "2024-03-01"),
    ("Will Russia begin air strikes in Syria - and when?", "2015-09-28"),
])
def test_odds26_no_event(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date, event, source, target", [
    # a belief about an act done still accuses its doer
    ("Turkish officials believe Saudi agents killed Khashoggi.", "2018-10-20", "ACCUSE", "TUR", "SAU"),
    # penalties stay sanctions
    ("The United States sanctioned Russian banks.", "2022-03-01", "SANCTION", "USA", "RUS"),
    # an accord signed stays one
    ("Israel and the UAE signed the Abraham Accords.", "2020-09-15", "SUPPORT", "ISR", "ARE"),
    # a question tag after a dash
    ("Russian jets begin air strikes in Syria - against whom, exactly?", "2015-09-30", "ASSAULT", "RUS", "SYR"),
    # a headline label before a colon with a verb in the present stays news
    ("Ukraine: Russian troops shell Kharkiv", "2022-05-10", "ASSAULT", "RUS", "UKR"),
    # a toll with its doer named stays an event
    ("A Russian missile strike killed 12 civilians in Kharkiv.", "2023-01-01", "ASSAULT", "RUS", "UKR"),
])
def test_odds26_events_kept(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert any(ev == event and source in src and target in tgt for ev, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # an inverted verb of saying before the speaker and a colon: the quotation is the speaker's
    ('Said Merkel: "Russia must withdraw its troops."', "2020-09-02", "REQUEST", "DEU", "RUS"),
    ('Said the Iranian foreign ministry: "The United States must return to the nuclear deal without conditions."',
     "2021-06-18", "REQUEST", "IRN", "USA"),
])
def test_odds26_inverted_said(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert any(ev == event and source in src and target in tgt for ev, _, src, tgt in evs), evs
