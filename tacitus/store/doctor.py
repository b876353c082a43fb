"""`tacitus doctor`: check a store's integrity and say what is wrong.

Each check is one SQL query counting the rows that break a rule of the schema; `fix` applies
the repairs that lose nothing (recount events, drop rows that belong to no article or event).
"""
from __future__ import annotations

from dataclasses import dataclass

# (name, what it means, query counting offending rows, repair or None)
CHECKS = [
    ("mentions without article", "event reports whose article is not stored",
     "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = m.doc_id)",
     "DELETE FROM mentions WHERE doc_id NOT IN (SELECT doc_id FROM articles)"),
    ("mentions without event", "event reports that point to no event",
     "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)",
     None),
    ("events without mentions", "events no stored report supports",
     "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.event_id)",
     "DELETE FROM events WHERE event_id NOT IN (SELECT event_id FROM mentions)"),
    ("event counts out of date", "events whose num_mentions/num_articles differ from their reports",
     """SELECT count(*) FROM events e JOIN (SELECT event_id, count(*) AS n, count(DISTINCT doc_id) AS a
            FROM mentions GROUP BY event_id) s USING (event_id)
        WHERE e.num_mentions IS DISTINCT FROM s.n OR e.num_articles IS DISTINCT FROM s.a""",
     "RECOUNT"),
    ("actor mentions without article", "actor mentions whose article is not stored",
     "SELECT count(*) FROM actor_mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = m.doc_id)",
     "DELETE FROM actor_mentions WHERE doc_id NOT IN (SELECT doc_id FROM articles)"),
    ("facts without article", "quotes, amounts, themes or tone rows whose article is not stored",
     """SELECT (SELECT count(*) FROM quotes WHERE doc_id NOT IN (SELECT doc_id FROM articles))
             + (SELECT count(*) FROM amounts WHERE doc_id NOT IN (SELECT doc_id FROM articles))
             + (SELECT count(*) FROM themes WHERE doc_id NOT IN (SELECT doc_id FROM articles))
             + (SELECT count(*) FROM tone WHERE doc_id NOT IN (SELECT doc_id FROM articles))""",
     "FACTS"),
    ("duplicate articles", "articles stored twice with the same text and neither linked to the other",
     """SELECT coalesce(sum(n - 1), 0) FROM (SELECT content_hash, count(*) AS n FROM articles
            WHERE duplicate_of IS NULL GROUP BY content_hash HAVING count(*) > 1)""",
     None),
    ("broken duplicate links", "articles marked as duplicates of an article that is not stored",
     """SELECT count(*) FROM articles d WHERE d.duplicate_of IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.doc_id = d.duplicate_of)""",
     None),
    ("article event counts", "articles whose n_events differs from their stored reports",
     """SELECT count(*) FROM articles a LEFT JOIN (SELECT doc_id, count(*) AS n FROM mentions GROUP BY doc_id) m
        USING (doc_id) WHERE coalesce(m.n, 0) <> coalesce(a.n_events, 0)""",
     None),
]


@dataclass
class Finding:
    name: str
    meaning: str
    count: int
    fixable: bool


def check(store) -> tuple[str | None, list[Finding]]:
    """(schema version, findings with a non-zero count)."""
    version = store.schema_version()
    found = []
    for name, meaning, sql, repair in CHECKS:
        n = store._query(sql, [])[0][0] or 0
        if n:
            found.append(Finding(name, meaning, int(n), repair is not None))
    return version, found


def fix(store, findings: list[Finding]) -> list[str]:
    """Apply the safe repairs for the findings, in one transaction; returns what was done."""
    import duckdb

    from tacitus.errors import StoreError
    from tacitus.store.writer import _UPDATE_COUNTS

    names = {f.name for f in findings if f.fixable}
    done = []
    con = store.con
    con.execute("BEGIN")
    try:
        for name, _meaning, _sql, repair in CHECKS:
            if name not in names:
                continue
            if repair == "RECOUNT":
                ids = [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()]
                con.execute(_UPDATE_COUNTS, [ids])
            elif repair == "FACTS":
                for table in ("quotes", "amounts", "themes", "tone"):
                    con.execute(f"DELETE FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM articles)")
            else:
                con.execute(repair)
            done.append(name)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"{store.path}: repair failed, nothing changed ({str(exc).splitlines()[0]})") from None
    return done
