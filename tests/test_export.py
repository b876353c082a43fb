"""Exports (gdelt, plover, parquet, csv) and the GDELT importer, over a database of the examples."""
import csv
import io
import json
import zipfile
from collections import Counter

import duckdb
import pytest

from conftest import run_cli




@pytest.fixture(scope="module")
def gdelt_file(examples_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("gdelt") / "events.export.CSV"
    r = run_cli("export", "--format", "gdelt", "--out", str(out), "--db", examples_db)
    assert r.returncode == 0, r.stderr
    return out


def _sql(db, sql, params=()):
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _pair_multiset(db):
    """(date, cameo, source code, target code) per distinct code pair of each event; '' for no actor."""
    out = Counter()
    for date, cameo, src, tgt in _sql(db, "SELECT date, cameo, source_codes, target_codes FROM events"):
        pairs = {(s, t) for s in (src or [""]) for t in (tgt or [""])}
        for s, t in pairs:
            out[(date.isoformat(), cameo, s, t)] += 1
    return out


def test_export_gdelt_rows_have_61_fields_in_gdelt_order(gdelt_file):
    from tacitus.store.gdelt import COLUMNS

    assert COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL") and COLUMNS[51] == "ActionGeo_Type"
    lines = gdelt_file.read_text("utf-8").splitlines()
    assert lines
    ids = set()
    for line in lines:
        f = line.split("\t")
        assert len(f) == 61
        assert f[0].isdigit() and len(f[1]) == 8 and f[2] == f[1][:6] and f[3] == f[1][:4]
        assert f[27] == f[26][:3] and f[28] == f[26][:2] and f[29] in "1234"
        mentions, sources, articles = int(f[31]), int(f[32]), int(f[33])
        assert mentions >= articles >= sources >= 1  # the examples have no outlet: one source per article
        ids.add(f[0])
    assert len(ids) == len(lines), "GlobalEventID must be unique per row"


def test_export_gdelt_ids_are_stable(examples_db, gdelt_file, tmp_path):
    again = tmp_path / "again.tsv"
    assert run_cli("export", "--format", "gdelt", "--out", str(again), "--db", examples_db).returncode == 0
    first = [line.split("\t")[0] for line in gdelt_file.read_text("utf-8").splitlines()]
    assert [line.split("\t")[0] for line in again.read_text("utf-8").splitlines()] == first


def test_export_gdelt_then_import_gives_the_same_events(cli, examples_db, gdelt_file, db_path):
    r = cli("import-gdelt", str(gdelt_file), "--db", db_path)
    assert r.returncode == 0, r.stderr
    assert _pair_multiset(db_path) == _pair_multiset(examples_db)
    (doc_id,), = _sql(db_path, "SELECT doc_id FROM events LIMIT 1")
    assert doc_id.startswith("gdelt:")
    r = cli("import-gdelt", str(gdelt_file), "--db", db_path)
    assert r.returncode == 0 and "stored 0" in r.stdout
    (n,), = _sql(db_path, "SELECT count(*) FROM events")
    assert n == sum(_pair_multiset(examples_db).values())


def test_import_gdelt_events_share_a_dyad_query_with_coded_events(cli, examples_db, gdelt_file, tmp_path):
    mixed = str(tmp_path / "mixed.duckdb")
    assert cli("ingest", "examples/01-russia-china-summit.txt", "--db", mixed).returncode == 0
    before = json.loads(cli("dyad", "RUS", "CHN", "--db", mixed, "--format", "json").stdout)
    assert cli("import-gdelt", str(gdelt_file), "--db", mixed).returncode == 0
    after = json.loads(cli("dyad", "RUS", "CHN", "--db", mixed, "--format", "json").stdout)
    assert sum(x["events"] for x in after) > sum(x["events"] for x in before) > 0
    (n_gdelt,), = _sql(mixed, "SELECT count(*) FROM events WHERE doc_id LIKE 'gdelt:%'")
    assert n_gdelt > 0


def test_import_gdelt_skips_a_malformed_line_with_its_number(cli, gdelt_file, tmp_path, db_path):
    lines = gdelt_file.read_text("utf-8").splitlines()[:4]
    lines.insert(2, "not\ta\tgdelt\tline")
    bad_code = lines[3].split("\t")
    bad_code[26] = "XYZ"
    lines.insert(3, "\t".join(bad_code))
    path = tmp_path / "bad.CSV"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    r = cli("import-gdelt", str(path), "--db", db_path)
    assert r.returncode == 0, r.stderr
    assert f"{path}:3:" in r.stderr and f"{path}:4:" in r.stderr and "Traceback" not in r.stderr
    assert "read 4" in r.stdout and "skipped 2" in r.stdout
    (n,), = _sql(db_path, "SELECT count(*) FROM events")
    assert n == 4


def test_import_gdelt_reads_the_zip_gdelt_publishes(cli, gdelt_file, tmp_path, db_path):
    archive = tmp_path / "20240112150000.export.CSV.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(gdelt_file, "20240112150000.export.CSV")
    r = cli("import-gdelt", str(archive), "--db", db_path)
    assert r.returncode == 0, r.stderr
    (n,), = _sql(db_path, "SELECT count(*) FROM events")
    assert n == len(gdelt_file.read_text("utf-8").splitlines())


@pytest.mark.parametrize("content", [b"", b"\n\n", b"just some text\nand more\n", b"\xff\xfe\x00binary"])
def test_import_gdelt_without_a_valid_line_is_a_one_line_error(cli, tmp_path, db_path, content):
    path = tmp_path / "empty.CSV"
    path.write_bytes(content)
    r = cli("import-gdelt", str(path), "--db", db_path)
    assert r.returncode != 0
    assert r.stderr.startswith("error:") and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


def test_import_gdelt_missing_file_is_an_error(cli, tmp_path, db_path):
    r = cli("import-gdelt", str(tmp_path / "nope.CSV"), "--db", db_path)
    assert r.returncode == 2 and r.stderr.startswith("error:") and "Traceback" not in r.stderr


def test_export_parquet_is_a_month_partitioned_dataset(cli, examples_db, tmp_path):
    out = tmp_path / "pq"
    r = cli("export", "--format", "parquet", "--out", str(out), "--db", examples_db)
    assert r.returncode == 0, r.stderr
    (n_events,), = _sql(examples_db, "SELECT count(*) FROM events")
    (n_articles,), = _sql(examples_db, "SELECT count(*) FROM articles")
    with duckdb.connect() as con:
        got = con.execute(f"SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning=true)").fetchone()[0]
        arts = con.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet', hive_partitioning=true)").fetchone()[0]
        months = con.execute(f"""SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning=true)
                                WHERE year::INT = year(date) AND month::INT = month(date)""").fetchone()[0]
    assert got == n_events and arts == n_articles and months == n_events
    dirs = {p.relative_to(out / "events").parts[:2] for p in (out / "events").rglob("*.parquet")}
    assert dirs and all(y.startswith("year=") and len(m) == len("month=MM") for y, m in dirs)
    import pandas as pd
    import pyarrow.dataset as ds

    assert len(pd.read_parquet(out / "events")) == n_events
    assert ds.dataset(out / "events", partitioning="hive").count_rows() == n_events


def test_export_parquet_refuses_a_folder_with_files(cli, examples_db, tmp_path):
    out = tmp_path / "pq"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    r = cli("export", "--format", "parquet", "--out", str(out), "--db", examples_db)
    assert r.returncode == 6 and r.stderr.startswith("error:") and "Traceback" not in r.stderr


def test_export_csv_and_plover_have_one_record_per_event(cli, examples_db, tmp_path):
    (n_events,), = _sql(examples_db, "SELECT count(*) FROM events")
    out_csv, out_jsonl = tmp_path / "e.csv", tmp_path / "e.jsonl"
    assert cli("export", "--format", "csv", "--out", str(out_csv), "--db", examples_db).returncode == 0
    assert cli("export", "--format", "plover", "--out", str(out_jsonl), "--db", examples_db).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text("utf-8"))))
    assert len(rows) == n_events
    assert any(r["source_codes"] == "RUSGOV" or "RUSGOV;" in r["source_codes"] for r in rows)
    records = [json.loads(line) for line in out_jsonl.read_text("utf-8").splitlines()]
    assert len(records) == n_events
    for key in ("id", "date", "event_type", "mode", "contexts", "actor_names", "actor_codes", "recipient_names",
                "recipient_codes", "location", "text", "evidence", "source_doc"):
        assert key in records[0]
    assert all(r["text"] for r in records)


