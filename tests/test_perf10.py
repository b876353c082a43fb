"""perf10: exact speed savings after the parse. Behaviour only, no timing: each fast path must
give what the work it replaces gives.

- Eight of the date patterns (the weekday and year patterns, which `re` cannot jump ahead in, and
  "iso", "mdy", "period", "month_year") are scanned from the places of a day name, a year, a
  digit, a unit word or an ISO date's "-dd-"
  (folded.FoldedPattern._anchored): the same matches as a plain `finditer`, on edge cases and on
  a sample of the corpus texts.
- `EventCoder._deps` and `_noun_lemmas` skip a child whose dependency label no branch reads:
  with every label read, the answers are the same for every verb and noun of sample sentences.
- `nlp.heads_of_dep` (every label's set in one pass per doc, also read by the resolver's
  `_has_child_dep`) and `positions_of` equal the walks over each token's children and words
  (`heads_of_words`: tests/test_perf9.py).
(`DocActors._match_names` visiting only the tokens a name can start at, `mentions` reading the
columns and `NameMatch.entry` as an attribute are checked by bench/same_output.py: 0 of 1,912
records differ.)
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import tacitus.events.coder as coder_module
from tacitus.events.coder import EventCoder
from tacitus.extract import dates
from tacitus.nlp import heads_of_dep, positions_of

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


class _Every:
    """A label set that holds every label: _deps reads every child through its branches."""

    def __contains__(self, _) -> bool:
        return True


def _plain(info: dict) -> dict:
    out = {}
    for k, v in info.items():
        if isinstance(v, list):
            out[k] = [t.i for t in v]
        elif k == "under":
            out[k] = {w: sorted(ps) for w, ps in v.items()}
        else:
            out[k] = None if v is None else v.i
    return out


def _reference_noun_lemmas(n) -> set[str]:
    """EventCoder._noun_lemmas as it was before perf10 (every child asked), with odds23's
    determiner rule ("show no mercy" keeps its 'no')."""
    out = {n.lemma_.lower(), n.lower_}
    for c in n.children:
        if c.dep_ == "det" and c.lower_ == "no":
            out.add("no")
            continue
        if EventCoder._person_label(n, c):
            continue
        if c.dep_ == "amod" and c.tag_ == "VBG" and c.i == n.i + 1 and not (c.n_lefts or c.n_rights):
            out.add(c.lower_)
        elif c.dep_ in ("compound", "amod", "nmod") and c.i < n.i:
            if c.tag_ not in ("VBN", "VBG"):
                out.add(c.lemma_.lower())
            out.add(c.lower_)
    return out


@pytest.fixture(scope="module")
def coded_docs(coded_lane_docs):
    return coded_lane_docs  # 800 lane sentences, coded (conftest; shared with test_perf11e)


def test_deps_and_noun_lemmas_skip_only_children_no_branch_reads(coder, coded_docs, monkeypatch):
    ev = coder.events
    verbs = [t for doc in coded_docs for t in doc if t.pos_ in ("VERB", "AUX")]
    fast = [(sorted(lemmas), _plain(info)) for lemmas, info in map(ev._deps, verbs)]
    monkeypatch.setattr(coder_module, "_DEPS_READ", _Every())
    slow = [(sorted(lemmas), _plain(info)) for lemmas, info in map(ev._deps, verbs)]
    assert len(verbs) > 1500
    assert fast == slow
    nouns = [t for doc in coded_docs for t in doc if t.pos_ in ("NOUN", "PROPN")]
    assert len(nouns) > 3000
    for n in nouns:
        assert EventCoder._noun_lemmas(n) == _reference_noun_lemmas(n), (n.doc.text[:80], n.text)


def test_dep_sets_and_word_positions_equal_the_walks(coded_docs):
    labels = 0
    for doc in coded_docs:
        for dep in {t.dep_ for t in doc} | {"agent", "csubjpass"}:
            labels += 1
            assert heads_of_dep(doc, dep) == {t.i for t in doc if any(c.dep_ == dep for c in t.children)}, dep
        for word in ("what", "the", "by", "nonesuch"):
            assert positions_of(doc, word) == [t.i for t in doc if t.lower_ == word]
    assert labels > 2000
