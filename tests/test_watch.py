"""`tacitus watch` and `tacitus sources`: feeds and article pages served from a real HTTP server on
127.0.0.1, folders on disk, the real store. Nothing is lost or coded twice."""
from __future__ import annotations

import hashlib
import html
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES, ROOT, run_cli
from tacitus.config import Settings
from tacitus.watch import FetchPolicy, Source, resolve_sources, watch

DATA = ROOT / "tests" / "data" / "watch"
FAST = FetchPolicy(timeout=1.0, retries=1, backoff=0.01, host_interval=0.0)


# -- articles: our own texts (tests/data/watch) and the bundled examples -------------------------
def _read_story(path: Path) -> dict:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    title = lines[0]
    date = lines[1].split(":", 1)[1].strip() if lines[1].lower().startswith("date:") else None
    body = [ln for ln in lines[1:] if not ln.lower().startswith("date:")]
    return {"slug": path.stem, "title": title, "date": date, "paragraphs": body}


STORIES = [_read_story(p) for p in sorted(DATA.glob("*.txt"))] + [
    _read_story(p) for p in sorted(EXAMPLES.glob("*.txt"))[:8]
]


def page_html(story: dict, *, outlet="The Meridian Post") -> bytes:
    """An article page with the boilerplate real sites wrap around the story."""
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in story["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(story['title'])} | {outlet}</title></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/politics">Politics</a> | <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{html.escape(story['title'])}</h1><p class="byline">By our correspondent</p>
{paras}
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/x">Ten recipes for autumn</a></li><li><a href="/y">Transfer news round-up</a></li></ul></aside>
<footer><p>Copyright 2025 {outlet}. All rights reserved. Cookie settings. Privacy policy.</p></footer>
</body></html>""".encode()


def rss(title: str, items: list[dict]) -> bytes:
    parts = []
    for it in items:
        parts.append(
            "<item>"
            f"<title>{html.escape(it['title'])}</title>"
            + (f"<link>{it['link']}</link>" if it.get("link") else "")
            + f"<guid isPermaLink=\"false\">{it['guid']}</guid>"
            + (f"<pubDate>{it['pubDate']}</pubDate>" if it.get("pubDate") else "")
            + f"<description>{html.escape(it.get('summary', ''))}</description>"
            "</item>"
        )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
            f'<link>http://127.0.0.1/</link><description>news</description>{"".join(parts)}</channel></rss>').encode()


def atom(title: str, items: list[dict]) -> bytes:
    entries = "".join(
        f"<entry><title>{html.escape(it['title'])}</title><id>{it['guid']}</id>"
        f"<link href=\"{it['link']}\"/><updated>2025-03-14T09:00:00Z</updated>"
        f"<summary>{html.escape(it.get('summary', ''))}</summary></entry>"
        for it in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{html.escape(title)}</title><id>urn:test:{title}</id><updated>2025-03-14T09:00:00Z</updated>"
            f"{entries}</feed>").encode()


# -- the server ------------------------------------------------------------------------------------
class NewsServer:
    """Routes: path -> (kind, value). Kinds: page, feed (ETag-aware), status, sleep, redirect, huge."""

    def __init__(self):
        self.routes: dict[str, tuple] = {}
        self.hits: Counter = Counter()
        self.agents: set[str] = set()
        self.conditional: Counter = Counter()
        self.closing = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path
                server.hits[path] += 1
                server.agents.add(self.headers.get("User-Agent", ""))
                try:
                    server.respond(self, path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def respond(self, h: BaseHTTPRequestHandler, path: str) -> None:
        kind, *value = self.routes.get(path, ("status", 404))
        if kind == "sleep":
            self.closing.wait(value[0])
            kind, value = "page", [value[1]]
        if kind in ("page", "feed"):
            body = value[0]
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if kind == "feed" and h.headers.get("If-None-Match") == etag:
                self.conditional[path] += 1
                h.send_response(304)
                h.send_header("ETag", etag)
                h.end_headers()
                return
            h.send_response(200)
            h.send_header("Content-Type", "application/rss+xml" if kind == "feed" else "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(body)))
            if kind == "feed":
                h.send_header("ETag", etag)
            h.end_headers()
            h.wfile.write(body)
        elif kind == "status":
            h.send_response(value[0])
            h.send_header("Content-Length", "0")
            h.end_headers()
        elif kind == "redirect":
            h.send_response(302)
            h.send_header("Location", value[0])
            h.send_header("Content-Length", "0")
            h.end_headers()
        elif kind == "huge":  # streamed with no Content-Length: the client must stop reading itself
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            chunk = b"<p>" + b"filler text " * 8000 + b"</p>\n"
            sent = 0
            while sent < value[0] and not self.closing.is_set():
                h.wfile.write(chunk)
                sent += len(chunk)

    def close(self):
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server():
    s = NewsServer()
    yield s
    s.close()


def publish(server: NewsServer, feed_path: str, stories: list[dict], *, title="The Meridian Post", fmt=rss,
            prefix="/news/") -> list[dict]:
    """Serve each story as a page and list them all in a feed; returns the feed items."""
    items = []
    for s in stories:
        link = server.url(prefix + s["slug"])
        server.routes[prefix + s["slug"]] = ("page", page_html(s, outlet=title))
        items.append({"title": s["title"], "link": link, "guid": link, "summary": s["paragraphs"][0],
                      "pubDate": _rfc822(s["date"])})
    server.routes[feed_path] = ("feed", fmt(title, items))
    return items


def _rfc822(iso: str | None) -> str | None:
    if not iso:
        return None
    import datetime as dt
    from email.utils import format_datetime

    d = dt.date.fromisoformat(iso)
    return format_datetime(dt.datetime(d.year, d.month, d.day, 9, 0, tzinfo=dt.timezone.utc))


def once(sources, db, coder, *, policy=FAST, fetchers=4):
    report = watch(resolve_sources(sources), settings=Settings.from_env(db=db, workers=1, batch_size=4),
                   once=True, policy=policy, fetchers=fetchers, coder=coder)
    return report.cycles[-1]


def rows(db, sql, params=()):
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


# -- feeds -------------------------------------------------------------------------------------------
def test_watch_codes_feed_items_with_page_text_url_outlet_date_and_picks_up_new_items(server, db_path, coder):
    first, later = STORIES[:3], STORIES[3]
    publish(server, "/world.xml", first)
    c1 = once([server.url("/world.xml")], db_path, coder)
    assert (c1.new, c1.duplicates, c1.failed, c1.sources_ok) == (3, 0, 0, 1)
    assert 0 < c1.new_events <= c1.events
    arts = rows(db_path, "SELECT url, source, CAST(date AS VARCHAR), title, text, n_events FROM articles ORDER BY url")
    assert [a[0] for a in arts] == sorted(server.url("/news/" + s["slug"]) for s in first)
    by_url = {a[0]: a for a in arts}
    for s in first:
        url, outlet, date, title, text, _ = by_url[server.url("/news/" + s["slug"])]
        assert outlet == "The Meridian Post" and date == s["date"] and title == s["title"]
        assert s["paragraphs"][-1] in text  # the page's main text, not only the feed's one-paragraph summary
        assert "Cookie settings" not in text and "Transfer news" not in text  # boilerplate left out
    assert c1.events == sum(a[5] for a in arts)

    publish(server, "/world.xml", first + [later])  # the feed gains an item
    c2 = once([server.url("/world.xml")], db_path, coder)
    assert (c2.new, c2.duplicates, c2.failed) == (1, 0, 0)
    assert server.hits["/news/" + first[0]["slug"]] == 1  # old items are not fetched again
    assert rows(db_path, "SELECT count(*) FROM articles")[0][0] == 4
    assert all(agent.startswith("Tacitus/") for agent in server.agents)


def test_watch_item_in_two_feeds_is_stored_once_and_a_syndicated_copy_is_linked(server, db_path, coder):
    a, b, c = STORIES[4:7]
    items_world = publish(server, "/world.xml", [a, b], title="World desk")
    items_africa = publish(server, "/africa.xml", [b], title="Africa desk", fmt=atom)  # same guid/URL as in /world.xml
    # the same story republished under a second URL in a third feed
    server.routes["/syndicated/" + a["slug"]] = ("page", page_html(a, outlet="Wire"))
    syndicated = {"title": a["title"], "link": server.url("/syndicated/" + a["slug"]),
                  "guid": "urn:wire:" + a["slug"], "summary": a["paragraphs"][0]}
    items_c = publish(server, "/politics.xml", [c], title="Politics")
    server.routes["/politics.xml"] = ("feed", rss("Politics", items_c + [syndicated]))

    cycle = once([server.url("/world.xml"), server.url("/africa.xml"), server.url("/politics.xml")], db_path, coder)
    assert (cycle.new, cycle.duplicates, cycle.failed) == (4, 1, 0)
    assert server.hits["/news/" + b["slug"]] == 1  # listed twice, fetched once
    arts = rows(db_path, "SELECT doc_id, url FROM articles")
    assert len(arts) == 4 and len({d for d, _ in arts}) == 4
    # the syndicated copy is another outlet's article: stored, linked to the first as a reprint,
    # and its reports join the first's events (one more source), not new events
    (copy_of,), = rows(db_path, "SELECT duplicate_of FROM articles WHERE url = ?", [syndicated["link"]])
    assert copy_of == rows(db_path, "SELECT doc_id FROM articles WHERE url = ?", [server.url("/news/" + a["slug"])])[0][0]
    assert rows(db_path, """SELECT count(*) FROM mentions m WHERE m.doc_id = (SELECT doc_id FROM articles WHERE url = ?)
                            AND m.event_id NOT IN (SELECT event_id FROM mentions WHERE doc_id = ?)""",
                [syndicated["link"], copy_of])[0][0] == 0
    items = rows(db_path, "SELECT source_id, item_key, status, doc_id FROM source_items ORDER BY source_id, item_key")
    assert len(items) == 5
    stored_ids = {d for d, _ in arts}
    assert {d for *_, d in items} == stored_ids  # every item points at a stored article
    assert sorted(s for _, _, s, _ in items) == ["duplicate", "new", "new", "new", "new"]
    assert items_world and items_africa

    again = once([server.url("/world.xml"), server.url("/africa.xml"), server.url("/politics.xml")], db_path, coder)
    assert (again.new, again.duplicates, again.failed, again.sources_unchanged) == (0, 0, 0, 3)

    # a feed added later lists an item stored in an earlier cycle: a duplicate, not fetched again
    server.routes["/late.xml"] = ("feed", rss("Late desk", [items_world[1]]))
    late = once([server.url("/late.xml")], db_path, coder)
    assert (late.new, late.duplicates, late.failed) == (0, 1, 0)
    assert server.hits["/news/" + b["slug"]] == 1
    assert rows(db_path, "SELECT doc_id FROM source_items WHERE source_id = ?", ["feed:" + server.url("/late.xml")]) \
        == rows(db_path, "SELECT doc_id FROM articles WHERE url = ?", [server.url("/news/" + b["slug"])])


def test_watch_unchanged_feed_is_a_conditional_request_answered_304(server, db_path, coder):
    publish(server, "/world.xml", STORIES[:1])
    once([server.url("/world.xml")], db_path, coder)
    page_hits = server.hits["/news/" + STORIES[0]["slug"]]
    c2 = once([server.url("/world.xml")], db_path, coder)
    assert server.conditional["/world.xml"] == 1 and c2.sources_unchanged == 1
    assert server.hits["/news/" + STORIES[0]["slug"]] == page_hits == 1
    assert (c2.new, c2.failed) == (0, 0)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<rss version="2.0"><channel><title>Laughs</title><item><title>&g;</title><guid>bomb-1</guid><description>&g;</description></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Leak</title><item><title>x</title><guid>xxe-1</guid><description>&secret;</description></item></channel></rss>"""


def test_watch_failing_feeds_are_recorded_and_never_stop_the_others(server, db_path, coder, cli):
    good = STORIES[7:9]
    publish(server, "/good.xml", good)
    server.routes["/down.xml"] = ("status", 500)
    server.routes["/slow.xml"] = ("sleep", 5, rss("Slow", []))
    server.routes["/broken.xml"] = ("feed", rss("Broken", [])[:-30])
    server.routes["/bomb.xml"] = ("feed", BOMB)
    server.routes["/xxe.xml"] = ("feed", XXE)
    server.routes["/loop-a.xml"] = ("redirect", "/loop-b.xml")
    server.routes["/loop-b.xml"] = ("redirect", "/loop-a.xml")
    bad = ["/down.xml", "/slow.xml", "/broken.xml", "/bomb.xml", "/xxe.xml", "/loop-a.xml"]
    started = time.monotonic()
    cycle = once([server.url(p) for p in bad] + [server.url("/good.xml")], db_path, coder)
    assert time.monotonic() - started < 30
    assert (cycle.sources_ok, cycle.sources_failed, cycle.new) == (1, 6, 2)
    assert server.hits["/down.xml"] == FAST.retries + 1  # retried, then given up
    assert rows(db_path, "SELECT count(*) FROM articles")[0][0] == 2

    r = cli("sources", "--db", db_path, "--format", "json")
    assert r.returncode == 0, r.stderr
    health = {s["location"]: s for s in json.loads(r.stdout)}
    err = {p: health[server.url(p)]["last_error"] for p in bad}
    assert "HTTP 500 after 2 attempts" in err["/down.xml"]
    assert "timed out" in err["/slow.xml"]
    assert "not well-formed XML" in err["/broken.xml"]
    assert "declares the XML entity" in err["/bomb.xml"]
    assert "external entity 'secret' (file:///etc/passwd)" in err["/xxe.xml"]
    assert "redirect" in err["/loop-a.xml"]
    assert all(health[server.url(p)]["errors"] == 1 and health[server.url(p)]["last_success"] is None for p in bad)
    ok = health[server.url("/good.xml")]
    assert ok["last_error"] is None and ok["items"] == 2 and ok["events"] > 0 and ok["last_success"]
    table = cli("sources", "--db", db_path)
    assert table.returncode == 0 and "/good.xml" in table.stdout and "HTTP 500" in table.stdout

    # every source failing is an error exit for cron; the reasons are one line each
    r = cli("watch", server.url("/down.xml"), server.url("/bomb.xml"), "--db", db_path, "--once",
            "--retries", "0", "--delay", "0", "--timeout", "2")
    assert r.returncode == 7, r.stderr
    assert "cycle 1 done: new 0" in r.stdout and "every source failed (2 of 2)" in r.stderr
    assert "Traceback" not in r.stderr


def test_watch_refuses_a_20_mb_page_while_reading_it_and_counts_the_item_failed(server, db_path, coder):
    story = STORIES[0]
    server.routes["/huge"] = ("huge", 20_000_000)
    server.routes["/page"] = ("page", page_html(story))
    items = [
        {"title": "A very long page", "link": server.url("/huge"), "guid": "huge-1", "summary": ""},
        {"title": story["title"], "link": server.url("/page"), "guid": "ok-1", "summary": ""},
    ]
    server.routes["/feed.xml"] = ("feed", rss("Big", items))
    cycle = once([server.url("/feed.xml")], db_path, coder)
    assert (cycle.new, cycle.failed, cycle.sources_ok) == (1, 1, 1)
    assert any("larger than 10 MB refused" in e for e in cycle.errors)
    status = rows(db_path, "SELECT item_key, status, error FROM source_items ORDER BY item_key")
    assert [s[:2] for s in status] == [("huge-1", "failed"), ("ok-1", "new")]


def test_watch_uses_the_feed_summary_when_the_page_is_gone(server, db_path, coder):
    story = STORIES[1]
    summary = " ".join(story["paragraphs"][:2])
    items = [{"title": story["title"], "link": server.url("/gone"), "guid": "gone-1", "summary": summary}]
    server.routes["/feed.xml"] = ("feed", rss("Wire", items))
    cycle = once([server.url("/feed.xml")], db_path, coder)
    assert (cycle.new, cycle.failed, cycle.fallbacks) == (1, 0, 1)
    (text,), = rows(db_path, "SELECT text FROM articles")
    assert text == summary


def test_watch_retries_an_item_without_text_in_three_cycles_then_leaves_it_failed(server, db_path, coder):
    items = [{"title": "Ministers meet", "link": server.url("/missing"), "guid": "missing-1", "summary": ""}]
    server.routes["/feed.xml"] = ("feed", rss("Wire", items))
    for attempt in (1, 2, 3):
        cycle = once([server.url("/feed.xml")], db_path, coder)
        assert (cycle.new, cycle.failed) == (0, 1)
        assert rows(db_path, "SELECT status, attempts FROM source_items")[0] == ("failed", attempt)
        assert rows(db_path, "SELECT etag FROM sources")[0][0] is None  # the feed is read in full again
    assert "HTTP 404" in rows(db_path, "SELECT error FROM source_items")[0][0]
    cycle = once([server.url("/feed.xml")], db_path, coder)
    assert (cycle.new, cycle.failed) == (0, 0) and server.hits["/missing"] == 3
    assert rows(db_path, "SELECT etag FROM sources")[0][0] is not None  # settled: the next read is conditional
    assert rows(db_path, "SELECT failed, items FROM sources")[0] == (3, 0)


ATTACKS = {
    "billion laughs": BOMB,
    "quadratic blowup": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "' + b"x" * 50_000 + b'">]><rss><channel>'
                        + b"&x;" * 1000 + b"</channel></rss>",
    "external entity (file)": XXE,
    "external entity (http)": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><rss>&e;</rss>',
    "parameter entity": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]><rss/>',
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_watch_feed_parser_refuses_entity_attacks_with_a_clear_reason(attack):
    from tacitus.errors import SourceError
    from tacitus.watch.feeds import parse_feed

    with pytest.raises(SourceError, match=r"^http://feeds\.test/a\.xml: feed refused: it declares (the XML|an external) entity"):
        parse_feed(ATTACKS[attack], url="http://feeds.test/a.xml")


