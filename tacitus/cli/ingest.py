"""`tacitus ingest`, `tacitus load` and `tacitus import-gdelt`: put articles and events into a database."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from tacitus.cli.common import fail, cli_settings, db_option, handle_errors, input_options, main, model_options


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
                    settings=cli_settings(model=model, actors_files=actors_files, include_negated=include_negated,
                                       max_chars=max_chars, batch_size=batch_size, workers=workers, dedup=dedup))
        return
    if address or out:
        fail("--address and --out are options of --engine ray", 2)
    from tacitus.ingest.run import ingest

    settings = cli_settings(model=model, actors_files=actors_files, include_negated=include_negated,
                         max_chars=max_chars, db=db, batch_size=batch_size, workers=workers, dedup=dedup)
    report = ingest(paths, settings=settings, input=input_kind, date=date, progress=show)
    click.echo(report.summary(), err=False)
    if report.interrupted:
        sys.exit(130)
    if report.read == 0:
        fail("nothing usable was read" + (f"; {report.n_skipped} input(s) skipped" if report.n_skipped else ""), 2)


def _ingest_ray(paths, *, db, out, address, input_kind, date, progress, settings):
    import shutil
    import tempfile

    from tacitus.engines.ray_engine import import_ray, load_dataset, run_ray

    import_ray()  # a missing Ray is a one-line error before anything is read
    if not out and not db:
        fail("--engine ray needs --out DIR (the Parquet dataset), --db FILE (load it into a database), or both", 2)
    if db:
        from tacitus.store import open_store

        open_store(db).close()  # a bad database path fails now, not after the coding
    tmp = None if out else tempfile.mkdtemp(prefix="tacitus-ray-out-")
    try:
        report = run_ray(paths, settings=settings, out=out or str(Path(tmp) / "out"), input=input_kind, date=date,
                         address=address, progress=progress)
        click.echo(report.summary())
        if report.read == 0:
            fail("nothing usable was read" + (f"; {len(report.skipped)} input(s) skipped" if report.skipped else ""), 2)
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

    settings = cli_settings(db=db, batch_size=batch_size, dedup=dedup)
    show = sys.stderr.isatty() if progress is None else progress
    with open_store(settings.db) as store:
        report = load_dataset(folder, store, batch_size=settings.batch_size, dedup=settings.dedup, progress=show)
    click.echo(report.summary())
    if report.read == 0:
        fail(f"{folder}: the dataset holds no articles", 2)


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
    from tacitus.store import open_store
    from tacitus.store.gdelt import import_gdelt

    if not Path(file).is_file():
        fail(f"{file}: no such file", 2)
    with open_store(cli_settings(db=db).db) as store:
        report = import_gdelt(store, file)
    for item in report.skipped[:20]:
        click.echo(f"skipped {item}", err=True)
    if len(report.skipped) > 20:
        click.echo(f"skipped ... and {len(report.skipped) - 20} more line(s)", err=True)
    click.echo(report.summary())
