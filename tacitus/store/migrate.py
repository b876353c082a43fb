"""Bring a store written by an older Tacitus up to the current schema, in one transaction.

Version 1 (Tacitus 0.1, session 1) kept one `events` row per report. Version 2 splits that into
`mentions` (one per report) and `events` (one per real-world event, merged across articles),
and adds duplicate links and MinHash signatures to articles. The v1 rows are re-merged in the
order they were ingested, so the result equals a store built by version 2 from the same input
(except near-duplicate links, which need the signatures v1 did not keep).
"""
from __future__ import annotations

import datetime as dt
import logging

from tacitus.errors import StoreError

log = logging.getLogger(__name__)

_V1_ARTICLE_COLUMNS = ("doc_id", "content_hash", "title", "date", "date_source", "url", "source", "path",
                       "n_words", "n_events", "text", "ingested_at")


def stored_version(con) -> str | None:
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'").fetchone()[0]
    if not has_meta:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else None


def migrate(con, path: str) -> str | None:
    """Upgrade the store in place when it is older than this Tacitus; returns the version found."""
    import duckdb

    from tacitus.store.schema import SCHEMA_VERSION

    version = stored_version(con)
    if version is None or version == SCHEMA_VERSION:
        return version
    if not version.isdigit() or int(version) > int(SCHEMA_VERSION):
        raise StoreError(f"{path}: written by a newer Tacitus (schema version {version}; this one reads "
                         f"{SCHEMA_VERSION}); upgrade Tacitus to use it")
    log.warning("%s: upgrading the store from schema version %s to %s", path, version, SCHEMA_VERSION)
    try:
        con.execute("BEGIN")
        if version == "1":
            _v1_to_v2(con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [SCHEMA_VERSION])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise StoreError(f"{path}: upgrade from schema version {version} failed, store left unchanged "
                         f"({str(exc).splitlines()[0]})") from None
    return version


def _v1_to_v2(con) -> None:
    import pyarrow as pa

    from tacitus.store.merge import Merger, merge_key
    from tacitus.store.schema import _EVENT_SCHEMA, _REPORT_SCHEMA
    from tacitus.store.writer import _UPDATE_COUNTS, _new_event_row
    from tacitus.tables import resource_path

    con.execute("CREATE TEMP TABLE v1_articles AS SELECT * FROM articles")
    con.execute("CREATE TEMP TABLE v1_events AS SELECT * FROM events")
    con.execute("DROP TABLE articles")
    con.execute("DROP TABLE events")
    con.execute(resource_path("tacitus.store", "schema.sql").read_text("utf-8"))
    cols = ", ".join(_V1_ARTICLE_COLUMNS)
    con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM v1_articles")

    cur = con.execute("""SELECT e.* FROM v1_events e LEFT JOIN v1_articles a USING (doc_id)
                         ORDER BY a.ingested_at, e.doc_id, e.span_start, e.event_id""")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r)) for r in cur.fetchall()]
    merger = Merger({})
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    mentions, events = [], []
    for r in rows:
        r["mention_id"] = r.pop("event_id")
        r["merge_key"] = merge_key(r["event"], r["cameo"], r["source_codes"], r["target_codes"])
        if r["doc_id"].startswith("gdelt:"):
            r["merge_key"] = "external|" + r["merge_key"]  # imported events are never merged
        r["event_id"], is_new = merger.assign(r)
        mentions.append(r)
        if is_new:
            events.append(_new_event_row(r, now))
    for table, data, schema in (("mentions", mentions, _REPORT_SCHEMA()), ("events", events, _EVENT_SCHEMA())):
        if data:
            arrow = pa.Table.from_pylist([{k: d.get(k) for k in schema.names} for d in data], schema=schema)
            con.register("_migrate", arrow)
            cols = ", ".join(f'"{c}"' for c in schema.names)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _migrate")
            con.unregister("_migrate")
    if events:
        con.execute(_UPDATE_COUNTS, [[e["event_id"] for e in events]])
    con.execute("DROP TABLE v1_articles")
    con.execute("DROP TABLE v1_events")
