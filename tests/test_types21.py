"""Families of event-type misses found by helper "types21" (issue #3) on 210 fresh sentences probing
the commonest type confusions (ASSAULT vs COERCE, COERCE vs ACCUSE, ACCUSE vs ASSAULT, COERCE vs
SANCTION, CONCEDE vs RETREAT, THREATEN vs AGREE):

- wrong sense chosen, repression read as an assault: soldiers firing *into* a crowd, a sit-in or
  march broken up, and the dead of a clause whose "as they dispersed ..." clause tells the
  repression are violent repression (175), not a military attack (190);
- wrong sense chosen the other way: a refugee camp or a camp of armed men raided or stormed is an
  armed assault (190), not a protest camp cleared (175); villages set on fire by a force are
  attacked (190), as "torched villages" already was;
- intent mis-read: an armed act vowed, pledged or promised ("vowed a crushing counteroffensive") is
  a threat (138), not an intent to cooperate (030);
- missing senses: troops that disengage, return to their bases or are flown out pull back (087,
  0874); homes knocked down are destroyed (1712); control seized of a named newspaper ("La Prensa,
  the country's oldest newspaper") is property seized (1711), not territory occupied (192);
- SANCTION vs COERCE: a UN mission's spokesman expelled is one person deported (174), not the
  mission withdrawn (166);
- intent and yielding: "agreed with X to settle" is an undertaking (030) as "agreed to settle"; a
  reform or overhaul shelved or put on hold is given up (080), as a law is;
- assault read as coercion: an armed group (rebels, militants, fighters) seizing a place occupies it
  (192), seizing people or a craft takes hostages or hijacks (181); a state's seizure stays 171;
- no event: the dead counted by a participle of a clause whose subject is an accident ("a gas
  explosion tore through a market, killing twelve") were killed by no actor.

Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Iran's Revolutionary Guards vowed a crushing counteroffensive against Israel.", "2024-10-02", "IRN", "ISR"),
    ("Pakistan's army pledged a swift counterattack if India crossed the Line of Control.", "2019-02-27",
     "PAK", "IND"),
])
def test_types21_vowed_armed_act_is_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo="138")
    assert not _has(evs, "AGREE")


@pytest.mark.parametrize("text, date, source", [
    ("Kenyan police fired into a crowd of protesters outside parliament in Nairobi.", "2024-06-25", "KEN"),
    ("Thai police broke up a sit-in outside Government House in Bangkok.", "2020-10-15", "THA"),
    ("Sudanese troops killed dozens of people as they dispersed a sit-in in Khartoum.", "2019-06-03", "SDN"),
])
def test_types21_repression_is_not_an_assault(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, cameo="175")
    assert not _has(evs, "ASSAULT")


@pytest.mark.parametrize("text, date, source", [
    ("Turkish commandos raided a PKK training camp in northern Iraq.", "2021-04-24", "TUR"),
    ("Israeli forces stormed the Nur Shams refugee camp near Tulkarm.", "2023-10-19", "ISR"),
    ("Ethiopian soldiers set fire to villages in western Tigray.", "2021-01-15", "ETH"),
])
def test_types21_armed_raid_on_a_camp_or_village_is_an_assault(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, cameo="190")
    assert not _has(evs, "COERCE")


@pytest.mark.parametrize("text, date, source", [
    ("Israeli and Syrian forces began to disengage on the Golan front.", "1974-06-10", "ISR"),
    ("Sergei Shoigu ordered the troops taking part in the drills to return to their bases.", "2021-04-22", "RUS"),
    ("Britain flew its last troops out of Kabul.", "2021-08-28", "GBR"),
])
def test_types21_troops_pulled_back(coder, text, date, source):
    assert _has(coded(coder, text, date), "RETREAT", source)


@pytest.mark.parametrize("text, date, source, cameo", [
    ("Indian authorities knocked down the homes of Muslim protesters in Prayagraj.", "2022-06-12", "IND", "1712"),
    ("Nicaraguan police seized control of La Prensa, the country's oldest newspaper.", "2021-08-13", "NIC", "1711"),
    ("Mali expelled Olivier Salgado, the spokesman of the UN mission.", "2022-07-20", "MLI", "174"),
])
def test_types21_property_and_persons_are_coerced(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, cameo=cameo)
    assert not _has(evs, "ASSAULT") and not _has(evs, "SANCTION")


def test_types21_accident_toll_in_a_participle_is_no_event(coder):
    # the dead counted by a participle of a clause whose subject is an accident ('a gas explosion')
    evs = coded(coder, "A gas explosion tore through a market in Dhaka, killing twelve people.", "2021-06-28")
    assert evs == []


@pytest.mark.parametrize("text, date, event, source", [
    ("Greece agreed with North Macedonia to settle their dispute over the name.", "2018-06-12", "AGREE", "GRC"),
    ("Emmanuel Macron shelved his pension overhaul after weeks of strikes.", "2020-03-16", "CONCEDE", "FRA"),
])
def test_types21_undertaking_and_shelved_reform(coder, text, date, event, source):
    assert _has(coded(coder, text, date), event, source)


@pytest.mark.parametrize("text, date, source, cameo", [
    ("Jihadist fighters seized the town of Menaka in north-eastern Mali.", "2023-04-10", "MLI", "192"),
    ("Al-Shabaab militants seized a police station in central Somalia.", "2019-01-02", "SOM", "192"),
    ("Boko Haram insurgents seized a bus near Maiduguri.", "2015-02-10", "NGA", "181"),
])
def test_types21_armed_group_seizure_is_an_assault(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, cameo=cameo)
    assert not _has(evs, "COERCE")
