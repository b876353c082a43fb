"""`tacitus doctor` and `tacitus serve`: check and repair a database, serve it over HTTP."""
from __future__ import annotations

import json
import sys

import click

from tacitus.cli.common import cli_settings, db_option, handle_errors, main
from tacitus.errors import TacitusError


# ----------------------------------------------------------------------------- doctor
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

    path = cli_settings(db=db).db
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

    path = cli_settings(db=db).db
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
