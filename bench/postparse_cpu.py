"""CPU seconds of our code after the parse (actors, events, places, facts), without the parse.

    python bench/postparse_cpu.py --n 150
    python /tmp/old-checkout/bench/postparse_cpu.py --n 150 --corpus bench/out/corpus-2000.jsonl

Parses the first N articles of the corpus once, then times `Coder._result` over all of them
(CPU time of this process, best of --repeat runs). CPU time is far less sensitive than wall time to
other processes sharing the cores, so old and new checkouts can be compared on a busy machine: run
them one after the other, twice, interleaved. The checkout the script lives in is imported.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "bench" / "out" / "corpus-2000.jsonl")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"error: {args.corpus}: not found; run python bench/make_corpus.py first")
    from tacitus import Coder
    from tacitus.config import Settings
    from tacitus.model import Article

    arts = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            arts.append(Article(text=r["text"], doc_id=r["id"], title=r.get("title"), date=r.get("date")))
            if len(arts) >= args.n:
                break
    coder = Coder(Settings.from_env(workers=1))
    t = time.process_time()
    docs = list(coder.nlp.pipe([a.text for a in arts], batch_size=16))
    parse = time.process_time() - t
    coder._result(arts[0], docs[0])  # lazy tables are loaded before timing
    runs = []
    for _ in range(args.repeat):
        t = time.process_time()
        for a, d in zip(arts, docs):
            coder._result(a, d)
        runs.append(time.process_time() - t)
    print(f"{ROOT}: {len(arts)} articles; parse {parse:.2f} CPU s; after the parse "
          f"{' / '.join(f'{x:.2f}' for x in runs)} CPU s (best {min(runs):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
