"""Which event of a many-clause sentence is the news, and who does it (issue #3, helper clause):
each test holds sentences of one syntactic shape (conjoined predicates, attribution phrases,
side events in subordinate clauses) written for these tests, and checks the event a reader
would report first and its actors."""
import pytest
from conftest import primary_event

DATE = "2019-06-01"


def _events(coder, text, date=DATE):
    return [(e.event, e.cameo, [a.code[:3] for a in e.source], [a.code[:3] for a in e.target], e.trigger)
            for e in coder.code(text, date=date)]


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


# ------------------------------------------- "was questioned by X and resigned": the subject acts
@pytest.mark.parametrize("text, event, source, date", [
    ("Peru's energy minister was questioned by congress over a fuel spill and resigned on Monday.",
     "CONCEDE", "PERGOV", "2022-01-31"),
    ("Nepal's home minister was criticised by opposition lawmakers over the airport protests and resigned.",
     "CONCEDE", "NPLGOV", "2023-05-10"),
    ("The Kenyan interior minister was censured by parliament and resigned on Friday.",
     "CONCEDE", "KENGOV", "2019-03-08"),
    ("Colombia's defence minister was summoned by the Senate over the bombing of a rebel camp and resigned days later.",
     "CONCEDE", "COLMIL", "2019-11-07"),
])
def test_active_verb_after_passive_shares_its_subject(coder, text, event, source, date):
    # the one questioned resigns, not the questioners; the resignation is the news
    p = primary_event(coder.code(text, date=date))
    assert p is not None and p.event == event, p
    assert [a.code for a in p.source] == [source], (p.cameo, [a.code for a in p.source])


@pytest.mark.parametrize("text, trigger, source", [
    ("Opposition leader Tendai Biti was arrested by Zimbabwean police and charged with treason.", "charged", "ZWE"),
    ("Two Reuters reporters were detained by Myanmar police and later jailed for seven years.", "jailed", "MMR"),
])
def test_elliptical_passive_keeps_the_agent(coder, text, trigger, source):
    # "was arrested by police and charged": charged by the police too, not by the person charged
    events = _events(coder, text)
    acts = [e for e in events if e[4].startswith(trigger)]
    for e in acts:
        assert source in e[2], events
