"""Helpers shared by the whole-story tests (test_stories3.py, test_stories4.py): code one story
as an article and pick out its events by their evidence sentence."""
from __future__ import annotations

from tacitus.model import Article


def story_events(coder, text: str, date: str, doc_id: str = "story"):
    return coder.code_article(Article(text=text, doc_id=doc_id, date=date)).events


def in_sentence(events, words: str):
    """The events whose evidence sentence contains `words`."""
    return [e for e in events if words in e.sentence]


def show(events):
    """A short view of events for assertion messages."""
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.sentence[:40]) for e in events]
