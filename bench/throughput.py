"""Throughput of the Tacitus pipeline next to spaCy alone on the same text.

    python bench/throughput.py                       # wikinews (../shared) if present, else examples
    python bench/throughput.py --corpus examples --repeat 3
    python bench/throughput.py --record              # append the result to bench/results.md

Prints articles/s, words/s and events/s for (a) spaCy alone (nlp.pipe, same model and batch
size, including Tacitus's newline sentence splitter), (b) coding (parse + actors + events)
and (c) end to end into a fresh DuckDB store; and the ratio (b)/(a), which stays
meaningful on a noisy machine where absolute numbers do not. Runs are interleaved and
the best of `--repeat` is kept for each.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus import Coder  # noqa: E402
from tacitus.config import Settings  # noqa: E402
from tacitus.ingest import read_articles  # noqa: E402
from tacitus.model import Article  # noqa: E402

csv.field_size_limit(10**8)


def load_corpus(name: str, limit: int | None) -> list[Article]:
    if name == "wikinews":
        path = ROOT.parent / "shared" / "data" / "wikinews-2019.csv"
        if not path.exists():
            print("../shared/data/wikinews-2019.csv not found; using examples", file=sys.stderr)
            return load_corpus("examples", limit)
        with path.open(encoding="utf-8") as fh:
            arts = [Article(text=r["text"], title=r["title"], date=r["date"], doc_id=f"wn-{i}") for i, r in enumerate(csv.DictReader(fh))]
    elif name == "examples":
        arts = [a for a in read_articles([str(ROOT / "examples")]) if isinstance(a, Article)]
    else:
        p = Path(name)
        arts = [a for a in read_articles([str(p)]) if isinstance(a, Article)]
    return arts[:limit] if limit else arts


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="wikinews", help="wikinews | examples | a file or folder")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--record", action="store_true", help="append a row to bench/results.md")
    args = ap.parse_args()

    settings = Settings.from_env(batch_size=args.batch_size)
    coder = Coder(settings)
    arts = load_corpus(args.corpus, args.limit)
    texts = [a.text for a in arts]
    n_words = words(texts)
    nlp = coder.nlp
    list(nlp.pipe(texts[:8], batch_size=args.batch_size))  # warm up

    best = {"spacy": float("inf"), "code": float("inf"), "store": float("inf"), "store_all": float("inf")}
    cores = Settings.from_env().workers
    n_events = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        best["spacy"] = min(best["spacy"], time.perf_counter() - t)

        t = time.perf_counter()
        n_events = sum(len(r.events) for r in coder.code_articles(arts, batch_size=args.batch_size))
        best["code"] = min(best["code"], time.perf_counter() - t)

        from tacitus.ingest.run import ingest

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for a in arts:
                    fh.write(json.dumps({"id": a.doc_id, "text": a.text, "title": a.title, "date": a.date}) + "\n")
            for key, workers in (("store", 1), ("store_all", cores)):
                s = settings.with_(db=str(Path(tmp) / f"bench-{key}.duckdb"), workers=workers)
                t = time.perf_counter()
                report = ingest([str(corpus)], settings=s, coder=coder if workers == 1 else None)
                best[key] = min(best[key], time.perf_counter() - t)
                assert report.stored == len(arts), report.summary()

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(arts)
    res = {
        "date": dt.date.today().isoformat(),
        "corpus": args.corpus,
        "articles": n,
        "words": n_words,
        "events": n_events,
        "batch_size": args.batch_size,
        "spacy_articles_s": round(n / best["spacy"], 2),
        "spacy_words_s": round(n_words / best["spacy"]),
        "code_articles_s": round(n / best["code"], 2),
        "code_words_s": round(n_words / best["code"]),
        "code_events_s": round(n_events / best["code"], 1),
        "store_articles_s": round(n / best["store"], 2),
        "store_words_s": round(n_words / best["store"]),
        "store_all_cores_articles_s": round(n / best["store_all"], 2),
        "workers_all_cores": cores,
        "ratio_code_vs_spacy": round(best["spacy"] / best["code"], 3),
        "ratio_store_vs_spacy": round(best["spacy"] / best["store"], 3),
        "peak_rss_mb": round(rss_mb),
        "machine": f"{platform.machine()} {platform.processor() or ''} python {platform.python_version()}".strip(),
    }
    print(json.dumps(res))
    print(
        f"{n} articles, {n_words} words, {n_events} events (batch {args.batch_size}, best of {args.repeat})\n"
        f"  spaCy alone : {res['spacy_articles_s']:8.2f} articles/s {res['spacy_words_s']:8d} words/s\n"
        f"  coding      : {res['code_articles_s']:8.2f} articles/s {res['code_words_s']:8d} words/s "
        f"{res['code_events_s']:.1f} events/s  ratio {res['ratio_code_vs_spacy']:.3f}\n"
        f"  into DuckDB : {res['store_articles_s']:8.2f} articles/s {res['store_words_s']:8d} words/s  "
        f"ratio {res['ratio_store_vs_spacy']:.3f}\n"
        f"  into DuckDB, {cores} workers: {res['store_all_cores_articles_s']:8.2f} articles/s (model load included)\n"
        f"  peak RSS    : {res['peak_rss_mb']} MB",
        file=sys.stderr,
    )
    if args.record:
        out = ROOT / "bench" / "results.md"
        line = (f"| {res['date']} | `python bench/throughput.py --corpus {args.corpus}` | {n} | {res['spacy_articles_s']} / {res['spacy_words_s']} "
                f"| {res['code_articles_s']} / {res['code_words_s']} | {res['store_articles_s']} / {res['store_words_s']} "
                f"| {res['ratio_code_vs_spacy']} | {res['ratio_store_vs_spacy']} | {res['store_all_cores_articles_s']} ({cores} workers) | {res['peak_rss_mb']} |\n")
        if not out.exists():
            out.write_text("# Benchmark results\n\nMachine: 2 cores, 24 GB RAM, Python 3.11, one process.\n\n"
                           "| date | command | articles | spaCy art/s / words/s | coding art/s / words/s | into store art/s / words/s | coding/spaCy | store/spaCy | into store, all cores, art/s | peak RSS MB (main process) |\n"
                           "|---|---|---|---|---|---|---|---|---|---|\n", "utf-8")
        with out.open("a", encoding="utf-8") as fh:
            fh.write(line)


if __name__ == "__main__":
    main()
