"""Build a reproducible benchmark corpus from the project's own sample articles.

    python bench/make_corpus.py --n 2000 --out bench/out/corpus-2000.jsonl

Each article is 400-800 words: paragraphs drawn (seeded) from different sample articles in
examples/, with the actors of one paragraph swapped for others from a fixed list so that the
texts are distinct (no two articles share their text, so none is skipped as a duplicate).
Only text written for this project is used.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus.ingest import read_articles  # noqa: E402
from tacitus.model import Article  # noqa: E402

SWAPS = [
    ("Russia", "Ukraine"), ("China", "Taiwan"), ("Iran", "Israel"), ("India", "Pakistan"), ("Turkey", "Greece"),
    ("Ethiopia", "Eritrea"), ("Serbia", "Kosovo"), ("Armenia", "Azerbaijan"), ("Sudan", "Chad"), ("Japan", "South Korea"),
    ("Venezuela", "Colombia"), ("Egypt", "Ethiopia"), ("Poland", "Belarus"), ("Morocco", "Algeria"), ("Peru", "Chile"),
]


def build(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    arts = [a for a in read_articles([str(ROOT / "examples")]) if isinstance(a, Article)]
    paragraphs = [p for a in arts for p in a.text.split("\n") if len(p.split()) >= 25]
    out = []
    base = dt.date(2019, 1, 1)
    for i in range(n):
        target_words = rng.randint(400, 800)
        body, words = [], 0
        a, b = rng.choice(SWAPS)
        while words < target_words:
            p = rng.choice(paragraphs)
            if rng.random() < 0.5:
                p = p.replace("Russia", a).replace("China", b).replace("United States", rng.choice([a, b]))
            body.append(p)
            words += len(p.split())
        day = base + dt.timedelta(days=rng.randint(0, 6 * 365))
        text = "\n\n".join(body) + f"\n\n(Report {i} of the Tacitus benchmark corpus.)"
        out.append({"id": f"bench-{i:05d}", "title": f"Benchmark article {i}", "date": day.isoformat(), "text": text,
                    "source": rng.choice(["Wire A", "Wire B", "Wire C"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "corpus-2000.jsonl"))
    args = ap.parse_args()
    records = build(args.n, args.seed)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r) + "\n")
    words = sum(len(r["text"].split()) for r in records)
    print(f"{len(records)} articles, {words} words ({words / len(records):.0f} per article) -> {args.out}")


if __name__ == "__main__":
    main()
