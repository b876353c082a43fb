"""The record types that flow from reader to store. Plain dataclasses, JSON-ready via to_dict().

`ArticleResult.to_dict(full=True)` is the complete record (article text and every field the
store writes) and `ArticleResult.from_dict` rebuilds the same objects from it, so a result can
travel through JSON or Parquet (the Ray engine) and still be stored by `Store.write`.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields


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

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})


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

    def to_dict(self, *, full: bool = False) -> dict:
        out = {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }
        if full:
            out.update(start=self.start, end=self.end, kind=self.kind)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> "Actor":
        return cls(**{f.name: d[f.name] for f in fields(cls) if f.name in d})

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
    # "dateline" when no place was named in the clause and the location is where the story was
    # filed; not part of the output contract (kept only in full records, for the store)
    location_from: str | None = None

    def to_dict(self, *, full: bool = False) -> dict:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        if not full:
            d.pop("location_from")
        d["context"] = list(self.context)
        d["location"] = dict(self.location) if self.location else self.location
        d["source"] = [a.to_dict(full=full) for a in self.source]
        d["target"] = [a.to_dict(full=full) for a in self.target]
        d["span"] = list(self.span)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Event":
        values = {f.name: d[f.name] for f in fields(cls) if f.name in d}
        values["source"] = [Actor.from_dict(a) for a in d.get("source") or []]
        values["target"] = [Actor.from_dict(a) for a in d.get("target") or []]
        values["span"] = tuple(d["span"])
        values["context"] = list(d.get("context") or [])
        return cls(**values)

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

    def to_dict(self, *, full: bool = False) -> dict:
        """The article's record as printed by `tacitus code --facts`; with `full`, everything
        needed to rebuild this object with `from_dict` (article text and fields, actor offsets
        and kinds, per-sentence tone)."""
        if full:
            return {
                "article": self.article.to_dict(),
                "events": [e.to_dict(full=True) for e in self.events],
                "actors": [a.to_dict(full=True) for a in self.actors],
                "n_words": self.n_words,
                "notes": list(self.notes),
                "facts": self.facts.to_dict(full=True) if self.facts is not None else None,
            }
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

    @classmethod
    def from_dict(cls, d: dict) -> "ArticleResult":
        """Rebuild a result from `to_dict(full=True)`; a dict without the article is an error."""
        if not isinstance(d, dict) or not isinstance(d.get("article"), dict):
            raise ValueError("not a full article record (no 'article' object); write it with to_dict(full=True)")
        facts = None
        if d.get("facts") is not None:
            from tacitus.extract.facts import Facts  # extract depends on model, not the reverse

            facts = Facts.from_dict(d["facts"])
        return cls(
            article=Article.from_dict(d["article"]),
            events=[Event.from_dict(e) for e in d.get("events") or []],
            actors=[Actor.from_dict(a) for a in d.get("actors") or []],
            n_words=d.get("n_words", 0),
            notes=list(d.get("notes") or []),
            facts=facts,
        )
