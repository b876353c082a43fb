"""Tone of a document and of each sentence, reported the way GDELT's V2Tone does.

`tone(doc)` -> Tone(tone, positive, negative, polarity, activity_density, self_group_density,
word_count, compound, sentences=[SentenceTone...]).

Lexicon: VADER's (vaderSentiment 3.3.2, `vader_lexicon.txt` shipped inside the package; no
download), 7,500 words and emoticons with a valence from -4 to +4.

How each value is computed, for the document and, with the same formulas, for each sentence:
- words: the tokens that contain a letter or a digit (punctuation, symbols and whitespace are
  not words). `word_count` is their number.
- a word is *positive* when its lower-case form (else its lemma) has a VADER valence > 0 and
  *negative* when < 0; when one of the three words before it is a VADER negation ("not",
  "never", "didn't", "without"...), its sign flips (VADER's own negation rule). Words not in
  the lexicon are neutral.
- `positive` = 100 * positive words / word_count (GDELT "Positive Score": the percentage of all
  words with a positive connotation); `negative` likewise for negative words (a positive number).
- `tone` = positive - negative (GDELT "Tone", -100..+100; real news is mostly within -10..+10).
- `polarity` = positive + negative: the percentage of words that carry any emotional charge
  (GDELT "Polarity": high polarity with a near-zero tone marks a text that is emotionally charged
  on both sides).
- `activity_density` = 100 * verbs / word_count, counting spaCy's VERB tokens (auxiliaries
  excluded). GDELT counts "active words" from its own dictionary; verbs are our proxy for how
  much the text describes action rather than states.
- `self_group_density` = 100 * personal and possessive pronouns (PTB tags PRP, PRP$) /
  word_count (GDELT "Self/Group Reference Density": the share of pronouns such as we, they, our).
- `compound`: VADER's own normalised compound score (-1..+1), per sentence from
  `polarity_scores`; for the document, the mean over sentences weighted by their word counts.
  VADER's time grows with the square of a sentence's length, so a run-on "sentence" of more than
  MAX_VADER_ITEMS whitespace-separated items (a page with no full stops; no news sentence is that
  long) is scored in consecutive pieces of that size and given their item-weighted mean.
All percentages are rounded to 4 decimals; an empty document scores zero everywhere.
"""
from __future__ import annotations

import functools
import logging
import string
from dataclasses import asdict, dataclass, field

from tacitus.nlp import doc_text, token_table

log = logging.getLogger(__name__)

NEGATION_WINDOW = 3
MAX_VADER_ITEMS = 150  # longer run-on sentences are scored in pieces (see the module docstring)


@dataclass
class SentenceTone:
    start: int  # character offsets of the sentence in doc.text
    end: int
    tone: float
    positive: float
    negative: float
    polarity: float
    word_count: int
    compound: float


@dataclass
class Tone:
    tone: float
    positive: float
    negative: float
    polarity: float
    activity_density: float
    self_group_density: float
    word_count: int
    compound: float
    sentences: list[SentenceTone] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    def v2tone(self) -> str:
        """GDELT GKG V2Tone field: tone,positive,negative,polarity,activity,self/group,word count."""
        return ",".join(str(x) for x in (self.tone, self.positive, self.negative, self.polarity,
                                          self.activity_density, self.self_group_density, self.word_count))


@functools.lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    _look_at_neighbours_only(analyzer)
    return analyzer, frozenset(NEGATE) | {"not", "no", "never", "without", "n't", "nor", "neither"}


def _look_at_neighbours_only(analyzer) -> None:
    """Hand VADER's two neighbourhood checks only the words they read, with the same result.

    For every lexicon word at position i, VADER (3.3.2) calls `_negation_check` up to three times
    and `_special_idioms_check` once, and each call first lower-cases the WHOLE sentence's word
    list and then reads only a few positions of it: i-3..i-1 (the negation check), i-3..i+2 and
    whether positions i+1 and i+2 exist (the idiom check). That makes the score quadratic in the
    sentence's length. Both are static methods, called through the instance, so wrappers set on
    the instance are called instead: each calls VADER's own method on the slice of the list that
    holds those positions, with i moved to the same word in the slice. The slice starts 3 before
    i (positions read are the same words, and "exists" answers the same since the slice runs to
    the sentence's end when it is shorter than 3 after i); for i < 3 the whole list is passed, as
    before, so negative positions still wrap as in VADER. tests/test_perf5.py compares the scores
    with a plain analyzer's."""
    cls = type(analyzer)
    negation_check, idioms_check = _with_remembered_negations(cls._negation_check), cls._special_idioms_check

    def negation_near(valence, words, start_i, i):
        if i < 3:
            return negation_check(valence, words, start_i, i)
        return negation_check(valence, words[i - 3:i + 1], start_i, 3)

    def idioms_near(valence, words, i):
        if i < 3:
            return idioms_check(valence, words, i)
        return idioms_check(valence, words[i - 3:i + 3], 3)

    analyzer._negation_check = negation_near
    analyzer._special_idioms_check = idioms_near


