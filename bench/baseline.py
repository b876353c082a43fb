"""The toy approach, for comparison: a verb-lemma list without the parse.

For each sentence: the first token whose lemma is a one-word verb pattern of Tacitus's own
lexicon gives the CAMEO code; the first dictionary actor (country, demonym, capital,
organisation, person) before it is the source, the first one after it the target. Same
dictionaries and lexicon as Tacitus, no dependency parse, no agents, frames or modality.

    python bench/baseline.py ../shared/data/plover-gsr-dev.json
    python bench/baseline.py corpus/tacitus-gold.jsonl --split dev
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tacitus import Coder  # noqa: E402
from tacitus.actors import DocActors  # noqa: E402
from tacitus.evaluate import evaluate, format_report, load_gold  # noqa: E402
from tacitus.model import Actor, ArticleResult, Event  # noqa: E402


class LemmaListCoder:
    def __init__(self, coder: Coder):
        self.c = coder
        self.verbs = {lemma: [e for e in entries if len(e.words) == 1 and e.cameo and e.frame not in ("say", "light")]
                      for lemma, entries in coder.lexicon.verbs.items()}

    def code_articles(self, articles, batch_size=64):
        for article in articles:
            doc = self.c.nlp(article.text)
            found = DocActors(doc, self.c.dictionary, article.date)
            events = []
            for sent in doc.sents:
                for tok in sent:
                    entries = self.verbs.get(tok.lemma_.lower())
                    if not entries:
                        continue
                    names = [(m.start, m.entry) for m in {id(m): m for m in found.name_at[sent.start:sent.end] if m}.values()]
                    before = [e for i, e in names if i < tok.i]
                    after = [e for i, e in names if i > tok.i]
                    if not before:
                        break
                    src = self._actor(before[0], article.date)
                    tgt = [self._actor(after[0], article.date)] if after else []
                    info = self.c.ontology.get(entries[0].cameo)
                    if info.plover:
                        events.append(Event("b", article.doc_id, article.date, info.plover, None, [], info.code,
                                            info.goldstein, info.quad, [src], tgt, sent.text, (0, 0), tok.text, 0.5))
                    break
            yield ArticleResult(article, events)

    def _actor(self, entry, date) -> Actor:
        code = self.c.dictionary.resolve_person(entry, date)[0] if entry.kind == "person" else entry.code
        return Actor(entry.name, entry.name, code, code[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("--split", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    report = evaluate(LemmaListCoder(Coder()), load_gold(args.gold, split=args.split))
    print(json.dumps(report.metrics) if args.json else format_report(report, n_errors=0))


if __name__ == "__main__":
    main()
