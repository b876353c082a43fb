"""Names written otherwise than the dictionary writes them.

Two lookups the resolver tries on a capitalised word that matched no dictionary name:

- `person_variant`: a person's name in another transliteration or with its Arabic particles
  written differently ("Moammar Kadhafi", "Husni Mubarak", "Abdul Fattah el-Sissi",
  "Adel al-Joubeir"). Names are compared by a key that drops accents and the article particles
  (al-, el-, ul- ...), reads "Abdul"/"Abdel"/"Abd al" alike, folds letters that transliterations
  swap (q/k/g, kh/k, dh/d, ph/f, ou/u) and keeps only where vowels stand, not which ones
  ("Mohammed", "Muhammad" and "Mohamed" agree; "Mahmoud" does not). Only a name of two or more
  words is read so (one word's key is too loose: "Sheriff" would be "Sharaf"), and only a key
  that belongs to one person counts.
- `misspelt_country`: a country name or demonym of seven or more letters typed with one letter
  dropped, added, changed or two swapped ("Venezuala", "Bangaldesh", "Portugese"), when the
  word is not itself an English word or a known name ("Prussian", "Columbia", "Iberian") and the
  first letter agrees. Every candidate must name the same country.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from tacitus.actors.dictionary import ActorDictionary, Entry

PARTICLES = frozenset({"al", "el", "ul", "ad", "ed", "as", "es", "ash", "an", "ar", "at", "az", "ud", "ad-"})
FUZZY_KINDS = frozenset({"country", "demonym", "people"})
PREFIX = 3  # leading key letters compared by could_start_person
MIN_FUZZY = 7  # letters of a word (and of the name it is read as) before a typo is considered
_VOWELS = re.compile(r"[aeiouy]+")
_ABD = re.compile(r"^abd[aeiou]l(?=[a-z]{2}|$)")
_FOLD = (("ou", "u"), ("kh", "k"), ("dh", "d"), ("ph", "f"), ("q", "k"), ("g", "k"), ("ck", "k"))


def plain(word: str) -> str:
    """Lower case, accents dropped: 'Erdoğan' -> 'erdogan'."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    w = re.sub(r"[^a-z]", "", plain(word))
    if not w or w in PARTICLES:
        return ""
    w = _ABD.sub("abd", w)  # Abdulaziz / Abdelaziz / Abdul Aziz
    for a, b in _FOLD:
        w = w.replace(a, b)
    if len(w) > 2 and w.endswith("h") and w[-2] in "aeiou":
        w = w[:-1]  # Rabbuh / Rabbo, Abdallah / Abdalla
    w = re.sub(r"(.)\1+", r"\1", w)  # Gaddafi / Gadafi, Mohammed / Mohamed
    return _VOWELS.sub("V", w if not w.startswith("y") else "j" + w[1:])


def name_key(words) -> str:
    """The spelling-blind key of a name given as its words (or tokens)."""
    return "".join(_word_key(w) for w in words)


def _people_index(d: ActorDictionary) -> dict[str, list[Entry] | None]:
    """Key -> the person entries of that key; None where two people share it."""
    index = getattr(d, "_variant_people", None)
    if index is not None:
        return index
    index = {}
    for key, entries in d.names.items():
        people = [e for e in entries if e.kind == "person"]
        if not people:
            continue
        words = [w for w in key if re.search(r"[a-z]", plain(w)) and plain(w) not in PARTICLES]
        if len(words) < 2:
            continue  # one word's key is too loose: "Sheriff" would be "Sharaf", "Footage" "Fotyga"
        k = name_key(key)
        names = {e.name for e in people}
        seen = index.get(k, [])
        if seen is None or (seen and {e.name for e in seen} != names):
            index[k] = None  # two people share the key: neither is read from it
        else:
            index[k] = people
    d._variant_people = index
    return index


