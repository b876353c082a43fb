"""What an exact reprint costs when its original was parsed earlier in the run.

    python bench/reprints.py [--corpus bench/out/corpus-2000.jsonl] [--n 48] [--repeat 3]

Codes N articles, then the same N articles each followed by a word-for-word reprint under another
id (as wire copy appears in many outlets), with one Coder; the parse memory is emptied before each
run. Prints the cost per article and per reprint (best of --repeat, runs interleaved) and checks
that every reprint's events equal its original's apart from the ids. Without --corpus it uses the
generated corpus when present (python bench/make_corpus.py), else the examples/ folder.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacitus import Coder  # noqa: E402
from tacitus.ingest import read_articles  # noqa: E402
from tacitus.model import Article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    default = ROOT / "bench" / "out" / "corpus-2000.jsonl"
    ap.add_argument("--corpus", default=str(default if default.exists() else ROOT / "examples"))
    ap.add_argument("--n", type=int, default=48)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    originals = [a for a in read_articles([args.corpus]) if isinstance(a, Article)][: args.n]
    if not originals:
        sys.exit(f"{args.corpus}: no articles")

    def batch(tag: str, reprints: bool) -> list[Article]:
        out = []
        for i, a in enumerate(originals):
            out.append(Article(text=a.text, doc_id=f"{tag}{i}", date=a.date))
            if reprints:
                out.append(Article(text=a.text, doc_id=f"{tag}{i}-reprint", date=a.date))
        return out

    coder = Coder()
    list(coder.code_articles(batch("warm", False)[:4]))
    once, twice = [], []
    for k in range(args.repeat):
        for reprints, times in ((False, once), (True, twice)):
            coder._parsed.clear()  # noqa: SLF001 - each run starts with nothing parsed
            t = time.perf_counter()
            results = list(coder.code_articles(batch(f"r{k}{reprints:d}", reprints)))
            times.append(time.perf_counter() - t)
            if reprints:
                for a, b in zip(results[::2], results[1::2]):
                    strip = [(e.event, e.cameo, e.source_codes, e.target_codes, e.sentence, e.date) for e in a.events]
                    assert strip == [(e.event, e.cameo, e.source_codes, e.target_codes, e.sentence, e.date)
                                     for e in b.events], f"reprint of {a.article.doc_id} coded differently"
    n = len(originals)
    per_article = min(once) / n
    per_reprint = max(0.0, min(twice) - min(once)) / n
    print(f"{args.corpus}: {n} articles; best of {args.repeat}")
    print(f"  fresh article: {per_article * 1000:.0f} ms; exact reprint: {per_reprint * 1000:.0f} ms "
          f"({per_reprint / per_article:.0%} of a fresh article); reprints coded identically")


if __name__ == "__main__":
    main()
