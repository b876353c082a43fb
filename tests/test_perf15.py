"""perf15: exact speed savings after the parse. Behaviour only, no timing: each shortcut must give
what the walk it replaces gives (bench/same_output.py reports no record changed).

- `EventCoder._inscription_text` (asked of every candidate event) finds the nearest quote mark
  before the word by bisecting the doc's quote positions (`nlp.quote_positions`, one
  `Doc.to_array(IS_QUOTE)` per doc) and the sentence start from `sent_bounds`, instead of making
  a Token of each word on the walk back and asking `Token.sent`: the same answer for every word.
- `DocActors._resolve_head` asks `_plain_noun` first (`_plain_noun_first`) for a lower-case
  common noun no earlier check can resolve: every head resolves to the same actors as with the
  full walk, and the gate is taken for many heads.
- `RoleFinder._first_of_two_objects` and `EventCoder._entry_of`'s double-object test read the
  verb's children's labels from `children_table`: the same answers as the walks over
  `Token.children`.
"""
from __future__ import annotations

import pytest

from tacitus.actors import DocActors
from tacitus.events.coder import EventCoder
from tacitus.events.roles import RoleFinder
from tacitus.events.words import INSCRIPTION_NOUNS
from tacitus.extract.facts import article_places
from tacitus.model import Article
from tacitus.nlp import quote_positions

from conftest import lane_sample

DATE = "2024-03-01"


@pytest.fixture(scope="module")
def sample(coder):
    """(doc, DocActors, article date) for 300 lane sentences, after the event stage has run on them."""
    recs = lane_sample(300, offset=11)
    arts = [Article(text=r["text"], doc_id=r["id"], date=r.get("date") or DATE) for r in recs]
    out = []
    for a, doc in zip(arts, coder.nlp.pipe([a.text for a in arts], batch_size=16)):
        actors = DocActors(doc, coder.dictionary, a.date, coder.gazetteer)
        actors.use_places(article_places(doc, actors, coder.gazetteer))
        coder.events.code_doc(doc, actors, doc_id=a.doc_id, date=a.date)
        out.append((doc, actors, a.date))
    return out


def _inscription_text_by_tokens(v) -> bool:
    """EventCoder._inscription_text as it was: a Token per word walked back, and Token.sent."""
    doc, sent = v.doc, v.sent
    k = v.i - 1
    while k >= sent.start and not doc[k].is_quote:
        k -= 1
    if k < sent.start + 1 or sum(1 for t in doc[k:v.i] if t.is_quote) != 1:
        return False
    verb = doc[k - 1]
    if verb.lemma_.lower() not in ("read", "say"):
        return False
    return any(t.lemma_.lower() in INSCRIPTION_NOUNS for t in doc[max(sent.start, verb.i - 3):verb.i])


def test_quote_positions_and_inscription_text(sample, coded_lane_docs, coder):
    docs = [d for d, _, _ in sample] + list(coded_lane_docs)
    for text in ('Protesters outside the embassy held placards reading "Free our sons" and "No to war".',
                 'Crowds waved signs which read "Silenced" as the minister spoke.'):
        doc = coder.nlp(text)
        coder._result(Article(text=text, doc_id="t", date=DATE), doc)
        docs.append(doc)
    quoted = inscribed = 0
    for doc in docs:
        assert quote_positions(doc) == [t.i for t in doc if t.is_quote]
        quoted += bool(quote_positions(doc))
        for t in doc:
            got = EventCoder._inscription_text(t)
            assert got == _inscription_text_by_tokens(t), (doc.text, t.i)
            inscribed += got
    assert quoted > 20 and inscribed >= 2


def _resolved(doc, actors):
    return ({i: [(a.code, a.start, a.end, a.kind) for a in found] for i, found in actors.actors_at.items()},
            [(i, a.code, dep) for i, a, dep in actors.history])


def test_plain_noun_first_equals_full_walk(sample, coder, monkeypatch):
    """Every head of the sample resolved with the gate and with it switched off (the full walk
    down to _plain_noun): the same actors and the same history."""
    asked = []
    gate = DocActors._plain_noun_first

    def counting(self, h):
        found = gate(self, h)
        asked.append(found)
        return found

    monkeypatch.setattr(DocActors, "_plain_noun_first", counting)
    fast = [_resolved(doc, DocActors(doc, coder.dictionary, date, coder.gazetteer)) for doc, _, date in sample]
    monkeypatch.setattr(DocActors, "_plain_noun_first", lambda self, h: False)
    slow = [_resolved(doc, DocActors(doc, coder.dictionary, date, coder.gazetteer)) for doc, _, date in sample]
    assert fast == slow
    assert sum(asked) > 300  # the gate answers for many heads of the sample


def _first_of_two_objects_by_tokens(v):
    """RoleFinder._first_of_two_objects as it was (over Token.children)."""
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if len(objs) == 2 and objs[0].pos_ == "PROPN" and objs[1].pos_ == "NOUN" and objs[0].i < objs[1].i:
        return objs[0]
    if len(objs) == 1 and objs[0].pos_ == "NOUN":
        return next((c for c in v.children if c.dep_ == "dep" and c.pos_ == "PROPN" and v.i < c.i < objs[0].i), None)
    return None


def _double_object_by_tokens(v):
    """The first part of _entry_of's double-object test as it was (over Token.children)."""
    return any(c.dep_ in ("dative", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in v.children) \
        and any(c.dep_ == "dobj" for c in v.children) \
        and not (any(c.dep_ == "dative" for c in v.children) and RoleFinder._to_phrase(v))


def test_two_object_reads_equal_token_walks(sample, coded_lane_docs, coder):
    from tacitus.events.syntax import children_table

    docs = [d for d, _, _ in sample] + list(coded_lane_docs)
    for text in ("Britain will send Kyiv 14 Challenger tanks.", "Germany handed Ukraine the first Leopard tanks.",
                 "Ukraine was sent 31 Abrams tanks by Washington."):
        doc = coder.nlp(text)
        coder._result(Article(text=text, doc_id="t", date=DATE), doc)
        docs.append(doc)
    found = double = 0
    for doc in docs:
        kids, dep_col = children_table(doc)
        for v in doc:
            got = RoleFinder._first_of_two_objects(v)
            assert got == _first_of_two_objects_by_tokens(v), (doc.text, v.i)
            found += got is not None
            fast = any(dep_col[k] in ("dative", "nsubjpass") and doc[k].pos_ in ("NOUN", "PROPN") for k in kids[v.i]) \
                and any(dep_col[k] == "dobj" for k in kids[v.i]) \
                and not (any(dep_col[k] == "dative" for k in kids[v.i]) and RoleFinder._to_phrase(v))
            assert fast == _double_object_by_tokens(v), (doc.text, v.i)
            double += fast
    assert found >= 2 and double >= 2


def test_double_object_sentences_still_code(coder):
    """Sentences through the double-object reads: coded as before the change."""
    def first(text):
        evs = coder.code(text, date=DATE)
        assert evs, text
        e = evs[0]
        return e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target]

    assert first("Germany gave Ukraine fifty air defence missiles.") == ("AID", "072", ["DEU"], ["UKR"])
    assert first("Japan sent Turkey tents and blankets after the earthquake.") == ("AID", "073", ["JPN"], ["TUR"])