def test_watch_never_fetches_an_external_dtd_named_by_a_feed(server, db_path, coder):
    story = STORIES[2]
    items = publish(server, "/plain.xml", [story])
    server.routes["/evil.dtd"] = ("page", b'<!ENTITY leak SYSTEM "file:///etc/hostname">')
    body = rss("Doctype", items).replace(b"<rss ", f'<!DOCTYPE rss SYSTEM "{server.url("/evil.dtd")}"><rss '.encode(), 1)
    server.routes["/doctype.xml"] = ("feed", body)
    cycle = once([server.url("/doctype.xml")], db_path, coder)
    assert cycle.new == 1 and server.hits["/evil.dtd"] == 0


# -- folders -----------------------------------------------------------------------------------------
def test_watch_folder_picks_up_new_and_changed_files_and_resumes_after_restart(tmp_path, db_path, coder):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    texts = [(DATA / n).read_text("utf-8") for n in sorted(os.listdir(DATA))]
    (inbox / "a.txt").write_text(texts[0], "utf-8")
    (inbox / "b.txt").write_text(texts[1], "utf-8")
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    c1 = once([str(inbox)], db_path, coder)
    assert (c1.new, c1.duplicates, c1.failed) == (2, 0, 0)

    (inbox / "sub").mkdir()
    (inbox / "sub" / "c.txt").write_text(texts[2], "utf-8")  # new file in a subfolder
    (inbox / "b.txt").write_text(texts[1] + "\nThe talks are expected to resume next month.\n", "utf-8")  # changed
    (inbox / "copy-of-a.txt").write_text(texts[0], "utf-8")  # same text as a.txt
    (inbox / "empty.txt").write_text("", "utf-8")
    c2 = once([str(inbox)], db_path, coder)  # a new run: state comes from the database
    assert (c2.new, c2.duplicates, c2.failed) == (2, 1, 1)
    c3 = once([str(inbox)], db_path, coder)
    assert (c3.new, c3.duplicates, c3.failed) == (0, 0, 0)
    arts = rows(db_path, "SELECT doc_id, path FROM articles")
    assert len(arts) == 4 and len({d for d, _ in arts}) == 4
    assert any(p.endswith("sub/c.txt") for _, p in arts)


