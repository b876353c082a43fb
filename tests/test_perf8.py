"""perf8: the date patterns scanned from where their words can start (folded.FoldedPattern._located)
find exactly what a plain `finditer` finds. Behaviour only, no timing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.extract import dates
from tacitus.extract.folded import FoldedPattern

ROOT = Path(__file__).resolve().parent.parent

EDGES = [
    "today", "xtoday", "today.", "_today", "2today", "the day before yesterday",
    "on 3 march 2019 and 14th of may", "3march", "march 3, 2019", "sept. 12",
    "in 2 weeks' time", "within a few months", "in a week of talks", "2019-05-02", "x2019-05-02-01",
    "last summer", "this fall", "last january", "past march", "june 2020", "june,2020",
    "", " ", "today today", "todaytoday today",
]


def _texts() -> list[str]:
    out = list(EDGES)
    for name in ("tacitus-lanes.jsonl", "tacitus-gold.jsonl"):
        with (ROOT / "corpus" / name).open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                r = json.loads(line)
                if name == "tacitus-gold.jsonl" and r.get("split") != "train":
                    continue
                if k % 3 == 0:
                    out.append(r["text"].lower())
    return out


_LOCATED = [(kind, rx) for kind, rx in dates._RX_FOLDED if rx.unbounded is not None]  # the kinds scanned by search + match


def test_located_patterns_are_the_date_patterns_that_open_with_a_boundary():
    assert len(_LOCATED) >= 5  # (perf10 scans four of the nine first located from an anchor instead)
    assert all(rx.sensitive.pattern.startswith(r"\b") for _, rx in _LOCATED)


@pytest.mark.parametrize("kind,rx", _LOCATED, ids=[kind for kind, _ in _LOCATED])
def test_located_scan_finds_what_finditer_finds(kind, rx):
    for text in _texts():
        plain = [(m.span(), m.groups()) for m in rx.sensitive.finditer(text)]
        located = [(m.span(), m.groups()) for m in rx._located(text)]
        assert located == plain, (kind, text[:80])


def test_located_scan_reads_the_boundary_before_the_match():
    rx = FoldedPattern(r"\b(today|tonight)\b", locate=True)
    assert [m.group(0) for m in rx.finditer("Xtoday and Today, tonightly TONIGHT")] == ["Today", "TONIGHT"]
    assert [m.start() for m in rx.finditer("a today")] == [2]
