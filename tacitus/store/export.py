"""Exports of the stored events: GDELT 2.0 rows, PLOVER/POLECAT-style JSON lines, a Parquet
dataset partitioned by month, and flat CSV. Field-by-field documentation: docs/exports.md.

Exporters are a registry of versioned names; ``export(store, "gdelt", out)`` uses the
current version of each format.
"""
from __future__ import annotations

import csv
import json
import logging
import shutil
from pathlib import Path
from typing import Callable

from tacitus.errors import ConfigError, OutputError

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "event_id", "doc_id", "date", "event", "mode", "context", "cameo", "goldstein", "quad_class",
    "source_codes", "source_names", "target_codes", "target_names", "location_name", "location_country",
    "lat", "lon", "sentence", "trigger", "confidence", "modality", "date_text", "title", "url",
    "num_mentions", "num_articles", "num_sources",
)


def export(store, fmt: str, out, *, since: str | None = None, until: str | None = None) -> dict:
    """Write the stored events (dated ``since``..``until``, inclusive) to ``out`` in ``fmt``
    (gdelt, plover, parquet or csv). Returns counts: format, out, events, rows."""
    name = FORMATS.get(fmt)
    if name is None:
        raise ConfigError(f"export format {fmt!r} is unknown; choose from {', '.join(FORMATS)}")
    result = EXPORTERS[name](store, out, since=since, until=until)
    log.info("exported %s", result)
    return result


def _gdelt_v1(store, out, *, since, until) -> dict:
    from tacitus.store.gdelt import write_gdelt

    return write_gdelt(store, out, since=since, until=until)


def plover_record(event: dict, info: dict | None) -> dict:
    """One event as a PLOVER/POLECAT-style JSON object."""
    info = info or {}
    return {
        "id": event["event_id"],
        "date": event["date"],
        "event_type": event["event"],
        "mode": event["mode"],
        "contexts": event["context"],
        "actor_names": [a.get("name") for a in event["source"]],
        "actor_codes": [a.get("code") for a in event["source"]],
        "actors": event["source"],
        "recipient_names": [a.get("name") for a in event["target"]],
        "recipient_codes": [a.get("code") for a in event["target"]],
        "recipients": event["target"],
        "location": event["location"],
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
        "quad_class": event["quad_class"],
        "text": event["sentence"],
        "evidence": {"sentence": event["sentence"], "span": event["span"], "trigger": event["trigger"],
                     "confidence": event["confidence"], "modality": event["modality"],
                     "date_text": event["date_text"]},
        "source_doc": {"doc_id": event["doc_id"], "title": info.get("title"), "url": info.get("url"),
                       "outlet": info.get("source"),
                       "date": info["date"].isoformat() if info.get("date") else None},
    }


def _plover_v1(store, out, *, since, until) -> dict:
    events = store.events(since=since, until=until)
    info = store.article_info(e["doc_id"] for e in events)

    def write(fh):
        for e in events:
            fh.write(json.dumps(plover_record(e, info.get(e["doc_id"])), ensure_ascii=False) + "\n")

    _write_text(out, write)
    return {"format": "plover", "out": str(out), "events": len(events), "rows": len(events)}


def csv_row(event: dict, info: dict | None) -> dict:
    """One event as a flat CSV row: lists joined with ';'."""
    info = info or {}
    loc = event["location"] or {}
    return {
        **{k: event[k] for k in ("event_id", "doc_id", "date", "event", "mode", "cameo", "goldstein",
                                  "quad_class", "sentence", "trigger", "confidence", "modality", "date_text")},
        "context": ";".join(event["context"]),
        "source_codes": ";".join(a.get("code") or "" for a in event["source"]),
        "source_names": ";".join(a.get("name") or "" for a in event["source"]),
        "target_codes": ";".join(a.get("code") or "" for a in event["target"]),
        "target_names": ";".join(a.get("name") or "" for a in event["target"]),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "title": info.get("title"), "url": info.get("url"),
        **{k: event.get(k) for k in ("num_mentions", "num_articles", "num_sources")},
    }


def _gkg_v1(store, out, *, since, until) -> dict:
    from tacitus.store.gkg import gkg_rows

    n = 0

    def write(fh):
        nonlocal n
        for row in gkg_rows(store, since=since, until=until):
            fh.write("\t".join(row) + "\n")
            n += 1

    _write_text(out, write)
    return {"format": "gkg", "out": str(out), "events": 0, "rows": n}


def _csv_v1(store, out, *, since, until) -> dict:
    events = store.events(since=since, until=until)
    info = store.article_info(e["doc_id"] for e in events)

    def write(fh):
        w = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        w.writeheader()
        for e in events:
            w.writerow(csv_row(e, info.get(e["doc_id"])))

    _write_text(out, write)
    return {"format": "csv", "out": str(out), "events": len(events), "rows": len(events)}


def _parquet_v1(store, out, *, since, until) -> dict:
    """Three hive-partitioned datasets under ``out``: events/ and mentions/ (by event date) and
    articles/ (by article date), each in year=YYYY/month=MM folders. ``out`` must not hold
    files already."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise OutputError(f"{out}: exists and is not an empty folder; choose a new --out or remove it")
    events = store.events_table(since=since, until=until)
    mentions = store.mentions_table(since=since, until=until)
    articles = store.articles_table(since=since, until=until)
    try:
        out.mkdir(parents=True, exist_ok=True)
        _write_partitioned(events, out / "events")
        _write_partitioned(mentions, out / "mentions")
        _write_partitioned(articles, out / "articles")
    except OSError as exc:
        shutil.rmtree(out, ignore_errors=True)
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return {"format": "parquet", "out": str(out), "events": events.num_rows, "rows": events.num_rows,
            "mentions": mentions.num_rows, "articles": articles.num_rows}


def _write_partitioned(table, folder: Path) -> None:
    """Write ``table`` under ``folder`` partitioned by its ``date`` column (year=YYYY/month=MM);
    rows without a date go to year=0000/month=00."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    dates = table.column("date")
    year = pc.fill_null(pc.strftime(pc.cast(dates, pa.timestamp("s")), format="%Y"), "0000")
    month = pc.fill_null(pc.strftime(pc.cast(dates, pa.timestamp("s")), format="%m"), "00")
    table = table.append_column("year", year).append_column("month", month)
    folder.mkdir(parents=True, exist_ok=True)
    if table.num_rows == 0:
        # an empty dataset still needs one file so that readers learn the schema
        import pyarrow.parquet as pq

        pq.write_table(table.drop_columns(["year", "month"]), folder / "part-0.parquet")
        return
    partitioning = ds.partitioning(pa.schema([("year", pa.string()), ("month", pa.string())]), flavor="hive")
    ds.write_dataset(table, folder, format="parquet", partitioning=partitioning,
                     basename_template="part-{i}.parquet", existing_data_behavior="overwrite_or_ignore")


def _write_text(out, write: Callable) -> None:
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write(fh)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None


# Registry: versioned exporter names; FORMATS maps a format to its current version.
EXPORTERS: dict[str, Callable] = {
    "gdelt.v1": _gdelt_v1,
    "plover.v1": _plover_v1,
    "parquet.v1": _parquet_v1,
    "csv.v1": _csv_v1,
    "gkg.v1": _gkg_v1,
}
FORMATS = {"gdelt": "gdelt.v1", "plover": "plover.v1", "parquet": "parquet.v1", "csv": "csv.v1", "gkg": "gkg.v1"}
