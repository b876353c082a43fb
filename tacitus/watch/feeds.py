"""RSS/Atom feeds: parsed safely, turned into FeedItems.

The bytes are first parsed with defusedxml, which refuses entity declarations (the "billion
laughs" bomb), external entities and external DTD references; only then does feedparser see
them. A feed that is not well-formed XML is refused too, with the parser's line and column.
"""
from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from tacitus.errors import SourceError

log = logging.getLogger(__name__)


@dataclass
class FeedItem:
    key: str  # guid, else link: what identifies the item across cycles and feeds
    url: str | None
    title: str
    summary: str  # plain text (markup removed), the fallback when the page cannot be used
    date: str | None  # ISO date of publication
    outlet: str


@dataclass
class Feed:
    title: str
    items: list[FeedItem]


def check_xml_safe(data: bytes, where: str) -> None:
    """Raise SourceError unless `data` is well-formed XML without entity declarations,
    external entities or external DTD references."""
    import defusedxml
    from defusedxml import ElementTree as SafeET
    from xml.etree.ElementTree import ParseError

    try:
        SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden as exc:
        if exc.sysid or exc.pubid:
            raise SourceError(f"{where}: feed refused: it declares an external entity {exc.name!r} "
                              f"({exc.sysid or exc.pubid}); external entities are never resolved") from None
        raise SourceError(f"{where}: feed refused: it declares the XML entity {exc.name!r}; entity "
                          "declarations are not accepted (they make entity-expansion bombs)") from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden) as exc:
        raise SourceError(f"{where}: feed refused: it references an external resource "
                          f"({getattr(exc, 'sysid', None) or exc}); external entities and DTDs are not fetched") from None
    except defusedxml.DefusedXmlException as exc:
        raise SourceError(f"{where}: feed refused: unsafe XML ({exc})") from None
    except ParseError as exc:
        line, col = getattr(exc, "position", (0, 0))
        raise SourceError(f"{where}: not well-formed XML (line {line}, column {col}: {str(exc).split(':')[0]})") from None


def parse_feed(data: bytes, *, url: str) -> Feed:
    """Parse RSS/Atom bytes (already fetched) into a Feed; raises SourceError when unusable."""
    import feedparser

    check_xml_safe(data, url)
    # A stream, never bytes or str: feedparser treats a string as a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        raise SourceError(f"{url}: not an RSS or Atom feed (root element <{_root_tag(data)}>)")
    feed_title = _plain(parsed.feed.get("title", "")) or urlsplit(url).netloc
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        key = (entry.get("id") or entry.get("guid") or link or "").strip()
        if not key:
            log.info("%s: an item without guid or link was ignored", url)
            continue
        items.append(FeedItem(
            key=key,
            url=link,
            title=_plain(entry.get("title", "")),
            summary=_plain(entry.get("summary", "") or entry.get("description", "")),
            date=_entry_date(entry),
            outlet=feed_title,
        ))
    return Feed(title=feed_title, items=items)


def _entry_date(entry) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(name)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except (ValueError, AttributeError):
                continue
    return None


def _plain(html: str) -> str:
    """Markup to plain text (feed summaries often hold HTML); blocks become lines."""
    if not html or "<" not in html:
        return (html or "").strip()
    import lxml.etree
    import lxml.html

    try:
        doc = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return html.strip()  # not parseable as HTML: used as it is
    for br in doc.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in doc.text_content().splitlines() if line.strip())


def _root_tag(data: bytes) -> str:
    from defusedxml import ElementTree as SafeET

    from xml.etree.ElementTree import ParseError

    try:
        return SafeET.fromstring(data).tag
    except (ParseError, ValueError):
        return "?"