def test_export_since_until_limits_the_events(cli, examples_db, tmp_path):
    out = tmp_path / "e.csv"
    r = cli("export", "--format", "csv", "--out", str(out), "--db", examples_db, "--since", "2023-01-01", "--until", "2023-12-31")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    (n,), = _sql(examples_db, "SELECT count(*) FROM events WHERE date BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'")
    assert len(rows) == n and all("2023" <= r["date"] < "2024" for r in rows)


@pytest.mark.parametrize("args,code", [
    (["--format", "gdelt", "--out", "{tmp}/x.tsv", "--db", "/nonexistent/x.duckdb"], 5),
    (["--format", "xml", "--out", "{tmp}/x.tsv"], 2),
    (["--format", "csv", "--out", "/nonexistent/dir/x.csv"], 6),
    (["--format", "csv", "--out", "{tmp}/x.csv", "--since", "last week"], 2),
])
def test_export_bad_input_is_a_clean_error(cli, examples_db, tmp_path, args, code):
    full = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "--db" not in full:
        full += ["--db", examples_db]
    r = cli("export", *full)
    assert r.returncode == code and "Traceback" not in r.stderr
    assert not list(tmp_path.iterdir())


def test_export_gkg_has_27_fields_and_the_article_facts(cli, examples_db, tmp_path):
    out = tmp_path / "facts.gkg"
    r = cli("export", "--format", "gkg", "--out", str(out), "--db", examples_db)
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 13 and all(len(row) == 27 for row in rows)
    summit = next(row for row in rows if "Putin" in row[11] and "Xi Jinping" in row[11])
    assert "ENERGY" in summit[7].split(";")
    assert len(summit[15].split(",")) == 7  # V1.5TONE
    assert "10000000000,gas," in summit[24]
