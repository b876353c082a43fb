"""Amounts: numbers with their unit, what they count and their rate, from the parse.

`extract_amounts(doc)` -> [Amount(text, start, end, value, unit, counted, rate, kind, trigger)]

"10 billion cubic meters of gas a year" -> 1e10, "cubic metre", counted "gas", rate "per year",
kind "quantity"; "killed 12 people" -> 12, "people", kind "casualties", trigger "kill";
"$50 million" -> 5e7 "USD" "money"; "38 percent" -> 38 "percent" "percent".

How it works (one left-to-right pass over the tokens, so linear in the document):
1. A *number run* is a maximal run of number tokens: digits ("1,000", "35.8", "2bn", "€2bn"),
   number words ("two", "twenty"), scale words ("million", "bn") and "a"/"an" before a scale word
   or "dozen" ("a dozen" = 12). Plural and vague words ("dozens", "thousands", "several",
   "many", "a slew of") are never number tokens, so vague quantities are skipped.
2. The unit comes from the lexicon `data/units.tsv`: a currency sign or code before the run
   ("$", "€", "US$") or the longest unit phrase after it ("cubic meters", "%", "euros",
   "people"). Without a lexicon unit, a plain count takes the noun the number modifies
   ("1,000 anti-tank weapons" -> unit "weapon", counted "anti-tank weapons").
3. Skipped for precision: runs inside DATE/TIME entities or names (ORDINAL, "F-16",
   "Resolution 2231"), bare four-digit years, durations ("30-year", "ten days"), ages, bare
   numbers with no unit or noun, "one" used as a pronoun, and small number words after a
   determiner ("the two countries": a reference, not an amount).
4. Counts of people become casualties when a casualty verb governs them ("killed 12 people",
   "8,574 people had been killed", "wounding six").
5. `counted`: the "of" phrase after the unit ("of gas"), else the noun the amount modifies
   ("a 100 billion euro fund" -> "fund"), else the noun it is "of" ("reserves of $630 billion").
   `rate`: "a year", "per day", "each month", "annually" after the amount -> "per year" etc.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import asdict, dataclass

from tacitus.nlp import doc_text, token_table
from tacitus.tables import read_tsv, resource_path

log = logging.getLogger(__name__)

KINDS = ("money", "percent", "quantity", "count", "casualties")
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
          "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12}
CURRENCY_CHARS = "$€£¥₹₽₺"
_DIGITS = re.compile(r"^[" + CURRENCY_CHARS + r"]?([+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+)(\.\d+)?([a-z]{0,3})$", re.I)
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night",
              "morning", "evening", "weekend", "term", "round", "time", "old", "th", "st", "nd", "rd",
              "gmt", "utc", "cet", "est", "edt", "bst", "local", "hrs", "am", "pm", "a.m.", "p.m."}
RATE_NOUNS = {"year", "month", "week", "day", "hour", "barrel", "tonne", "ton", "head", "capita", "person", "unit"}
CASUALTY_VERBS = {"kill", "die", "wound", "injure", "hurt", "slay", "execute", "massacre", "dead", "lose", "claim"}
PEOPLE_UNITS = {"people", "civilian", "troop", "soldier", "fighter", "militant", "rebel", "police officer", "officer",
                "protester", "refugee", "migrant", "child", "prisoner", "hostage", "journalist", "worker",
                "policeman", "person", "resident", "passenger", "student", "woman", "man", "member"}
DETERMINERS = {"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your", "all", "'s", "whose"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "FAC", "PRODUCT", "LAW", "WORK_OF_ART", "EVENT", "NORP", "LOC", "ORDINAL"}
SKIP_ENTS = {"DATE", "TIME"}
NUMBER_LABELS = {"no", "no.", "article", "resolution", "flight", "section", "chapter", "page", "route", "highway",
                 "number", "version", "level", "phase", "category", "grade", "class", "room", "paragraph"}


@dataclass
class Amount:
    text: str
    start: int  # character offsets in doc.text
    end: int
    value: float
    unit: str
    counted: str | None
    rate: str | None
    kind: str  # money | percent | quantity | casualties | count
    trigger: str | None = None  # casualty verb lemma ("kill") when kind is casualties

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str
    factor: float


@dataclass(frozen=True)
class UnitLexicon:
    after: dict  # tuple of lower-case tokens -> Unit
    before: dict
    max_len: int


def _check_unit(row: dict) -> str | None:
    if row["kind"] not in KINDS:
        return f"kind must be one of {', '.join(KINDS)}, got {row['kind']!r}"
    if row["position"] not in ("after", "before"):
        return f"position must be 'after' or 'before', got {row['position']!r}"
    try:
        if float(row["factor"]) <= 0:
            return "factor must be positive"
    except ValueError:
        return f"factor must be a number, got {row['factor']!r}"
    return None


def load_units(path=None) -> UnitLexicon:
    """Read a unit lexicon (default: the bundled data/units.tsv); errors name file and line."""
    path = path or resource_path("tacitus.extract", "data/units.tsv")
    after, before = {}, {}
    for _, row in read_tsv(path, ("surface", "unit", "kind", "factor", "position"),
                           required=("surface", "unit", "kind", "factor", "position"), check=_check_unit):
        key = tuple(row["surface"].lower().split())
        (after if row["position"] == "after" else before)[key] = Unit(row["unit"], row["kind"], float(row["factor"]))
    max_len = max((len(k) for k in (*after, *before)), default=1)
    return UnitLexicon(after, before, max_len)


@functools.lru_cache(maxsize=1)
def default_units() -> UnitLexicon:
    return load_units()


# ----------------------------------------------------------------------------- numbers
@functools.lru_cache(maxsize=65536)
def _token_number(text: str) -> tuple[float, float] | None:
    """(value, scale) of one token: '1,000' -> (1000, 1); '2bn' -> (2, 1e9); 'million' -> (0, 1e6)."""
    low = text.lower()
    if low in WORD_NUMBERS:
        return float(WORD_NUMBERS[low]), 1.0
    if low in SCALES:
        return 0.0, SCALES[low]
    m = _DIGITS.match(text)
    if not m:
        return None
    suffix = m.group(3).lower()
    if suffix and suffix not in SUFFIXES:
        return None
    value = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    return value, SUFFIXES.get(suffix, 1.0)


_SCALE_AFTER_A = ("dozen", "hundred", "thousand", "million", "billion", "trillion")


def _is_number_at(lower: list[str], text: list[str], i: int) -> bool:
    """Token i (of a TokenTable's lower/text lists) is part of a number: a numeral, a number word,
    or 'a'/'an' before a scale word ('a dozen', 'a million')."""
    low = lower[i]
    if low in ("a", "an"):
        return i + 1 < len(lower) and lower[i + 1] in _SCALE_AFTER_A
    return _token_number(text[i]) is not None


def parse_number(words: list[str]) -> float | None:
    """Value of a number run: ['1.5', 'million'] -> 1.5e6, ['a', 'dozen'] -> 12, ['two', 'hundred'] -> 200."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w.lower() in ("a", "an"):
            current, seen = max(current, 1.0), True
            continue
        parsed = _token_number(w)
        if parsed is None:
            return None
        value, scale = parsed
        if value and scale != 1.0:  # "2bn"
            current += value * scale
        elif scale != 1.0:  # a scale word multiplies what came before
            current = (current or 1.0) * scale
            if scale >= 1e3:
                total, current = total + current, 0.0
        else:
            current += value
        seen = True
    return total + current if seen else None


# ----------------------------------------------------------------------------- extraction
def extract_amounts(doc, *, units: UnitLexicon | None = None) -> list[Amount]:
    """All amounts of a parsed document, in text order."""
    units = units or default_units()
    text = doc_text(doc)
    out: list[Amount] = []
    table = token_table(doc)
    lower, words = table.lower, table.text
    toks = None  # spaCy tokens, made only once a number is found
    n, done = len(words), 0  # tokens before `done` belong to a run already read
    for i in _number_candidates(lower, words):
        if i < done or not _is_number_at(lower, words, i):
            continue
        j = i + 1
        while j < n and _is_number_at(lower, words, j):
            j += 1
        if toks is None:
            toks = _Tokens(doc, table)
        amount = _amount_at(text, toks, i, j, units)
        if amount is not None:
            out.append(amount)
        done = j
    return out


_NUMBER_STARTS = frozenset(CURRENCY_CHARS + "+-")
_NUMBER_WORDS = frozenset(WORD_NUMBERS) | frozenset(SCALES) | {"a", "an"}


def _number_candidates(lower: list[str], words: list[str]) -> list[int]:
    """Indices of the tokens that may start a number run, for `_is_number_at` to decide: every
    token it accepts is a number word, a scale word, "a"/"an", or (`_DIGITS`) starts with a
    currency sign, a plus or minus sign or a digit (str.isdigit holds for every character `\\d`
    matches). One comprehension over the plain lists instead of a function call per token."""
    starts, numbers = _NUMBER_STARTS, _NUMBER_WORDS
    return [i for i, (low, w) in enumerate(zip(lower, words))
            if low in numbers or w[:1] in starts or w[:1].isdigit()]


class _Tokens:
    """The doc's tokens as a list-like sequence made on demand: `list(doc)` would make a spaCy
    Token for every token of the article, and only those around numbers are ever looked at."""

    __slots__ = ("doc", "n", "lower", "text", "ent_type")

    def __init__(self, doc, table):
        self.doc, self.n = doc, len(doc)
        self.lower, self.text = table.lower, table.text  # each token's lower_ and text, as plain lists
        self.ent_type = table.ent_type  # and its entity label (nothing after the parse sets entities: perf17)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, k):
        if isinstance(k, slice):  # list semantics (negative starts wrap, out of range clips)
            return [self.doc[i] for i in range(*k.indices(self.n))]
        return self.doc[k]


def _amount_at(text: str, toks, i: int, j: int, units: UnitLexicon) -> Amount | None:
    """The amount of the number run toks[i:j], or None when it is not one we trust."""
    ents = toks.ent_type[i:j]  # (perf17: the run's entity labels and forms from the columns, no Tokens)
    if "ORDINAL" in ents or _is_label_number(toks, i):
        return None
    words = toks.text[i:j]
    value = parse_number(words)
    if value is None:
        return None
    before = _unit_before(toks, i, units)
    start_i = before[1] if before else i
    if i > 0 and toks.lower[i - 1] == "minus":
        value, start_i = -value, min(start_i, i - 1)
    end_i = j
    unit = before[0] if before else None
    if unit is None:
        after = _unit_after(toks, j, units)
        if after is not None:
            unit, end_i = after
    dated = any(e in SKIP_ENTS for e in ents)
    if unit is None or unit.kind != "money":
        if dated or _is_year(words) or _is_duration(toks, j):
            return None
    if unit is None:
        if any(e in NAME_ENTS for e in ents) or (j < len(toks) and toks.text[j] == "-"):
            return None  # part of a name ("Boeing 737") or an adjective ("the 27-nation bloc")
        return _count_amount(text, toks, i, j, value, start_i)
    if unit.kind in ("count", "casualties") and _after_determiner(toks, i, words, value):
        return None
    value *= unit.factor
    kind = unit.kind
    trigger = None
    if kind in ("count", "casualties"):
        verb = _casualty_verb(toks[end_i - 1])
        if verb or kind == "casualties":
            kind, trigger = "casualties", verb
    counted = _counted(toks, start_i, end_i, unit)
    rate, _ = _rate(toks, end_i, counted_end=_counted_end(toks, end_i))
    return _make(text, toks, start_i, end_i, value, unit.unit, counted, rate, kind, trigger)


def _make(text: str, toks, s, e, value, unit, counted, rate, kind, trigger) -> Amount:
    start, end = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
    return Amount(text[start:end], start, end, value, unit, counted, rate, kind, trigger)


def _is_label_number(toks, i) -> bool:
    """'Resolution 2231', 'F-16', 'No. 5': a number that names something."""
    if i == 0:
        return False
    if toks.lower[i - 1] in NUMBER_LABELS:
        return True
    return toks.text[i - 1] == "-" and not toks[i - 1].whitespace_ and i > 1 and toks[i - 2].pos_ == "PROPN"


def _is_year(words: list[str]) -> bool:
    return len(words) == 1 and re.fullmatch(r"(1[89]|20)\d\d", words[0]) is not None


def _is_duration(toks, j) -> bool:
    """'30-year contract', 'ten days', '37-year-old': durations and ages are not amounts."""
    k = j + 1 if j < len(toks) and toks[j].text == "-" else j
    return k < len(toks) and toks[k].lemma_.lower() in TIME_UNITS


def _after_determiner(toks, i, words, value) -> bool:
    """'the two countries', 'both sides': a small number word after a determiner is a reference."""
    return i > 0 and toks[i - 1].lower_ in DETERMINERS and words[0].isalpha() and value < 10


def _unit_before(toks, i, units: UnitLexicon):
    """(Unit, first token index) for a currency sign or code before the run (or glued to it)."""
    first = toks.text[i]
    if first[:1] in CURRENCY_CHARS:
        unit = units.before.get((first[:1],))
        if unit:
            return unit, i
    for length in (2, 1):
        if i - length < 0:
            continue
        key = tuple(toks.lower[i - length : i])
        unit = units.before.get(key)
        if unit:
            return unit, i - length
    return None


def _unit_after(toks, j, units: UnitLexicon):
    """(Unit, end token index) for the longest unit phrase starting at toks[j] (after a hyphen)."""
    k = j + 1 if j < len(toks) and toks.text[j] == "-" else j
    for length in range(min(units.max_len, len(toks) - k), 0, -1):
        key = tuple(toks.lower[k : k + length])
        unit = units.after.get(key)
        if unit:
            return unit, k + length
    return None


def _casualty_verb(tok) -> str | None:
    """Lemma of a casualty verb governing the counted noun (or the number itself), if any."""
    node = tok
    for _ in range(3):
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "ADJ") and lemma in CASUALTY_VERBS:
            return lemma
        if node.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos", "nummod", "attr") and node.head is not node:
            node = node.head
        else:
            break
    return None


