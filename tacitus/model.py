"""The record types that flow from reader to store. Plain dataclasses, JSON-ready via to_dict()."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field


def content_hash(text: str) -> str:
    """Hash of the article text with whitespace normalised: the article's identity in the store."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One article as read from its file or record."""

    text: str
    doc_id: str = ""
    title: str = ""
    date: str | None = None  # ISO date of publication
    date_source: str = "given"  # given | line | mtime | unknown
    url: str | None = None
    source: str | None = None  # outlet
    path: str | None = None  # file it came from (and ":line" for JSONL)

    def __post_init__(self):
        if not self.doc_id:
            self.doc_id = content_hash(self.text)[:16]

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass
class Actor:
    """A resolved actor: `code` is CAMEO-style (RUSGOV), `country` ISO3 or None."""

    text: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None
    start: int = -1  # character offsets of the mention in the article text
    end: int = -1
    kind: str = "actor"  # country | person | org | agent | pronoun | actor

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }

    @property
    def primary(self) -> str:
        return self.code[:3]


@dataclass
class Event:
    """One coded event with its evidence (GUIDE.md section 3)."""

    event_id: str
    doc_id: str
    date: str | None
    event: str | None  # PLOVER 2021 type
    mode: str | None
    context: list[str]
    cameo: str
    goldstein: float
    quad_class: int
    source: list[Actor]
    target: list[Actor]
    sentence: str
    span: tuple[int, int]
    trigger: str
    confidence: float
    modality: str = "asserted"  # asserted | intended | future | conditional | negated
    location: dict | None = None
    date_text: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["source"] = [a.to_dict() for a in self.source]
        d["target"] = [a.to_dict() for a in self.target]
        d["span"] = list(self.span)
        return d

    @property
    def source_codes(self) -> list[str]:
        return [a.code for a in self.source]

    @property
    def target_codes(self) -> list[str]:
        return [a.code for a in self.target]


@dataclass
class ArticleResult:
    """Everything Tacitus learned from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    n_words: int = 0
    notes: list[str] = field(default_factory=list)
    facts: object = None  # tacitus.extract.facts.Facts: quotes, amounts, themes, tone

    def to_dict(self) -> dict:
        out = {
            "doc_id": self.article.doc_id,
            "title": self.article.title,
            "date": self.article.date,
            "events": [e.to_dict() for e in self.events],
            "actors": [a.to_dict() | {"span": [a.start, a.end]} for a in self.actors],
            "n_words": self.n_words,
            "notes": self.notes,
        }
        if self.facts is not None:
            out.update(self.facts.to_dict())
        return out
