"""The store's tables as Arrow sees them (the DDL is schema.sql), the schema version, and
creating the tables in a new or upgraded store."""
from __future__ import annotations

import datetime as dt
import functools

from tacitus.errors import StoreError
from tacitus.tables import resource_path

SCHEMA_VERSION = "2"


def _duckdb():
    import duckdb

    return duckdb


def create_tables(con, path: str) -> None:
    """Bring an older store up to date (migrate.py), then create any missing table and record
    the schema version, in one transaction."""
    from tacitus.store.migrate import migrate

    migrate(con, path)  # an older store is brought up to date first
    sql = resource_path("tacitus.store", "schema.sql").read_text("utf-8")
    try:
        con.execute("BEGIN")
        con.execute(sql)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO NOTHING", [SCHEMA_VERSION]
        )
        con.execute("COMMIT")
    except _duckdb().Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"{path}: cannot create tables ({str(exc).splitlines()[0]})") from None


def _date(value):
    """A date from an ISO string or a date; None for anything else."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


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
