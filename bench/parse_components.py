"""CPU seconds of each component of our spaCy pipeline, and of the whole parse next to spaCy alone.

    python bench/parse_components.py --n 200
    python bench/parse_components.py --corpus wikinews --n 200 --repeat 3

Loads our pipeline (`tacitus.nlp.load_model`, with the components Tacitus adds or replaces) and
spaCy's as shipped (`spacy.load`), then, `--repeat` times: (a) runs our components one after the
other over the whole batch of texts (each component's `pipe` with the benchmark's batch size, on
the docs the previous component made: the same work `nlp.pipe` does, only in a different order of
docs), timing each with `time.process_time`; (b) the whole `nlp.pipe` of ours and of spaCy's,
interleaved. Prints the best time of each, and how often the headline component parsed a line a
second time (tacitus/headlines.py) and what those extra parses cost. The checkout the script
lives in is imported, so two checkouts can be compared by running each one's copy, interleaved.
Per-component times are CPU seconds of this process (other processes on the machine do not
count); run it twice and compare like with like.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(corpus: str, n: int) -> list[str]:
    if corpus == "wikinews":
        csv.field_size_limit(10**8)
        path = ROOT.parent / "shared" / "data" / "wikinews-2019.csv"
        if not path.exists():
            path = Path("/work/shared/data/wikinews-2019.csv")
        with path.open(encoding="utf-8") as fh:
            return [r["text"] for r, _ in zip(csv.DictReader(fh), range(n))]
    out = []
    with Path(corpus).open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line)["text"])
            if len(out) >= n:
                break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT / "bench" / "out" / "corpus-2000.jsonl"),
                    help="a JSONL file with a 'text' field, or 'wikinews'")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    import spacy

    from tacitus import headlines
    from tacitus.config import Settings
    from tacitus.nlp import load_model

    model = Settings.from_env().model
    ours = load_model(model)
    vanilla = spacy.load(model)
    vanilla.max_length = ours.max_length
    texts = load_texts(args.corpus, args.n)
    list(ours.pipe(texts[:8], batch_size=args.batch_size))
    list(vanilla.pipe(texts[:8], batch_size=args.batch_size))
    from tacitus.engines.local import freeze_loaded

    freeze_loaded()  # as bench/throughput.py and an ingest worker do once the pipelines are loaded

    rereads = {"calls": 0, "cpu": 0.0}
    try_verb = headlines._try_verb

    def counted(*a, **k):
        t = time.process_time()
        try:
            return try_verb(*a, **k)
        finally:
            rereads["calls"] += 1
            rereads["cpu"] += time.process_time() - t

    best: dict[str, float] = {}
    for _ in range(args.repeat):
        headlines._try_verb = counted
        rereads.update(calls=0, cpu=0.0)
        docs = [ours.make_doc(t) for t in texts]
        for name, proc in [("tokenizer", None)] + list(ours.pipeline):
            t = time.process_time()
            if proc is None:
                docs = [ours.make_doc(x) for x in texts]
            elif hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=args.batch_size))
            else:
                docs = [proc(d) for d in docs]
            best[name] = min(best.get(name, float("inf")), time.process_time() - t)
        headlines._try_verb = try_verb
        for label, nlp in (("whole: ours", ours), ("whole: spaCy alone", vanilla)):
            t = time.process_time()
            for _doc in nlp.pipe(texts, batch_size=args.batch_size):
                pass
            best[label] = min(best.get(label, float("inf")), time.process_time() - t)
    total = sum(v for k, v in best.items() if not k.startswith("whole"))
    print(f"{ROOT}: {len(texts)} texts, batch {args.batch_size}, best of {args.repeat} (CPU s)")
    for name, v in best.items():
        share = f"{100 * v / total:5.1f} %" if not name.startswith("whole") else ""
        print(f"  {name:32s} {v:7.3f}  {share}")
    print(f"  headline rereads (last run): {rereads['calls']} extra parses, {rereads['cpu']:.3f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
