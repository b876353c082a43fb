"""Duplicate detection and event merging, measured on a corpus with known duplicate groups.

    .venv/bin/python bench/dedup.py [--originals 150] [--seed 11] [--record]

The corpus is built reproducibly from text written for this project (the sentences of
corpus/tacitus-gold.jsonl): each *original* article is 8-14 sentences drawn without
replacement, so no two originals share a sentence, all published within 60 days (so that
unrelated stories share dates and dyads, as real news does). Then, for some originals:
- *reprint*: another outlet, another headline, a dateline and a copyright line added;
- *edited reprint*: as a reprint, one or two sentences dropped, a sentence added, a few words
  changed, published a day later;
- *paraphrase*: sentences reordered, a third dropped, reporting verbs and common words
  replaced by synonyms (a mechanical rewrite; real paraphrases are harder).

Reported: duplicate-pair precision and recall per kind (a pair is an article and the original
of its group; a predicted pair is an article and the article it is linked to), raw reports
versus merged events, and merge precision and recall judged by where each report's sentence
came from (two reports are one happening when they come from the same source sentence).
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUTLETS = ["Wire A", "Wire B", "Wire C", "Daily Courier", "Evening Post", "Global Times Review", "Metro News",
           "The Observer Desk", "Capital Herald", "Continental Press"]
SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "announced": "declared", "meeting": "talks",
    "government": "administration", "officials": "authorities", "agreed": "consented", "talks": "discussions",
    "president": "leader", "minister": "secretary", "country": "nation", "countries": "nations",
    "troops": "soldiers", "attack": "assault", "killed": "left dead", "help": "assist", "plans": "intends",
    "strong": "robust", "new": "fresh", "big": "large", "also": "additionally", "after": "following",
}
EXTRA = ["This story has been updated with more details.", "Further reporting by our correspondents.",
         "The report could not be independently verified."]


def _sentences() -> list[dict]:
    rows = [json.loads(line) for line in (ROOT / "corpus" / "tacitus-gold.jsonl").open(encoding="utf-8")]
    return [r for r in rows if len(r["text"].split()) >= 8]


def build(n_originals: int, seed: int) -> list[dict]:
    """Articles with their group, kind, and the source-sentence id of each character range."""
    rng = random.Random(seed)
    pool = _sentences()
    rng.shuffle(pool)
    base = dt.date(2023, 3, 1)
    articles = []
    for g in range(n_originals):
        k = rng.randint(8, 14)
        if len(pool) < k:
            break
        sents = [(s["id"], s["text"]) for s in pool[:k]]
        del pool[:k]
        day = base + dt.timedelta(days=rng.randint(0, 59))
        outlets = rng.sample(OUTLETS, 4)
        articles.append(_article(f"g{g:03d}-orig", g, "original", outlets[0], day, f"Story {g}", sents, [], []))
        r = rng.random()
        if r < 0.35:
            articles.append(_reprint(g, outlets[1], day, sents, rng))
        if rng.random() < 0.35:
            articles.append(_edited(g, outlets[2], day, sents, rng))
        if rng.random() < 0.30:
            articles.append(_paraphrase(g, outlets[3], day, sents, rng))
    rng.shuffle(articles)
    # originals first, in a stable order, so the first-seen article of each group is its original
    articles.sort(key=lambda a: (a["kind"] != "original", a["doc_id"]))
    return articles


def _article(doc_id, group, kind, outlet, day, title, sents, head, tail):
    parts, ranges, pos = [], [], 0
    for text in head:
        parts.append(text)
        pos += len(text) + 1
    for sid, text in sents:
        ranges.append((pos, pos + len(text), sid))
        parts.append(text)
        pos += len(text) + 1
    parts += tail
    return {"doc_id": doc_id, "group": group, "kind": kind, "source": outlet, "date": day.isoformat(),
            "title": title, "text": " ".join(parts), "ranges": ranges}


def _reprint(g, outlet, day, sents, rng):
    head = [f"{outlet.upper()} -"]
    tail = [f"(c) {day.year} {outlet}. All rights reserved."]
    return _article(f"g{g:03d}-reprint", g, "reprint", outlet, day, f"{outlet}: story {g} headline", sents, head, tail)


def _edited(g, outlet, day, sents, rng):
    sents = list(sents)
    for _ in range(rng.randint(1, 2)):
        if len(sents) > 6:
            sents.pop(rng.randrange(1, len(sents)))
    edited = []
    for sid, text in sents:
        words = text.split(" ")
        for i in range(len(words)):
            w = words[i].lower().strip(",.")
            if w in SYNONYMS and rng.random() < 0.3:
                words[i] = words[i].replace(w, SYNONYMS[w]).replace(w.capitalize(), SYNONYMS[w].capitalize())
        edited.append((sid, " ".join(words)))
    tail = [rng.choice(EXTRA)]
    return _article(f"g{g:03d}-edited", g, "edited", outlet, day + dt.timedelta(days=1), f"Updated: story {g}",
                    edited, [], tail)


def _paraphrase(g, outlet, day, sents, rng):
    sents = list(sents)
    rng.shuffle(sents)
    sents = sents[: max(4, int(len(sents) * 2 / 3))]
    out = []
    for sid, text in sents:
        for w, s in SYNONYMS.items():
            text = re.sub(rf"\b{w}\b", s, text)
            text = re.sub(rf"\b{w.capitalize()}\b", s.capitalize(), text)
        out.append((sid, text))
    return _article(f"g{g:03d}-para", g, "paraphrase", outlet, day, f"Analysis: story {g}", out, [], [])


def run(articles: list[dict], db: str, workers: int) -> dict:
    import duckdb

    from tacitus.config import Settings
    from tacitus.ingest.run import ingest_items
    from tacitus.model import Article

    items = [Article(text=a["text"], doc_id=a["doc_id"], title=a["title"], date=a["date"], source=a["source"])
             for a in articles]
    started = time.perf_counter()
    report = ingest_items(items, settings=Settings(db=db, workers=workers, dedup="near"), progress=sys.stderr.isatty())
    seconds = time.perf_counter() - started
    con = duckdb.connect(db, read_only=True)
    links = dict(con.execute("SELECT doc_id, duplicate_of FROM articles").fetchall())
    mentions = con.execute("SELECT mention_id, event_id, doc_id, span_start FROM mentions").fetchall()
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()

    by_id = {a["doc_id"]: a for a in articles}
    out = {"articles": len(articles), "seconds": round(seconds, 1), "stored": report.stored}
    # duplicate pairs: gold = (non-original, its group's original); predicted = (article, linked original)
    for kind in ("reprint", "edited", "paraphrase"):
        gold = {a["doc_id"] for a in articles if a["kind"] == kind}
        hit = {d for d in gold if links.get(d) == f"g{by_id[d]['group']:03d}-orig"}
        out[f"recall_{kind}"] = round(len(hit) / len(gold), 3) if gold else None
        out[f"n_{kind}"] = len(gold)
    predicted = {(d, o) for d, o in links.items() if o}
    correct = {(d, o) for d, o in predicted if by_id[d]["group"] == by_id[o]["group"]}
    out["dup_links"] = len(predicted)
    out["dup_precision"] = round(len(correct) / len(predicted), 3) if predicted else None
    non_para = [a for a in articles if a["kind"] in ("reprint", "edited")]
    hits = sum(links.get(a["doc_id"]) == f"g{a['group']:03d}-orig" for a in non_para)
    out["recall_reprints_and_edited"] = round(hits / len(non_para), 3) if non_para else None
    wrong_links = [(d, o) for d, o in predicted if (d, o) not in correct]
    out["false_links"] = wrong_links[:10]

    # event merging: a report's truth is the source sentence its span falls in
    def source_sentence(doc_id, start):
        for lo, hi, sid in by_id[doc_id]["ranges"]:
            if lo <= start < hi:
                return sid
        return None

    truth = {}
    for mid, eid, doc, start in mentions:
        truth[mid] = (eid, source_sentence(doc, start), doc)
    same_event = defaultdict(list)
    for mid, (eid, sid, doc) in truth.items():
        same_event[eid].append((sid, doc))
    pairs_pred = pairs_true_pred = 0
    for eid, members in same_event.items():
        for (s1, d1), (s2, d2) in itertools.combinations(members, 2):
            if d1 == d2 and s1 == s2:
                continue  # two events coded in one sentence of one article: not a cross-report merge
            pairs_pred += 1
            pairs_true_pred += s1 is not None and s1 == s2
    by_sentence = defaultdict(list)
    for mid, (eid, sid, doc) in truth.items():
        if sid is not None:
            by_sentence[sid].append((eid, doc))
    # recall: reports of one source sentence in different articles that share an event
    gold_pairs = gold_hit = 0
    for sid, members in by_sentence.items():
        for (e1, d1), (e2, d2) in itertools.combinations(members, 2):
            if d1 != d2:
                gold_pairs += 1
                gold_hit += e1 == e2
    out["reports"] = len(mentions)
    out["events"] = n_events
    out["merge_pairs"] = pairs_pred
    out["merge_precision"] = round(pairs_true_pred / pairs_pred, 3) if pairs_pred else None
    out["merge_recall_same_sentence"] = round(gold_hit / gold_pairs, 3) if gold_pairs else None
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--originals", type=int, default=150)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--record", action="store_true", help="append the result to bench/results.md")
    args = ap.parse_args()
    articles = build(args.originals, args.seed)
    print(f"corpus: {len(articles)} articles, {Counter(a['kind'] for a in articles)}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        res = run(articles, str(Path(tmp) / "dedup.duckdb"), args.workers)
    print(json.dumps(res, indent=1))
    if args.record:
        import subprocess

        load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
        with (ROOT / "bench" / "results.md").open("a", encoding="utf-8") as fh:
            fh.write(f"\n## Duplicates and event merging, {dt.date.today()}\n\n"
                     f"`python bench/dedup.py --originals {args.originals} --seed {args.seed}` (load: {load})\n\n"
                     "| measure | value |\n| --- | --- |\n")
            for k, v in res.items():
                if k != "false_links":
                    fh.write(f"| {k} | {v} |\n")


if __name__ == "__main__":
    main()
