"""`tacitus serve` through real HTTP on loopback: every endpoint, every bad-input case, the
token, limits, security headers, SQL injection, a database held by an ingest, and
schemathesis against /openapi.json finding no 5xx."""
import json
from urllib.parse import quote
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
from hypothesis import HealthCheck, settings
import pytest

from conftest import LiveServer

TOKEN = "test-token-0123456789"
PUTIN_XI = "Putin and Xi met in Beijing on Friday."


@pytest.fixture(scope="module")
def api(examples_server):
    with httpx.Client(base_url=examples_server.url, timeout=60) as client:
        yield client


@pytest.fixture()
def db_copy(examples_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copyfile(examples_db, path)
    return str(path)


def _all_events(api, **params):
    out, cursor = [], None
    while True:
        r = api.get("/api/events", params={**params, "limit": 7, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["events"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


# ----------------------------------------------------------------------------- reads
def test_server_events_paging_returns_every_event_once(api):
    total = api.get("/api/stats").json()["events"]
    events = _all_events(api)
    ids = [e["event_id"] for e in events]
    assert len(ids) == total == len(set(ids))
    dates = [e["date"] or "" for e in events]
    assert dates == sorted(dates, reverse=True)  # newest first
    oldest_first = _all_events(api, order="asc")
    assert [e["event_id"] for e in oldest_first] == ids[::-1]


def test_server_events_filters_match_the_cli_semantics(api):
    rus = _all_events(api, source="RUS")
    assert rus and all(any(a["code"].startswith("RUS") for a in e["source"]) for e in rus)
    assert any(a["code"] == "RUSGOV" for e in rus for a in e["source"])
    sanctions = _all_events(api, event="sanction", since="2022-01-01", until="2022-12-31")
    assert sanctions and all(e["event"] == "SANCTION" and "2022-01-01" <= e["date"] <= "2022-12-31" for e in sanctions)
    gas = _all_events(api, q="GAS")
    assert gas and all("gas" in e["sentence"].lower() for e in gas)
    assert _all_events(api, source="RUS", target="CHN", q="gas")
    assert _all_events(api, q="no sentence says this") == []


def test_server_event_detail_has_its_mentions_and_article_title(api):
    e = _all_events(api, source="RUS", target="CHN", q="met")[0]
    r = api.get(f"/api/events/{e['event_id']}")
    assert r.status_code == 200
    body = r.json()
    assert body["event_id"] == e["event_id"] and body["mentions"]
    m = body["mentions"][0]
    assert m["doc_id"] == e["doc_id"] and m["sentence"] == e["sentence"] and m["title"]


def test_server_article_has_text_and_highlights_but_no_file_path(api):
    e = _all_events(api, source="RUS", target="CHN", q="met")[0]
    r = api.get(f"/api/articles/{e['doc_id']}")
    assert r.status_code == 200
    art = r.json()
    assert "path" not in art and "Putin" in art["text"]
    kinds = {h["kind"] for h in art["highlights"]}
    assert {"actor", "event", "trigger", "quote"} <= kinds
    for h in art["highlights"]:
        assert 0 <= h["start"] < h["end"] <= len(art["text"])
    trig = [h for h in art["highlights"] if h["kind"] == "trigger" and h["event_id"] == e["event_id"]]
    assert trig and art["text"][trig[0]["start"]:trig[0]["end"]] == "met"
    putin = [h for h in art["highlights"] if h["kind"] == "actor" and h["label"] == "RUSGOV"]
    assert putin and "Putin" in art["text"][putin[0]["start"]:putin[0]["end"]]


def test_server_dyad_network_actors_stats_places_timeline(api):
    d = api.get("/api/dyads/rus/chn", params={"by": "month"}).json()
    assert d["a"] == "RUS" and d["rows"]
    assert {r["direction"] for r in d["rows"]} <= {"RUS->CHN", "CHN->RUS"}
    assert all(r["period"].endswith("-01") for r in d["rows"])
    net = api.get("/api/network", params={"limit": 5}).json()
    assert len(net["edges"]) == 5 and net["total_edges"] >= 5
    codes = {n["code"] for n in net["nodes"]}
    assert all(e["source"] in codes and e["target"] in codes for e in net["edges"])
    actors = api.get("/api/actors", params={"q": "RUS"}).json()["actors"]
    assert actors and all(a["code"].startswith("RUS") for a in actors)
    stats = api.get("/api/stats").json()
    assert stats["articles"] == 13 and stats["events"] > 100 and stats["by_type"]
    places = api.get("/api/places").json()["places"]
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    tl = api.get("/api/actors/RUS/timeline", params={"by": "month"}).json()["rows"]
    assert tl and sum(r["events"] for r in tl) == len(_all_events(api, source="RUS")) + len(
        [e for e in _all_events(api, target="RUS") if not any(a["code"].startswith("RUS") for a in e["source"])])


def test_server_dyads_and_event_pages_equal_what_the_cli_computes(api, examples_db):
    """The API computes dyads in SQL and serves event pages as pre-built JSON for speed; the
    answers must be those of `tacitus dyad` (pandas) and of the Store's events."""
    from tacitus.analysis import dyad
    from tacitus.store import open_store

    with open_store(examples_db, read_only=True) as store:
        expected = {(a, b, by): dyad(store, a, b, by=by).to_dict(orient="records")
                    for a, b in (("RUS", "CHN"), ("USA", "CHN"), ("UKR", "RUS"), ("RUSGOV", "CHN"))
                    for by in ("day", "week", "month")}
        stored = {e["event_id"]: e for e in store.events()}
    for (a, b, by), rows in expected.items():
        got = api.get(f"/api/dyads/{a}/{b}", params={"by": by}).json()["rows"]
        assert [list(r) for r in got] == [list(r) for r in rows]  # same columns in the same order
        assert len(got) == len(rows)
        for g, want in zip(got, rows):
            for key, value in want.items():
                if key == "goldstein_mean" and value == value:  # pandas rounds a tie (x.xxx5) either way
                    assert abs(g[key] - value) <= 0.0011, (a, b, by, g, want)
                elif key != "goldstein_mean":
                    assert g[key] == (value.item() if hasattr(value, "item") else value), (a, b, by, key)
    events = _all_events(api)
    assert len(events) == len(stored)
    for e in events:
        want = dict(stored[e["event_id"]])
        assert e.pop("title") is not None
        assert json.dumps(e, sort_keys=True) == json.dumps(want, sort_keys=True)  # same values and types


def test_server_unknown_ids_are_404_json(api):
    for path in ("/api/events/0000000000000000", "/api/articles/0000000000000000", "/api/nothing-here",
                 "/api/articles/..%2F..%2Fetc%2Fpasswd", "/static/..%2F..%2F__init__.py", "/static/../app.py"):
        r = api.get(path)
        assert r.status_code == 404 and "error" in r.json()


@pytest.mark.parametrize("path,params,parameter", [
    ("/api/events", {"limit": 0}, "limit"),
    ("/api/events", {"limit": 100000}, "limit"),
    ("/api/events", {"limit": "ten"}, "limit"),
    ("/api/events", {"since": "2022-13-01"}, "since"),
    ("/api/events", {"until": "yesterday"}, "until"),
    ("/api/events", {"since": "2023-01-01", "until": "2022-01-01"}, "since"),
    ("/api/events", {"source": "RUS GOV"}, "source"),
    ("/api/events", {"event": "SANCTION;"}, "event"),
    ("/api/events", {"cursor": "bm90IGEgY3Vyc29y"}, "cursor"),
    ("/api/events", {"cursor": "%%%"}, "cursor"),
    ("/api/events", {"order": "sideways"}, "order"),
    ("/api/events", {"q": "x" * 201}, "q"),
    ("/api/dyads/RUS/CHN", {"by": "year"}, "by"),
    ("/api/dyads/RUS/CHN", {"since": "2022-02-30"}, "since"),
    ("/api/network", {"min_events": 0}, "min_events"),
    ("/api/actors", {"limit": -1}, "limit"),
    ("/api/places", {"limit": 99999}, "limit"),
    ("/api/events/not an id", {}, "event_id"),
    ("/api/articles/..%5C..%5Cetc%5Cpasswd", {}, "doc_id"),
    ("/api/dyads/R-U-S/CHN", {}, "a"),
])
def test_server_invalid_parameters_are_400_json_naming_the_parameter(api, path, params, parameter):
    r = api.get(path, params=params)
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["parameter"] == parameter and body["error"]
    assert "Traceback" not in r.text


INJECTIONS = ["' OR '1'='1", "RUS'; DROP TABLE events; --", "1) OR (1=1", "\" OR \"\"=\"", "%' --",
              "RUS\x00GOV", "'; COPY events TO '/tmp/x.csv'; --", "../../etc/passwd", "𝕽𝖀𝕾", "UNION SELECT * FROM articles"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_server_sql_injection_in_every_filter_and_id_changes_nothing(api, value):
    before = api.get("/api/stats").json()
    for name in ("source", "target", "event", "q", "since", "until", "cursor"):
        r = api.get("/api/events", params={name: value})
        assert r.status_code in (200, 400), (name, r.status_code, r.text)
        if r.status_code == 200:  # only q accepts free text: it must match literally, i.e. nothing
            assert name == "q" and r.json()["events"] == []
    for name in ("source", "target", "event", "since", "until"):
        assert api.get("/api/places", params={name: value}).status_code == 400
    for path in ("/api/events/{}", "/api/articles/{}", "/api/dyads/{}/CHN", "/api/dyads/RUS/{}", "/api/actors/{}/timeline"):
        r = api.get(path.format(quote(value, safe="")))
        assert r.status_code in (400, 404), (path, r.status_code, r.text)
    assert api.get("/api/actors", params={"q": value}).status_code == 400
    after = api.get("/api/stats").json()
    assert after == before


# ----------------------------------------------------------------------------- headers, CORS
def test_server_security_headers_on_every_response(api):
    for path in ("/", "/docs", "/static/app.js", "/static/app.css", "/api/stats", "/api/events/zz", "/nope", "/openapi.json"):
        r = api.get(path)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
        assert "http" not in csp, "the CSP allows no external origin"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"
        assert "server" not in r.headers


def test_server_static_files_reference_no_outside_host():
    static = Path(__file__).resolve().parent.parent / "tacitus" / "server" / "static"
    for f in static.iterdir():
        text = f.read_text("utf-8").replace("http://www.w3.org/2000/svg", "")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, f.name


def test_server_cors_is_off_unless_an_origin_is_given(api, examples_db):
    r = api.get("/api/stats", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    server = LiveServer(examples_db, "--cors-origin", "http://localhost:3000")
    try:
        ok = httpx.get(server.url + "/api/stats", headers={"Origin": "http://localhost:3000"})
        assert ok.headers["access-control-allow-origin"] == "http://localhost:3000"
        other = httpx.get(server.url + "/api/stats", headers={"Origin": "http://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        server.stop()


def test_server_docs_and_openapi_work_offline(api):
    spec = api.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{doc_id}", "/api/actors", "/api/dyads/{a}/{b}",
            "/api/network", "/api/stats", "/api/places", "/api/code", "/api/articles"} <= set(spec["paths"])
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text and "cdn" not in docs.text.lower()
    assert api.get("/redoc").status_code == 404


# ----------------------------------------------------------------------------- writes
def test_server_code_works_without_a_token_and_stores_nothing(api):
    before = api.get("/api/stats").json()["articles"]
    r = api.post("/api/code", json={"text": PUTIN_XI, "date": "2022-02-04"})
    assert r.status_code == 200, r.text
    ev = r.json()["events"][0]
    assert ev["event"] == "CONSULT" and {a["code"] for a in ev["source"]} >= {"RUSGOV", "CHNGOV"}
    assert api.get("/api/stats").json()["articles"] == before


@pytest.mark.parametrize("body,parameter,status", [
    ({"text": ""}, "text", 400),
    ({"text": "   \n "}, "text", 400),
    ({}, "text", 400),
    ({"text": PUTIN_XI, "date": "Friday"}, "date", 400),
    ({"text": PUTIN_XI, "date": "2022-02-30"}, "date", 400),
    ({"text": 42}, "text", 400),
    ({"text": "x " * 60_000}, "text", 413),
])
def test_server_code_rejects_bad_bodies(api, body, parameter, status):
    r = api.post("/api/code", json=body)
    assert r.status_code == status, r.text
    assert r.json()["parameter"] == parameter


def test_server_code_rejects_broken_json(api):
    r = api.post("/api/code", content=b'{"text": "unterminated', headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and "error" in r.json()


def test_server_writes_are_off_without_a_token(api):
    r = api.post("/api/articles", json={"text": PUTIN_XI}, headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "--token" in r.json()["error"]


def test_server_store_needs_the_right_bearer_token_then_serves_the_article(db_copy):
    server = LiveServer(db_copy, env={"TACITUS_TOKEN": TOKEN})
    try:
        with httpx.Client(base_url=server.url, timeout=60) as c:
            body = {"text": "Turkey and Greece sign maritime pact\nTurkey signed an agreement with Greece on Tuesday.",
                    "date": "2024-03-05", "source": "Test Wire"}
            assert c.post("/api/articles", json=body).status_code == 401
            assert c.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong-token-xxxxxxx"}).status_code == 401
            assert c.post("/api/articles", json=body, headers={"Authorization": TOKEN}).status_code == 401
            r = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
            assert r.status_code == 201, r.text
            out = r.json()
            assert out["stored"] and out["events"] >= 1
            art = c.get(f"/api/articles/{out['doc_id']}").json()  # the snapshot is refreshed at once
            assert art["title"] == "Turkey and Greece sign maritime pact" and art["outlet"] == "Test Wire"
            assert any(e["doc_id"] == out["doc_id"] for e in c.get("/api/events", params={"source": "TUR"}).json()["events"])
            again = c.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
            assert again["already_stored"] and not again["stored"]
    finally:
        server.stop()


# ----------------------------------------------------------------------------- limits
def test_server_body_cap_is_413_json(examples_db):
    server = LiveServer(examples_db, "--max-body", "4KB")
    try:
        big = {"text": "Putin met Xi. " * 400}
        r = httpx.post(server.url + "/api/code", json=big)
        assert r.status_code == 413 and r.json()["parameter"] == "body"

        def chunks():  # no Content-Length: the cap is enforced while reading
            for _ in range(10):
                yield b" " * 1024

        r = httpx.post(server.url + "/api/code", content=chunks(), headers={"Content-Type": "application/json"})
        assert r.status_code == 413 and "4096" in r.json()["error"]
        assert httpx.get(server.url + "/api/stats").status_code == 200
    finally:
        server.stop()


def test_server_rate_limit_is_429_json(examples_db):
    server = LiveServer(examples_db, "--rate-limit", "5/min")
    try:
        codes = [httpx.get(server.url + "/api/stats").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        r = httpx.get(server.url + "/api/stats")
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "error" in r.json()
        assert httpx.get(server.url + "/").status_code == 200  # the dashboard itself is not limited
    finally:
        server.stop()


def test_server_query_time_cap_interrupts_a_long_query(examples_db):
    from tacitus.errors import QueryTimeoutError
    from tacitus.server.db import SnapshotDatabase

    db = SnapshotDatabase(examples_db, query_timeout=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="longer than 0.3s"):
            with db.cursor() as cur:
                cur.execute("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3").fetchall()
        assert time.monotonic() - started < 5
        with db.cursor() as cur:  # the next query runs normally
            assert cur.execute("SELECT count(*) FROM events").fetchone()[0] > 100
    finally:
        db.close()


# ----------------------------------------------------------------------------- a concurrent ingest
HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS writer_was_here (i INTEGER)")
con.execute("INSERT INTO writer_was_here VALUES (1)")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _hold_lock(db: str, seconds: float):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, db, str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_server_started_during_an_ingest_answers_busy_then_recovers(db_copy):
    holder = _hold_lock(db_copy, 60)
    try:
        server = LiveServer(db_copy)
        try:
            r = httpx.get(server.url + "/api/events")
            assert r.status_code == 503 and "busy" in r.json()["error"] and r.headers["retry-after"]
            assert httpx.get(server.url + "/").status_code == 200  # the dashboard page still loads
        finally:
            holder.kill()
            holder.wait()
        deadline = time.monotonic() + 10
        while (r := httpx.get(server.url + "/api/events")).status_code == 503 and time.monotonic() < deadline:
            time.sleep(0.3)
        assert r.status_code == 200 and r.json()["events"]
    finally:
        server.stop()


def test_server_keeps_serving_its_snapshot_while_an_ingest_writes(db_copy):
    server = LiveServer(db_copy, env={"TACITUS_TOKEN": TOKEN})
    try:
        before = httpx.get(server.url + "/api/stats").json()
        holder = _hold_lock(db_copy, 60)
        try:
            time.sleep(1.2)  # past the refresh interval: the server notices the file changed
            for _ in range(5):
                r = httpx.get(server.url + "/api/stats")
                assert r.status_code == 200
                assert r.json()["events"] == before["events"] and r.json()["stale"] is True
            w = httpx.post(server.url + "/api/articles", json={"text": PUTIN_XI, "date": "2022-02-04"},
                           headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
            assert w.status_code == 503 and "retry" in w.json()["error"]
        finally:
            holder.kill()
            holder.wait()
        time.sleep(1.2)
        assert httpx.get(server.url + "/api/stats").json()["stale"] is False
    finally:
        server.stop()


def test_server_does_not_lock_out_an_ingest(examples_server, examples_db):
    """While the server runs, the database file stays free for a writer."""
    import duckdb

    assert httpx.get(examples_server.url + "/api/events").status_code == 200
    con = duckdb.connect(examples_db)  # would raise if the server held the file
    con.close()


def test_serve_with_two_worker_processes_answers_and_stops_cleanly(examples_db):
    server = LiveServer(examples_db, "--workers", "2")
    try:
        for _ in range(6):
            r = httpx.get(server.url + "/api/stats")
            assert r.status_code == 200 and r.json()["articles"] == 13
    finally:
        server.stop()
    assert server.proc.returncode is not None


def test_serve_refuses_a_missing_database_with_one_line(cli, tmp_path):
    r = cli("serve", "--db", str(tmp_path / "none.duckdb"), "--port", "1")
    assert r.returncode == 5 and r.stderr.startswith("error:") and "Traceback" not in r.stderr
    r = cli("serve", "--db", str(tmp_path / "none.duckdb"), "--max-body", "lots")
    assert r.returncode == 2 and "--max-body" in r.stderr


# ----------------------------------------------------------------------------- schemathesis
@pytest.fixture(scope="module")
def fuzz_server(examples_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb"
    shutil.copyfile(examples_db, path)
    server = LiveServer(str(path), env={"TACITUS_TOKEN": TOKEN})
    yield server
    server.stop()


@pytest.mark.slow
def test_server_schemathesis_finds_no_server_error(fuzz_server):
    """Schema-driven cases (valid and invalid) for every operation in /openapi.json: never a 5xx,
    always a JSON answer. Includes the write endpoints, with the token."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import given

    schema = schemathesis.openapi.from_url(fuzz_server.url + "/openapi.json")
    seen = []
    for result in schema.get_all_operations():
        operation = result.ok()
        cases = operation.as_strategy(schemathesis.GenerationMode.POSITIVE) | operation.as_strategy(
            schemathesis.GenerationMode.NEGATIVE)

        @given(case=cases)
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call(headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}")
            ctype = response.headers.get("content-type") or response.headers.get("Content-Type")
            ctype = ctype[0] if isinstance(ctype, list) else ctype
            assert ctype.startswith("application/json"), ctype
            json.loads(response.text)

        check()
        seen.append(operation.label)
    assert len(seen) >= 11, seen
