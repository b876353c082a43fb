"""Coding for the API: one Coder, loaded on first use, used by one worker thread only
(a spaCy pipeline object is not thread-safe), so requests queue instead of racing."""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

from tacitus.config import Settings
from tacitus.model import Article

log = logging.getLogger(__name__)


class CodingService:
    def __init__(self, settings: Settings | None = None):
        self._settings = settings
        self._coder = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tacitus-coder")

    def _get_coder(self):
        if self._coder is None:
            from tacitus.pipeline import Coder

            log.info("loading the coder (spaCy model and dictionaries)")
            self._settings = self._settings or Settings.from_env()
            self._coder = Coder(self._settings)
        return self._coder

    async def run(self, fn, *args):
        """Run fn(coder, *args) on the coder thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, lambda: fn(self._get_coder(), *args))

    async def code(self, text: str, date: str | None) -> dict:
        def work(coder, text, date):
            result = coder.code_article(Article(text=text, date=date, date_source="given" if date else "unknown"))
            return result.to_dict()
        return await self.run(work, text, date)

    async def store(self, article: Article, db: str) -> dict:
        """Code and store one article through the ingest loop (skips a stored text)."""
        def work(coder, article, db):
            from tacitus.ingest.run import ingest_items

            settings = coder.settings.with_(db=db, workers=1, batch_size=1)
            report = ingest_items([article], settings=settings, coder=coder)
            return {"doc_id": article.doc_id, "stored": report.stored == 1,
                    "already_stored": report.already == 1, "id_conflict": report.id_conflicts == 1,
                    "events": report.events}
        return await self.run(work, article, db)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
