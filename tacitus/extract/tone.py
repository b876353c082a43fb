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
from itertools import compress

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
    """VADER's compound score of a sentence (`_vader_compound`); a run-on "sentence" of more than
    MAX_VADER_ITEMS whitespace-separated items is scored in pieces (see the module docstring)."""
    if len(text) > 2 * MAX_VADER_ITEMS and len(items := text.split()) > MAX_VADER_ITEMS:  # (length first: cheap)
        pieces = [items[k:k + MAX_VADER_ITEMS] for k in range(0, len(items), MAX_VADER_ITEMS)]
        return sum(_vader_compound(analyzer, " ".join(p)) * len(p) for p in pieces) / len(items)
    return _vader_compound(analyzer, text)


def _vader_compound(analyzer, text: str) -> float:
    """`analyzer.polarity_scores(text)["compound"]`, with VADER's (3.3.2) own per-word code run
    only on the words that can score (perf11t; tests/test_perf11t.py compares it with a plain
    analyzer's on every sentence of a sample of the corpus). `polarity_scores` gives every item
    that is not a lexicon word, or is a booster word, or is "kind" before "of", the score 0
    without reading its neighbours: here those are 0 at once, and the rest (about one item in
    ten in news) are scored by `_valence`, VADER's `sentiment_valence` on the same item list and
    the same `is_cap_diff`. VADER's emoji pass leaves a text none of whose characters is an emoji key as
    it is (less edge whitespace, which neither `split` nor the !/? count sees); any other text is
    handed to `polarity_scores` whole. A sentence with no lexicon word scores exactly 0. The
    "but" rule (`_but_check`) changes nothing without a "but"; the compound is then VADER's
    formula (`score_valence`) without the positive/negative/neutral shares it also works out."""
    if not _emoji_chars(analyzer).isdisjoint(text):
        return analyzer.polarity_scores(text)["compound"]
    lexicon = analyzer.lexicon
    punctuation = string.punctuation
    words = [s if len(s := w.strip(punctuation)) > 2 else w for w in text.split()]  # SentiText's items
    lowers = list(map(str.lower, words))
    at = list(compress(range(len(lowers)), map(lexicon.__contains__, lowers)))  # the lexicon words
    if not at:
        return 0.0
    vader = _vader_module()
    boosters, last = vader.BOOSTER_DICT, len(words) - 1
    is_cap_diff = vader.allcap_differential(words)
    sentiments: list[float] = [0] * len(words)  # (int 0, as VADER appends for a word that does not score)
    for i in at:
        low = lowers[i]
        if low in boosters or (low == "kind" and i < last and lowers[i + 1] == "of"):
            continue
        sentiments[i] = _valence(vader, lexicon, words, lowers, i, is_cap_diff)
    if "but" in lowers:
        sentiments = analyzer._but_check(words, sentiments)
    total = float(sum(sentiments))
    if total > 0:
        total += analyzer._punctuation_emphasis(text)
    elif total < 0:
        total -= analyzer._punctuation_emphasis(text)
    return round(vader.normalize(total), 4)


def _valence(vader, lexicon, words: list[str], lowers: list[str], i: int, is_cap_diff: bool) -> float:
    """VADER's (3.3.2) `sentiment_valence` of the lexicon word words[i], step for step the same
    arithmetic in the same order (its `_negation_check`, `_special_idioms_check`, `_least_check`
    and `scalar_inc_dec` written out inline), reading each word's lower-case form from `lowers`
    (`str.lower` of each item, as VADER's checks make it) instead of lower-casing the sentence's
    word list again in every check (perf11t; tests/test_perf11t.py compares the scores with a
    plain analyzer's). Only reached for i's lower-case form in the lexicon."""
    n_scalar, c_incr, boosters = vader.N_SCALAR, vader.C_INCR, vader.BOOSTER_DICT
    low = lowers[i]
    valence = lexicon[low]
    # "no" as a negation of the next lexicon word, not its own lexicon item
    if low == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") \
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor")):
        valence = lexicon[low] * n_scalar
    if words[i].isupper() and is_cap_diff:  # in ALL CAPS while others are not
        if valence > 0:
            valence += c_incr
        else:
            valence -= c_incr
    for start_i in range(0, 3):
        if i > start_i and lowers[i - (start_i + 1)] not in lexicon:
            before = words[i - (start_i + 1)]
            s = 0.0  # scalar_inc_dec
            if lowers[i - (start_i + 1)] in boosters:
                s = boosters[lowers[i - (start_i + 1)]]
                if valence < 0:
                    s *= -1
                if before.isupper() and is_cap_diff:
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # _negation_check
            if start_i == 0:
                if _negated(vader, lowers[i - 1]):
                    valence = valence * n_scalar
            if start_i == 1:
                if lowers[i - 2] == "never" and (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
                    valence = valence * 1.25
                elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
                    valence = valence
                elif _negated(vader, lowers[i - 2]):
                    valence = valence * n_scalar
            if start_i == 2:
                if lowers[i - 3] == "never" and (lowers[i - 2] == "so" or lowers[i - 2] == "this") or \
                        (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
                    valence = valence * 1.25
                elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
                    valence = valence
                elif _negated(vader, lowers[i - 3]):
                    valence = valence * n_scalar
                valence = _idioms(vader, valence, lowers, i)
    # _least_check
    if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        if lowers[i - 2] != "at" and lowers[i - 2] != "very":
            valence = valence * n_scalar
    elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
        valence = valence * n_scalar
    return valence


def _idioms(vader, valence: float, lowers: list[str], i: int) -> float:
    """VADER's `_special_idioms_check` at i (> 2, as VADER reaches it), on the lower-case forms."""
    special, boosters = vader.SPECIAL_CASES, vader.BOOSTER_DICT
    onezero = f"{lowers[i - 1]} {lowers[i]}"
    twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
    threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in special:
            valence = special[seq]
            break
    if len(lowers) - 1 > i:
        zeroone = f"{lowers[i]} {lowers[i + 1]}"
        if zeroone in special:
            valence = special[zeroone]
    if len(lowers) - 1 > i + 1:
        zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zeroonetwo in special:
            valence = special[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):  # booster bi-grams such as "sort of", "kind of"
        if n_gram in boosters:
            valence = valence + boosters[n_gram]
    return valence


_NEGATED: dict[str, bool] = {}


def _negated(vader, low: str) -> bool:
    """VADER's `negated([low])`, worked out once per word (its answer depends on the word only)."""
    found = _NEGATED.get(low)
    if found is None:
        if len(_NEGATED) > 100_000:
            _NEGATED.clear()
        found = _NEGATED[low] = vader.negated([low])
    return found


@functools.lru_cache(maxsize=1)
def _vader_module():
    from vaderSentiment import vaderSentiment

    return vaderSentiment


def _emoji_chars(analyzer) -> frozenset[str]:
    """The one-character keys of VADER's emoji table (its emoji pass looks at one character at a
    time, so only these are ever replaced), worked out once per analyzer."""
    chars = getattr(analyzer, "_tacitus_emoji_chars", None)
    if chars is None:
        chars = analyzer._tacitus_emoji_chars = frozenset(k for k in analyzer.emojis if len(k) == 1)
    return chars


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
