"""Sentence starts the pipeline sets before the parser: every line break starts a sentence, and
a dateline ("MOSCOW, Feb 4 (Reuters) - ...") is a piece of its own, so its city is never read
as the subject and the lede after it is not cut."""
from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.nlp import NEWLINE_COMPONENT

ROOT = Path(__file__).resolve().parent.parent


def _sentences(coder, text):
    return [s.text.strip() for s in coder.nlp(text).sents if s.text.strip()]


def test_every_line_break_starts_a_sentence(coder):
    text = "Troops Enter Capital After Coup\nSoldiers seized the state broadcaster on Tuesday\n\nThe president fled"
    assert _sentences(coder, text) == [
        "Troops Enter Capital After Coup", "Soldiers seized the state broadcaster on Tuesday", "The president fled"]


@pytest.mark.parametrize("dateline", ["WASHINGTON, Dec 17 -", "NAIROBI, March 3 (Reuters) -", "PORT-AU-PRINCE -"])
def test_a_dateline_is_its_own_piece_and_the_lede_stays_whole(coder, dateline):
    lede = "President Barack Obama announced new sanctions on Russia on Wednesday."
    sents = _sentences(coder, f"{dateline} {lede} Moscow said it would respond.")
    assert sents[0] == dateline
    assert sents[1] == lede  # not cut after the title
    assert sents[2] == "Moscow said it would respond."


def _reference_starts(doc):
    """The component's rule written token by token (slow, obviously right)."""
    starts = [0]
    out = {}
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws:
            out[tok.i + 1] = 1
            starts.append(tok.i + 1)
    from tacitus.nlp import _dateline_end, _first_stop

    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            out[end] = 1
            for lo, hi in ((start + 1, end), (end + 1, _first_stop(doc, end))):
                for i in range(lo, hi):
                    out.setdefault(i, -1)
    return [out.get(i, 1 if i == 0 else 0) for i in range(len(doc))]


def test_sentence_starts_match_the_token_by_token_rule_on_the_sample_articles(coder):
    comp = coder.nlp.get_pipe(NEWLINE_COMPONENT)
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    assert texts
    for text in texts + ["", "\n", "A\n", "\nB", "ROME - x\n\nPARIS, Jan 2 - y. z"]:
        doc = comp(coder.nlp.make_doc(text))
        got = [0 if t.is_sent_start is None else 1 if t.is_sent_start else -1 for t in doc]
        expected = _reference_starts(coder.nlp.make_doc(text))
        assert got[1:] == expected[1:], text[:60]
