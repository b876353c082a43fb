"""The watch loop: each cycle asks every source what is new, fetches it, and codes and stores it
through the shared `ingest_items` loop; then it records what became of every item.

Guarantees:
- an item (feed guid/URL, or folder file version) recorded as new or duplicate is never fetched
  or coded again, from any source; a feed item is identified by its URL, so the same text at
  another outlet's URL is stored as an exact duplicate of the first (another source for its
  events), while a copy of a stored file in a watched folder is a duplicate and not stored;
- a feed's ETag/Last-Modified are saved only when every item it listed is settled, so a 304
  never hides an item that an interrupted cycle did not finish;
- one failing source is recorded (last error, error count) and the others go on;
- SIGTERM or Ctrl-C stops after the batch in hand; a second one stops at once and the open
  transaction rolls back. Item outcomes are written after the cycle's store writes, so a run
  killed in between fetches those items again next time but never codes them twice.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from tacitus.config import Settings
from tacitus.errors import InputError, SourceError
from tacitus.ingest.readers import Skipped, read_articles
from tacitus.ingest.run import _StopOnInterrupt, ingest_items
from tacitus.model import Article
from tacitus.watch.extract import main_text, make_article
from tacitus.watch.feeds import FeedItem, parse_feed
from tacitus.watch.fetch import FetchPolicy, Fetcher
from tacitus.watch.sources import Source, scan_folder
from tacitus.watch.state import DONE, ItemOutcome, WatchState

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3  # a feed item whose page and summary both fail is tried in this many cycles
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"


@dataclass
class CycleReport:
    number: int
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0  # event reports (mentions) in the new articles
    new_events: int = 0  # of which started a new event (the others joined an event already stored)
    fallbacks: int = 0  # items coded from the feed summary because the page gave no text
    sources_ok: int = 0
    sources_unchanged: int = 0  # answered 304 Not Modified
    sources_failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def all_failed(self) -> bool:
        return self.sources_failed > 0 and self.sources_ok == 0 and self.sources_unchanged == 0

    def line(self) -> str:
        parts = [f"{self.sources_ok} ok"]
        if self.sources_unchanged:
            parts.append(f"{self.sources_unchanged} not modified")
        if self.sources_failed:
            parts.append(f"{self.sources_failed} failed")
        extra = f", {self.fallbacks} from feed summary" if self.fallbacks else ""
        state = "interrupted" if self.interrupted else "done"
        joined = f" ({self.new_events} new, {max(0, self.events - self.new_events)} joined stored events)" if self.events else ""
        return (f"cycle {self.number} {state}: new {self.new}, duplicates {self.duplicates}, failed {self.failed}, "
                f"events {self.events}{joined}, {self.seconds:.1f}s{extra} (sources: {', '.join(parts)})")


@dataclass
class WatchReport:
    cycles: list[CycleReport] = field(default_factory=list)
    interrupted: bool = False
    signum: int | None = None


@dataclass
class _Candidate:
    """One feed item or folder file to fetch/read this cycle, and what came of it."""

    source: Source
    key: str
    url: str | None = None
    version: str | None = None
    item: FeedItem | None = None
    path: Path | None = None
    same_as: "_Candidate | None" = None  # the same guid/URL listed by another feed this cycle
    attempted: bool = False
    hashes: list[str] = field(default_factory=list)  # texts handed to the coder
    doc_ids: list[str] = field(default_factory=list)  # their article ids, in the same order
    dups: list[str] = field(default_factory=list)  # texts already stored (or handed on by another item)
    error: str | None = None
    fallback: bool = False


@dataclass
class _Plan:
    source: Source
    candidates: list[_Candidate] = field(default_factory=list)
    settled: list[ItemOutcome] = field(default_factory=list)  # known duplicates, decided before fetching
    error: str | None = None
    unchanged: bool = False
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    cursor: str | None = None


def watch(
    sources: list[Source],
    *,
    settings: Settings,
    every: float = 900.0,
    once: bool = False,
    policy: FetchPolicy | None = None,
    fetchers: int = 4,
    coder=None,
    progress: bool = False,
    on_cycle: Callable[[CycleReport], None] | None = None,
    max_cycles: int | None = None,
) -> WatchReport:
    """Watch the sources: one cycle with `once`, else a cycle every `every` seconds until SIGTERM
    or Ctrl-C (or `max_cycles`). Returns every cycle's report."""
    from tacitus.store import open_store

    if not sources:
        raise InputError("no sources to watch")
    if every <= 0:
        raise InputError(f"--every must be more than 0 seconds, got {every:g}")
    if fetchers < 1:
        raise InputError(f"--fetchers must be at least 1, got {fetchers}")
    coders = [coder]

    def get_coder():
        # one Coder for every cycle, loaded when there is first something to code
        if coders[0] is None and settings.workers <= 1:
            from tacitus.pipeline import Coder

            coders[0] = Coder(settings)
        return coders[0]

    report = WatchReport()
    stop = _StopOnInterrupt()
    try:
        with open_store(settings.db) as store, Fetcher(policy) as fetcher, ThreadPoolExecutor(fetchers) as pool:
            state = WatchState(store)
            state.ensure(sources)
            number = 0
            while True:
                number += 1
                started = time.monotonic()
                cycle = run_cycle(sources, number=number, settings=settings, store=store, state=state,
                                  fetcher=fetcher, pool=pool, window=2 * fetchers, stop=stop, get_coder=get_coder,
                                  progress=progress)
                report.cycles.append(cycle)
                if on_cycle:
                    on_cycle(cycle)
                if once or stop.requested or (max_cycles and number >= max_cycles):
                    break
                _wait_until(started + every, stop)
                if stop.requested:
                    break
    except KeyboardInterrupt:  # a second signal: stopped at once, the open transaction rolled back
        stop.requested = True
    finally:
        stop.restore()
    report.interrupted = stop.requested
    report.signum = stop.signum
    return report


