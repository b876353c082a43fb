"""Actor codes on unseen news text (actors24): break-away authorities named by the place they sit
in, bodies the text calls separatist or rebel, the Joint Chiefs of Staff acting on a foreign state,
and the named members of a bloc ("Gulf states, among them Oman and Kuwait")."""
import pytest


def _triples(coder, text, date):
    return [(e.event, e.cameo, sorted(a.code for a in e.source), sorted(a.code for a in e.target))
            for e in coder.code(text, date=date)]


@pytest.mark.parametrize("date, text, event, source, target", [
    # officials in or of a break-away region, or its seat, are its separatists (breakaway.tsv)
    ("2021-04-13", "Authorities in Tiraspol accused Moldova of blocking medicines bound for the region.",
     "ACCUSE", ["MDASEP"], "MDA"),
    ("2018-10-02", "Officials in Sukhumi accused Georgia of detaining two residents at the boundary line.",
     "ACCUSE", ["GEOSEP"], "GEO"),
    ("2022-12-14", "The leaders of Nagorno-Karabakh accused Baku of cutting the only road to Armenia.",
     "ACCUSE", ["AZESEP"], "AZE"),
    # ... but a body the text gives its own state keeps it
    ("2021-04-13", "Moldovan officials in Transnistria accused Russia of stoking tensions.",
     "ACCUSE", ["MDAGOV"], "RUS"),
    # a state body called separatist or rebel is the movement's
    ("2017-02-03", "Separatist authorities in Luhansk accused Kyiv of shelling a water plant.",
     "ACCUSE", ["UKRSEP"], "UKR"),
    ("2019-06-20", "Rebel officials in Idlib accused Damascus of bombing a market.",
     "ACCUSE", ["SYRREB"], "SYR"),
    # the Joint Chiefs of Staff acting on another state are the Pentagon's
    ("2024-02-02", "The Joint Chiefs of Staff accused Tehran of arming the militias that attack American troops.",
     "ACCUSE", ["USAMIL"], "IRN"),
    # a bloc noun with its members named: the named states, not the whole bloc
    ("2023-10-18", "Three Gulf states, among them Oman and Kuwait, condemned the bombing of the hospital.",
     "ACCUSE", ["KWT", "OMN"], None),
    ("2024-05-28", "Several European countries, among them Belgium, Ireland and Slovenia, condemned the raid on the camp.",
     "ACCUSE", ["BEL", "IRL", "SVN"], None),
    ("2019-02-04", "A group of Latin American governments, among them Peru and Chile, urged Maduro to hold new elections.",
     "REQUEST", ["CHL", "PER"], "VENGOV"),
    # "them" after "met X officials and urged": the officials met, not the town's people
    ("2022-10-12", "Qatar's envoy met Houthi negotiators in Muscat and urged them to extend the truce.",
     "REQUEST", ["QATGOV"], "YEMREB"),
    # "fighters" with an aircraft model before them are jets, not militiamen
    ("2019-02-27", "Two Pakistani JF-17 fighters shot down an Indian jet over Kashmir.",
     "ASSAULT", ["PAKMIL"], "IND"),
    ("2024-01-17", "Iranian Sukhoi fighters fired on a Kurdish camp in northern Iraq.", "ASSAULT", ["IRNMIL"], None),
    ("2018-05-10", "A group of European governments, including those of Sweden and Finland, condemned the arrests.",
     "ACCUSE", ["FIN", "SWE"], None),
    # a national security adviser named by surname in his term
    ("2022-06-13", "Yang Jiechi held talks with Sullivan in Luxembourg on Taiwan and Ukraine.", "CONSULT", ["CHNGOV"], "USAGOV"),
    # chiefs of defence and central-bank governors named on dates in office
    ("2024-03-06", "General Carsten Breuer accused Russia of preparing for a wider confrontation with NATO.",
     "ACCUSE", ["DEUMIL"], "RUS"),
    ("2020-06-10", "Perry Warjiyo criticised the IMF for cutting its growth forecast for Indonesia.",
     "ACCUSE", ["IDNGOV"], "IGOIMF"),
    ("2024-05-21", "Admiral Kim Myung-soo met his Japanese counterpart in Hawaii to discuss North Korean missile launches.",
     "CONSULT", ["KORMIL"], "JPNMIL"),
])
def test_actors24_codes(coder, date, text, event, source, target):
    got = _triples(coder, text, date)
    assert got, text
    ev, _, src, tgt = got[0]
    assert ev == event, got
    assert [s if len(source[0]) > 3 else s[:3] for s in src] == sorted(source), got
    if target is not None:
        assert any(t == target or t[:3] == target for t in tgt), got


@pytest.mark.parametrize("date, text", [
    ("2023-06-10", "The Joint Chiefs of Staff have seven members, among them the chairman and the vice chairman."),
    ("2022-06-30", "Gulf states, among them Qatar and Kuwait, export most of their gas by sea."),
])
def test_actors24_near_misses_code_nothing(coder, date, text):
    assert coder.code(text, date=date) == [], text
