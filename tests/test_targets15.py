"""Families of target and source misses fixed by helper "targets15" (force, security and protest
news; issue #3). One parametrised test per cause; every sentence is written for this file, none is
taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    # victims killed "in fighting/clashes with" a side: that side did it to them
    ("Four Armenian soldiers were killed in clashes with Azerbaijani troops overnight.", "2021-11-16", "AZEMIL", "ARMMIL"),
    ("Two Thai rangers were killed in fighting with Cambodian soldiers near the temple.", "2011-02-05", "KHMMIL", "THA"),
])
def test_killed_in_fighting_with_a_side(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # fighting that "broke out"/"erupted" has its sides in the "between" phrase, also when the
    # parser hangs it on the verb's place
    ("Clashes broke out between Indian and Chinese troops on the Sikkim frontier.", "2017-06-16", "INDMIL", "CHNMIL"),
    ("Fighting erupted near the airport between Libyan government forces and Haftar's troops.", "2019-04-07", "LBYMIL", None),
])
def test_fighting_breaking_out_between_two_sides(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a body named as the compound of a building is where the building's place phrase puts it
    ("Saudi warplanes struck the parliament building in Sanaa.", "2015-09-10", "SAUMIL", "YEMLEG"),
    # the tagger's place span "Mykolaiv's" keeps the possessive ending
    ("Russian missiles destroyed the regional administration building in Mykolaiv's central square.", "2022-03-29", "RUS", "UKRGOV"),
])
def test_institution_building_in_a_named_place(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_coordinated_offensive_by_one_side_is_an_attack(coder):
    evs = coded(coder, "The rebel alliance launched a coordinated offensive against army bases in Shan state.", "2023-10-28")
    assert _has(evs, "ASSAULT", None, None, cameo="190"), evs
    assert not _has(evs, "COOPERATE"), evs


def test_joint_operation_of_two_sides_stays_cooperation(coder):
    evs = coded(coder, "Kenyan and Somali troops launched a joint operation against al-Shabaab in Jubaland.", "2012-09-28")
    assert _has(evs, "COOPERATE", None, None, cameo="062"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "after being VBN": done to the clause's own subject
    ("A Kenyan journalist was freed on bail after being arrested by Kenyan police in Nairobi.", "2019-03-04", "KENCOP", "KENMED"),
    ("The Turkish reporter left prison after being detained by Turkish police for a year.", "2018-02-16", "TURCOP", "TURMED"),
])
def test_after_being_done_to_the_subject(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an attack told without a doer, and the side the sentence blames for it
    ("Two oil tankers were attacked near the Strait of Hormuz, and Washington blamed Iran.", "2019-06-13", "IRN", None),
    ("A police convoy was ambushed near Tillaberi, and Niamey blamed jihadists.", "2021-03-15", "NER", None),
])
def test_attack_blamed_on_a_side(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an airliner is civilian business, not the air force's as a bare "plane" is
    ("A Ukrainian airliner was shot down by Iranian troops after take-off.", "2020-01-08", "IRNMIL", "UKRBUS"),
    ("Russian troops fired on a Ukrainian passenger plane near Kyiv.", "2022-02-26", "RUSMIL", "UKRBUS"),
])
def test_airliners_are_civilian(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "X were killed when Y attacked": Y is the doer of the killing
    ("Six Nigerien soldiers were killed when jihadists attacked their patrol near Tillaberi.", "2020-01-09", "NER", "NERMIL"),
    ("Eight Pakistani soldiers were killed when Taliban militants ambushed their convoy in Waziristan.", "2022-11-30", "PAKINS", "PAKMIL"),
])
def test_killed_when_a_side_attacked(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(e[0] == "ASSAULT" and e[2] and e[2][0].startswith(source) and target in e[3] for e in evs), evs
    assert not any(e[0] == "ASSAULT" and target in e[3] and e[2] and e[2][0] == source[:3] for e in evs), evs


def test_flight_of_a_named_airline(coder):
    evs = coded(coder, "American Airlines Flight 77 was hijacked by al-Qaeda operatives.", "2001-09-11")
    assert _has(evs, "ASSAULT", "IMGINS", "USA", cameo="181"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # those who "died in" / "were wounded in" a violent act are its target
    ("Nine Iraqi soldiers died in a Turkish drone strike near Sinjar.", "2021-08-17", "TUR", "IRQMIL"),
    ("Two Lebanese soldiers died in an Israeli air strike on their post.", "2024-10-13", "ISR", "LBNMIL"),
])
def test_died_in_a_violent_act(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "killed in an al-Shabaab bombing": the act's own name modifier is the doer
    ("Six Kenyan soldiers were killed in an al-Shabaab ambush in Lamu.", "2020-01-05", "SOMINS", "KENMIL"),
    ("Eleven Nigerian soldiers were killed in a Boko Haram raid on their base.", "2019-03-21", "NGAINS", "NGAMIL"),
])
def test_killed_in_a_named_groups_attack(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_armed_men_on_a_march_are_no_rioters(coder):
    evs = coded(coder, "Rebel fighters shot down two army helicopters during their march on the capital.", "2023-06-24")
    assert not _has(evs, "PROTEST"), evs


def test_charging_into_a_crowd_is_physical(coder):
    evs = coded(coder, "Mounted police charged into the crowd of marchers in Harare.", "2016-08-26")
    assert not _has(evs, "ACCUSE"), evs
    assert _has(evs, "ASSAULT", "ZWECOP", None) or _has(evs, "COERCE", "ZWECOP", None), evs


@pytest.mark.parametrize("text, date", [
    # "Brussels" before a site is the city, even where the EU is named
    ("Gunmen opened fire at Brussels airport, EU officials said.", "2016-03-22"),
    ("A bomb exploded on the Brussels metro during the EU summit.", "2016-03-22"),
])
def test_brussels_site_is_the_city(coder, text, date):
    evs = coded(coder, text, date)
    assert not any("IGOEEC" in e[3] for e in evs), evs


@pytest.mark.parametrize("text, date, target", [
    # "a Catholic church" is a church of the place, not the Catholic Church itself
    ("Gunmen set fire to a Catholic church in Kaduna.", "2018-04-24", "NGAREL"),
    ("Militants bombed a Catholic church in Jolo.", "2019-01-27", "PHLREL"),
])
def test_indefinite_kind_is_no_org_name(coder, text, date, target):
    evs = coded(coder, text, date)
    assert any(target in e[3] for e in evs), evs
    assert not any("VATREL" in e[3] for e in evs), evs


def test_lightning_strike_is_no_labour_strike(coder):
    evs = coded(coder, "Lightning strikes started hundreds of bushfires across New South Wales.", "2019-12-10")
    assert not _has(evs, "PROTEST"), evs


@pytest.mark.parametrize("text, date, target", [
    # the possessor place named by its demonym owns the site hit
    ("Saudi jets bombed the Yemeni capital's main airport.", "2015-04-28", "YEM"),
    ("Russian drones struck the Ukrainian capital's water supply.", "2022-10-31", "UKR"),
])
def test_site_of_a_capital_named_by_its_demonym(coder, text, date, target):
    evs = coded(coder, text, date)
    assert any(e[0] == "ASSAULT" and any(t.startswith(target) for t in e[3]) for e in evs), evs


@pytest.mark.parametrize("text, date, target", [
    # people killed by strikes "on" a place are its people, not the attacker's
    ("Russian missile strikes on Dnipro killed eight people.", "2024-06-28", "UKRCVL"),
    ("Israeli air strikes on Khan Younis killed 20 people.", "2024-07-22", "PSECVL"),
])
def test_victims_of_strikes_on_a_place(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", None, target), evs


def test_blamed_side_beats_a_guessed_weapon_owner(coder):
    # the drones' country is only guessed from the place they hit; the sentence blames Kyiv
    evs = coded(coder, "Drones hit an oil depot near Moscow overnight, and the Kremlin blamed Kyiv.", "2024-09-01")
    assert _has(evs, "ASSAULT", "UKR", None), evs


@pytest.mark.parametrize("text, date, source, target", [
    # ship prefixes name the navy: USS the US Navy, HMS the Royal Navy
    ("Iranian speedboats harassed the USS Thomas Hudner in the Gulf.", "2023-05-02", None, "USAMIL"),
    ("Houthi rebels fired a missile at HMS Diamond in the Red Sea.", "2024-01-09", "YEMREB", "GBRMIL"),
    # "blew a hole in" a ship is a bombing of it
    ("Suicide bombers in a dinghy blew a hole in the USS Cole off Aden.", "2000-10-12", None, "USAMIL"),
])
def test_ship_prefixes_name_the_navy(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(target in e[3] and (source is None or source in e[2]) for e in evs), evs


def test_act_avenged_against_its_doer_is_told_in_passing(coder):
    evs = coded(coder, "Seoul vowed to retaliate against Pyongyang for its artillery barrage.", "2010-11-24")
    assert _has(evs, "THREATEN", "KOR", "PRK"), evs
    assert not any(e[0] == "ASSAULT" and "KOR" in e[2] for e in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # police raiding an embassy or a church coerce its owner (170), as a raid on an office or home
    ("Bolivian police raided the Argentine embassy in La Paz.", "2019-12-20", "BOLCOP", "ARGGOV"),
    ("Chinese police raided a church in Chengdu.", "2018-12-09", "CHNCOP", "CHNREL"),
])
def test_police_raid_on_an_embassy_or_church(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="170"), evs