def _wait_until(deadline: float, stop) -> None:
    while not stop.requested:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.2))


def run_cycle(sources, *, number, settings, store, state: WatchState, fetcher: Fetcher, pool: ThreadPoolExecutor,
              window: int = 8, stop, get_coder=lambda: None, progress=False) -> CycleReport:
    """One pass over every source. Never raises for one bad source or item."""
    started = time.perf_counter()
    cycle = CycleReport(number)
    plans = _plan(sources, state=state, fetcher=fetcher, pool=pool, stop=stop)
    candidates: list[_Candidate] = []
    claimed: dict[str, _Candidate] = {}
    for plan in plans:
        if plan.error:
            cycle.sources_failed += 1
            cycle.errors.append(plan.error)
            log.info("%s", plan.error)
            state.record_error(plan.source.source_id, plan.error)
            continue
        if plan.unchanged:
            cycle.sources_unchanged += 1
        else:
            cycle.sources_ok += 1
        for c in plan.candidates:
            # the same guid/URL in two feeds of this cycle: fetched once, the second is a duplicate
            first = claimed.get(c.key) or (claimed.get(c.url) if c.url else None)
            if first is not None and c.item is not None:
                c.same_as = first
            else:
                claimed[c.key] = c
                if c.url:
                    claimed.setdefault(c.url, c)
            candidates.append(c)

    articles = _articles(candidates, settings=settings, state=state, fetcher=fetcher, pool=pool, window=window, stop=stop)
    if candidates and not stop.requested:
        ingest = ingest_items(articles, settings=settings, progress=progress, coder=get_coder(), store=store, stop=stop)
        cycle.interrupted = ingest.interrupted
        cycle.new_events = ingest.new_events
    cycle.interrupted = cycle.interrupted or stop.requested

    outcomes = _outcomes(candidates, state=state, interrupted=cycle.interrupted)
    for plan in plans:
        outcomes.extend(plan.settled)
    state.record_items(outcomes)
    for o in outcomes:
        if o.status == "new":
            cycle.new += 1
            cycle.events += o.events
        elif o.status == "duplicate":
            cycle.duplicates += 1
        else:
            cycle.failed += 1
            cycle.errors.append(f"{o.url or o.key}: {o.error}")
    cycle.fallbacks = sum(1 for c in candidates if c.fallback and c.attempted)

    settled = {(o.source_id, o.key) for o in outcomes}
    unsettled = {c.source.source_id for c in candidates if (c.source.source_id, c.key) not in settled}
    unsettled |= {o.source_id for o in outcomes if o.status == "failed"}
    for plan in plans:
        if plan.error:
            continue
        sid = plan.source.source_id
        state.record_success(sid, title=plan.title, etag=plan.etag, last_modified=plan.last_modified,
                             cursor=plan.cursor, save_validators=sid not in unsettled and not plan.unchanged)
    cycle.seconds = time.perf_counter() - started
    return cycle


