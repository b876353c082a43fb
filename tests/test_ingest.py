"""Ingest: stored once, resumable after a crash, clear errors for bad databases and inputs."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from conftest import ROOT, run_cli

SENTENCES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.",
    "The European Union imposed new sanctions on Belarus after the disputed election.",
    "Thousands of protesters rallied against the government in Colombo on Saturday.",
    "Nigerian police arrested 40 protesters in Lagos, officials said.",
    "Japan agreed to provide humanitarian aid to Bangladesh.",
    "Turkey rejected Sweden's bid to join NATO.",
]


def _corpus(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)) + f" Report number {i}."
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "date": "2022-02-04"}) + "\n")
    return path


def _content(db):
    """Everything a store holds that a rerun must reproduce (not timestamps)."""
    con = duckdb.connect(db, read_only=True)
    try:
        arts = con.execute("SELECT doc_id, content_hash, duplicate_of, dup_kind, n_events FROM articles ORDER BY doc_id").fetchall()
        evs = con.execute("""SELECT event_id, merge_key, doc_id, cameo, source_codes, target_codes, num_mentions,
                                    num_articles, num_sources FROM events ORDER BY event_id""").fetchall()
        ments = con.execute('SELECT doc_id, start, "end", code FROM actor_mentions ORDER BY ALL').fetchall()
        dup = con.execute("SELECT count(*) - count(DISTINCT mention_id) FROM mentions").fetchone()[0]
        reports = con.execute("SELECT mention_id, event_id, doc_id, span_start, cameo FROM mentions ORDER BY mention_id").fetchall()
    finally:
        con.close()
    return arts, evs, ments, dup, reports


def test_ingest_examples_then_reingest_changes_nothing(db_path):
    first = run_cli("ingest", "examples", "--db", db_path)
    assert first.returncode == 0, first.stderr
    assert "stored 13" in first.stdout
    before = _content(db_path)
    second = run_cli("ingest", "examples", "--db", db_path)
    assert second.returncode == 0, second.stderr
    assert "stored 0" in second.stdout and "already stored 13" in second.stdout
    assert _content(db_path) == before


def test_ingest_bad_records_are_skipped_counted_and_good_ones_stored(tmp_path, db_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(json.dumps({"id": "a", "text": SENTENCES[0], "date": "2022-02-04"}) + "\n{broken\n"
                 + json.dumps({"id": "b"}) + "\n", "utf-8")
    r = run_cli("ingest", str(p), "--db", db_path)
    assert r.returncode == 0, r.stderr
    assert "stored 1" in r.stdout and "skipped 2" in r.stdout
    assert f"{p}:2" in r.stdout and f"{p}:3" in r.stdout
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content", [b"", b"\x00\x00binary", b"\xff\xfe\xfa bad"], ids=["empty", "binary", "not-utf8"])
def test_ingest_only_bad_input_exits_nonzero_with_one_line_error(tmp_path, db_path, content):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run_cli("ingest", str(p), "--db", db_path)
    assert r.returncode != 0
    assert str(p) in r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("error:")


def test_ingest_missing_input_and_empty_folder(tmp_path, db_path):
    r = run_cli("ingest", str(tmp_path / "nope"), "--db", db_path)
    assert r.returncode == 2 and "no such file or folder" in r.stderr and "Traceback" not in r.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    r = run_cli("ingest", str(empty), "--db", db_path)
    assert r.returncode == 2 and "no article files" in r.stdout


@pytest.mark.parametrize("where", ["missing-folder", "parent-is-file", "is-a-folder"])
def test_ingest_unusable_database_path_is_a_clear_error(tmp_path, where):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    db = {"missing-folder": tmp_path / "no" / "db.duckdb", "parent-is-file": blocker / "db.duckdb", "is-a-folder": tmp_path}[where]
    r = run_cli("ingest", "examples/01-russia-china-summit.txt", "--db", str(db))
    assert r.returncode == 5, r.stderr
    assert r.stderr.startswith("error:") and str(db) in r.stderr and "Traceback" not in r.stderr


def test_ingest_database_not_a_duckdb_file(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("this is not a database\n" * 100)
    r = run_cli("ingest", "examples/01-russia-china-summit.txt", "--db", str(db))
    assert r.returncode == 5 and "Traceback" not in r.stderr and str(db) in r.stderr


def test_ingest_database_held_by_another_process(tmp_path, db_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({db_path!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = run_cli("ingest", "examples/01-russia-china-summit.txt", "--db", db_path)
        assert r.returncode == 5
        assert "in use by another process" in r.stderr and "Traceback" not in r.stderr
    finally:
        holder.kill()
        holder.wait()


def _start_ingest(corpus, db):
    return subprocess.Popen(
        [sys.executable, "-m", "tacitus.cli", "ingest", str(corpus), "--db", db, "--batch-size", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(ROOT),
    )


def _wait_for_rows(db, proc, timeout=60):
    """Wait until the writer has committed something (WAL grows) or finished."""
    start = time.time()
    while time.time() - start < timeout and proc.poll() is None:
        wal = Path(db + ".wal")
        if wal.exists() and wal.stat().st_size > 50_000:
            return
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT], ids=["ctrl-c"])  # SIGKILL: tests/test_faults.py, 20 times
def test_ingest_interrupted_then_rerun_equals_a_clean_run(tmp_path, sig):
    corpus = _corpus(tmp_path / "corpus.jsonl", 200)
    clean_db = str(tmp_path / "clean.duckdb")
    r = run_cli("ingest", str(corpus), "--db", clean_db)
    assert r.returncode == 0, r.stderr
    clean = _content(clean_db)
    assert len(clean[0]) == 200 and clean[1]

    db = str(tmp_path / "crashed.duckdb")
    proc = _start_ingest(corpus, db)
    _wait_for_rows(db, proc)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert "Traceback" not in err
    partial = _content(db)
    assert len(partial[0]) < len(clean[0]), "the ingest finished before it could be interrupted"
    assert partial[3] == 0  # no duplicate events even in the interrupted store
    if sig == signal.SIGINT and proc.returncode not in (0,):
        assert proc.returncode == 130 and "run the same command again" in out, (proc.returncode, out, err)
    resumed = run_cli("ingest", str(corpus), "--db", db)
    assert resumed.returncode == 0, resumed.stderr
    assert _content(db) == clean


def test_ingest_progress_bar_shows_rate_and_eta(db_path):
    r = run_cli("ingest", "examples", "--db", db_path, "--progress")
    assert r.returncode == 0, r.stderr
    assert "art/s" in r.stderr and "ETA" in r.stderr
    assert "13/13" in r.stderr
