"""Small parse helpers shared by the event coder's modules: prepositions, windows, protest acts,
the speaker's own forces, and the valence of label words."""
from __future__ import annotations

import functools

from tacitus.model import Actor
from tacitus.tables import read_tsv, resource_path
from tacitus.events.words import (
    PROTEST_ACTS,
)


@functools.lru_cache(maxsize=1)
def negative_labels() -> frozenset[str]:
    path = resource_path("tacitus.events", "data/negative_labels.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, ("word",)))


@functools.lru_cache(maxsize=1)
def _vader_lexicon() -> dict:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


def valence(word: str) -> float:
    return _vader_lexicon().get(word, 0.0)


def is_protest(tok) -> bool:
    """Is tok a protest act: a protest verb or noun ("camped", "on hunger strike", "sit-in")?"""
    if tok.lemma_.lower() in PROTEST_ACTS:
        return True
    return any(c.lemma_.lower() in PROTEST_ACTS for c in tok.children if c.dep_ in ("prep", "dobj", "attr")
               for c in ([c] + [p for p in c.children if p.dep_ == "pobj"]))


def own_possession(actor: Actor, source: list[Actor], doc) -> bool:
    """Is the actor the source's own ("Russia withdrew its forces", "ordered his troops")? Such
    a phrase names the instrument of the act, not its target."""
    span = doc.char_span(actor.start, actor.end)
    if span is None or actor.kind == "pronoun":
        return False
    head = span.root
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" for c in head.children):
        return False
    own = {s.country or s.code[:3] for s in source}
    return (actor.country or actor.code[:3]) in own


def is_prep(tok) -> bool:
    """A preposition attached to a verb; the parser labels "to" after a verb of giving
    ("is providing intelligence to Macedonia") as a dative."""
    return tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def noun_read_verb(tok):
    """A sentence root tagged as a noun that governs a to-infinitive ("Putin and Xi plan to
    meet"): the small model's reading of a plural subject followed by a verb like plan, vow, aim."""
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
            and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) \
            and any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
        return tok
    return None


def window(head, lo: int, hi: int):
    """Tokens of head's subtree between positions lo and hi (inclusive), in order.

    Subtrees are contiguous in spaCy's projective parses, so this is a slice, not a walk."""
    left, right = head.left_edge.i, head.right_edge.i
    return head.doc[max(left, lo) : min(right, hi) + 1]


class SentenceInfo:
    """What every event of a sentence needs, computed once per sentence."""

    def __init__(self, sent):
        self.sent = sent
        text = sent.text
        self.stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        self.span = (sent.start_char + lead, sent.start_char + lead + len(self.stripped))
        self.dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]

    def __iter__(self):
        return iter(self.sent)


def after_of(n):
    """The object of n's 'of' phrase, or n itself when it has none."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return n
