"""perf13a: exact speed savings in the event stage. Behaviour only, no timing: each memo or gate
must give what the work it replaces gives (bench/same_output.py reports no record changed).

- `EventCoder._noun_lemmas` keeps its answer per token while `_sentence` codes the token's
  sentence (a third of its calls asked again); every kept answer equals a fresh `_noun_lemmas_of`,
  each call returns a new set, and nothing is kept once `code_doc` is done.
- `modality._dated_background` and `_dated_complement` read the verb's children from the label and
  lower-case columns and make a Token only for a child a test reads further: the columns hold what
  the Tokens say after the coder's retagging, and the answers equal those of the loop that visits
  every child.
- `syntax.object_read_as_time_compound` returns before making a Token when the word after the verb
  is no modifier or compound; `modality.obliged` before building its word set for a one-verb chain;
  `RoleFinder._later_actor` makes its own-clause ranges only when a word naming an actor reaches
  that test (its helpers read the parse only, so when they run does not matter).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import tacitus.events.modality as modality_mod
from tacitus.actors import DocActors
from tacitus.events.coder import NOUN_LEMMAS_MEMO_KEY, EventCoder
from tacitus.events.roles import RoleFinder
from tacitus.events.syntax import ELAPSED_TIME_NOUNS, children_table, object_read_as_time_compound
from tacitus.extract.facts import article_places
from tacitus.model import Article
from tacitus.nlp import heads_of_dep, token_table

from conftest import coded

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"


class _Everything:
    """A label set that holds every label: the gate in _dated_background's loop lets every child by."""

    def __contains__(self, item) -> bool:
        return True


@pytest.fixture(scope="module")
def coded_docs(coder):
    """(doc, DocActors, date, kept noun-lemma memos, _later_actor calls) for a sample of lane
    sentences after the event stage has run; each sentence's noun-lemma memo is copied as
    `_sentence` leaves it, and each `_later_actor` question with its answer is recorded."""
    recs = [json.loads(line) for line in LANES.read_text("utf-8").splitlines() if line.strip()][3::20]
    arts = [Article(text=r["text"], doc_id=r["id"], date=r.get("date")) for r in recs]
    events = coder.events
    kept: list[dict] = []
    later: list[tuple] = []
    sentence, later_actor = events._sentence, events._later_actor

    def spy_sentence(sent, actors):
        out = sentence(sent, actors)
        kept.append(dict(sent.doc.user_data.get(NOUN_LEMMAS_MEMO_KEY) or {}))
        return out

    def spy_later(cand, actors):
        found = later_actor(cand, actors)
        later.append((cand, actors, [a.code for a in found]))
        return found

    events._sentence, events._later_actor = spy_sentence, spy_later
    out = []
    try:
        for a, doc in zip(arts, coder.nlp.pipe([a.text for a in arts], batch_size=16)):
            actors = DocActors(doc, coder.dictionary, a.date, coder.gazetteer)
            actors.use_places(article_places(doc, actors, coder.gazetteer))
            kept.clear()
            later.clear()
            events.code_doc(doc, actors, doc_id=a.doc_id, date=a.date)
            out.append((doc, actors, a.date, list(kept), list(later)))
    finally:
        del events._sentence, events._later_actor
    return out


def test_kept_noun_lemmas_equal_fresh_ones(coded_docs):
    n = 0
    for doc, _, _, memos, _ in coded_docs:
        assert NOUN_LEMMAS_MEMO_KEY not in doc.user_data  # dropped when code_doc is done
        for memo in memos:
            for i, words in memo.items():
                assert words == EventCoder._noun_lemmas_of(doc[i]), (doc.text[:70], doc[i].text)
                n += 1
    assert n > 200


def test_noun_lemmas_with_a_memo_are_new_sets(coded_docs):
    doc = coded_docs[0][0]
    doc.user_data[NOUN_LEMMAS_MEMO_KEY] = {}
    try:
        for t in doc:
            first = EventCoder._noun_lemmas(t)
            assert first == EventCoder._noun_lemmas_of(t)
            first.add("not a word")
            assert EventCoder._noun_lemmas(t) == EventCoder._noun_lemmas_of(t)
        assert len(doc.user_data[NOUN_LEMMAS_MEMO_KEY]) == len(doc)
    finally:
        del doc.user_data[NOUN_LEMMAS_MEMO_KEY]
    assert EventCoder._noun_lemmas(doc[0]) == EventCoder._noun_lemmas_of(doc[0])  # no memo: worked out


