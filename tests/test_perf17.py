"""perf17: exact speed savings in the actor resolver. Behaviour only, no timing: each shortcut must
give what the walk it replaces gives (bench/same_output.py reports no record changed).

- `DocActors._lone_demonym`: a childless demonym adjective with no agent noun ("the Ethiopian
  government", "Turkish and German officials") is answered [] at the top of `_resolve_head`,
  instead of building its one-word phrase and running the country chain whose answer no later
  rule uses for it.
- `DocActors._lone_date`: a proper-noun date word in a preposition's or adverbial slot with no
  left child and no "poss", "prep", "acl" or "relcl" child ("on Oct. 25") that `date_read_name`
  does not read as a surname, likewise.
"""
from __future__ import annotations

import pytest

from tacitus.actors import DocActors
from tacitus.actors.resolver import DocActors as Resolver

from conftest import lane_records, lane_sample

DATE = "2022-11-03"

# written for this test: demonyms and dates in the slots the gates take, and near misses
TEXTS = [
    "The talks between the Ethiopian government and Tigrayan forces, which began on Oct. 25 in "
    "Pretoria, ended with a truce on Nov. 2, the African Union said.",
    "Turkish, German and Dutch diplomats met Iranian officials in Vienna on Jan. 14 to discuss the "
    "nuclear deal.",
    "The Chinese side lodged a protest with the Japanese embassy on Sept. 18, and the Chinese "
    "called the visit a provocation.",
    "Kyrgyz and Tajik border guards exchanged fire on April 28, the Kyrgyz Foreign Ministry said.",
    "Theresa May met Merkel in Berlin. Putin accused May of lying on Dec. 3.",
    "Pro-Russian separatists shelled Ukrainian positions near Donetsk on Feb. 17, Ukrainian "
    "military officials said.",
]


def _resolved(actors):
    return ({i: [(a.code, a.start, a.end, a.kind, a.name) for a in found] for i, found in actors.actors_at.items()},
            [(i, a.code, a.kind, dep) for i, a, dep in actors.history])


@pytest.fixture(scope="module")
def docs(coder, coded_lane_docs):
    """Docs as parsed (300 lane sentences joined five to a doc, the texts above) and the 800 shared
    lane docs after the coder ran on them (its retagging done)."""
    sample = [r["text"] for r in lane_sample(300, offset=29)]
    texts = [" ".join(sample[k : k + 5]) for k in range(0, 300, 5)] + TEXTS
    return list(coder.nlp.pipe(texts, batch_size=16)) + list(coded_lane_docs)


def test_gates_only_where_the_walk_answers_nothing(docs, coder, monkeypatch):
    """At every `_resolve_head` call, with the gates off for the walk: where a gate holds, the full
    walk answers []; and the gates hold for many heads (both kinds)."""
    demonym, date = Resolver._lone_demonym, Resolver._lone_date
    walk = Resolver._resolve_head
    held = {"demonym": 0, "date": 0}

    def checked(self, h):
        d, t = demonym(self, h), date(self, h)
        out = walk(self, h)
        if d or t:
            held["demonym" if d else "date"] += 1
            assert out == [], (h.doc.text[:80], h.text, out)
        return out

    monkeypatch.setattr(Resolver, "_lone_demonym", lambda self, h: False)
    monkeypatch.setattr(Resolver, "_lone_date", lambda self, h: False)
    monkeypatch.setattr(Resolver, "_resolve_head", checked)
    for doc in docs:
        DocActors(doc, coder.dictionary, DATE, coder.gazetteer)
    assert held["demonym"] > 100 and held["date"] > 20, held


def test_same_actors_with_and_without_gates(docs, coder, monkeypatch):
    """Every doc resolved with the gates and with them off: the same actors and history."""
    fast = [_resolved(DocActors(doc, coder.dictionary, DATE, coder.gazetteer)) for doc in docs]
    monkeypatch.setattr(Resolver, "_lone_demonym", lambda self, h: False)
    monkeypatch.setattr(Resolver, "_lone_date", lambda self, h: False)
    slow = [_resolved(DocActors(doc, coder.dictionary, DATE, coder.gazetteer)) for doc in docs]
    assert fast == slow


