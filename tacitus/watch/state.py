"""The watcher's memory, kept in the store (tables `sources` and `source_items`, schema.sql).

All of the watcher's SQL lives here, so a change of the store's layout touches one module.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from tacitus.watch.sources import Source

DONE = ("new", "duplicate")  # an item in one of these states is never fetched or coded again


@dataclass
class SourceRow:
    source_id: str
    kind: str
    location: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    cursor: str | None = None
    last_attempt: dt.datetime | None = None
    last_success: dt.datetime | None = None
    last_error: str | None = None
    last_error_at: dt.datetime | None = None
    errors: int = 0
    items: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        for k, v in out.items():
            if isinstance(v, dt.datetime):
                out[k] = v.isoformat(timespec="seconds")
        return out


@dataclass
class ItemOutcome:
    source_id: str
    key: str
    status: str  # new | duplicate | failed
    url: str | None = None
    version: str | None = None
    doc_id: str | None = None
    error: str | None = None
    events: int = 0


_SOURCE_COLUMNS = tuple(SourceRow.__dataclass_fields__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class WatchState:
    """Reads and writes the watcher's tables through the store's connection."""

    def __init__(self, store):
        self.store = store
        self.con = store.con

    # -- sources ---------------------------------------------------------------------------
    def ensure(self, sources: Iterable[Source]) -> None:
        for s in sources:
            self.con.execute(
                "INSERT INTO sources (source_id, kind, location) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [s.source_id, s.kind, s.location],
            )

    def source(self, source_id: str) -> SourceRow | None:
        row = self.con.execute(
            f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM sources WHERE source_id = ?", [source_id]
        ).fetchone()
        return SourceRow(*row) if row else None

    def all_sources(self) -> list[SourceRow]:
        rows = self.con.execute(f"SELECT {', '.join(_SOURCE_COLUMNS)} FROM sources ORDER BY source_id").fetchall()
        return [SourceRow(*r) for r in rows]

    def record_success(self, source_id: str, *, title=None, etag=None, last_modified=None, cursor=None,
                       save_validators: bool = True) -> None:
        now = _now()
        if save_validators:
            self.con.execute(
                "UPDATE sources SET etag = ?, last_modified = ? WHERE source_id = ?",
                [etag, last_modified, source_id],
            )
        self.con.execute(
            "UPDATE sources SET title = coalesce(?, title), cursor = coalesce(?, cursor), "
            "last_attempt = ?, last_success = ? WHERE source_id = ?",
            [title, cursor, now, now, source_id],
        )

    def record_error(self, source_id: str, message: str) -> None:
        now = _now()
        self.con.execute(
            "UPDATE sources SET last_attempt = ?, last_error = ?, last_error_at = ?, errors = errors + 1 "
            "WHERE source_id = ?",
            [now, message[:1000], now, source_id],
        )

    # -- items -----------------------------------------------------------------------------
    def item_states(self, source_id: str) -> dict[str, tuple[str, str | None, int]]:
        """key -> (status, version, attempts) for every item this source has seen."""
        rows = self.con.execute(
            "SELECT item_key, status, version, attempts FROM source_items WHERE source_id = ?", [source_id]
        ).fetchall()
        return {k: (s, v, a) for k, s, v, a in rows}

    def done_elsewhere(self, keys: Iterable[str], urls: Iterable[str]) -> dict[str, str | None]:
        """Feed items already stored or found duplicate through any source, by guid or URL:
        key-or-url -> doc_id."""
        keys, urls = list(set(keys)), list({u for u in urls if u})
        if not keys and not urls:
            return {}
        rows = self.con.execute(
            "SELECT item_key, url, doc_id FROM source_items WHERE status IN ('new', 'duplicate') "
            "AND (list_contains(?, item_key) OR list_contains(?, url))",
            [keys, urls],
        ).fetchall()
        out: dict[str, str | None] = {}
        for key, url, doc_id in rows:
            out[key] = doc_id
            if url:
                out[url] = doc_id
        return out

    def stored_docs(self, hashes: Iterable[str]) -> dict[str, tuple[str, int]]:
        """content hash -> (doc_id, event reports) of the first article stored with that text."""
        hashes = list(set(hashes))
        if not hashes:
            return {}
        rows = self.con.execute(
            "SELECT content_hash, first(doc_id ORDER BY ingested_at, doc_id), "
            "first(coalesce(n_events, 0) ORDER BY ingested_at, doc_id) "
            "FROM articles WHERE list_contains(?, content_hash) GROUP BY content_hash",
            [hashes],
        ).fetchall()
        return {h: (d, n) for h, d, n in rows}

    def stored_ids(self, doc_ids: Iterable[str]) -> dict[str, int]:
        """doc_id -> event reports, for the given articles that are stored."""
        ids = list(set(doc_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, coalesce(n_events, 0) FROM articles WHERE list_contains(?, doc_id)", [ids]).fetchall()
        return {d: n for d, n in rows}

    def record_items(self, outcomes: list[ItemOutcome]) -> None:
        """Write item outcomes and add them to their sources' counters, in one transaction."""
        if not outcomes:
            return
        now = _now()
        self.con.execute("BEGIN")
        try:
            for o in outcomes:
                self.con.execute(
                    "INSERT INTO source_items (source_id, item_key, url, version, doc_id, status, error, attempts, first_seen, last_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                    "ON CONFLICT (source_id, item_key) DO UPDATE SET url = excluded.url, version = excluded.version, "
                    "doc_id = coalesce(excluded.doc_id, source_items.doc_id), status = excluded.status, "
                    "error = excluded.error, attempts = source_items.attempts + 1, last_seen = excluded.last_seen",
                    [o.source_id, o.key, o.url, o.version, o.doc_id, o.status, o.error, now, now],
                )
            totals: dict[str, list[int]] = {}
            for o in outcomes:
                t = totals.setdefault(o.source_id, [0, 0, 0, 0])
                t[("new", "duplicate", "failed").index(o.status)] += 1
                t[3] += o.events if o.status == "new" else 0
            for source_id, (new, dup, failed, events) in totals.items():
                self.con.execute(
                    "UPDATE sources SET items = items + ?, duplicates = duplicates + ?, failed = failed + ?, "
                    "events = events + ? WHERE source_id = ?",
                    [new, dup, failed, events, source_id],
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
