"""Families of type misses fixed by helper "types15" (issue #3): news idioms and phrasal verbs
with no row ("pulled the plug on", "came under fire from", "set ablaze", "threw in the towel",
"drew a red line", "showed off", "hauled out", "gave the green light to", "went on a rampage",
"flew into its airspace"), light rows that end in a preposition ("took part in talks"), a light
verb's dative as the target ("handed Qatar a list of demands") and presence rows that missed
their "on the border" phrase. One test per cause; every sentence is written for this file, none
is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Canada pulled the plug on its military support for the Nigerian army.", "2021-03-02",
     "SANCTION", "1622", "CAN", "NGA"),
    ("Tokyo pulled the plug on a planned summit with Seoul.", "2019-08-20", "SANCTION", "160", "JPN", "KOR"),
])
def test_pulling_the_plug_stops_support_or_a_summit(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs
    assert not _has(evs, "SUPPORT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Malawi received maize and medicine from Zambia after the cyclone.", "2023-03-20", "ZMB", "MWI"),
    ("Bolivia received vaccines from Argentina.", "2021-05-11", "ARG", "BOL"),
])
def test_relief_received_from_a_giver_is_its_aid(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AID", source, target, cameo="073"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Israel came under fire from the United Nations for expanding settlements.", "2016-12-23", "IGOUNO", "ISR"),
    ("Kenya's police chief came under fire from Amnesty International over the deaths of protesters.",
     "2023-07-20", "NGOAMN", "KENCOP"),
])
def test_coming_under_fire_for_something_is_the_critics_rebuke(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


def test_coming_under_armed_fire_is_no_rebuke(coder):
    evs = coded(coder, "Malian soldiers came under fire from jihadists near Gao.", "2022-01-10")
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Gunmen set ablaze a police station in Anambra state.", "2021-05-04", "COERCE", "1712", "NGA", None),
    ("Peru's interior minister threw in the towel after a week of protests.", "2020-11-14", "CONCEDE", "080", "PER", None),
    ("Seoul drew a red line on Pyongyang's nuclear tests.", "2016-09-12", "THREATEN", "138", "KOR", "PRK"),
    ("Pakistan showed off a new cruise missile at a parade in Islamabad.", "2023-03-23", "MOBILIZE", "150", "PAK", None),
    ("Riot police hauled opposition leader Bobi Wine out of his car in Kampala.", "2020-11-18", "COERCE", "173", "UGACOP", "UGA"),
    ("Demonstrators shut down the main port of Chittagong.", "2022-12-10", "PROTEST", "144", "BGD", None),
    ("The Ivorian army flooded the streets of Abidjan with armoured vehicles.", "2011-02-25", "MOBILIZE", "150", "CIV", None),
    ("Thai and Cambodian troops disengaged along the disputed border.", "2011-07-19", "RETREAT", "087", None, None),
    ("Japanese coast guard ships blasted a Chinese trawler with water cannon.", "2010-09-08", "COERCE", "171", "JPN", "CHN"),
])
def test_news_idioms_carry_their_event(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Venezuelan diplomats took part in talks with Colombia in Havana.", "2022-10-04", "CONSULT", "046", "VEN", "COL"),
    ("Thousands of Georgians took part in a rally against the government in Tbilisi.", "2023-03-09", "PROTEST", "141", "GEO", "GEO"),
    ("Serbian officials participated in negotiations with Kosovo in Brussels.", "2023-02-27", "CONSULT", "046", "SRB", "XKX"),
])
def test_light_rows_ending_in_in_carry_the_phrase_nouns_event(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_refusing_to_join_anothers_operation_is_aimed_at_its_leader(coder):
    evs = coded(coder, "Brazil refused to take part in the US-led naval mission in the Red Sea.", "2024-01-05")
    assert _has(evs, "REJECT", "BRA", "USA"), evs
    assert not _has(evs, "REJECT", "BRA", "YEM"), evs


def test_a_light_verbs_dative_is_the_target(coder):
    evs = coded(coder, "Egypt handed Sudan a list of demands over the border crossing.", "2020-05-05")
    assert _has(evs, "REQUEST", "EGY", "SDN", cameo_prefix="10"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Lisbon withdrew its backing for the Angolan president.", "1999-03-03", "SANCTION", "160", "PRT", "AGO"),
    ("Joe Biden called off planned air strikes on Syria.", "2021-02-20", "RETREAT", "087", "USA", "SYR"),
    ("Seoul struck Tokyo off its list of preferred trading partners.", "2019-08-12", "SANCTION", "163", "KOR", "JPN"),
    ("Turkish jets hit Kurdish militant positions in northern Iraq.", "2022-04-18", "ASSAULT", "195", "TUR", None),
    ("Kosovo severed trade links with Serbia.", "2018-11-21", "SANCTION", "161", "XKX", "SRB"),
    ("Georgia's government shelved an association agreement with the European Union.", "2024-11-28", "SANCTION", "160", "GEO", "IGOEEC"),
    ("Italy came out in favour of Albania's bid to join the European Union.", "2014-06-24", "SUPPORT", "051", "ITA", "ALB"),
    ("Oslo gave the green light for the delivery of air defence systems to Kyiv.", "2022-12-01", "AID", "070", "NOR", "UKR"),
    ("Congress approved new weapons for Israel.", "2024-04-23", "AID", "072", "USA", "ISR"),
    ("Kosovo applied to join the Council of Europe.", "2022-05-12", "REQUEST", "022", "XKX", None),
])
def test_wire_phrases_for_support_sanctions_and_aid(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_unions_that_bring_a_country_to_a_standstill_strike(coder):
    evs = coded(coder, "Nigerian unions brought the country to a standstill over fuel prices.", "2012-01-09")
    assert _has(evs, "PROTEST", "NGA", cameo="143"), evs


def test_gunmen_on_a_rampage_kill_at_random(coder):
    evs = coded(coder, "Gunmen went on a rampage in Kaduna state, killing 30 villagers.", "2019-03-12")
    assert _has(evs, "ASSAULT", "NGA", "NGA", cameo="180"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Russian warplanes flew into Swedish airspace over Gotland.", "2024-03-02", "RUS", "SWE"),
    ("Chinese bombers flew into South Korea's air defence zone.", "2019-07-23", "CHN", "KOR"),
])
def test_warplanes_flying_into_airspace_show_force(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target, cameo="150"), evs
    assert not _has(evs, "AID"), evs


def test_a_presence_scaled_back_on_a_border_is_aimed_across_it(coder):
    evs = coded(coder, "Armenia scaled back its military presence on the border with Azerbaijan after "
                       "Moscow voiced concern.", "2023-05-02")
    assert _has(evs, "RETREAT", "ARM", "AZE", cameo_prefix="087"), evs


def test_commitments_scaled_back_leave_the_accord_in_part(coder):
    evs = coded(coder, "Tehran scaled back its commitments under the 2015 accord.", "2019-07-07")
    assert _has(evs, "SANCTION", "IRN", cameo="160"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Emmanuel Macron hosted Kenya's president at the Elysee Palace.", "2023-06-22", "FRAGOV", "KENGOV"),
    ("Joe Biden welcomed Kenya's president at the White House.", "2024-05-23", "USAGOV", "KENGOV"),
])
def test_a_possessor_outranks_an_at_venue(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target, cameo="043"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The IMF extended emergency financing to Egypt.", "2020-05-11", "IGOIMF", "EGY"),
    ("The Asian Development Bank extended an emergency loan to Sri Lanka.", "2022-06-02", None, "LKA"),
])
def test_emergency_financing_extended_is_aid_not_a_state_of_emergency(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AID", source, target, cameo="071"), evs
    assert not _has(evs, "COERCE"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Riot police teargassed students in Lagos.", "2020-10-12", "NGACOP", "NGA"),
    ("Police gassed demonstrators outside the parliament in Belgrade.", "2020-07-08", "SRBCOP", "SRB"),
])
def test_police_gassing_a_crowd_is_repression_not_chemical_war(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="175"), evs
    assert not _has(evs, "ASSAULT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Azerbaijan vowed not to attack Armenia.", "2023-10-05", "AZE", "ARM"),
    ("Pakistan pledged not to strike Indian military bases.", "2019-03-01", "PAK", "IND"),
])
def test_a_vow_not_to_attack_is_no_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert not _has(evs, "THREATEN"), evs
    assert _has(evs, "AGREE", source, target, cameo="0356"), evs


def test_a_vow_never_to_let_something_in_is_a_refusal(coder):
    evs = coded(coder, "Nicaragua's president vowed never to let foreign aid into the country.", "2018-07-10")
    assert _has(evs, "REJECT", "NICGOV", cameo_prefix="124"), evs
    assert not _has(evs, "AGREE"), evs
