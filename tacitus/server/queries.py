"""The server's queries. Every value from a request is a bound parameter; nothing from a
request becomes SQL text, a table name or a file path."""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math

from tacitus.store.duck import EVENT_COLUMNS, Store, _event_dict

NO_DATE = "0001-01-01"  # sort key of events without a date


class CursorError(ValueError):
    """The paging cursor is not one this server made."""


def encode_cursor(date: str | None, event_id: str) -> str:
    raw = json.dumps([date or NO_DATE, event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        date, event_id = json.loads(raw)
        dt.date.fromisoformat(date)
        if not isinstance(event_id, str):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise CursorError("not a cursor returned by this API; start again without it") from None
    return date, event_id


def has_table(cur, name: str) -> bool:
    return bool(cur.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


def prepare_snapshot(con) -> None:
    """Add the server's lookup table to its private snapshot copy (never to the user's file):
    `api_events` holds every event, stored newest first, with precomputed columns, so that a
    filtered page is a scan of a few narrow columns plus a fetch of its rows' JSON, instead of
    list lambdas over every row, a sort of wide rows and a dict and JSON encoding per event.
    - doc: the event as /api/events returns it (the keys and values of the Store's event
      dict plus the article title), as JSON text;
    - sort_date: the paging key (events without a date sort as 0001-01-01);
    - src / tgt: '|' before each actor code, so a code prefix P is `contains(src, '|P')`;
    - sentence_lc: the lower-cased evidence sentence for text search."""
    def embedded(column: str, empty: str) -> str:  # stored JSON text as a JSON value
        return f"CASE WHEN coalesce(e.{column}, '') = '' OR NOT json_valid(e.{column}) THEN {empty} ELSE json(e.{column}) END"

    doc = f"""json_object(
        'event_id', e.event_id, 'doc_id', e.doc_id, 'date', e.date, 'event', e.event, 'mode', e.mode,
        'context', coalesce(e.context, []::VARCHAR[]), 'cameo', e.cameo, 'goldstein', e.goldstein,
        'quad_class', e.quad_class, 'source', {embedded('source_json', "'[]'::JSON")},
        'target', {embedded('target_json', "'[]'::JSON")}, 'location', {embedded('location_json', 'NULL')},
        'sentence', e.sentence, 'span', [e.span_start, e.span_end], 'trigger', e.trigger,
        'confidence', e.confidence, 'modality', e.modality, 'date_text', e.date_text,
        'num_mentions', e.num_mentions, 'num_articles', e.num_articles, 'num_sources', e.num_sources,
        'title', a.title)"""
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    con.execute("SET enable_progress_bar = false")  # DuckDB would draw one on the server's terminal
    con.execute(f"""
        CREATE OR REPLACE TABLE api_events AS
        SELECT {cols}, a.title AS title, coalesce(e.date, DATE '{NO_DATE}') AS sort_date,
               '|' || array_to_string(e.source_codes, '|') AS src,
               '|' || array_to_string(e.target_codes, '|') AS tgt,
               lower(e.sentence) AS sentence_lc, CAST({doc} AS VARCHAR) AS doc
        FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id
        ORDER BY sort_date DESC, e.event_id DESC""")
    con.execute("CHECKPOINT")


def _filters(*, source=None, target=None, event=None, since=None, until=None, q=None) -> tuple[list[str], list]:
    """WHERE clauses on api_events (see prepare_snapshot) and their parameters."""
    where, params = [], []
    if source:
        where.append("contains(src, ?)")
        params.append("|" + source.upper())
    if target:
        where.append("contains(tgt, ?)")
        params.append("|" + target.upper())
    if event:
        where.append("event = ?")
        params.append(event.upper())
    if since:
        where.append("date >= CAST(? AS DATE)")
        params.append(since.isoformat())
    if until:
        where.append("date <= CAST(? AS DATE)")
        params.append(until.isoformat())
    if q:
        where.append("contains(sentence_lc, lower(?))")
        params.append(q)
    return where, params


def list_events(cur, *, limit: int, cursor: str | None = None, order: str = "desc", **filters) -> dict:
    """One page of events, newest first (or oldest first), and the cursor of the next page.
    The events are pre-serialised JSON (orjson.Fragment, see prepare_snapshot's `doc`).

    Two steps: the row numbers of the page from the narrow filter columns (api_events is
    stored in page order, so row number order is (date, event_id) order), then the page's
    JSON; DuckDB would otherwise carry every wide matching row through its top-N sort."""
    import orjson

    where, params = _filters(**filters)
    if cursor:
        date, event_id = decode_cursor(cursor)
        op = "<" if order == "desc" else ">"
        where.append(f"(sort_date, event_id) {op} (CAST(? AS DATE), ?)")
        params += [date, event_id]
    direction = "" if order == "desc" else " DESC"  # rowid ascending is newest first
    sql = "SELECT rowid, sort_date, event_id FROM api_events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY rowid{direction} LIMIT ?"
    found = cur.execute(sql, params + [limit + 1]).fetchall()
    page = [r[0] for r in found[:limit]]
    docs = []
    if page:
        docs = cur.execute(f"SELECT doc FROM api_events WHERE rowid BETWEEN ? AND ? AND rowid = ANY(?) "
                           f"ORDER BY rowid{direction}", [min(page), max(page), page]).fetchall()
    next_cursor = None
    if len(found) > limit:
        _, date, event_id = found[limit - 1]
        next_cursor = encode_cursor(date.isoformat(), event_id)
    return {"events": [orjson.Fragment(d) for (d,) in docs], "next_cursor": next_cursor, "limit": limit}


def get_event(cur, event_id: str) -> dict | None:
    """The event and all its mentions (each report: sentence, offsets, trigger, article)."""
    row = cur.execute("SELECT " + ", ".join(EVENT_COLUMNS) + " FROM events WHERE event_id = ?", [event_id]).fetchone()
    if row is None:
        return None
    event = _event_dict(dict(zip(EVENT_COLUMNS, row)))
    event["mentions"] = as_store(cur).mentions(event_id=event_id)
    return event


def get_article(cur, doc_id: str) -> dict | None:
    """An article's text with highlight spans: actors, event sentences and triggers, quotes."""
    row = cur.execute("SELECT doc_id, title, date, url, source, text, duplicate_of, dup_kind FROM articles "
                      "WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    doc_id, title, date, url, outlet, text, duplicate_of, dup_kind = row
    text = text or ""
    spans = []
    for start, end, mtext, name, code, kind in cur.execute(
            """SELECT start, "end", text, name, code, kind FROM actor_mentions WHERE doc_id = ?
               ORDER BY start""", [doc_id]).fetchall():
        spans.append({"kind": "actor", "start": start, "end": end, "label": code or "", "name": name, "actor_kind": kind})
    ev_rows = cur.execute(  # every report of an event in this article
        """SELECT event_id, span_start, span_end, trigger, event, cameo, goldstein FROM mentions
           WHERE doc_id = ? ORDER BY span_start""", [doc_id]).fetchall()
    events = []
    for event_id, s, e, trigger, etype, cameo, goldstein in ev_rows:
        events.append({"event_id": event_id, "event": etype, "cameo": cameo, "goldstein": goldstein,
                       "span": [s, e], "trigger": trigger})
        spans.append({"kind": "event", "start": s, "end": e, "label": etype or cameo or "", "event_id": event_id})
        for t in _find_trigger(text, trigger, s, e):
            spans.append({"kind": "trigger", "start": t[0], "end": t[1], "label": trigger, "event_id": event_id})
    if has_table(cur, "quotes"):  # a store made by an older version may lack it
        for start, end, speaker_code, speaker_name, verb in cur.execute(
                """SELECT start, "end", speaker_code, speaker_name, verb FROM quotes WHERE doc_id = ?
                   ORDER BY start""", [doc_id]).fetchall():
            spans.append({"kind": "quote", "start": start, "end": end, "label": speaker_code or "",
                          "name": speaker_name, "verb": verb})
    spans = [s for s in spans if s["start"] is not None and s["end"] is not None and 0 <= s["start"] < s["end"] <= len(text)]
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    return {"doc_id": doc_id, "title": title, "date": date.isoformat() if date else None, "url": url,
            "outlet": outlet, "duplicate_of": duplicate_of, "dup_kind": dup_kind, "text": text,
            "events": events, "highlights": spans}


def _find_trigger(text: str, trigger: str | None, start: int | None, end: int | None) -> list[tuple[int, int]]:
    """Offsets of the trigger in the event sentence; a trigger of words that are apart in the
    sentence ("agreed ... supply") gives one span per word."""
    if not trigger or start is None or end is None:
        return []
    i = text.find(trigger, start, end)
    if i >= 0:
        return [(i, i + len(trigger))]
    found, pos = [], start
    for word in trigger.split():
        j = text.find(word, pos, end)
        if j < 0:
            return found
        found.append((j, j + len(word)))
        pos = j + len(word)
    return found


def places(cur, *, limit: int, **filters) -> list[dict]:
    """Event locations with coordinates: events per place, mean Goldstein, events per quad class."""
    where, params = _filters(**filters)
    where.append("location_json IS NOT NULL")
    sql = f"""
        WITH p AS (
            SELECT json_extract_string(location_json, '$.name') AS name,
                   json_extract_string(location_json, '$.country') AS country,
                   TRY_CAST(json_extract_string(location_json, '$.lat') AS DOUBLE) AS lat,
                   TRY_CAST(json_extract_string(location_json, '$.lon') AS DOUBLE) AS lon,
                   goldstein, quad_class
            FROM api_events WHERE {' AND '.join(where)})
        SELECT name, country, lat, lon, count(*) AS n, round(avg(goldstein), 2),
               count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4))
        FROM p WHERE lat IS NOT NULL AND lon IS NOT NULL
        GROUP BY name, country, lat, lon ORDER BY n DESC, name LIMIT ?"""
    keys = ("name", "country", "lat", "lon", "events", "goldstein_mean", "cooperation", "conflict")
    return [dict(zip(keys, r)) for r in cur.execute(sql, params + [limit]).fetchall()]


def stats(cur) -> dict:
    store = as_store(cur)
    out = store.summary(top=10)
    out["actor_mentions"] = cur.execute("SELECT count(*) FROM actor_mentions").fetchone()[0]
    out["by_quad_class"] = [{"quad_class": q, "count": n} for q, n in cur.execute(
        "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL GROUP BY 1 ORDER BY 1").fetchall()]
    return out


def as_store(cur) -> Store:
    """A Store over the snapshot cursor, so the analysis functions run unchanged."""
    return Store.from_connection(cur, "snapshot")


def actor_timeline(cur, code: str, *, by: str, since=None, until=None) -> list[dict]:
    """Events with `code` (prefix) as source or target per period: counts by quad class,
    Goldstein sum and mean. `by` is day, week (starting Monday) or month."""
    unit = {"day": "day", "week": "week", "month": "month"}[by]
    where, params = _filters(since=since, until=until)
    where += ["date IS NOT NULL",
              "(contains(src, ?) OR contains(tgt, ?))"]
    params += ["|" + code.upper(), "|" + code.upper()]
    sql = f"""
        SELECT CAST(date_trunc('{unit}', date) AS DATE) AS period, count(*) AS n,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               round(sum(goldstein), 3), round(avg(goldstein), 3)
        FROM api_events WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1"""
    keys = ("period", "events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean")
    rows = []
    for r in cur.execute(sql, params).fetchall():
        d = dict(zip(keys, r))
        d["period"] = d["period"].isoformat()
        rows.append(d)
    return rows


def dyad_rows(cur, a: str, b: str, *, by: str, since=None, until=None) -> list[dict]:
    """The rows of `tacitus.analysis.dyad` (same columns, order and values) without pandas:
    one SQL scan finds the events between A and B (a few hundred of 100,000) with their period
    and direction flags, and they are counted here per (period, direction): events, counts by
    quad class and by PLOVER type, Goldstein sum and mean. (Aggregating in SQL with twenty
    FILTER clauses cost twice as much.) `a`, `b` are checked codes; `by` one of PERIODS."""
    from tacitus.analysis.dyad import COLUMNS, PLOVER_TYPES, UNTYPED

    unit = {"day": "day", "week": "week", "month": "month"}[by]  # weeks start on Monday, as in pandas W-SUN
    a, b = a.upper(), b.upper()
    args = {"a": "|" + a, "b": "|" + b}
    where = ["date IS NOT NULL"]
    if since:
        where.append("date >= CAST($since AS DATE)")
        args["since"] = since.isoformat()
    if until:
        where.append("date <= CAST($until AS DATE)")
        args["until"] = until.isoformat()
    sql = f"""
        SELECT CAST(date_trunc('{unit}', date) AS DATE), contains(src, $a) AND contains(tgt, $b),
               contains(src, $b) AND contains(tgt, $a), quad_class, goldstein, event
        FROM api_events
        WHERE {' AND '.join(where)} AND ((contains(src, $a) AND contains(tgt, $b))
                                         OR (contains(src, $b) AND contains(tgt, $a)))"""
    type_index = {t: i for i, t in enumerate(PLOVER_TYPES)}
    untyped = len(PLOVER_TYPES)
    groups: dict[tuple, list] = {}  # (period, "AB"|"BA") -> [events, [q1..q4], [scores], [type counts]]
    for period, ab, ba, quad, score, event in cur.execute(sql, args).fetchall():
        kind = untyped if event is None or event == UNTYPED else type_index.get(event)
        for direction, hit in (("AB", ab), ("BA", ba)):
            if not hit:
                continue
            g = groups.get((period, direction))
            if g is None:
                g = groups[(period, direction)] = [0, [0, 0, 0, 0], [], [0] * (untyped + 1)]
            g[0] += 1
            if quad in (1, 2, 3, 4):
                g[1][quad - 1] += 1
            if score is not None:
                g[2].append(score)
            if kind is not None:
                g[3][kind] += 1
    names = {"AB": (f"{a}->{b}", a, b), "BA": (f"{b}->{a}", b, a)}
    out = []
    for (period, direction), (n, quads, scores, counts) in sorted(groups.items()):
        label, source, target = names[direction]
        total = math.fsum(scores)  # exact, whatever the order of the rows
        values = [period.isoformat(), label, source, target, n, *quads,
                  _round3(total), _round3(total / len(scores)) if scores else None, *counts]
        out.append(dict(zip(COLUMNS, values)))
    return out


def _round3(x: float) -> float:
    """Round half to even at 3 decimals the way pandas (numpy.around) does: rint(x * 1000) / 1000.
    pandas sums in row order with compensation, this sums exactly (math.fsum): a mean lying on
    a rounding boundary (0.5125) may end one unit apart in the third decimal from `tacitus dyad`."""
    return round(x * 1000) / 1000
