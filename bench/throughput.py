"""Throughput of the Tacitus pipeline next to spaCy alone on the same text.

    python bench/throughput.py                       # wikinews (../shared) if present, else examples
    python bench/throughput.py --corpus examples --repeat 3
    python bench/throughput.py --record              # append the result to bench/results.md

Prints articles/s, words/s and events/s for (a) spaCy alone (`spacy.load(model)` as shipped,
nlp.pipe with the same batch size: none of Tacitus's changes to the pipeline), (b) coding
(Tacitus's parse + actors + events + facts) and (c) end to end into a fresh DuckDB store; and
the ratio (b)/(a), which stays meaningful on a noisy machine where absolute numbers do not.
Runs are interleaved and the best of `--repeat` is kept for each. The all-cores run is a real
`tacitus ingest --workers N` in a subprocess, timed from start to exit (model loading included).

Memory: a sampler thread adds up, every 0.2 s with psutil, the resident set size (RSS) and the
proportional set size (PSS: shared copy-on-write pages divided among the processes that share
them, so the sum is the memory the run really occupies) of a process tree, and keeps the peaks.
For the all-cores ingest the tree is the `tacitus ingest` subprocess and its workers only (the
"2 GB with 2 workers" target); for the one-process runs it is this process. Needs the `bench`
extra: `pip install -e '.[bench]'`.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import threading
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


class TreeRSS:
    """Peak summed RSS of this process and all its descendants, per phase, sampled every 0.2 s."""

    def __init__(self, interval: float = 0.2):
        try:
            import psutil
        except ImportError:
            sys.exit("bench/throughput.py needs psutil: pip install -e '.[bench]'")
        self.psutil = psutil
        self.root = psutil.Process(os.getpid())
        self.interval = interval
        self.phase = "setup"
        self.peaks: dict[str, int] = {}
        self.pss_peaks: dict[str, int] = {}
        self.single_peak = 0
        self.tree = self.root  # the process whose tree is measured
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def sample(self) -> None:
        tree = self.tree
        procs = [tree]
        try:
            procs += tree.children(recursive=True)
        except self.psutil.Error:
            pass
        total = pss = 0
        for p in procs:
            try:
                info = p.memory_full_info()
            except self.psutil.Error:  # a worker that just ended
                continue
            total += info.rss
            pss += getattr(info, "pss", info.rss)
            self.single_peak = max(self.single_peak, info.rss)
        self.peaks[self.phase] = max(self.peaks.get(self.phase, 0), total)
        self.pss_peaks[self.phase] = max(self.pss_peaks.get(self.phase, 0), pss)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def enter(self, phase: str) -> None:
        self.sample()
        self.phase = phase
        self.sample()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def mb(self, phase: str | None = None, pss: bool = False) -> int:
        peaks = self.pss_peaks if pss else self.peaks
        value = max(peaks.values()) if phase is None else peaks.get(phase, 0)
        return round(value / 2**20)


def ingest_subprocess(memory: TreeRSS, corpus: Path, tmp: Path, workers: int, batch_size: int) -> float:
    """Wall time of `tacitus ingest --workers N` on the corpus, sampling only its process tree."""
    import subprocess

    cmd = [sys.executable, "-c", "from tacitus.cli import main; main()", "ingest", str(corpus),
           "--db", str(tmp / "bench-store_all.duckdb"), "--workers", str(workers), "--batch-size", str(batch_size)]
    memory.enter("store_all")
    t = time.perf_counter()
    # the checkout's code, not whatever tacitus the interpreter has installed (a worktree measured
    # with another tree's venv would otherwise time that other tree's ingest)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    memory.tree = memory.psutil.Process(proc.pid)
    _, err = proc.communicate()
    elapsed = time.perf_counter() - t
    memory.tree = memory.root
    if proc.returncode != 0:
        sys.exit(f"error: the {workers}-worker ingest failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}")
    return elapsed


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="wikinews", help="wikinews | examples | a file or folder")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--record", action="store_true", help="append a row to bench/results.md")
    args = ap.parse_args()

    memory = TreeRSS()
    settings = Settings.from_env(batch_size=args.batch_size)
    coder = Coder(settings)
    arts = load_corpus(args.corpus, args.limit)
    texts = [a.text for a in arts]
    n_words = words(texts)
    import spacy

    nlp = spacy.load(settings.model)  # spaCy as shipped: the baseline the ratio is about (GUIDE 6)
    nlp.max_length = max(nlp.max_length, settings.max_chars)
    list(nlp.pipe(texts[:8], batch_size=args.batch_size))  # warm up
    from tacitus.engines.local import freeze_loaded

    freeze_loaded()  # as an ingest worker does once its Coder is built (both pipelines are loaded here)

    best = {"spacy": float("inf"), "code": float("inf"), "store": float("inf"), "store_all": float("inf")}
    cores = Settings.from_env().workers
    n_events = 0
    for _ in range(args.repeat):
        memory.enter("spacy")
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        best["spacy"] = min(best["spacy"], time.perf_counter() - t)

        memory.enter("code")
        t = time.perf_counter()
        n_events = sum(len(r.events) for r in coder.code_articles(arts, batch_size=args.batch_size))
        best["code"] = min(best["code"], time.perf_counter() - t)

        from tacitus.ingest.run import ingest

        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for a in arts:
                    fh.write(json.dumps({"id": a.doc_id, "text": a.text, "title": a.title, "date": a.date}) + "\n")
            memory.enter("store")
            s = settings.with_(db=str(Path(tmp) / "bench-store.duckdb"), workers=1)
            t = time.perf_counter()
            report = ingest([str(corpus)], settings=s, coder=coder)
            best["store"] = min(best["store"], time.perf_counter() - t)
            assert report.stored == len(arts), report.summary()
            best["store_all"] = min(best["store_all"], ingest_subprocess(memory, corpus, Path(tmp), cores,
                                                                         args.batch_size))

    memory.stop()
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
        "peak_rss_tree_mb": memory.mb(),
        "peak_rss_tree_mb_ingest_all_cores": memory.mb("store_all"),
        "peak_pss_tree_mb_ingest_all_cores": memory.mb("store_all", pss=True),
        "peak_rss_tree_mb_one_process": max(memory.mb("code"), memory.mb("store")),
        "peak_rss_single_process_mb": round(memory.single_peak / 2**20),
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
        f"  {cores}-worker ingest, summed over its main process and workers: peak RSS "
        f"{res['peak_rss_tree_mb_ingest_all_cores']} MB, peak PSS {res['peak_pss_tree_mb_ingest_all_cores']} MB\n"
        f"  peak RSS of any phase {res['peak_rss_tree_mb']} MB (one process: "
        f"{res['peak_rss_tree_mb_one_process']} MB; largest single process {res['peak_rss_single_process_mb']} MB)",
        file=sys.stderr,
    )
    if args.record:
        record(res, args, cores)


SECTION = "## throughput.py, peak RSS summed over the process tree"


def record(res: dict, args, cores: int) -> None:
    """Append a row (with the load average at the end of the run) to bench/results.md."""
    out = ROOT / "bench" / "results.md"
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    command = f"python bench/throughput.py --corpus {args.corpus}" + (f" --limit {args.limit}" if args.limit else "")
    line = (f"| {res['date']} | `{command}` | {res['articles']} | {res['spacy_articles_s']} / {res['spacy_words_s']} "
            f"| {res['code_articles_s']} / {res['code_words_s']} / {res['code_events_s']} | "
            f"{res['store_articles_s']} / {res['store_words_s']} | {res['ratio_code_vs_spacy']} | "
            f"{res['ratio_store_vs_spacy']} | {res['store_all_cores_articles_s']} ({cores} workers) | "
            f"{res['peak_rss_tree_mb_ingest_all_cores']} / {res['peak_pss_tree_mb_ingest_all_cores']} | "
            f"{res['peak_rss_tree_mb_one_process']} | "
            f"{res['peak_rss_single_process_mb']} | {load} |\n")
    text = out.read_text("utf-8") if out.exists() else "# Benchmark results\n"
    if SECTION not in text:
        text = text.rstrip("\n") + (
            f"\n\n{SECTION}\n\n"
            "RSS columns are MB: the peak of (main process + every worker) sampled every 0.2 s, for the "
            "all-cores ingest and for the one-process runs, and the largest single process. Forked "
            "workers share copy-on-write pages with the main process, so the sum is an upper bound. "
            "Load is `uptime`'s 1/5/15-minute load average at the end of the run (2 cores).\n\n"
            "| date | command | articles | spaCy art/s / words/s | coding art/s / words/s / events/s | "
            "into store art/s / words/s | coding/spaCy | store/spaCy | into store, all cores, art/s | "
            "RSS sum, all-cores ingest | RSS sum, one process | largest process | load |\n"
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    lines = text.splitlines(keepends=True)  # the row goes at the end of this section's table
    at = next(i for i, ln in enumerate(lines) if ln.startswith(SECTION))
    while at < len(lines) and not lines[at].startswith("|---"):
        at += 1
    while at + 1 < len(lines) and lines[at + 1].startswith("|"):
        at += 1
    lines.insert(at + 1, line)
    out.write_text("".join(lines), "utf-8")

if __name__ == "__main__":
    main()
