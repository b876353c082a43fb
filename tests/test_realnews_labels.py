"""corpus/realnews-labels.jsonl: labels for whole Wikinews 2019 articles, which are not ours and
never enter the repository. The file may hold urls, dates, codes, offsets and hashes only; the
text is rebuilt from ../shared/data/wikinews-2019.csv by bench/realnews_eval.py, which checks every
span's hash and reports a bad label line on one line (skipping that article) instead of crashing.

Checks here: the file's format (keys, codes known, CAMEO code gives the PLOVER type, offsets
sane, no text), the hashes against ../shared (skipped when it is absent), and the handling of a
wrong hash, a bad offset, a missing url and a missing csv on a small csv written for the test."""
from __future__ import annotations

import csv
import datetime
import json
import re
import sys
from pathlib import Path

import pytest

from tacitus.events import load_ontology

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews_eval  # noqa: E402
from realnews_label import span_hash, story_text  # noqa: E402

LABELS = ROOT / "corpus" / "realnews-labels.jsonl"
CSV = ROOT.parent / "shared" / "data" / "wikinews-2019.csv"
RECORD_KEYS = {"url", "date", "events", "tags"}
EVENT_KEYS = {"event", "cameo", "source", "target", "start", "end", "sha1"}
TAGS = {"diplomacy", "conflict", "protest", "crackdown", "election", "court", "aid", "sanctions", "economy",
        "africa", "americas", "asia", "europe", "middle_east", "oceania",
        "dateline", "surname", "pronoun", "title_reference", "background", "headline_event", "reported_speech",
        "relative_clause", "igo", "intent", "threat", "negation", "passive", "nominal", "no_event", "no_source"}


@pytest.fixture(scope="module")
def labels():
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]


def test_labels_cover_about_thirty_articles_with_some_to_leave_uncoded(labels):
    assert 28 <= len(labels) <= 40
    assert len({r["url"] for r in labels}) == len(labels)
    assert 3 <= sum(1 for r in labels if not r["events"]) <= 6
    assert sum(len(r["events"]) for r in labels) >= 100
    months = {r["date"][:7] for r in labels}
    assert len(months) >= 9, "articles should be spread over the year"


def test_labels_hold_codes_and_offsets_only(labels):
    onto = load_ontology()
    countries = {line.split("\t")[0] for line in (ROOT / "tacitus/actors/data/countries.tsv").read_text("utf-8").splitlines()
                 if line and not line.startswith("#")}
    for n, r in enumerate(labels, 1):
        assert set(r) == RECORD_KEYS, f"line {n}: keys {sorted(r)}"
        assert re.fullmatch(r"https://en\.wikinews\.org/+wiki/\S+", r["url"]), f"line {n}: url"
        datetime.date.fromisoformat(r["date"])
        assert set(r["tags"]) <= TAGS, f"line {n}: unknown tags {set(r['tags']) - TAGS}"
        last = -1
        for k, e in enumerate(r["events"], 1):
            where = f"line {n} event {k}"
            assert set(e) == EVENT_KEYS, f"{where}: keys {sorted(e)} (no text fields allowed)"
            assert onto.get(e["cameo"]).plover == e["event"], f"{where}: {e['cameo']} is not {e['event']}"
            assert e["source"], f"{where}: an event needs a source"
            for code in e["source"] + e["target"]:
                assert re.fullmatch(r"([A-Z]{3})+", code), f"{where}: bad actor code {code}"
                assert code[:3] in countries or code[:3] in ("IGO", "NGO", "IMG"), f"{where}: unknown actor {code}"
            assert isinstance(e["start"], int) and isinstance(e["end"], int), where
            assert 0 <= e["start"] < e["end"] and e["end"] - e["start"] <= 700, f"{where}: offsets"
            assert e["start"] >= last, f"{where}: events in text order"
            last = e["start"]
            assert re.fullmatch(r"[0-9a-f]{12}", e["sha1"]), f"{where}: sha1"