MONTH_WORDS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul",
               "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
               "december"}


def _count_amount(text: str, toks, i, j, value, start_i) -> Amount | None:
    """A plain count: the number modifies a noun ('73 strikes'), or a casualty verb takes it ('wounding six')."""
    last = toks[j - 1]
    if last.dep_ == "nummod" or (last.dep_ == "compound" and last.head.dep_ == "nummod"):
        noun = last.head if last.dep_ == "nummod" else last.head.head
        if noun.i < j or noun.i - j > 8 or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        lemma = noun.lemma_.lower()
        if lemma in TIME_UNITS:
            return None
        if i > 0 and toks[i - 1].lower_.rstrip(".") in MONTH_WORDS:
            return None  # "the Aug 9 election": a date, not nine elections
        if noun.text[:1].isupper() and lemma == noun.lower_ and lemma.endswith("s") and not lemma.endswith("ss"):
            lemma = lemma[:-1]  # "50,000 Serbs", "10 Israelis": the tagger leaves plural demonyms unlemmatised
        words = [t.text for t in toks[i:j]]
        if _after_determiner(toks, i, words, value) or (words == ["one"] or words == ["One"]):
            verb = _casualty_verb(noun) if lemma in PEOPLE_UNITS else None
            if not verb:
                return None
        verb = _casualty_verb(noun) if lemma in PEOPLE_UNITS else None
        counted = text[toks[j].idx : noun.idx + len(noun.text)]
        kind = "casualties" if verb else "count"
        unit = "people" if lemma in ("person", "people") else lemma
        rate, _ = _rate(toks, noun.i + 1, counted_end=noun.i + 1)
        return _make(text, toks, start_i, noun.i + 1, value, unit, counted, rate, kind, verb)
    if last.dep_ in ("dobj", "nsubjpass", "conj") and value >= 1:
        verb = _casualty_verb(last)
        if verb:
            return _make(text, toks, start_i, j, value, "people", None, None, "casualties", verb)
    if value >= 1 and _toll_before(toks, i):
        return _make(text, toks, start_i, j, value, "death", None, None, "casualties", "toll")
    return None


