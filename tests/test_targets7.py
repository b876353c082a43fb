"""Target shapes on unseen sentences (issue #3, helper targets7): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
what a reader would notice about the main event: its type, source and target countries."""
import pytest
from conftest import primary_event

DATE = "2019-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, sorted({a.primary for a in p.source}), sorted({a.primary for a in p.target})) if p else None


# a threat told with the act it answers ("vowed revenge after an Israeli strike killed ..."): the
# act's doer is the target, also when only named on the act noun, not the place of the act
@pytest.mark.parametrize("text, source, target", [
    ("Syria vowed revenge after a Turkish drone strike killed five of its soldiers near Idlib.", "SYR", "TUR"),
    ("Hamas vowed to retaliate after an Israeli air raid killed two of its commanders in Rafah.", "PSE", "ISR"),
    ("India vowed to respond after a Pakistani mortar attack killed three villagers in Poonch.", "IND", "PAK"),
])
def test_threat_answering_an_act_targets_its_doer(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "THREATEN" and source in main[2], main
    assert target in main[3], main


def test_promised_attacks_are_a_threat(coder):
    main = _main(coder, "Al Shabaab promised more attacks after Ugandan troops killed its commander near Kismayo.")
    assert main is not None and main[0] == "THREATEN" and "UGA" in main[3], main


# leave to use force given to one's own leader is aimed where the force is to be used
@pytest.mark.parametrize("text, source, target", [
    ("The Turkish parliament authorised Erdogan to use military force in Syria.", "TUR", "SYR"),
    ("The US Congress authorized President Bush to use force against Iraq.", "USA", "IRQ"),
])
def test_authorised_force_targets_the_place(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "THREATEN" and source in main[2], main
    assert main[3] == [target], main


def test_warning_another_side_is_not_a_licence(coder):
    main = _main(coder, "Egypt warned Israel to stop its attacks on Gaza.")
    assert main is not None and "ISR" in main[3], main


# refusing named inspectors entry: their organisation is the target, not the site
@pytest.mark.parametrize("text, source, target", [
    ("North Korea refused to let UN inspectors into the Yongbyon complex.", "PRK", "IGO"),
    ("Iran refused to let IAEA inspectors into the Natanz plant.", "IRN", "IGO"),
])
def test_refused_inspectors_target_their_organisation(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "REJECT" and source in main[2], main
    assert target in main[3], main


# an act dated ", a day after X did Y" led up to the news: the main clause's event ranks first
def test_lead_up_act_is_not_the_main_event(coder):
    main = _main(coder, "Protesters filled the streets of Tbilisi on Saturday, a day after parliament passed "
                        "the foreign agents law.", date="2024-05-12")
    assert main is not None and main[0] == "PROTEST", main


# blaming in a simple-present object relative clause is a stance taken now, not a habit
@pytest.mark.parametrize("text, source, target", [
    ("Rescuers searched the rubble after an explosion which Pakistan blames on Indian agents.", "PAK", "IND"),
    ("Shipping resumed after the blasts that Ukraine blames on Russia.", "UKR", "RUS"),
])
def test_blame_in_relative_clause(coder, text, source, target):
    events = [e for e in coder.code(text, date=DATE) if e.event == "ACCUSE"]
    assert events, events
    assert source in {a.primary for a in events[0].source} and target in {a.primary for a in events[0].target}, events


# a private person going home is not a state visit; a leader's trip abroad still is
def test_going_home_is_no_visit(coder):
    assert not [e for e in coder.code("Alexei Navalny flew back to Moscow on Sunday.", date="2021-01-17")
                if e.cameo == "042"]
    main = _main(coder, "Juan Guaido flew to Bogota on Friday.")
    assert main is not None and main[0] == "CONSULT", main