# -- planning: what is new in each source -------------------------------------------------------
def _plan(sources, *, state: WatchState, fetcher: Fetcher, pool: ThreadPoolExecutor, stop) -> list[_Plan]:
    """Fetch feeds in parallel (threads do HTTP and parsing only; the store is used here, in the
    main thread), scan folders, and list the candidates of each source."""
    rows = {s.source_id: state.source(s.source_id) for s in sources}
    futures: dict[str, Future] = {}
    for s in sources:
        if s.kind == "feed":
            row = rows[s.source_id]
            futures[s.source_id] = pool.submit(_fetch_feed, s, fetcher, row.etag if row else None,
                                               row.last_modified if row else None, stop)
    plans = []
    for s in sources:
        try:
            if s.kind == "folder":
                plans.append(_plan_folder(s, state))
            else:
                plan = futures[s.source_id].result()
                if plan.candidates:
                    _drop_seen_items(plan, state)
                plans.append(plan)
        except (SourceError, InputError) as exc:
            plans.append(_Plan(s, error=str(exc)))
    return plans


def _fetch_feed(source: Source, fetcher: Fetcher, etag, last_modified, stop) -> _Plan:
    """Runs in a fetch thread: HTTP and parsing only."""
    try:
        resp = fetcher.get(source.location, etag=etag, last_modified=last_modified, accept=FEED_ACCEPT, stop=stop)
        if resp.not_modified:
            return _Plan(source, unchanged=True)
        feed = parse_feed(resp.content, url=source.location)
    except SourceError as exc:
        return _Plan(source, error=str(exc))
    plan = _Plan(source, title=feed.title, etag=resp.etag, last_modified=resp.last_modified)
    seen: set[str] = set()
    for item in feed.items:
        if item.key in seen:
            continue
        seen.add(item.key)
        plan.candidates.append(_Candidate(source, item.key, url=item.url, item=item))
    return plan


def _drop_seen_items(plan: _Plan, state: WatchState) -> None:
    """Remove items this feed settled before; items another feed settled become duplicates."""
    sid = plan.source.source_id
    known = state.item_states(sid)
    fresh = []
    for c in plan.candidates:
        st = known.get(c.key)
        if st and (st[0] in DONE or (st[0] == "failed" and st[2] >= MAX_ATTEMPTS)):
            continue
        fresh.append(c)
    elsewhere = state.done_elsewhere([c.key for c in fresh], [c.url for c in fresh if c.url])
    plan.candidates = []
    for c in fresh:
        hit = c.key if c.key in elsewhere else (c.url if c.url in elsewhere else None)
        if hit is not None:
            plan.settled.append(ItemOutcome(sid, c.key, "duplicate", url=c.url, doc_id=elsewhere[hit]))
        else:
            plan.candidates.append(c)


def _plan_folder(source: Source, state: WatchState) -> _Plan:
    files = scan_folder(source.location)
    known = state.item_states(source.source_id)
    plan = _Plan(source, title=Path(source.location).name)
    newest = 0
    for f in files:
        newest = max(newest, int(f.version.split(":")[0]))
        st = known.get(f.key)
        if st is not None and st[1] == f.version:
            continue  # unchanged since it was read (whatever came of it)
        plan.candidates.append(_Candidate(source, f.key, version=f.version, path=f.path))
    plan.cursor = str(newest) if files else None
    return plan


# -- fetching and reading: the stream of articles handed to ingest_items ------------------------
def _fetch_page(c: _Candidate, fetcher: Fetcher, stop) -> tuple[str | None, str | None]:
    """Runs in a fetch thread: (main text or None, error or None)."""
    if not c.url:
        return None, "item has no link"
    try:
        resp = fetcher.get(c.url, accept=PAGE_ACCEPT, stop=stop)
    except SourceError as exc:
        return None, str(exc)
    try:
        text = main_text(resp.content, url=resp.url)
    except (ValueError, TypeError, UnicodeError) as exc:  # trafilatura on hostile markup
        return None, f"{c.url}: main text extraction failed ({type(exc).__name__})"
    return text, None if text else f"{c.url}: page has no main text"


def _articles(candidates, *, settings, state: WatchState, fetcher, pool, window, stop) -> Iterator[Article]:
    """Yield the articles to code, in candidate order, while pages are fetched ahead in threads."""
    yielded: set[str] = set()
    for c, page in _ahead(candidates, pool, fetcher, stop, window):
        if stop.requested:
            return
        c.attempted = True
        if c.same_as is not None:
            continue
        where = c.url or c.key
        if c.path is not None:
            items = _read_file(c.path, max_chars=settings.max_chars)
        else:
            text, error = page
            if text is None and c.item.summary.strip():
                text, c.fallback = c.item.summary, True
                if error:
                    log.info("%s; using the feed's summary", error)
            if text is None:
                c.error = error or "no text"
                continue
            items = [make_article(text=text, title=c.item.title, date=c.item.date, url=c.url,
                                  outlet=c.item.outlet, where=where, max_chars=settings.max_chars)]
        for art in items:
            if isinstance(art, Skipped):
                c.error = art.reason if c.path is None else str(art)
                log.warning("skipped %s", art)
                continue
            h = art.hash
            # a file whose text is stored is a copy; a feed item at a new URL is a new article
            # even with a stored text (the store links it to the first as an exact duplicate)
            key = h if c.path is not None else (h, art.doc_id)
            if key in yielded or (c.path is not None and state.stored_docs([h])):
                c.dups.append(h)
                continue
            yielded.add(key)
            c.hashes.append(h)
            c.doc_ids.append(art.doc_id)
            yield art


