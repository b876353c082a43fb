"""CPU seconds of our code after the parse (actors, events, places, facts), without the parse.

    python bench/postparse_cpu.py --n 150
    python /tmp/old-checkout/bench/postparse_cpu.py --n 150 --corpus bench/out/corpus-2000.jsonl

Parses the first N articles of the corpus once, then times `Coder._result` over all of them
(CPU time of this process, best of --repeat runs). Each run codes fresh copies of the parsed docs
(`Doc.copy`, made before the clock starts), as the coding run does: `_result` keeps its tables
(token columns, entities, verb entries, ...) in `doc.user_data`, and runs after the first over the
same docs skipped building them (0-8 % less, session 15 helper perf6). That "warm" rerun is
printed too, for comparison with the numbers recorded before. CPU seconds measured at different
loads are not comparable (the shared cores' caches): compare checkouts, or this against the parse,
only from runs interleaved on the same machine at the same time. CPU time is far less sensitive than wall time to
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
    ap.add_argument("--no-freeze", action="store_true",
                    help="leave the loaded tables in the collector's view, as this script did before session 25")
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
    coder._result(arts[0], docs[0].copy())  # lazy tables are loaded before timing
    if not args.no_freeze:
        from tacitus.engines.local import freeze_loaded

        # as bench/throughput.py and an ingest worker do once everything is loaded: otherwise a
        # full collection walks the ~420k loaded objects about once per 3-4 runs (~0.5 s), noise
        # the coding run never pays (perf16; figures from before this do not compare with these)
        freeze_loaded()
    runs = []
    for _ in range(args.repeat):
        fresh = [d.copy() for d in docs]  # as parsed: nothing cached in user_data yet
        t = time.process_time()
        for a, d in zip(arts, fresh):
            coder._result(a, d)
        runs.append(time.process_time() - t)
    t = time.process_time()
    for a, d in zip(arts, fresh):  # the same docs again: their user_data tables already built
        coder._result(a, d)
    warm = time.process_time() - t
    print(f"{ROOT}: {len(arts)} articles{' (no gc freeze)' if args.no_freeze else ''}; parse {parse:.2f} CPU s; after the parse "
          f"{' / '.join(f'{x:.2f}' for x in runs)} CPU s (best {min(runs):.2f}; warm rerun {warm:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
