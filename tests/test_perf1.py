"""The shortcuts of the perf1 speed round give exactly what the spaCy calls they replace give:
the token table's strings, a token's sentence, a sentence's entities, the tokens holding a word;
and the coder's output on shapes that go through the changed helpers."""
from __future__ import annotations

import pytest

from tacitus.nlp import positions_of, sent_bounds, span_ents, token_table

TEXT = ("WASHINGTON, May 3 - The United States imposed sanctions on Iran on Friday. Tehran rejected what it "
        "called illegal measures, as the European Union urged both sides to show restraint. "
        "\"Is this fair?\" asked Foreign Minister Javad Zarif in Tehran.\n\nMPs in Kenya test-fired nothing.")


@pytest.fixture(scope="module")
def doc(coder):
    return coder.nlp(TEXT)


def test_token_table_strings_are_spacys(doc):
    table = token_table(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.idx == [t.idx for t in doc]
    assert table.head == [t.head.i for t in doc]


def test_token_table_of_an_empty_doc(coder):
    table = token_table(coder.nlp(""))
    assert table.text == [] and table.head == [] and table.sents == []


def test_sent_bounds_is_token_sent(doc):
    for t in doc:
        assert sent_bounds(t) == (t.sent.start, t.sent.end)


def test_span_ents_are_the_sentences_entities(doc):
    for sent in doc.sents:
        assert [(e.start, e.end, e.label_) for e in span_ents(sent)] == \
            [(e.start, e.end, e.label_) for e in sent.ents]


def test_positions_of_a_word(doc):
    assert positions_of(doc, "what") == [t.i for t in doc if t.lower_ == "what"]
    assert positions_of(doc, "what") != []
    assert positions_of(doc, "nonexistentword") == []


def test_a_what_clause_object_still_names_the_target(coder):
    # what_clauses answers from the plain head column first; the clause is still found
    evs = coder.code("Pakistan condemned what it called an unprovoked attack by India on its territory.",
                     date="2019-02-27")
    assert any(e.cameo == "111" and [a.primary for a in e.source] == ["PAK"] and [a.primary for a in e.target] == ["IND"]
               for e in evs)


def test_a_reaction_set_off_by_as_is_not_the_target(coder):
    # _voiced_reactions reads the plain columns: the Union's call is no target of the shelling
    evs = coder.code("Israeli artillery pounded Khan Younis on Monday, as the European Union urged both "
                     "sides to show restraint.", date="2023-12-04")
    shelling = [e for e in evs if e.cameo[:2] in ("19", "18", "20")]
    assert shelling and all([a.primary for a in e.target] == ["PSE"] for e in shelling)
