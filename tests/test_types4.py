"""Event types of whole families of news sentences (issue #3, helper types4): each test holds
sentences of one shape, with other actors and words of the same family than the ones the fix
was found on, and checks the type a reader would give the main event."""
import pytest

DATE = "2019-06-01"


def _primary(events):
    best = None
    for e in events:  # as the evaluator: the most confident event, the first of equals
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def _main(coder, text, date=DATE):
    p = _primary(coder.code(text, date=date))
    return (p.event, p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


# ------------------------------------------- "opposition figure X" is a person, not statistics
@pytest.mark.parametrize("text, source", [
    ("Belarus released veteran opposition figure Mikola Statkevich after years in a penal colony.", "BLR"),
    ("Uzbekistan freed prominent opposition figure Murad Dzhuraev after 21 years behind bars.", "UZB"),
    ("Cuban authorities released dissident figure Jose Daniel Ferrer from prison in Santiago.", "CUB"),
])
def test_releasing_a_named_figure_frees_a_person(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "RETREAT" and main[1] == "0841", main
    assert source in main[2], main


def test_released_figures_alone_stay_statistics(coder):
    events = coder.code("Iran's central bank released figures showing inflation at 40 percent.", date=DATE)
    assert all(e.cameo != "0841" for e in events), [(e.cameo, e.trigger) for e in events]
