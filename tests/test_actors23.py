"""Actor codes on unseen news text (actors23): rounds fired from a country, the protest idiom hung on
the wrong noun, ethnic groups coded by where they live, office holders named by surname or by
title with the date deciding who held the office, metonym cities, and near-misses that code nothing."""
import pytest


def _triples(coder, text, date):
    return [(e.event, e.cameo, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
            for e in coder.code(text, date=date)]


@pytest.mark.parametrize("date, text, event, source, target", [
    # the parser makes 'fired' the finite verb: the rounds still come from the 'from' country,
    # not from the place they hit
    ("2020-01-08", "Missiles fired from Iran struck two bases in Iraq housing American troops.",
     "ASSAULT", "IRN", "USA"),
    ("2021-05-14", "Rockets fired from Lebanon struck a town in northern Israel.", "ASSAULT", "LBN", "ISR"),
    # 'in protest' hung on the object noun: the verb's subject protests
    ("2024-01-24", "French farmers dumped manure outside government buildings in protest at fuel taxes.",
     "PROTEST", "FRA", None),
    # an ethnic group with no place phrase lives in the other country its sentence names
    ("2024-04-16", "Ethnic Albanian protesters in Presevo demanded that Serbia return their names to the voter rolls.",
     "PROTEST", "SRB", "SRB"),
    ("2023-08-13", "Baloch separatists attacked a convoy carrying Chinese engineers in the port city of Gwadar.",
     "ASSAULT", "PAK", "CHN"),
    # namesakes: the Vance in office on the date
    ("2025-02-14", "Vance accused European leaders of suppressing free speech.", "ACCUSE", "USAGOV", "IGOEEC"),
    ("1978-02-14", "Vance met Soviet Foreign Minister Andrei Gromyko in Geneva.", "CONSULT", "USAGOV", "RUSGOV"),
    # office holders added with their dates
    ("2023-02-05", "Billstrom accused Russia of spreading disinformation.", "ACCUSE", "SWEGOV", "RUS"),
    ("2021-06-05", "Landsbergis urged the EU to impose sanctions on Belarus.", "REQUEST", "LTUGOV", "IGOEEC"),
    ("2023-06-05", "The Indian defence secretary held talks with his US counterpart on jet engines.",
     "CONSULT", "INDMIL", "USAMIL"),
    # a state of India, not the Philippine town
    ("2023-05-04", "Pakistan's foreign minister arrived in Goa for a regional security meeting.",
     "CONSULT", "PAKGOV", "IND"),
    # Tel Aviv as Israel's metonym in a 'from' target
    ("2023-11-06", "Pretoria recalled its ambassador from Tel Aviv over the war in Gaza.", "SANCTION", "ZAF", "ISR"),
    # firms halting sales in a country cut economic ties
    ("2022-03-04", "American tech companies suspended sales in Russia after the invasion.", "SANCTION", "USABUS", "RUS"),
    # separatists are of the state they would leave, not the one a 'pro-' prefix favours
    ("2023-06-01", "Pro-Russian separatists accused Ukraine of shelling a market.", "ACCUSE", "UKRSEP", "UKR"),
    # groupings
    ("2023-03-26", "Western allies condemned Russia's plan to station tactical nuclear weapons in Belarus.",
     "ACCUSE", "USA", "RUS"),
    ("2022-01-09", "ECOWAS imposed sanctions on Mali's junta, closing land borders and freezing state assets.",
     "SANCTION", "IGOWAS", "MLIMIL"),
])
def test_actors23_codes(coder, date, text, event, source, target):
    got = _triples(coder, text, date)
    assert got, text
    ev, _, src, tgt = got[0]
    assert ev == event, got
    assert any(s == source or s[:3] == source for s in src), got
    if target is not None:
        assert any(t == target or t[:3] == target for t in tgt), got


@pytest.mark.parametrize("date, text", [
    ("2024-03-03", "Islamabad's streets were empty on Friday as a heatwave kept residents indoors."),
    ("2021-09-14", "Baerbock, a former co-leader of the Green party, was running for chancellor at the time."),
    ("2023-06-01", "The Indian defence secretary is a career civil servant appointed by the cabinet."),
    ("2022-06-30", "Gulf states produce about a quarter of the world's crude oil."),
    ("2021-07-22", "Indian troops did not fire on the protesters, the army said."),
])
def test_actors23_near_misses_code_nothing(coder, date, text):
    assert coder.code(text, date=date) == [], text
