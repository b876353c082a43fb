"""Turn files, folders and stdin into Article records.

Contract (GUIDE.md section 3):
- text file: one article; first non-empty line is the title; an optional `Date: YYYY-MM-DD`
  line; the rest is the body. Date from --date, else the Date line, else the file's mtime.
- JSONL: one object per line with `text` (required) and optional `id`, `title`, `date`,
  `url`, `source`. A bad line is skipped, counted and reported with its line number.

Readers never raise for one bad file or record: they yield a `Skipped` note so the caller
can count and report it. A path that does not exist raises InputError at once.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from tacitus.errors import InputError
from tacitus.model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES
INPUT_KINDS = ("auto", "text", "jsonl")

_DATE_LINE = re.compile(r"^\s*date\s*:\s*(.+?)\s*$", re.IGNORECASE)


@dataclass
class Skipped:
    """A file or record that was not read, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def parse_iso_date(value) -> str | None:
    """'2022-02-04', '2022-02-04T10:00:00Z' -> '2022-02-04'; None if not an ISO 8601 date."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?$", value)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _loose_date(value: str) -> str | None:
    """Dates written on a `Date:` line: ISO, or 'February 4, 2022', '4 Feb 2022'."""
    iso = parse_iso_date(value)
    if iso:
        return iso
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%A, %B %d, %Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(value.replace(".", ""), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def iter_paths(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand folders recursively (sorted); yield (display name, path). '-' is stdin (path None)."""
    for raw in paths:
        if raw == "-":
            yield "-", None
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                yield raw, path  # reported by read_articles as "no articles"
            for p in found:
                yield str(p), p
        else:
            yield raw, path


def read_articles(
    paths: Iterable[str] | str,
    *,
    input: str = "auto",
    date: str | None = None,
    max_chars: int = 2_000_000,
    stdin: io.TextIOBase | None = None,
) -> Iterator[Article | Skipped]:
    """Yield an Article for every readable article, a Skipped for everything else, in input order."""
    if input not in INPUT_KINDS:
        raise InputError(f"--input must be one of {', '.join(INPUT_KINDS)}, got {input!r}")
    if date is not None and parse_iso_date(date) is None:
        raise InputError(f"--date {date!r} is not a date in YYYY-MM-DD form")
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]
    for name, path in iter_paths(paths):
        if path is not None and path.is_dir():
            yield Skipped(name, "folder contains no article files (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + ")")
            continue
        yield from _read_one(name, path, input=input, date=date, max_chars=max_chars, stdin=stdin)


def _read_one(name, path, *, input, date, max_chars, stdin) -> Iterator[Article | Skipped]:
    kind = input
    if kind == "auto" and path is not None:
        kind = "jsonl" if path.suffix.lower() in JSONL_SUFFIXES else "text"
    if path is None:
        stream = stdin or sys.stdin
        data = stream.read()
        if kind == "auto":
            kind = "jsonl" if data.lstrip().startswith("{") else "text"
        if kind == "jsonl":
            yield from _jsonl_lines(name, io.StringIO(data), date=date, max_chars=max_chars)
        else:
            yield _text_article(name, data, date=date, mtime=None, max_chars=max_chars)
        return
    if kind == "jsonl":
        yield from _read_jsonl_file(name, path, date=date, max_chars=max_chars)
    else:
        yield _read_text_file(name, path, date=date, max_chars=max_chars)


def _read_text_file(name: str, path: Path, *, date, max_chars) -> Article | Skipped:
    try:
        size = path.stat().st_size
        if size == 0:
            return Skipped(name, "empty file")
        # UTF-8 text is at most 4 bytes a character: a bigger file cannot fit the limit.
        if size > 4 * max_chars:
            return Skipped(name, f"file is {size / 1e6:.1f} MB, over the {max_chars:,}-character article limit (raise --max-chars or split it)")
        raw = path.read_bytes()
    except OSError as exc:
        return Skipped(name, f"cannot read: {exc.strerror or exc}")
    problem = _binary_or_encoding_problem(raw)
    if problem:
        return Skipped(name, problem)
    text = raw.decode("utf-8-sig")
    mtime = dt.date.fromtimestamp(path.stat().st_mtime).isoformat()
    return _text_article(name, text, date=date, mtime=mtime, max_chars=max_chars)


def _binary_or_encoding_problem(raw: bytes) -> str | None:
    if b"\x00" in raw[:8192]:
        return "binary file (contains NUL bytes), not a text article"
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); convert the file to UTF-8"
    return None


