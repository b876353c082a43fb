"""Shapes found missing on a fifth fresh set of wire-style sentences (issue #3, helper wire5:
1985-2008 agency copy: movements named by acronym, Cold War states, long noun phrases and
passives), one cause per test. Every sentence here is written for this file; none is taken from
a gold set or from the fresh set itself."""
import pytest

from conftest import coded, has_event as _has


def _events(coder, text, date="1996-05-10"):
    return coded(coder, text, date)


@pytest.mark.parametrize("text, event, cameo, source, target", [
    # manoeuvres, drills and war games staged by one side show force (150), by two sides they
    # are military cooperation (062); "live-fire" is no ceasefire ("hold fire")
    ("The Pakistani navy staged manoeuvres in the Arabian Sea on Monday.", "MOBILIZE", "150", "PAK", None),
    ("Syrian tank units held live-fire drills near the Golan Heights on Sunday.", "MOBILIZE", "150", "SYR", None),
    ("Indian and French warships carried out joint manoeuvres off Goa on Thursday.", "COOPERATE", "062", "IND", None),
    ("Greek and Cypriot air defence units staged a joint exercise near Paphos.", "COOPERATE", "062", "GRC", None),
])
def test_wire5_manoeuvres(coder, text, event, cameo, source, target):
    evs = _events(coder, text)
    assert any(e == event and c == cameo and source in s for e, c, s, _ in evs), evs
    assert not any(c == "0871" for _, c, _, _ in evs), evs


@pytest.mark.parametrize("text, event, source, target", [
    # flying, ferrying or rushing police, troops or staple food to a place; flying into a capital
    # for talks is a visit
    ("Sri Lanka flew hundreds of extra police into Trincomalee after riots on Friday.", "MOBILIZE", "LKA", None),
    ("Turkey ferried 2,000 commandos to the northern Cyprus coast on Saturday.", "MOBILIZE", "TUR", None),
    ("The Red Cross trucked sorghum and beans to displaced families in Kordofan.", "AID", "NGO", None),
    ("A Syrian government delegation flew into Baghdad on Tuesday for talks on oil exports.", "CONSULT", "SYR", "IRQ"),
    ("The Polish foreign minister travelled to Paris for talks on the border treaty.", "CONSULT", "POL", "FRA"),
])
def test_wire5_carried_to_a_place(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # Cold War names: the Soviet Union takes its successor's code (as Yugoslavia SRB), Bonn stood
    # for West Germany; the "Union" of its name is no trade union
    ("The Soviet Union agreed on Tuesday to sell grain to Ethiopia on credit.", "1985-03-05", None, "RUS", None),
    ("The USSR recalled its ambassador from Tirana on Friday.", "1987-06-12", "SANCTION", "RUS", "ALB"),
    ("Soviet troops left Czechoslovakia on Monday under the withdrawal accord.", "1990-02-26", "RETREAT", "RUS", "CZE"),
    ("Bonn expelled two East German diplomats on Thursday.", "1988-11-10", None, "DEU", "DEU"),
])
def test_wire5_cold_war_states(coder, text, date, event, source, target):
    evs = _events(coder, text, date)
    assert _has(evs, event, source, target), evs
    assert not any(src.endswith("LAB") for e in coder.code(text, date=date) for src in [a.code for a in e.source]), evs


@pytest.mark.parametrize("text", [
    # "former Soviet/Yugoslav republics" are the states that left the union, not its successor
    "The former Soviet republics signed a customs pact in Minsk on Friday.",
    "Leaders of three former Yugoslav republics met in Ohrid on Saturday.",
])
def test_wire5_former_union_republics_are_not_the_successor(coder, text):
    evs = _events(coder, text, "1996-03-01")
    assert not any("RUS" in s or "SRB" in s for _, _, s, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # armed movements and liberation fronts of the era named only by their acronym or name
    ("The SPLA ambushed an army convoy near Torit on Sunday.", "1995-04-02", "SDN", "SDN"),
    ("Renamo guerrillas attacked a bus on the Beira corridor, killing twelve.", "1988-07-11", "MOZ", None),
    ("The FMLN released two kidnapped mayors on Friday.", "1990-05-18", "SLV", None),
    ("The RUF attacked the diamond town of Koidu on Tuesday.", "1998-12-22", "SLE", "SLE"),
    ("The NPFL shelled ECOMOG positions around the capital.", "1992-10-20", "LBR", "IGO"),
    ("The AFDL accused the Zairean army of looting Bunia.", "1997-01-14", "COD", "COD"),
    ("The Contras ambushed a Sandinista army patrol in Jinotega province.", "1986-09-03", "NIC", None),
    ("The Islamic Courts Union accused Ethiopia of sending troops into Baidoa.", "2006-07-21", "SOM", "ETH"),
])
def test_wire5_armed_movements_named_by_acronym(coder, text, date, source, target):
    evs = _events(coder, text, date)
    assert evs and evs[0][2] and evs[0][2][0] == source, evs
    if target:
        assert _has(evs, None, source, target), evs


