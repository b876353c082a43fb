"""`tacitus watch` and `tacitus sources`: keep coding what new folders and feeds bring, and their health."""
from __future__ import annotations

import json
import sys

import click

from tacitus.cli.common import fail, cli_settings, db_option, handle_errors, main, model_options


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

    settings = cli_settings(model=model, actors_files=actors_files, include_negated=include_negated,
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
        fail(f"every source failed ({report.cycles[-1].sources_failed} of {len(found)})", 7)


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

    with open_store(cli_settings(db=db).db, read_only=True) as store:
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
