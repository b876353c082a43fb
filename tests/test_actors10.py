"""Actor families fixed by helper "actors10" (issue #3). Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event


@pytest.mark.parametrize("text, date, event, source, target", [
    # "Taliban" fighters placed in Pakistan by their own "in" phrase are Pakistan's Taliban
    ("Taliban fighters in Bajaur ambushed a police patrol.", "2011-06-01", "ASSAULT", "PAKINS", "PAKCOP"),
    ("Taliban militants in South Waziristan attacked a Frontier Corps fort.", "2008-01-16", "ASSAULT", "PAKINS", "PAK"),
    ("Pakistani jets pounded Taliban hideouts in the Swat valley.", "2009-05-10", "ASSAULT", "PAKMIL", "PAKINS"),
    # the Afghan movement stays Afghan
    ("Taliban gunmen in Kandahar killed two district officials.", "2010-04-20", "ASSAULT", "AFGINS", "AFG"),
])
def test_taliban_of_the_place_they_are_in(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


def test_taliban_envoys_abroad_stay_afghan(coder):
    # a delegation in Islamabad is visiting: no Pakistani movement
    evs = coded(coder, "A Taliban delegation in Islamabad held talks with Pakistani ministers.", "2021-11-11")
    assert evs and all(not any(c.startswith("PAK") for c in src) for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # craft and shooters named as the doer are the forces'
    ("Iranian speedboats harassed a US Navy destroyer in the Gulf.", "2016-01-08", None, "IRNMIL", "USA"),
    ("Israeli snipers killed three Palestinians near the Gaza fence.", "2018-04-06", None, "ISRMIL", "PSE"),
    ("A Russian armoured column shelled villages north of Kyiv.", "2022-03-03", "ASSAULT", "RUSMIL", None),
])
def test_craft_and_shooters_are_the_forces(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert any((event is None or ev == event) and any(c.startswith(source) for c in src)
               and (target is None or any(c.startswith(target) for c in tgt)) for ev, _, src, tgt in evs), evs


def test_owned_ship_is_no_navy(coder):
    # a bare "ship" stays unlisted: a Greek-owned ship is Greece's, not its navy
    evs = coded(coder, "Houthi fighters fired a missile at a Greek-owned ship in the Red Sea.", "2024-02-20")
    assert evs and not any(c.endswith("MIL") for _, _, _, tgt in evs for c in tgt), evs


@pytest.mark.parametrize("text, date, event", [
    ("The Gulf states severed diplomatic relations with Qatar over its ties to Iran.", "2017-06-05", "SANCTION"),
    ("Gulf Arab states restored full relations with Qatar at a summit in al-Ula.", "2021-01-05", None),
])
def test_group_member_acted_on_is_the_target(coder, text, date, event):
    evs = coded(coder, text, date)
    hit = [e for e in evs if (event is None or e[0] == event) and "QAT" in e[3]]
    assert hit and all("QAT" not in src and "SAU" in src for _, _, src, _ in hit), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("The Nordic countries condemned Russia over the poisoning of an opposition leader.", "2020-09-03", "ACCUSE", "NOR", "RUS"),
    ("The Central Asian states condemned the attack on the Kyrgyz border post.", "2022-09-16", "ACCUSE", "UZB", None),
])
def test_fixed_groups_of_states(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # regional bodies the tables lacked; UEMOA's "Union" is no labour union
    ("The West African Economic and Monetary Union suspended Guinea after the coup.", "2021-09-10", "SANCTION", "IGOUEM", "GIN"),
    ("The Organization of Turkic States welcomed Azerbaijan's victory.", "2020-11-12", "SUPPORT", "IGOOTS", "AZE"),
    ("The Andean Community urged Peru's Congress to respect the constitution.", "2022-12-08", "REQUEST", "IGOAND", "PER"),
    ("The Sahel G5 force killed 20 jihadists near the Niger border.", "2018-03-05", "ASSAULT", "IGOSHL", None),
])
def test_regional_bodies(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # office-holders before the office news knows them by
    ("Kassym-Jomart Tokayev met the speaker of Russia's Federation Council in Astana.", "2015-06-04", "CONSULT", "KAZLEG", "RUS"),
    ("Emmerson Mnangagwa met Chinese officials in Beijing.", "2016-03-10", "CONSULT", "ZWEGOV", "CHN"),
    ("Felix Tshisekedi accused the electoral commission of delaying the vote.", "2017-11-06", "ACCUSE", "CODOPP", "COD"),
    ("Javier Milei accused the central bank of printing money.", "2022-09-01", "ACCUSE", "ARGOPP", "ARG"),
    ("Felix Tshisekedi accused M23 rebels of massacring civilians.", "2022-12-05", "ACCUSE", "CODGOV", "COD"),
])
def test_office_holders_before_office(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, event, source=source, target=target), evs


@pytest.mark.parametrize("date, code", [("1990-03-12", "SLVREB"), ("2014-03-12", "SLVPTY")])
def test_fmln_guerrillas_then_party(coder, date, code):
    evs = coded(coder, "The FMLN accused the government of fraud.", date)
    assert has_full_event(evs, "ACCUSE", source=code), evs


@pytest.mark.parametrize("text, date", [
    ("Pakistan tested an atomic bomb in the Chagai hills.", "1998-05-28"),
    ("North Korea tested a new warhead.", "2016-09-09"),
])
def test_tested_bomb_is_shown_force(coder, text, date):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "MOBILIZE", cameo="150"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a local office is of the town its own "of" phrase names, not of the country it accuses
    ("The mayor of Odesa accused Russia of bombing the port.", "2023-07-20", "UKRGOV", "RUS"),
    ("The mayor of Kano accused Niger of letting smugglers cross the border.", "2019-09-02", "NGAGOV", "NER"),
])
def test_local_office_of_its_town(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source, target=target), evs


@pytest.mark.parametrize("text, date, source", [
    # leaders of less-covered countries the tables lacked, by their office at the date
    ("Navin Ramgoolam accused India of interfering in the Chagos talks.", "2025-01-15", "MUSGOV"),
    ("Pravind Jugnauth accused Britain of colonial behaviour over the Chagos Islands.", "2019-02-26", "MUSGOV"),
    ("Anura Kumara Dissanayake accused the Rajapaksa family of looting the country.", "2022-04-10", "LKAOPP"),
])
def test_leaders_by_office_at_date(coder, text, date, source):
    evs = coded(coder, text, date)
    assert has_full_event(evs, "ACCUSE", source=source), evs


@pytest.mark.parametrize("text, date, source, target", [
    # leaders named without a title, of countries the tables had no one for
    ("Mohamed Muizzu asked India to withdraw its military personnel.", "2024-01-14", "MDVGOV", "IND"),
    ("Andrew Holness urged Haiti's politicians to agree on a transition.", "2024-03-11", "JAMGOV", "HTI"),
    ("James Marape accused Australia of neglecting Bougainville.", "2022-03-01", "PNGGOV", None),
])
def test_untitled_leaders_of_small_states(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(any(c.startswith(source) for c in src) and (target is None or any(c.startswith(target) for c in tgt))
               for _, _, src, tgt in evs), evs
