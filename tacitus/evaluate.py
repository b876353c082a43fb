"""Score a coder on gold event records (GUIDE.md section 4).

Gold formats:
- plover-gsr: the PLOVER gold standard JSON list (2016 labels, mapped to PLOVER 2021).
- jsonl: Tacitus's own, one record per line:
  {"id", "text", "date", "split", "events": [{"event", "cameo", "source": [codes], "target": [codes]}]}
  A record with "events": [] must produce no event. A gold event may carry "sentence": its
  evidence sentence (or a distinctive part of it) in the record's text; a record whose events do
  is a *story* record, scored event by event (whole news stories, corpus/tacitus-stories.jsonl).

Per record the primary predicted event is the most confident one (ties: first in the text).
Actors compare by their three-letter primary code.

Event-level scoring (every record, story or not): a predicted event matches a gold event when it
has the gold type, a gold source, a gold target (or the gold has none) and, if the gold event
names a sentence, its evidence sentence contains that sentence (whitespace-insensitive).
event_recall is gold events matched by some prediction over gold events; event_precision is
matching predictions over predictions, where a prediction that only matches gold events an
earlier prediction of the same record already matched is a repeat (the same event reported
twice in a sentence): it is left out of both counts, so repeats neither help nor hurt.
Predictions that match nothing always count against precision.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tacitus.errors import InputError

LABEL_2016_TO_2021 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


@dataclass
class GoldEvent:
    event: str
    sources: set[str]
    targets: set[str]
    sentence: str | None = None  # evidence sentence (or part of it), story records only


@dataclass
class GoldRecord:
    id: str
    text: str
    date: str | None
    events: list[GoldEvent]
    split: str | None = None

    @property
    def is_story(self) -> bool:
        """Scored event by event: its gold events say which sentence carries them."""
        return any(g.sentence for g in self.events)


@dataclass
class Outcome:
    record: GoldRecord
    predicted: list = field(default_factory=list)  # Event objects
    primary: object = None
    type_ok: bool = False
    source_ok: bool = False
    target_ok: bool | None = None
    triple_ok: bool = False
    any_triple: bool = False
    gold_matched: list = field(default_factory=list)  # per gold event: some prediction matches it
    pred_status: list = field(default_factory=list)  # per prediction: "match" | "repeat" | "miss"


@dataclass
class Report:
    n: int
    metrics: dict
    confusion: dict
    outcomes: list[Outcome]


def _primary(code: str) -> str:
    c = (code or "").upper()[:3]
    return OLD_CODES.get(c, c)


def _codes(value) -> set[str]:
    if not value:
        return set()
    if isinstance(value, str):
        return {_primary(value)}
    out = set()
    for v in value:
        if isinstance(v, dict):
            if v.get("code"):
                out.add(_primary(v["code"]))
        elif isinstance(v, str) and v:
            out.add(_primary(v))
    return out


def load_gold(path: str, *, fmt: str = "auto", split: str | None = None) -> list[GoldRecord]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such gold file")
    if fmt == "auto":
        with p.open("rb") as fh:
            fmt = "plover-gsr" if fh.read(64).lstrip().startswith(b"[") else "jsonl"
    records: list[GoldRecord] = []
    try:
        if fmt == "plover-gsr":
            data = json.loads(p.read_text("utf-8"))
            if not isinstance(data, list):
                raise InputError(f"{path}: PLOVER gold must be a JSON list of records")
            for i, r in enumerate(data, 1):
                if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not r.get("event"):
                    raise InputError(f"{path}: record {i} has no text or event")
                label = LABEL_2016_TO_2021.get(r["event"], r["event"])
                records.append(GoldRecord(str(r.get("id", i)), r["text"], r.get("date"),
                                          [GoldEvent(label, _codes(r.get("source")), _codes(r.get("target")))]))
        else:
            for lineno, line in enumerate(p.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
                if not isinstance(r, dict) or not isinstance(r.get("text"), str) or not isinstance(r.get("events", []), list):
                    raise InputError(f"{path}:{lineno}: a gold record needs 'text' and a list 'events'")
                if split and r.get("split") != split:
                    continue
                evs = []
                for k, e in enumerate(r.get("events", []), 1):
                    if not isinstance(e, dict) or not e.get("event"):
                        raise InputError(f"{path}:{lineno}: each event needs an 'event' type")
                    sentence = _gold_sentence(e, r["text"], f"{path}:{lineno}: event {k}")
                    evs.append(GoldEvent(LABEL_2016_TO_2021.get(e["event"], e["event"]), _codes(e.get("source")),
                                         _codes(e.get("target")), sentence))
                records.append(GoldRecord(str(r.get("id", lineno)), r["text"], r.get("date"), evs, r.get("split")))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not records:
        raise InputError(f"{path}: no gold records" + (f" in split {split!r}" if split else ""))
    return records


def _norm(text: str) -> str:
    return " ".join(text.split())


def _gold_sentence(e: dict, text: str, where: str) -> str | None:
    """The event's "sentence" field, checked: a story event must say where it is and who acts."""
    if "sentence" not in e:
        return None
    sentence = e["sentence"]
    if not isinstance(sentence, str) or not sentence.strip():
        raise InputError(f"{where}: 'sentence' must be a non-empty string")
    if _norm(sentence) not in _norm(text):
        raise InputError(f"{where}: sentence {sentence[:60]!r} is not in the record's text")
    if not _codes(e.get("source")):
        raise InputError(f"{where}: a story event needs a 'source' list of actor codes")
    if not isinstance(e.get("target"), list):
        raise InputError(f"{where}: a story event needs a 'target' list (may be empty)")
    return _norm(sentence)