def _text_article(name: str, text: str, *, date, mtime, max_chars) -> Article | Skipped:
    if len(text) > max_chars:
        return Skipped(name, f"article has {len(text):,} characters, over the {max_chars:,} limit (raise --max-chars or split it)")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title, body_lines, line_date = "", [], None
    for line in lines:
        if not title:
            if line.strip():
                title = line.strip()
            continue
        m = _DATE_LINE.match(line) if line_date is None and not any(b.strip() for b in body_lines) else None
        if m and _loose_date(m.group(1)):
            line_date = _loose_date(m.group(1))
            continue
        body_lines.append(line)
    body = "\n".join(body_lines).strip("\n")
    if not title:
        return Skipped(name, "empty file (only whitespace)")
    if not body.strip():
        # A one-line file: the line is the article.
        body = title
    if date:
        art_date, source = date, "given"
    elif line_date:
        art_date, source = line_date, "line"
    elif mtime:
        art_date, source = mtime, "mtime"
    else:
        art_date, source = None, "unknown"
    return Article(text=body, title=title, date=art_date, date_source=source, path=name)


def _read_jsonl_file(name: str, path: Path, *, date, max_chars) -> Iterator[Article | Skipped]:
    try:
        if path.stat().st_size == 0:
            yield Skipped(name, "empty file")
            return
        with path.open("rb") as fh:
            head = fh.read(8192)
        if b"\x00" in head:
            yield Skipped(name, "binary file (contains NUL bytes), not JSONL")
            return
        if head.lstrip().startswith(b"["):
            yield from _json_array(name, path, date=date, max_chars=max_chars)
            return
        with path.open("rb") as fh:
            yield from _jsonl_lines(name, fh, date=date, max_chars=max_chars)
    except OSError as exc:
        yield Skipped(name, f"cannot read: {exc.strerror or exc}")


JSON_ARRAY_MAX_BYTES = 256 * 1024 * 1024  # a JSON array is parsed whole; bigger inputs must be JSONL


def _json_array(name, path, *, date, max_chars):
    size = path.stat().st_size
    if size > JSON_ARRAY_MAX_BYTES:
        yield Skipped(name, f"JSON array file is {size / 1e6:.0f} MB, over the {JSON_ARRAY_MAX_BYTES // 2**20} MB "
                            "limit for one JSON document; write one object per line (JSONL) to stream it")
        return
    try:
        records = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Skipped(name, f"not valid JSON: {exc}")
        return
    if not isinstance(records, list):
        yield Skipped(name, "JSON file must hold a list of article objects or one object per line")
        return
    for i, rec in enumerate(records, 1):
        yield _record_article(name, i, rec, date=date, max_chars=max_chars, what="item")


def _jsonl_lines(name, stream, *, date, max_chars) -> Iterator[Article | Skipped]:
    """Stream a JSONL file line by line; memory stays bounded by the longest line allowed."""
    limit = 4 * max_chars + 1024
    lineno = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n" if isinstance(raw, bytes) else "\n"):
            # Skip the rest of an oversized line without holding it in memory.
            while True:
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n" if isinstance(more, bytes) else "\n"):
                    break
            yield Skipped(name, f"line is longer than the {max_chars:,}-character article limit", lineno)
            continue
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Skipped(name, f"not valid UTF-8 (offset {exc.start} in the line)", lineno)
                continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Skipped(name, f"not valid JSON ({exc.msg} at column {exc.colno})", lineno)
            continue
        yield _record_article(name, lineno, rec, date=date, max_chars=max_chars, what="line")


def _record_article(name, lineno, rec, *, date, max_chars, what) -> Article | Skipped:
    if not isinstance(rec, dict):
        return Skipped(name, f"{what} is a JSON {type(rec).__name__}, not an object with a 'text' field", lineno)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(name, "no 'text' field (or it is empty or not a string)", lineno)
    if len(text) > max_chars:
        return Skipped(name, f"text has {len(text):,} characters, over the {max_chars:,} limit", lineno)
    art_date, source = date, "given"
    if date is None:
        raw_date = rec.get("date")
        if raw_date in (None, ""):
            art_date, source = None, "unknown"
        else:
            art_date = parse_iso_date(raw_date)
            source = "record"
            if art_date is None:
                return Skipped(name, f"'date' {str(raw_date)[:40]!r} is not an ISO 8601 date (YYYY-MM-DD)", lineno)
    fields = {}
    for key in ("id", "title", "url", "source"):
        value = rec.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return Skipped(name, f"'{key}' must be a string", lineno)
        fields[key] = str(value) if value is not None else None
    return Article(
        text=text,
        doc_id=fields["id"] or "",
        title=fields["title"] or "",
        date=art_date,
        date_source=source,
        url=fields["url"],
        source=fields["source"],
        path=f"{name}:{lineno}",
    )
