"""Score the article-fact extractors on tests/data/facts_gold.yaml (30 hand-annotated articles).

    .venv/bin/python bench/facts_eval.py [--gold tests/data/facts_gold.yaml] [--split dev|held_out|all]
                                         [--errors] [--json]

Every article is coded by the normal pipeline (`Coder.code_article`), and its facts are compared
with the gold; the table shows precision and recall per fact type for the development articles
(examples/01-06, which the rules were tuned on), the held-out articles and all of them.

Quote speakers: a predicted quote matches a gold quote when one text starts with the other
(first 30 characters, whitespace normalised). Precision = predicted quotes with a speaker whose
speaker is right / predicted quotes with a speaker (quotes not in the gold count as wrong);
recall = gold quotes found with the right speaker / gold quotes. A speaker is right when the
actor's name or the speaker text equals one of the gold names, or ends with the same word
(accents and case ignored).
Amounts: a prediction matches an unused gold amount of the same article with the same value
(relative tolerance 1e-6) and unit (equal, or the gold unit's last word). Precision = matched /
predicted; recall = matched / gold.
Dates: gold lists every temporal expression in text order; each is paired with the next unused
predicted expression whose text contains it or is contained in it. A pair is right when the
resolved start and end are the gold ones. Precision = right / predicted expressions; recall =
right / gold expressions. Reported for explicit days ("March 3"), relative days ("Friday",
"yesterday", "the day before") and ranges (weeks, months, years), and all together.
Places: per article, each distinct toponym (text compared without case, accents or a leading
"the") counts once; a prediction is right when its GeoNames id (for facilities, their city's)
is the gold id. Precision = right / distinct predicted toponyms with an id; recall = right /
distinct gold toponyms.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SPLITS = ("dev", "held_out", "all")
ROWS = ("quote speaker", "amount", "date: explicit day", "date: relative day", "date: range", "date: all", "place")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("\u2019", "'").split())


def _place_key(text: str) -> str:
    t = _norm(text)
    return t[4:] if t.startswith("the ") else t


def speaker_ok(quote, names: list[str]) -> bool:
    said = [_norm(quote.speaker.name)] if quote.speaker else []
    if quote.speaker_text:
        said.append(_norm(quote.speaker_text))
    for name in map(_norm, names):
        for s in said:
            if s == name or (s.split() and s.split()[-1] == name.split()[-1]):
                return True
    return False


def quote_match(pred_text: str, gold_text: str) -> bool:
    p, g = _norm(pred_text)[:30], _norm(gold_text)[:30]
    return bool(p and g) and (p.startswith(g) or g.startswith(p))


def unit_ok(pred: str, gold: str) -> bool:
    p, g = pred.lower(), gold.lower()
    return p == g or g.split()[-1] == p


def _date_category(kind: str, start: str, end: str) -> str:
    if start != end:
        return "date: range"
    return "date: explicit day" if kind == "explicit" else "date: relative day"


class Tally:
    """pred/pred_ok/gold/gold_ok counters per (split, row)."""

    def __init__(self):
        self.c = defaultdict(lambda: [0, 0, 0, 0])

    def add(self, split: str, row: str, pred=0, pred_ok=0, gold=0, gold_ok=0):
        for s in (split, "all"):
            v = self.c[(s, row)]
            v[0] += pred
            v[1] += pred_ok
            v[2] += gold
            v[3] += gold_ok

    def result(self, split: str, row: str) -> dict:
        pred, pred_ok, gold, gold_ok = self.c[(split, row)]
        return {"precision": round(pred_ok / pred, 3) if pred else None,
                "recall": round(gold_ok / gold, 3) if gold else None, "gold": gold, "predicted": pred}


def score(gold_path: Path, *, show_errors: bool = False) -> dict:
    from tacitus import Coder, read_articles

    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    coder = Coder()
    tally = Tally()
    errors: list[str] = []
    n_articles = defaultdict(int)
    for item in gold["articles"]:
        split = item.get("split", "dev")
        n_articles[split] += 1
        n_articles["all"] += 1
        name = Path(item["file"]).name
        article = next(iter(read_articles([str(ROOT / item["file"])])))
        facts = coder.code_article(article).facts
        _score_quotes(item, facts.quotes, split, tally, errors, name)
        _score_amounts(item, facts.amounts, split, tally, errors, name)
        _score_dates(item, [d.mention for d in facts.dates], split, tally, errors, name)
        _score_places(item, facts.places, split, tally, errors, name)
    result = {"articles": dict(n_articles), "splits": {s: {r: tally.result(s, r) for r in ROWS} for s in SPLITS}}
    if show_errors:
        result["errors"] = errors
    return result


def _score_quotes(item, quotes, split, tally, errors, name):
    gq = item.get("quotes") or []
    for g in gq:
        hits = [q for q in quotes if quote_match(q.text, g["text"])]
        ok = any(speaker_ok(q, g["speaker"]) for q in hits)
        tally.add(split, "quote speaker", gold=1, gold_ok=int(ok))
        if not ok:
            got = [(q.speaker.name if q.speaker else None, q.speaker_text) for q in hits]
            errors.append(f"{name}: quote {g['text']!r}: want {g['speaker']}, got {got or 'no quote'}")
    for q in quotes:
        if q.speaker is None and q.speaker_text is None:
            continue
        ok = any(quote_match(q.text, g["text"]) and speaker_ok(q, g["speaker"]) for g in gq)
        tally.add(split, "quote speaker", pred=1, pred_ok=int(ok))
        if not ok and not any(quote_match(q.text, g["text"]) for g in gq):
            errors.append(f"{name}: extra quote {q.text[:40]!r} ({q.speaker_text})")


def _score_amounts(item, amounts, split, tally, errors, name):
    ga = list(item.get("amounts") or [])
    tally.add(split, "amount", gold=len(ga))
    for a in amounts:
        hit = next((g for g in ga if abs(a.value - float(g["value"])) <= 1e-6 * max(1.0, abs(a.value))
                    and unit_ok(a.unit, g["unit"])), None)
        tally.add(split, "amount", pred=1, pred_ok=int(hit is not None), gold_ok=int(hit is not None))
        if hit is not None:
            ga.remove(hit)
        else:
            errors.append(f"{name}: extra amount {a.text!r} = {a.value} {a.unit}")
    errors.extend(f"{name}: missed amount {g['value']} {g['unit']}" for g in ga)


def _score_dates(item, preds, split, tally, errors, name):
    used: set[int] = set()
    pred_cat: dict[int, tuple[str, bool]] = {}
    ptr = 0
    for g in item.get("dates") or []:
        gs = str(g["start"])
        ge = str(g.get("end", g["start"]))
        cat = _date_category(g["kind"], gs, ge)
        gt = _norm(g["text"])
        order = list(range(ptr, len(preds))) + list(range(0, ptr))
        idx = next((i for i in order if i not in used and (gt in _norm(preds[i].text) or _norm(preds[i].text) in gt)),
                   None)
        ok = False
        if idx is not None:
            used.add(idx)
            ptr = idx + 1
            p = preds[idx]
            ok = (str(p.date_start), str(p.date_end)) == (gs, ge)
            pred_cat[idx] = (cat, ok)
            if not ok:
                errors.append(f"{name}: date {g['text']!r}: want {gs}..{ge}, got {p.text!r} {p.date_start}..{p.date_end}")
        else:
            errors.append(f"{name}: missed date {g['text']!r} ({gs}..{ge})")
        for row in (cat, "date: all"):
            tally.add(split, row, gold=1, gold_ok=int(ok))
    for i, p in enumerate(preds):
        if i in pred_cat:
            cat, ok = pred_cat[i]
        else:
            cat, ok = _date_category(p.kind, str(p.date_start), str(p.date_end)), False
            errors.append(f"{name}: extra date {p.text!r} = {p.date_start}..{p.date_end}")
        for row in (cat, "date: all"):
            tally.add(split, row, pred=1, pred_ok=int(ok))


def _score_places(item, places, split, tally, errors, name):
    gold = {_place_key(g["text"]): int(g["id"]) for g in item.get("places") or []}
    pred: dict[str, object] = {}
    for p in places:
        key = _place_key(p.text)
        pid = p.city_geonameid if p.feature == "facility" else p.geonameid
        if key not in pred and pid is not None:
            pred[key] = (pid, p)
    for key, gid in gold.items():
        got = pred.get(key)
        ok = got is not None and got[0] == gid
        tally.add(split, "place", gold=1, gold_ok=int(ok))
        if not ok:
            errors.append(f"{name}: place {key!r}: want {gid}, got "
                          + (f"{got[1].name} {got[1].country} {got[0]}" if got else "nothing"))
    for key, (pid, p) in pred.items():
        ok = gold.get(key) == pid
        tally.add(split, "place", pred=1, pred_ok=int(ok))
        if key not in gold:
            errors.append(f"{name}: extra place {p.text!r} -> {p.name} {p.country} {pid} ({p.feature})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(ROOT / "tests" / "data" / "facts_gold.yaml"))
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    result = score(Path(args.gold), show_errors=args.errors)
    if args.json:
        print(json.dumps(result))
        return
    arts = result["articles"]
    print(f"| fact | dev P | dev R | held-out P | held-out R | all P | all R | gold (all) |")
    print("|---|---|---|---|---|---|---|---|")
    for row in ROWS:
        cells = []
        for s in SPLITS:
            r = result["splits"][s][row]
            cells += [r["precision"], r["recall"]]
        cells = ["-" if c is None else f"{c:.3f}" for c in cells]
        print(f"| {row} | " + " | ".join(cells) + f" | {result['splits']['all'][row]['gold']} |")
    print(f"\n{arts.get('dev', 0)} dev + {arts.get('held_out', 0)} held-out articles")
    for e in result.get("errors", []):
        print("  " + e)


if __name__ == "__main__":
    main()