def test_columns_hold_what_the_tokens_say_after_coding(coded_docs):
    for doc, _, _, _, _ in coded_docs:
        kids, dep_col = children_table(doc)
        lower_col = token_table(doc).lower
        for t in doc:
            assert kids[t.i] == tuple(c.i for c in t.children)
            assert dep_col[t.i] == t.dep_ and lower_col[t.i] == t.lower_


def test_dated_background_equals_the_walk_over_every_child(coded_docs, monkeypatch):
    verbs = [(t, date) for doc, _, date, _, _ in coded_docs for t in doc if t.pos_ in ("VERB", "AUX")]
    gated = [modality_mod._dated_background(v, d) for v, d in verbs]
    monkeypatch.setattr(modality_mod, "_DATING_LABELS", _Everything())
    slow = [modality_mod._dated_background(v, d) for v, d in verbs]
    assert gated == slow
    assert len(verbs) > 300 and any(gated)


def _time_compound_slow(c):
    """object_read_as_time_compound without its column gate (the walk as it was)."""
    v = c.head
    if c.i <= v.i + 2 or v.i in heads_of_dep(v.doc, "dobj"):
        return None
    o = v.doc[v.i + 1]
    while o.dep_ in ("amod", "compound") and o.head.i == o.i + 1 and o.head.lemma_.lower() not in ELAPSED_TIME_NOUNS:
        o = o.head
    t = o.head
    if o.dep_ != "compound" or o.pos_ != "NOUN" or t.i != o.i + 1 or t.dep_ != "npadvmod" \
            or t.lemma_.lower() not in ELAPSED_TIME_NOUNS:
        return None
    if t.head.i != c.i and not (t.head.head.i == c.i and t.head.dep_ in ("mark", "prep")):
        return None
    return o


def test_time_compound_gate_equals_the_walk(coded_docs, coder):
    extra = coder.nlp("The United States imposed sanctions days after the invasion began, and Kyiv declared "
                      "martial law hours after Russian forces crossed the border.")
    clauses = [c for doc in [d for d, *_ in coded_docs] + [extra] for c in doc
               if c.dep_ in ("advcl", "ccomp", "prep") and c.head.i != c.i]
    found = [object_read_as_time_compound(c) for c in clauses]
    assert found == [_time_compound_slow(c) for c in clauses]
    assert any(f is not None for f in found)  # the lapse shape itself is still read


def test_one_verb_chain_is_never_obliged(coded_docs):
    for doc, *_ in coded_docs:
        for t in doc:
            assert modality_mod.obliged([t]) is False


def test_later_actor_helpers_read_the_parse_only(coded_docs):
    n = 0
    for _, actors, _, _, calls in coded_docs:
        for cand, acts, codes in calls:
            anchor = cand.anchor
            before = [RoleFinder._other_clauses(anchor), RoleFinder._speech_participles(anchor),
                      RoleFinder._reaction_participles(anchor), RoleFinder._voiced_reactions(anchor),
                      RoleFinder._absolute_with_clauses(anchor), RoleFinder._subjected_clauses(anchor)]
            # the answer with the ranges made first (as before perf13a) is the one recorded
            assert [a.code for a in RoleFinder._later_actor(cand, acts)] == codes
            after = [RoleFinder._other_clauses(anchor), RoleFinder._speech_participles(anchor),
                     RoleFinder._reaction_participles(anchor), RoleFinder._voiced_reactions(anchor),
                     RoleFinder._absolute_with_clauses(anchor), RoleFinder._subjected_clauses(anchor)]
            assert before == after
            n += 1
    assert n > 5


@pytest.mark.parametrize("date,text,expected", [
    # an old date on the clause: history, dropped ('back in', 'ago')
    ("2024-03-01", "Back in 2015, Russia sent warplanes to Syria to support Bashar al-Assad.", []),
    ("2024-03-01", "Two decades ago, NATO bombed Serbian targets in Kosovo.", []),
    # the story's own day keeps the acts
    ("2024-03-01", "Russia sent warplanes to Syria on Friday to support Bashar al-Assad.",
     [("AID", "074", ["RUS"], ["SYR"])]),
    ("2024-03-01", "Russia expelled two Polish diplomats on Friday.", [("SANCTION", "161", ["RUS"], ["POL"])]),
    # the object the parser glued to the time lapse is still the verb's ('declare martial law')
    ("2022-02-24", "Ukraine declared martial law hours after Russian forces crossed the border.",
     [("COERCE", "1724", ["UKR"], ["UKR"])]),
])
def test_dated_acts_and_lapses(coder, date, text, expected):
    got = coded(coder, text, date)
    for e in expected:
        assert e in got, got
    if not expected:
        assert got == [], got
