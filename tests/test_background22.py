"""Background in news text (background22): history told in passing is not coded, the news beside
it is (corpus/README.md, stories: background is not coded)."""
import pytest


def _events(coder, text, date):
    return [(e.event, [a.primary for a in e.source], [a.primary for a in e.target]) for e in coder.code(text, date=date)]


@pytest.mark.parametrize("date, text", [
    # a month named half a year or more before the story, even in a lead
    ("2022-06-14", "The Taliban seized Kabul in August last year as the last U.S. troops were leaving."),
    ("2022-09-26", "Georgian police arrested Mikheil Saakashvili, who led the country from 2004 to 2013, in October last year."),
    # a past year set as the scene before the clause
    ("2024-09-05", "Last year, protesters stormed government buildings in Brasilia a week after Lula took office."),
    # a 'when' clause dated long before dates the main act too
    ("2024-04-14", "Iran backed Hezbollah when it fought a 34-day war with Israel in 2006."),
    # a clause on the object of a dated act is history too
    ("2020-04-25", "The Kurdistan region held an independence referendum in 2017, which Baghdad rejected as illegal."),
    # a record noted of a visit reported elsewhere
    ("2023-08-30", "It was the first visit by a Chinese foreign minister to Australia since 2017."),
    # phrases that set the act in the past: 'in the past', 'at the time', 'back in', 'a decade earlier'
    ("2023-05-10", "In the past, Pyongyang has fired missiles over Japan."),
    ("2023-05-10", "At the time, Turkey accused Sweden of harbouring Kurdish militants."),
    ("2023-05-10", "Back in 2015, Moscow sent warplanes to Syria to prop up Assad."),
    ("2023-05-10", "A decade earlier, NATO had bombed Libya to protect civilians."),
    # a perfect over a period the parser hangs on its complement, or 'since' the act a clause tells
    ("2023-05-10", "Serbia has refused to recognise Kosovo since it declared independence in 2008."),
    ("2023-05-10", "Kenya sent troops into Somalia in 2011 to fight al Shabaab, which has since carried out attacks in Kenya."),
])
def test_background_gives_no_event(coder, date, text):
    assert _events(coder, text, date) == []


@pytest.mark.parametrize("date, text, event, source, target", [
    ("2023-06-20", "Kenyan police arrested the opposition leader on Tuesday after a banned rally in Nairobi.", "COERCE", "KEN", "KEN"),
    ("2023-01-15", "Iraqi police arrested 12 people last week over the killing of an activist in Basra.", "COERCE", "IRQ", "IRQ"),
    ("2024-06-18", "Russian President Vladimir Putin arrived in Pyongyang on Tuesday for his first visit to North Korea since 2000.",
     "CONSULT", "RUS", "PRK"),
    ("2022-03-15", "Russian forces shelled Kyiv's suburbs on Tuesday when talks with Ukraine resumed.", "ASSAULT", "RUS", "UKR"),
    ("2024-03-20", "Ukraine's military said it shot down 12 Russian drones overnight.", "ASSAULT", "UKR", "RUS"),
])
def test_news_beside_background_is_coded(coder, date, text, event, source, target):
    got = _events(coder, text, date)
    assert any(e == event and source in s and target in t for e, s, t in got), got


def test_last_month_told_after_the_lead_is_background(coder):
    text = ("Venezuelan troops fire tear gas at aid protesters on border\n"
            "CUCUTA, Colombia, Feb 23 - Venezuelan security forces fired tear gas at protesters on the border on Saturday. "
            "Opposition leader Juan Guaido declared himself interim president last month, saying Nicolas Maduro's "
            "re-election was a sham.")
    events = coder.code(text, date="2019-02-23")
    assert not [e for e in events if "sham" in (e.sentence or "")], [(e.event, e.sentence) for e in events]
    assert any(e.event == "COERCE" for e in events)


def test_same_day_past_perfect_in_a_story_is_news(coder):
    text = ("Blinken meets Saudi crown prince\n"
            "RIYADH, Oct 14 - U.S. Secretary of State Antony Blinken met Saudi Crown Prince Mohammed bin Salman in "
            "Riyadh on Saturday. Blinken had earlier met the emir of Qatar in Doha. "
            "Saudi Arabia had previously cut ties with Qatar.")
    events = [(e.event, [a.primary for a in e.source], [a.primary for a in e.target], e.sentence) for e in coder.code(text, date="2023-10-14")]
    assert any(ev == "CONSULT" and "USA" in s and "QAT" in t and "had earlier" in sent for ev, s, t, sent in events), events
    # the past perfect with no day of the story stays background
    assert not any("previously" in sent for *_, sent in events), events
