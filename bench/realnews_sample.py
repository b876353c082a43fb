"""Draw a reproducible random sample of events coded from the Wikinews articles in
../shared/data, for a hand check of precision on real news (README "Accuracy").

    python bench/realnews_sample.py --n 60 --seed 2026 > sample.tsv

Prints one event per line: id, PLOVER type, CAMEO code, source codes, target codes, trigger,
sentence. Judge each line by hand (is it a real event of that type? are both actors right?).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus import Coder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--csv", default=str(ROOT.parent / "shared" / "data" / "wikinews-2019.csv"))
    args = ap.parse_args()
    csv.field_size_limit(10**8)
    path = Path(args.csv)
    if not path.exists():
        sys.exit(f"error: {path}: not found (the sample needs ../shared/data)")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    coder = Coder()
    events = []
    for r in rows:
        events.extend(coder.code(r["text"], date=r["date"]))
    rng = random.Random(args.seed)
    sample = rng.sample(events, min(args.n, len(events)))
    print(f"# {len(events)} events from {len(rows)} articles; {len(sample)} drawn with seed {args.seed}")
    for i, e in enumerate(sample, 1):
        print("\t".join([str(i), e.event, e.cameo, ",".join(e.source_codes), ",".join(e.target_codes), e.trigger,
                         " ".join(e.sentence.split())[:300]]))


if __name__ == "__main__":
    main()
