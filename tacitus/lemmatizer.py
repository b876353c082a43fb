"""spaCy's rule lemmatizer, run once per distinct (word, POS, morphology) instead of once per
token, with the same result.

spaCy's `Lemmatizer` in "rule" mode walks the doc token by token in Python: it makes a Token
object, reads its text, POS and morphology, looks the lemma up (spaCy caches its rule results
by word, POS and morphology) and writes it back as a string. Nearly all of that is per-token
overhead: the lemma depends only on the word, its POS and its morphology, and a news article
repeats those triples. `CachedLemmatizer` reads the three columns (and the lemma the
attribute ruler may already have set) in one array, asks spaCy's own lemmatizer only for a
triple it has not seen, and writes all lemmas back in one array. Tokens that already have a
lemma keep it, as spaCy's `overwrite=False` does.

It takes over only from spaCy's rule lemmatizer with overwrite off; any other lemmatizer (lookup
mode, a custom one) stays as it is. tests/test_attributes.py checks it against spaCy's on every
token of the sample articles.
"""
from __future__ import annotations

import numpy

FACTORY = "tacitus_lemmatizer"
_MAX_CACHE = 200_000  # distinct (word, POS, morphology) triples remembered (~40 MB at most)


class CachedLemmatizer:
    """Gives every token the lemma the wrapped spaCy rule lemmatizer would give it."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.lookups = lemmatizer.lookups  # its tables (tacitus/actors/variants.py reads the word index)
        self._cache: dict[tuple[int, int, int], int] = {}  # (word, POS, morphology) -> lemma hash
        self._verbs: frozenset | None = None  # the verbs of spaCy's word index (read once, lex4)

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        n = len(doc)
        if not n:
            return doc
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        # one plain list per column (hashes as signed: Python makes those ints faster), not a list per token
        orths, poss, morphs, preset = arr.view("int64").T.tolist()
        # tokens with a lemma already (set by the attribute ruler, "her" -> "she") keep it, as spaCy keeps it
        todo = [i for i, lemma in enumerate(preset) if not lemma]
        if not todo:
            return doc
        cache = self._cache
        strings = self.vocab.strings
        found_all = []
        for i in todo:
            key = (orths[i], poss[i], morphs[i])
            found = cache.get(key)
            if found is None:
                if len(cache) >= _MAX_CACHE:
                    cache.clear()
                found = cache[key] = strings.add(self._lemma(doc[i]))
            found_all.append(found)
        lemmas = arr[:, 3:4].copy()
        lemmas[todo, 0] = numpy.array(found_all, dtype="uint64")
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemma(self, tok) -> str:
        """spaCy's lemma; for a verb kept whole with the prefix 're-' ("re-imposed", see
        tacitus/nlp.py), the lemma of the joined word ("reimposed" -> "reimpose"), which the
        lexicon lists (lex4 helper)."""
        text = tok.lower_
        if not (text.startswith(("re-", "co-")) and tok.pos_ == "VERB"):
            return self.lemmatizer.lemmatize(tok)[0]
        from spacy.tokens import Doc

        words = Doc(self.vocab, words=[text[:2] + text[3:], text[3:]], pos=[tok.pos_] * 2, tags=[tok.tag_] * 2)
        for w in words:
            w.set_morph(tok.morph)
        joined = self.lemmatizer.lemmatize(words[0])[0]
        # a joined verb the word index does not know ("rearrested") is the plain verb ("arrest")
        return joined if joined in self._verb_index() else self.lemmatizer.lemmatize(words[1])[0]

    def _verb_index(self) -> frozenset:
        if self._verbs is None:
            self._verbs = frozenset(self.lookups.get_table("lemma_index", {}).get("verb", ()))
        return self._verbs

    def pipe(self, stream, *, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


def install(nlp, name: str = "lemmatizer") -> bool:
    """Put a CachedLemmatizer in place of the pipeline's rule lemmatizer `name`; False (and the
    pipeline unchanged) when there is none, it is not in rule mode, or it overwrites lemmas."""
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

    if name not in nlp.pipe_names:
        return False
    spacy_lemmatizer = nlp.get_pipe(name)
    if type(spacy_lemmatizer).__call__ is not Lemmatizer.__call__ or not isinstance(spacy_lemmatizer, Lemmatizer) \
            or spacy_lemmatizer.mode != "rule" or spacy_lemmatizer.overwrite:
        return False
    if FACTORY not in Language.factories:
        Language.factory(FACTORY, default_config={"source": "lemmatizer"}, func=_make)
    nlp.add_pipe(FACTORY, after=name, config={"source": name})
    nlp.remove_pipe(name)
    return True


def _make(nlp, name: str, source: str):
    """spaCy factory: built from the pipeline's own lemmatizer, named `source`."""
    return CachedLemmatizer(nlp.get_pipe(source))
