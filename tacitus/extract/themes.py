"""Themes of a document from a lexicon of trigger phrases (taxonomy in docs/themes.md).

`themes(doc)` -> [ThemeHit(theme, count, triggers)], most frequent first.

The lexicon `data/themes.tsv` maps trigger phrases (spaCy lemmas, lower case) to themes. One
left-to-right pass over the tokens: at each token the longest trigger that starts there is
taken, matching either the tokens' lemmas or their lower-cased forms (so "human rights" and
"arms" both match); the tokens it covers are consumed. Linear in the document (triggers have
at most a handful of tokens). A trigger may belong to several themes ("airport": transport and
infrastructure); each of them counts it.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import asdict, dataclass, field

from tacitus.nlp import doc_text, token_table
from tacitus.tables import read_tsv, resource_path

log = logging.getLogger(__name__)


@dataclass
class ThemeHit:
    theme: str
    count: int
    triggers: list[str] = field(default_factory=list)  # distinct trigger phrases as written

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ThemeLexicon:
    phrases: dict  # tuple of lower-case words -> tuple of themes
    lengths: dict  # first word -> lengths of the phrases starting with it, longest first

    @property
    def names(self) -> set[str]:
        return {t for themes in self.phrases.values() for t in themes}


def _check(row: dict) -> str | None:
    theme = row["theme"]
    if not theme.replace("_", "").isalpha() or theme != theme.lower():
        return f"theme must be lower_snake_case letters, got {theme!r}"
    if row["trigger"] != row["trigger"].lower():
        return f"trigger must be lower case, got {row['trigger']!r}"
    return None


def load_themes(path=None) -> ThemeLexicon:
    """Read a theme lexicon (default: the bundled data/themes.tsv); errors name file and line."""
    path = path or resource_path("tacitus.extract", "data/themes.tsv")
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for _, row in read_tsv(path, ("theme", "trigger"), required=("theme", "trigger"), check=_check):
        key = tuple(row["trigger"].split())
        if row["theme"] not in phrases.get(key, ()):
            phrases[key] = phrases.get(key, ()) + (row["theme"],)
    lengths: dict[str, list[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], []).append(len(key))
    return ThemeLexicon(phrases, {k: sorted(set(v), reverse=True) for k, v in lengths.items()})


@functools.lru_cache(maxsize=1)
def default_themes() -> ThemeLexicon:
    return load_themes()


def themes(doc, *, lexicon: ThemeLexicon | None = None) -> list[ThemeHit]:
    """Themes of a parsed document with their trigger counts, most frequent first (ties by name)."""
    lexicon = lexicon or default_themes()
    table = token_table(doc)
    lemmas = table.lemma_lower
    lowers = table.lower
    text = doc_text(doc)
    counts: dict[str, int] = {}
    seen: dict[str, dict[str, None]] = {}
    starts = lexicon.lengths
    done = 0  # tokens before `done` belong to a trigger already counted
    # only the words some trigger starts with (few): _match_at finds none at any other token
    for i in [i for i, (lemma, low) in enumerate(zip(lemmas, lowers)) if lemma in starts or low in starts]:
        if i < done:
            continue
        hit = _match_at(lexicon, lemmas, lowers, i)
        if hit is None:
            continue
        length, found = hit
        end = i + length - 1  # the trigger as written: `doc[i:i + length].text`, sliced from the text
        written = text[table.idx[i]:table.idx[end] + len(table.text[end])]
        for theme in found:
            counts[theme] = counts.get(theme, 0) + 1
            seen.setdefault(theme, {}).setdefault(written, None)
        done = i + length
    hits = [ThemeHit(t, c, list(seen[t])) for t, c in counts.items()]
    hits.sort(key=lambda h: (-h.count, h.theme))
    return hits


def _match_at(lexicon: ThemeLexicon, lemmas, lowers, i: int):
    """(length, themes) of the longest trigger starting at token i, or None."""
    starts = set(lexicon.lengths.get(lemmas[i], ())) | set(lexicon.lengths.get(lowers[i], ()))
    for length in sorted(starts, reverse=True):
        if i + length > len(lemmas):
            continue
        found = lexicon.phrases.get(tuple(lemmas[i : i + length])) or lexicon.phrases.get(tuple(lowers[i : i + length]))
        if found:
            return length, found
    return None
