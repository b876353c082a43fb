"""How many articles per minute one `tacitus watch --once` cycle sustains.

    python bench/watch.py                      # 1,000 items across 20 feeds, default workers
    python bench/watch.py --items 200 --feeds 5 --workers 1
    python bench/watch.py --record             # append the result to bench/results.md

A local HTTP server (127.0.0.1 only, in this process) serves 20 RSS feeds and 1,000 article
pages. The pages are built reproducibly by bench/make_corpus.py from the project's own sample
articles, wrapped in our own HTML template (navigation, byline, related links, footer), so
trafilatura has boilerplate to remove. A feed list file names the 20 feeds; then the real CLI
runs one cycle into a fresh database (`--delay 0`: no politeness wait, as every feed is on
loopback), and a second cycle, which should be all 304 Not Modified.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import os
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import build  # noqa: E402

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title></head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By staff reporters, {date}</p>
{paragraphs}
</article></main>
<aside><h3>Related</h3><ul><li><a href="/r1">Markets close higher</a></li><li><a href="/r2">Weather warnings in the north</a></li></ul></aside>
<footer><p>{outlet}. All rights reserved. Terms of use. Cookie preferences.</p></footer></body></html>"""


def build_site(n_items: int, n_feeds: int, base: str) -> dict[str, bytes]:
    """Path -> body for every page and feed."""
    records = build(n_items, seed=11)
    routes: dict[str, bytes] = {}
    feeds: list[list[str]] = [[] for _ in range(n_feeds)]
    for i, r in enumerate(records):
        outlet = f"Bench Desk {i % n_feeds:02d}"
        path = f"/story/{i:05d}"
        paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in r["text"].split("\n\n"))
        routes[path] = TEMPLATE.format(title=html.escape(r["title"]), outlet=outlet, date=r["date"],
                                       paragraphs=paras).encode()
        d = dt.date.fromisoformat(r["date"])
        when = format_datetime(dt.datetime(d.year, d.month, d.day, 8, tzinfo=dt.timezone.utc))
        first = html.escape(r["text"].split("\n\n")[0])
        feeds[i % n_feeds].append(
            f"<item><title>{html.escape(r['title'])}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
            f"<pubDate>{when}</pubDate><description>{first}</description></item>"
        )
    for f, items in enumerate(feeds):
        routes[f"/feed/{f:02d}.xml"] = (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench Desk {f:02d}</title>'
            f"<link>{base}/</link><description>benchmark feed</description>{''.join(items)}</channel></rss>"
        ).encode()
    return routes


def serve(routes: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            body = routes.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".xml") else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=1000)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--workers", type=int, default=None, help="coding workers (default: the CLI's default, all cores)")
    ap.add_argument("--fetchers", type=int, default=4)
    ap.add_argument("--record", action="store_true", help="append a row to bench/results.md")
    args = ap.parse_args()

    routes: dict[str, bytes] = {}
    httpd = serve(routes)  # looks routes up per request: filled once the port (in every link) is known
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes.update(build_site(args.items, args.feeds, base))
    words = sum(len(b.split()) for p, b in routes.items() if p.startswith("/story/"))

    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "feeds.txt"
        listing.write_text("# benchmark feeds\n" + "".join(f"{base}/feed/{f:02d}.xml\n" for f in range(args.feeds)))
        db = str(Path(tmp) / "watch.duckdb")
        cmd = [sys.executable, "-m", "tacitus.cli", "watch", str(listing), "--db", db, "--once", "--delay", "0",
               "--fetchers", str(args.fetchers), "--no-progress"]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        env = {k: v for k, v in os.environ.items() if k != "TACITUS_DB"}
        started = time.perf_counter()
        first = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT), env=env)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        second = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT), env=env)
        seconds2 = time.perf_counter() - started
    httpd.shutdown()
    if first.returncode != 0 or second.returncode != 0:
        sys.exit(f"watch failed:\n{first.stdout}{first.stderr}\n{second.stdout}{second.stderr}")
    line1, line2 = first.stdout.strip().splitlines()[-1], second.stdout.strip().splitlines()[-1]
    new = int(line1.split("new ")[1].split(",")[0])
    per_min = new / seconds * 60
    load = os.getloadavg()
    print(f"first cycle:  {line1}")
    print(f"second cycle: {line2}")
    print(f"{new} articles ({words:,} page words incl. markup) in {seconds:.1f}s wall (process start and model "
          f"load included): {per_min:.0f} articles/min; unchanged cycle {seconds2:.1f}s; "
          f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    if args.record:
        row = (f"| {dt.date.today()} | `python bench/watch.py"
               + (f" --workers {args.workers}" if args.workers else "")
               + (f" --items {args.items} --feeds {args.feeds}" if (args.items, args.feeds) != (1000, 20) else "")
               + f"` | {args.items} items / {args.feeds} feeds | {new} | {seconds:.1f} s | {per_min:.0f} | "
               f"{seconds2:.1f} s | {load[0]:.2f} |\n")
        results = ROOT / "bench" / "results.md"
        text = results.read_text("utf-8")
        header = "## Watch: one `tacitus watch --once` cycle from a loopback server"
        if header not in text:
            text += (f"\n{header}\n\nPoliteness delay 0 (`--delay 0`, every feed is on 127.0.0.1); wall time includes "
                     "process start and spaCy model load; pages from bench/make_corpus.py in our HTML template.\n\n"
                     "| date | command | input | articles stored | wall time | articles/min | unchanged cycle (all 304) | load (1 min) before end |\n"
                     "|---|---|---|---|---|---|---|---|\n")
        results.write_text(text + row, "utf-8")


if __name__ == "__main__":
    main()
