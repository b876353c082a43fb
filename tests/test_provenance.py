"""Every text in the repository is ours: no file may carry a run of eight words from the text we
did not write that ../shared holds (the Wikinews sample and the PLOVER gold sentences). Session 18
found 65 test sentences, 24 code comments, a gold record and a doc that did, copied by earlier
sessions; this keeps it from coming back. Names of organisations are facts, not text, so the
organisation table is exempt. Skips when ../shared/data is absent (as in CI)."""
import csv
import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
RUN = 8
EXEMPT = {"tacitus/actors/data/organisations.tsv"}  # names like "Office of the UN High Commissioner for ..."
SUFFIXES = (".py", ".tsv", ".jsonl", ".json", ".md", ".txt", ".csv", ".yaml", ".toml", ".html", ".js")

pytestmark = pytest.mark.skipif(not (SHARED / "wikinews-2019.csv").exists()
                                or not (SHARED / "plover-gsr-dev.json").exists(),
                                reason="../shared/data is not beside the checkout")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _runs(text: str) -> set[tuple[str, ...]]:
    w = _words(text)
    return {tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


@pytest.fixture(scope="module")
def foreign_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    csv.field_size_limit(10 ** 9)
    with open(SHARED / "wikinews-2019.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            runs.update(dict.fromkeys(_runs(row["text"]), "Wikinews sample"))
    for rec in json.loads((SHARED / "plover-gsr-dev.json").read_text(encoding="utf-8")):
        runs.update(dict.fromkeys(_runs(rec.get("text") or ""), "PLOVER gold"))
    return runs


def _tracked_files() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [f for f in out.split() if f.endswith(SUFFIXES) and f not in EXEMPT]


def _first_shared_run(text: str, foreign_runs) -> str | None:
    w = _words(text)
    for i in range(len(w) - RUN + 1):
        run = tuple(w[i:i + RUN])
        if run in foreign_runs:
            return f"'{' '.join(run)}' ({foreign_runs[run]})"
    return None


def test_no_file_carries_text_we_did_not_write(foreign_runs):
    found = []
    for name in _tracked_files():
        path = ROOT / name
        if path.is_file() and (hit := _first_shared_run(path.read_text(encoding="utf-8", errors="replace"),
                                                        foreign_runs)):
            found.append(f"{name}: {hit}")
    assert not found, "files sharing eight words with text we did not write:\n" + "\n".join(found)


def test_the_scan_finds_a_lifted_sentence_and_passes_a_reworded_one(foreign_runs):
    with open(SHARED / "wikinews-2019.csv", newline="", encoding="utf-8") as f:
        text = next(csv.DictReader(f))["text"]
    lifted = " ".join(text.split()[:30])
    assert _first_shared_run('pytest.param("' + lifted + '", "2019-01-04")', foreign_runs)
    reworded = " ".join(reversed(_words(lifted)))  # same words, none of its runs
    assert _first_shared_run(reworded, foreign_runs) is None
