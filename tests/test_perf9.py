"""The perf9 speed round's gates give the answers the full work gives.

- `DocActors._resolve_head` reads each head's dependency label and lower-case lemma from the plain
  columns (`_head_words`) and calls five helpers only when their own first test can pass:
  `in_competition_name` (a compound/flat/amod word), `is_shore` ("bank"), `_group_reference`
  (GROUP_NOUNS), `_definite_reference` (a references.tsv row), `_bloc_noun` (BLOC_NOUNS), and
  `is_age_noun` ("old"). Here every head of a sample of the lane sentences is checked: the
  columns equal the Token's own strings, and each helper asked anyway answers nothing where it is
  skipped. A rule added to one of those helpers before its first test fails this instead of being
  skipped in silence.
- `_match_names` asks `_variant_match` only about capitalised words: it must answer None for every
  word skipped.
- `nlp.heads_of_words` / `nlp.heads_of_dep` (gates of `_readiness`, `_particle_order_fit`,
  `_means_event`, `_agent_word_fit`, `_shared_object`, `is_passive`, `object_read_as_time_compound`,
  `counterfactual`, `CountryFinder._in_attribution` and the readiness test of `modality`) must equal the walk over each token's children, after the coder has run
  (its retagging must not move them).
"""
from __future__ import annotations

import pytest

from tacitus.actors.resolver import DocActors
from tacitus.actors.resolver_words import (
    BLOC_NOUNS,
    COMPETITION_WORD_DEPS,
    GROUP_NOUNS,
    in_competition_name,
    is_age_noun,
    is_shore,
    references,
)
from tacitus.events.modality import INVERTED_CONDITION_AUX
from tacitus.events.rules import BY_WORD
from tacitus.events.words import PARTICLES, READINESS
from tacitus.model import Article
from tacitus.nlp import heads_of_dep, heads_of_words, token_table

from conftest import lane_sample

SIZE = 1200  # lane sentences from every lane; a fixed number (it was every 8th: 1,500 by session 22)


@pytest.fixture(scope="module")
def sample():
    return [Article(text=r["text"], doc_id=r["id"], date=r.get("date")) for r in lane_sample(SIZE)]


def test_resolver_gates_skip_only_heads_their_helpers_answer_nothing_for(coder, sample, monkeypatch):
    real_head, real_names = DocActors._resolve_head, DocActors._match_names
    problems: list[str] = []
    checked = {"heads": 0, "gated": 0, "words": 0}

    def head_checked(self, h):
        if h.pos_ != "PRON":  # (a pronoun is answered before the gates)
            dep, lemma = self._head_words(h)
            where = f"{h.doc.text[:80]!r}: {h.text!r}"
            if (dep, lemma) != (h.dep_, h.lemma_.lower()):
                problems.append(f"{where} columns {(dep, lemma)} token {(h.dep_, h.lemma_.lower())}")
            gates = [
                (dep not in COMPETITION_WORD_DEPS, lambda: in_competition_name(h), "in_competition_name"),
                (lemma != "bank", lambda: is_shore(h), "is_shore"),
                (lemma not in GROUP_NOUNS, lambda: self._group_reference(h), "_group_reference"),
                (lemma not in references(), lambda: self._definite_reference(h), "_definite_reference"),
                (lemma not in BLOC_NOUNS, lambda: self._bloc_noun(h), "_bloc_noun"),
                (h.lower_ != "old", lambda: is_age_noun(h), "is_age_noun"),
            ]
            for skipped, ask, name in gates:
                if skipped:
                    checked["gated"] += 1
                    if ask():
                        problems.append(f"{where}: {name} answers where it is skipped")
            checked["heads"] += 1
        return real_head(self, h)

    def names_checked(self):
        real_names(self)
        lowers, texts = self._columns()[0], token_table(self.doc).text
        for i in range(len(self.doc)):
            if len(lowers[i]) >= 3 and not texts[i][:1].isupper():
                checked["words"] += 1
                if self._variant_match(i) is not None:
                    problems.append(f"{self.doc.text[:80]!r}: {texts[i]!r} is a variant name")

    monkeypatch.setattr(DocActors, "_resolve_head", head_checked)
    monkeypatch.setattr(DocActors, "_match_names", names_checked)
    for _ in coder.code_articles(sample):
        pass
    assert not problems, problems[:5]
    assert checked["heads"] > 3000 and checked["gated"] > 15000 and checked["words"] > 5000, checked


def test_child_indexes_equal_the_walk_over_children_after_coding(coder, sample):
    arts = sample[::2] + [  # READINESS words are rare among the lane sentences: a few written here
        Article(text="Kyiv is ready to hold talks with Moscow, the minister said.", date="2022-03-01"),
        Article(text="The rebels said they were willing to lay down their arms and were prepared to negotiate.",
                date="2016-08-10"),
        Article(text="Seoul stands ready to send aid, and Tokyo is not prepared to lift its sanctions.",
                date="2019-01-10"),
    ]
    docs = list(coder.nlp.pipe([a.text for a in arts], batch_size=16))
    words = {"READINESS": READINESS, "PARTICLES": PARTICLES, "by": BY_WORD,
             "INVERTED_CONDITION_AUX": INVERTED_CONDITION_AUX}
    found = {name: 0 for name in words}
    for a, doc in zip(arts, docs):
        coder._result(a, doc)  # the event coder's retagging has run
        for v in doc:
            kids = list(v.children)
            for dep in ("dobj", "agent", "nsubjpass", "auxpass", "csubjpass", "ccomp", "conj"):
                assert (v.i in heads_of_dep(doc, dep)) == any(c.dep_ == dep for c in kids), (doc.text, v.text, dep)
            for name, ws in words.items():
                has = any(c.lower_ in ws for c in kids)
                assert (v.i in heads_of_words(doc, name, ws)) == has, (doc.text, v.text, name)
                found[name] += has
    assert found["READINESS"] >= 4 and found["PARTICLES"] > 100 and found["by"] > 20, found


def test_gated_rules_still_code_what_they_code(coder):
    # the shapes behind the gated helpers, in sentences written for this test
    evs = coder.code("Moscow retaliated by expelling twelve Latvian diplomats on Friday.", date="2021-04-16")
    assert evs and evs[0].cameo == "161" and evs[0].source[0].code.startswith("RUS") \
        and evs[0].target[0].code.startswith("LVA"), evs  # "retaliated by X-ing": the expulsion
    evs = coder.code("Three Belarusian reporters were detained by police in Minsk.", date="2022-03-01")
    assert evs and evs[0].cameo.startswith("17") and evs[0].source[0].code == "BLRCOP", evs  # a passive with its agent
    evs = coder.code("Serbia gave in to pressure from Brussels over the border dispute.", date="2018-05-02")
    assert evs and evs[0].cameo.startswith("08"), evs  # "give in to": the particle before the preposition
    evs = coder.code("Tehran said it was ready to resume talks with the European Union.", date="2019-06-11")
    assert evs and evs[0].cameo.startswith("03") and evs[0].source[0].code.startswith("IRN"), evs  # readiness
