"""Does a code change leave the coder's output exactly as it was? Code a fixed set, then compare.

    python bench/same_output.py --out /tmp/new.jsonl                # code the set with this checkout
    python /tmp/old-checkout/bench/same_output.py --out /tmp/old.jsonl
    python bench/same_output.py --compare /tmp/old.jsonl /tmp/new.jsonl

The set: the texts of ../shared/data/plover-gsr-dev.json, every record of corpus/tacitus-gold.jsonl
and the first 200 articles of bench/out/corpus-2000.jsonl (`python bench/make_corpus.py`); a part
whose file is missing is left out and named. Each text is coded with the checkout the script is
run from (its root is put first on the import path) and written as one line: the full record of
the article (`ArticleResult.to_dict(full=True)`: every event field, actors with offsets and kinds,
article facts). `--compare` reports how many records differ and, for the first few, which event
or field; exit status 0 when none does. For speed work, where the output must not move at all.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts(root: Path, corpus: Path, n_corpus: int) -> list[tuple[str, str, str | None]]:
    """(id, text, date) of the fixed set, in a fixed order."""
    out: list[tuple[str, str, str | None]] = []
    plover = root.parent / "shared" / "data" / "plover-gsr-dev.json"
    if not plover.exists():
        plover = Path("/work/shared/data/plover-gsr-dev.json")
    if plover.exists():
        for i, r in enumerate(json.loads(plover.read_text("utf-8"))):
            out.append((f"plover-{i}", r["text"], (r.get("date") or None)))
    else:
        print("plover-gsr-dev.json not found: left out", file=sys.stderr)
    gold = root / "corpus" / "tacitus-gold.jsonl"
    if gold.exists():
        with gold.open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                out.append((f"gold-{r['id']}", r["text"], r.get("date")))
    else:
        print(f"{gold}: not found: left out", file=sys.stderr)
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= n_corpus:
                    break
                r = json.loads(line)
                out.append((f"corpus-{r['id']}", r["text"], r.get("date")))
    else:
        print(f"{corpus}: not found: left out (python bench/make_corpus.py)", file=sys.stderr)
    return out


def code(out_path: Path, corpus: Path, n_corpus: int) -> None:
    from tacitus import Coder
    from tacitus.config import Settings
    from tacitus.model import Article

    import tacitus
    if Path(tacitus.__file__).resolve().parent != ROOT / "tacitus":
        sys.exit(f"error: imported tacitus from {tacitus.__file__}, not from {ROOT}")
    items = texts(ROOT, corpus, n_corpus)
    articles = [Article(text=t, doc_id=i, date=d) for i, t, d in items]
    coder = Coder(Settings.from_env(workers=1))
    with out_path.open("w", encoding="utf-8") as fh:
        for result in coder.code_articles(articles):
            fh.write(json.dumps(result.to_dict(full=True), sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(articles)} texts coded -> {out_path}", file=sys.stderr)


def first_difference(a, b, path: str = "") -> str:
    """Where two JSON values first differ, as a path like events[3].source[0].code."""
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}" if path else k)
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {str(a)[:120]!r} != {str(b)[:120]!r}"


def compare(old: Path, new: Path, show: int = 10) -> int:
    a = old.read_text("utf-8").splitlines()
    b = new.read_text("utf-8").splitlines()
    if len(a) != len(b):
        print(f"different numbers of records: {len(a)} != {len(b)}")
        return 1
    differ = 0
    n_events = 0
    for x, y in zip(a, b):
        n_events += len(json.loads(x)["events"])
        if x == y:
            continue
        differ += 1
        if differ <= show:
            rx, ry = json.loads(x), json.loads(y)
            print(f"{rx['article']['doc_id']}: {first_difference(rx, ry)}")
    print(f"{len(a)} records, {n_events} events: {differ} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="code the set with this checkout and write the records here")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus-2000.jsonl")
    ap.add_argument("--corpus-articles", type=int, default=200)
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out:
        code(args.out, args.corpus, args.corpus_articles)
        return 0
    ap.error("give --out FILE or --compare OLD NEW")
    return 2


if __name__ == "__main__":
    sys.exit(main())
