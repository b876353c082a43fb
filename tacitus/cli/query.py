"""Commands that read a database: events and their reports, summary, article facts, exports."""
from __future__ import annotations

import csv
import io
import json

import click

from tacitus.cli.common import (
    FORMATS, fail, print_event_table, print_frame, cli_settings, db_option, handle_errors, main, range_options,
)
from tacitus.errors import InputError


# ----------------------------------------------------------------------------- events
@main.command("events")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--source", default=None, help="Source actor code or prefix (RUS matches RUSGOV).")
@click.option("--target", default=None, help="Target actor code or prefix.")
@click.option("--event", default=None, help="PLOVER 2021 type, e.g. CONSULT.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--limit", type=int, default=None, help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@handle_errors
def events_cmd(db, source, target, event, since, until, limit, fmt):
    """Query stored events.

    \b
    Example:
      tacitus events --source RUS --target CHN --format table
      tacitus events --event SANCTION --since 2022-01-01 --format csv > sanctions.csv
    """
    from tacitus.ingest.readers import parse_iso_date
    from tacitus.events.ontology import PLOVER_TYPES
    from tacitus.store import open_store

    for name, value in (("--since", since), ("--until", until)):
        if value is not None and parse_iso_date(value) is None:
            fail(f"{name} {value!r} is not a date in YYYY-MM-DD form", 2)
    if event is not None and event.upper() not in PLOVER_TYPES:
        fail(f"--event {event!r} is not a PLOVER 2021 type; choose from {', '.join(PLOVER_TYPES)}", 2)
    settings = cli_settings(db=db)
    with open_store(settings.db, read_only=True) as store:
        rows = store.events(source=source, target=target, event=event, since=since, until=until, limit=limit)
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["event_id", "doc_id", "date", "event", "cameo", "goldstein", "quad_class", "source", "target",
                    "trigger", "confidence", "sentence"])
        for r in rows:
            w.writerow([r["event_id"], r["doc_id"], r["date"], r["event"], r["cameo"], r["goldstein"], r["quad_class"],
                        ";".join(a["code"] for a in r["source"]), ";".join(a["code"] for a in r["target"]),
                        r["trigger"], r["confidence"], r["sentence"]])
        click.echo(buf.getvalue(), nl=False)
    else:
        print_event_table(rows)
        click.echo(f"{len(rows)} event(s)", err=True)


# ----------------------------------------------------------------------------- summary
@main.command("summary")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@handle_errors
def summary_cmd(db, as_json):
    """Summarise a database: articles, events by type, top actor pairs.

    \b
    Example:
      tacitus summary --db demo.duckdb
    """
    from tacitus.store import open_store

    settings = cli_settings(db=db)
    with open_store(settings.db, read_only=True) as store:
        s = store.summary()
    if as_json:
        click.echo(json.dumps(s))
        return
    click.echo(f"{settings.db}: {s['articles']} articles ({s['duplicate_articles']} duplicates), {s['events']} events "
               f"from {s['mentions']} reports" + (f", {s['first_date']} .. {s['last_date']}" if s["first_date"] else ""))
    if s["by_type"]:
        click.echo("events by type:")
        for row in s["by_type"]:
            click.echo(f"  {row['event'] or '(no type)':<10} {row['count']:>5}")
    if s["top_pairs"]:
        click.echo("top actor pairs (source -> target, events, mean Goldstein):")
        for p in s["top_pairs"]:
            click.echo(f"  {p['source']:<10} -> {p['target']:<10} {p['count']:>4}   {p['goldstein_mean']:+.2f}")