def could_start_person(d: ActorDictionary, word: str) -> bool:
    """Could a person's name begin with this word? Their keys' first letters agree with its (a
    cheap test before the runs of words are tried; "Abdul Aziz" and "Abdelaziz" share them)."""
    starts = getattr(d, "_variant_starts", None)
    if starts is None:
        starts = d._variant_starts = frozenset(k[:PREFIX] for k in _people_index(d))
    return _word_key(word)[:PREFIX] in starts


def person_variant(d: ActorDictionary, words: list[str]) -> list[Entry]:
    """The person a run of name words ("Husni", "Mubarak") writes otherwise, or []."""
    real = [w for w in words if w[:1].isalpha() and w.lower() not in PARTICLES]
    if len(real) < 2:
        return []
    return _people_index(d).get(name_key(words)) or []


# ---------------------------------------------------------------- one-letter typos of countries
def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _country_index(d: ActorDictionary) -> tuple[dict[str, set[str]], set[str]]:
    """Deletion index over the one-word country names, demonyms and people nouns of seven or
    more letters: each word and every word with one letter deleted -> the names it comes from."""
    cached = getattr(d, "_variant_countries", None)
    if cached is not None:
        return cached
    index: dict[str, set[str]] = {}
    names: set[str] = set()
    for key, entries in d.names.items():
        if len(key) != 1 or len(key[0]) < MIN_FUZZY or not key[0].isalpha():
            continue
        if not any(e.kind in FUZZY_KINDS for e in entries):
            continue
        word = key[0]
        names.add(word)
        for v in _deletions(word) | {word}:
            index.setdefault(v, set()).add(word)
    d._variant_countries = (index, names)
    return d._variant_countries


def one_edit(a: str, b: str) -> bool:
    """Are a and b one deletion, insertion, substitution or swap of neighbours apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset:
    """The English words (and the names WordNet lists) the model's lemmatizer knows: a
    'misspelling' that is one of them ("Prussian", "Iberian", "Germane") is that word."""
    try:
        from tacitus.config import Settings
        from tacitus.nlp import LOADED, load_model

        if LOADED:  # the pipeline this run already parses with (--model / config), not a second one
            nlp = LOADED[-1]
        else:
            settings = Settings.from_env()
            nlp = load_model(settings.model, settings.max_chars)
        from tacitus.lemmatizer import FACTORY

        lemmatizer = nlp.get_pipe(FACTORY if FACTORY in nlp.pipe_names else "lemmatizer")
        table = lemmatizer.lookups.get_table("lemma_index")
    except Exception:  # a model without the table: the other checks still apply
        return frozenset()
    return frozenset(w for words in table.values() for w in words if w.isalpha())


def _known_word(word: str, d: ActorDictionary, gazetteer) -> bool:
    low = word.lower()
    words = english_words()
    stems = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    if stems & words or (low,) in d.names:
        return True
    if gazetteer is not None:
        try:
            if gazetteer.country(word) is not None or gazetteer.state(word) is not None or gazetteer.cities(word):
                return True
        except Exception:
            return False
    return False


def misspelt_country(d: ActorDictionary, word: str, gazetteer=None) -> list[Entry]:
    """The country entries a capitalised word one typo away from a country name or demonym
    stands for ("Azerbijan" -> Azerbaijan), or [] when it is not such a typo."""
    if len(word) < MIN_FUZZY or not word.isalpha() or not word[0].isupper():
        return []
    low = word.lower()
    if low in english_words():
        return []  # the commonest case first: a capitalised English word ("However", "Saturday")
    index, names = _country_index(d)
    candidates = set(index.get(low, ()))  # a letter too many, or a swap / change (below)
    for v in _deletions(low):
        candidates |= index.get(v, set())
    hits = {c for c in candidates if c[0] == low[0] and one_edit(c, low)}
    if not hits:
        return []
    entries = [e for c in sorted(hits) for e in d.names[(c,)] if e.kind in FUZZY_KINDS]
    if len({e.country for e in entries}) != 1 or _known_word(word, d, gazetteer):
        return []
    return entries[:1]
