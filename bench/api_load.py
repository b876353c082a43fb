"""Load benchmark of `tacitus serve`: p50/p99 latency, throughput and 5xx count for /api/events
(with filters) and /api/dyads at a fixed request rate, on a store of >= 100,000 events.

    python bench/api_load.py                          # builds bench/out/api-100k.duckdb once, then 100 req/s for 30 s
    python bench/api_load.py --rate 200 --duration 20
    python bench/api_load.py --rate 100 --duration 20 --unique   # every answer computed, none cached

The store is filled with synthetic but realistic rows (articles of templated sentences between
real actor codes, PLOVER types with their CAMEO codes and Goldstein scores, places with
coordinates) written through Store.write, so no spaCy run is needed. The load generator is an
open-loop client on loopback (a minimal asyncio HTTP/1.1 client; `--client httpx` for the first,
heavier one): requests start on schedule whether or not earlier ones have finished, and latency
counts from when a request was due, so a slow server (or a slow client) shows up as latency
rather than as a lower rate. `--unique` defeats the server's response cache.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COUNTRIES = {"RUS": "Russia", "CHN": "China", "USA": "United States", "UKR": "Ukraine", "GBR": "Britain",
             "FRA": "France", "DEU": "Germany", "IRN": "Iran", "ISR": "Israel", "TUR": "Turkey", "IND": "India",
             "PAK": "Pakistan", "JPN": "Japan", "KOR": "South Korea", "PRK": "North Korea", "SYR": "Syria",
             "SAU": "Saudi Arabia", "EGY": "Egypt", "BRA": "Brazil", "ZAF": "South Africa"}
SECTORS = {"": "", "GOV": "government", "MIL": "military", "BUS": "companies", "OPP": "opposition"}
# PLOVER type -> (CAMEO code, Goldstein, quad class, verb)
TYPES = {"CONSULT": ("040", 1.0, 1, "met"), "AGREE": ("030", 4.0, 1, "agreed with"),
         "SUPPORT": ("051", 3.4, 1, "praised"), "COOPERATE": ("061", 6.4, 2, "cooperated with"),
         "AID": ("070", 7.0, 2, "sent aid to"), "REQUEST": ("020", 3.0, 1, "urged"),
         "ACCUSE": ("112", -2.0, 3, "accused"), "REJECT": ("120", -4.0, 3, "rejected demands of"),
         "THREATEN": ("130", -4.4, 3, "threatened"), "PROTEST": ("140", -6.5, 3, "protested against"),
         "SANCTION": ("163", -8.0, 4, "imposed sanctions on"), "ASSAULT": ("190", -10.0, 4, "attacked")}
PLACES = [("Moscow", "RUS", 55.75, 37.62), ("Beijing", "CHN", 39.91, 116.39), ("Washington", "USA", 38.90, -77.04),
          ("Kyiv", "UKR", 50.45, 30.52), ("London", "GBR", 51.51, -0.13), ("Paris", "FRA", 48.85, 2.35),
          ("Berlin", "DEU", 52.52, 13.40), ("Tehran", "IRN", 35.69, 51.42), ("Jerusalem", "ISR", 31.77, 35.21),
          ("Ankara", "TUR", 39.92, 32.85), ("New Delhi", "IND", 28.61, 77.21), ("Tokyo", "JPN", 35.69, 139.69),
          ("Seoul", "KOR", 37.57, 126.98), ("Damascus", "SYR", 33.51, 36.29), ("Cairo", "EGY", 30.04, 31.24),
          ("Brasilia", "BRA", -15.79, -47.88), ("Pretoria", "ZAF", -25.75, 28.19), ("Geneva", "CHE", 46.20, 6.15)]


def build_store(path: str, n_events: int, *, seed: int = 7, per_article: int = 5) -> None:
    from tacitus.model import Actor, Article, ArticleResult, Event
    from tacitus.store import open_store

    rng = random.Random(seed)
    codes = [c + s for c in COUNTRIES for s in SECTORS]
    start = dt.date(2015, 1, 1)
    n_articles = (int(n_events * 1.01) + per_article - 1) // per_article  # a few reports merge into one event
    started = time.perf_counter()
    with open_store(path) as store:
        batch: list = []
        for i in range(n_articles):
            day = start + dt.timedelta(days=rng.randrange(3650))
            sentences, events, mentions, pos = [], [], [], 0
            doc_id = f"synth{i:07d}"
            for j in range(per_article):
                src, tgt = rng.sample(codes, 2)
                etype = rng.choice(list(TYPES))
                cameo, gold, quad, verb = TYPES[etype]
                place = rng.choice(PLACES)
                src_name = f"{COUNTRIES[src[:3]]} {SECTORS[src[3:]]}".strip()
                tgt_name = f"{COUNTRIES[tgt[:3]]} {SECTORS[tgt[3:]]}".strip()
                sent = f"The {src_name} {verb} the {tgt_name} in {place[0]} on {day:%B %d}, officials said ({j})."
                s0 = pos + 4
                a_src = Actor(text=src_name, name=src_name, code=src, country=src[:3], sector=src[3:] or None,
                              start=s0, end=s0 + len(src_name), kind="country")
                t0 = sent.index(tgt_name, 4 + len(src_name)) + pos
                a_tgt = Actor(text=tgt_name, name=tgt_name, code=tgt, country=tgt[:3], sector=tgt[3:] or None,
                              start=t0, end=t0 + len(tgt_name), kind="country")
                mentions += [a_src, a_tgt]
                events.append(Event(
                    event_id=f"{doc_id}e{j}", doc_id=doc_id, date=day.isoformat(), event=etype, mode=None,
                    context=[], cameo=cameo, goldstein=gold, quad_class=quad, source=[a_src], target=[a_tgt],
                    sentence=sent, span=(pos, pos + len(sent)), trigger=verb.split()[0], confidence=0.9,
                    location={"name": place[0], "country": place[1], "lat": place[2], "lon": place[3], "geonameid": None}))
                sentences.append(sent)
                pos += len(sent) + 1
            text = " ".join(sentences)
            article = Article(text=text, doc_id=doc_id, title=f"Synthetic report {i}", date=day.isoformat(),
                              source="Synthetic Wire", path="synthetic")
            batch.append(ArticleResult(article, events, mentions, n_words=len(text.split())))
            if len(batch) == 2000:
                store.write(batch, dedup="off")  # templated texts would look like near-duplicates
                batch = []
                print(f"  {i + 1:,}/{n_articles:,} articles", file=sys.stderr, end="\r")
        if batch:
            store.write(batch, dedup="off")
        counts = store.counts()
    print(f"built {path}: {counts['articles']:,} articles, {counts['events']:,} events in "
          f"{time.perf_counter() - started:.1f}s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request_mix(rng: random.Random):
    """Realistic dashboard traffic: filtered event pages and dyad series."""
    countries = list(COUNTRIES)
    while True:
        r = rng.random()
        a, b = rng.sample(countries, 2)
        if r < 0.25:
            yield "events", "/api/events", {"source": a, "limit": 50}
        elif r < 0.45:
            yield "events", "/api/events", {"source": a, "target": b, "since": "2018-01-01", "until": "2022-12-31"}
        elif r < 0.55:
            yield "events", "/api/events", {"event": rng.choice(list(TYPES)), "limit": 100}
        elif r < 0.6:
            yield "events", "/api/events", {"q": rng.choice(["sanctions", "Moscow", "aid"]), "limit": 20}
        else:
            yield "dyads", f"/api/dyads/{a}/{b}", {"by": rng.choice(["week", "month"])}


class _Connection:
    """One keep-alive HTTP/1.1 connection on loopback: a request line, a few headers, and a
    response read by its Content-Length. Less than half the client CPU per request of httpx,
    so the client competes less with the server for the two cores."""

    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    async def get(self, target: str) -> int:
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = None
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        if length is None:
            raise ConnectionError("response without Content-Length")
        await self.reader.readexactly(length)
        return status


async def drive_raw(url: str, rate: float, duration: float, seed: int = 1, unique: bool = False) -> dict:
    """Open loop: request i is due at begin + i/rate and starts then on an idle connection (or a
    new one) whether or not earlier requests have finished. Latency is measured from the time
    the request was due, so a late start (a slow client) counts against the result too."""
    from urllib.parse import urlencode, urlsplit

    host, port = urlsplit(url).hostname, urlsplit(url).port
    rng = random.Random(seed)
    mix = request_mix(rng)
    results: dict[str, list] = {"events": [], "dyads": []}
    statuses: dict[int, int] = {}
    idle: list[_Connection] = []
    failures: dict[str, int] = {}

    async def one(kind, path, params, due, i):
        if unique:  # an unknown parameter the API ignores: every request misses the response cache
            params = {**params, "nonce": f"{seed}-{i}"}
        target = path + "?" + urlencode(params)
        errors = (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, ConnectionError)
        status, fresh = 599, True
        if idle:
            conn, fresh = idle.pop(), False
            try:
                status = await asyncio.wait_for(conn.get(target), 30)
                idle.append(conn)
            except (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError) as exc:
                # the server had closed this idle keep-alive connection (uvicorn does after 5 s)
                # before reading the request: send it again on a new connection, as browsers do
                conn.writer.close()
                fresh = not getattr(exc, "partial", b"")
            except errors as exc:
                failures[type(exc).__name__] = failures.get(type(exc).__name__, 0) + 1
                conn.writer.close()
        if fresh:
            conn = None
            try:
                conn = _Connection(*await asyncio.wait_for(asyncio.open_connection(host, port), 30))
                status = await asyncio.wait_for(conn.get(target), 30)
                idle.append(conn)
            except errors as exc:
                failures[type(exc).__name__] = failures.get(type(exc).__name__, 0) + 1
                status = 599
                if conn is not None:
                    conn.writer.close()
        results[kind].append(time.perf_counter() - due)
        statuses[status] = statuses.get(status, 0) + 1

    tasks = []
    cpu0 = time.process_time()
    begin = time.perf_counter()
    n = int(rate * duration)
    for i in range(n):
        due = begin + i / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(*next(mix), due, i)))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - begin
    for conn in idle:
        conn.writer.close()
    return {"results": results, "statuses": statuses, "elapsed": elapsed, "sent": n,
            "client_cpu": time.process_time() - cpu0, "failures": failures}


async def drive_httpx(url: str, rate: float, duration: float, seed: int = 1, unique: bool = False) -> dict:
    """The first client of this benchmark (open loop, asyncio + httpx), kept for comparison:
    it measures from when a request was sent and uses about 1 ms of CPU per request."""
    import httpx

    rng = random.Random(seed)
    mix = request_mix(rng)
    results: dict[str, list] = {"events": [], "dyads": []}
    statuses: dict[int, int] = {}
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:
        async def one(kind, path, params, i):
            if unique:
                params = {**params, "nonce": f"{seed}-{i}"}
            t0 = time.perf_counter()
            try:
                r = await client.get(path, params=params)
                status = r.status_code
            except httpx.HTTPError:
                status = 599
            results[kind].append(time.perf_counter() - t0)
            statuses[status] = statuses.get(status, 0) + 1

        tasks = []
        cpu0 = time.process_time()
        begin = time.perf_counter()
        n = int(rate * duration)
        for i in range(n):
            target = begin + i / rate
            delay = target - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(*next(mix), i)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - begin
    return {"results": results, "statuses": statuses, "elapsed": elapsed, "sent": n,
            "client_cpu": time.process_time() - cpu0}


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by the server process and its worker processes."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry) == pid or int(fields[1]) == pid:  # fields[1] is the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k] * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default=str(ROOT / "bench" / "out" / "api-100k.duckdb"))
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--rate", type=float, default=100.0, help="requests per second")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of load before measuring")
    ap.add_argument("--workers", type=int, default=1, help="server processes (tacitus serve --workers)")
    ap.add_argument("--client", choices=("raw", "httpx"), default="raw",
                    help="raw: a minimal asyncio HTTP/1.1 client, latency from when each request was due "
                         "(default); httpx: the first client, for comparison")
    ap.add_argument("--unique", action="store_true",
                    help="add a distinct ignored parameter to every request, so none is answered from "
                         "the server's response cache (the cost of computing every answer)")
    args = ap.parse_args()

    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    if not Path(args.db).exists():
        build_store(args.db, args.events)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "serve", "--db", args.db, "--port", str(port),
                               "--workers", str(args.workers)],
                              cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(300):
            try:
                stats = httpx.get(url + "/api/stats", timeout=30).json()
                break
            except (httpx.HTTPError, ValueError):
                time.sleep(0.2)
        else:
            raise SystemExit("server did not start: " + (server.stderr.read() if server.poll() is not None else ""))
        print(f"store: {stats['articles']:,} articles, {stats['events']:,} events", file=sys.stderr)
        drive = drive_raw if args.client == "raw" else drive_httpx
        if args.warmup:
            asyncio.run(drive(url, args.rate, args.warmup, seed=99, unique=args.unique))
        load_before = os.getloadavg()
        cpu0 = server_cpu(server.pid)
        out = asyncio.run(drive(url, args.rate, args.duration, unique=args.unique))
        out["server_cpu"] = server_cpu(server.pid) - cpu0
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:  # still working through queued requests
            server.kill()
            server.wait()
    all_lat = out["results"]["events"] + out["results"]["dyads"]
    n5xx = sum(n for s, n in out["statuses"].items() if 500 <= s < 599)  # answered by the server
    n_failed = out["statuses"].get(599, 0)  # the client gave up (30 s timeout) or the connection failed
    print(f"date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC; load average before: "
          f"{load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}")
    print(f"{out['sent']} requests at {args.rate:g}/s for {args.duration:g}s -> {len(all_lat) / out['elapsed']:.1f} req/s "
          f"completed; statuses {dict(sorted(out['statuses'].items()))}; 5xx: {n5xx}; "
          f"client timeouts/connection errors (599): {n_failed} {out.get('failures') or ''}")
    print(f"client {args.client}{' --unique' if args.unique else ''}, server workers {args.workers}; CPU per request: "
          f"client {out['client_cpu'] / out['sent'] * 1000:.2f} ms, server {out['server_cpu'] / out['sent'] * 1000:.2f} ms "
          f"(server busy {out['server_cpu'] / out['elapsed'] * 100:.0f}% of one core)")
    print("| endpoint | requests | p50 ms | p99 ms | max ms |")
    print("|---|---|---|---|---|")
    for kind in ("events", "dyads"):
        lat = out["results"][kind]
        print(f"| /api/{kind} | {len(lat)} | {pct(lat, 50):.1f} | {pct(lat, 99):.1f} | {max(lat) * 1000:.1f} |")
    print(f"| all | {len(all_lat)} | {pct(all_lat, 50):.1f} | {pct(all_lat, 99):.1f} | {max(all_lat) * 1000:.1f} |")


if __name__ == "__main__":
    main()
