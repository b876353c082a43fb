"""Reading the data tables (TSV) that ship with Tacitus or that users supply.

Every table is UTF-8, tab-separated, with a header line; `#` lines are comments. Loading
validates each row and reports the file and line number of the first problem.
"""
from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Callable, Iterator

from tacitus.errors import DataFileError


def resource_path(package: str, name: str) -> Path:
    """Path of a data file shipped inside a Tacitus subpackage (e.g. 'tacitus.events', 'data/cameo.tsv')."""
    return Path(str(importlib.resources.files(package).joinpath(name)))


def read_tsv(
    path: str | Path,
    columns: tuple[str, ...],
    *,
    required: tuple[str, ...] = (),
    check: Callable[[dict], str | None] | None = None,
) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row dict) for each data line; raise DataFileError naming the bad line.

    `columns` must match the header exactly. `required` columns may not be empty. `check`
    returns an error message for a row, or None when the row is fine.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise DataFileError(path, None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(path, None, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(f.strip() for f in fields) != columns:
                raise DataFileError(path, lineno, f"header must be {' <TAB> '.join(columns)}, got {line.strip()!r}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise DataFileError(path, lineno, f"expected {len(columns)} tab-separated fields, got {len(fields)}")
        row = {c: f.strip() for c, f in zip(columns, fields)}
        for col in required:
            if not row[col]:
                raise DataFileError(path, lineno, f"column '{col}' is empty")
        if check is not None:
            problem = check(row)
            if problem:
                raise DataFileError(path, lineno, problem)
        yield lineno, row
    if not header_seen:
        raise DataFileError(path, None, "no header line (file is empty?)")


def split_list(value: str) -> list[str]:
    """'a;b; c' -> ['a', 'b', 'c'] (empty items dropped)."""
    return [v.strip() for v in value.split(";") if v.strip()]


def read_word_sets(package: str, name: str) -> dict:
    """A word-set table (name, words, ordered): one frozenset per row, or a tuple when the row's
    order is a priority order (ordered = yes), keyed by the row's name in upper case.
    A name given twice is an error: the later row would silently replace the earlier one, and the
    rules written against the earlier set would read a different one."""
    out: dict = {}
    path = resource_path(package, name)
    first_line: dict[str, int] = {}
    for lineno, row in read_tsv(path, ("name", "words", "ordered"), required=("name", "words")):
        key = row["name"].upper()
        if key in out:
            raise DataFileError(path, lineno, f"word set {row['name']!r} is already defined on line {first_line[key]}")
        first_line[key] = lineno
        items = [w.strip() for w in row["words"].split(";") if w.strip()]
        out[key] = tuple(items) if row["ordered"] == "yes" else frozenset(items)
    return out