def _with_remembered_negations(negation_check):
    """VADER's `_negation_check`, the same code, calling a `negated` that remembers its answers.

    `_negation_check` (3.3.2) asks VADER's module function `negated([word])` about each of the
    three words before every lexicon word; `negated` lower-cases the word and tests it against
    VADER's 60 negation words one by one, about a twentieth of VADER's time on news. Its answer
    depends only on the word, so the copy of `_negation_check` made here (the same code object,
    with a copy of its module's globals in which `negated` is `remembered`) gets the answer of
    VADER's own `negated` worked out once per distinct word. Any other call (several words,
    another `include_nt`) goes to VADER's function as it is. No other user of VADER in the
    process is affected (perf7; tests/test_perf7.py compares the scores with a plain analyzer's)."""
    import types

    plain = negation_check.__globals__["negated"]
    answers: dict[str, bool] = {}

    def remembered(input_words, include_nt=True):
        if include_nt is True and type(input_words) is list and len(input_words) == 1 and type(input_words[0]) is str:
            word = input_words[0]
            found = answers.get(word)
            if found is None:
                if len(answers) > 100_000:
                    answers.clear()
                found = answers[word] = plain([word])
            return found
        return plain(input_words, include_nt)

    scope = dict(negation_check.__globals__, negated=remembered)
    return types.FunctionType(negation_check.__code__, scope, negation_check.__name__,
                              negation_check.__defaults__, negation_check.__closure__)


@functools.lru_cache(maxsize=100_000)
def _is_word(text: str) -> bool:
    """A token that contains a letter or a digit (whitespace and punctuation are not words)."""
    return any(c.isalnum() for c in text)


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 4) if whole else 0.0


def _count(table, start: int, end: int, lexicon, negations) -> tuple[int, int, int, int, int]:
    """(words, positive, negative, verbs, pronouns) over tokens start..end of a TokenTable."""
    words = pos = neg = verbs = prons = 0
    last_negation = -NEGATION_WINDOW - 1  # ordinal of the latest negation word
    text, lower, lemma, pos_, tag = table.text, table.lower, table.lemma_lower, table.pos, table.tag
    for i in range(start, end):
        if not _is_word(text[i]):
            continue
        low = lower[i]
        valence = lexicon.get(low)
        if valence is None:
            valence = lexicon.get(lemma[i])  # the lemma in lower case
        if valence:
            if words - last_negation <= NEGATION_WINDOW:  # one of the three words before
                valence = -valence
            if valence > 0:
                pos += 1
            else:
                neg += 1
        if low in negations:
            last_negation = words
        words += 1
        if pos_[i] == "VERB":
            verbs += 1
        if tag[i] in ("PRP", "PRP$"):
            prons += 1
    return words, pos, neg, verbs, prons


def _compound(analyzer, text: str) -> float:
    """VADER's compound score of a sentence. A sentence none of whose whitespace-separated items
    (stripped of edge punctuation the way VADER strips them) is in the lexicon scores exactly 0
    in VADER, so it is not scored; non-ASCII text may hold emoji, which VADER turns into words."""
    if text.isascii():
        lexicon = analyzer.lexicon
        for item in text.split():
            stripped = item.strip(string.punctuation)
            if (stripped if len(stripped) > 2 else item).lower() in lexicon:
                break
        else:
            return 0.0
    if len(text) > 2 * MAX_VADER_ITEMS and len(items := text.split()) > MAX_VADER_ITEMS:  # (length first: cheap)
        pieces = [items[k:k + MAX_VADER_ITEMS] for k in range(0, len(items), MAX_VADER_ITEMS)]
        return sum(analyzer.polarity_scores(_no_emoji_pass(analyzer, " ".join(p)))["compound"] * len(p)
                   for p in pieces) / len(items)
    return analyzer.polarity_scores(_no_emoji_pass(analyzer, text))["compound"]


class _OneChunk(str):
    """A string that iterates as one item, itself (as a plain str). See `_no_emoji_pass`."""

    __slots__ = ()

    def __iter__(self):
        yield str(self)


def _no_emoji_pass(analyzer, text: str) -> str:
    """`text`, made so that VADER's emoji pass costs one step instead of one per character.

    VADER (3.3.2) starts `polarity_scores` with `for chr in text:`, appending each character that
    is not a key of its emoji table to a new string, then strips it; a fifth of its time on news
    sentences. Every key of that table is non-ASCII (checked once per analyzer), so an ASCII text
    comes out of that pass unchanged. Handed as a `_OneChunk`, the loop sees one item, the whole
    text: not an emoji key (no key is ASCII), so it is appended as it is, and VADER goes on with
    the same plain string as before. The score is the same by construction (perf7;
    tests/test_perf7.py compares it with a plain analyzer's). Non-ASCII text is passed as it is."""
    ascii_keys = getattr(analyzer, "_tacitus_ascii_emoji", None)
    if ascii_keys is None:
        ascii_keys = analyzer._tacitus_ascii_emoji = any(k.isascii() for k in analyzer.emojis)
    return _OneChunk(text) if not ascii_keys and text.isascii() else text


def tone(doc) -> Tone:
    """Document tone with per-sentence scores (see the module docstring for the formulas)."""
    analyzer, negations = _vader()
    lexicon = analyzer.lexicon
    totals = [0, 0, 0, 0, 0]
    sentences: list[SentenceTone] = []
    weighted = 0.0
    table = token_table(doc)
    text = doc_text(doc)
    for start, end in table.sents:
        counts = _count(table, start, end, lexicon, negations)
        totals = [a + b for a, b in zip(totals, counts)]
        words, pos, neg = counts[:3]
        if not words:
            continue
        start_char, end_char = table.idx[start], table.idx[end - 1] + len(table.text[end - 1])
        compound = _compound(analyzer, text[start_char:end_char])
        weighted += compound * words
        p, n = _pct(pos, words), _pct(neg, words)
        sentences.append(SentenceTone(start_char, end_char, round(p - n, 4), p, n, round(p + n, 4), words, compound))
    words, pos, neg, verbs, prons = totals
    p, n = _pct(pos, words), _pct(neg, words)
    return Tone(
        tone=round(p - n, 4),
        positive=p,
        negative=n,
        polarity=round(p + n, 4),
        activity_density=_pct(verbs, words),
        self_group_density=_pct(prons, words),
        word_count=words,
        compound=round(weighted / words, 4) if words else 0.0,
        sentences=sentences,
    )
