"""perf16: exact speed savings after the parse. Behaviour only, no timing: each shortcut must give
what the walk it replaces gives (bench/same_output.py reports no record changed).

- `references._pronoun`'s "he"/"she" branch, while `DocActors._resolve_all` runs, reads
  `_people_seen`: the history entries a person pronoun can stand for (`_one_person_entry`: a
  person, or a singular title that is one person and no plural noun), kept as each entry is added,
  instead of rescanning the whole history with a Token per title entry to read its tag. Nothing
  retags a word while `_resolve_all` runs and the history only grows there; after it, the full
  scan is used again (the event coder's retagging may change a tag).
- `_chained_meetings`' partner heads (`EventCoder._chained_partner_heads`) make a Token and walk
  up only for a "with" or a noun in the slots its tests take, chosen from the columns.
- `CountryFinder._in_attribution` walks up the head column instead of Tokens; the tag and part
  of speech from the columns too, a Token only for a column ADJ (retagging makes an -ed adjective
  a verb, nothing else).
- `syntax.in_attribution`'s walk up reads the head, label, form and lemma columns (the Token's
  lemma only for a column ADJ, the one word retagging changes).
"""
from __future__ import annotations

import re

import pytest

from tacitus.actors import DocActors
from tacitus.model import Article

from conftest import lane_records, lane_sample

DATE = "2024-03-01"

# stories written for this test: several people and titles before each "he"/"she"
STORIES = [
    "Chancellor Olaf Scholz met Danish Prime Minister Mette Frederiksen in Berlin. He promised more air "
    "defence systems, and she said Copenhagen would host the next summit. The Polish foreign minister "
    "said he expected an agreement soon.",
    "Ukraine's defence minister flew to Washington on Monday. He asked the Pentagon for more "
    "shells. Opposition leaders in Kyiv said he had failed, while the prime minister said she "
    "trusted him.",
    "Prime Minister Theresa May spoke with President Emmanuel Macron by phone. She urged him to back "
    "the deal, and he told her France would decide later.",
]


def _resolved(actors):
    return ({i: [(a.code, a.start, a.end, a.kind) for a in found] for i, found in actors.actors_at.items()},
            [(i, a.code, a.kind, dep) for i, a, dep in actors.history])


