"""DuckDB store: one transaction per batch, Arrow inserts, parameterised queries only.

:class:`Store` opens the file and owns the connection; its write path is writer.Writer, its
queries are queries.Queries, the table shapes and the schema version are in schema.py.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from tacitus.errors import StoreError
from tacitus.store.queries import EVENT_COLUMNS, MENTION_COLUMNS, Queries, _event_dict, event_filters  # noqa: F401
from tacitus.store.schema import SCHEMA_VERSION, _duckdb, create_tables
from tacitus.store.writer import Writer

# EVENT_COLUMNS, MENTION_COLUMNS, _event_dict, event_filters and SCHEMA_VERSION are imported from
# this module by the server and the CLI, as before the store was split.


def open_store(path: str | os.PathLike | None = None, *, read_only: bool = False) -> "Store":
    """Open (and create when writable) a Tacitus database file."""
    from tacitus.config import Settings

    path = str(path or Settings.from_env().db)
    return Store(path, read_only=read_only)


class Store(Writer, Queries):
    def __init__(self, path: str, *, read_only: bool = False):
        duckdb = _duckdb()
        self.path = path
        p = Path(path)
        if read_only and not p.exists():
            raise StoreError(f"{path}: no such database; run 'tacitus ingest ... --db {path}' first")
        if not read_only:
            if p.exists() and p.is_dir():
                raise StoreError(f"{path}: is a folder, not a database file")
            parent = p.parent if str(p.parent) else Path(".")
            if not parent.exists():
                raise StoreError(f"{path}: folder {parent} does not exist")
            if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
                raise StoreError(f"{path}: permission denied (cannot write the database here)")
        try:
            self.con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreError(f"{path}: database is in use by another process; wait for it to finish or use another --db") from None
            raise StoreError(f"{path}: cannot open database ({msg.splitlines()[0]})") from None
        except duckdb.Error as exc:
            raise StoreError(f"{path}: not a Tacitus database or corrupted ({str(exc).splitlines()[0]})") from None
        if not read_only:
            self._init_schema()
        elif not self._has_table("articles"):
            raise StoreError(f"{path}: not a Tacitus database (no articles table)")
        else:
            version = self.schema_version()
            if version != SCHEMA_VERSION:
                self.con.close()
                raise StoreError(f"{path}: schema version {version}, this Tacitus reads {SCHEMA_VERSION}; "
                                 f"run 'tacitus doctor --fix --db {path}' (or any ingest) to upgrade it")

    @classmethod
    def from_connection(cls, con, path: str) -> "Store":
        """A Store over an already open DuckDB connection or cursor (the server's snapshot);
        nothing is created or checked."""
        store = cls.__new__(cls)
        store.path, store.con = path, con
        return store

    # -- lifecycle -----------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _has_table(self, name: str) -> bool:
        row = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
        ).fetchone()
        return bool(row and row[0])

    def _init_schema(self) -> None:
        create_tables(self.con, self.path)

    def schema_version(self) -> str | None:
        if not self._has_table("meta"):
            return None
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return row[0] if row else None

    def _query_error(self, exc) -> StoreError:
        """A one-line error for a failed query; a table an older Tacitus did not write gets a fix."""
        first = str(exc).splitlines()[0]
        missing = re.search(r"Table with name (\w+) does not exist", first)
        if missing:
            return StoreError(f"{self.path}: this store has no {missing.group(1)} table (written by an older "
                              f"Tacitus); run 'tacitus doctor --fix --db {self.path}' once to add the missing tables (articles "
                              f"stored before then have no rows in them)")
        return StoreError(f"{self.path}: query failed ({first})")

    # -- running SQL (the writer, the queries, doctor and the exports) ----------------------
    def _query(self, sql: str, params: list) -> list[tuple]:
        try:
            return self.con.execute(sql, params).fetchall()
        except _duckdb().Error as exc:
            raise self._query_error(exc) from None

