"""The Ray engine: same events as the local engine, a Parquet dataset DuckDB reads in place,
loading through the store's write path, and a clear error when Ray is not installed.

One local Ray (2 CPUs) is started for the whole module. `make test` installs the `ray` extra,
so CI runs these tests; they skip only where Ray is absent.
"""
from __future__ import annotations

import json
import textwrap

import duckdb
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, run_cli
from tacitus.model import Article, ArticleResult

pytestmark = pytest.mark.slow


def _event_set(db: str) -> set[tuple]:
    con = duckdb.connect(db, read_only=True)
    try:
        rows = con.execute(
            "SELECT doc_id, event, cameo, source_codes, target_codes, span_start, span_end FROM mentions").fetchall()
    finally:
        con.close()
    return {(d, e, c, tuple(s or ()), tuple(t or ()), a, b) for d, e, c, s, t, a, b in rows}


@pytest.fixture(scope="module")
def ray_run(tmp_path_factory):
    """examples/ plus a folder with one binary file, coded with `--engine ray` once."""
    pytest.importorskip("ray")
    from tacitus.cli import main
    from tacitus.engines.ray_engine import RaySession

    tmp = tmp_path_factory.mktemp("ray")
    bad = tmp / "bad"
    bad.mkdir()
    (bad / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    out, db = tmp / "out", tmp / "ray.duckdb"
    records = _parquet_records()
    pq_in = tmp / "articles.parquet"
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), pq_in, row_group_size=2)  # two read tasks
    with RaySession(workers=2):
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), str(bad), "--engine", "ray", "--workers", "2",
                                           "--out", str(out), "--db", str(db), "--no-progress"])
        # no --out: the Parquet dataset goes to a temporary folder and is loaded into --db
        pq_result = CliRunner().invoke(main, ["ingest", str(pq_in), "--engine", "ray", "--workers", "2",
                                              "--db", str(tmp / "pq.duckdb"), "--no-progress"])
    assert result.exit_code == 0, result.output
    return {"out": out, "db": str(db), "output": result.output, "pq_db": str(tmp / "pq.duckdb"),
            "pq_output": pq_result.output, "pq_exit": pq_result.exit_code, "records": records}


def _parquet_records() -> list[dict]:
    """Three sample articles as Parquet rows (JSONL fields as columns), and one row without text."""
    rows = []
    for path in sorted(EXAMPLES.glob("*.txt"))[:3]:
        lines = path.read_text("utf-8").splitlines()
        rows.append({"id": "pq-" + path.stem, "title": lines[0], "date": "2022-02-04",
                     "text": "\n".join(lines[1:]), "source": "Parquet Wire"})
    rows.insert(1, {"id": "pq-empty", "title": "nothing", "date": "2022-02-04", "text": None, "source": None})
    return rows


