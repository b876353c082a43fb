"""corpus/tacitus-lanes.jsonl: the sentences each fixing lane wrote to find its causes (corpus/README.md
"Lane sets"). They were tuned on, so they are no held-out estimate; they are the regression suite that
tells one lane's fix from another lane's breakage."""
from __future__ import annotations

import datetime
import json
from collections import Counter
from pathlib import Path

import pytest

from tacitus.evaluate import evaluate, load_gold
from tacitus.events.ontology import load_ontology

ROOT = Path(__file__).resolve().parent.parent
LANES = ROOT / "corpus" / "tacitus-lanes.jsonl"
TAGS = {
    "passive", "reported_speech", "conjunction", "compound_actor", "apposition", "nominal", "negation",
    "modality", "intent", "future", "multi_event", "no_event", "pronoun", "title_demonym",
    "capital_metonym", "igo", "agent_generic", "relative_clause", "long",
}
# measured on this file when it was assembled (corpus/README.md, "Lane sets"), less half a point to
# a point; a change that loses more than that here broke what an earlier lane fixed. Re-based in
# session 26 (15,620 records: 0.916 / 0.946 / 0.907 / 0.880, no-event false positives 0.049), when
# its 1,065 new records, the hardest yet (reported speech whose content is the event: type 0.58 after
# fixes; together 0.820 / 0.866 / 0.782), pulled the target figure under the old floor (0.910) while
# the 14,555 records that were there before rose (0.921 / 0.951 / 0.916 / 0.887 -> 0.923 / 0.952 /
# 0.917 / 0.888, FP 0.050 -> 0.049). Session 24 re-based them the same way (13,607 records)
FLOORS = {"type_acc": 0.911, "source_acc": 0.941, "target_acc": 0.903, "primary_triple_acc": 0.875}
MAX_NO_EVENT_FP = 0.056  # measured 0.049 when session 26's lanes were appended (0.050 at session 25's, 0.040 at session 17's)


@pytest.fixture(scope="module")
def records():
    return [json.loads(line) for line in LANES.read_text("utf-8").splitlines() if line.strip()]


def test_lane_file_is_well_formed(records):
    assert [r["id"] for r in records] == [f"l-{n:04d}" for n in range(1, len(records) + 1)]
    assert len({r["text"] for r in records}) == len(records), "a sentence appears twice"
    onto = load_ontology()
    countries = {line.split("\t")[0] for line in (ROOT / "tacitus/actors/data/countries.tsv").read_text("utf-8").splitlines()
                 if line and not line.startswith("#")}
    for r in records:
        assert set(r) == {"id", "split", "date", "text", "events", "tags"}, r["id"]
        assert r["split"].isidentifier(), r["id"]  # the lane's name
        datetime.date.fromisoformat(r["date"])
        assert set(r["tags"]) <= TAGS, r["id"]
        assert ("no_event" in r["tags"]) == (not r["events"]), r["id"]
        for e in r["events"]:
            assert onto.get(e["cameo"]).plover == e["event"], r["id"]
            assert e["source"], r["id"]
            for code in e["source"] + e["target"]:
                assert code[:3] in countries or code[:3] in ("IGO", "NGO", "IMG"), f"{r['id']}: {code}"


def test_lane_file_covers_many_lanes_and_every_type(records):
    lanes = Counter(r["split"] for r in records)
    assert len(records) >= 2500 and len(lanes) >= 20
    main = Counter(r["events"][0]["event"] for r in records if r["events"])
    assert min(main.values()) >= 40 and len(main) == 16, main
    assert sum(1 for r in records if not r["events"]) >= 300


def test_lane_sentences_stay_fixed(coder):
    """The whole file through the coder: every lane's fixes at once (about a minute)."""
    m = evaluate(coder, load_gold(str(LANES))).metrics
    for key, floor in FLOORS.items():
        assert m[key] >= floor, (key, round(m[key], 3), floor)
    assert m["no_event_false_positive_rate"] <= MAX_NO_EVENT_FP, m["no_event_false_positive_rate"]
