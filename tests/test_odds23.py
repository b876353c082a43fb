"""Families of misreadings fixed by helper "odds23" (session 23): mercy refused to a foe and "would
not sit / stand idly by" are threats (130) against the side named; the price paid "for" a deed is
a threat, not "pay a visit", and the deed paid for is no event of its own; talks hosted between
two sides are mediation (045) with both as targets; a boat a demonym names acts for its state; a
drug haul by measure is no seizure of property; a market move "on" a prospect or "as traders bet"
is no event; private producers' trade is no aid or cooperation; air defences rushed somewhere are
forces moved (154), not "rushed to the defence of"; a defence minister paying a visit is a visit.
Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Mali's army vowed to show no mercy to the jihadists who ambushed its convoy.", "2019-11-03", "MLIMIL", "MLI"),
    ("Duterte promised no mercy for drug traffickers.", "2016-07-01", "PHLGOV", "PHL"),
    ("The Sri Lankan president vowed no mercy for the Tamil Tiger rebels.", "2009-02-01", "LKAGOV", "LKA"),
])
def test_odds23_mercy_refused_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="130"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Beijing said it would not sit idly by if Manila deployed missiles on the islands.", "2024-04-20", "CHN", "PHL"),
    ("The Gulf states said they would not stand idly by while Iran armed the militias.", "2016-01-10", None, "IRN"),
    ("Turkey will not sit idly by as the Kurdish militia expands, its president said.", "2019-10-01", "TUR", None),
])
def test_odds23_not_sitting_idly_by_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="130"), evs


def test_odds23_sitting_idly_by_is_no_event(coder):
    assert coded(coder, "The world sat idly by while the famine spread.", "2011-08-01") == []


def test_odds23_price_paid_for_a_visit_is_a_threat_not_a_visit(coder):
    evs = coded(coder, "Moscow said the Baltic ministers would pay a price for their visit to Taipei.", "2023-05-01")
    assert _has(evs, "THREATEN", "RUS", cameo="130"), evs
    assert not any(ev in ("CONSULT", "AGREE") for ev, *_ in evs), evs


def test_odds23_paid_visit_by_defence_minister_is_a_visit(coder):
    evs = coded(coder, "The Indian defence minister paid a visit to Vietnam.", "2022-06-08")
    assert _has(evs, "CONSULT", "IND", "VNM", cameo="042"), evs


@pytest.mark.parametrize("text, date, source, targets", [
    ("Egypt hosted talks between Hamas and Fatah in Cairo.", "2017-10-10", "EGY", ("PSE",)),
    ("Turkey hosted talks between the foreign ministers of Armenia and Azerbaijan.", "2022-03-12", "TUR", ("ARM", "AZE")),
])
def test_odds23_hosted_talks_between_two_sides_are_mediation(coder, text, date, source, targets):
    evs = coded(coder, text, date)
    assert all(_has(evs, "CONSULT", source, t, cameo="045") for t in targets), evs


def test_odds23_boats_named_by_demonym_seize_for_their_state(coder):
    evs = coded(coder, "Iranian boats seized a Liberian-flagged tanker near Hormuz.", "2023-04-28")
    assert _has(evs, "COERCE", "IRN", "LBR", cameo="171"), evs


@pytest.mark.parametrize("text, date", [
    ("Coastguards seized three tonnes of cocaine from a trawler off Galicia.", "2022-03-01"),
    ("Oil prices rose on the prospect of tighter sanctions on Russian crude.", "2022-05-30"),
    ("The yen rose on fears that North Korea would test another missile.", "2017-09-04"),
    ("Brent jumped as traders bet that Saudi Arabia would cut output.", "2023-04-03"),
    ("Chipmakers shipped more chips to India this year.", "2024-02-01"),
    ("Japanese carmakers exported more vehicles to Mexico in May.", "2023-06-20"),
])
def test_odds23_no_event_near_misses(coder, text, date):
    assert coded(coder, text, date) == []


def test_odds23_rushed_air_defences_are_mobilisation(coder):
    evs = coded(coder, "Romania rushed air defence batteries to its border with Ukraine.", "2023-09-10")
    assert _has(evs, "MOBILIZE", "ROU", cameo="154"), evs
    evs = coded(coder, "France rushed to the defence of its ally.", "2023-09-10")
    assert _has(evs, "SUPPORT", "FRA"), evs