def test_ray_reads_articles_from_parquet_like_the_local_engine_reads_jsonl(ray_run, tmp_path):
    assert ray_run["pq_exit"] == 0, ray_run["pq_output"]
    assert "skipped 1" in ray_run["pq_output"] and ":2" in ray_run["pq_output"]  # the row without text, by number
    jsonl = tmp_path / "same.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in ray_run["records"]), "utf-8")
    local_db = str(tmp_path / "local.duckdb")
    r = run_cli("ingest", str(jsonl), "--db", local_db, "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert _event_set(ray_run["pq_db"]) == _event_set(local_db) and len(_event_set(local_db)) > 10


def test_ray_and_local_engines_store_identical_events(ray_run, examples_db):
    local, ray = _event_set(examples_db), _event_set(ray_run["db"])
    assert len(local) > 100
    assert ray == local
    merged = "SELECT count(*), sum(num_mentions) FROM events"
    assert (duckdb.connect(ray_run["db"], read_only=True).execute(merged).fetchone()
            == duckdb.connect(examples_db, read_only=True).execute(merged).fetchone())


def test_ray_run_reports_counts_and_names_the_skipped_file(ray_run):
    out = ray_run["output"]
    assert "read 13 article(s), skipped 1" in out
    assert "broken.txt: binary file" in out
    assert "stored 13" in out


def test_ray_output_is_a_partitioned_dataset_duckdb_reads_in_place(ray_run):
    out = ray_run["out"]
    # 01-russia-china-summit.txt is dated 2022-02-04
    assert list((out / "articles" / "year=2022" / "month=02").glob("*.parquet"))
    con = duckdb.connect()
    n_reports = con.execute(
        f"SELECT count(*) FROM read_parquet('{out}/mentions/**/*.parquet', hive_partitioning = true)").fetchone()[0]
    stored = duckdb.connect(ray_run["db"], read_only=True).execute("SELECT count(*) FROM mentions").fetchone()
    assert (n_reports,) == stored
    by_type = dict(con.execute(
        f"SELECT event, count(*) FROM read_parquet('{out}/mentions/**/*.parquet', hive_partitioning = true) "
        "WHERE year = '2022' GROUP BY event").fetchall())
    assert by_type.get("CONSULT", 0) > 0
    quotes = con.execute(
        f"SELECT count(*) FROM read_parquet('{out}/quotes/**/*.parquet', hive_partitioning = true) "
        "WHERE speaker_code IS NOT NULL").fetchone()[0]
    assert quotes > 0
    record = con.execute(
        f"SELECT record_json FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning = true) "
        "WHERE title LIKE '%Blinken%'").fetchone()[0]
    result = ArticleResult.from_dict(json.loads(record))
    assert result.article.text.startswith("Blinken") or "Blinken" in result.article.text
    assert result.events and result.facts is not None


def test_load_again_changes_nothing(ray_run):
    r = run_cli("load", str(ray_run["out"]), "--db", ray_run["db"])
    assert r.returncode == 0, r.stderr
    assert "stored 0, already stored 13" in r.stdout


def test_load_of_a_folder_that_is_not_a_ray_output_is_a_one_line_error(tmp_path):
    r = run_cli("load", str(tmp_path), "--db", str(tmp_path / "x.duckdb"))
    assert r.returncode == 2 and r.stderr.startswith("error:") and "no articles/ folder" in r.stderr
    assert "Traceback" not in r.stderr


@pytest.fixture()
def without_ray(tmp_path):
    """PYTHONPATH with a `ray` package that fails to import, as on an install without the extra."""
    fake = tmp_path / "noray" / "ray"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError(\"No module named 'ray'\")\n")
    return {"PYTHONPATH": str(fake.parent)}


def test_engine_ray_without_ray_installed_says_how_to_install(tmp_path, without_ray):
    r = run_cli("ingest", "examples", "--engine", "ray", "--out", str(tmp_path / "out"), env=without_ray)
    assert r.returncode == 2, r.stderr
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("error:")
    assert "pip install 'tacitus[ray]'" in r.stderr
    # the default engine never needs Ray
    r = run_cli("ingest", "examples/01-russia-china-summit.txt", "--db", str(tmp_path / "a.duckdb"), "--workers", "1",
                env=without_ray)
    assert r.returncode == 0, r.stderr


def test_article_result_round_trips_through_json(coder):
    text = textwrap.dedent("""\
        Russia and China signed a gas deal worth $400 billion on Friday, officials said.
        "This is a historic day," Putin said in Beijing. Protesters rallied outside the embassy.""")
    article = Article(text=text, title="Gas deal", date="2014-05-23", url="https://example.org/a", source="Wire")
    result = next(coder.code_articles([article]))
    assert result.events and result.facts.quotes and result.facts.amounts
    back = ArticleResult.from_dict(json.loads(json.dumps(result.to_dict(full=True))))
    assert back == result
    assert back.to_dict() == result.to_dict()
    with pytest.raises(ValueError, match="not a full article record"):
        ArticleResult.from_dict(result.to_dict())


@pytest.mark.parametrize("args, message", [
    (["-", "--engine", "ray", "--out", "OUT"], "not stdin"),
    (["examples", "--engine", "ray"], "needs --out DIR"),
    (["examples", "--engine", "ray", "--out", "OUT", "--model", "no_such_model"], "cannot load spaCy model"),
    (["examples", "--out", "OUT"], "options of --engine ray"),
])
def test_engine_ray_bad_arguments_are_one_line_errors_before_ray_starts(tmp_path, args, message):
    pytest.importorskip("ray")
    out = tmp_path / "out"
    r = run_cli("ingest", *[str(out) if a == "OUT" else a for a in args], input="")
    assert r.returncode in (2, 4), r.stderr
    assert r.stderr.startswith("error:") and message in r.stderr and r.stderr.count("\n") == 1
    assert not out.exists()


def test_engine_ray_bad_parquet_input_is_a_one_line_error(tmp_path):
    pytest.importorskip("ray")
    (tmp_path / "in.parquet").write_bytes(b"PAR1 not really")
    r = run_cli("ingest", str(tmp_path / "in.parquet"), "--engine", "ray", "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "cannot read as Parquet" in r.stderr and r.stderr.count("\n") == 1