"""Continuous ingestion: watch folders and RSS/Atom feeds, code what is new (`tacitus watch`).

    from tacitus.watch import resolve_sources, watch
    report = watch(resolve_sources(["https://example.org/rss.xml", "inbox/"]), settings=settings, once=True)
"""
from tacitus.watch.fetch import FetchPolicy, Fetcher
from tacitus.watch.run import CycleReport, WatchReport, parse_duration, run_cycle, source_health, watch
from tacitus.watch.sources import Source, resolve_sources

__all__ = ["CycleReport", "FetchPolicy", "Fetcher", "Source", "WatchReport", "parse_duration", "resolve_sources",
           "run_cycle", "source_health", "watch"]