# ----------------------------------------------------------------------------- article facts
@main.command("quotes")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--speaker", default=None, help="Speaker actor code or prefix (RUS matches RUSGOV).")
@click.option("--doc", "doc_id", default=None, help="Only this article (doc_id).")
@click.option("--limit", type=int, default=None, help="At most this many quotes.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def quotes_cmd(db, speaker, doc_id, limit, fmt):
    """Quotes stored with their speakers and reporting verbs.

    \b
    Example:
      tacitus quotes --db demo.duckdb --speaker RUSGOV
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = store.quotes(speaker=speaker, doc_id=doc_id, limit=limit)
    print_frame(frame, fmt, empty="no quotes match")


@main.command("duplicates")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--kind", type=click.Choice(["exact", "near"]), default=None, help="Only exact or only near duplicates.")
@click.option("--limit", type=int, default=None, help="At most this many articles.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def duplicates_cmd(db, kind, limit, fmt):
    """Articles stored as duplicates (reprints) of an earlier article, with the original.

    \b
    Example:
      tacitus duplicates --db news.duckdb --kind near
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = store.duplicates(kind=kind, limit=limit)
    print_frame(frame, fmt, empty="no duplicate articles")


@main.command("mentions")
@click.argument("event_id")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@handle_errors
def mentions_cmd(event_id, db, fmt):
    """Every report (mention) of one event: article, outlet, sentence, offsets, confidence.

    \b
    Example:
      tacitus events --db demo.duckdb --event CONSULT --format jsonl   # take an event_id
      tacitus mentions 149155f184d34321 --db demo.duckdb
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        rows = store.mentions(event_id=event_id)
    if not rows:
        raise InputError(f"event {event_id!r}: no such event in the database")
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    for r in rows:
        click.echo(f"{r['article_date'] or '':<10} {r['outlet'] or r['doc_id']:<18} [{r['span'][0]}:{r['span'][1]}] "
                   f"conf {r['confidence']:.2f}  {r['sentence']}")
    click.echo(f"{len(rows)} mention(s) in {len({r['doc_id'] for r in rows})} article(s)", err=True)


@main.command("amounts")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--unit", default=None, help="Normalised unit, e.g. 'cubic metre', USD, percent, people.")
@click.option("--kind", type=click.Choice(["money", "percent", "quantity", "casualties", "count"]), default=None)
@click.option("--doc", "doc_id", default=None, help="Only this article (doc_id).")
@click.option("--limit", type=int, default=None, help="At most this many amounts.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def amounts_cmd(db, unit, kind, doc_id, limit, fmt):
    """Amounts stored: value, unit, what is counted, rate.

    \b
    Example:
      tacitus amounts --db demo.duckdb --kind casualties
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = store.amounts(unit=unit, kind=kind, doc_id=doc_id, limit=limit)
    print_frame(frame, fmt, empty="no amounts match")


@main.command("places")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--country", default=None, help="Only places in this country (ISO3, e.g. RUS).")
@click.option("--feature", type=click.Choice(["country", "state", "city", "facility"]), default=None)
@click.option("--doc", "doc_id", default=None, help="Only this article (doc_id).")
@click.option("--limit", type=int, default=None, help="At most this many places.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def places_cmd(db, country, feature, doc_id, limit, fmt):
    """Places named in the articles: GeoNames id, coordinates, country, offsets.

    Facilities ("the Kremlin") are listed with the city they lie in; dateline=True marks the
    place the story was filed from.

    \b
    Example:
      tacitus places --db demo.duckdb --country RUS --format csv
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = store.places(country=country, feature=feature, doc_id=doc_id, limit=limit)
    print_frame(frame, fmt, empty="no places match")


@main.command("dates")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--kind", type=click.Choice(["explicit", "relative"]), default=None)
@click.option("--doc", "doc_id", default=None, help="Only this article (doc_id).")
@click.option("--limit", type=int, default=None, help="At most this many dates.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def dates_cmd(db, kind, doc_id, limit, fmt):
    """Temporal expressions of the articles resolved to a day or a range, with their events.

    \b
    Example:
      tacitus dates --db demo.duckdb --kind relative --limit 20
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        frame = store.dates(kind=kind, doc_id=doc_id, limit=limit)
    print_frame(frame, fmt, empty="no dates match")


@main.command("entities")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--kind", type=click.Choice(["person", "org", "country", "agent", "pronoun"]), default=None)
@click.option("--code", default=None, help="Actor code or prefix.")
@click.option("--mentions", "list_mentions", is_flag=True,
              help="List every mention (offsets, text as written incl. resolved pronouns) instead of one row per entity.")
@click.option("--name", default=None, help="With --mentions: only this entity (canonical name).")
@click.option("--doc", "doc_id", default=None, help="With --mentions: only this article (doc_id).")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@handle_errors
def entities_cmd(db, kind, code, list_mentions, name, doc_id, limit, fmt):
    """Persons, organisations and countries named in the articles, with actor codes and counts.

    Pronouns resolved to an entity ("he" -> Vladimir Putin) count among its mentions.

    \b
    Example:
      tacitus entities --db demo.duckdb --kind person --limit 20
      tacitus entities --db demo.duckdb --mentions --name "Vladimir Putin"
    """
    from tacitus.store import open_store

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        if list_mentions:
            frame = store.entity_mentions(name=name, code=code, doc_id=doc_id, limit=limit)
        else:
            frame = store.entities(kind=kind, code=code, limit=limit)
    print_frame(frame, fmt, empty="no entities match")


# ----------------------------------------------------------------------------- export
@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "parquet", "csv", "gkg"]), required=True, help="gdelt: GDELT 2.0 event rows (TSV); plover: JSON lines; parquet: a dataset folder partitioned by month; csv: one row per event; gkg: GDELT GKG 2.1-style article rows (TSV).")
@click.option("--out", required=True, type=click.Path(), help="File to write (a new folder for parquet).")
@db_option
@range_options
@handle_errors
def export_cmd(fmt, out, db, since, until):
    """Export the stored events; the fields of each format are listed in docs/exports.md.

    \b
    Example:
      tacitus export --format gdelt --out events.gdelt.tsv --db demo.duckdb
      tacitus export --format parquet --out events-parquet/ --since 2022-01-01
    """
    from tacitus.store import open_store
    from tacitus.store.export import export

    with open_store(cli_settings(db=db).db, read_only=True) as store:
        result = export(store, fmt, out, since=since, until=until)
    click.echo(f"wrote {result['rows']} {fmt} row(s) for {result['events']} event(s) to {out}")
