"""Simulate scaling out: the Ray engine with 1 and then 2 workers (actors) on the same corpus.

    python bench/make_corpus.py --n 2000
    python bench/ray_scaling.py --corpus bench/out/corpus-2000.jsonl            # all 2,000
    python bench/ray_scaling.py --corpus bench/out/corpus-2000.jsonl --limit 500 --record

Each run is a fresh `tacitus ingest --engine ray --workers N --out DIR` in its own process
(local Ray started and stopped by the command; model loaded once per actor), timed from
start to end, so Ray start-up and model loading are included. Prints articles/s per run and
the scaling efficiency throughput_2 / (2 x throughput_1); `--record` appends them, with the
load average, to bench/results.md. Needs the `ray` extra.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(corpus: Path, workers: int, tmp: Path) -> tuple[float, str]:
    out = tmp / f"out-{workers}"
    cmd = [sys.executable, "-m", "tacitus.cli", "ingest", str(corpus), "--engine", "ray", "--workers", str(workers),
           "--out", str(out), "--no-progress"]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=str(ROOT))
    seconds = time.perf_counter() - t
    if r.returncode != 0:
        sys.exit(f"run with {workers} worker(s) failed: {r.stderr.strip().splitlines()[-1:]}")
    return seconds, r.stdout.strip().splitlines()[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / "bench" / "out" / "corpus-2000.jsonl"))
    ap.add_argument("--limit", type=int, default=None, help="use the first N articles")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.limit:
            sub = tmp / f"corpus-{args.limit}.jsonl"
            with corpus.open(encoding="utf-8") as src, sub.open("w", encoding="utf-8") as dst:
                for i, line in enumerate(src):
                    if i >= args.limit:
                        break
                    dst.write(line)
            corpus_used = sub
        else:
            corpus_used = corpus
        n = sum(1 for _ in corpus_used.open(encoding="utf-8"))
        loads, rates = [], {}
        for workers in (1, 2):
            loads.append(os.getloadavg()[0])
            seconds, summary = run(corpus_used, workers, tmp)
            rates[workers] = n / seconds
            print(f"{workers} worker(s): {seconds:.1f} s, {rates[workers]:.2f} articles/s  | {summary}")
        loads.append(os.getloadavg()[0])
    eff = rates[2] / (2 * rates[1])
    load = " / ".join(f"{x:.1f}" for x in loads)
    print(f"scaling efficiency throughput_2 / (2 x throughput_1) = {eff:.2f}  (1-min load before/between/after: {load})")
    if args.record:
        command = f"python bench/ray_scaling.py --corpus {args.corpus}" + (f" --limit {args.limit}" if args.limit else "")
        path = ROOT / "bench" / "results.md"
        text = path.read_text("utf-8")
        header = "## Ray engine, 1 and 2 workers"
        if header not in text:
            text = text.rstrip("\n") + (
                f"\n\n{header}\n\nWall time of a whole `tacitus ingest --engine ray --out DIR` (Ray start, one model "
                "load per actor, coding, Parquet writing). Load: 1-minute load average before the 1-worker run, "
                "between the runs and after (2 cores).\n\n"
                "| date | command | articles | 1 worker art/s | 2 workers art/s | efficiency | load |\n"
                "|---|---|---|---|---|---|---|\n")
        row = (f"| {dt.date.today().isoformat()} | `{command}` | {n} | {rates[1]:.2f} | {rates[2]:.2f} | "
               f"{eff:.2f} | {load} |\n")
        # insert after the last row of this section's table (other sections may follow it)
        lines = text.splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line.startswith(header))
        while at < len(lines) and not lines[at].startswith("|---"):
            at += 1
        while at + 1 < len(lines) and lines[at + 1].startswith("|"):
            at += 1
        lines.insert(at + 1, row)
        path.write_text("".join(lines), "utf-8")


if __name__ == "__main__":
    main()