@pytest.mark.parametrize("text, event, source, target", [
    # wire idioms as word-class families: a withdrawal named by a noun, a lender clearing a
    # credit, coordinated sweeps, mock bombing runs, taking a state before a court, downing tools
    ("Cuba began the pull-out of its troops from Angola on Tuesday.", "RETREAT", "CUB", "AGO"),
    ("The World Bank's board approved a bridging loan of 200 million dollars for Peru.", "AID", "IGO", "PER"),
    ("Thailand and Malaysia launched coordinated raids on smuggling gangs on Friday.", "COOPERATE", "MYS", None),
    ("Israeli jets staged mock attacks over southern Lebanon on Friday.", "MOBILIZE", "ISR", "LBN"),
    ("Hungary took Slovakia before the International Court of Justice over the Danube dam.", "ACCUSE", "HUN", "SVK"),
    ("Romanian miners downed tools on Monday to demand higher wages.", "PROTEST", "ROU", None),
])
def test_wire5_wire_idioms(coder, text, event, source, target):
    evs = _events(coder, text)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text", [
    # the families keep their actor conditions: no event without political actors
    "The festival brought together musicians from five countries.",
    "Students at the academy held mock trials on Friday.",
])
def test_wire5_wire_idioms_need_actors(coder, text):
    assert _events(coder, text) == []


@pytest.mark.parametrize("text, event, source, absent", [
    # "press on with" is carrying on, not a demand; "ordered X to quit" is an expulsion
    # like "ordered X to leave"
    ("The Sri Lankan army rejected the rebels' truce offer and vowed to press on with its offensive.", "REJECT", "LKA", "REQUEST"),
    ("Burundi's army said it would press on with operations against Hutu rebels.", None, None, "REQUEST"),
    ("Sudan ordered the staff of three aid agencies to quit the Nuba Mountains on Friday.", "SANCTION", "SDN", "REQUEST"),
])
def test_wire5_carrying_on_and_ordering_out(coder, text, event, source, absent):
    evs = _events(coder, text)
    assert not any(e == absent for e, _, _, _ in evs), evs
    if event:
        assert _has(evs, event, source, None), evs


@pytest.mark.parametrize("text, source, target", [
    # a passive appeal or demand: the passive subject is the one asked, the "by" agent asks
    ("The Khmer Rouge were urged by Thailand on Monday to rejoin the peace process.", "THA", "KHM"),
    ("Zaire was asked by the United Nations to let relief convoys reach the refugee camps.", "IGO", "COD"),
    ("Croatia has been called on by the European Union to hand over indicted generals.", "IGO", "HRV"),
])
def test_wire5_passive_requests_aim_at_the_subject(coder, text, source, target):
    evs = _events(coder, text)
    assert _has(evs, "REQUEST", source, target), evs


@pytest.mark.parametrize("text, source", [
    # "a delegation/team/group of <organisation> <people>": the organisation acts, not the host
    ("A delegation of senior PLO officials arrived in Damascus on Tuesday for talks.", "PSE"),
    ("A team of IAEA inspectors arrived in Pyongyang on Monday.", "IGO"),
    ("A group of UNITA commanders surrendered to government forces in Huambo.", "AGO"),
])
def test_wire5_organisation_inside_a_group_phrase(coder, text, source):
    evs = _events(coder, text)
    assert evs and evs[0][2] == [source], evs


@pytest.mark.parametrize("text, cameo", [
    # expelling the members of an inspection or monitoring team or mission expels the inspectors
    ("Baghdad expelled the British members of the UN inspection team on Friday.", "1662"),
    ("Belgrade expelled the foreign members of the OSCE monitoring mission in Kosovo.", "1662"),
])
def test_wire5_expelling_an_inspection_team(coder, text, cameo):
    evs = _events(coder, text, "1998-11-01")
    assert any(e == "SANCTION" and c == cameo for e, c, _, _ in evs), evs
