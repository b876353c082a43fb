"""From a fetched article page (or the feed's summary) to a validated Article.

The page's main text comes from trafilatura (boilerplate, menus and comments removed); when
the page yields nothing usable the item's summary from the feed is used instead. The Article
keeps the item's URL, outlet, publication date and title; the feed is recorded by the watcher.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re

from tacitus.ingest.readers import Skipped
from tacitus.model import Article

log = logging.getLogger(__name__)

MIN_WORDS = 20  # a page that yields fewer words than this is treated as "no main text"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def main_text(page: bytes, *, url: str) -> str | None:
    """The page's main text (paragraphs as lines), or None when there is none worth coding."""
    import trafilatura

    text = trafilatura.extract(page, url=url, include_comments=False, include_tables=False,
                               include_images=False, include_links=False, deduplicate=False)
    if not text or len(text.split()) < MIN_WORDS:
        return None
    return text


def clean(text: str) -> str:
    """Drop control characters (keeping newlines and tabs) and normalise line ends."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def make_article(*, text: str, title: str, date: str | None, url: str | None, outlet: str,
                 where: str, max_chars: int) -> Article | Skipped:
    """An Article for one feed item, or a Skipped saying why it cannot be one."""
    text = clean(text)
    if not text:
        return Skipped(where, "no text: the page has no main text and the feed gives no summary")
    if len(text) > max_chars:
        return Skipped(where, f"article has {len(text):,} characters, over the {max_chars:,} limit")
    if date:
        date_source = "feed"
    else:
        date, date_source = dt.date.today().isoformat(), "fetched"
    # a feed item is identified by its URL: the same story at another outlet's URL is another
    # article, stored as an exact duplicate of the first, so it counts as another source
    doc_id = hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] if url else ""
    return Article(text=text, doc_id=doc_id, title=clean(title), date=date, date_source=date_source, url=url,
                   source=outlet, path=url or where)
