"""Profile coding (parse + actors + events + facts) with pyinstrument and list OUR hot spots.

    python bench/hotspots.py --n 300                  # first 300 articles of bench/out/corpus-2000.jsonl
    python bench/hotspots.py --n 300 --html prof.html # also pyinstrument's HTML report
    python bench/hotspots.py --n 300 --startup       # include building the Coder (model, tables)

Without --startup the model and dictionaries are loaded before profiling starts (a one-off
cost per worker process or Ray actor); with it, the run is profiled as a worker lives it. Prints, for every function in the `tacitus` package, its inclusive share of the
profiled time (callees included, recursion counted once) and its self share, sorted by
inclusive share; and the share of all of our code after the parse (`Coder._result`: actors,
events, facts) plus our sentence-split component. The rest is spaCy and thinc (pyinstrument
sees their Cython frames without their Python callers, so they are counted as the remainder). Needs the
`bench` extra (`pip install -e '.[bench]'`) and the corpus (`python bench/make_corpus.py`).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus import Coder  # noqa: E402
from tacitus.config import Settings  # noqa: E402
from tacitus.model import Article  # noqa: E402

PKG = str(ROOT / "tacitus")


def load(path: Path, n: int) -> list[Article]:
    arts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            arts.append(Article(text=r["text"], doc_id=r["id"], title=r["title"], date=r["date"]))
            if len(arts) >= n:
                break
    return arts


def ours(frame) -> bool:
    return bool(frame.file_path) and frame.file_path.startswith(PKG)


def aggregate(root):
    """Inclusive and self time per (file, function) of our code; recursion counted once."""
    inclusive, self_time = defaultdict(float), defaultdict(float)

    def walk(frame, active: frozenset):
        key = (frame.file_path_short or frame.file_path, frame.function)
        is_ours = ours(frame)
        if is_ours:
            if key not in active:
                inclusive[key] += frame.time
            self_time[key] += frame.total_self_time
        for child in frame.children:
            walk(child, active | {key} if is_ours else active)

    walk(root, frozenset())
    return inclusive, self_time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / "bench" / "out" / "corpus-2000.jsonl"))
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--html", default=None)
    ap.add_argument("--startup", action="store_true", help="profile building the Coder too")
    args = ap.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("bench/hotspots.py needs pyinstrument: pip install -e '.[bench]'")
    corpus = Path(args.corpus)
    if not corpus.exists():
        sys.exit(f"{corpus}: not found; run python bench/make_corpus.py first")
    arts = load(corpus, args.n)
    profiler = Profiler(interval=0.002)
    if args.startup:
        profiler.start()
    coder = Coder(Settings.from_env(workers=1))
    list(coder.code_articles(arts[:4]))  # lazy tables and caches are part of the start
    if not args.startup:
        profiler.start()
    n_events = sum(len(r.events) for r in coder.code_articles(arts))
    profiler.stop()
    session = profiler.last_session
    root = session.root_frame()
    total = root.time
    inclusive, self_time = aggregate(root)
    after_parse = sum(t for (f, fn), t in inclusive.items() if (f.endswith("pipeline.py") and fn == "_result")
                      or fn == "newline_sentences")
    startup = sum(t for (f, fn), t in inclusive.items() if f.endswith("pipeline.py") and fn == "__init__")
    print(f"{len(arts)} articles, {n_events} events, {total:.1f} s profiled ({len(arts) / total:.2f} articles/s); "
          f"our code after the parse: {100 * after_parse / total:.1f} %"
          + (f"; building the Coder: {100 * startup / total:.1f} %" if args.startup else ""))
    print(f"{'inclusive %':>11} {'self %':>7}  function")
    for key, t in sorted(inclusive.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{100 * t / total:11.1f} {100 * self_time[key] / total:7.1f}  {key[0]}:{key[1]}")
    if args.html:
        Path(args.html).write_text(profiler.output_html(), "utf-8")
        print(f"HTML report -> {args.html}")


if __name__ == "__main__":
    main()
