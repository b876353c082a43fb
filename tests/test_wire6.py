"""Shapes found missing on a sixth fresh set of sentences (issue #3, helper wire6: 2015-2026
online news: Ukraine, Gaza, Sudan, the Sahel, the Taiwan strait, Korea, trade wars, courts),
one cause per test. Every sentence here is written for this file; none is taken from a gold set
or from the fresh set itself."""
import pytest

from conftest import coded, has_event as _has, primary_event


def _events(coder, text, date="2024-05-10"):
    return coded(coder, text, date)


def _primary(coder, text, date="2024-05-10"):
    ev = primary_event(coder.code(text, date=date))
    return None if ev is None else (ev.event, sorted(a.primary for a in ev.source), sorted(a.primary for a in ev.target))


@pytest.mark.parametrize("text, event, source, target", [
    # phrasings of recent news the lexicon lacked: crowds that fill the streets, a bloc that
    # adopts a sanctions package, a strike extended, a warrant sought, a visa granted to someone
    # fleeing, a case lodged against a state, a truce approved, forces put on any alert level;
    # the main clause's act is the news, not the side clause's
    ("Thousands of Armenian protesters filled the streets of Yerevan on Sunday to demand new elections.", "PROTEST", "ARM", None),
    ("The European Union adopted a fresh package of sanctions against Belarus on Friday.", "SANCTION", "IGO", "BLR"),
    ("Nigerian doctors extended their strike for another two weeks, their union said.", "PROTEST", "NGA", None),
    ("The ICC prosecutor sought an arrest warrant for the Taliban's supreme leader over the persecution of women.", "ACCUSE", "IGO", "AFG"),
    ("Lithuania granted humanitarian visas to three Belarusian journalists who fled Minsk.", "AID", "LTU", "BLR"),
    ("Nicaragua lodged a case against Germany at the UN's top court over arms sales to Israel.", "ACCUSE", "NIC", "DEU"),
    ("Israel's security cabinet approved a humanitarian pause in Rafah to let polio vaccinations go ahead.", "AGREE", "ISR", None),
    ("Seoul put its troops on combat readiness after the North fired artillery near the border island.", "MOBILIZE", "KOR", None),
])
def test_wire6_recent_news_phrasings(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs
    ev, src, _ = _primary(coder, text)
    assert ev == event and source in src, (ev, src, evs)


@pytest.mark.parametrize("text, not_code", [
    # a regional adjective ending in "American" names a region, never the United States
    ("Honduras hosted a meeting of Central American foreign ministers on migration.", "USA"),
    ("El Salvador's president met South American leaders in Brasilia on Tuesday.", "USA"),
    ("Latin American governments condemned the storming of Mexico's embassy in Quito.", "USA"),
    ("Police in Managua raided the offices of a Central American human rights group.", "USA"),
])
def test_wire6_regional_american_is_not_the_united_states(coder, text, not_code):
    evs = _events(coder, text)
    assert evs, text
    assert not any(not_code in src or not_code in tgt for _, _, src, tgt in evs), evs


def test_wire6_american_alone_still_names_the_united_states(coder):
    evs = _events(coder, "Cuba accused American diplomats of stirring up protests in Havana.")
    assert _has(evs, "ACCUSE", "CUB", "USA"), evs


@pytest.mark.parametrize("text, source, target", [
    # hackers who knock out, take down, cripple or disrupt a network carry out a cyberattack (176)
    ("Chinese hackers took down the website of Taiwan's presidential office on Friday.", "CHN", "TWN"),
    ("Iranian hackers knocked out the water pumps of an Israeli town, officials said.", "IRN", "ISR"),
    ("North Korean hackers crippled the computer network of a South Korean nuclear operator.", "PRK", "KOR"),
    ("Russian hackers disrupted the websites of Lithuanian ministries on Monday.", "RUS", "LTU"),
])
def test_wire6_hackers_knock_out_networks(coder, text, source, target):
    evs = _events(coder, text)
    assert _has(evs, "COERCE", source, target), evs
    assert any(c == "176" for _, c, _, _ in evs), evs


@pytest.mark.parametrize("text, source", [
    # "outside parliament": the parser reads the preposition as an adjective and the place as the
    # verb's object; a protest verb is still the protest
    ("Protesters rallied outside parliament in Bishkek on Thursday.", "KGZ"),
    ("Crowds rallied outside parliament in Nairobi on Tuesday.", "KEN"),
    ("Opposition supporters marched outside parliament in Tbilisi.", "GEO"),
    ("Thousands of Kenyans rallied outside parliament in Nairobi.", "KEN"),
])
def test_wire6_place_read_as_object_is_no_object(coder, text, source):
    evs = _events(coder, text)
    assert _has(evs, "PROTEST", source), evs


@pytest.mark.parametrize("text, event, source, target", [
    # forces that encircle or surround an island "in drills" / "during war games" show force
    # (150); the same verb without manoeuvres stays a blockade (191)
    ("Chinese warships and bombers encircled Taiwan in drills on Thursday.", "MOBILIZE", "CHN", "TWN"),
    ("Chinese naval vessels surrounded Taiwan during war games, the defence ministry in Taipei said.", "MOBILIZE", "CHN", "TWN"),
    ("Chinese coast guard ships encircled the Philippine outpost on Saturday.", "ASSAULT", "CHN", None),
])
def test_wire6_encircled_in_drills_is_a_show_of_force(coder, text, event, source, target):
    assert _primary(coder, text)[0] == event, _events(coder, text)
    assert _has(_events(coder, text), event, source, target), _events(coder, text)


@pytest.mark.parametrize("text, source, target", [
    # Brussels stands for the EU in a sentence that names the EU or one of its bodies, and stays
    # Belgium's capital when Belgium is named or no EU body is
    ("Brussels offered Egypt 7.4 billion euros in loans and grants, the European Commission said.", "IGO", "EGY"),
    ("Brussels warned Poland that it would withhold EU funds over the judicial reforms.", "IGO", "POL"),
    ("Congo expelled Belgium's envoy after Brussels criticised the election.", "BEL", None),
    ("Brussels recalled its ambassador from Kigali on Tuesday.", "BEL", "RWA"),
])
def test_wire6_brussels_is_the_eu_beside_an_eu_body(coder, text, source, target):
    evs = _events(coder, text)
    assert _has(evs, None, source, target), evs


@pytest.mark.parametrize("text, event, source, target", [
    # a law or decree suspended or put on hold yields (080); gas pumped to a country is supplied (061)
    ("Kazakhstan's government suspended the decree on fuel prices on Tuesday.", "CONCEDE", "KAZ", None),
    ("Georgia's ruling party froze the media law for a year after weeks of protests.", "CONCEDE", "GEO", None),
    ("Turkmenistan began pumping gas to Iraq through Iran under a swap deal.", "COOPERATE", "TKM", "IRQ"),
])
def test_wire6_laws_suspended_and_gas_pumped(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, source", [
    # a state's national security council is its government, not the UN Security Council
    ("Iran's Supreme National Security Council rejected the European proposal on Sunday.", "IRN"),
    ("The Turkish National Security Council called on Sweden to stop harbouring Kurdish militants.", "TUR"),
])
def test_wire6_national_security_councils_are_governments(coder, text, source):
    evs = coder.code(text, date="2024-05-10")
    assert evs and all(a.primary != "IGO" for e in evs for a in e.source), [(e.event, [a.code for a in e.source]) for e in evs]
    assert any(a.primary == source for e in evs for a in e.source), evs