def _read_file(path: Path, *, max_chars: int) -> Iterator[Article | Skipped]:
    """The file's articles, streamed (a JSONL file may be big); a file removed since the scan is a Skipped."""
    try:
        yield from read_articles([str(path)], max_chars=max_chars)
    except InputError as exc:
        yield Skipped(str(path), f"cannot read: {exc}")


def _ahead(candidates, pool, fetcher, stop, window) -> Iterator[tuple[_Candidate, tuple | None]]:
    """(candidate, page result) in order, with up to `window` page fetches in flight."""
    def submit(c):
        if c.item is not None and c.same_as is None:
            return c, pool.submit(_fetch_page, c, fetcher, stop)
        return c, None

    it = iter(candidates)
    inflight = deque(submit(c) for c in islice(it, window))
    try:
        while inflight:
            c, fut = inflight.popleft()
            yield c, (fut.result() if fut is not None else None)
            nxt = next(it, None)
            if nxt is not None:
                inflight.append(submit(nxt))
    finally:
        for _, fut in inflight:
            if fut is not None:
                fut.cancel()


# -- outcomes -------------------------------------------------------------------------------------
def _outcomes(candidates, *, state: WatchState, interrupted: bool) -> list[ItemOutcome]:
    """What became of each attempted candidate; unfinished ones get no outcome (retried next cycle)."""
    stored = state.stored_docs(h for c in candidates for h in c.hashes + c.dups)
    stored_ids = state.stored_ids(d for c in candidates for d in c.doc_ids)
    out: list[ItemOutcome] = []
    by_id: dict[int, ItemOutcome] = {}
    for c in candidates:
        if not c.attempted or c.same_as is not None:
            continue
        sid = c.source.source_id
        all_hashes = c.hashes + c.dups
        if not all_hashes:
            o = ItemOutcome(sid, c.key, "failed", url=c.url, version=c.version, error=c.error or "no article")
        elif all(d in stored_ids for d in c.doc_ids) and all(h in stored for h in c.dups):
            status = "new" if c.hashes else "duplicate"
            doc_id = c.doc_ids[0] if c.doc_ids else stored[c.dups[0]][0]
            o = ItemOutcome(sid, c.key, status, url=c.url, version=c.version, doc_id=doc_id,
                            error=c.error, events=sum(stored_ids[d] for d in c.doc_ids))
        elif interrupted:
            continue  # its batch was not stored: fetched and coded next cycle
        else:
            o = ItemOutcome(sid, c.key, "failed", url=c.url, version=c.version,
                            error="not stored: its id is already used by a different text")
        out.append(o)
        by_id[id(c)] = o
    for c in candidates:
        if c.same_as is None or not c.same_as.attempted:
            continue
        first = by_id.get(id(c.same_as))
        if first is not None and first.status in DONE:
            out.append(ItemOutcome(c.source.source_id, c.key, "duplicate", url=c.url, doc_id=first.doc_id))
    return out


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str, *, name: str = "--every") -> float:
    """'15m', '30s', '1h', '1.5h', '90' (seconds) -> seconds; InputError naming `name` otherwise."""
    raw = str(text).strip().lower()
    unit = raw[-1:] if raw[-1:] in _UNITS else "s"
    number = raw[:-1] if raw[-1:] in _UNITS else raw
    try:
        seconds = float(number) * _UNITS[unit]
    except ValueError:
        raise InputError(f"{name} {text!r} is not a duration like 30s, 15m, 1h") from None
    if not seconds > 0 or seconds != seconds or seconds == float("inf"):
        raise InputError(f"{name} {text!r} must be a positive duration like 30s, 15m, 1h")
    return seconds


def source_health(store) -> list:
    """Every watched source with its health (last success, last error, items, events)."""
    if not store._has_table("sources"):
        return []
    return WatchState(store).all_sources()
