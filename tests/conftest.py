"""Shared fixtures: one Coder per test session (loading spaCy takes a second), temporary
databases, the CLI runner, and ../shared/data when it exists."""
from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"


# Files whose tests take minutes, not seconds (a Ray cluster, kill-and-rerun loops, the whole lane
# file through the coder). `make test` hands whole files to its workers in collection order
# (--dist loadfile --no-loadscope-reorder), so these go first and the many short files fill in
# behind them, instead of one long file starting last and running alone (CI, session 23: the last
# 5 % of the tests took a third of the wall time).
LONG_FILES = ("test_ray_engine.py", "test_faults.py", "test_corpus_lanes.py", "test_ingest.py", "test_watch.py",
              "test_extract.py", "test_perf4.py", "test_perf9.py", "test_export.py", "test_analysis.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONG_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: file order kept otherwise


@functools.lru_cache(maxsize=1)
def lane_records() -> tuple[dict, ...]:
    """corpus/tacitus-lanes.jsonl read once per test process (treat the records as read-only)."""
    return tuple(json.loads(line) for line in LANES.read_text("utf-8").splitlines() if line.strip())


def lane_sample(size: int, offset: int = 0) -> list[dict]:
    """`size` lane records spread evenly over the whole file (every lane has a share), the same
    records on every run: a sample that stays the same size as the lanes grow, unlike a fixed
    step (lanes[::4] doubled with the file). `offset` shifts the picks, so that two tests can look
    at different sentences."""
    recs = lane_records()
    size = min(size, len(recs))
    return [recs[(k * len(recs) // size + offset) % len(recs)] for k in range(size)]


@pytest.fixture(scope="session")
def coder():
    from tacitus import Coder

    return Coder()


@pytest.fixture(scope="session")
def coded_lane_docs(coder):
    """Docs of 800 lane sentences after the coder has run on them (its retagging done), shared by
    the speed rounds' tests that compare a shortcut's answers with the full walk's on real
    sentences (perf10, perf11e). Read-only: a test must not change them."""
    from tacitus.model import Article

    arts = [Article(text=r["text"], doc_id=r["id"], date=r.get("date")) for r in lane_sample(800)]
    docs = list(coder.nlp.pipe([a.text for a in arts], batch_size=16))
    for a, doc in zip(arts, docs):
        coder._result(a, doc)  # the event coder's retagging has run
    return docs


@pytest.fixture()
def db_path(tmp_path):
    return str(tmp_path / "test.duckdb")


@pytest.fixture(scope="session")
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present beside the checkout")
    return SHARED_DATA


def coded(coder, text, date):
    """Each event of `text` as (type, cameo, sorted source primaries, sorted target primaries)."""
    return [(e.event, e.cameo, sorted(a.primary for a in e.source), sorted(a.primary for a in e.target))
            for e in coder.code(text, date=date)]


def has_event(events, event, source=None, target=None):
    """Is there an event of that type (None: any) with that source and target primary among `coded` events?"""
    return any((event is None or ev == event) and (source is None or source in src) and (target is None or target in tgt)
               for ev, _, src, tgt in events)


def coded_full(coder, text, date):
    """Like coded(), but with the full actor codes in coder order ("IDNCOP", not "IDN"): what the
    lane tests that check sectors assert on."""
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
            for e in coder.code(text, date=date)]


def has_full_event(evs, event, source=None, target=None, cameo=None, cameo_prefix=None):
    """Among coded_full() events, one of that type whose source / target codes start with the given
    ones, with exactly that cameo code or one starting with cameo_prefix."""
    return any(ev == event and (cameo is None or cm == cameo)
               and (cameo_prefix is None or cm.startswith(cameo_prefix))
               and (source is None or any(c.startswith(source) for c in src))
               and (target is None or any(c.startswith(target) for c in tgt))
               for ev, cm, src, tgt in evs)


def primary_event(events):
    """The evaluator's primary event: the most confident one, the first of equals (None if none)."""
    best = None
    for e in events:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def main_event(coder, text, date):
    """The primary event of one text as (event, cameo, source countries, target countries), the
    first three letters of each actor code; None when nothing is coded."""
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


def run_cli(*args, input=None, env=None, timeout=300):
    """Run the real `tacitus` command in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.pop("TACITUS_DB", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tacitus.cli", *args],
        input=input,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=str(ROOT),
    )


@pytest.fixture()
def cli():
    return run_cli


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory):
    """The bundled sample articles ingested once per test session (treat as read-only)."""
    path = str(tmp_path_factory.mktemp("examples") / "examples.duckdb")
    r = run_cli("ingest", "examples", "--db", path)
    assert r.returncode == 0, r.stderr
    return path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """`tacitus serve` running in a subprocess on a free loopback port."""

    def __init__(self, db: str, *args: str, env: dict | None = None):
        import time
        import urllib.request

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full_env = dict(os.environ)
        full_env.pop("TACITUS_TOKEN", None)
        full_env.update(env or {})
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tacitus.cli", "serve", "--db", db, "--port", str(self.port), *args],
            cwd=str(ROOT), env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"tacitus serve exited: {self.proc.stdout.read()}")
            try:
                urllib.request.urlopen(self.url + "/openapi.json", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("tacitus serve did not answer within 30 s")

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.stdout.read() if self.proc.stdout else ""


@pytest.fixture(scope="session")
def examples_server(examples_db):
    """A read-only server over the examples database, shared by the API and dashboard tests."""
    server = LiveServer(examples_db)
    yield server
    server.stop()

