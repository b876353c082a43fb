"""Analysis over a database of the examples: dyad time series, the actor network, the actor list."""
import csv
import io
import json
from collections import Counter

import duckdb
import pytest





def _sql(db, sql, params=()):
    with duckdb.connect(db, read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _directed_quads(db, a, b):
    rows = _sql(db, """
        SELECT quad_class, count(*) FROM events
        WHERE len(list_filter(source_codes, lambda c: starts_with(c, ?))) > 0
          AND len(list_filter(target_codes, lambda c: starts_with(c, ?))) > 0
        GROUP BY quad_class""", [a, b])
    return {q: n for q, n in rows}


@pytest.mark.parametrize("a,b", [("RUS", "CHN"), ("USA", "CHN"), ("USAGOV", "CHN")])
def test_dyad_counts_by_direction_and_quad_class_match_sql(cli, examples_db, a, b):
    r = cli("dyad", a, b, "--db", examples_db, "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows
    for src, tgt in ((a, b), (b, a)):
        got = [x for x in rows if x["direction"] == f"{src}->{tgt}"]
        assert all(x["source"] == src and x["target"] == tgt for x in got)
        expected = _directed_quads(examples_db, src, tgt)
        for q in range(1, 5):
            assert sum(x[f"quad{q}"] for x in got) == expected.get(q, 0), (src, tgt, q)
        assert sum(x["events"] for x in got) == sum(expected.values())


def test_dyad_goldstein_and_types_add_up(examples_db):
    from tacitus.analysis import dyad
    from tacitus.events.ontology import PLOVER_TYPES
    from tacitus.store import open_store

    with open_store(examples_db, read_only=True) as store:
        frame = dyad(store, "USA", "CHN")
    (g_sum, n), = _sql(examples_db, """
        SELECT sum(goldstein), count(*) FROM events
        WHERE len(list_filter(source_codes, lambda c: starts_with(c, 'USA'))) > 0
          AND len(list_filter(target_codes, lambda c: starts_with(c, 'CHN'))) > 0""")
    ab = frame[frame["direction"] == "USA->CHN"]
    assert ab["goldstein_sum"].sum() == pytest.approx(g_sum, abs=0.01)
    assert (ab[list(PLOVER_TYPES) + ["untyped"]].sum(axis=1) == ab["events"]).all()
    assert (ab["goldstein_mean"] * ab["events"]).sum() == pytest.approx(g_sum, abs=0.05)


@pytest.mark.parametrize("by", ["week", "month"])
def test_dyad_periods_regroup_the_same_events(cli, examples_db, by):
    day = json.loads(cli("dyad", "USA", "CHN", "--db", examples_db, "--format", "json").stdout)
    coarse = json.loads(cli("dyad", "USA", "CHN", "--db", examples_db, "--by", by, "--format", "json").stdout)
    assert sum(x["events"] for x in coarse) == sum(x["events"] for x in day)
    assert len(coarse) <= len(day)
    if by == "month":
        assert all(x["period"].endswith("-01") for x in coarse)


def test_dyad_since_until_and_csv_and_table(cli, examples_db):
    r = cli("dyad", "USA", "CHN", "--db", examples_db, "--since", "2023-01-01", "--until", "2023-12-31", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and all("2023-01-01" <= x["period"] <= "2023-12-31" for x in rows)
    r = cli("dyad", "USA", "CHN", "--db", examples_db)
    assert r.returncode == 0 and "USA->CHN" in r.stdout
    r = cli("dyad", "XXX", "YYY", "--db", examples_db)
    assert r.returncode == 0 and "no events" in r.stderr


@pytest.mark.parametrize("args,code,needle", [
    (["--by", "year"], 2, "--by"),
    (["--since", "2022-13-40"], 2, "error: --since"),
    (["--db", "/nonexistent/x.duckdb"], 5, "error:"),
])
def test_dyad_bad_input_is_a_clean_error(cli, examples_db, args, code, needle):
    base = [] if "--db" in args else ["--db", examples_db]
    r = cli("dyad", "RUS", "CHN", *base, *args)
    assert r.returncode == code
    assert needle in r.stderr and "Traceback" not in r.stderr


def test_network_edges_match_sql_and_files(cli, examples_db, tmp_path):
    gml, js = tmp_path / "g.graphml", tmp_path / "g.json"
    r = cli("network", "--db", examples_db, "--graphml", str(gml), "--json", str(js))
    assert r.returncode == 0, r.stderr
    assert "top actor pairs" in r.stdout
    data = json.loads(js.read_text("utf-8"))
    expected = Counter()
    for s, t in _sql(examples_db, "SELECT list_distinct(source_codes), list_distinct(target_codes) FROM events"):
        for a in s:
            for b in t:
                expected[(a, b)] += 1
    assert {(e["source"], e["target"]): e["count"] for e in data["edges"]} == dict(expected)
    import networkx as nx

    graph = nx.read_graphml(gml)
    assert graph.is_directed() and graph.number_of_edges() == len(expected)
    assert graph["USAGOV"]["CHNGOV"]["count"] == expected[("USAGOV", "CHNGOV")]
    nodes = {n["code"]: n for n in data["nodes"]}
    (n_src,), = _sql(examples_db, "SELECT count(*) FROM events WHERE list_contains(source_codes, 'RUSGOV')")
    assert nodes["RUSGOV"]["events_as_source"] == n_src


def test_network_min_events_drops_small_pairs(examples_db):
    from tacitus.analysis import network
    from tacitus.store import open_store

    with open_store(examples_db, read_only=True) as store:
        full, small = network(store), network(store, min_events=2)
    assert len(small.edges) < len(full.edges) and (small.edges["count"] >= 2).all()
    codes = set(small.nodes["code"])
    assert set(small.edges["source"]) <= codes and set(small.edges["target"]) <= codes


def test_network_bad_min_events_and_unwritable_output(cli, examples_db):
    r = cli("network", "--db", examples_db, "--min-events", "0")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = cli("network", "--db", examples_db, "--json", "/nonexistent/dir/g.json")
    assert r.returncode == 6 and r.stderr.startswith("error:") and "Traceback" not in r.stderr


def test_actors_list_has_rusgov_with_first_and_last_dates(cli, examples_db):
    r = cli("actors", "list", "--db", examples_db, "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = {x["code"]: x for x in json.loads(r.stdout)}
    rus = rows["RUSGOV"]
    (mentions,), = _sql(examples_db, "SELECT count(*) FROM actor_mentions WHERE code = 'RUSGOV'")
    (n_src,), = _sql(examples_db, "SELECT count(*) FROM events WHERE list_contains(source_codes, 'RUSGOV')")
    assert rus["mentions"] == mentions and rus["events_as_source"] == n_src
    (first, last), = _sql(examples_db, """
        SELECT least(min(a.date), (SELECT min(date) FROM events WHERE list_contains(source_codes, 'RUSGOV')
                                                               OR list_contains(target_codes, 'RUSGOV'))),
               greatest(max(a.date), (SELECT max(date) FROM events WHERE list_contains(source_codes, 'RUSGOV')
                                                                   OR list_contains(target_codes, 'RUSGOV')))
        FROM actor_mentions m JOIN articles a USING (doc_id) WHERE m.code = 'RUSGOV'""")
    assert rus["first_date"] == first.isoformat() and rus["last_date"] == last.isoformat()


def test_actors_without_subcommand_prints_the_list(cli, examples_db):
    plain = cli("actors", "--db", examples_db, "--format", "csv")
    listed = cli("actors", "list", "--db", examples_db, "--format", "csv")
    assert plain.returncode == 0 and plain.stdout == listed.stdout
    assert plain.stdout.startswith("code,name,mentions")
    table = cli("actors", "--db", examples_db)
    assert table.returncode == 0 and "RUSGOV" in table.stdout
    assert cli("actors", "import", "--help").returncode == 0


def test_actors_missing_db_is_a_one_line_error(cli, db_path):
    r = cli("actors", "--db", db_path)
    assert r.returncode == 5 and r.stderr.startswith("error:") and len(r.stderr.strip().splitlines()) == 1
