"""Score the quote and amount extractors on tests/data/facts_gold.yaml.

    .venv/bin/python bench/facts_eval.py [--gold tests/data/facts_gold.yaml] [--errors] [--json]

Quote speakers: a predicted quote matches a gold quote when one text starts with the other
(first 30 characters, whitespace normalised). Precision = predicted quotes with a speaker whose
speaker is right / predicted quotes with a speaker (quotes not in the gold count as wrong);
recall = gold quotes found with the right speaker / gold quotes. A speaker is right when the
actor's name or the speaker text equals one of the gold names, or ends with the same word
(accents and case ignored).
Amounts: a prediction matches an unused gold amount of the same article with the same value
(relative tolerance 1e-6) and unit (equal, or the gold unit's last word). Precision = matched /
predicted; recall = matched / gold.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().replace("\u2019", "'").split())


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


def score(gold_path: Path, *, show_errors: bool = False) -> dict:
    from tacitus import Coder, read_articles
    from tacitus.actors import DocActors
    from tacitus.extract.amounts import extract_amounts
    from tacitus.extract.quotes import extract_quotes

    gold = yaml.safe_load(gold_path.read_text("utf-8"))
    coder = Coder()
    q_pred = q_pred_ok = q_gold = q_gold_ok = 0
    a_pred = a_gold = a_match = 0
    errors: list[str] = []
    for item in gold["articles"]:
        article = next(iter(read_articles([str(ROOT / item["file"])])))
        doc = coder.nlp(article.text)
        actors = DocActors(doc, coder.dictionary, article.date, coder.gazetteer)
        quotes = extract_quotes(doc, actors)
        gq = item.get("quotes") or []
        q_gold += len(gq)
        for g in gq:
            hits = [q for q in quotes if quote_match(q.text, g["text"])]
            if any(speaker_ok(q, g["speaker"]) for q in hits):
                q_gold_ok += 1
            else:
                got = [(q.speaker.name if q.speaker else None, q.speaker_text) for q in hits]
                errors.append(f"{item['file']}: quote {g['text']!r}: want {g['speaker']}, got {got or 'no quote'}")
        for q in quotes:
            if q.speaker is None and q.speaker_text is None:
                continue
            q_pred += 1
            ok = any(quote_match(q.text, g["text"]) and speaker_ok(q, g["speaker"]) for g in gq)
            q_pred_ok += ok
            if not ok and not any(quote_match(q.text, g["text"]) for g in gq):
                errors.append(f"{item['file']}: extra quote {q.text[:40]!r} ({q.speaker_text})")
        ga = list(item.get("amounts") or [])
        a_gold += len(ga)
        for a in extract_amounts(doc):
            a_pred += 1
            hit = next((g for g in ga if abs(a.value - float(g["value"])) <= 1e-6 * max(1.0, abs(a.value))
                        and unit_ok(a.unit, g["unit"])), None)
            if hit is not None:
                ga.remove(hit)
                a_match += 1
            else:
                errors.append(f"{item['file']}: extra amount {a.text!r} = {a.value} {a.unit}")
        errors.extend(f"{item['file']}: missed amount {g['value']} {g['unit']}" for g in ga)

    def ratio(a, b):
        return round(a / b, 3) if b else None

    result = {
        "articles": len(gold["articles"]),
        "quote_speaker_precision": ratio(q_pred_ok, q_pred), "quote_speaker_recall": ratio(q_gold_ok, q_gold),
        "quotes_gold": q_gold, "quotes_predicted": q_pred,
        "amount_precision": ratio(a_match, a_pred), "amount_recall": ratio(a_match, a_gold),
        "amounts_gold": a_gold, "amounts_predicted": a_pred,
    }
    if show_errors:
        result["errors"] = errors
    return result


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
    print(f"| fact | precision | recall | gold | predicted |\n|---|---|---|---|---|")
    print(f"| quote speaker | {result['quote_speaker_precision']} | {result['quote_speaker_recall']} | "
          f"{result['quotes_gold']} | {result['quotes_predicted']} |")
    print(f"| amount | {result['amount_precision']} | {result['amount_recall']} | "
          f"{result['amounts_gold']} | {result['amounts_predicted']} |")
    for e in result.get("errors", []):
        print("  " + e)


if __name__ == "__main__":
    main()
