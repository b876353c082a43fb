"""One event, many reports: assign each new mention (an event as coded in one sentence of one
article) to the real-world event it reports, or start a new event.

Two reports are one event when they have the same event type and the same source and target
actor codes (the merge key), dates at most one day apart, and compatible places (either has
none, or both are in one country within MAX_KM of each other); reports in one article on two
different days are two events. A mention from an article that
duplicates another first joins an event of the original with the same merge key, whatever
its date; failing that, the original's event reported in the same sentence with the same type,
or of the same type with an actor in common (a reprint's headline or edits can change how a
sentence is coded, but it reports the same events). Merging is deterministic (candidates are ranked by date distance, then event_id)
and incremental: a report ingested later joins the event stored earlier.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field

MAX_DAYS = 1
MAX_KM = 100.0


# A meeting has no direction: "Xi received Putin" and "Putin met Xi" report one meeting.
UNDIRECTED = {"CONSULT"}


def merge_key(event: str | None, cameo: str | None, source_codes, target_codes) -> str:
    kind = event or f"CAMEO{(cameo or '')[:2]}"
    src = ",".join(sorted(set(source_codes or ())))
    tgt = ",".join(sorted(set(target_codes or ())))
    if kind in UNDIRECTED and tgt and tgt < src:
        src, tgt = tgt, src
    return f"{kind}|{src}|{tgt}"


@dataclass
class Candidate:
    event_id: str
    date: dt.date | None
    location: dict | None
    docs: set[str] = field(default_factory=set)


def place_compatible(a: dict | None, b: dict | None) -> bool:
    if not a or not b:
        return True
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return False
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid"):
        return True
    try:
        return _km(a["lat"], a["lon"], b["lat"], b["lon"]) <= MAX_KM
    except (KeyError, TypeError):
        return True  # no coordinates to tell them apart


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _date_ok(a: dt.date | None, b: dt.date | None) -> int | None:
    """Distance in days when the dates are compatible, else None (an undated report only joins
    an undated event)."""
    if a is None or b is None:
        return 0 if a is None and b is None else None
    d = abs((a - b).days)
    return d if d <= MAX_DAYS else None


class Merger:
    """Assigns event ids to the mention rows of a batch.

    `candidates` maps merge key -> events already stored with that key (loaded by the store
    for the keys of the batch); events started within the batch are added as it goes.
    """

    def __init__(self, candidates: dict[str, list[Candidate]], originals: dict[str, str] | None = None):
        self.by_key = candidates
        self.originals = originals or {}  # duplicate doc_id -> original doc_id
        # the reports of each article, for its reprints to find: doc -> [(key, sentence, codes, event)]
        self.by_doc: dict[str, list[tuple[str, str | None, frozenset, Candidate]]] = {}

    def assign(self, row: dict) -> tuple[str, bool]:
        """(event_id, is_new) for one mention row (a dict with the mentions-table columns)."""
        key = row["merge_key"]
        place = row.get("merge_place", row.get("location_json"))
        loc = json.loads(place) if place else None
        cands = self.by_key.setdefault(key, [])
        original = self.originals.get(row["doc_id"])
        if original in self.by_doc:
            hit = self._in_original(row, original, key)
            if hit is not None:
                hit.docs.add(row["doc_id"])
                self._note(hit, row)
                return hit.event_id, False
        best = None
        for c in cands:
            d = _date_ok(row["date"], c.date)
            if d is None or not place_compatible(loc, c.location):
                continue
            if d and row["doc_id"] in c.docs:
                continue  # one article telling of two days: two events (Sunday's talks, Monday's talks)
            rank = (d, c.event_id)
            if best is None or rank < best[0]:
                best = (rank, c)
        if best is not None:
            best[1].docs.add(row["doc_id"])
            self._note(best[1], row)
            return best[1].event_id, False
        c = Candidate(event_id=row["mention_id"], date=row["date"], location=loc, docs={row["doc_id"]})
        cands.append(c)
        self._note(c, row)
        return c.event_id, True

    def add_report(self, key: str, cand: Candidate, doc_id: str, sentence: str | None, codes) -> None:
        """Record a stored report of an original article (loaded by the store for reprints)."""
        cand.docs.add(doc_id)
        self.by_doc.setdefault(doc_id, []).append((key, _norm(sentence), frozenset(codes or ()), cand))
        if all(c.event_id != cand.event_id for c in self.by_key.setdefault(key, [])):
            self.by_key[key].append(cand)

    def _note(self, c: Candidate, row: dict) -> None:
        if not self.originals:
            return  # no reprint in the batch will look for this article's reports
        codes = frozenset((row.get("source_codes") or []) + (row.get("target_codes") or []))
        self.by_doc.setdefault(row["doc_id"], []).append((row["merge_key"], _norm(row.get("sentence")), codes, c))

    def _in_original(self, row: dict, original: str, key: str) -> Candidate | None:
        """The original's event with the same merge key; else the one it reports in the same
        sentence with the same type; else one of the same type with an actor in common."""
        kind = key.split("|", 1)[0]
        sentence = _norm(row.get("sentence"))
        codes = set((row.get("source_codes") or []) + (row.get("target_codes") or []))
        same_key, same_sentence, shared_actor = [], [], []
        for k, sent, cc, c in self.by_doc[original]:
            if k.split("|", 1)[0] != kind:
                continue
            if k == key:
                same_key.append(c)
            if sentence and sent == sentence:
                same_sentence.append(c)
            if codes & cc:
                shared_actor.append(c)
        for group in (same_key, same_sentence, shared_actor):
            if group:
                return min(group, key=lambda c: c.event_id)
        return None


def _norm(sentence: str | None) -> str | None:
    return " ".join(sentence.lower().split()) if sentence else None