def test_gated_words(coder):
    """The words the gates take, and the near misses they leave to the full walk."""
    doc = coder.nlp(TEXTS[0] + " " + TEXTS[3])
    actors = DocActors(doc, coder.dictionary, DATE, coder.gazetteer)
    by_text = {}
    for t in doc:
        by_text.setdefault(t.text, t)
    assert actors._lone_demonym(by_text["Ethiopian"])
    assert actors._lone_date(by_text["Oct."]) and actors._lone_date(by_text["Nov."])
    assert not actors._lone_demonym(by_text["Kyrgyz"])  # its conjunct "Tajik" hangs on it
    assert not actors._lone_date(by_text["Pretoria"]) and not actors._lone_demonym(by_text["government"])
    assert [a.code for a in actors.actors_at.get(by_text["government"].i, [])] == ["ETHGOV"]
    may = coder.nlp(TEXTS[4])
    resolved = DocActors(may, coder.dictionary, DATE, coder.gazetteer)
    second_may = [t for t in may if t.text == "May"][-1]
    assert not resolved._lone_date(second_may)  # a month in an object slot may be a surname


def test_events_unchanged(coder):
    """What a user sees for sentences with gated words: the actors next to them still code."""
    evs = coder.code(TEXTS[5], date="2022-02-18")
    assert any(e.event == "ASSAULT" and [a.code for a in e.source] == ["UKRSEP"]
               and [a.code for a in e.target] == ["UKR"] for e in evs)
    evs = coder.code("Turkish and German diplomats met Iranian officials in Vienna on Jan. 14.", date="2022-01-15")
    assert any(e.event == "CONSULT" and [a.code for a in e.source] == ["TURGOV", "DEUGOV"]
               and [a.code for a in e.target] == ["IRNGOV"] for e in evs)


# ---------------------------------------------------------------- the walks read from the columns
def _reporting_verb_by_tokens(index, a, b, in_quote, verbs):
    """`quotes._reporting_verb` before perf17: a Token for every word of the window."""
    from tacitus.extract.quotes import WINDOW

    doc = index.doc
    n = len(doc)
    if n == 0:
        return None
    lo = max(index.sentence(min(max(a - 1, 0), n - 1))[0], a - WINDOW)
    if a >= 2 and doc[a - 2].text == ":":
        lo = max(min(lo, index.sentence(a - 2)[0]), a - WINDOW)
    hi = min(index.sentence(min(b, n - 1))[1], b + WINDOW)
    if b + 1 < n and hi == b + 1 and doc[b + 1].is_lower:
        hi = min(index.sentence(b + 1)[1], b + WINDOW)
    best, best_key = None, None
    for i in range(lo, hi):
        if in_quote[i]:
            continue
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs:
            continue
        contains = tok.left_edge.i <= a <= tok.right_edge.i
        dist = a - i if i < a else i - b
        key = (0, tok.right_edge.i - tok.left_edge.i, dist) if contains else (1, 0, dist)
        if best_key is None or key < best_key:
            best, best_key = tok, key
    return best


