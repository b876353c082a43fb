"""perf11e: exact speed savings in the event and actor stages. Behaviour only, no timing: each fast
path must give what the work it replaces gives (no family of misses is fixed here; the output of
bench/same_output.py is unchanged: 0 of 1,912 records differ).

- `syntax.children_table` (each token's children's indices and the label column, once per doc),
  read by `EventCoder._deps`, `_noun_lemmas`, `_phrase_nouns`, `RoleFinder._prep_actors`,
  `modality`, `active_subject`, `employer_source` and `DocActors._conjuncts` to make a Token only
  for a child whose label they read: the same children, in the same order, with the same labels
  as `Token.children`, for every token of sample docs after the event coder's retagging.
- `what_clauses` reads a per-doc set of the tokens a "what" sits two or three steps below: the
  same verbs as the walk from each "what" it replaces.
- `ClauseRules._clause_depth` walks up the plain head and label columns: the same depth as the
  walk over Token heads, for every token.
(`ClauseRules._forces_abroad` answering at once for a code none of its rules tests, `_left_open`
and `_told_to` asking their cheap word and frame tests before walking a verb's children, and the
resolver's columns made once in `DocActors.__init__` reorder pure tests of one condition: checked
by bench/same_output.py.)
"""
from __future__ import annotations

import pytest

from tacitus.events.rules import ClauseRules
from tacitus.events.syntax import WHAT_HOLDERS_KEY, children_table, what_clauses
from tacitus.nlp import positions_of, token_table


@pytest.fixture(scope="module")
def coded_docs(coded_lane_docs):
    return coded_lane_docs  # 800 lane sentences, coded (conftest; shared with test_perf10)


def test_children_table_is_token_children(coded_docs):
    seen = 0
    for doc in coded_docs:
        kids, deps = children_table(doc)
        assert len(kids) == len(doc) == len(deps)
        for t in doc:
            assert [doc[k].i for k in kids[t.i]] == [c.i for c in t.children], (doc.text[:60], t.text)
            assert [deps[k] for k in kids[t.i]] == [c.dep_ for c in t.children]
            seen += len(kids[t.i])
    assert seen > 10000


def _reference_what_holder(v) -> bool:
    """what_clauses' first test as it was before perf11e (a walk from every "what")."""
    heads = token_table(v.doc).head
    return any(heads[heads[w]] == v.i or heads[heads[heads[w]]] == v.i for w in positions_of(v.doc, "what"))


def test_what_holders_are_the_walks(coder, coded_docs):
    docs = list(coded_docs) + [coder.nlp("Israel struck what it said was a Hamas command centre in Gaza City."),
                               coder.nlp("Moscow rejected what it called the diktats of the West.")]
    holders = 0
    for doc in docs:
        for v in doc:
            list(what_clauses(v))
            assert (v.i in doc.user_data[WHAT_HOLDERS_KEY]) == _reference_what_holder(v), (doc.text[:60], v.text)
            holders += _reference_what_holder(v)
    assert holders >= 2


def _reference_clause_depth(tok) -> int:
    """ClauseRules._clause_depth as it was before perf11e (Token heads)."""
    depth, cur, steps = 0, tok, 0
    while cur.head.i != cur.i and steps < 30:
        if cur.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj"):
            head = cur.head
            if not (cur.dep_ == "ccomp" and head.lemma_.lower() in ("say", "tell", "announce", "report", "state", "add", "claim", "confirm", "declare")):
                depth += 1
            if cur.dep_ == "acl" and cur.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in cur.children):
                depth += 1
        cur = cur.head
        steps += 1
    return depth


def test_clause_depth_from_the_columns(coded_docs):
    deep = 0
    for doc in coded_docs:
        for t in doc:
            assert ClauseRules._clause_depth(t) == _reference_clause_depth(t), (doc.text[:60], t.text)
            deep += ClauseRules._clause_depth(t) > 1
    assert deep > 100
