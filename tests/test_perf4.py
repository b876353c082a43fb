"""The perf4 speed round's shortcuts in the event coder give the answers the full work gives.

- `coder._helper_verb`: an auxiliary with no dependents ("has" in "has imposed", "was" in "was
  arrested") is not sent to `EventCoder._verb_event`. Here every such word of 1,600 of the lane
  sentences (spread over every lane) is sent to `_verb_event` anyway, in its real place in the sentence (the same consumed
  set), and must give no candidate and mark nothing consumed: a rule added later that codes such
  a word fails this test instead of being skipped in silence.
- `EventCoder._entry`'s memo: each verb entry taken from the sentence's memo must equal the entry
  worked out afresh from the verb's dependents at that moment.
"""
from __future__ import annotations

import pytest

from tacitus.events import coder as coder_module
from tacitus.events.coder import EventCoder
from tacitus.model import Article

from conftest import lane_sample

SIZE = 1600  # lane sentences from every lane; a fixed number (it was every 4th: 3,000 by session 22)


@pytest.fixture(scope="module")
def sample():
    return [Article(text=r["text"], doc_id=r["id"], date=r.get("date")) for r in lane_sample(SIZE)]


def test_skipped_auxiliaries_would_code_nothing_and_memo_entries_equal_fresh_ones(coder, sample, monkeypatch):
    real_helper = coder_module._helper_verb
    real_entry, real_own = EventCoder._entry, EventCoder._own_entry
    checked = {"aux": 0, "memo": 0}
    problems: list[str] = []
    state: dict = {}

    def helper_checked(v, lex):
        skip = real_helper(v, lex)
        if skip:
            consumed = set(state["consumed"])  # the sentence's consumed words as the last verb left them
            got = real_verb_event(state["coder"], v, state["actors"], consumed)
            if got is not None or consumed != state["consumed"]:
                problems.append(f"{v.doc.text!r}: {v.text!r} ({v.dep_}) gave {got} / consumed {consumed - state['consumed']}")
            checked["aux"] += 1
        return skip

    def entry_checked(self, v, deps=None, info=None):
        got = real_entry(self, v, deps, info)
        if deps is None:
            fresh = self._entry_of(v, *self._deps(v))
            if got != fresh:
                problems.append(f"{v.doc.text!r}: {v.text!r} memo {got} fresh {fresh}")
            checked["memo"] += 1
        return got

    def own_checked(self, v, deps, info):
        got = real_own(self, v, deps, info)
        fresh = self._entry_of(v, *self._deps(v))
        if got != fresh:
            problems.append(f"{v.doc.text!r}: {v.text!r} memo {got} fresh {fresh}")
        checked["memo"] += 1
        return got

    real_sentence, real_verb_event = EventCoder._sentence, EventCoder._verb_event

    def sentence_watched(self, sent, actors):
        state["coder"], state["actors"], state["consumed"] = self, actors, set()
        return real_sentence(self, sent, actors)

    def verb_event_watched(self, v, actors, consumed):
        state["consumed"] = consumed  # _sentence's own set, seen through the verbs it codes
        return real_verb_event(self, v, actors, consumed)

    monkeypatch.setattr(coder_module, "_helper_verb", helper_checked)
    monkeypatch.setattr(EventCoder, "_entry", entry_checked)
    monkeypatch.setattr(EventCoder, "_own_entry", own_checked)
    monkeypatch.setattr(EventCoder, "_sentence", sentence_watched)
    monkeypatch.setattr(EventCoder, "_verb_event", verb_event_watched)
    for _ in coder.code_articles(sample):
        pass
    assert not problems, problems[:5]
    assert checked["aux"] > 250 and checked["memo"] > 2000, checked


def test_auxiliaries_still_shape_the_events_of_the_verbs_they_help(coder):
    # the auxiliaries are skipped as verbs; the passive, the future and the negation they carry stay
    evs = coder.code("Two opposition leaders were arrested by police in Minsk on Sunday.", date="2021-05-02")
    assert evs and evs[0].cameo.startswith("17") and [a.code for a in evs[0].source][:1] == ["BLRCOP"], evs
    evs = coder.code("Turkey will not allow Swedish warships into the Black Sea, its foreign minister said.",
                     date="2022-05-20")
    assert not any(e.cameo.startswith("04") for e in evs), evs
    evs = coder.code("Japan has imposed new sanctions on North Korea.", date="2017-09-11")
    assert evs and evs[0].cameo == "163" and evs[0].source[0].code.startswith("JPN") \
        and evs[0].target[0].code.startswith("PRK"), evs
