"""Do two Tacitus stores hold the same result? Compares every table row for row.

    python bench/same_store.py /tmp/before.duckdb /tmp/after.duckdb

For a speed change, ingest the same input with the old and the new code into two fresh
stores, then run this: it lists, for each table of either store, the row count on each side
and how many rows are only on one side (rows are compared as whole rows, every column, as a
multiset). The time of the run (`articles.ingested_at`, `events.first_seen`) differs between
any two runs and is left out. Exit status 0 when all tables are equal, 1 otherwise.
"""
from __future__ import annotations

import argparse
import sys

import duckdb

RUN_TIME_COLUMNS = {"ingested_at", "first_seen"}


def tables(con) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1").fetchall()]


def columns(con, table: str) -> list[str]:
    rows = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                       "ORDER BY ordinal_position", [table]).fetchall()
    return [r[0] for r in rows if r[0] not in RUN_TIME_COLUMNS]


def compare(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    """(table, rows in a, rows in b, rows only in a, rows only in b) for every table."""
    con = duckdb.connect()
    con.execute("ATTACH ? AS a (READ_ONLY)", [a])
    con.execute("ATTACH ? AS b (READ_ONLY)", [b])
    con.execute("USE a")
    names_a = set(tables(con))
    con.execute("USE b")
    names_b = set(tables(con))
    out = []
    for t in sorted(names_a | names_b):
        if t not in names_a or t not in names_b:
            out.append((t, -1 if t not in names_a else 0, -1 if t not in names_b else 0, 0, 0))
            continue
        con.execute("USE a")
        cols = columns(con, t)
        sel = ", ".join(f'"{c}"' for c in cols)
        n_a = con.execute(f"SELECT count(*) FROM a.{t}").fetchone()[0]
        n_b = con.execute(f"SELECT count(*) FROM b.{t}").fetchone()[0]
        only_a = con.execute(f"SELECT count(*) FROM (SELECT {sel} FROM a.{t} EXCEPT ALL SELECT {sel} FROM b.{t})").fetchone()[0]
        only_b = con.execute(f"SELECT count(*) FROM (SELECT {sel} FROM b.{t} EXCEPT ALL SELECT {sel} FROM a.{t})").fetchone()[0]
        out.append((t, n_a, n_b, only_a, only_b))
    con.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args()
    same = True
    print(f"{'table':16s} {'rows a':>9s} {'rows b':>9s} {'only a':>8s} {'only b':>8s}")
    for t, n_a, n_b, only_a, only_b in compare(args.a, args.b):
        ok = n_a == n_b and only_a == 0 and only_b == 0 and n_a >= 0
        same &= ok
        print(f"{t:16s} {n_a:9d} {n_b:9d} {only_a:8d} {only_b:8d}{'' if ok else '   DIFFERENT'}")
    print("same" if same else "different")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