@pytest.fixture(scope="module")
def docs(coder):
    """Docs as parsed (no event coding has run): 150 lane sentences with a "he" or "she", 300
    others joined five to a doc (a history of several sentences before each pronoun), the stories
    above."""
    said = [r["text"] for r in lane_records() if re.search(r"\b(?:he|she)\b", r["text"], re.I)]
    sample = [r["text"] for r in lane_sample(300, offset=17)]
    texts = said[:: max(1, len(said) // 150)][:150] + [" ".join(sample[k : k + 5]) for k in range(0, 300, 5)] + STORIES
    return list(coder.nlp.pipe(texts, batch_size=16))


def test_people_seen_equals_history_scan(docs, coder, monkeypatch):
    """Every doc resolved with `_people_seen` and with it off (the full history scan at every
    "he"/"she"): the same actors and history; and the kept list is exactly the history entries
    that pass `_one_person_entry`, in order."""
    kept = []
    resolve_all = DocActors._resolve_all

    def keeping(self):
        resolve_all(self)
        kept.append(list(self._people_seen))

    monkeypatch.setattr(DocActors, "_resolve_all", keeping)
    fast = []
    for doc in docs:
        actors = DocActors(doc, coder.dictionary, DATE, coder.gazetteer)
        assert actors._people_seen is None  # the full scan again once resolution is done
        assert [x for x in actors.history if actors._one_person_entry(x[0], x[1])] == kept[-1]
        fast.append(_resolved(actors))

    def scanning(self):
        self._people_seen = None  # every "he"/"she" rescans the history, as before perf16
        resolve_all(self)

    monkeypatch.setattr(DocActors, "_resolve_all", scanning)
    slow = [_resolved(DocActors(doc, coder.dictionary, DATE, coder.gazetteer)) for doc in docs]
    assert fast == slow
    pronouns = sum(1 for doc in docs for t in doc if t.lower_ in ("he", "she", "him", "her"))
    assert pronouns > 20 and sum(len(k) for k in kept) > 100


def test_person_pronouns_in_stories(coder):
    """The stories' pronouns resolve to the person or title before them."""
    def codes(text):
        doc = coder.nlp(text)
        actors = DocActors(doc, coder.dictionary, DATE, coder.gazetteer)
        return [(t.text, [a.code for a in actors.actors_at.get(t.i, [])]) for t in doc
                if t.lower_ in ("he", "she") and t.dep_ == "nsubj"]

    first = codes(STORIES[0])
    assert first[0] == ("He", ["DEUGOV"]) and first[1] == ("she", ["DNKGOV"])
    assert codes(STORIES[1])[0] == ("He", ["UKRMIL"])


def test_pronoun_events(coder):
    """What a user sees: the event of a "he" sentence has the person's code as its source."""
    evs = coder.code("Israeli Prime Minister Benjamin Netanyahu arrived in Washington. He met "
                     "President Joe Biden at the White House.", date=DATE)
    met = [([a.code for a in e.source], [a.code for a in e.target]) for e in evs if e.cameo.startswith("04")]
    assert (["ISRGOV"], ["USAGOV"]) in met and all(src == ["ISRGOV"] for src, _ in met)


class _Columns:
    """The two column reads `_chained_partner_heads` asks of a DocActors, from the doc's table."""

    def __init__(self, doc):
        from tacitus.nlp import token_table

        table = token_table(doc)
        self.cols, self.pcols = (table.lower,), (table.pos, table.dep)

    def _columns(self):
        return self.cols

    def _parse_columns(self):
        return self.pcols


def _chained_partner_heads_by_tokens(v) -> list:
    """The partner heads _chained_meetings read before perf16: a Token and a walk up per word."""
    from tacitus.events.words import SEQUENCE_ADVERBS

    doc = v.doc

    def own_clause(t) -> bool:
        while t.i != v.i:
            if t.head.i == t.i or (t.head.i != v.i and t.head.pos_ in ("VERB", "AUX")):
                return False
            t = t.head
        return True

    def sequenced(t) -> bool:
        return any(k.dep_ == "advmod" and k.lower_ in SEQUENCE_ADVERBS for k in t.children)

    heads = []
    for t in doc[v.i + 1 : v.right_edge.i + 1]:
        if not own_clause(t):
            continue
        dep = t.dep_
        if t.lower_ == "with" and dep in ("prep", "conj"):
            if sequenced(t) or doc[t.i - 1].lower_ in ("and", *SEQUENCE_ADVERBS):
                heads.extend(o for o in t.children if o.dep_ == "pobj")
        elif t.pos_ in ("NOUN", "PROPN") and dep in ("conj", "dep", "appos"):
            if sequenced(t) or dep == "conj" and t.head.i == v.i:
                heads.append(t)
            elif dep == "conj" and t.head.dep_ == "pobj" and t.head.ent_type_ in ("DATE", "TIME") \
                    and t.head.head.head.i == v.i and t.ent_type_ not in ("DATE", "TIME"):
                heads.append(t)
    return heads


CHAINS = [
    "The Turkish foreign minister spoke by phone with Blinken and later with Lavrov.",
    "Macron met Scholz in Paris on Monday and then the Polish president.",
    "Erdogan phoned Putin on Friday and Zelenskiy on Saturday.",
]


def test_chained_partner_heads_equal_token_walk(docs, coded_lane_docs, coder):
    """Every verb of the sample (as parsed, and after the coder's retagging): the same partner
    heads as the walk over every word of the verb's right span."""
    from tacitus.events.coder import EventCoder

    chained = []
    for text in CHAINS:
        doc = coder.nlp(text)
        coder._result(Article(text=text, doc_id="t", date=DATE), doc)
        chained.append(doc)
    found = 0
    for doc in [*docs, *coded_lane_docs, *chained]:
        cols = _Columns(doc)
        for v in doc:
            if v.pos_ not in ("VERB", "AUX", "NOUN"):
                continue
            got = [t.i for t in EventCoder._chained_partner_heads(v, cols)]
            assert got == [t.i for t in _chained_partner_heads_by_tokens(v)], (doc.text, v.i)
            found += bool(got)
    assert found > 50


def test_chained_meetings_still_code(coder):
    """The chains of calls and meetings above: one meeting or call per partner."""
    def pairs(text):
        return sorted((e.cameo[:2], tuple(a.code for a in e.source), tuple(a.code for a in e.target))
                      for e in coder.code(text, date=DATE))

    got = pairs(CHAINS[2])
    assert ("04", ("TURGOV",), ("RUSGOV",)) in got and ("04", ("TURGOV",), ("UKRGOV",)) in got


def _in_attribution_by_tokens(t) -> bool:
    """CountryFinder._in_attribution as it was before perf16: a Token per step."""
    from tacitus.nlp import heads_of_dep

    cur, steps = t, 0
    while cur.head.i != cur.i and steps < 8:
        if cur.lower_ == "according":
            return True
        cur, steps = cur.head, steps + 1
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "nsubj" and cur.head.head.i != cur.head.i:
            cur = cur.head.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.i in heads_of_dep(cur.doc, "ccomp") or (
                cur.dep_ == "parataxis" and cur.i not in heads_of_dep(cur.doc, "dobj"))
    return False


RETAGGED = [  # an -ed root the tagger may read as an adjective, with a subject and an object
    "Mali's interim leader, Colonel Goita, dismissed Prime Minister Maiga from office on Friday, "
    "a spokesman in Bamako said.",
    "The country's top general, Abdel Kader, detained the transitional president, officials in Niamey told reporters.",
]


def test_in_attribution_equals_token_walk(docs, coded_lane_docs, coder):
    """Every word of the sample, as parsed and after the coder's retagging: the same answer as
    the walk over Tokens."""
    from tacitus.actors.countries_of import CountryFinder
    from tacitus.nlp import token_table

    extra = []
    for text in RETAGGED:
        doc = coder.nlp(text)
        coder._result(Article(text=text, doc_id="t", date=DATE), doc)
        extra.append(doc)
    said = words = 0
    for doc in [*docs, *coded_lane_docs, *extra]:
        for t in doc:
            got = CountryFinder._in_attribution(t)
            assert got == _in_attribution_by_tokens(t), (doc.text, t.i)
            said += got
            words += 1
    assert said > 200 and words > 10000


def _syntax_in_attribution_by_tokens(tok) -> bool:
    """syntax.in_attribution as it was before perf16: a Token per step of the walk up."""
    from tacitus.events.syntax import _told_act_phrase
    from tacitus.events.words import ATTRIBUTION_VERBS

    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 30:
        head = cur.head
        if head.lower_ == "according" and head.dep_ == "prep":
            return True
        if cur.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
            return False
        lemma = head.lemma_.lower()
        if lemma in ATTRIBUTION_VERBS and ((cur.dep_ == "prep" and cur.lower_ == "in" and not _told_act_phrase(cur))
                                           or (lemma == "cite" and cur.dep_ == "dobj")):
            return True
        cur, steps = head, steps + 1
    root = cur
    if root.lemma_.lower() not in ATTRIBUTION_VERBS or tok.i >= root.i or tok.i == root.i:
        return False
    content = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
    if not content or tok.i <= content[0].i:
        return False
    doc = tok.doc
    for i in range(root.i - 1, max(content[0].i, root.i - 25), -1):
        if doc[i].text == ",":
            return tok.i > i
    return False


def test_syntax_in_attribution_equals_token_walk(docs, coded_lane_docs, coder):
    """Every word of the sample, as parsed and after the coder's retagging, and of sentences with
    "according to", a speaker after the news and "citing": the same answer as the Token walk."""
    from tacitus.events.syntax import in_attribution

    extra = []
    for text in RETAGGED + ["Troops shelled the town overnight, according to a monitor based in London.",
                            "Rebels seized the airport, a commander who fled the city told reporters.",
                            "The ministry said in a statement sent to journalists that talks would resume, citing officials in Doha."]:
        doc = coder.nlp(text)
        coder._result(Article(text=text, doc_id="t", date=DATE), doc)
        extra.append(doc)
    said = 0
    for doc in [*docs, *coded_lane_docs, *extra]:
        for t in doc:
            got = in_attribution(t)
            assert got == _syntax_in_attribution_by_tokens(t), (doc.text, t.i)
            said += got
    assert said > 200