def test_reporting_verb_from_columns(docs, coder, monkeypatch):
    """Quotes of every doc (the shared lane docs after coding: retagged words included) with the
    column walk and with the Token walk: the same verb at every call, the same quotes."""
    from tacitus.extract import quotes

    fast_walk = quotes._reporting_verb
    calls = []

    def both(index, a, b, in_quote, verbs):
        fast = fast_walk(index, a, b, in_quote, verbs)
        slow = _reporting_verb_by_tokens(index, a, b, in_quote, verbs)
        assert (fast.i if fast is not None else None) == (slow.i if slow is not None else None)
        calls.append(fast is not None)
        return fast

    quoted = [r["text"] for r in lane_records() if '"' in r["text"] or "\u201c" in r["text"]]
    quoted = quoted[:: max(1, len(quoted) // 300)][:300]
    monkeypatch.setattr(quotes, "_reporting_verb", both)
    for doc in [*docs, *coder.nlp.pipe(quoted, batch_size=16)]:
        quotes.extract_quotes(doc)
    assert len(calls) > 250 and sum(calls) > 150, (len(calls), sum(calls))


def _case_ok_by_tokens(self, span, key):
    if key in self.d.case_sensitive:
        return all(t.text.isupper() or not t.text.isalpha() for t in span)
    if len(span) > 1 and span[-1].text.islower() and span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an") \
            and not getattr(self.d.agents.get((span[-1].lower_,)), "title", False):
        return False
    return any(t.text[:1].isupper() for t in span)


def _plausible_by_tokens(self, span, entries):
    """`DocActors._plausible` before perf17: its walks over the entity's words Token by Token."""
    from tacitus.actors.resolver import PLACE_KINDS

    if self._given_name_first(span):
        entries = [x for x in entries if x.kind not in ("demonym", "people")]
    first = span[0]
    if first.ent_type_ not in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
        return entries
    doc = span.doc
    start = first.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start < first.i and doc[start].lower_ == "the":
        start += 1
    end = span.end
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while end > span.end and doc[end - 1].tag_ == "POS":
        end -= 1
    start = next((k + 1 for k in range(span.start - 1, start - 1, -1)
                  if doc[k].pos_ == "VERB" and doc[k].is_lower), start)
    end = next((k for k in range(span.end, end) if doc[k].pos_ == "VERB" and doc[k].is_lower), end)
    if any(t.text in (",", ";") or t.dep_ == "cc" for t in doc[start:end]):
        return entries
    if start <= self._spaced_dash(start, end) < span.start:
        return entries
    if span.end < end and doc[span.end].like_num and doc[span.end].head.i != span[-1].i \
            and span[-1].head.i != doc[span.end].i:
        return entries
    if span.end < end and doc[span.end].tag_ == "POS":
        return entries
    if end == span.end and self._body_of_country(span, start):
        return [x for x in entries if x.kind == "country"]
    if end - start > len(span):
        rest = tuple(t.lower_ for t in doc[span.end : end])
        lead = start + 1 if doc[start].dep_ == "det" else start
        if lead == span.start and rest and self.d.agents.get(rest) is not None:
            return entries
        if lead == span.start and len(rest) > 2 and rest[1] == "of" and self.d.agents.get(rest[:1]) is not None:
            return entries
        return [x for x in entries if x.kind not in PLACE_KINDS]
    return entries


def test_name_checks_from_columns(docs, coder, monkeypatch):
    """`_case_ok` and `_plausible` with the column reads and with the Token walks they replace: the
    same answers at every call, and the same actors for every doc."""
    case_ok, plausible = Resolver._case_ok, Resolver._plausible
    seen = {"case": 0, "plausible": 0, "dropped": 0}

    def case_both(self, span, key):
        fast = case_ok(self, span, key)
        assert fast == _case_ok_by_tokens(self, span, key)
        seen["case"] += 1
        return fast

    def plausible_both(self, span, entries):
        fast = plausible(self, span, entries)
        assert fast == _plausible_by_tokens(self, span, entries), span.text
        seen["plausible"] += 1
        seen["dropped"] += len(fast) < len(entries)
        return fast

    monkeypatch.setattr(Resolver, "_case_ok", case_both)
    monkeypatch.setattr(Resolver, "_plausible", plausible_both)
    fast = [_resolved(DocActors(doc, coder.dictionary, DATE, coder.gazetteer)) for doc in docs]
    assert seen["case"] > 1000 and seen["plausible"] > 1000 and seen["dropped"] >= 3, seen
    monkeypatch.setattr(Resolver, "_case_ok", _case_ok_by_tokens)
    monkeypatch.setattr(Resolver, "_plausible", _plausible_by_tokens)
    slow = [_resolved(DocActors(doc, coder.dictionary, DATE, coder.gazetteer)) for doc in docs]
    assert fast == slow


def test_amounts_from_columns(docs, coder, monkeypatch):
    """`amounts._amount_at` reads a number run's entity labels and forms, and the word before it,
    from the TokenTable's columns: every doc's amounts equal those found with the columns made
    from the Tokens themselves (`t.ent_type_`, `t.text`, `t.lower_`)."""
    from tacitus.extract import amounts

    class FromTokens(amounts._Tokens):
        __slots__ = ()

        def __init__(self, doc, table):
            super().__init__(doc, table)
            self.lower, self.text = [t.lower_ for t in doc], [t.text for t in doc]
            self.ent_type = [t.ent_type_ for t in doc]

    fast = [amounts.extract_amounts(doc) for doc in docs]
    monkeypatch.setattr(amounts, "_Tokens", FromTokens)
    slow = [amounts.extract_amounts(doc) for doc in docs]
    assert fast == slow and sum(map(len, fast)) > 100
