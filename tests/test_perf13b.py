"""perf13b: exact speed savings in our spaCy components (they run inside `nlp.pipe`). Behaviour
only, no timing: each fast path must give what the work it replaces gives (bench/same_output.py
reports no record changed).

- `doc.text` makes a spaCy Token per token; three components (may_name, split_quote,
  told_in_contact) asked for it on every doc. They read `nlp.doc_text`, joined once per doc from
  the ORTH and SPACY columns (`_joined_text`), which must equal `doc.text` exactly.
- tacitus_split_quote walked every token of a doc with four quote marks or more; it now makes a
  Token only for a VERB whose lemma is a speech verb (`_speech_verb_candidates`), and may_name
  only for a token "May" (`_positions_of_word`). Both are checked against the walk over every
  token, and the repaired trees against the components run with the walk.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus import nlp as nlp_mod
from tacitus.events.words import ATTRIBUTION_VERBS, QUOTE_SPEECH_VERBS

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"

HANDMADE = [
    '"Those who plotted," Putin said, "will be punished."',
    '"If we are attacked," Trump told the Assembly, "we will destroy them."',
    '"The sanctions," said EU foreign policy chief Josep Borrell, "will hit the oligarchs."',
    'Maduro addressed supporters in Caracas: "The opposition is preparing a coup," he said.',
    "Prime Minister Theresa May criticised the EU on Tuesday.\nMay said talks would resume in May. ",
    "MOSCOW, Feb 4 (Reuters) - Russia expelled two Polish diplomats, the ministry said.\n\n"
    "Biden told Putin in a video call that Russia would face sanctions.  ",
    "Riot police charged at demonstrators.\n  \n",
    "\u201cWe will not yield,\u201d the minister told reporters, \u201cnot now, not ever.\u201d",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def texts():
    recs = [json.loads(line) for line in LANES.read_text("utf-8").splitlines() if line.strip()]
    quoted = [r["text"] for r in recs if '"' in r["text"] or "\u201c" in r["text"]][:120]
    plain = [r["text"] for r in recs][5::97]
    # articles of several quoting sentences (four marks or more: split_quote's full path)
    joined = ["\n".join(quoted[k:k + 4]) for k in range(0, len(quoted), 4)]
    return HANDMADE + quoted + plain + joined


@pytest.fixture(scope="module")
def docs(coder, texts):
    return list(coder.nlp.pipe(texts, batch_size=16))


def test_joined_text_is_doc_text(coder, docs, texts):
    for text, doc in zip(texts, docs):
        assert nlp_mod._joined_text(doc) == doc.text == text
        assert nlp_mod.doc_text(doc) == text  # as the components cached it
    for text in texts[:12]:  # also on a doc straight from the tokenizer
        doc = coder.nlp.make_doc(text)
        assert nlp_mod._joined_text(doc) == doc.text


def test_candidates_equal_the_walk(docs):
    speech = 0
    for doc in docs:
        slow = [t.i for t in doc if t.pos_ == "VERB" and (t.lemma_ in ATTRIBUTION_VERBS or t.lemma_ in QUOTE_SPEECH_VERBS)]
        assert nlp_mod._speech_verb_candidates(doc, ATTRIBUTION_VERBS, QUOTE_SPEECH_VERBS) == slow
        assert nlp_mod._positions_of_word(doc, "May") == [t.i for t in doc if t.text == "May"]
        speech += len(slow)
    assert speech > 100


def _tree(doc):
    return [(t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_) for t in doc]


def test_components_same_as_with_the_walk(coder, texts, docs, monkeypatch):
    """The pipeline with the token walk in place of both gates repairs the same trees."""
    monkeypatch.setattr(nlp_mod, "_speech_verb_candidates", lambda doc, *sets: range(len(doc)))
    monkeypatch.setattr(nlp_mod, "_positions_of_word", lambda doc, word: range(len(doc)))
    slow = list(coder.nlp.pipe(texts, batch_size=16))
    repaired = 0
    for fast_doc, slow_doc in zip(docs, slow):
        assert _tree(fast_doc) == _tree(slow_doc), fast_doc.text[:80]
    # the repairs do fire on this set (else the comparison proves little)
    for text in HANDMADE[:2]:
        doc = coder.nlp(text)
        repaired += any(t.dep_ == "ROOT" and t.lemma_ in ("say", "tell") for t in doc)
    assert repaired == 2


def test_may_name_still_repairs(coder):
    doc = coder.nlp("Prime Minister Theresa May criticised the EU on Tuesday.")
    may = next(t for t in doc if t.text == "May")
    assert may.dep_ == "nsubj" and may.pos_ == "PROPN"


def test_contact_clause_gate_keeps_every_repair(coder, texts, docs, monkeypatch):
    """tacitus_told_in_contact makes a Token only for a ROOT noun or a relcl/acl verb: with every
    token handed to its tests instead, the repaired trees are the same."""
    import numpy

    real = numpy.flatnonzero
    monkeypatch.setattr(nlp_mod.numpy, "flatnonzero", lambda a: numpy.arange(len(a)))
    try:
        slow = list(coder.nlp.pipe(texts, batch_size=16))
    finally:
        monkeypatch.setattr(nlp_mod.numpy, "flatnonzero", real)
    for fast_doc, slow_doc in zip(docs, slow):
        assert _tree(fast_doc) == _tree(slow_doc), fast_doc.text[:80]
