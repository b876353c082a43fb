"""Whole news stories, not single sentences: actors named earlier in the article, places in
attribution clauses, conjoined passives, and what a clause's own place says about an unnamed
group. Every story here was written for these tests."""
from tacitus.model import Article


def _events(coder, text, date):
    return coder.code_article(Article(text=text, doc_id="story", date=date)).events


def _by_trigger(events, trigger):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.trigger, e.source_codes) for e in events]
    return found[0]


def test_story_possessor_named_earlier_beats_the_speakers_place(coder):
    # the fighters are Taylor's (Liberian rebels), not Sierra Leone's, where the spokesman is
    story = ("Liberian rebel leader Charles Taylor accused West African peacekeepers of bombing civilians on Monday.\n\n"
             "Taylor's fighters detained 40 Nigerian soldiers overnight, a spokesman in Freetown said.")
    e = _by_trigger(_events(coder, story, "1994-09-10"), "detained")
    assert [a.country for a in e.source] == ["LBR"], e.source_codes
    assert e.target_codes == ["NGAMIL"]
