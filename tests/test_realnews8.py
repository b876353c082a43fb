"""Shapes found missing on a fresh set of 150 labelled sentences drawn at random from real news
(Wikinews 2019; issue #3, helper realnews8), one cause per test. Every sentence here is written
for this file; none is taken from Wikinews, a gold set or the fresh set itself."""
import pytest

from conftest import coded, has_event as _has, primary_event


def _primary(coder, text, date):
    ev = primary_event(coder.code(text, date=date))
    return None if ev is None else (ev.event, sorted(a.primary for a in ev.source), sorted(a.primary for a in ev.target))


@pytest.mark.parametrize("text, date, source, target", [
    # a ruler suspending, proroguing or shutting down a legislature restricts it (172), the
    # legislature is the target; suspending talks or aid keeps its own codes
    ("Peruvian President Alberto Fujimori suspended Congress and sent tanks into the streets of Lima.", "1992-04-06", "PER", "PER"),
    ("Prime Minister Boris Johnson prorogued parliament for five weeks ahead of the Brexit deadline.", "2019-08-28", "GBR", "GBR"),
    ("Sri Lanka's president suspended parliament after sacking the prime minister.", "2018-10-27", "LKA", "LKA"),
    ("The Egyptian military shut down parliament and suspended the constitution.", "2011-02-13", "EGY", "EGY"),
])
def test_realnews8_legislature_suspended(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(ev == "COERCE" and code.startswith("172") and source in src and target in tgt
               for ev, code, src, tgt in evs), evs
