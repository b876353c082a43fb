"""The read side of the store: events, reports, article facts, summaries and the tables the
analysis and export modules read. `Queries` is the half of :class:`tacitus.store.Store` that
reads; it uses the Store's connection (`self.con`, `self.path`), `_query` and `_query_error`."""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

from tacitus.errors import ConfigError
from tacitus.store.schema import _date, _duckdb

EVENT_COLUMNS = (
    "event_id", "doc_id", "date", "event", "mode", "context", "cameo", "goldstein", "quad_class",
    "source_json", "target_json", "location_json", "sentence", "span_start", "span_end", "trigger",
    "confidence", "modality", "date_text", "num_mentions", "num_articles", "num_sources",
)
MENTION_COLUMNS = (
    "mention_id", "event_id", "doc_id", "date", "event", "cameo", "source_json", "target_json", "location_json",
    "sentence", "span_start", "span_end", "trigger", "confidence", "modality", "date_text",
)



class Queries:
    # -- events and reports ----------------------------------------------------------------
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
            WHERE s.code <> t.code  -- "Russia and China signed a statement": RUS -> CHN and CHN -> RUS, not CHN -> CHN
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

    # -- analysis and export queries ------------------------------------------------------
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
