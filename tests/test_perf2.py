"""Shapes that go through the perf2 speed round's shortcuts give the events they gave before:
a noun that ends no nouns.tsv row is skipped before a Token is made for it, except a sentence's
ROOT noun (a clause the parser read as one noun phrase); `dates.resolve` is cached, so a date
entity that recurs in an article resolves the same each time."""
from __future__ import annotations

import datetime as dt

from tacitus.extract import dates


def test_a_root_noun_that_ends_no_noun_row_is_still_read_as_a_misread_clause(coder):
    # "curbs" ends no nouns.tsv row; the parser made it the ROOT with "relaxed" as its modifier
    events = [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
              for e in coder.code("Myanmar's junta relaxed curbs on private newspapers.", date="2012-08-20")]
    assert events and events[0][0] == "CONCEDE" and events[0][1].startswith("08"), events
    assert any(c.startswith("MMR") for c in events[0][2]), events


def test_event_nouns_among_plain_nouns_are_still_coded(coder):
    # plain nouns (troops, gas, students) are skipped early; the verbs' events stay
    events = coder.code("Troops fired tear gas at protesters in Yangon on Monday, and police arrested "
                        "dozens of students on Monday.", date="2021-03-01")
    kinds = [(e.event, e.cameo) for e in events]
    assert ("COERCE", "175") in kinds and ("COERCE", "173") in kinds, kinds
    # both clauses say "on Monday": the cached resolution gives each the same day
    days = {e.date for e in events}
    assert days == {"2021-03-01"}, days


def test_resolve_cached_answers_equal_fresh_ones():
    fresh = dates.resolve.__wrapped__("last Friday", "2022-02-04")
    assert dates.resolve("last Friday", "2022-02-04") == fresh
    assert dates.resolve("last Friday", "2022-02-04") == fresh  # the cached answer
    assert fresh.start == dt.date(2022, 1, 28)
    assert dates.resolve("last Friday", dt.date(2022, 2, 4)) == fresh
    assert dates.resolve("last Friday", None) is None
    assert dates.resolve("last Friday", "not a date") is None


def test_conj_root_is_the_first_of_a_chain_of_joined_verbs(coder):
    from tacitus.nlp import conj_root

    doc = coder.nlp("Putin met Xi in Beijing and signed deals and agreed to more talks.")
    by_word = {t.text: t for t in doc}
    for word in ("met", "signed", "agreed"):
        assert conj_root(by_word[word]).text == "met", (word, [(t.text, t.dep_, t.head.text) for t in doc])
    assert conj_root(by_word["Xi"]).i == by_word["Xi"].i  # not a conjunct: itself


def test_a_run_on_page_with_no_full_stops_is_scored_in_pieces_and_keeps_its_tone(coder):
    # one 'sentence' of 1,800 words: VADER alone takes the square of its length; the pieces it is
    # scored in keep the sign and the range of the score
    from tacitus.extract.tone import MAX_VADER_ITEMS, tone

    text = "Rebels killed villagers and burned homes and terrorised families and " * 200
    t = tone(coder.nlp(text))
    longest = max(t.sentences, key=lambda s: s.word_count)
    assert longest.word_count > 3 * MAX_VADER_ITEMS
    assert -1 <= longest.compound < -0.5 and t.compound < -0.5
    short = tone(coder.nlp("Rebels killed villagers and burned homes."))
    assert short.sentences[0].compound < -0.5  # an ordinary sentence is scored whole, as before


def test_an_ingest_in_one_process_ends_without_binding_noise(tmp_path):
    # the loaded tables are frozen out of the garbage collector while coding and handed back at
    # exit; left frozen, DuckDB's bindings printed a 'leaked instance' line per object on exit
    import subprocess
    import sys
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    proc = subprocess.run([sys.executable, "-m", "tacitus.cli", "ingest", str(examples), "--db",
                           str(tmp_path / "t.duckdb"), "--workers", "1"], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "leaked" not in proc.stderr, proc.stderr[-2000:]
