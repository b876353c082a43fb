"""DuckDB store: one transaction per batch, Arrow inserts, parameterised queries only."""
from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import re
from pathlib import Path
from typing import Iterable

from tacitus.errors import ConfigError, StoreError
from tacitus.model import ArticleResult
from tacitus.tables import resource_path

log = logging.getLogger(__name__)

SCHEMA_VERSION = "2"
EVENT_COLUMNS = (
    "event_id", "doc_id", "date", "event", "mode", "context", "cameo", "goldstein", "quad_class",
    "source_json", "target_json", "location_json", "sentence", "span_start", "span_end", "trigger",
    "confidence", "modality", "date_text", "num_mentions", "num_articles", "num_sources",
)
MENTION_COLUMNS = (
    "mention_id", "event_id", "doc_id", "date", "event", "cameo", "source_json", "target_json", "location_json",
    "sentence", "span_start", "span_end", "trigger", "confidence", "modality", "date_text",
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
        else:
            version = self.schema_version()
            if version != SCHEMA_VERSION:
                self.con.close()
                raise StoreError(f"{path}: schema version {version}, this Tacitus reads {SCHEMA_VERSION}; "
                                 f"run 'tacitus doctor --fix --db {path}' (or any ingest) to upgrade it")

    @classmethod
    def from_connection(cls, con, path: str) -> "Store":
        """A Store over an already open DuckDB connection or cursor (the server's snapshot);
        nothing is created or checked."""
        store = cls.__new__(cls)
        store.path, store.con = path, con
        return store

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
        from tacitus.store.migrate import migrate

        migrate(self.con, self.path)  # an older store is brought up to date first
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

    def schema_version(self) -> str | None:
        if not self._has_table("meta"):
            return None
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row[0] if row else None

    # -- writes --------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> dict[str, str]:
        """content hash -> doc_id of the first-stored article with that text."""
        hashes = list(set(hashes))
        if not hashes:
            return {}
        rows = self.con.execute(
            """SELECT content_hash, coalesce(first(duplicate_of ORDER BY ingested_at, doc_id),
                                             first(doc_id ORDER BY ingested_at, doc_id))
               FROM articles WHERE list_contains(?, content_hash) GROUP BY content_hash""", [hashes]
        ).fetchall()
        return {h: d for h, d in rows}

    def known_ids(self, ids: Iterable[str]) -> dict[str, str]:
        """doc_id -> content hash, for the given ids that are stored."""
        ids = list(set(ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM articles WHERE list_contains(?, doc_id)", [ids]).fetchall()
        return {d: h for d, h in rows}

    def stored(self, articles: Iterable) -> set[str]:
        """doc_ids of the given articles that are stored with the same text (already done)."""
        articles = list(articles)
        known = self.known_ids(a.doc_id for a in articles)
        return {a.doc_id for a in articles if known.get(a.doc_id) == a.hash}

    def write(self, results: list[ArticleResult], *, dedup: str = "near") -> dict:
        """Store a batch in one transaction.

        An article already stored (same id, same text) is counted as `duplicate` and left
        alone; one whose id is taken by another text is an `id_conflict`. With dedup `exact`
        or `near`, an article that reprints a stored one (or one earlier in the batch) is
        stored with `duplicate_of` naming the original, and its reports join the original's
        events. Every report (mention) joins the event it reports or starts a new one (see
        merge.py). Returns counts: stored, duplicate, id_conflict, events (new mentions),
        new_events, exact, near.
        """
        from tacitus.store import dedup as dd

        dd.check_mode(dedup)
        counts = {"stored": 0, "duplicate": 0, "id_conflict": 0, "events": 0, "new_events": 0, "exact": 0, "near": 0}
        if not results:
            return counts
        hashes = self.known_hashes(r.article.hash for r in results) if dedup != "off" else {}
        taken_ids = self.known_ids(r.article.doc_id for r in results)
        near = self._near_index() if dedup == "near" else None
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        arts, ments, mentions, sigs = [], [], [], []
        facts: dict[str, list] = {"quotes": [], "amounts": [], "themes": [], "tone": [], "places": [], "dates": []}
        originals: dict[str, str] = {}
        for r in results:
            a = r.article
            h = a.hash
            if a.doc_id in taken_ids:
                counts["duplicate" if taken_ids[a.doc_id] == h else "id_conflict"] += 1
                continue
            taken_ids[a.doc_id] = h
            match = None
            sig = None
            if dedup != "off" and h in hashes:
                match = dd.Match(original=hashes[h], kind="exact", score=1.0)
            elif near is not None:
                sig = near.signature(a.text)
                match = near.find(sig)
            if match:
                originals[a.doc_id] = match.original
                counts[match.kind] += 1
            hashes.setdefault(h, match.original if match else a.doc_id)
            if near is not None and sig is not None:
                near.add(a.doc_id, sig, match.original if match else None)
                sigs.append({"doc_id": a.doc_id, "minhash": dd.to_blob(sig)})
            _add_rows(r, h, now, arts, ments, mentions, match)
            _add_fact_rows(r, facts)
        new_events, touched = self._assign_events(mentions, originals, now)
        self._insert_batch(arts, ments, mentions, facts, new_events=new_events, touched=touched, sigs=sigs)
        counts["stored"] = len(arts)
        counts["events"] = len(mentions)
        counts["new_events"] = len(new_events)
        return counts

    def _near_index(self):
        """The near-duplicate index over every stored signature, loaded once per Store."""
        from tacitus.store import dedup as dd

        if getattr(self, "_near", None) is None:
            index = dd.NearDuplicates()
            rows = self.con.execute(
                """SELECT s.doc_id, s.minhash, a.duplicate_of FROM signatures s JOIN articles a USING (doc_id)
                   ORDER BY a.ingested_at, s.doc_id""").fetchall()
            for doc_id, blob, original in rows:
                index.add(doc_id, dd.from_blob(blob), original)
            self._near = index
        return self._near

    def _assign_events(self, mentions: list[dict], originals: dict[str, str], now) -> tuple[list[dict], set[str]]:
        """Set each mention's event_id; returns the rows of new events and the ids of stored
        events that gained mentions."""
        from tacitus.store.merge import Candidate, Merger

        if not mentions:
            return [], set()
        cands: dict[str, dict[str, Candidate]] = {}
        for event_id, key, day, loc in self._candidates(mentions):
            cands.setdefault(key, {})[event_id] = Candidate(event_id, day, json.loads(loc) if loc else None)
        merger = Merger({k: list(v.values()) for k, v in cands.items()}, originals)
        if originals:  # every report of the originals, for their reprints to join
            for event_id, key, day, loc, doc_id, sentence, codes in self._query(
                """SELECT e.event_id, e.merge_key, e.date, e.merge_place, m.doc_id, m.sentence,
                          list_concat(m.source_codes, m.target_codes)
                   FROM mentions m JOIN events e USING (event_id) WHERE list_contains(?, m.doc_id)
                   ORDER BY e.event_id, m.span_start""", [sorted(set(originals.values()))]):
                c = cands.setdefault(key, {}).setdefault(event_id, Candidate(event_id, day, json.loads(loc) if loc else None))
                merger.add_report(key, c, doc_id, sentence, codes)
        new_events, touched = [], set()
        for m in mentions:
            event_id, is_new = merger.assign(m)
            m["event_id"] = event_id
            if is_new:
                new_events.append(_new_event_row(m, now))
            else:
                touched.add(event_id)
        new_ids = {e["event_id"] for e in new_events}
        return new_events, touched - new_ids

    def _candidates(self, mentions: list[dict]) -> list[tuple]:
        """(event_id, merge_key, date, merge_place) of the stored events a mention of the batch
        could join: same merge key and a date within the merge window of the mention's date
        (undated events for undated mentions). Events outside every mention's window cannot
        be chosen by the merger, and loading them cost more than everything else a batch does
        once the store spans years (the window used to be the batch's whole date range)."""
        import pyarrow as pa
        from tacitus.store.merge import MAX_DAYS

        pairs = sorted({(m["merge_key"], m["date"]) for m in mentions}, key=lambda p: (p[0], p[1] or dt.date.min))
        batch = pa.table({"merge_key": [p[0] for p in pairs], "date": [p[1] for p in pairs]},
                         schema=pa.schema([("merge_key", pa.string()), ("date", pa.date32())]))
        self.con.register("_batch_keys", batch)
        try:
            return self._query(
                """SELECT DISTINCT e.event_id, e.merge_key, e.date, e.merge_place
                   FROM events e JOIN _batch_keys k ON e.merge_key = k.merge_key
                   WHERE (e.date IS NULL AND k.date IS NULL)
                      OR e.date BETWEEN k.date - CAST(? AS INTEGER) AND k.date + CAST(? AS INTEGER)""",
                [MAX_DAYS, MAX_DAYS])
        finally:
            try:
                self.con.unregister("_batch_keys")
            except _duckdb().Error:
                pass

    def write_external(self, results: list[ArticleResult]) -> dict:
        """Store records that come from another event dataset (GDELT) in one transaction.

        Such a record has no article text, so it is identified by its doc_id (stored as its
        content_hash too); a doc_id or event_id that is already stored is skipped and counted
        as duplicate. Its events are events as they come (one mention each, never merged
        with Tacitus's own). Returns counts: stored, duplicate, events.
        """
        counts = {"stored": 0, "duplicate": 0, "events": 0}
        if not results:
            return counts
        taken_ids = set(self.known_ids(r.article.doc_id for r in results))
        taken_events = self.known_event_ids(e.event_id for r in results for e in r.events)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        arts, ments, mentions = [], [], []
        for r in results:
            doc_id = r.article.doc_id
            if doc_id in taken_ids or any(e.event_id in taken_events for e in r.events):
                counts["duplicate"] += 1
                continue
            taken_ids.add(doc_id)
            taken_events.update(e.event_id for e in r.events)
            _add_rows(r, doc_id, now, arts, ments, mentions, None)
        new_events = []
        for m in mentions:
            m["event_id"] = m["mention_id"]
            m["merge_key"] = "external|" + m["merge_key"]
            new_events.append(_new_event_row(m, now))
        self._insert_batch(arts, ments, mentions, new_events=new_events)
        counts["stored"] = len(arts)
        counts["events"] = len(mentions)
        return counts

    def known_event_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT mention_id FROM mentions WHERE list_contains(?, mention_id)", [ids]).fetchall()
        return {r[0] for r in rows}

    def _insert_batch(self, arts: list[dict], ments: list[dict], mentions: list[dict], facts: dict | None = None, *,
                      new_events: list[dict] = (), touched: set[str] = frozenset(), sigs: list[dict] = ()) -> None:
        """Insert the rows of a batch and update the counts of the events it reports, in one
        transaction (nothing when no article)."""
        import pyarrow as pa

        if not arts:
            return
        duckdb = _duckdb()
        try:
            self.con.execute("BEGIN")
            self._insert("articles", pa.Table.from_pylist(arts, schema=_ARTICLE_SCHEMA()))
            if ments:
                self._insert("actor_mentions", pa.Table.from_pylist(ments, schema=_MENTION_SCHEMA()))
            if mentions:
                self._insert("mentions", pa.Table.from_pylist(mentions, schema=_REPORT_SCHEMA()))
            if new_events:
                self._insert("events", pa.Table.from_pylist(new_events, schema=_EVENT_SCHEMA()))
            if sigs:
                self._insert("signatures", pa.Table.from_pylist(list(sigs), schema=_SIGNATURE_SCHEMA()))
            for table, rows in (facts or {}).items():
                if rows:
                    self._insert(table, pa.Table.from_pylist(rows, schema=_FACT_SCHEMAS()[table]))
            ids = sorted(touched | {e["event_id"] for e in new_events})
            if ids:
                self.con.execute(_UPDATE_COUNTS, [ids])
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            if isinstance(exc, getattr(duckdb, "InterruptException", ())):
                raise KeyboardInterrupt from None  # Ctrl-C during a write: the batch is rolled back
            raise StoreError(f"{self.path}: write failed, batch rolled back ({str(exc).splitlines()[0]})") from None

    def _insert(self, table: str, arrow_table) -> None:
        self.con.register("_batch", arrow_table)
        try:
            cols = ", ".join(f'"{c}"' for c in arrow_table.column_names)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            try:
                self.con.unregister("_batch")
            except _duckdb().Error:
                pass  # an aborted transaction: the insert's own error is the one to report

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
        where, params = event_filters(source=source, target=target, event=event, since=since, until=until)
        if doc_id:
            where.append("event_id IN (SELECT event_id FROM mentions WHERE doc_id = ?)")
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
            raise self._query_error(exc) from None
        return [_event_dict(dict(zip(EVENT_COLUMNS, row))) for row in rows]

    def mentions(self, *, event_id: str | None = None, doc_id: str | None = None, limit: int | None = None) -> list[dict]:
        """The reports (mentions) of an event or in an article, each with its article's title,
        outlet, url and date, and the sentence, offsets, trigger and confidence of the report."""
        where, params = [], []
        if event_id:
            where.append("m.event_id = ?")
            params.append(event_id)
        if doc_id:
            where.append("m.doc_id = ?")
            params.append(doc_id)
        sql = f"""SELECT {', '.join('m.' + c for c in MENTION_COLUMNS)}, a.title, a.source AS outlet, a.url,
                         a.date AS article_date, a.duplicate_of
                  FROM mentions m LEFT JOIN articles a USING (doc_id)
                  {'WHERE ' + ' AND '.join(where) if where else ''}
                  ORDER BY a.ingested_at, m.doc_id, m.span_start, m.mention_id"""
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        keys = MENTION_COLUMNS + ("title", "outlet", "url", "article_date", "duplicate_of")
        out = []
        for row in self._query(sql, params):
            d = dict(zip(keys, row))
            for k in ("date", "article_date"):
                d[k] = d[k].isoformat() if d[k] else None
            for k in ("source_json", "target_json", "location_json"):
                d[k.removesuffix("_json")] = json.loads(d.pop(k)) if d[k] else ([] if k != "location_json" else None)
            d["span"] = [d.pop("span_start"), d.pop("span_end")]
            out.append(d)
        return out

    def duplicates(self, *, kind: str | None = None, limit: int | None = None):
        """Articles stored as duplicates, with the original they reprint (pandas DataFrame)."""
        where, params = ["d.duplicate_of IS NOT NULL"], []
        if kind:
            where.append("d.dup_kind = ?")
            params.append(kind)
        sql = f"""SELECT d.doc_id, d.dup_kind AS kind, d.dup_score AS score, d.duplicate_of AS original,
                         d.source AS outlet, o.source AS original_outlet, d.title, o.title AS original_title,
                         CAST(d.date AS VARCHAR) AS date
                  FROM articles d LEFT JOIN articles o ON o.doc_id = d.duplicate_of
                  WHERE {' AND '.join(where)} ORDER BY d.ingested_at, d.doc_id"""
        return self._frame(sql, params, limit)

    def summary(self, *, top: int = 10) -> dict:
        con = self.con
        n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        n_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
        n_dups = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
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
            "mentions": n_mentions,
            "duplicate_articles": n_dups,
            "by_type": [{"event": e, "count": n} for e, n in by_type],
            "top_pairs": [{"source": s, "target": t, "count": n, "goldstein_mean": g} for s, t, n, g in pairs],
            "first_date": dates[0].isoformat() if dates[0] else None,
            "last_date": dates[1].isoformat() if dates[1] else None,
        }

    def counts(self) -> dict:
        c = self.con
        return {
            "articles": c.execute("SELECT count(*) FROM articles").fetchone()[0],
            "duplicates": c.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "events": c.execute("SELECT count(*) FROM events").fetchone()[0],
            "mentions": c.execute("SELECT count(*) FROM mentions").fetchone()[0],
            "actor_mentions": c.execute("SELECT count(*) FROM actor_mentions").fetchone()[0],
        }


    def _query_error(self, exc) -> StoreError:
        """A one-line error for a failed query; a table an older Tacitus did not write gets a fix."""
        first = str(exc).splitlines()[0]
        missing = re.search(r"Table with name (\w+) does not exist", first)
        if missing:
            return StoreError(f"{self.path}: this store has no {missing.group(1)} table (written by an older "
                              f"Tacitus); run 'tacitus doctor --fix --db {self.path}' once to add the missing tables (articles "
                              f"stored before then have no rows in them)")
        return StoreError(f"{self.path}: query failed ({first})")

    # -- analysis and export queries ------------------------------------------------------
    def _query(self, sql: str, params: list) -> list[tuple]:
        try:
            return self.con.execute(sql, params).fetchall()
        except _duckdb().Error as exc:
            raise self._query_error(exc) from None

    # -- article facts -------------------------------------------------------------------
    def quotes(self, *, speaker: str | None = None, doc_id: str | None = None, limit: int | None = None):
        """Stored quotes (pandas DataFrame), optionally by speaker code prefix or article."""
        where, params = ["TRUE"], []
        if speaker:
            where.append("starts_with(q.speaker_code, ?)")
            params.append(speaker.upper())
        if doc_id:
            where.append("q.doc_id = ?")
            params.append(doc_id)
        sql = f"""SELECT q.doc_id, CAST(a.date AS VARCHAR) AS date, q.speaker_code, q.speaker_name, q.verb, q.text, q.start, q."end"
                  FROM quotes q LEFT JOIN articles a USING (doc_id) WHERE {' AND '.join(where)}
                  ORDER BY a.date, q.doc_id, q.start"""
        return self._frame(sql, params, limit)

    def amounts(self, *, unit: str | None = None, kind: str | None = None, doc_id: str | None = None,
                limit: int | None = None):
        """Stored amounts (pandas DataFrame), optionally by unit, kind or article."""
        where, params = ["TRUE"], []
        for column, value in (("m.unit", unit), ("m.kind", kind), ("m.doc_id", doc_id)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"""SELECT m.doc_id, CAST(a.date AS VARCHAR) AS date, m.value, m.unit, m.counted, m.rate, m.kind, m.text, m.start, m."end"
                  FROM amounts m LEFT JOIN articles a USING (doc_id) WHERE {' AND '.join(where)}
                  ORDER BY a.date, m.doc_id, m.start"""
        return self._frame(sql, params, limit)

    def places(self, *, country: str | None = None, doc_id: str | None = None, feature: str | None = None,
               limit: int | None = None):
        """Stored places (pandas DataFrame): every toponym with its GeoNames id, coordinates,
        country and offsets, optionally by country (ISO3), article or feature."""
        where, params = ["TRUE"], []
        for column, value in (("p.country", country.upper() if country else None), ("p.doc_id", doc_id),
                              ("p.feature", feature)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"""SELECT p.doc_id, CAST(a.date AS VARCHAR) AS date, p.text, p.name, p.feature, p.geonameid, p.lat, p.lon,
                         p.country, p.city, p.city_geonameid, p.dateline, p.start, p."end"
                  FROM places p LEFT JOIN articles a USING (doc_id) WHERE {' AND '.join(where)}
                  ORDER BY a.date, p.doc_id, p.start"""
        return self._frame(sql, params, limit)

    def dates(self, *, doc_id: str | None = None, kind: str | None = None, limit: int | None = None):
        """Stored temporal expressions (pandas DataFrame) resolved to a day or range, with the
        reports (mention_ids) of their clause and the merged events those belong to (event_ids),
        optionally by article or kind (explicit | relative)."""
        where, params = ["TRUE"], []
        for column, value in (("d.doc_id", doc_id), ("d.kind", kind)):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        sql = f"""SELECT d.doc_id, CAST(a.date AS VARCHAR) AS date, d.text, CAST(d.date_start AS VARCHAR) AS date_start,
                         CAST(d.date_end AS VARCHAR) AS date_end, d.granularity, d.kind,
                         (SELECT list(DISTINCT m.event_id ORDER BY m.event_id) FROM mentions m
                          WHERE list_contains(d.mention_ids, m.mention_id)) AS event_ids,
                         d.mention_ids, d.start, d."end"
                  FROM dates d LEFT JOIN articles a USING (doc_id) WHERE {' AND '.join(where)}
                  ORDER BY a.date, d.doc_id, d.start"""
        return self._frame(sql, params, limit)

    def entities(self, *, kind: str | None = None, code: str | None = None, limit: int | None = None):
        """Named entities (persons, organisations, countries, agents) with their actor code,
        mention and article counts, first and last article dates (pandas DataFrame).

        Pronouns resolved to an entity ("he" -> Vladimir Putin) count among that entity's
        mentions (`pronoun_mentions` says how many); the entity's kind is that of its named
        mentions."""
        where, params = ["name IS NOT NULL"], []
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if code:
            where.append("starts_with(code, ?)")
            params.append(code.upper())
        sql = f"""WITH m AS (
                      SELECT m.*, coalesce(
                          CASE WHEN m.kind = 'pronoun' THEN
                              (SELECT any_value(n.kind) FROM actor_mentions n WHERE n.name = m.name AND n.code = m.code
                               AND n.kind <> 'pronoun') END, m.kind) AS entity_kind
                      FROM actor_mentions m),
                  e AS (
                      SELECT name, code, entity_kind AS kind, count(*) AS mentions,
                             count(*) FILTER (WHERE m.kind = 'pronoun') AS pronoun_mentions,
                             count(DISTINCT m.doc_id) AS articles,
                             CAST(min(a.date) AS VARCHAR) AS first_date, CAST(max(a.date) AS VARCHAR) AS last_date
                      FROM m LEFT JOIN articles a USING (doc_id)
                      GROUP BY name, code, entity_kind)
                  SELECT * FROM e WHERE {' AND '.join(where)} ORDER BY mentions DESC, name, code"""
        return self._frame(sql, params, limit)

    def entity_mentions(self, *, name: str | None = None, code: str | None = None, doc_id: str | None = None,
                        limit: int | None = None):
        """Every mention of the entities (pandas DataFrame): article, offsets, the text as written
        (a name, a title or a pronoun), the canonical name, actor code and kind, in text order."""
        where, params = ["m.name IS NOT NULL"], []
        if name:
            where.append("lower(m.name) = lower(?)")
            params.append(name)
        if code:
            where.append("starts_with(m.code, ?)")
            params.append(code.upper())
        if doc_id:
            where.append("m.doc_id = ?")
            params.append(doc_id)
        sql = f"""SELECT m.doc_id, CAST(a.date AS VARCHAR) AS date, m.start, m."end", m.text, m.name, m.code, m.kind
                  FROM actor_mentions m LEFT JOIN articles a USING (doc_id) WHERE {' AND '.join(where)}
                  ORDER BY a.date, m.doc_id, m.start"""
        return self._frame(sql, params, limit)

    def _frame(self, sql: str, params: list, limit: int | None):
        if limit is not None:
            sql += " LIMIT ?"
            params = params + [int(limit)]
        try:
            return self.con.cursor().execute(sql, params).df()
        except _duckdb().Error as exc:
            raise self._query_error(exc) from None

    def directed_events(self, a: str, b: str, *, since: str | None = None, until: str | None = None) -> list[tuple]:
        """(date, direction, quad_class, goldstein, event) for every event from A to B
        (direction "AB") and from B to A ("BA"); codes match by prefix as in :meth:`events`."""
        where, params = _date_range(since, until)
        cond = " AND ".join(where) if where else "TRUE"
        sql = f"""
            WITH e AS (
                SELECT date, quad_class, goldstein, event,
                       len(list_filter(source_codes, lambda c: starts_with(c, ?))) > 0 AS src_a,
                       len(list_filter(target_codes, lambda c: starts_with(c, ?))) > 0 AS tgt_b,
                       len(list_filter(source_codes, lambda c: starts_with(c, ?))) > 0 AS src_b,
                       len(list_filter(target_codes, lambda c: starts_with(c, ?))) > 0 AS tgt_a
                FROM events WHERE {cond})
            SELECT date, 'AB', quad_class, goldstein, event FROM e WHERE src_a AND tgt_b
            UNION ALL
            SELECT date, 'BA', quad_class, goldstein, event FROM e WHERE src_b AND tgt_a
            ORDER BY 1, 2"""
        a, b = a.upper(), b.upper()
        return self._query(sql, [a, b, b, a, *params])

    def pair_counts(self, *, since: str | None = None, until: str | None = None) -> list[dict]:
        """Per (source code, target code): distinct events and mean Goldstein, most frequent first."""
        where, params = _date_range(since, until)
        cond = " AND ".join(where) if where else "TRUE"
        sql = f"""
            WITH f AS (SELECT event_id, goldstein, list_distinct(source_codes) AS s,
                              list_distinct(target_codes) AS t FROM events WHERE {cond}),
                 p AS (SELECT event_id, goldstein, unnest(s) AS src, t FROM f),
                 q AS (SELECT event_id, goldstein, src, unnest(t) AS tgt FROM p)
            SELECT src, tgt, count(*) AS n, avg(goldstein) AS g FROM q
            GROUP BY src, tgt ORDER BY n DESC, src, tgt"""
        rows = self._query(sql, params)
        return [{"source": s, "target": t, "count": n, "goldstein_mean": g} for s, t, n, g in rows]

    def actor_event_counts(self, *, since: str | None = None, until: str | None = None) -> list[dict]:
        """Per actor code: events in which it is a source and events in which it is a target."""
        where, params = _date_range(since, until)
        cond = " AND ".join(where) if where else "TRUE"
        sql = f"""
            SELECT code, sum(s)::BIGINT, sum(t)::BIGINT FROM (
                SELECT unnest(list_distinct(source_codes)) AS code, 1 AS s, 0 AS t FROM events WHERE {cond}
                UNION ALL
                SELECT unnest(list_distinct(target_codes)) AS code, 0 AS s, 1 AS t FROM events WHERE {cond})
            GROUP BY code ORDER BY code"""
        rows = self._query(sql, params + params)
        return [{"code": c, "as_source": s, "as_target": t} for c, s, t in rows]

    def actor_stats(self) -> list[dict]:
        """Every actor code seen in mentions or events: name, mentions, articles, events as
        source and as target, first and last date (article dates of mentions, event dates)."""
        sql = """
            WITH m_names AS (
                SELECT code, first(name ORDER BY n DESC, name) AS name FROM (
                    SELECT code, name, count(*) AS n FROM actor_mentions GROUP BY code, name) GROUP BY code),
            m AS (
                SELECT m.code, any_value(mn.name) AS name, count(*) AS mentions, count(DISTINCT m.doc_id) AS articles,
                       min(a.date) AS first_date, max(a.date) AS last_date
                FROM actor_mentions m LEFT JOIN articles a USING (doc_id) LEFT JOIN m_names mn ON mn.code = m.code
                WHERE m.code IS NOT NULL AND m.code <> '' GROUP BY m.code),
            roles AS (
                SELECT event_id, date, 's' AS role, unnest(from_json(source_json, '[{"code":"VARCHAR","name":"VARCHAR"}]')) AS a FROM events
                UNION ALL
                SELECT event_id, date, 't' AS role, unnest(from_json(target_json, '[{"code":"VARCHAR","name":"VARCHAR"}]')) AS a FROM events),
            e_names AS (
                SELECT code, first(name ORDER BY n DESC, name) AS name FROM (
                    SELECT a.code AS code, a.name AS name, count(*) AS n FROM roles GROUP BY 1, 2) GROUP BY code),
            e AS (
                SELECT a.code AS code, any_value(en.name) AS name,
                       count(DISTINCT event_id) FILTER (WHERE role = 's') AS as_source,
                       count(DISTINCT event_id) FILTER (WHERE role = 't') AS as_target,
                       min(date) AS first_date, max(date) AS last_date
                FROM roles LEFT JOIN e_names en ON en.code = roles.a.code
                WHERE a.code IS NOT NULL AND a.code <> '' GROUP BY a.code)
            SELECT coalesce(m.code, e.code) AS code, coalesce(m.name, e.name) AS name,
                   coalesce(m.mentions, 0), coalesce(m.articles, 0),
                   coalesce(e.as_source, 0), coalesce(e.as_target, 0),
                   least(m.first_date, e.first_date), greatest(m.last_date, e.last_date)
            FROM m FULL OUTER JOIN e ON m.code = e.code
            ORDER BY coalesce(e.as_source, 0) + coalesce(e.as_target, 0) DESC, coalesce(m.mentions, 0) DESC, 1"""
        keys = ("code", "name", "mentions", "articles", "events_as_source", "events_as_target", "first_date", "last_date")
        out = []
        for row in self._query(sql, []):
            d = dict(zip(keys, row))
            for k in ("first_date", "last_date"):
                d[k] = d[k].isoformat() if d[k] else None
            out.append(d)
        return out

    def events_table(self, *, since: str | None = None, until: str | None = None):
        """The stored event rows (all columns of the events table) as a pyarrow Table."""
        where, params = _date_range(since, until)
        sql = "SELECT * FROM events" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date, doc_id, span_start, event_id"
        return self._arrow(sql, params)

    def mentions_table(self, *, since: str | None = None, until: str | None = None):
        """The stored reports (all columns of the mentions table) as a pyarrow Table."""
        where, params = _date_range(since, until)
        sql = "SELECT * FROM mentions" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY date, doc_id, span_start, mention_id"
        return self._arrow(sql, params)

    def articles_table(self, *, since: str | None = None, until: str | None = None):
        """Article rows as a pyarrow Table: those dated in the range or with an event in it."""
        where, params = _date_range(since, until)
        sql = "SELECT * FROM articles"
        if where:
            cond = " AND ".join(where)
            sql += f" WHERE ({cond}) OR doc_id IN (SELECT doc_id FROM mentions WHERE {cond})"
            params = params + params
        return self._arrow(sql + " ORDER BY date, doc_id", params)

    def _arrow(self, sql: str, params: list):
        try:
            cur = self.con.cursor()  # a fresh cursor: no unfinished result of another query in the way
            try:
                return cur.sql(sql, params=params).to_arrow_table()
            finally:
                cur.close()
        except _duckdb().Error as exc:
            raise self._query_error(exc) from None

    def article_info(self, doc_ids: Iterable[str]) -> dict[str, dict]:
        """doc_id -> title, date, url, source, ingested_at and lead_end (end offset of the
        first paragraph of the text; None when the record has no text)."""
        ids = list(set(doc_ids))
        if not ids:
            return {}
        sql = """
            SELECT doc_id, title, date, url, source, ingested_at,
                   CASE WHEN text IS NULL OR text = '' THEN NULL
                        WHEN instr(text, chr(10)) = 0 THEN length(text)
                        ELSE instr(text, chr(10)) - 1 END
            FROM articles WHERE list_contains(?, doc_id)"""
        keys = ("doc_id", "title", "date", "url", "source", "ingested_at", "lead_end")
        return {row[0]: dict(zip(keys, row)) for row in self._query(sql, [ids])}


def _add_rows(r: ArticleResult, content_hash: str, now, arts: list, ments: list, mentions: list, match) -> None:
    """Append the article, actor-mention and event-mention rows of one result (columns as in
    schema.sql); `match` says which stored article this one duplicates, if any."""
    from tacitus.store.merge import merge_key

    a = r.article
    arts.append({
        "doc_id": a.doc_id, "content_hash": content_hash, "title": a.title, "date": _date(a.date),
        "date_source": a.date_source, "url": a.url, "source": a.source, "path": a.path,
        "n_words": r.n_words, "n_events": len(r.events), "text": a.text, "ingested_at": now,
        "duplicate_of": match.original if match else None, "dup_kind": match.kind if match else None,
        "dup_score": match.score if match else None,
    })
    for m in r.actors:
        ments.append({
            "doc_id": a.doc_id, "start": m.start, "end": m.end, "text": m.text, "name": m.name,
            "code": m.code, "country": m.country, "sector": m.sector, "kind": m.kind,
        })
    for e in r.events:
        location_json = json.dumps(e.location) if e.location else None
        mentions.append({
            "mention_id": e.event_id, "event_id": None, "doc_id": e.doc_id, "date": _date(e.date), "event": e.event,
            "mode": e.mode, "context": list(e.context), "cameo": e.cameo, "goldstein": e.goldstein,
            "quad_class": e.quad_class, "source_codes": e.source_codes, "target_codes": e.target_codes,
            "source_json": json.dumps([x.to_dict() for x in e.source]),
            "target_json": json.dumps([x.to_dict() for x in e.target]),
            "location_json": location_json,
            "sentence": e.sentence, "span_start": e.span[0], "span_end": e.span[1],
            "trigger": e.trigger, "confidence": e.confidence, "modality": e.modality,
            "date_text": e.date_text,
            "merge_key": merge_key(e.event, e.cameo, e.source_codes, e.target_codes),
            # where the story was filed is not where the event happened: reports placed only by
            # their dateline (a Moscow wire and a Washington daily on one summit) merge as unplaced
            "merge_place": None if e.location_from == "dateline" else location_json,
        })


def _new_event_row(m: dict, now) -> dict:
    """An events row started by its first mention (counts are set after insert)."""
    row = {k: m[k] for k in _EVENT_SCHEMA().names if k in m}
    row.update(event_id=m["event_id"], merge_key=m["merge_key"], num_mentions=1, num_articles=1,
               num_sources=1, first_seen=now, merge_place=m.get("merge_place", m.get("location_json")))
    return row


# Counts of the events a batch reports: mentions, distinct articles and distinct outlets
# (an article without an outlet counts as its own), and the best confidence.
_UPDATE_COUNTS = """
    UPDATE events SET num_mentions = s.n, num_articles = s.a, num_sources = s.o, confidence = s.c
    FROM (SELECT m.event_id, count(*) AS n, count(DISTINCT m.doc_id) AS a,
                 count(DISTINCT coalesce(ar.source, ar.doc_id)) AS o, max(m.confidence) AS c
          FROM mentions m JOIN articles ar USING (doc_id)
          WHERE list_contains(?, m.event_id) GROUP BY m.event_id) s
    WHERE events.event_id = s.event_id"""


def event_filters(*, source=None, target=None, event=None, since=None, until=None, q=None) -> tuple[list[str], list]:
    """WHERE clauses and parameters shared by every query over events (CLI, API): actor codes by
    prefix, PLOVER type, an inclusive date range (ISO strings or dates), words in the sentence."""
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
    dates, date_params = _date_range(since or None, until or None)
    where += dates
    params += date_params
    if q:
        where.append("contains(lower(sentence), lower(?))")
        params.append(q)
    return where, params


def _date_range(since: str | None, until: str | None, column: str = "date") -> tuple[list[str], list]:
    """WHERE clauses and parameters for an inclusive date range; bad dates are a ConfigError."""
    where, params = [], []
    for name, value, op in (("since", since, ">="), ("until", until, "<=")):
        if value is None:
            continue
        day = _date(str(value)) if not isinstance(value, dt.date) else value
        if day is None:
            raise ConfigError(f"--{name} {value!r} is not a date in YYYY-MM-DD form")
        where.append(f"{column} {op} CAST(? AS DATE)")
        params.append(day.isoformat())
    return where, params


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
        **{k: row[k] for k in ("num_mentions", "num_articles", "num_sources") if k in row},
    }


@functools.cache
def _ARTICLE_SCHEMA():
    import pyarrow as pa

    return pa.schema([
        ("doc_id", pa.string()), ("content_hash", pa.string()), ("title", pa.string()), ("date", pa.date32()),
        ("date_source", pa.string()), ("url", pa.string()), ("source", pa.string()), ("path", pa.string()),
        ("n_words", pa.int32()), ("n_events", pa.int32()), ("text", pa.string()), ("ingested_at", pa.timestamp("us")),
        ("duplicate_of", pa.string()), ("dup_kind", pa.string()), ("dup_score", pa.float64()),
    ])


@functools.cache
def _MENTION_SCHEMA():
    import pyarrow as pa

    return pa.schema([
        ("doc_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
        ("name", pa.string()), ("code", pa.string()), ("country", pa.string()), ("sector", pa.string()),
        ("kind", pa.string()),
    ])


def _CODED_FIELDS():
    """The coded fields shared by the mentions (reports) and events tables."""
    import pyarrow as pa

    return [
        ("doc_id", pa.string()), ("date", pa.date32()), ("event", pa.string()),
        ("mode", pa.string()), ("context", pa.list_(pa.string())), ("cameo", pa.string()),
        ("goldstein", pa.float64()), ("quad_class", pa.int8()), ("source_codes", pa.list_(pa.string())),
        ("target_codes", pa.list_(pa.string())), ("source_json", pa.string()), ("target_json", pa.string()),
        ("location_json", pa.string()), ("sentence", pa.string()), ("span_start", pa.int32()),
        ("span_end", pa.int32()), ("trigger", pa.string()), ("confidence", pa.float64()),
        ("modality", pa.string()), ("date_text", pa.string()),
    ]


@functools.cache
def _REPORT_SCHEMA():
    import pyarrow as pa

    return pa.schema([("mention_id", pa.string()), ("event_id", pa.string())] + _CODED_FIELDS())


@functools.cache
def _EVENT_SCHEMA():
    import pyarrow as pa

    return pa.schema([("event_id", pa.string()), ("merge_key", pa.string())] + _CODED_FIELDS() + [
        ("num_mentions", pa.int32()), ("num_articles", pa.int32()), ("num_sources", pa.int32()),
        ("first_seen", pa.timestamp("us")), ("merge_place", pa.string()),
    ])


@functools.cache
def _SIGNATURE_SCHEMA():
    import pyarrow as pa

    return pa.schema([("doc_id", pa.string()), ("minhash", pa.binary())])


def _add_fact_rows(r: ArticleResult, facts: dict) -> None:
    """Quotes, amounts, themes and tone of one article as table rows."""
    f = r.facts
    if f is None:
        return
    doc_id = r.article.doc_id
    for q in f.quotes:
        facts["quotes"].append({
            "doc_id": doc_id, "start": q.start, "end": q.end, "text": q.text,
            "speaker_code": q.speaker.code if q.speaker else None, "speaker_name": q.speaker.name if q.speaker else None,
            "speaker_text": q.speaker_text, "verb": q.verb,
        })
    for a in f.amounts:
        facts["amounts"].append({"doc_id": doc_id} | {k: getattr(a, k) for k in
                                ("start", "end", "text", "value", "unit", "counted", "rate", "kind", "trigger")})
    for p in getattr(f, "places", ()):
        facts["places"].append({"doc_id": doc_id} | p.to_dict())
    for d in getattr(f, "dates", ()):
        m = d.mention
        facts["dates"].append({"doc_id": doc_id, "start": m.start, "end": m.end, "text": m.text,
                               "date_start": m.date_start, "date_end": m.date_end, "granularity": m.granularity,
                               "kind": m.kind, "mention_ids": list(d.event_ids)})
    for t in f.themes:
        facts["themes"].append({"doc_id": doc_id, "theme": t.theme, "count": t.count, "triggers": list(t.triggers)})
    if f.tone is not None:
        facts["tone"].append({"doc_id": doc_id} | {k: getattr(f.tone, k) for k in
                             ("tone", "positive", "negative", "polarity", "activity_density", "self_group_density",
                              "word_count", "compound")})


@functools.cache
def _FACT_SCHEMAS():
    import pyarrow as pa

    s, i, d = pa.string(), pa.int32(), pa.float64()
    return {
        "quotes": pa.schema([("doc_id", s), ("start", i), ("end", i), ("text", s), ("speaker_code", s),
                             ("speaker_name", s), ("speaker_text", s), ("verb", s)]),
        "amounts": pa.schema([("doc_id", s), ("start", i), ("end", i), ("text", s), ("value", d), ("unit", s),
                              ("counted", s), ("rate", s), ("kind", s), ("trigger", s)]),
        "themes": pa.schema([("doc_id", s), ("theme", s), ("count", i), ("triggers", pa.list_(s))]),
        "places": pa.schema([("doc_id", s), ("start", i), ("end", i), ("text", s), ("name", s), ("feature", s),
                             ("geonameid", pa.int64()), ("lat", d), ("lon", d), ("country", s), ("city", s),
                             ("city_geonameid", pa.int64()), ("dateline", pa.bool_())]),
        "dates": pa.schema([("doc_id", s), ("start", i), ("end", i), ("text", s), ("date_start", pa.date32()),
                            ("date_end", pa.date32()), ("granularity", s), ("kind", s), ("mention_ids", pa.list_(s))]),
        "tone": pa.schema([("doc_id", s), ("tone", d), ("positive", d), ("negative", d), ("polarity", d),
                           ("activity_density", d), ("self_group_density", d), ("word_count", i), ("compound", d)]),
    }
