"""Headline lines the tagger leaves without a verb.

Headline English drops articles and auxiliaries ("Belarus police fire rubber bullets at
protesters", "Spain summons Moroccan ambassador"), and the small model then often reads the verb
as a noun and the whole line as one noun phrase, so no event can be found. For a line with no
finite verb heading a clause, this stage tries the words that could be the verb (a lowercase noun
reading of a lemma the event lexicon knows, after a noun or name): it parses the line once more
with "will" put before the word's base form ("Belarus police will fire rubber bullets ..."), where
the model has no choice but a verb, and, when that parse makes the word the root verb with a
subject, copies the tags and the tree back onto the original tokens. The text, the tokens and
their character offsets are never changed; the extra parse only runs for verb-less lines.
"""
from __future__ import annotations

import functools

from tacitus.tables import resource_path

COMPONENT = "tacitus_headline_verbs"

FINITE = ("VBZ", "VBP", "VBD", "MD")
NOT_CLAUSE = ("compound", "amod", "nmod")  # a finite-tagged word glued into a noun phrase
NOUN_READ = ("NN", "NNS", "VBZ", "VBP", "VB")
BEFORE = ("NOUN", "PROPN", "ADJ")  # what ends a headline subject ("police", "Mali", "Houthis")
MAX_TRIES = 2
MAX_LEN = 20  # headlines are short; a long verb-less line is a list or a caption


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Verb lemmas of the event lexicon (first word of every verbs.tsv pattern)."""
    out = set()
    with open(resource_path("tacitus.events", "data/verbs.tsv"), encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t", 1)[0].split(" ", 1)[0]
            if word.isalpha():
                out.add(word.lower())
    return frozenset(out)


def needs_reread(sent) -> bool:
    """A short line with no finite verb heading a clause and no full stop at its end (a
    sentence of body text ends with one; a headline does not)."""
    if len(sent) < 3 or len(sent) > MAX_LEN:
        return False
    words = [t.text for t in sent if not t.is_space and not t.is_quote]
    if not words or words[-1] in (".", "!", "?"):
        return False
    return not any(t.tag_ in FINITE and t.dep_ not in NOT_CLAUSE for t in sent)


def base_form(word: str, lemmas) -> str | None:
    """The lexicon lemma a headline verb form stands for ("summons" -> "summon", "fire")."""
    for cut in (0, 1, 2):
        if cut and not word.endswith("s"):
            return None
        stem = word[: len(word) - cut] if cut else word
        if stem in lemmas:
            return stem
    return None


def candidates(sent, lemmas):
    """Words of the line that may be its verb, left to right, with their base form."""
    for t in sent[1:]:
        if t.tag_ not in NOUN_READ or not t.is_alpha or not t.text.islower() or t.dep_ == "ROOT" and t.pos_ == "VERB":
            continue
        prev = t.doc[t.i - 1]
        base = base_form(t.text, lemmas)
        if base is not None and prev.pos_ in BEFORE:
            yield t, base


def _parse_upto(stages, nlp, text):
    doc = nlp.make_doc(text)
    for proc in stages:
        doc = proc(doc)
    return doc


def reread(doc, nlp, stages) -> None:
    lemmas = verb_lemmas()
    for sent in list(doc.sents):
        if not needs_reread(sent):
            continue
        for tries, (tok, base) in enumerate(candidates(sent, lemmas)):
            if tries >= MAX_TRIES:
                break
            if _try_verb(doc, sent, tok, base, nlp, stages):
                break


def _try_verb(doc, sent, tok, base, nlp, stages) -> bool:
    start = sent.start_char
    line = doc.text[start:sent.end_char]
    off = tok.idx - start
    text = line[:off] + "will " + base + line[off + len(tok.text):]
    new = _parse_upto(stages, nlp, text)
    k = tok.i - sent.start  # the verb's place in the line; "will" sits at k in the new parse
    if len(new) != len(sent) + 1 or new[k].text != "will":
        return False
    verb = new[k + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    old_of = lambda j: j if j < k else j - 1  # new index -> line index
    pairs = [(sent[old_of(j)], new[j]) for j in range(len(new)) if j != k]
    if any(o.text != n.text for o, n in pairs if o.i != tok.i):
        return False
    for o, n in pairs:
        if n.head.i == k:  # nothing but the verb should hang on "will"
            return False
    for o, n in pairs:
        o.head = doc[sent.start + old_of(n.head.i)]
        o.dep_ = n.dep_
        if o.i == tok.i:
            o.tag_ = "VBZ" if tok.text.endswith("s") and tok.text != base else "VBP"
            o.pos_ = "VERB"
            o.lemma_ = base
        else:
            o.tag_, o.pos_, o.lemma_ = n.tag_, n.pos_, n.lemma_
    return True


def register() -> None:
    from spacy.language import Language

    if COMPONENT in Language.factories:
        return

    @Language.factory(COMPONENT)
    def make_headline_verbs(nlp, name):
        def headline_verbs(doc):
            stages = [proc for pname, proc in nlp.pipeline if pname != COMPONENT]
            reread(doc, nlp, stages)
            return doc

        return headline_verbs
