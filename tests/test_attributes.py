"""The table-lookup attribute ruler gives every token the tag, POS, morphology, lemma and
dependency label that spaCy's own attribute ruler gives it; the cached lemmatizer gives every
token the lemma spaCy's rule lemmatizer gives it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from tacitus import lemmatizer as cached
from tacitus.attributes import FACTORY, IndexedAttributeRuler, install

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# contractions and spellings that only the rare (two-token, regex, dependency) rules cover
ODD = [
    "Y'all gonna see. Ain't nobody got time, let's go, c'mon! I gotta say it's nothin' and I'd have gone. "
    "They'll get 'em, 'nuff said. Doin' fine, goin' home, ol' man, somethin' else.",
    "  Double  spaces\n\n\tand tabs . There is a cat. There's one. It was I who did it; they gave it to me. "
    "You do, you did have it. That is what those were, and this one is mine, not hers.",
]


def _texts() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))] + ODD


def _rows(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_attributes_as_spacy_on_every_token(coder):
    nlp = coder.nlp
    assert FACTORY in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    fast = nlp.get_pipe(FACTORY)
    stock = fast.ruler  # spaCy's own component, as the model ships it
    before = nlp.pipe_names[: nlp.pipe_names.index(FACTORY)]
    with nlp.select_pipes(enable=before):
        parsed = list(nlp.pipe(_texts()))
    lemmatizer = nlp.get_pipe(cached.FACTORY).lemmatizer  # spaCy's own
    n = 0
    for doc in parsed:
        theirs, ours = lemmatizer(stock(doc.copy())), lemmatizer(fast(doc.copy()))
        assert _rows(ours) == _rows(theirs)
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all()
        n += len(doc)
    assert n > 3000


def _blank_with_ruler(patterns):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


RULES = [
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"TAG": "DT", "POS": "DET"}},
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"LEMMA": "THE"}},  # a later rule adds to an earlier one
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "X"}},  # tags are read before any rule writes
    {"patterns": [[{"IS_PUNCT": True}], [{"TEXT": "!!"}]], "attrs": {"POS": "PUNCT", "MORPH": "PunctType=Excl"}},
    {"patterns": [[{"LOWER": {"REGEX": "^gon$"}}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a", "gon", "na", "!"]}, "IS_ALPHA": True}]], "attrs": {"POS": "NOUN"}},
]


def test_same_result_as_spacy_for_each_kind_of_rule():
    text = "The cat is gonna gon na eat a mouse !! The end!"
    theirs = _blank_with_ruler(RULES)
    ours = _blank_with_ruler(RULES)
    assert install(ours) and ours.pipe_names == [FACTORY]
    assert _rows(ours(text)) == _rows(theirs(text))
    assert [t.lemma_ for t in ours("gon na")] == ["", "to"]


@pytest.mark.parametrize("rule", [
    {"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"POS": "DET"}},  # an operator
    {"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"POS": "NOUN"}},  # a comparison
    {"patterns": [[{"LOWER": "a"}]], "attrs": {"NORM": "an"}},  # writes a lexeme attribute
])
def test_rules_it_does_not_handle_leave_spacys_ruler_in_place(rule):
    nlp = _blank_with_ruler(RULES + [rule])
    assert not install(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert nlp("a cat")  # the pipeline still works as spaCy built it


def test_cache_is_bounded_and_rebuilt(monkeypatch):
    import tacitus.attributes as attributes

    monkeypatch.setattr(attributes, "_MAX_CACHE", 3)
    nlp = _blank_with_ruler(RULES)
    fast = IndexedAttributeRuler(nlp.get_pipe("attribute_ruler"))
    text = "the cat saw a dog and the bird"
    doc = fast(nlp.make_doc(text))
    assert len(fast._cache) <= 3
    assert _rows(doc) == _rows(nlp(text))
    assert [t.pos_ for t in doc] == ["DET", "NOUN", "NOUN", "DET", "NOUN", "NOUN", "DET", "NOUN"]


def test_cached_lemmatizer_gives_spacys_lemma_on_every_token(coder):
    nlp = coder.nlp
    assert cached.FACTORY in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    ours = nlp.get_pipe(cached.FACTORY)
    before = nlp.pipe_names[: nlp.pipe_names.index(cached.FACTORY)]
    with nlp.select_pipes(enable=before):
        parsed = list(nlp.pipe(_texts()))
    for rounds in range(2):  # the first round fills the cache, the second reads from it
        n = 0
        for doc in parsed:
            theirs = ours.lemmatizer(doc.copy())
            mine = ours(doc.copy())
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
            n += len(doc)
        assert n > 3000
    assert {"she", "be", "go"} <= {t.lemma_ for d in parsed for t in ours(d.copy())}


def test_cached_lemmatizer_keeps_lemmas_set_earlier_and_bounds_its_cache(coder, monkeypatch):
    monkeypatch.setattr(cached, "_MAX_CACHE", 5)
    ours = cached.CachedLemmatizer(coder.nlp.get_pipe(cached.FACTORY).lemmatizer)
    before = coder.nlp.pipe_names[: coder.nlp.pipe_names.index(cached.FACTORY)]
    with coder.nlp.select_pipes(enable=before):
        doc = coder.nlp("They were meeting her envoys and she met them.")
    preset = {t.i: t.lemma_ for t in doc if t.lemma_}  # the attribute ruler's pronoun lemmas
    assert preset
    doc = ours(doc)
    assert all(doc[i].lemma_ == lemma for i, lemma in preset.items())
    assert [doc[i].lemma_ for i in (2, 4, 7)] == ["meet", "envoy", "meet"]
    assert len(ours._cache) <= 5


def test_a_lookup_lemmatizer_is_left_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not cached.install(nlp)
    assert nlp.pipe_names == ["lemmatizer"]
