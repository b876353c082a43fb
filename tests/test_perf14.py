"""perf14: exact speed savings after the parse. Behaviour only, no timing: each shortcut must give
what the walk it replaces gives (bench/same_output.py reports no record changed).

- `nlp.sent_bounds(t)` replaces `t.sent.start` / `t.sent.end` in the event rules (`Token.sent`
  rescans the sentence, ~10x the cost): equal for every token after the coder has run.
- `modality._auxiliaries`, the negation, subject, "no longer", condition-mark and "would have"
  reads in `modality.modality`, and `EventCoder._trigger_tokens`' negations read the children from
  `children_table` and the label and lower-case columns: equal to the walks over `Token.children`.
- `ClauseRules._event_date` walks up from a date's root through the head and label columns: the
  same answers as the walk over `Token.head` for every token of the sample as the anchor.
- `DocActors._dominant_country` reads the stance prefix from the columns
  (`after_stance_prefix_at`) and asks `border_place` only when the doc has a border noun
  (`may_name_border`); `CountryFinder._clause_place` makes a Token only for an object: the same
  answers as before.
"""
from __future__ import annotations

import pytest

from tacitus.actors import DocActors
from tacitus.actors.countries_of import STATE_SECTORS
from tacitus.actors.resolver_words import after_stance_prefix, after_stance_prefix_at, border_place, may_name_border
from tacitus.events import modality as modality_mod
from tacitus.events.rules import ClauseRules
from tacitus.events.syntax import children_table
from tacitus.extract import dates as dates_mod
from tacitus.extract.facts import article_places
from tacitus.model import Article
from tacitus.nlp import sent_bounds, span_ents, token_table

from conftest import lane_sample

DATE = "2024-03-01"


@pytest.fixture(scope="module")
def sample(coder):
    """(doc, DocActors) for 300 lane sentences, after the event stage has run on them."""
    recs = lane_sample(300, offset=5)
    arts = [Article(text=r["text"], doc_id=r["id"], date=r.get("date") or DATE) for r in recs]
    out = []
    for a, doc in zip(arts, coder.nlp.pipe([a.text for a in arts], batch_size=16)):
        actors = DocActors(doc, coder.dictionary, a.date, coder.gazetteer)
        actors.use_places(article_places(doc, actors, coder.gazetteer))
        coder.events.code_doc(doc, actors, doc_id=a.doc_id, date=a.date)
        out.append((doc, actors))
    return out


def test_sent_bounds_equal_token_sent(sample, coded_lane_docs):
    n = 0
    for doc in [d for d, _ in sample] + list(coded_lane_docs):
        for t in doc:
            assert sent_bounds(t) == (t.sent.start, t.sent.end), (doc.text, t.i)
            n += 1
    assert n > 5000


def test_children_columns_equal_token_children(sample):
    """What modality() and _trigger_tokens now read from the columns, against the Tokens."""
    for doc, _ in sample:
        kids, dep_col = children_table(doc)
        lower_col = token_table(doc).lower
        for t in doc:
            children = list(t.children)
            assert [(doc[k].i, dep_col[k], lower_col[k]) for k in kids[t.i]] == [(c.i, c.dep_, c.lower_) for c in children]
            assert modality_mod._auxiliaries(t) == [c for c in children if c.dep_ in ("aux", "auxpass")]
            assert (next((doc[k] for k in kids[t.i] if dep_col[k] in ("nsubj", "nsubjpass")), None)
                    == next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None))
            assert any(lower_col[k] == "longer" and dep_col[k] == "advmod" and any(dep_col[n] == "neg" for n in kids[k])
                       for k in kids[t.i]) == any(c.lower_ == "longer" and c.dep_ == "advmod"
                                                   and any(n.dep_ == "neg" for n in c.children) for c in children)
            assert {lower_col[k] for k in kids[t.i] if dep_col[k] == "aux"} == {c.lower_ for c in children if c.dep_ == "aux"}


def _event_date_by_tokens(anchor, date, date_ents):
    """ClauseRules._event_date as it was: the walk up over Token.head."""
    if date is None:
        return None, None
    for ent in date_ents:
        cur, ok, steps = ent.root, True, 0
        while cur.i != anchor.i and cur.head.i != cur.i and steps < 40:
            if cur.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "acl"):
                ok = False
                break
            cur = cur.head
            steps += 1
        if not ok or cur.i != anchor.i:
            continue
        t = ent[0]
        text = ent.text
        prev = t.doc[t.i - 1] if t.i > 0 else None
        if prev is not None and prev.lower_ in ("last", "next", "this", "on"):
            text = prev.text + " " + text
        r = dates_mod.resolve(text, date)
        if r is not None:
            if not r.is_day and r.start.isoformat() <= date <= r.end.isoformat():
                return date, r.text
            return r.iso(), r.text
    return date, None


