"""The local engine: code batches of articles in this process or in worker processes.

Each worker loads the spaCy model and the dictionaries once (pool initializer) and codes whole
batches with `Coder.code_articles` (batched `nlp.pipe`). Results come back in input order.
At most `2 x workers` batches are in flight, so memory stays bounded however long the input.
"""
from __future__ import annotations

import atexit
import gc
import logging
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from tacitus.config import Settings
from tacitus.model import Article, ArticleResult

log = logging.getLogger(__name__)

_WORKER_CODER = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_CODER  # one Coder per worker process, built once
    from tacitus.pipeline import Coder

    # Ctrl-C is the parent's to handle (it stops the pool); and a worker must not outlive a
    # parent that was killed outright (SIGKILL), or it would hold the terminal and CPU. A forked
    # worker inherits the parent's SIGTERM handler ("finish the batch"): reset it, so the
    # SIGTERM sent when the parent dies ends the worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    _WORKER_CODER = Coder(settings)
    freeze_loaded()


def freeze_loaded() -> None:
    """Move everything loaded so far (the model, the dictionaries, the gazetteer: ~400,000
    objects that live as long as the process) out of the garbage collector's view. Every full
    collection walked them all again while articles were coded; they are never garbage. Called
    once a Coder is built, by the process that codes (a worker, or the one-process run).
    They are handed back before the interpreter exits: objects left frozen are never finalised,
    and DuckDB's bindings then print a "leaked instance" line for each of its objects."""
    gc.collect()
    gc.freeze()
    # (The collector's thresholds stay Python's defaults. Session 16 tried a young-generation
    # threshold of 10,000: 0.06 CPU s less per 150 articles, but the 2,000-article ingest's largest
    # process grew from 532 to 626 MB and its wall time did not fall; docs/profile.md.)
    global _UNFREEZE_AT_EXIT
    if not _UNFREEZE_AT_EXIT:
        atexit.register(gc.unfreeze)
        _UNFREEZE_AT_EXIT = True


_UNFREEZE_AT_EXIT = False


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers end when their queue closes
        log.debug("cannot tie worker lifetime to the parent on this platform")


def _code_batch(batch: list[Article]) -> list[ArticleResult]:
    return list(_WORKER_CODER.code_articles(batch))


def code_in_batches(
    batches: Iterable[tuple[object, list[Article]]],
    *,
    settings: Settings,
    coder=None,
) -> Iterator[tuple[object, list[ArticleResult]]]:
    """For each (tag, batch) yield (tag, results) in input order, coding with
    `settings.workers` processes (1: in this process). Tags pass through untouched."""
    workers = settings.workers
    if workers <= 1:
        from tacitus.pipeline import Coder

        for tag, batch in batches:
            if batch and coder is None:
                coder = Coder(settings)  # loaded only when there is something to code
                freeze_loaded()
            yield tag, (list(coder.code_articles(batch, batch_size=settings.batch_size)) if batch else [])
        return
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pending: deque = deque()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(settings,)) as pool:
        try:
            for tag, batch in batches:
                pending.append((tag, pool.submit(_code_batch, batch) if batch else None))
                while len(pending) >= 2 * workers:
                    done_tag, fut = pending.popleft()
                    yield done_tag, (fut.result() if fut else [])
            while pending:
                done_tag, fut = pending.popleft()
                yield done_tag, (fut.result() if fut else [])
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
