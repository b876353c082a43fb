"""The server's queries. Every value from a request is a bound parameter; nothing from a
request becomes SQL text, a table name or a file path."""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json

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


def _filters(*, source=None, target=None, event=None, since=None, until=None, q=None) -> tuple[list[str], list]:
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
        params.append(since.isoformat())
    if until:
        where.append("date <= CAST(? AS DATE)")
        params.append(until.isoformat())
    if q:
        where.append("contains(lower(sentence), lower(?))")
        params.append(q)
    return where, params


def list_events(cur, *, limit: int, cursor: str | None = None, order: str = "desc", **filters) -> dict:
    """One page of events, newest first (or oldest first), and the cursor of the next page."""
    where, params = _filters(**filters)
    key = f"coalesce(date, DATE '{NO_DATE}')"
    if cursor:
        date, event_id = decode_cursor(cursor)
        op = "<" if order == "desc" else ">"
        where.append(f"({key} {op} CAST(? AS DATE) OR ({key} = CAST(? AS DATE) AND event_id {op} ?))")
        params += [date, date, event_id]
    direction = "DESC" if order == "desc" else "ASC"
    sql = "SELECT " + ", ".join(EVENT_COLUMNS) + " FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {key} {direction}, event_id {direction} LIMIT ?"
    rows = cur.execute(sql, params + [limit + 1]).fetchall()
    events = [_event_dict(dict(zip(EVENT_COLUMNS, r))) for r in rows[:limit]]
    next_cursor = None
    if len(rows) > limit and events:
        last = events[-1]
        next_cursor = encode_cursor(last["date"], last["event_id"])
    titles = _titles(cur, {e["doc_id"] for e in events})
    for e in events:
        e["title"] = titles.get(e["doc_id"])
    return {"events": events, "next_cursor": next_cursor, "limit": limit}


def _titles(cur, doc_ids) -> dict:
    ids = sorted(doc_ids)
    if not ids:
        return {}
    rows = cur.execute("SELECT doc_id, title FROM articles WHERE list_contains(?, doc_id)", [ids]).fetchall()
    return dict(rows)


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
            FROM events WHERE {' AND '.join(where)})
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
              "(len(list_filter(source_codes, lambda c: starts_with(c, ?))) > 0"
              " OR len(list_filter(target_codes, lambda c: starts_with(c, ?))) > 0)"]
    params += [code.upper(), code.upper()]
    sql = f"""
        SELECT CAST(date_trunc('{unit}', date) AS DATE) AS period, count(*) AS n,
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               round(sum(goldstein), 3), round(avg(goldstein), 3)
        FROM events WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY 1"""
    keys = ("period", "events", "q1", "q2", "q3", "q4", "goldstein_sum", "goldstein_mean")
    rows = []
    for r in cur.execute(sql, params).fetchall():
        d = dict(zip(keys, r))
        d["period"] = d["period"].isoformat()
        rows.append(d)
    return rows