def test_event_date_walk_equals_token_walk(sample):
    dated = 0
    for doc, _ in sample:
        for sent in doc.sents:
            ents = [e for e in span_ents(sent) if e.label_ in ("DATE", "TIME")]
            for t in sent:
                got = ClauseRules._event_date(t, DATE, ents)
                assert got == _event_date_by_tokens(t, DATE, ents), (sent.text, t.i)
                dated += got[1] is not None
    assert dated > 20  # the sample holds dated clauses


def test_stance_prefix_and_border_from_columns(sample, coder):
    for doc, _ in sample:
        table = token_table(doc)
        border = may_name_border(table.lower)
        for t in doc:
            assert after_stance_prefix_at(table.lower, table.text, t.i) == after_stance_prefix(t)
            if not border:
                assert border_place(t) is None
    for text in ("Anti-Syria protesters marched while pro-Russian separatists shelled the town.",
                 "Troops massed near the Thai border as pro-government militias fled."):
        doc = coder.nlp(text)
        table = token_table(doc)
        assert any(after_stance_prefix(t) for t in doc)
        assert [after_stance_prefix_at(table.lower, table.text, t.i) for t in doc] == [after_stance_prefix(t) for t in doc]
    assert may_name_border(token_table(coder.nlp("Troops massed near the Thai border.")).lower)


def _clause_place_by_tokens(self, h, agent):
    """CountryFinder._clause_place as it was: a Token for every word of the clause."""
    if agent.sector in STATE_SECTORS:
        return None
    verb, steps = h, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 6:
        verb, steps = verb.head, steps + 1
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = verb.left_edge.i, verb.right_edge.i
    for t in self.doc[max(lo, h.i - 40) : min(hi, h.i + 40) + 1]:
        if t.dep_ not in ("pobj", "dobj") or t.i == h.i:
            continue
        m = self.name_at[t.i]
        if m is not None and m.entry.kind not in ("capital", "region"):
            continue
        if m is None and t.ent_type_ not in ("GPE", "LOC", "FAC") and not self._sizeable_city(t):
            continue
        if self._in_attribution(t) or self._destination(t):
            continue
        country = self._described_place(t)
        if country:
            return country
    return None


def test_clause_place_and_dominant_country(sample, coder):
    asked = found = 0
    for doc, actors in sample:
        for t in doc:
            hit = actors.agent_at[t.i]
            if hit is None:
                continue
            agent = hit[2]
            got = actors._clause_place(t, agent)
            assert got == _clause_place_by_tokens(actors, t, agent), (doc.text, t.i)
            asked += 1
            found += got is not None
        again = DocActors(doc, coder.dictionary, actors.date, coder.gazetteer)  # the article's own date: who holds an office is dated
        assert again.dominant_country == actors.dominant_country
    assert asked > 100 and found > 0


def test_modality_reads_still_code(coder):
    """Sentences through the modality rules whose reads moved to the columns ("no longer", a
    condition mark, a negated future): coded as before the change."""
    def first(text):
        evs = coder.code(text, date=DATE)
        assert evs, text
        e = evs[0]
        return e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.modality

    assert first("Venezuela said on Tuesday it would no longer cooperate with the Colombian "
                 "border commission.") == ("REJECT", "121", ["VEN"], ["COL"], "asserted")
    assert first("The Kenyan government will withdraw its peacekeepers from Somalia unless the "
                 "African Union pays their salaries.") == ("THREATEN", "136", ["KENGOV"], ["IGOAFU"], "conditional")
    assert first("Germany said it would not send tanks to Ukraine.") == ("REJECT", "122", ["DEU"], ["UKR"], "asserted")


class _Everything:
    """A label set that holds every label: a gate on it lets every word by (the walk as it was)."""

    def __contains__(self, item) -> bool:
        return True


