"""What article facts cost: coding with facts (quotes, amounts, places, dates, themes, tone) vs
the foundation alone (parse + actors + events), on the same articles, in one process.

    python bench/make_corpus.py --n 300 --out bench/out/corpus-300.jsonl
    python bench/facts_cost.py [--corpus bench/out/corpus-300.jsonl] [--repeat 3] [--record]

The corpus is the sample articles in examples/ plus the generated JSONL file when given. The
articles are parsed once (timed, spaCy pipe with the configured batch size); then, document by
document, the foundation's own steps (actors + events) and the fact steps (places, dates,
quotes, amounts, themes, tone, exactly as `Coder` runs them) are timed back to back, so a
shared machine's changing load hits both alike (whole-run A/B timings on a machine loaded by
other jobs swung by a factor of two between runs). Foundation time = parse + actors + events;
the cost is facts time / foundation time, i.e. 1 - (articles/s with facts) / (articles/s
without); the target is <= 20 %. `--repeat` keeps the fastest of N timings of each step per
document. With --record the result is appended to bench/results.md with the date, command and
`uptime` load.
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


def time_steps(coder: Coder, articles, repeat: int) -> dict:
    """Seconds spent in parse, foundation steps and fact steps over all articles."""
    from tacitus.extract.facts import article_facts, article_places

    total = {"parse": 0.0, "foundation": 0.0, "facts": 0.0}
    batch = coder.settings.batch_size
    for i in range(0, len(articles), batch):
        chunk = articles[i:i + batch]
        t0 = time.perf_counter()
        docs = list(coder.nlp.pipe([a.text for a in chunk], batch_size=batch))
        total["parse"] += time.perf_counter() - t0
        for article, doc in zip(chunk, docs):
            best_f, best_x = float("inf"), float("inf")
            for _ in range(repeat):
                t0 = time.perf_counter()
                actors = DocActors(doc, coder.dictionary, article.date, coder.gazetteer)
                events = coder.events.code_doc(doc, actors, doc_id=article.doc_id, date=article.date)
                t1 = time.perf_counter()
                places = article_places(doc, actors, coder.gazetteer)
                actors.use_places(places)
                article_facts(doc, actors, events=events, date=article.date, places=places)
                t2 = time.perf_counter()
                best_f, best_x = min(best_f, t1 - t0), min(best_x, t2 - t1)
            total["foundation"] += best_f
            total["facts"] += best_x
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="a JSONL corpus from bench/make_corpus.py (besides examples/)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--record", action="store_true", help="append the result to bench/results.md")
    args = ap.parse_args()
    articles = load(args.corpus)
    words = sum(len(a.text.split()) for a in articles)
    coder = Coder()
    time_steps(coder, articles[:5], 1)  # warm up: model, gazetteer, lexicons
    t = time_steps(coder, articles, args.repeat)
    foundation = t["parse"] + t["foundation"]
    rate = {"foundation": len(articles) / foundation, "facts": len(articles) / (foundation + t["facts"])}
    cost = t["facts"] / foundation
    load_avg = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(f"{len(articles)} articles, {words} words; per-document steps best of {args.repeat}")
    print(f"parse {t['parse']:.1f} s, actors + events {t['foundation']:.1f} s, facts {t['facts']:.1f} s")
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
