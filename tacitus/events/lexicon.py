"""The verb and noun lexicon (data/verbs.tsv, data/nouns.tsv).

verbs.tsv: pattern, cameo, frame, target. The first word of a pattern is a verb lemma; every
other word must be found among the verb's dependents (particle, object noun and its
modifiers, prepositions and their objects). The matching entry with most words wins.
nouns.tsv: pattern, cameo, target. The last word is an eventive noun lemma; the others must
be its compound or adjective modifiers ("air strike", "humanitarian aid"). A word written
"of:LEMMA" must instead be the noun of the eventive noun's "of" phrase ("expulsion of:diplomat":
"the expulsion of two Russian diplomats"); the caller puts those words in the modifier set.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tacitus.events.ontology import Ontology
from tacitus.tables import read_tsv, resource_path, split_list

PKG = "tacitus.events"
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
        for entry in self.verbs.get(lemma, ()):
            if all(w in deps for w in entry.words[1:]) and (accept is None or accept(entry)):
                return entry
        return None

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
    ofs = [w for w in words if w.startswith("of:")]
    if not ofs:
        return words
    plain = [w for w in words if not w.startswith("of:")]
    if not plain:
        return words  # rejected by the loader's check
    return (*plain[:-1], *ofs, plain[-1])


def load_lexicon(onto: Ontology, verbs_path: Path | None = None, nouns_path: Path | None = None) -> Lexicon:
    lex = Lexicon()
    verbs_path = verbs_path or resource_path(PKG, "data/verbs.tsv")
    nouns_path = nouns_path or resource_path(PKG, "data/nouns.tsv")

    def check_code(code: str, allow_none: bool) -> str | None:
        if code == "-" and allow_none:
            return None
        if code not in onto.codes:
            return f"CAMEO code {code!r} is not in cameo.tsv"
        return None

    def check_verb(row):
        if row["frame"] not in VERB_FRAMES:
            return f"frame {row['frame']!r} must be empty or one of {', '.join(f for f in VERB_FRAMES if f)}"
        return check_code(row["cameo"], allow_none=row["frame"] == "light")

    def check_noun(row):
        if all(w.startswith("of:") for w in row["pattern"].split()):
            return "a noun pattern needs its noun, not only of: words"
        return check_code(row["cameo"], False)

    seen: dict[str, int] = {}
    for line, row in read_tsv(verbs_path, ("pattern", "cameo", "frame", "target"), required=("pattern", "cameo"), check=check_verb):
        words = tuple(row["pattern"].lower().split())
        if row["pattern"].lower() in seen:
            continue  # first entry wins; duplicates are harmless
        seen[row["pattern"].lower()] = line
        cameo = None if row["cameo"] == "-" else row["cameo"]
        lex.verbs.setdefault(words[0], []).append(VerbEntry(words, cameo, row["frame"], _targets(row["target"]), line))
    seen.clear()
    for line, row in read_tsv(nouns_path, ("pattern", "cameo", "target"), required=("pattern", "cameo"),
                              check=check_noun):
        words = _noun_last(tuple(row["pattern"].lower().split()))
        if " ".join(words) in seen:
            continue  # "expulsion of:envoy" and "of:envoy expulsion" are one pattern
        seen[" ".join(words)] = line
        lex.nouns.setdefault(words[-1], []).append(NounEntry(words, row["cameo"], _targets(row["target"]), line))
    for table in (lex.verbs, lex.nouns):
        for entries in table.values():
            entries.sort(key=lambda e: -len(e.words))
    return lex