def test_place_actor_gates_equal_every_word(sample, monkeypatch):
    """RoleFinder._place_actor with a Token only for the labels its loops read, against the same
    function letting every word of the window and the sentence by."""
    from tacitus.events import roles
    from tacitus.events.roles import RoleFinder

    anchors = [(doc, actors, t) for doc, actors in sample for t in doc if t.pos_ in ("VERB", "NOUN")]
    fast = [RoleFinder._place_actor(t, t.sent, actors) for _, actors, t in anchors]
    monkeypatch.setattr(roles, "_NEAR_PLACE_DEPS", _Everything())
    monkeypatch.setattr(roles, "_PLACE_WORD_DEPS", _Everything())
    slow = [RoleFinder._place_actor(t, t.sent, actors) for _, actors, t in anchors]
    assert [a and (a.code, a.start, a.end) for a in fast] == [a and (a.code, a.start, a.end) for a in slow]
    assert sum(a is not None for a in fast) > 50


def _place_of_by_tokens(self, h, preps=("in", "inside", "within", "across")):
    """CountryFinder._place_of's phrase walk as it was (over Token.children)."""
    from tacitus.actors.countries_of import STREET_NOUNS

    holders = (h, *(v for v in h.children if v.dep_ == "acl" and v.tag_ == "VBN"))
    if h.dep_ == "compound" and h.head.pos_ == "NOUN":
        holders += (h.head,)
    for x in holders:
        for c in x.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    country = self._described_place(p)
                    if country:
                        return country
            elif c.dep_ == "prep" and c.lower_ == "on":
                for p in c.children:
                    country = self._described_place(p) if p.lemma_.lower() in STREET_NOUNS else None
                    if country:
                        return country
    return "next"  # (the rest of the function is unchanged)


def _location_by_tokens(anchor, actors):
    for c in anchor.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside"):
            for p in c.children:
                if p.dep_ == "pobj" and actors.place_at(p) is not None:
                    return actors.place_at(p)[0]
    return None


def test_place_walks_equal_token_walks(sample):
    """_place_of, _location and _sentence_place read the children and the prepositions from the
    columns: the same places as the walks over Tokens."""
    placed = 0
    for doc, actors in sample:
        for t in doc:
            slow = _place_of_by_tokens(actors, t)
            if slow != "next":
                assert actors._place_of(t) == slow, (doc.text, t.i)
                placed += 1
            loc = ClauseRules._location(t, actors)
            assert (loc and loc["name"]) == _location_by_tokens(t, actors), (doc.text, t.i)
        for sent in doc.sents:
            actors.__dict__.pop("_sentence_places", None)
            assert actors._sentence_place(sent[0]) == _sentence_place_by_tokens(actors, sent), sent.text
    assert placed > 20


def _sentence_place_by_tokens(self, sent):
    """CountryFinder._sentence_place's scan as it was (the preposition read from Token.head)."""
    from tacitus.actors.countries_of import COMPASS_WORDS, STREET_NOUNS

    for t in sent:
        if t.dep_ != "pobj":
            continue
        if (t.head.lower_ in ("in", "inside", "across", "near", "outside", "through", "off")
                or t.head.lower_ == "of" and (t.head.head.lower_ == "out" or t.head.head.lower_ in COMPASS_WORDS)
                or t.head.lower_ == "on" and t.pos_ == "NOUN" and t.lemma_.lower() in STREET_NOUNS) \
                and not self._in_attribution(t) and not self._describes_a_noun(t) and not self._destination(t):
            country = self._described_place(t)
            if country:
                return country
    return None


def test_word_scans_equal_lower_index(sample, coded_lane_docs):
    """positions_of and heads_of_words scan the lower-case column in C instead of reading the
    whole-doc index of forms: the same positions and heads as that index gives."""
    from tacitus.events.modality import INVERTED_CONDITION_AUX
    from tacitus.events.words import PARTICLES, READINESS
    from tacitus.nlp import _lower_index, heads_of_words, positions_of

    sets = {"PARTICLES": PARTICLES, "READINESS": READINESS, "ICA": INVERTED_CONDITION_AUX, "by": frozenset({"by"}),
            "the": ("the",), "said": "said"}
    for doc in [d for d, _ in sample] + list(coded_lane_docs)[::4]:
        index, heads = _lower_index(doc), token_table(doc).head
        for word in ("what", "the", "said", ",", "no-such-word"):
            assert positions_of(doc, word) == index.get(word, [])
        for name, words in sets.items():
            expected = {heads[k] for w in words if w in index for k in index[w] if heads[k] != k}
            assert heads_of_words(doc, "perf14-" + name, words) == expected
