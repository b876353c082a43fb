"""Families of misses found by helper "wire21" (issue #3) on long sentences in wire style: a doer
hedged by a passive verb of belief and its infinitive ("gunmen believed to belong to Boko Haram
abducted ...") is the subject of the verb that follows, not a believer making a claim; a label in
single quotes ("called the demonstrators 'looters'") is criticism, not a telephone call; a meeting
told as the occasion of the act ("Leaders of ECOWAS, meeting in Abuja, gave ...", "Meeting in
Pretoria, the two sides agreed ...") is no event and does not hide the subject; the second side of
a joint act named by title and name ("U.S. envoy X and Taliban deputy leader Y signed") or by joined
words before one noun ("Yugoslav and NATO generals") acts too; a clause subject with its own
participle phrase ("... and rebels controlling the south demanded ...") is that clause's doer; a
place phrase right after an object ("gave the junta in Niger a week") places the object; a base
"where" troops are stationed is theirs; forces promised "at the request of" a state help it (0334),
no threat; a place put under emergency rule, and a headquarters or airport taken over, are
coded. Every sentence
is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Gunmen thought to be linked to al-Shabaab attacked a bus near the Somali border on Friday, "
     "killing 28 passengers, Kenyan police said.", "2014-11-22", "ASSAULT", "KEN", "KEN"),
    ("Fighters believed to belong to the Islamic State group abducted 110 schoolgirls in Dapchi, "
     "local officials said.", "2018-02-20", "ASSAULT", "NGA", "NGA"),
    ("Militiamen said to be loyal to a local warlord seized the town hall in Bunia on Sunday.", "2020-09-01",
     "ASSAULT", "COD", None),
])
def test_wire21_hedged_doer_acts(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target)
    assert not _has(evs, "ACCUSE")  # the hedge is no claim against anyone


@pytest.mark.parametrize("text, date, source, target", [
    ("Viktor Yanukovich called the protesters 'bandits' in a televised address on Thursday.", "2014-02-20",
     "UKRGOV", "UKR"),
    ("Tens of thousands marched in Minsk on Sunday, and President Alexander Lukashenko called the "
     "opposition 'rats'.", "2020-08-16", "BLRGOV", "BLR"),
])
def test_wire21_quoted_label_is_criticism_not_a_call(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111")
    assert not _has(evs, "CONSULT")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Leaders of the Arab League, the 22-member regional body, meeting in Cairo on Sunday, gave "
     "Damascus two weeks to withdraw its tanks from the cities and said they could impose sanctions "
     "if it did not.", "2011-11-12", "THREATEN", "IGO", "SYR"),
    ("Meeting in Caracas on Saturday, opposition lawmakers accused Nicolas Maduro of torturing a "
     "navy captain.", "2019-07-20", "ACCUSE", "VENOPP", "VEN"),
    ("Meeting in Brussels on Monday, EU foreign ministers agreed to impose new sanctions on Belarus.",
     "2020-10-12", None, "IGO", "BLR"),
])
def test_wire21_meeting_told_as_the_occasion(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert evs and not _has(evs, "CONSULT")
    assert any((event is None or e == event) and any(s.startswith(source) for s in src)
               and any(t.startswith(target) for t in tgt) for e, _, src, tgt in evs)


@pytest.mark.parametrize("text, date, sides", [
    ("Colombia's chief negotiator Humberto de la Calle and FARC commander Ivan Marquez signed the "
     "revised accord in Havana.", "2016-11-24", ("COL",)),
    ("U.S. envoy Zalmay Khalilzad and Taliban deputy leader Mullah Abdul Ghani Baradar signed an "
     "agreement in the Qatari capital Doha on Saturday.", "2020-02-29", ("USA", "AFG")),
    ("Serbian and NATO officers signed a deal on the pullout of Serb troops on Wednesday.",
     "1999-06-09", ("SRB", "IGO")),
])
def test_wire21_both_sides_of_a_joint_act(coder, text, date, sides):
    evs = coded(coder, text, date)
    assert evs
    src = {c[:3] for c in evs[0][2]}
    assert set(sides) <= src and len(evs[0][2]) >= 2
    assert not any(t.startswith("QAT") for _, _, _, tgt in evs for t in tgt)  # the venue is no side


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Italian and Greek officials prepared to evacuate their citizens as armed gangs looted army "
     "depots in Tirana and rebels controlling the south demanded the resignation of President Sali "
     "Berisha.", "1997-03-13", "REQUEST", "ALBREB", "ALB"),
])
def test_wire21_clause_subject_with_its_own_participle(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target)
    assert not _has(evs, event, "ITA")


def test_wire21_place_after_the_object_places_it(coder):
    evs = coded(coder, "Leaders of ECOWAS, meeting in Abuja on Sunday, gave the junta in Niger seven days "
                       "to restore the ousted president.", "2023-07-30")
    assert _has(evs, "THREATEN", "IGO", "NER")
    assert not _has(evs, "THREATEN", "IGO", "NGA")


@pytest.mark.parametrize("text, date, event, source, cameo", [
    ("President Sebastian Pinera placed the capital under emergency rule on Saturday.", "2019-10-20",
     "COERCE", "CHL", "1724"),
    ("Rebels took over the main airport in Juba on Tuesday, a military spokesman said.", "2016-07-12",
     "ASSAULT", "SSD", "192"),
    ("Mutinous soldiers in Mali took over the army headquarters in Kati overnight.", "2012-03-22",
     "ASSAULT", "MLI", "192"),
])
def test_wire21_emergency_and_takeover_wording(coder, text, date, event, source, cameo):
    assert _has(coded(coder, text, date), event, source, cameo=cameo)


@pytest.mark.parametrize("text, date, source, target", [
    ("Australia agreed to send troops to East Timor at the request of its government.", "2006-05-25", "AUS", "TLS"),
    ("France pledged to deploy troops in Mali at the request of the Malian government.", "2013-01-11", "FRA", "MLI"),
])
def test_wire21_forces_promised_on_request_are_help(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AGREE", source, target, cameo="0334")
    assert not _has(evs, "THREATEN")


def test_wire21_base_where_troops_are_stationed(coder):
    evs = coded(coder, "Iran fired ballistic missiles at two bases in Iraq where American troops are stationed "
                       "early on Wednesday, the Pentagon said.", "2020-01-08")
    assert _has(evs, "ASSAULT", "IRN", "USA")
