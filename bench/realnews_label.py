"""Labelling helper for corpus/realnews-labels.jsonl (real Wikinews articles, labels only).

The article text is not ours and never enters the repository: the labels file holds the url,
the date, and per event its CAMEO/PLOVER code, actor codes and the character offsets of its
evidence sentence in `title + "\\n" + text`, with a short SHA-1 of that span.

    python bench/realnews_label.py list                       # index, date, length, title of every article
    python bench/realnews_label.py show 43                    # sentences of article 43 with their numbers and offsets
    python bench/realnews_label.py build DRAFT > corpus/realnews-labels.jsonl

DRAFT (kept outside the repository) lists articles and events by sentence number:

    @ 43 protest,europe                 # article index in the csv, then tags
    2 PROTEST 141 GBRCVL > GBRGOV       # sentence number, type, CAMEO, sources > targets (+ joins codes)
    5 ACCUSE 112 GBRGOV >               # empty target

`--csv PATH` reads another copy of the csv (default ../shared/data/wikinews-2019.csv).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "wikinews-2019.csv"

ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sen", "rep", "gov", "prof", "no",
          "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "co", "corp", "capt", "sgt",
          "maj", "adm", "rev", "ft", "mt", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"}
QUOTES = "\"\u201c\u201d"
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def read_articles(path: str | Path) -> list[dict]:
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def story_text(row: dict) -> str:
    """The string the offsets index: the title, a line break, the article text."""
    return row["title"] + "\n" + row["text"]


def norm(text: str) -> str:
    return " ".join(text.split())


def span_hash(text: str) -> str:
    return hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:12]


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: every line is split off, then cut after . ! ? followed by a
    capital, a digit or a quote, except after abbreviations and initials. Close to how the coder
    splits, but not the coder's own splitter (labels were made without running the coder)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line_start = m.start()
        line = m.group()
        pos = 0
        for b in _BOUNDARY.finditer(line):
            word = re.findall(r"[\w.]+$", line[pos:b.start()])
            w = word[0].lower().rstrip(".") if word else ""
            if w in ABBREV or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(\w\.)+\w", w or "-"):
                continue
            closing = re.match(r"[.!?][\"'\u201d\u2019)]*", line[b.start():]).group()
            out.append((line_start + pos, line_start + b.start() + len(closing)))
            pos = b.end()
        out.append((line_start + pos, line_start + len(line)))
    # without the quote marks at either end: the coder may put a closing quote at the start of
    # the next sentence, and a gold span must lie inside the coder's evidence sentence
    spans = []
    for a, b in out:
        piece = text[a:b]
        core = piece.strip().strip(QUOTES).strip()
        if core:
            a += piece.index(core)
            spans.append((a, a + len(core)))
    return spans


def cmd_list(rows):
    for i, r in enumerate(rows):
        print(i, r["date"], len(r["text"]), r["title"][:100])


def cmd_show(rows, index: int):
    r = rows[index]
    text = story_text(r)
    print(f"# {index} {r['date']} {r['url']}")
    for k, (a, b) in enumerate(sentences(text)):
        print(f"{k:3d} [{a}-{b}] {text[a:b]}")


def cmd_build(rows, draft: str):
    out = []
    cur = None
    for lineno, raw in enumerate(Path(draft).read_text("utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            r = rows[int(parts[0])]
            text = story_text(r)
            cur = {"url": r["url"], "date": r["date"], "events": [],
                   "tags": parts[1].split(",") if len(parts) > 1 else [], "_sents": sentences(text), "_text": text}
            out.append(cur)
            continue
        head, _, tail = line.partition(">")
        num, event, cameo, *src = head.split()
        a, b = cur["_sents"][int(num)]
        codes = lambda s: [c for c in "+".join(s).split("+") if c]  # noqa: E731
        cur["events"].append({"event": event, "cameo": cameo, "source": codes(src), "target": codes(tail.split()),
                              "start": a, "end": b, "sha1": span_hash(cur["_text"][a:b])})
    for rec in out:
        rec.pop("_sents"), rec.pop("_text")
        print(json.dumps(rec, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    s = sub.add_parser("show")
    s.add_argument("index", type=int)
    b = sub.add_parser("build")
    b.add_argument("draft")
    args = ap.parse_args()
    if not Path(args.csv).is_file():
        sys.exit(f"error: {args.csv}: not found (pass --csv PATH)")
    rows = read_articles(args.csv)
    if args.cmd == "list":
        cmd_list(rows)
    elif args.cmd == "show":
        cmd_show(rows, args.index)
    else:
        cmd_build(rows, args.draft)


if __name__ == "__main__":
    main()