def _matches(ev, gold: GoldEvent) -> bool:
    if ev.event != gold.event:
        return False
    if not ({a.primary for a in ev.source} & gold.sources):
        return False
    if gold.targets and not ({a.primary for a in ev.target} & gold.targets):
        return False
    return True


def _event_matches(ev, gold: GoldEvent) -> bool:
    """Event-level match: the triple, and the evidence sentence when the gold names one. The gold span
    may be part of the coder's sentence, or hold the whole of it: an annotator's sentence can be two
    of the parser's (a quotation opening '"[T]he ...' after a full stop, which a labelling tool did
    not split), and an event found in either half is at the place the gold names."""
    if not _matches(ev, gold):
        return False
    if gold.sentence is None:
        return True
    said = _norm(ev.sentence or "")
    return gold.sentence in said or (len(said) > 1 and said in gold.sentence)


def _score_events(o: Outcome) -> None:
    gold = o.record.events
    o.gold_matched = [False] * len(gold)
    o.pred_status = []
    for e in o.predicted:  # text order, so the first report of an event is the one that counts
        hits = [i for i, g in enumerate(gold) if _event_matches(e, g)]
        if not hits:
            o.pred_status.append("miss")
        elif all(o.gold_matched[i] for i in hits):
            o.pred_status.append("repeat")
        else:
            o.pred_status.append("match")
            for i in hits:
                o.gold_matched[i] = True


def primary_event(events: list):
    best = None
    for e in events:  # events come in text order; keep the first of equals
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def evaluate(coder, records: list[GoldRecord], *, batch_size: int = 64) -> Report:
    from tacitus.model import Article

    articles = [Article(text=r.text, doc_id=f"gold-{i}", date=r.date) for i, r in enumerate(records)]
    outcomes: list[Outcome] = []
    for rec, result in zip(records, coder.code_articles(articles, batch_size=batch_size)):
        o = Outcome(rec, result.events, primary_event(result.events))
        if rec.events:
            p = o.primary
            gold_types = {g.event for g in rec.events}
            gold_sources = set().union(*(g.sources for g in rec.events))
            gold_targets = set().union(*(g.targets for g in rec.events))
            if p is not None:
                o.type_ok = p.event in gold_types
                o.source_ok = bool({a.primary for a in p.source} & gold_sources)
                if gold_targets:
                    o.target_ok = bool({a.primary for a in p.target} & gold_targets)
                o.triple_ok = any(_matches(p, g) for g in rec.events)
            elif gold_targets:
                o.target_ok = False
            o.any_triple = any(_matches(e, g) for e in o.predicted for g in rec.events)
        _score_events(o)
        outcomes.append(o)
    return Report(len(records), _metrics(outcomes), _confusion(outcomes), outcomes)


def _metrics(outcomes: list[Outcome]) -> dict:
    with_events = [o for o in outcomes if o.record.events]
    no_events = [o for o in outcomes if not o.record.events]
    with_target = [o for o in with_events if o.target_ok is not None]
    n = len(with_events) or 1
    predicted = sum(len(o.predicted) for o in with_events)
    correct_pred = sum(1 for o in with_events for e in o.predicted if any(_matches(e, g) for g in o.record.events))
    # predictions on no-event records are all false positives
    predicted_all = predicted + sum(len(o.predicted) for o in no_events)
    recall = sum(o.any_triple for o in with_events) / n
    precision = correct_pred / predicted_all if predicted_all else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # event level, over every record (repeats are in neither count; see the module docstring)
    gold_events = sum(len(o.gold_matched) for o in outcomes)
    gold_hit = sum(sum(o.gold_matched) for o in outcomes)
    pred_hit = sum(o.pred_status.count("match") for o in outcomes)
    pred_counted = pred_hit + sum(o.pred_status.count("miss") for o in outcomes)
    ev_recall = gold_hit / gold_events if gold_events else 0.0
    ev_precision = pred_hit / pred_counted if pred_counted else 0.0
    ev_f1 = 2 * ev_precision * ev_recall / (ev_precision + ev_recall) if ev_precision + ev_recall else 0.0
    m = {
        "type_acc": sum(o.type_ok for o in with_events) / n,
        "source_acc": sum(o.source_ok for o in with_events) / n,
        "target_acc": (sum(bool(o.target_ok) for o in with_target) / len(with_target)) if with_target else None,
        "primary_triple_acc": sum(o.triple_ok for o in with_events) / n,
        "triple_precision": precision,
        "triple_recall": recall,
        "triple_f1": f1,
        "n_event_records": len(with_events),
        "n_no_event_records": len(no_events),
        "no_event_false_positive_rate": (sum(bool(o.predicted) for o in no_events) / len(no_events)) if no_events else None,
        "predicted_events": predicted_all,
        "event_precision": ev_precision,
        "event_recall": ev_recall,
        "event_f1": ev_f1,
        "gold_events": gold_events,
    }
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in m.items()}


