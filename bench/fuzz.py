"""Property-based fuzzing of every reader and the coder, at benchmark scale.

    .venv/bin/python bench/fuzz.py [--per-property 3500] [--record]

Runs the hypothesis properties of tests/test_robustness.py (random bytes into the text reader,
malformed JSON values of every type into the JSONL reader, hostile Unicode with control
characters, bidi marks and combining sequences into the coder) with N generated cases each,
and reports how many cases ran and how many failed (the property: no exception escapes except
our own clear input errors; every event's span points at its sentence).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-property", type=int, default=3500)
    ap.add_argument("--record", action="store_true", help="append the result to bench/results.md")
    args = ap.parse_args()
    env = dict(os.environ, TACITUS_FUZZ_EXAMPLES=str(args.per_property))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_robustness.py",
           "-k", "never_raises or malformed", "--hypothesis-show-statistics"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    out = proc.stdout + proc.stderr
    cases = [int(n) for n in re.findall(r"(\d+) passing", out)]
    failing = sum(int(n) for n in re.findall(r"(\d+) failing", out))
    summary = out.strip().splitlines()[-1] if out.strip() else ""
    print(out if proc.returncode else "")
    line = (f"{len(cases)} properties, {sum(cases):,} generated cases passed, {failing} failing, "
            f"pytest: {summary}, {seconds:.0f} s")
    print(line)
    if args.record:
        load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
        with (ROOT / "bench" / "results.md").open("a", encoding="utf-8") as fh:
            fh.write(f"\n## Fuzzing, {dt.date.today()}\n\n`python bench/fuzz.py --per-property {args.per_property}` "
                     f"(load: {load})\n\n{line}\n")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
