"""The write path of the store: one transaction per batch, duplicate links, reports merged into
events (merge.py), Arrow inserts. `Writer` is the half of :class:`tacitus.store.Store` that writes;
it uses the Store's connection (`self.con`, `self.path`) and `_query`."""
from __future__ import annotations

import datetime as dt
import json
from typing import Iterable

from tacitus.errors import StoreError
from tacitus.model import ArticleResult
from tacitus.store.schema import (
    _ARTICLE_SCHEMA, _EVENT_SCHEMA, _FACT_SCHEMAS, _MENTION_SCHEMA, _REPORT_SCHEMA, _SIGNATURE_SCHEMA, _date, _duckdb,
)


class Writer:
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
