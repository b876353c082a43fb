"""perf12: exact speed savings after the parse. Behaviour only, no timing: each fast path must give
what the work it replaces gives (no family of misses is fixed here; bench/same_output.py reports
no record changed).

- `DocActors.actors` keeps its answers per head once every head is resolved (about a quarter of
  its calls asked again): after the whole coder has run, the kept answer for every token equals a
  fresh `_phrase_actors`; `forget_actors` drops them where a caller changes what they read (the
  event coder's retagging of a misread root, a new context guess).
- `ClauseRules._blamed` answers ([], None) for a complement that is neither "be" nor a blame word
  before it looks for its subject's actors; `_rigged_vote` tests the fraud verb before the
  objects: the reported-speech rules every "say" verb runs.
- `EventCoder._deps` reads an object's appositions from the children table.
"""
from __future__ import annotations

import pytest

from tacitus.actors import DocActors
from tacitus.extract.facts import article_facts, article_places
from tacitus.model import Article

from conftest import coded, lane_sample


@pytest.fixture(scope="module")
def coded_actors(coder):
    """(doc, DocActors) for a sample of lane sentences after every post-parse stage has run."""
    recs = lane_sample(650, offset=7)  # a fixed number from every lane (it was every 15th: 800 by session 22)
    arts = [Article(text=r["text"], doc_id=r["id"], date=r.get("date")) for r in recs]
    out = []
    for a, doc in zip(arts, coder.nlp.pipe([a.text for a in arts], batch_size=16)):
        actors = DocActors(doc, coder.dictionary, a.date, coder.gazetteer)
        places = article_places(doc, actors, coder.gazetteer)
        actors.use_places(places)
        events = coder.events.code_doc(doc, actors, doc_id=a.doc_id, date=a.date)
        article_facts(doc, actors, events=events, date=a.date, places=places)
        out.append((doc, actors))
    return out


def _key(found):
    return [(a.code, a.name, a.country, a.sector, a.start, a.end, a.kind, a.text) for a in found]


def test_kept_answers_equal_fresh_ones(coded_actors):
    kept = asked = 0
    for doc, actors in coded_actors:
        kept += len(actors._actors_memo)
        for t in doc:
            fresh = actors._phrase_actors(t)
            assert _key(actors.actors(t)) == _key(fresh), (doc.text[:70], t.text)
            asked += bool(fresh)
    assert kept > 300 and asked > 300


def test_answers_are_new_lists(coded_actors):
    doc, actors = next((d, a) for d, a in coded_actors if any(a.actors(t) for t in d))
    t = next(t for t in doc if actors.actors(t))
    first = actors.actors(t)
    first.append("not an actor")
    assert "not an actor" not in actors.actors(t)


def test_forget_drops_the_kept_answers(coded_actors):
    doc, actors = next((d, a) for d, a in coded_actors if any(a.actors(t) for t in d))
    assert actors._actors_memo
    actors.forget_actors()
    assert actors._actors_memo == {}
    t = next(t for t in doc if actors.actors(t))
    assert actors._actors_memo and _key(actors.actors(t)) == _key(actors._phrase_actors(t))


def test_no_answers_kept_while_heads_are_resolved(coder):
    doc = coder.nlp("Russian President Vladimir Putin and Chinese leader Xi Jinping met in Beijing on Friday.")
    actors = DocActors(doc, coder.dictionary, "2024-05-17", coder.gazetteer)
    assert actors._actors_memo == {}  # built after _resolve_all: nothing asked before it is kept


@pytest.mark.parametrize("date,text,expected", [
    # reported blame: the complement is "be" with a blame word; the subject's actors are read
    ("2018-03-14", "British Prime Minister Theresa May said on Wednesday that Russia was responsible for the "
     "nerve agent attack on a former spy in Salisbury.", ("ACCUSE", "112", ["GBR"], ["RUS"])),
    # a vote the speaker says was rigged, by its fraud verb
    ("2021-01-16", "Uganda's main opposition party said on Saturday that President Yoweri Museveni's "
     "government had rigged the presidential election.", ("ACCUSE", "112", ["UGA"], ["UGA"])),
    # a copular complement judging an act
    ("2019-11-02", "Chinese police arrested dozens of protesters, and Hong Kong's leader Carrie Lam, a close "
     "ally of Beijing, said the violence was unacceptable.", ("COERCE", "173", ["CHN"], ["CHN"])),
    # a threat through the ties at stake
    ("2022-05-10", "Kenyan Foreign Minister Raychelle Omamo said on Tuesday that Somalia's decision to expel "
     "the ambassador would have serious consequences for relations with Nairobi.", ("THREATEN", "130", ["KEN"], ["KEN"])),
    # a misread root retagged as a verb (the kept actors are dropped after the retag)
    ("2013-07-04", "Egypt's army chief, General Abdel Fattah al-Sisi, removed President Mohamed Morsi from power "
     "on Wednesday.", ("COERCE", "172", ["EGY"], ["EGY"])),
])
def test_reported_speech_rules(coder, date, text, expected):
    assert expected in coded(coder, text, date)


@pytest.mark.parametrize("date,text", [
    # say verbs whose complements no reported-speech rule takes: near misses, no event
    ("2018-03-14", "The British foreign secretary said Russia was preparing for talks with Ukraine next month."),
    ("2021-01-16", "Ugandan officials said the electoral commission had counted the votes in the presidential "
     "election by Friday."),
])
def test_say_near_misses_code_nothing(coder, date, text):
    assert coded(coder, text, date) == []
