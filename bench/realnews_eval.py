"""Score the coder on real news: whole Wikinews 2019 articles labelled in
corpus/realnews-labels.jsonl, rebuilt from the csv in ../shared (the text is not ours and is not
in the repository; the labels file holds urls, codes and character offsets only).

    python bench/realnews_eval.py                      # table, confusion, event-level misses
    python bench/realnews_eval.py --errors 60          # more misses
    python bench/realnews_eval.py --json               # one line
    python bench/realnews_eval.py --csv PATH           # another copy of wikinews-2019.csv

Each label line is rebuilt as a story record: text = title + "\\n" + article text, and each gold
event's evidence sentence is the span [start, end) of that text, checked against the line's
SHA-1 (first 12 hex of the span with whitespace normalised). A missing url, an offset out of
range or a wrong hash is reported on one line naming the label line, and that article is
skipped and counted. The records are then scored by tacitus.evaluate exactly as `tacitus eval`
scores corpus/tacitus-stories.jsonl (event precision/recall/F1 by evidence sentence; the
record-level type/source/target figures look at one primary event per article).

Exits with status 2 when the csv is absent and no --csv is given.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from realnews_label import read_articles, span_hash, story_text  # noqa: E402

LABELS = ROOT / "corpus" / "realnews-labels.jsonl"
CSV = ROOT.parent / "shared" / "data" / "wikinews-2019.csv"


def story_records(labels: str | Path, csv_path: str | Path) -> tuple[list[dict], list[str]]:
    """The label lines rebuilt as story records in the corpus format (text and, per event, its
    evidence "sentence"), and one error line per label line that was skipped."""
    by_url = {r["url"]: r for r in read_articles(csv_path)}
    records, errors = [], []
    name = Path(labels).name
    for lineno, line in enumerate(Path(labels).read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            lab = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not valid JSON ({exc.msg}); skipped")
            continue
        row = by_url.get(lab.get("url"))
        if row is None:
            errors.append(f"{where}: url {lab.get('url')!r} is not in {Path(csv_path).name}; skipped")
            continue
        text = story_text(row)
        events, bad = [], None
        for k, e in enumerate(lab.get("events", []), 1):
            a, b = e.get("start"), e.get("end")
            if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
                bad = f"event {k}: offsets {a}-{b} outside the article ({len(text)} characters)"
                break
            if span_hash(text[a:b]) != e.get("sha1"):
                bad = f"event {k}: sha1 of {a}-{b} is {span_hash(text[a:b])}, label says {e.get('sha1')} (csv text changed?)"
                break
            events.append({"event": e["event"], "cameo": e["cameo"], "source": e["source"], "target": e["target"],
                           "sentence": " ".join(text[a:b].split())})
        if bad:
            errors.append(f"{where}: {bad}; skipped")
            continue
        records.append({"id": f"rn-{lineno:03d}", "split": "realnews", "date": lab.get("date") or row["date"],
                        "text": text, "events": events, "tags": lab.get("tags", [])})
    return records, errors


def load_realnews(labels: str | Path = LABELS, csv_path: str | Path = CSV):
    """(GoldRecords read by tacitus.evaluate.load_gold, skipped-line errors)."""
    from tacitus.evaluate import load_gold

    records, errors = story_records(labels, csv_path)
    if not records:
        return [], errors
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "realnews.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        return load_gold(str(path)), errors


def main() -> None:
    ap = argparse.ArgumentParser(description="Score the coder on the labelled Wikinews articles.")
    ap.add_argument("--csv", default=None, help="wikinews-2019.csv (default ../shared/data/wikinews-2019.csv)")
    ap.add_argument("--labels", default=str(LABELS))
    ap.add_argument("--errors", type=int, default=10, help="show the N worst misses")
    ap.add_argument("--json", action="store_true", help="print one JSON line")
    args = ap.parse_args()
    csv_path = Path(args.csv) if args.csv else CSV
    if not csv_path.is_file():
        how = "" if args.csv else " (../shared is absent: pass --csv PATH to a copy of wikinews-2019.csv)"
        print(f"error: {csv_path}: not found{how}", file=sys.stderr)
        sys.exit(2)
    gold, errors = load_realnews(args.labels, csv_path)
    for line in errors:
        print(f"error: {line}", file=sys.stderr)
    if not gold:
        print("error: no label line could be rebuilt", file=sys.stderr)
        sys.exit(1)

    from tacitus import Coder
    from tacitus.evaluate import evaluate, format_report

    report = evaluate(Coder(), gold)
    if args.json:
        print(json.dumps(report.metrics | {"n": report.n, "skipped": len(errors), "labels": str(args.labels)}))
    else:
        print(f"real news: {report.n} Wikinews articles rebuilt from {csv_path.name}"
              + (f", {len(errors)} skipped" if errors else ""))
        print(format_report(report, n_errors=args.errors))


if __name__ == "__main__":
    main()
