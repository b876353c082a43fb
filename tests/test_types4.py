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


# ------------------------------------------- rioters and captors are actors of their country
@pytest.mark.parametrize("text, event, source, date", [
    ("Rioters burned the regional governor's office in the Peruvian city of Puno.", "PROTEST", "PER", "2023-01-10"),
    ("Rioters ransacked the parliament building in the Solomon Islands capital Honiara.", "PROTEST", "SLB", "2021-11-25"),
    ("Eleven Filipino sailors were released by their Nigerian captors after a month in the Niger Delta.", "RETREAT", "NGA", "2012-05-02"),
    ("A Turkish truck driver was freed by his Libyan captors near Sirte on Friday.", "RETREAT", "LBY", "2016-03-04"),
])
def test_rioters_and_captors_are_coded_actors(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main
    assert source in main[2], main