def _confusion(outcomes: list[Outcome]) -> dict:
    table: dict = defaultdict(Counter)
    for o in outcomes:
        gold = o.record.events[0].event if o.record.events else "NONE"
        got = o.primary.event if o.primary is not None else "NONE"
        table[gold][got] += 1
    return {g: dict(c) for g, c in table.items()}


def _why(o: Outcome) -> str:
    if o.primary is None:
        return "no event found"
    reasons = []
    if not o.type_ok:
        reasons.append("wrong type")
    if not o.source_ok:
        reasons.append("no source" if not o.primary.source else "wrong source")
    if o.target_ok is False:
        reasons.append("no target" if not o.primary.target else "wrong target")
    if not o.record.events:
        reasons.append("event on a no-event sentence")
    return ", ".join(reasons) or "ok"


def _fmt_gold(g: GoldEvent) -> str:
    return f"{g.event} {'+'.join(sorted(g.sources)) or '-'} -> {'+'.join(sorted(g.targets)) or '-'}"


def _fmt_event(e) -> str:
    if e is None:
        return "nothing"
    return f"{e.event} {e.cameo} {'+'.join(a.code for a in e.source) or '-'} -> {'+'.join(a.code for a in e.target) or '-'} [{e.trigger}]"


def misses(report: Report) -> list[Outcome]:
    """Wrong primary events, worst first: confident wrong answers, then missing ones."""
    wrong = [o for o in report.outcomes if not o.record.is_story
             and ((o.record.events and not o.triple_ok) or (not o.record.events and o.predicted))]
    return sorted(wrong, key=lambda o: -(o.primary.confidence if o.primary is not None else 0.0))


def format_report(report: Report, *, n_errors: int = 10) -> str:
    m = report.metrics
    lines = [f"records: {report.n} ({m['n_event_records']} with events, {m['n_no_event_records']} without)", ""]
    lines.append(f"{'metric':<32}{'value':>8}")
    for key in ("type_acc", "source_acc", "target_acc", "primary_triple_acc", "triple_precision", "triple_recall",
                "triple_f1", "no_event_false_positive_rate", "event_precision", "event_recall", "event_f1"):
        v = m[key]
        lines.append(f"{key:<32}{('%.3f' % v) if v is not None else 'n/a':>8}")
    types = sorted(set(report.confusion) | {t for row in report.confusion.values() for t in row})
    lines += ["", "confusion (rows gold main type, columns primary predicted type):"]
    short = {t: t[:4] for t in types}
    lines.append(" " * 11 + " ".join(f"{short[t]:>4}" for t in types))
    for g in types:
        row = report.confusion.get(g, {})
        if not row:
            continue
        lines.append(f"{g:<10} " + " ".join(f"{row.get(t, 0) or '.':>4}" for t in types))
    worst = misses(report)[:n_errors]
    if worst:
        lines += ["", f"{len(worst)} worst misses:"]
        for o in worst:
            exp = "; ".join(_fmt_gold(g) for g in o.record.events) or "no event"
            lines.append(f"- {o.record.id}: {o.record.text[:160]}")
            lines.append(f"    expected {exp} | got {_fmt_event(o.primary)} | {_why(o)}")
    story_misses = event_misses(report)[:n_errors]
    if story_misses:
        lines += ["", f"{len(story_misses)} event-level misses in story records:"]
        last = None
        for o, kind, item in story_misses:
            if o is not last:
                lines.append(f"- {o.record.id}: {o.record.text.splitlines()[0][:120]}")
                last = o
            if kind == "gold":
                lines.append(f"    missed   {_fmt_gold(item)} | in: {_clip(item.sentence)}")
            else:
                lines.append(f"    spurious {_fmt_event(item)} | in: {_clip(item.sentence)}")
    return "\n".join(lines)


def _clip(text: str, n: int = 110) -> str:
    text = _norm(text or "")
    return text if len(text) <= n else text[: n - 3] + "..."


def event_misses(report: Report) -> list[tuple]:
    """Story records' unmatched gold events ("gold", GoldEvent) and unmatched predictions
    ("pred", Event), record by record in file order, each record's gold misses first."""
    out = []
    for o in report.outcomes:
        if not o.record.is_story:
            continue
        out += [(o, "gold", g) for g, hit in zip(o.record.events, o.gold_matched) if not hit]
        out += [(o, "pred", e) for e, st in zip(o.predicted, o.pred_status) if st == "miss"]
    return out
