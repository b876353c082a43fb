"""The perf5 speed round's shortcuts give what the plain code gave: VADER with its neighbourhood
checks handed only the words they read scores every sentence as a plain VADER analyzer does;
amounts are looked for only at tokens that can start a number (signs, digits, number words) and
their units read from plain columns; theme triggers are read from the text by offsets."""
from __future__ import annotations

import pytest

from tacitus.extract.amounts import extract_amounts
from tacitus.extract.themes import themes
from tacitus.extract.tone import _vader

SENTENCES = [
    "It was never so good, and without doubt the best deal the two sides have signed.",
    "The talks were not bad at all, but kind of sad for the opposition.",
    "The minister is NOT HAPPY with the very GOOD offer!!",
    "There was no peace or hope in the region, and at least six people died.",
    "Officials said the plan was the kiss of death for a good agreement, yeah right.",
    "They don't like it; it isn't nice and it will never be this great again.",
    "Least happy of all were the farmers, who were sort of angry and a little bit hopeful.",
    "Rebels killed, wounded and terrified villagers but the army did not help or protect them.",
    "no",
    "Good",
    "Not good",
    "very very very bad news",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vader_with_neighbourhood_slices_scores_like_plain_vader(sentence):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    fast, _ = _vader()
    assert fast.polarity_scores(sentence) == SentimentIntensityAnalyzer().polarity_scores(sentence)


def test_vader_negation_and_idioms_still_change_the_score():
    fast, _ = _vader()
    assert fast.polarity_scores("The deal is good.")["compound"] > 0
    assert fast.polarity_scores("The deal is not good.")["compound"] < 0
    # "without doubt" keeps the sign; "never so" strengthens it
    assert fast.polarity_scores("It was without doubt good.")["compound"] > 0
    assert (fast.polarity_scores("It was never so good.")["compound"]
            > fast.polarity_scores("It was good.")["compound"])


@pytest.mark.parametrize("text, expected", [
    ("The fund pledged $3bn to the region.", [("$3bn", 3e9, "USD", "money")]),
    ("Prices rose +5 percent in March.", [("+5 percent", 5.0, "percent", "percent")]),
    ("Temperatures fell to -4 degrees.", [("-4 degrees", -4.0, "degree", "quantity")]),
    ("The rebels freed a dozen hostages and 40 prisoners on Sunday.",
     [("a dozen hostages", 12.0, "hostage", "count"), ("40 prisoners", 40.0, "prisoner", "count")]),
    ("Officials said \u0663 people and \u20ac12m were lost.",  # an Arabic-Indic digit; a euro sign
     [("\u0663 people", 3.0, "people", "casualties"), ("\u20ac12", 12.0, "EUR", "money")]),
    ("Russia lent Belarus 1.5 billion dollars and Iran paid US$ 200 million for the oil.",
     [("1.5 billion dollars", 1.5e9, "USD", "money"), ("US$ 200 million", 2e8, "USD", "money")]),
])
def test_amounts_found_at_signs_digits_and_number_words(coder, text, expected):
    found = [(a.text, a.value, a.unit, a.kind) for a in extract_amounts(coder.nlp(text))]
    assert found == expected


def test_theme_triggers_are_reported_as_written(coder):
    doc = coder.nlp("The European Union imposed new Sanctions on Iran over its nuclear programme.\n"
                    "An oil embargo followed.")
    hits = {h.theme: h for h in themes(doc)}
    assert hits, hits
    written = {w for h in hits.values() for w in h.triggers}
    assert all(w in doc.text for w in written), written  # as written: "Sanctions", not "sanction"
    assert "Sanctions" in written or "oil embargo" in written, written
