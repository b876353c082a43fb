"""The verb and noun lexicon (data/verbs.tsv, data/nouns.tsv).

verbs.tsv: pattern, cameo, frame, target. The first word of a pattern is a verb lemma; every
other word must be found among the verb's dependents (particle, object noun and its
modifiers, prepositions and their objects). The matching entry with most words wins.
nouns.tsv: pattern, cameo, target. The last word is an eventive noun lemma; the others must
be its compound or adjective modifiers ("air strike", "humanitarian aid"). A word written
"of:LEMMA" must instead be the noun of the eventive noun's "of" phrase ("expulsion of:diplomat":
"the expulsion of two Russian diplomats"); "on:LEMMA" and "from:LEMMA" likewise the noun of its
"on" / "from" phrase ("ban on:export": "a ban on exports of chips"; "withdrawal from:deal": "the
US withdrawal from the nuclear deal"); the caller puts those words in the modifier set.
Either table may write "{NAME}" or "@{NAME}" for every word of a class in data/pattern_classes.tsv;
the loader expands such a row into one pattern per word.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.events.ontology import Ontology
from tacitus.tables import read_tsv, resource_path, split_list

PKG = "tacitus.events"
PHRASE_PREFIXES = ("of:", "on:", "from:")  # noun-row words naming the noun of the eventive noun's phrase
VERB_FRAMES = ("", "intent", "threat", "refuse", "request", "appeal", "cease", "light", "say", "actor-object")


@dataclass(frozen=True)
class VerbEntry:
    words: tuple[str, ...]
    cameo: str | None  # None: no event of its own (light verbs)
    frame: str
    target: tuple[str, ...]  # "obj" and/or prepositions
    line: int = 0

    @property
    def pattern(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class NounEntry:
    words: tuple[str, ...]  # modifiers..., noun
    cameo: str
    target: tuple[str, ...]
    line: int = 0

    @property
    def pattern(self) -> str:
        return " ".join(self.words)


@dataclass
class Lexicon:
    verbs: dict[str, list[VerbEntry]] = field(default_factory=dict)  # verb lemma -> entries, longest first
    nouns: dict[str, list[NounEntry]] = field(default_factory=dict)  # noun lemma -> entries, longest first

    def match_verb(self, lemma: str, deps: set[str], accept=None) -> VerbEntry | None:
        """The longest entry whose words are all in deps (and that accept(entry) allows)."""
        if not isinstance(deps, (set, frozenset)):
            deps = set(deps)
        rests, bare, by_word = self._verb_rests(lemma)
        if not by_word:
            order = bare
        else:
            # only entries whose first word after the verb is among deps can match: the others
            # are never tried ("send" has 185 entries, a clause holds a handful of words)
            order = [k for w in deps if w in by_word for k in by_word[w]]
            if not order:
                order = bare
            else:
                order.extend(bare)
                order.sort()
        for k in order:
            rest, entry = rests[k]
            if rest <= deps and (accept is None or accept(entry)):
                return entry
        return None

    def _verb_rests(self, lemma: str) -> tuple:
        """The lemma's entries in order as (set of the words after the verb, entry), the positions
        of those with no further word, and each further word's positions (by the entry's first
        such word); built once per lemma (rebuilt if the lemma's list of entries was changed)."""
        cache = self.__dict__.setdefault("_rests", {})
        entries = self.verbs.get(lemma, ())
        hit = cache.get(lemma)
        if hit is None or hit[0] is not entries or hit[1] != len(entries):
            rests = tuple((frozenset(e.words[1:]), e) for e in entries)
            bare: list[int] = []
            by_word: dict[str, list[int]] = {}
            for k, e in enumerate(entries):
                if len(e.words) > 1:
                    by_word.setdefault(e.words[1], []).append(k)
                else:
                    bare.append(k)
            hit = (entries, len(entries), (rests, bare, by_word))
            cache[lemma] = hit
        return hit[2]

    def verb_words(self, lemma: str) -> frozenset[str]:
        """Every word the lemma's entries write after the verb (a word is in it exactly when some
        entry's words[1:] hold it); built once per lemma, with the entries of _verb_rests."""
        rests, _, _ = self._verb_rests(lemma)
        cache = self.__dict__.setdefault("_verb_words", {})
        hit = cache.get(lemma)
        if hit is None or hit[0] is not rests:
            hit = (rests, frozenset(w for rest, _ in rests for w in rest))
            cache[lemma] = hit
        return hit[1]

    def match_noun(self, lemma: str, modifiers: set[str]) -> NounEntry | None:
        for entry in self.nouns.get(lemma, ()):
            if all(w in modifiers for w in entry.words[:-1]):
                return entry
        return None

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def _targets(value: str) -> tuple[str, ...]:
    if value in ("", "-"):
        return ()
    return tuple(split_list(value))


def _noun_last(words: tuple[str, ...]) -> tuple[str, ...]:
    """'expulsion of:diplomat' is written in reading order; stored with the noun last, as the
    other noun patterns are."""
    ofs = [w for w in words if w.startswith(PHRASE_PREFIXES)]
    if not ofs:
        return words
    plain = [w for w in words if not w.startswith(PHRASE_PREFIXES)]
    if not plain:
        return words  # rejected by the loader's check
    return (*plain[:-1], *ofs, plain[-1])


CLASS_WORD = re.compile(r"^(@?)\{([a-z_]+)\}$")


def load_pattern_classes(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Class name -> its words (data/pattern_classes.tsv)."""
    path = path or resource_path(PKG, "data/pattern_classes.tsv")
    check = lambda row: None if re.fullmatch(r"[a-z_]+", row["name"]) else "name must be lower-case letters or _"  # noqa: E731
    return {row["name"]: tuple(split_list(row["words"].lower()))
            for _, row in read_tsv(path, ("name", "words"), required=("name", "words"), check=check)}


def unknown_class(pattern: str, classes: dict[str, tuple[str, ...]]) -> str | None:
    """An error message when a pattern names a class that does not exist."""
    for word in pattern.split():
        m = CLASS_WORD.match(word)
        if m and m.group(2) not in classes:
            return f"unknown word class {{{m.group(2)}}} (classes: {', '.join(sorted(classes))})"
    return None


def expand_pattern(pattern: str, classes: dict[str, tuple[str, ...]]) -> list[str]:
    """'mass @{troops} on' -> ['mass @troop on', 'mass @soldier on', ...]; a plain pattern -> [it]."""
    options = []
    for word in pattern.split():
        m = CLASS_WORD.match(word)
        options.append([m.group(1) + w for w in classes[m.group(2)]] if m else [word])
    return [" ".join(words) for words in itertools.product(*options)]


def load_lexicon(onto: Ontology, verbs_path: Path | None = None, nouns_path: Path | None = None,
                 classes_path: Path | None = None) -> Lexicon:
    lex = Lexicon()
    verbs_path = verbs_path or resource_path(PKG, "data/verbs.tsv")
    nouns_path = nouns_path or resource_path(PKG, "data/nouns.tsv")
    classes = load_pattern_classes(classes_path)

    def check_code(code: str, allow_none: bool) -> str | None:
        if code == "-" and allow_none:
            return None
        if code not in onto.codes:
            return f"CAMEO code {code!r} is not in cameo.tsv"
        return None

    def check_verb(row):
        if problem := unknown_class(row["pattern"].lower(), classes):
            return problem
        if row["frame"] not in VERB_FRAMES:
            return f"frame {row['frame']!r} must be empty or one of {', '.join(f for f in VERB_FRAMES if f)}"
        return check_code(row["cameo"], allow_none=row["frame"] == "light")

    def check_noun(row):
        if problem := unknown_class(row["pattern"].lower(), classes):
            return problem
        if all(w.startswith(PHRASE_PREFIXES) for w in row["pattern"].split()):
            return "a noun pattern needs its noun, not only of:/on: words"
        return check_code(row["cameo"], False)

    seen: dict[str, int] = {}
    for line, row in read_tsv(verbs_path, ("pattern", "cameo", "frame", "target"), required=("pattern", "cameo"), check=check_verb):
        cameo = None if row["cameo"] == "-" else row["cameo"]
        for pattern in expand_pattern(row["pattern"].lower(), classes):
            if pattern in seen:
                continue  # first entry wins; duplicates are harmless
            seen[pattern] = line
            words = tuple(pattern.split())
            lex.verbs.setdefault(words[0], []).append(VerbEntry(words, cameo, row["frame"], _targets(row["target"]), line))
    seen.clear()
    for line, row in read_tsv(nouns_path, ("pattern", "cameo", "target"), required=("pattern", "cameo"),
                              check=check_noun):
        for pattern in expand_pattern(row["pattern"].lower(), classes):
            words = _noun_last(tuple(pattern.split()))
            if " ".join(words) in seen:
                continue  # "expulsion of:envoy" and "of:envoy expulsion" are one pattern
            seen[" ".join(words)] = line
            lex.nouns.setdefault(words[-1], []).append(NounEntry(words, row["cameo"], _targets(row["target"]), line))
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            entries.sort(key=lambda e: -len(e.words))
    return lex
