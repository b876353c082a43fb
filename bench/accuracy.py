"""Accuracy table for the README: Tacitus, Tacitus + Phoenix dictionaries, and the toy
verb-lemma baseline, on the PLOVER gold dev records, on the dev split of our own corpus and on
the held-out test file (corpus/tacitus-test.jsonl, labelled before the coder was run on it) and the
second held-out file (corpus/tacitus-test2.jsonl, labelled and committed before the coder was ever run
on it, after the first file's scores had been used to decide code changes), and the held-out
whole stories (corpus/tacitus-stories.jsonl), where the event_* columns (every gold event against
every predicted event, by sentence) are the figures that count; real news, whole Wikinews 2019
articles labelled in corpus/realnews-labels.jsonl and rebuilt from ../shared/data by
bench/realnews_eval.py (scored the same way; the row is left out without the csv); and the lanes' sets
(corpus/tacitus-lanes.jsonl), tuned on, so a regression check and no estimate.

    python bench/accuracy.py            # prints a Markdown table (needs ../shared/data for the PLOVER rows)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from baseline import LemmaListCoder  # noqa: E402

from tacitus import Coder  # noqa: E402
from tacitus.actors.petrarch import import_petrarch, write_tsv  # noqa: E402
from tacitus.config import Settings  # noqa: E402
from tacitus.evaluate import evaluate, load_gold  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
KEYS = ("type_acc", "source_acc", "target_acc", "primary_triple_acc", "triple_precision", "triple_recall",
        "triple_f1", "no_event_false_positive_rate", "event_precision", "event_recall", "event_f1")


def main() -> None:
    golds = []
    if (SHARED / "plover-gsr-dev.json").exists():
        golds.append(("PLOVER gold, dev half", load_gold(str(SHARED / "plover-gsr-dev.json"))))
    golds.append(("Tacitus corpus, dev split", load_gold(str(ROOT / "corpus" / "tacitus-gold.jsonl"), split="dev")))
    golds.append(("Tacitus held-out test file", load_gold(str(ROOT / "corpus" / "tacitus-test.jsonl"))))
    golds.append(("Tacitus second held-out test file", load_gold(str(ROOT / "corpus" / "tacitus-test2.jsonl"))))
    golds.append(("Tacitus held-out stories", load_gold(str(ROOT / "corpus" / "tacitus-stories.jsonl"))))
    if (SHARED / "wikinews-2019.csv").exists():
        from realnews_eval import load_realnews

        realnews, skipped = load_realnews(ROOT / "corpus" / "realnews-labels.jsonl", SHARED / "wikinews-2019.csv")
        for line in skipped:
            print(f"error: {line}", file=sys.stderr)
        if realnews:
            golds.append(("Real news: whole Wikinews 2019 articles", realnews))
    golds.append(("Tacitus lane sets (tuned on: regression only)", load_gold(str(ROOT / "corpus" / "tacitus-lanes.jsonl"))))
    coder = Coder()
    coders = [("Tacitus", coder), ("toy baseline (verb lemma list, no parse)", LemmaListCoder(coder))]
    tmp = tempfile.TemporaryDirectory()
    if (SHARED / "phoenix").is_dir():
        files = []
        for src in sorted((SHARED / "phoenix").glob("*.txt")):
            out = Path(tmp.name) / (src.stem + ".tsv")
            write_tsv(import_petrarch(src), out)
            files.append(str(out))
        phoenix = Coder(Settings.from_env(actors_files=files), nlp=coder.nlp, ontology=coder.ontology,
                        lexicon=coder.lexicon, gazetteer=coder.gazetteer)
        coders.insert(1, ("Tacitus + Phoenix dictionaries", phoenix))
    # the event_* columns keep their prefix: event_precision is not the record-level precision
    print("| gold | coder | " + " | ".join(k.replace("_acc", "").replace("triple_", "") for k in KEYS) + " |")
    print("|---|---|" + "---|" * len(KEYS))
    for gname, records in golds:
        for cname, c in coders:
            m = evaluate(c, records).metrics
            cells = [("%.3f" % m[k]) if m[k] is not None else "–" for k in KEYS]
            print(f"| {gname} ({len(records)}) | {cname} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