def test_labels_file_quotes_no_text():
    """Apart from the urls, no string in the file is longer than a code or a tag."""
    for n, line in enumerate(LABELS.read_text("utf-8").splitlines(), 1):
        for s in re.findall(r'"((?:[^"\\]|\\.)*)"', re.sub(r'"url": "[^"]*"', "", line)):
            assert len(s) <= 16 and " " not in s, f"line {n}: {s!r} looks like text"


def test_label_spans_match_the_shared_articles():
    if not CSV.is_file():
        pytest.skip("../shared/data/wikinews-2019.csv is not present beside the checkout")
    records, errors = realnews_eval.story_records(LABELS, CSV)
    assert errors == []
    assert len(records) == len(LABELS.read_text("utf-8").splitlines())
    for r in records:
        for e in r["events"]:
            assert e["sentence"] in " ".join(r["text"].split())


# --- a small csv of our own, to check how bad label lines are handled -------------------------

ROWS = [
    {"url": "https://en.wikinews.org/wiki/A", "date": "2019-05-02", "title": "Ruritania recalls its envoy",
     "text": "Thursday, May 2, 2019\n\nRuritania recalled its ambassador from Osterlich on Wednesday. Talks broke off."},
    {"url": "https://en.wikinews.org/wiki/B", "date": "2019-05-03", "title": "Storm hits the coast",
     "text": "A storm hit the coast."},
]


@pytest.fixture()
def small_csv(tmp_path):
    path = tmp_path / "wikinews.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["url", "date", "title", "text"])
        w.writeheader()
        w.writerows(ROWS)
    return path


def _label(row, sentence, **change):
    text = story_text(row)
    a = text.index(sentence)
    e = {"event": "SANCTION", "cameo": "161", "source": ["ESP"], "target": ["AUT"], "start": a,
         "end": a + len(sentence), "sha1": span_hash(sentence)} | change
    return {"url": row["url"], "date": row["date"], "events": [e], "tags": []}


def test_wrong_hash_missing_url_and_bad_offsets_are_reported_and_skipped(tmp_path, small_csv):
    good = _label(ROWS[0], "Ruritania recalled its ambassador from Osterlich on Wednesday.")
    lines = [good, _label(ROWS[0], "Talks broke off.", sha1="0123456789ab"),
             good | {"url": "https://en.wikinews.org/wiki/Missing"},
             _label(ROWS[1], "A storm hit the coast.", start=5, end=10**6),
             {"url": ROWS[1]["url"], "date": ROWS[1]["date"], "events": [], "tags": ["no_event"]}]
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(x) + "\n" for x in lines) + "not json\n", "utf-8")
    records, errors = realnews_eval.story_records(labels, small_csv)
    assert [r["id"] for r in records] == ["rn-001", "rn-005"]
    assert records[0]["events"][0]["sentence"] == "Ruritania recalled its ambassador from Osterlich on Wednesday."
    assert len(errors) == 4
    assert errors[0].startswith("labels.jsonl:2: event 1: sha1") and "skipped" in errors[0]
    assert errors[1].startswith("labels.jsonl:3: url") and "Missing" in errors[1]
    assert errors[2].startswith("labels.jsonl:4: event 1: offsets")
    assert errors[3].startswith("labels.jsonl:6: not valid JSON")
    assert all("\n" not in e for e in errors)
    gold, errors2 = realnews_eval.load_realnews(labels, small_csv)
    assert errors2 == errors
    assert gold[0].is_story and not gold[1].events


def test_missing_csv_is_a_clear_error_not_a_traceback(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(realnews_eval, "CSV", tmp_path / "absent.csv")
    monkeypatch.setattr(sys, "argv", ["realnews_eval.py"])
    with pytest.raises(SystemExit) as exc:
        realnews_eval.main()
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "absent.csv: not found" in err and "--csv" in err
