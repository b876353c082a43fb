"""DuckDB store: one transaction per batch, Arrow inserts, parameterised queries only."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Iterable

from tacitus.errors import StoreError
from tacitus.model import ArticleResult
from tacitus.tables import resource_path

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
EVENT_COLUMNS = (
    "event_id", "doc_id", "date", "event", "mode", "context", "cameo", "goldstein", "quad_class",
    "source_json", "target_json", "location_json", "sentence", "span_start", "span_end", "trigger",
    "confidence", "modality", "date_text",
)


def _duckdb():
    import duckdb

    return duckdb


def open_store(path: str | os.PathLike | None = None, *, read_only: bool = False) -> "Store":
    """Open (and create when writable) a Tacitus database file."""
    from tacitus.config import Settings

    path = str(path or Settings.from_env().db)
    return Store(path, read_only=read_only)


class Store:
    def __init__(self, path: str, *, read_only: bool = False):
        duckdb = _duckdb()
        self.path = path
        p = Path(path)
        if read_only and not p.exists():
            raise StoreError(f"{path}: no such database; run 'tacitus ingest ... --db {path}' first")
        if not read_only:
            if p.exists() and p.is_dir():
                raise StoreError(f"{path}: is a folder, not a database file")
            parent = p.parent if str(p.parent) else Path(".")
            if not parent.exists():
                raise StoreError(f"{path}: folder {parent} does not exist")
            if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
                raise StoreError(f"{path}: permission denied (cannot write the database here)")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: database is in use by another process; wait for it to finish or use another --db") from None
            raise StoreError(f"{path}: cannot open database ({msg.splitlines()[0]})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a Tacitus database or corrupted ({str(exc).splitlines()[0]})") from None
        if not read_only:
            self._init_schema()
        elif not self._has_table("articles"):
            raise StoreError(f"{path}: not a Tacitus database (no articles table)")

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchone()
        return bool(row and row[0])

    def _init_schema(self) -> None:
        sql = resource_path("tacitus.store", "schema.sql").read_text("utf-8")
        try:
            self.con.execute("BEGIN")
            self.con.execute(sql)
            self.con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [SCHEMA_VERSION]
            )
            self.con.execute("COMMIT")
        except _duckdb().Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot create tables ({str(exc).splitlines()[0]})") from None

    # -- writes --------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(set(hashes))
        if not hashes:
            return set()
        rows = self.con.execute(
            "SELECT content_hash FROM articles WHERE list_contains(?, content_hash)", [hashes]
        ).fetchall()
        return {r[0] for r in rows}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT doc_id FROM articles WHERE list_contains(?, doc_id)", [ids]).fetchall()
        return {r[0] for r in rows}

    def write(self, results: list[ArticleResult]) -> dict:
        """Store a batch in one transaction. Returns counts: stored, duplicate, id_conflict, events."""
        import pyarrow as pa

        counts = {"stored": 0, "duplicate": 0, "id_conflict": 0, "events": 0}
        if not results:
            return counts
        existing = self.known_hashes(r.article.hash for r in results)
        taken_ids = self.known_ids(r.article.doc_id for r in results)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        arts, ments, evs = [], [], []
        batch_hashes, batch_ids = set(), set()
        for r in results:
            a = r.article
            h = a.hash
            if h in existing or h in batch_hashes:
                counts["duplicate"] += 1
                continue
            if a.doc_id in taken_ids or a.doc_id in batch_ids:
                counts["id_conflict"] += 1
                continue
            batch_hashes.add(h)
            batch_ids.add(a.doc_id)
            arts.append({
                "doc_id": a.doc_id, "content_hash": h, "title": a.title, "date": _date(a.date),
                "date_source": a.date_source, "url": a.url, "source": a.source, "path": a.path,
                "n_words": r.n_words, "n_events": len(r.events), "text": a.text, "ingested_at": now,
            })
            for m in r.actors:
                ments.append({
                    "doc_id": a.doc_id, "start": m.start, "end": m.end, "text": m.text, "name": m.name,
                    "code": m.code, "country": m.country, "sector": m.sector, "kind": m.kind,
                })
            for e in r.events:
                evs.append({
                    "event_id": e.event_id, "doc_id": e.doc_id, "date": _date(e.date), "event": e.event,
                    "mode": e.mode, "context": list(e.context), "cameo": e.cameo, "goldstein": e.goldstein,
                    "quad_class": e.quad_class, "source_codes": e.source_codes, "target_codes": e.target_codes,
                    "source_json": json.dumps([x.to_dict() for x in e.source]),
                    "target_json": json.dumps([x.to_dict() for x in e.target]),
                    "location_json": json.dumps(e.location) if e.location else None,
                    "sentence": e.sentence, "span_start": e.span[0], "span_end": e.span[1],
                    "trigger": e.trigger, "confidence": e.confidence, "modality": e.modality,
                    "date_text": e.date_text,
                })
        if not arts:
            return counts
        duckdb = _duckdb()
        try:
            self.con.execute("BEGIN")
            self._insert("articles", pa.Table.from_pylist(arts, schema=_ARTICLE_SCHEMA()))
            if ments:
                self._insert("actor_mentions", pa.Table.from_pylist(ments, schema=_MENTION_SCHEMA()))
            if evs:
                self._insert("events", pa.Table.from_pylist(evs, schema=_EVENT_SCHEMA()))
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError(f"{self.path}: write failed, batch rolled back ({str(exc).splitlines()[0]})") from None
        counts["stored"] = len(arts)
        counts["events"] = len(evs)
        return counts

    def _insert(self, table: str, arrow_table) -> None:
        self.con.register("_batch", arrow_table)
        try:
            cols = ", ".join(f'"{c}"' for c in arrow_table.column_names)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            self.con.unregister("_batch")

    # -- queries -------------------------------------------------------------------------
    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        event: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict]:
        """Stored events as contract dicts; actor codes match by prefix (RUS matches RUSGOV)."""
        where, params = [], []
        if source:
            where.append("len(list_filter(source_codes, lambda c: starts_with(c, ?))) > 0")
            params.append(source.upper())
        if target:
            where.append("len(list_filter(target_codes, lambda c: starts_with(c, ?))) > 0")
            params.append(target.upper())
        if event:
            where.append("event = ?")
            params.append(event.upper())
        if since:
            where.append("date >= CAST(? AS DATE)")
            params.append(since)
        if until:
            where.append("date <= CAST(? AS DATE)")
            params.append(until)
        if doc_id:
            where.append("doc_id = ?")
            params.append(doc_id)
        sql = "SELECT " + ", ".join(EVENT_COLUMNS) + " FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date, doc_id, span_start, event_id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        try:
            rows = self.con.execute(sql, params).fetchall()
        except _duckdb().Error as exc:
            raise StoreError(f"{self.path}: query failed ({str(exc).splitlines()[0]})") from None
        return [_event_dict(dict(zip(EVENT_COLUMNS, row))) for row in rows]

    def summary(self, *, top: int = 10) -> dict:
        con = self.con
        n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        by_type = con.execute(
            "SELECT event, count(*) AS n FROM events GROUP BY event ORDER BY n DESC, event"
        ).fetchall()
        pairs = con.execute(
            """
            SELECT s.code AS src, t.code AS tgt, count(*) AS n, round(avg(goldstein), 2) AS g
            FROM (SELECT event_id, goldstein, unnest(source_codes) AS code, target_codes FROM events) s,
                 LATERAL (SELECT unnest(s.target_codes) AS code) t
            GROUP BY src, tgt ORDER BY n DESC, src, tgt LIMIT ?
            """,
            [top],
        ).fetchall()
        dates = con.execute("SELECT min(date), max(date) FROM events").fetchone()
        return {
            "articles": n_articles,
            "events": n_events,
            "by_type": [{"event": e, "count": n} for e, n in by_type],
            "top_pairs": [{"source": s, "target": t, "count": n, "goldstein_mean": g} for s, t, n, g in pairs],
            "first_date": dates[0].isoformat() if dates[0] else None,
            "last_date": dates[1].isoformat() if dates[1] else None,
        }

    def counts(self) -> dict:
        c = self.con
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": c.execute("SELECT count(*) FROM events").fetchone()[0],
            "actor_mentions": c.execute("SELECT count(*) FROM actor_mentions").fetchone()[0],
        }


def _date(value):
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _event_dict(row: dict) -> dict:
    return {
        "event_id": row["event_id"],
        "doc_id": row["doc_id"],
        "date": row["date"].isoformat() if row["date"] else None,
        "event": row["event"],
        "mode": row["mode"],
        "context": list(row["context"] or []),
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "source": json.loads(row["source_json"] or "[]"),
        "target": json.loads(row["target_json"] or "[]"),
        "location": json.loads(row["location_json"]) if row["location_json"] else None,
        "sentence": row["sentence"],
        "span": [row["span_start"], row["span_end"]],
        "trigger": row["trigger"],
        "confidence": row["confidence"],
        "modality": row["modality"],
        "date_text": row["date_text"],
    }


def _ARTICLE_SCHEMA():
    import pyarrow as pa

    return pa.schema([
        ("doc_id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()), ("date", pa.date32()),
        ("date_source", pa.string()), ("url", pa.string()), ("source", pa.string()), ("path", pa.string()),
        ("n_words", pa.int32()), ("n_events", pa.int32()), ("text", pa.string()), ("ingested_at", pa.timestamp("us")),
    ])


def _MENTION_SCHEMA():
    import pyarrow as pa

    return pa.schema([
        ("doc_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
        ("name", pa.string()), ("code", pa.string()), ("country", pa.string()), ("sector", pa.string()),
        ("kind", pa.string()),
    ])


def _EVENT_SCHEMA():
    import pyarrow as pa

    return pa.schema([
        ("event_id", pa.string()), ("doc_id", pa.string()), ("date", pa.date32()), ("event", pa.string()),
        ("mode", pa.string()), ("context", pa.list_(pa.string())), ("cameo", pa.string()),
        ("goldstein", pa.float64()), ("quad_class", pa.int8()), ("source_codes", pa.list_(pa.string())),
        ("target_codes", pa.list_(pa.string())), ("source_json", pa.string()), ("target_json", pa.string()),
        ("location_json", pa.string()), ("sentence", pa.string()), ("span_start", pa.int32()),
        ("span_end", pa.int32()), ("trigger", pa.string()), ("confidence", pa.float64()),
        ("modality", pa.string()), ("date_text", pa.string()),
    ])