def test_watch_rejects_unusable_sources_with_one_line_errors(tmp_path, cli):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttps://example.org/rss.xml\nftp://example.org/feed\n", "utf-8")
    r = cli("watch", str(listing), "--once", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 2 and f"{listing}:3:" in r.stderr and "not an http(s) feed URL" in r.stderr
    r = cli("watch", str(tmp_path / "missing"), "--once", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 2 and "no such folder or file" in r.stderr
    r = cli("watch", str(tmp_path), "--every", "soon", "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 2 and "--every 'soon'" in r.stderr
    assert all("Traceback" not in x for x in (r.stderr,))
    listing.write_text("# my feeds\nhttps://example.org/rss.xml  # world\n\nhttps://example.org/rss.xml\n", "utf-8")
    assert resolve_sources([str(listing)]) == [Source("feed", "https://example.org/rss.xml")]


# -- stopping ----------------------------------------------------------------------------------------
@pytest.mark.slow
def test_watch_stops_cleanly_on_sigterm_and_the_next_run_finishes_without_duplicates(server, tmp_path):
    db = str(tmp_path / "watch.duckdb")
    stories = STORIES[:10]
    publish(server, "/world.xml", stories)
    for s in stories:  # slow pages, so the signal arrives mid-cycle
        server.routes["/news/" + s["slug"]] = ("sleep", 0.3, page_html(s))
    env = dict(os.environ)
    env.pop("TACITUS_DB", None)
    args = [sys.executable, "-m", "tacitus.cli", "watch", server.url("/world.xml"), "--db", db, "--every", "1s",
            "--batch-size", "2", "--workers", "1", "--fetchers", "1", "--delay", "0", "--timeout", "5"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT), env=env)
    try:
        deadline = time.monotonic() + 120
        while sum(server.hits["/news/" + s["slug"]] for s in stories) < 4:
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the watcher fetched nothing"
            time.sleep(0.05)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped (SIGTERM)" in err and "Traceback" not in err
    assert "interrupted" in out
    stored = rows(db, "SELECT doc_id, url FROM articles")
    recorded = rows(db, "SELECT doc_id FROM source_items WHERE status = 'new'")
    assert 0 < len(stored) < len(stories)
    assert sorted(d for d, _ in stored) == sorted(d for d, in recorded)  # state agrees with the store
    assert rows(db, "SELECT etag FROM sources")[0][0] is None  # not all items settled: no 304 next time

    r = run_cli("watch", server.url("/world.xml"), "--db", db, "--once", "--workers", "1", "--delay", "0")
    assert r.returncode == 0, r.stderr
    stored = rows(db, "SELECT doc_id, url FROM articles")
    assert len(stored) == len(stories) == len({u for _, u in stored}) == len({d for d, _ in stored})
    assert rows(db, "SELECT count(*), count(DISTINCT item_key) FROM source_items WHERE status = 'new'")[0] == (10, 10)
