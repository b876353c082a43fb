"""perf11t: exact speed savings in the stages after the parse outside the event coder and the
actor resolver. Behaviour only, no timing: each fast path must give what the work it replaces
gives.

- `folded.longest_first`: the facility names written as a trie match what the list of names
  sorted longest first matches, on edge cases and on the corpus texts.
(The whole record of every text of bench/same_output.py is unchanged: 0 of 1,912 differ.)
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tacitus.extract.folded import FoldedPattern, longest_first
from tacitus.extract.places import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"

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
