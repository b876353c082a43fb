"""What article facts cost: coding with facts (quotes, amounts, places, dates, themes, tone) vs
the foundation alone (parse + actors + events), on the same articles, in one process.

    python bench/make_corpus.py --n 300 --out bench/out/corpus-300.jsonl
    python bench/facts_cost.py [--corpus bench/out/corpus-300.jsonl] [--repeat 3] [--record]

The corpus is the sample articles in examples/ plus the generated JSONL file when given. Both
variants parse with the same spaCy pipeline and batch size; runs are interleaved and the best
of `--repeat` is kept, so the ratio stays meaningful on a shared machine. The cost is
1 - (articles/s with facts) / (articles/s without); the target is <= 20 %. With --record the
result is appended to bench/results.md with the date, command and `uptime` load.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus import Coder  # noqa: E402
from tacitus.actors import DocActors  # noqa: E402
from tacitus.ingest import Skipped, read_articles  # noqa: E402


def load(corpus: str | None) -> list:
    paths = [str(ROOT / "examples")] + ([corpus] if corpus else [])
    return [a for a in read_articles(paths) if not isinstance(a, Skipped)]


def run_foundation(coder: Coder, articles) -> int:
    """Parse + actors + events: the foundation's per-article work, without any fact."""
    n = 0
    stream = ((a.text, a) for a in articles)
    for doc, article in coder.nlp.pipe(stream, as_tuples=True, batch_size=coder.settings.batch_size):
        actors = DocActors(doc, coder.dictionary, article.date, coder.gazetteer)
        coder.events.code_doc(doc, actors, doc_id=article.doc_id, date=article.date)
        n += 1
    return n


def run_with_facts(coder: Coder, articles) -> int:
    return sum(1 for _ in coder.code_articles(articles))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="a JSONL corpus from bench/make_corpus.py (besides examples/)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--record", action="store_true", help="append the result to bench/results.md")
    args = ap.parse_args()
    articles = load(args.corpus)
    words = sum(len(a.text.split()) for a in articles)
    coder = Coder()
    run_with_facts(coder, articles[:5])  # warm up: model, gazetteer, lexicons
    best = {"foundation": float("inf"), "facts": float("inf")}
    for _ in range(args.repeat):
        for name, fn in (("foundation", run_foundation), ("facts", run_with_facts)):
            t0 = time.perf_counter()
            fn(coder, articles)
            best[name] = min(best[name], time.perf_counter() - t0)
    rate = {k: len(articles) / v for k, v in best.items()}
    cost = 1 - rate["facts"] / rate["foundation"]
    load_avg = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(f"{len(articles)} articles, {words} words; best of {args.repeat}")
    print(f"foundation (parse + actors + events): {rate['foundation']:.2f} articles/s")
    print(f"with facts (+ quotes, amounts, places, dates, themes, tone): {rate['facts']:.2f} articles/s")
    print(f"facts cost: {cost:.1%} of the foundation's throughput (target <= 20 %)")
    print(f"load: {load_avg}")
    if args.record:
        cmd = "python bench/facts_cost.py" + (f" --corpus {os.path.relpath(args.corpus, ROOT)}" if args.corpus else "") \
            + f" --repeat {args.repeat}"
        line = (f"| {dt.date.today().isoformat()} | `{cmd}` | {len(articles)} | {words} | {rate['foundation']:.2f} | "
                f"{rate['facts']:.2f} | {cost:.1%} | {load_avg.split('load average:')[-1].strip()} |\n")
        path = ROOT / "bench" / "results.md"
        text = path.read_text("utf-8")
        header = "## Cost of article facts"
        if header not in text:
            text = text.rstrip("\n") + (
                f"\n\n{header}\n\nCoding with all article facts vs the foundation alone (parse + actors + events), "
                "same process and articles, interleaved runs, best of N (`bench/facts_cost.py`).\n\n"
                "| date | command | articles | words | foundation art/s | with facts art/s | facts cost | load (1/5/15 min) |\n"
                "|---|---|---|---|---|---|---|---|\n")
        path.write_text(text + line, "utf-8")


if __name__ == "__main__":
    main()
