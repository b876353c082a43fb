"""The local engine: code batches of articles in this process or in worker processes.

Each worker loads the spaCy model and the dictionaries once (pool initializer) and codes whole
batches with `Coder.code_articles` (batched `nlp.pipe`). Results come back in input order.
At most `2 x workers` batches are in flight, so memory stays bounded however long the input.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
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

    _WORKER_CODER = Coder(settings)


def _code_batch(batch: list[Article]) -> list[ArticleResult]:
    return list(_WORKER_CODER.code_articles(batch))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


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
