"""Command-line interface: a thin layer over the public API (one call per command).

`main` is the `tacitus` command (common.py); each module below adds its commands to it:
coding (code, eval), ingest (ingest, load, import-gdelt), watch (watch, sources), query
(events, summary, mentions, quotes, duplicates, amounts, places, dates, entities, export),
analysis (actors, dyad, network), admin (doctor, serve).
"""
from tacitus.cli import admin, analysis, coding, ingest, query, watch  # noqa: F401  (they register their commands)
from tacitus.cli.common import main

__all__ = ["main"]
