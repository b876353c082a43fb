"""Shapes found missing on a seventh fresh set of sentences (issue #3, helper wire7: 2000-2014
agency copy: Iraq, Afghanistan, Darfur, Lebanon 2006, Georgia 2008, Gaza, the Arab Spring, Iran
and North Korea talks, Somalia, Sri Lanka, Mali, Crimea), one cause per test. Every sentence here
is written for this file; none is taken from a gold set or from the fresh set itself."""
import pytest

from conftest import coded, has_event as _has, primary_event


def _primary(coder, text, date):
    ev = primary_event(coder.code(text, date=date))
    return None if ev is None else (ev.event, sorted(a.primary for a in ev.source), sorted(a.primary for a in ev.target))


@pytest.mark.parametrize("date, text, event, source, target", [
    # word families of the decade's copy the lexicon lacked: arms deliveries held back, a loan
    # signed off on, warships refuelled for an ally, evidence handed to another side, a call-up
    # of reservists approved, a secret police dissolved, a minister flying into a capital
    ("2013-08-20", "Washington held back a delivery of Apache helicopters to Cairo after the crackdown.", "SANCTION", "USA", "EGY"),
    ("2009-03-02", "The World Bank signed off on a 500-million-dollar credit for Pakistan on Monday.", "AID", "IGO", None),
    ("2002-05-14", "Pakistani navy tankers refuelled French frigates patrolling the Arabian Sea.", "COOPERATE", "PAK", "FRA"),
    ("2005-03-08", "Lebanese investigators handed the UN team evidence gathered at the blast site.", "COOPERATE", "LBN", None),
    ("2006-07-13", "Israel's cabinet approved the call-up of three reserve divisions for the fighting in Lebanon.", "MOBILIZE", "ISR", None),
    ("2011-03-16", "Egypt's interior minister dissolved the state security department that had spied on dissidents for decades.", "CONCEDE", "EGY", None),
    ("2008-03-04", "Condoleezza Rice flew into Ramallah on Tuesday to meet Palestinian President Mahmoud Abbas.", "CONSULT", "USA", None),
])
def test_wire7_decade_word_families(coder, date, text, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    ev, src, _ = _primary(coder, text, date)
    assert ev == event and source in src, (ev, src, evs)


@pytest.mark.parametrize("date, text, event, source, target", [
    # people of the decade known by name: a bare "Bush" in office (the son, not the father),
    # militia, rebel and opposition leaders, negotiators and envoys the tables lacked
    ("2005-10-10", "Bush telephoned Pakistan's president on Monday to discuss the earthquake.", "CONSULT", "USA", "PAK"),
    ("2008-03-28", "Moqtada al-Sadr called on his followers to stop fighting Iraqi forces in Basra.", "REQUEST", "IRQ", "IRQ"),
    ("2012-09-15", "Lakhdar Brahimi met Bashar al-Assad in Damascus on Saturday.", "CONSULT", "IGO", "SYR"),
    ("2005-09-15", "Mohamed ElBaradei urged Iran to resume talks with the European Union.", "REQUEST", "IGO", "IRN"),
    ("2007-06-21", "Christopher Hill flew to Pyongyang on Thursday for talks on the nuclear deal.", "CONSULT", "USA", "PRK"),
    ("2009-04-20", "Velupillai Prabhakaran rejected calls to surrender.", "REJECT", "LKA", None),
])
def test_wire7_people_of_the_decade(coder, date, text, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("date, text, event, source, target", [
    # a movement, rebel group or militia speaking of itself as "they"
    ("2007-02-02", "The Taliban said they had overrun a district centre in Helmand.", "ASSAULT", "AFG", None),
    ("2008-06-25", "Hamas said they would respect the truce with Israel.", "AGREE", "PSE", None),
])
def test_wire7_group_speaking_of_itself_as_they(coder, date, text, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_wire7_town_named_by_its_own_name_not_an_airport_code(coder):
    # "Gao" is also the airport code of Guantanamo: the Malian town whose own name it is wins
    evs = coded(coder, "French jets bombed fuel depots around Gao on Saturday.", "2013-01-26")
    assert _has(evs, "ASSAULT", "FRA", "MLI"), evs


@pytest.mark.parametrize("date, text, source, target", [
    # rockets, shells and mortars that land, fall, hit or explode on a place are the attack of
    # whoever fired them, named by "fired by" or by the rounds' own modifier
    ("2006-07-20", "Katyusha rockets fired by Hezbollah fell on Haifa on Thursday.", "LBN", "ISR"),
    ("2012-10-03", "Mortar shells fired by the Syrian army exploded near a Turkish border village.", "SYR", "TUR"),
    ("2008-02-27", "A Hamas rocket hit Ashkelon on Wednesday.", "PSE", "ISR"),
    ("2008-03-01", "Rockets fired by Hamas from Gaza landed in Ashkelon on Saturday.", "PSE", "ISR"),
])
def test_wire7_rounds_landing_are_the_firers_attack(coder, date, text, source, target):
    ev, src, tgt = _primary(coder, text, date)
    assert ev == "ASSAULT" and source in src and target in tgt, (ev, src, tgt)


@pytest.mark.parametrize("date, text, event, source, target", [
    # armed fighters storming a palace, an embassy or a compound make an armed assault; a crowd
    # storming one riots
    ("2011-09-13", "Taliban insurgents stormed the US embassy compound in Kabul.", "ASSAULT", "AFG", "USA"),
    ("2013-06-19", "Al-Shabaab gunmen stormed the parliament building in Mogadishu.", "ASSAULT", "SOM", "SOM"),
    ("2012-09-11", "Protesters stormed the US embassy in Cairo.", "PROTEST", "EGY", "USA"),
])
def test_wire7_armed_fighters_storming_a_building_attack(coder, date, text, event, source, target):
    ev, src, tgt = _primary(coder, text, date)
    assert ev == event and source in src and target in tgt, (ev, src, tgt)


def _codes(coder, text, date):
    return [e.cameo for e in coder.code(text, date=date)]


@pytest.mark.parametrize("date, text, cameo", [
    # "ordered / told X to leave" is X's expulsion, coded as "expelled X" is: an individual is
    # deported (174), diplomats are a cut in relations (161), peacekeepers withdrawn (1661)
    ("2011-02-20", "Libya ordered the Al Jazeera correspondent to leave Tripoli.", "174"),
    ("2006-11-02", "Uzbekistan ordered two American journalists to leave the country.", "174"),
    ("2007-05-10", "Moscow ordered four British diplomats to leave the country.", "161"),
    ("2005-12-06", "Eritrea told the UN peacekeepers to leave within ten days.", "1661"),
])
def test_wire7_ordered_to_leave_is_coded_as_expelled(coder, date, text, cameo):
    codes = _codes(coder, text, date)
    assert codes and codes[0] == cameo, codes


@pytest.mark.parametrize("date, text, event, source", [
    # widening, escalating or stepping up a military campaign is the campaign's act (190); only
    # readied or announced, it is a threat
    ("2008-08-10", "Russian jets intensified their bombardment of Georgian towns on Sunday.", "ASSAULT", "RUS"),
    ("2006-07-28", "Israel said it was ready to expand its ground offensive in southern Lebanon.", "THREATEN", "ISR"),
    ("2014-07-15", "The Israeli army said it was prepared to step up its air strikes on Gaza.", "THREATEN", "ISR"),
])
def test_wire7_widening_a_campaign(coder, date, text, event, source):
    ev, src, _ = _primary(coder, text, date)
    assert ev == event and source in src, (ev, src)


@pytest.mark.parametrize("date, text", [
    # the offer, call or demand someone replies or responds to is the earlier act the news
    # answers: background, not a new event (and no reply is no event either)
    ("2006-03-20", "Hamas has not replied to Abbas's call for talks."),
    ("2010-02-05", "North Korea has yet to respond to Seoul's proposal for military talks."),
    ("2012-05-05", "Damascus did not react to the Arab League's demand for a ceasefire."),
])
def test_wire7_act_answered_is_background(coder, date, text):
    assert coded(coder, text, date) == [], coded(coder, text, date)
