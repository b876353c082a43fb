"""What `tacitus watch` can watch: folders, feed URLs, and files listing feed URLs.

A folder source reports files that are new or changed since the last cycle (path, mtime and
size); a feed source is one RSS/Atom URL. A list file is read once at start-up and expands to
its feed sources (one URL a line, `#` starts a comment).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tacitus.errors import InputError
from tacitus.ingest.readers import ARTICLE_SUFFIXES


@dataclass(frozen=True)
class Source:
    kind: str  # folder | feed
    location: str  # absolute folder path, or the feed URL

    @property
    def source_id(self) -> str:
        return f"{self.kind}:{self.location}"


@dataclass(frozen=True)
class FolderFile:
    path: Path
    key: str  # path relative to the folder
    version: str  # "mtime_ns:size": changes when the file does


def is_url(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def resolve_sources(args: list[str] | tuple[str, ...]) -> list[Source]:
    """Turn command-line SOURCE arguments into sources (duplicates removed, order kept).

    Raises InputError naming the argument (or list file and line) that is not usable."""
    if not args:
        raise InputError("give at least one SOURCE: a folder, a feed URL, or a file listing feed URLs")
    found: list[Source] = []
    for raw in args:
        if "://" in raw:
            if not is_url(raw):
                raise InputError(f"{raw}: not an http(s) feed URL")
            found.append(Source("feed", raw))
            continue
        path = Path(raw)
        if path.is_dir():
            found.append(Source("folder", str(path.resolve())))
        elif path.is_file():
            found.extend(_read_list(path))
        else:
            raise InputError(f"{raw}: no such folder or file (a SOURCE is a folder, a feed URL, or a file listing feed URLs)")
    unique = list(dict.fromkeys(found))
    return unique


def _read_list(path: Path) -> list[Source]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read feed list ({exc.strerror or exc})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file, not a list of feed URLs")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: feed list is not valid UTF-8 (offset {exc.start})") from None
    out = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if not is_url(line):
            raise InputError(f"{path}:{lineno}: {line[:80]!r} is not an http(s) feed URL")
        out.append(Source("feed", line))
    if not out:
        raise InputError(f"{path}: lists no feed URLs (one URL a line, # for comments)")
    return out


def scan_folder(folder: str) -> list[FolderFile]:
    """Every article file under the folder (recursively, sorted) with its version stamp."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{folder}: folder is gone or not readable")
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if name.startswith(".") or p.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            try:
                st = p.stat()
            except OSError:
                continue  # vanished between listing and stat: seen next cycle if it comes back
            out.append(FolderFile(p, str(p.relative_to(root)), f"{st.st_mtime_ns}:{st.st_size}"))
    return out
