"""Every bundled sample article yields the events a reader of it would expect."""
from pathlib import Path

import pytest
import yaml

from tacitus.ingest import read_articles

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "tests" / "data" / "examples_expected.yaml").read_text("utf-8"))["articles"]


@pytest.fixture(scope="module")
def coded(coder):
    out = {}
    for name in SPEC:
        (article,) = list(read_articles([str(ROOT / "examples" / name)]))
        out[name] = coder.code_article(article)
    return out


def _found(events, exp):
    for e in events:
        if exp["contains"] not in e.sentence or e.event != exp["event"]:
            continue
        src = {a.primary for a in e.source}
        tgt = {a.primary for a in e.target}
        if not src & set(exp["source"]):
            continue
        if exp["target"] and not tgt & set(exp["target"]):
            continue
        return True
    return False


CASES = [(name, i, exp) for name, spec in SPEC.items() for i, exp in enumerate(spec["expected"])]


@pytest.mark.parametrize("name, i, exp", CASES, ids=[f"{n[:2]}-{i}-{e['event']}" for n, i, e in CASES])
def test_examples_expected_event_is_coded(coded, name, i, exp):
    events = coded[name].events
    got = [(e.event, [a.code for a in e.source], [a.code for a in e.target], e.trigger) for e in events if exp["contains"] in e.sentence]
    assert _found(events, exp), f"{name}: expected {exp}; events in that sentence: {got}"


@pytest.mark.parametrize("name", sorted(SPEC))
def test_examples_do_not_overgenerate(coded, name):
    assert len(coded[name].events) <= SPEC[name]["events_max"]


@pytest.mark.parametrize("name", sorted(SPEC))
def test_examples_article_date_comes_from_the_date_line(coded, name):
    assert coded[name].article.date == SPEC[name]["date"]
    for e in coded[name].events:
        assert e.date is not None
        assert e.sentence == coded[name].article.text[e.span[0]:e.span[1]]
