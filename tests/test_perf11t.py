"""perf11t: exact speed savings in the stages after the parse outside the event coder and the
actor resolver. Behaviour only, no timing: each fast path must give what the work it replaces
gives.

- `tone._vader_compound`: VADER's compound score with its per-word code run only on lexicon words
  (`_valence`, `_idioms`: VADER's `sentiment_valence` and checks written out on the lower-case
  forms), equal to a plain analyzer's `polarity_scores(text)["compound"]` on edge cases (negation,
  "no", "least", boosters, "kind of", ALL CAPS, "but", idioms, punctuation, emoji) and on every
  sentence of a sample of the corpus; the words it skips would have scored 0 in VADER.
- `folded.longest_first`: the facility names written as a trie match what the list of names
  sorted longest first matches, on edge cases and on the corpus texts.
(The whole record of every text of bench/same_output.py is unchanged: 0 of 1,912 differ.)
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from tacitus.extract import tone as tone_module
from tacitus.extract.folded import FoldedPattern, longest_first
from tacitus.extract.places import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"

VADER_EDGES = [
    "", " ", "!!!", "good", "GOOD", "not good", "No good deal was ever struck.", "no no no",
    "The envoy was not happy, nor hopeful, and no progress or hope was seen.",
    "At least the talks were not a failure; the very least they could do was fail.",
    "Least good. It was the least bad option.",
    "The ceasefire was kind of a success, sort of fragile and VERY GOOD for the region!!",
    "It was kind of good, but the aftermath was a DISASTER?? Really??",
    "Without doubt the deal was never so good, and this good for both sides.",
    "Officials said the strike was the bomb, a kiss of death, yeah right, to die for.",
    "They didn't condemn the attack and can't support the brutal killings.",
    "The minister hardly praised the extremely successful but deeply flawed plan.",
    "Rebels KILLED 12 SOLDIERS in a brutal attack, the army said on Sunday!",
    "ALL CAPS HEADLINE ABOUT A TERRIBLE WAR",
    "Protesters were not happy :( but the police were very calm :)",
    "  He said the vote was fair, but the opposition called it a fraud?  ",
    "Turkey's president \u00c9rdogan praised the \u201cexcellent\u201d deal with Russia.",
    "Peace \u2764\ufe0f and love, the crowd chanted as the ceasefire held \U0001F600.",
    "(Good) \"bad\" 'ugly' -- fine... great!? no, not great.",
]


def _plain():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@pytest.mark.parametrize("text", VADER_EDGES)
def test_compound_equals_plain_vader_on_edge_cases(text):
    analyzer, _ = tone_module._vader()
    assert tone_module._vader_compound(analyzer, text) == _plain().polarity_scores(text)["compound"]


def test_compound_equals_plain_vader_on_corpus_sentences_and_word_salad():
    analyzer, _ = tone_module._vader()
    plain = _plain()
    texts = [json.loads(line)["text"] for line in LANES.read_text("utf-8").splitlines()[::4] if line.strip()]
    rng = random.Random(11)
    words = ("not no never but kind of very least at without doubt so this GOOD good bad KILLED killed nor or "
             "sort hardly extremely barely kiss death bus stop yeah right the bomb to die for NO NEVER isn't "
             "don't HAPPY happy. sad, (bad) :) :( ! ? !!! ??").split()
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    scored = 0
    for text in texts:
        got = tone_module._vader_compound(analyzer, text)
        assert got == plain.polarity_scores(text)["compound"], text
        scored += got != 0.0
    assert scored > 3000  # the sample reaches the scoring code, not only the shortcut to 0


def test_skipped_words_would_have_scored_zero():
    """An item `_vader_compound` leaves at 0 without a look because it is not a lexicon word gets
    0 from VADER's own `sentiment_valence` too (boosters and "kind" before "of" are set to 0 by
    `polarity_scores` itself before it is called)."""
    from vaderSentiment.vaderSentiment import SentiText

    analyzer = _plain()
    checked = 0
    for text in VADER_EDGES:
        sentitext = SentiText(text)
        for i, item in enumerate(sentitext.words_and_emoticons):
            if item.lower() not in analyzer.lexicon:
                assert analyzer.sentiment_valence(0, sentitext, item, i, []) == [0], (text, item)
                checked += 1
    assert checked > 100


def test_long_run_on_sentence_is_scored_in_pieces():
    analyzer, _ = tone_module._vader()
    text = " ".join(["the good talks failed badly"] * 80)
    items = text.split()
    pieces = [" ".join(items[k:k + tone_module.MAX_VADER_ITEMS]) for k in range(0, len(items), tone_module.MAX_VADER_ITEMS)]
    plain = _plain()
    want = sum(plain.polarity_scores(p)["compound"] * len(p.split()) for p in pieces) / len(items)
    assert tone_module._compound(analyzer, text) == want


def _old_pattern(names) -> str:
    return r"\b(?:the\s+)?(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"


def _found(rx, text):
    return [(m.start(), m.end(), m.group(0), m.group(1)) for m in rx.finditer(text)]


@pytest.mark.parametrize("names", [
    ["dam", "danube", "da", "dams"], ["a b", "a", "ab", "a-b", "x.y"], ["white house", "white", "house"],
    ["kremlin", "kremlin palace", "kremlin wall"], ["the bridge", "bridge"],
])
def test_trie_matches_the_longest_first_list_on_edge_cases(names):
    old, new = re.compile(_old_pattern(names)), re.compile(r"\b(?:the\s+)?(" + longest_first(names) + r")\b")
    texts = ["dams on the danube and a dam", "da dam dan danube-x", "a b ab a-b a x.y x.yz the  a b",
             "the white house, white houses; house white", "the kremlin palace kremlin walls kremlin wall",
             "the the bridge bridges bridge", ""]
    for text in texts:
        assert _found(old, text) == _found(new, text), text


def test_facility_trie_matches_the_list_on_corpus_texts():
    gz = default_gazetteer()
    old = FoldedPattern(_old_pattern(gz.facilities))
    texts = [json.loads(line)["text"] for line in LANES.read_text("utf-8").splitlines() if line.strip()]
    texts += [t.upper() for t in texts[::50]] + ["\u0130stanbul: " + t for t in texts[::200]]
    hits = 0
    for text in texts:
        want = _found(old, text)
        assert _found(gz.facility_rx, text) == want, text
        hits += len(want)
    assert hits > 100
