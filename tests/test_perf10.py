"""perf10: exact speed savings after the parse. Behaviour only, no timing: each fast path must
give what the work it replaces gives.

- Eight of the date patterns (the weekday and year patterns, which `re` cannot jump ahead in, and
  "iso", "mdy", "period", "month_year") are scanned from the places of a day name, a year, a
  digit, a unit word or an ISO date's "-dd-"
  (folded.FoldedPattern._anchored): the same matches as a plain `finditer`, on edge cases and on
  a sample of the corpus texts.
- `EventCoder._deps` and `_noun_lemmas` skip a child whose dependency label no branch reads:
  with every label read, the answers are the same for every verb and noun of sample sentences.
- `DocActors._match_names` visits only tokens a name can start at: no other token holds a
  name a full scan finds.
- `nlp.heads_of_dep`, `heads_of_words` and `positions_of` (one pass per doc) equal the walks
  over each token's children and words.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.extract import dates

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"

DATE_EDGES = [
    "", " ", "monday", "xmonday", "onmonday", "on  monday", "earlier\tmonday", "last\n\nfriday, and this sunday",
    "mid-2019", "mid 2019", "in 2019", "in2019", "the end of   2020 people", "in 2019 troops", "in 2019,5",
    "between 2019 and 2020 the", "between 2019  2020 talks", "the 2019 vote", "the 20190 vote", "1999 and 2000",
    "in 1999 and 2001 and 2002", "x1999 and 2000", "in may", "in may 2019", "end of march, 2020", "mid-june",
    "since december 2019 and january", "of mar", "in mayday", "sundays", "202020 2019", "from 2019-2020",
    "late monday and early tuesday", "after sept 2019", "by 2030 and in 2040", "dec.", "in  \u2009 june",
    "2019-05-02", "x2019-05-02-01", "12019-05-0233", "-05-02", "on 2019-05-02.", "sept. 12", "september. 12th, 2020",
    "march 3, 2019", "march3", "june,2020", "june., 2020", "june  2020", "earlier this  week", "over the weekend",
    "during the year", "lastweek", "this weekend and next month",
]


def _date_texts() -> list[str]:
    out = list(DATE_EDGES)
    for k, line in enumerate(LANES.read_text("utf-8").splitlines()):
        if k % 5 == 0 and line.strip():
            out.append(json.loads(line)["text"].lower())
    corpus = ROOT / "corpus" / "tacitus-gold.jsonl"
    for k, line in enumerate(corpus.read_text("utf-8").splitlines()):
        r = json.loads(line)
        if r.get("split") == "train" and k % 3 == 0:
            out.append(r["text"].lower())
    return out


_ANCHORED = [(kind, rx) for kind, rx in dates._RX_FOLDED if rx.anchor is not None]


def test_anchored_patterns():
    assert [kind for kind, _ in _ANCHORED] == ["iso", "mdy", "weekday", "period", "month_year", "year", "year", "year"]


@pytest.mark.parametrize("k", range(len(_ANCHORED)), ids=[kind for kind, _ in _ANCHORED])
def test_anchored_scan_finds_what_finditer_finds(k):
    kind, rx = _ANCHORED[k]
    for text in _date_texts():
        plain = [(m.span(), m.groups()) for m in rx.sensitive.finditer(text)]
        anchored = [(m.span(), m.groups()) for m in rx._anchored(text)]
        assert anchored == plain, (kind, text[:80])
