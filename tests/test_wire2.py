"""Shapes found missing on a second fresh set of wire-style sentences (issue #3, helper wire2),
one family per test. Every sentence here is written for this file; none is taken from a gold set
or from the fresh set itself."""
import pytest


def _events(coder, text, date="2004-05-10"):
    return [(e.event, e.cameo, sorted(a.primary for a in e.source), sorted(a.primary for a in e.target))
            for e in coder.code(text, date=date)]


def _has(events, event, source=None, target=None):
    return any(ev == event and (source is None or source in src) and (target is None or target in tgt)
               for ev, _, src, tgt in events)


@pytest.mark.parametrize("text, source, target", [
    ("The Pentagon warned Belgrade that it faced air strikes if its troops stayed in the province.", "USA", "SRB"),
    ("Uganda warned Sudan that it faced a war if it kept arming the rebels.", "UGA", "SDN"),
    ("Beijing warned Manila that it risked sanctions over the detained fishing boats.", "CHN", "PHL"),
])
def test_wire2_a_warning_that_the_addressee_faced_a_hostile_act_is_a_threat(coder, text, source, target):
    events = _events(coder, text)
    assert _has(events, "THREATEN", source, target), events


@pytest.mark.parametrize("text", [
    "The finance minister warned farmers that they faced a poor harvest after the drought.",
    "Doctors warned the patients that they faced long waits at the clinic.",
])
def test_wire2_a_warning_about_a_hardship_is_no_threat(coder, text):
    events = _events(coder, text)
    assert not _has(events, "THREATEN"), events


@pytest.mark.parametrize("text, event, source", [
    ("Rebels in Liberia refused to lay down their arms, a rebel commander said.", "REJECT", "LBR"),
    ("Rebels in Burundi ambushed an army patrol near Bujumbura on Sunday.", "ASSAULT", "BDI"),
    ("Guerrillas in Guatemala freed two kidnapped engineers on Friday.", "RETREAT", "GTM"),
])
def test_wire2_a_capitalised_plural_agent_opening_the_sentence_is_still_an_actor(coder, text, event, source):
    events = _events(coder, text)
    assert _has(events, event, source), events
