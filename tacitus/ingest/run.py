"""The ingest job: read -> skip what is stored -> code in batches -> store one transaction per batch.

Resumable by construction: an article is stored with its events in one transaction, and
articles whose text is already stored are skipped before parsing, so rerunning an
interrupted ingest finishes the job without duplicates.
"""
from __future__ import annotations

import logging
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from tacitus.config import Settings
from tacitus.ingest.readers import JSONL_SUFFIXES, Skipped, iter_paths, read_articles
from tacitus.model import Article

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    read: int = 0  # usable articles read
    stored: int = 0
    already: int = 0  # skipped because they are stored (same id, same text)
    id_conflicts: int = 0
    exact: int = 0  # stored as exact duplicates of an earlier article
    near: int = 0  # stored as near-duplicates (reprints with edits) of an earlier article
    events: int = 0  # event reports (mentions) stored
    new_events: int = 0  # of which started a new event (the others joined a stored one)
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False
    db: str = ""

    @property
    def n_skipped(self) -> int:
        return len(self.skipped)

    def summary(self, max_reasons: int = 10) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        lines = [
            f"{'interrupted' if self.interrupted else 'done'} in {self.seconds:.1f}s: read {self.read} article(s), "
            f"stored {self.stored}, already stored {self.already}, skipped {self.n_skipped}, "
            f"events {self.events} ({rate:.1f} articles/s) -> {self.db}"
        ]
        if self.stored:
            lines.append(f"  duplicates: {self.exact} exact, {self.near} near (linked to the first-seen article); "
                         f"event reports: {self.events}, of which {self.new_events} new event(s) and "
                         f"{self.events - self.new_events} joined an event already stored")
        if self.id_conflicts:
            lines.append(f"  {self.id_conflicts} article(s) not stored: their id is already used by a different text")
        if self.skipped:
            reasons = Counter(s.reason.split(" (")[0] for s in self.skipped)
            lines.append("skipped: " + "; ".join(f"{n} x {r}" for r, n in reasons.most_common(5)))
            for s in self.skipped[:max_reasons]:
                lines.append(f"  {s}")
            if len(self.skipped) > max_reasons:
                lines.append(f"  ... and {len(self.skipped) - max_reasons} more")
        if self.interrupted:
            lines.append("interrupted: stored batches are complete; run the same command again to finish")
        return "\n".join(lines)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many records the inputs hold (files, plus lines of JSONL files), for the ETA."""
    total = 0
    try:
        for _, path in iter_paths(paths):
            if path is None:
                return None
            if path.is_dir():
                total += 1
            elif path.suffix.lower() in JSONL_SUFFIXES:
                with path.open("rb") as fh:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) or 1
            else:
                total += 1
    except OSError:
        return None
    return total


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    paths: Iterable[str],
    *,
    settings: Settings,
    input: str = "auto",
    date: str | None = None,
    progress: bool = False,
    coder=None,
    store=None,
) -> IngestReport:
    """Ingest files/folders into the store named by settings.db (or the given store)."""
    paths = list(paths)
    items = read_articles(paths, input=input, date=date, max_chars=settings.max_chars)
    return ingest_items(items, settings=settings, total=count_inputs(paths) if progress else None,
                        progress=progress, coder=coder, store=store)


def ingest_items(
    items: Iterable[Article | Skipped],
    *,
    settings: Settings,
    total: int | None = None,
    progress: bool = False,
    coder=None,
    store=None,
    stop: "_StopOnInterrupt | None" = None,
) -> IngestReport:
    """Code and store a stream of articles (and count the Skipped notes among them).

    Every source of articles (files, stdin, feeds, folders being watched) goes through here,
    so skipping what is stored, batching, interrupts and the summary behave the same.
    A caller that runs several ingests (`tacitus watch`) passes its own `stop` so one
    SIGINT/SIGTERM handler spans them all; otherwise one is installed for this call."""
    from tacitus.engines import code_in_batches
    from tacitus.store import open_store

    report = IngestReport(db=settings.db)
    own_store = store is None
    store = store or open_store(settings.db)
    started = time.perf_counter()
    bar = _Progress(total, enabled=progress)
    own_stop = stop is None
    stop = stop or _StopOnInterrupt()
    try:
        def todo_batches():
            """Read, count skipped records, drop articles already stored; tag = inputs consumed."""
            for batch in _batches(items, settings.batch_size):
                articles: list[Article] = []
                for item in batch:
                    if isinstance(item, Skipped):
                        report.skipped.append(item)
                        log.warning("skipped %s", item)
                    else:
                        articles.append(item)
                report.read += len(articles)
                known = store.stored(articles)
                todo = [a for a in articles if a.doc_id not in known]
                report.already += len(articles) - len(todo)
                yield len(batch), todo

        for n_inputs, results in code_in_batches(todo_batches(), settings=settings, coder=coder):
            if stop.requested and not results:
                break
            if results:
                counts = store.write(results, dedup=settings.dedup)
                report.stored += counts["stored"]
                report.already += counts["duplicate"]
                report.id_conflicts += counts["id_conflict"]
                report.events += counts["events"]
                report.new_events += counts["new_events"]
                report.exact += counts["exact"]
                report.near += counts["near"]
                report.words += sum(r.n_words for r in results)
            bar.advance(n_inputs, stored=report.stored, events=report.events)
            if stop.requested:
                report.interrupted = True  # the batch in hand is stored; stop before the next
                break
    except KeyboardInterrupt:  # a second Ctrl-C: stop at once; the open transaction rolls back
        report.interrupted = True
    finally:
        if own_stop:
            stop.restore()
        bar.close()
        report.seconds = time.perf_counter() - started
        if own_store:
            store.close()
    return report


class _StopOnInterrupt:
    """The first Ctrl-C (SIGINT) or SIGTERM asks the ingest to stop after the batch in hand, so
    no write is ever cut in the middle; a second one interrupts at once (the open transaction
    rolls back). `signum` says which signal asked."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self):
        self.requested = False
        self.signum: int | None = None
        self._previous: dict = {}
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._handle)

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        self.signum = signum
        name = "SIGTERM" if signum == signal.SIGTERM else "interrupt"
        log.warning("%s: finishing the batch in hand (Ctrl-C again to stop at once)", name)

    def restore(self) -> None:
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        self._previous = {}


class _Progress:
    """A rich progress bar with rate and ETA on stderr; silent when disabled."""

    def __init__(self, total: int | None, *, enabled: bool):
        self.enabled = enabled
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} art/s"),
            TextColumn("events {task.fields[events]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, rate=0.0, events=0)
        self.started = time.perf_counter()
        self.done = 0

    def advance(self, n: int, *, stored: int, events: int) -> None:
        if not self.enabled:
            return
        self.done += n
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        self.progress.update(self.task, advance=n, rate=self.done / elapsed, events=events)

    def close(self) -> None:
        if self.enabled:
            self.progress.stop()