TOLL_VERBS = {"rise", "climb", "reach", "stand", "jump", "pass", "exceed", "top", "hit", "surpass", "grow", "increase"}


def _toll_before(toks, i) -> bool:
    """'the death toll rose to 1,136', 'the toll climbed above 11,000': the number is a count of deaths."""
    k = i - 1
    while k >= 0 and toks[k].lower_ in ("to", "above", "at", "over", "more", "than", "nearly", "almost", "about",
                                        "some", "around", "beyond"):
        k -= 1
    if k < 1 or toks[k].lemma_.lower() not in TOLL_VERBS:
        return False
    verb = toks[k]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() == "toll" and \
        any(c.lower_ in ("death", "casualty") for c in subj.children if c.dep_ in ("compound", "amod"))


def _counted_end(toks, end_i) -> int:
    """Index after an 'of X' phrase following the unit ('of gas'), else end_i."""
    if end_i < len(toks) and toks[end_i].lower_ == "of":
        for c in toks[end_i].children:
            if c.dep_ == "pobj":
                return c.i + 1
    return end_i


def _counted(toks, start_i, end_i, unit: Unit) -> str | None:
    """What the amount counts: 'of gas', the noun it modifies, or the noun it is 'of'."""
    if end_i < len(toks) and toks[end_i].lower_ == "of":
        for c in toks[end_i].children:
            if c.dep_ == "pobj":
                return _phrase(c)
    if unit.kind in ("count", "casualties"):
        return toks[end_i - 1].text if end_i > start_i else None
    last = toks[end_i - 1]
    head = last.head
    if head.i >= end_i and head.pos_ == "NOUN" and last.dep_ in ("compound", "nummod", "amod", "nmod"):
        return _phrase(head, floor=end_i)
    for tok in toks[start_i:end_i]:
        if tok.head.i < start_i or tok.head.i >= end_i:
            top = tok
            if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
                return _phrase(top.head.head)
            break
    return None


def _phrase(noun, *, floor: int = 0) -> str:
    """A noun with its compound and adjective modifiers ('liquefied natural gas'), from `floor` on."""
    left = noun.i
    for c in noun.lefts:
        if c.dep_ in ("compound", "amod") and floor <= c.i < left:
            left = c.i
    return noun.doc[left : noun.i + 1].text


def _rate(toks, end_i, *, counted_end) -> tuple[str | None, int]:
    """'a year', 'per day', 'each month', 'annually' right after the amount (or its 'of' phrase)."""
    k = max(end_i, counted_end)
    n = len(toks)
    if k < n and toks[k].lower_ in ("annually", "yearly", "a-year"):
        return "per year", k + 1
    if k < n and toks[k].lower_ in ("daily", "monthly", "weekly"):
        return "per " + {"daily": "day", "monthly": "month", "weekly": "week"}[toks[k].lower_], k + 1
    if k + 1 < n and toks[k].lower_ in ("a", "an", "per", "each", "every", "/"):
        noun = toks[k + 1]
        lemma = noun.lemma_.lower()
        if lemma in RATE_NOUNS:
            return f"per {lemma}", k + 2
    return None, k