@pytest.mark.parametrize("text, event, source, target", [
    # a state's election commission or electoral council is its government (GOV)
    ("Pakistan's election commission rejected the opposition's complaint about rigging.", "REJECT", "PAK", "PAK"),
    ("Venezuela's electoral council refused to release the results from each polling station.", "REJECT", "VEN", None),
    ("The election commission in Dhaka barred the opposition party from the vote.", "COERCE", "BGD", "BGD"),
])
def test_wire6_election_authorities_are_government(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, event, source, target", [
    # those who work, act or spy for a named actor act as its agents: the employer is the source
    ("Men acting for Rwanda's intelligence service abducted an opposition figure in Johannesburg.", "ASSAULT", "RWA", "ZAF"),
    ("Agents working for Iran's intelligence ministry kidnapped a dissident in Dubai.", "ASSAULT", "IRN", None),
    ("Hackers working for North Korea's military breached the network of a South Korean defence firm.", "COERCE", "PRK", None),
])
def test_wire6_agents_working_for_an_employer_act_as_it(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, event, source", [
    # manoeuvres held by two or more sides are cooperation (062) even when the clause's lexicon
    # pattern took other words ("including live-fire exercises"); one side's stay a show of force
    ("Japanese and Australian forces launched their biggest joint-command drills on Monday, including live-fire exercises in Queensland.", "COOPERATE", "JPN"),
    ("Indian and French navies began their annual Varuna drills on Sunday, including live-fire exercises off Goa.", "COOPERATE", "IND"),
    ("The Chinese navy launched its largest drills of the year on Tuesday, including live-fire exercises near Taiwan.", "MOBILIZE", "CHN"),
])
def test_wire6_drills_of_two_sides_with_a_longer_object(coder, text, event, source):
    evs = _events(coder, text)
    assert _primary(coder, text)[0] == event and _has(evs, event, source), evs


@pytest.mark.parametrize("text, target", [
    # a named class of warship is its navy's (MIL), as "warship" and "patrol boat" are
    ("Ukrainian drones struck a Russian landing ship near Crimea on Sunday.", "RUSMIL"),
    ("Ukrainian sea drones attacked a Russian minesweeper off Crimea on Friday.", "RUSMIL"),
    ("Houthi missiles targeted an American destroyer in the Red Sea, the Pentagon said.", "USAMIL"),
])
def test_wire6_warship_classes_belong_to_a_navy(coder, text, target):
    evs = coder.code(text, date="2024-05-10")
    assert any(a.code == target for e in evs for a in e.target), [(e.event, [a.code for a in e.target]) for e in evs]
