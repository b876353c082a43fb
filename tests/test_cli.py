"""The command line: help with examples for every command, output formats, queries."""
import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.cli import main

COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"'tacitus {command} --help' shows no example"


def test_cli_every_command_is_documented_in_the_readme():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text("utf-8")
    missing = [c for c in COMMANDS if f"tacitus {c}" not in readme]
    assert not missing, f"README does not mention: {missing}"


def test_cli_code_prints_contract_jsonl_from_stdin(cli):
    r = cli("code", "-", "--date", "2022-02-04", input="Putin and Xi met in Beijing on Friday.\n")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert events
    e = events[0]
    for key in ("event_id", "doc_id", "date", "event", "mode", "context", "cameo", "goldstein", "quad_class",
                "source", "target", "location", "sentence", "span", "trigger", "confidence"):
        assert key in e
    assert e["event"] == "CONSULT" and {a["code"] for a in e["source"]} >= {"RUSGOV"}
    assert set(e["source"][0]) == {"text", "name", "code", "country", "sector"}


def test_cli_code_table_and_json_formats(cli):
    r = cli("code", "examples/01-russia-china-summit.txt", "--format", "table")
    assert r.returncode == 0 and "CONSULT" in r.stdout
    r = cli("code", "examples/01-russia-china-summit.txt", "--format", "json")
    assert r.returncode == 0 and isinstance(json.loads(r.stdout), list)


def test_cli_code_bad_date_is_a_one_line_error(cli):
    r = cli("code", "-", "--date", "Friday", input="x")
    assert r.returncode == 2 and r.stderr.startswith("error:") and "Traceback" not in r.stderr


def test_cli_events_filters_by_code_prefix_type_and_date(cli, examples_db):
    db_path = examples_db  # the examples ingested once per session (this test only reads)
    r = cli("events", "--db", db_path, "--source", "RUS", "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows and all(any(a["code"].startswith("RUS") for a in e["source"]) for e in rows)
    assert any(a["code"] == "RUSGOV" for e in rows for a in e["source"])
    r = cli("events", "--db", db_path, "--event", "SANCTION", "--since", "2022-01-01", "--until", "2022-12-31", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all(row["event"] == "SANCTION" and "2022-01-01" <= row["date"] <= "2022-12-31" for row in rows)
    r = cli("events", "--db", db_path, "--event", "BOGUS")
    assert r.returncode == 2 and "PLOVER" in r.stderr
    r = cli("events", "--db", db_path + ".missing")
    assert r.returncode == 5 and "no such database" in r.stderr


def test_cli_summary_reports_types_and_pairs(cli, examples_db):
    r = cli("summary", "--db", examples_db, "--json")  # the examples ingested once per session
    s = json.loads(r.stdout)
    assert s["articles"] == 13 and s["events"] > 0 and s["by_type"] and s["top_pairs"]
    # joint events ("Russia and China signed ...") name both sides as source and target: each side
    # is paired with the other, never with itself
    assert all(p["source"] != p["target"] for p in s["top_pairs"]), s["top_pairs"]


def test_cli_code_facts_prints_quotes_amounts_themes_and_tone(cli):
    r = cli("code", "examples/01-russia-china-summit.txt", "--facts")
    assert r.returncode == 0, r.stderr
    (record,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert record["events"] and record["tone"]["word_count"] > 300
    assert any(q["speaker"] and q["speaker"]["code"] == "RUSGOV" for q in record["quotes"])
    assert any(a["unit"] == "cubic metre" and a["value"] == 1e10 for a in record["amounts"])
    assert "energy" in {t["theme"] for t in record["themes"]}


def test_cli_ingest_stores_article_facts(examples_db):
    import duckdb

    con = duckdb.connect(examples_db, read_only=True)
    try:
        speakers = {row[0] for row in con.execute("SELECT speaker_code FROM quotes").fetchall()}
        n_tone = con.execute("SELECT count(*) FROM tone").fetchone()[0]
        gas = con.execute("SELECT count(*) FROM amounts WHERE unit = 'cubic metre' AND counted = 'gas'").fetchone()[0]
    finally:
        con.close()
    assert "RUSGOV" in speakers and n_tone == 13 and gas >= 1


def test_cli_quotes_amounts_and_entities_query_the_stored_facts(cli, examples_db):
    r = cli("quotes", "--db", examples_db, "--speaker", "RUS", "--format", "json")
    assert r.returncode == 0, r.stderr
    quotes = json.loads(r.stdout)
    assert quotes and all(q["speaker_code"].startswith("RUS") for q in quotes)
    r = cli("amounts", "--db", examples_db, "--unit", "cubic metre", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert any(row["counted"] == "gas" and float(row["value"]) == 1e10 for row in rows)
    r = cli("entities", "--db", examples_db, "--kind", "person", "--format", "json")
    people = {e["name"]: e for e in json.loads(r.stdout)}
    assert people["Vladimir Putin"]["code"] == "RUSGOV" and people["Vladimir Putin"]["first_date"] >= "2019"
    r = cli("amounts", "--db", examples_db + ".missing")
    assert r.returncode == 5 and r.stderr.startswith("error:")


def test_cli_table_output_shows_list_columns(cli, examples_db):
    # the help's own example: dates carry lists of event ids, shown comma-joined in the table
    r = cli("dates", "--db", examples_db, "--kind", "relative", "--limit", "20")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "relative" in r.stdout
    ids = json.loads(cli("dates", "--db", examples_db, "--kind", "relative", "--format", "json").stdout)
    linked = [d for d in ids if d["event_ids"]]
    assert linked and linked[0]["event_ids"][0] in r.stdout


def test_cli_store_without_a_newer_table_says_how_to_add_it(cli, db_path, examples_db):
    # a store written before the places table existed: a one-line error with the fix, then the fix works
    shutil.copy(examples_db, db_path)  # a copy of the session's ingested examples (an ingest costs a model load)
    if Path(examples_db + ".wal").exists():
        shutil.copy(examples_db + ".wal", db_path + ".wal")
    import duckdb

    con = duckdb.connect(db_path)
    con.execute("DROP TABLE places")
    con.close()
    r = cli("places", "--db", db_path)
    assert r.returncode != 0 and r.stderr.startswith("error:") and "doctor --fix" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert cli("doctor", "--fix", "--db", db_path).returncode == 0
    assert cli("places", "--db", db_path).returncode == 0
