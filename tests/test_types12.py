"""Families of type misses fixed by helper "types12" (issue #3): less common agency verbs and
light-verb idioms that coded a wrong type or none (scrapping an embargo, torpedoing a deal,
walking out of a pact, pinning an attack on someone, hitting back WITH strikes or sanctions,
striking a truce, strikes that flatten a building, headline "eyes talks", openness to a truce,
an ultimatum issued with demands, urging a side to normalise ties with a third). One test per
cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("The European Union scrapped its arms embargo on Uzbekistan.", "2009-10-27", "IGOEEC", "UZB"),
    ("Washington dropped sanctions on Myanmar's government.", "2016-10-07", "USA", "MMR"),
])
def test_scrapping_or_dropping_an_embargo_eases_it(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", source, target, cameo="085"), evs
    assert not _has(evs, "REJECT"), evs


@pytest.mark.parametrize("text, date, source, cameo", [
    ("Beijing torpedoed a draft resolution on North Korea at the Security Council.", "2022-05-26", "CHN", "129"),
    ("Hardliners in Tehran torpedoed the prisoner swap deal.", "2021-06-20", "IRN", "120"),
])
def test_torpedoing_a_deal_or_resolution_rejects_it(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, cameo=cameo), evs
    assert not _has(evs, "ASSAULT"), evs


def test_a_torpedo_fired_at_a_ship_stays_an_attack(coder):
    evs = coded(coder, "A North Korean submarine torpedoed a South Korean warship.", "2010-03-26")
    assert _has(evs, "ASSAULT", "PRK", "KOR"), evs


def test_walking_out_of_a_pact_leaves_it(coder):
    evs = coded(coder, "Moscow walked out of the Open Skies treaty.", "2021-06-07")
    assert _has(evs, "SANCTION", "RUS", cameo="160"), evs
    assert not _has(evs, "PROTEST"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Kyiv pinned the missile attack on the port on Russian forces.", "2023-07-20", "UKR", "RUS"),
    ("Ankara pinned the Istanbul bombing on Kurdish militants.", "2022-11-14", "TUR", "TUR"),
])
def test_pinning_a_harmful_act_on_someone_accuses_them(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_pinning_hopes_on_talks_is_no_accusation(coder):
    evs = coded(coder, "Islamabad pinned its hopes on talks with New Delhi.", "2019-03-01")
    assert not _has(evs, "ACCUSE"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Jordan hit back at Syrian smugglers with air strikes across the border.", "2022-01-27", "ASSAULT", "JOR", None),
    ("Moscow hit back at Canada with sanctions on its officials.", "2022-03-15", "SANCTION", "RUS", "CAN"),
])
def test_hitting_back_with_strikes_or_sanctions_is_the_answering_act(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    assert not _has(evs, "ACCUSE"), evs


def test_hitting_back_at_words_stays_criticism(coder):
    evs = coded(coder, "Beijing hit back at Canberra over its call for an inquiry.", "2020-04-28")
    assert _has(evs, "ACCUSE", "CHN", "AUS"), evs


@pytest.mark.parametrize("text, date", [
    ("Israel and Hamas struck a truce after eleven days of fighting.", "2021-05-20"),
    ("Kyrgyzstan and Tajikistan hammered out a ceasefire along their border.", "2022-09-16"),
])
def test_a_truce_struck_or_hammered_out_is_reached_not_an_attack(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", cameo="0871"), evs
    assert not _has(evs, "ASSAULT"), evs


def test_strikes_that_flatten_a_building_are_armed_strikes(coder):
    evs = coded(coder, "Russian strikes flattened a school in Kharkiv.", "2022-03-18")
    assert _has(evs, "ASSAULT", "RUS"), evs
    assert not _has(evs, "PROTEST"), evs


def test_flattening_the_curve_is_no_event(coder):
    assert coded(coder, "Austria managed to flatten the curve of new infections.", "2020-05-01") == []


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    # (a headline "Tokyo eyes talks" the parser reads as a noun compound is not covered)
    ("Ankara eyes new talks with Cairo.", "2021-03-12", "AGREE", "TUR", "EGY", "036"),
    ("The Egyptian president touched down in Riyadh for talks with the king.", "2022-01-01", "CONSULT", "EGY", "SAU", "042"),
    ("Washington funnelled rockets and drones to Kyiv.", "2023-03-01", "AID", "USA", "UKR", "072"),
    ("Seoul booted out a North Korean diplomat.", "2017-03-01", "SANCTION", "KOR", "PRK", "161"),
    ("Moscow laid out security demands to Washington.", "2021-12-17", "REQUEST", "RUS", "USA", "100"),
])
def test_agency_idioms_code_their_event(coder, text, date, event, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, cameo", [
    ("Pakistan put its armed forces on a war footing.", "2019-02-27", "MOBILIZE", "152"),
    ("South Africa gave up its nuclear programme in the early 1990s.", "1993-03-24", "CONCEDE", "080"),
    ("Washington ratcheted up tariffs on Canadian lumber.", "2018-01-01", "SANCTION", "163"),
    ("Beijing froze trade with Lithuania over the Taiwan office.", "2021-12-10", "SANCTION", "163"),
])
def test_phrasal_and_light_verbs_code_their_type(coder, text, date, event, cameo):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event and evs[0][1] == cameo, evs


def test_openness_to_a_truce_is_intent_to_de_escalate(coder):
    evs = coded(coder, "The Houthis said they were open to a truce with Riyadh.", "2022-03-29")
    assert _has(evs, "AGREE", "YEMREB", "SAU", cameo="0356"), evs


def test_an_ultimatum_issued_with_demands_is_a_threat(coder):
    evs = coded(coder, "Niger's junta issued an ultimatum to ECOWAS with a list of demands and a week to respond.", "2023-08-05")
    assert evs and evs[0][0] == "THREATEN", evs


def test_urging_a_side_to_normalise_ties_with_a_third_appeals_to_it(coder):
    evs = coded(coder, "Washington urged Ankara to restore relations with Yerevan.", "2009-09-01")
    assert _has(evs, "REQUEST", "USA", "TUR"), evs
    assert not _has(evs, "SUPPORT"), evs


def test_urging_others_to_back_a_third_side_still_rallies_support(coder):
    evs = coded(coder, "Warsaw urged EU leaders to grant Moldova candidate status.", "2022-06-20")
    assert _has(evs, "SUPPORT", "POL", "MDA", cameo="053"), evs


@pytest.mark.parametrize("text, date", [
    ("Scholz put pressure on Moscow over the war.", "2022-03-01"),
    ("Canberra put the emphasis on the war in Europe.", "2022-03-01"),
])
def test_a_war_named_after_put_on_is_no_war_footing(coder, text, date):
    assert not _has(coded(coder, text, date), "MOBILIZE"), coded(coder, text, date)


@pytest.mark.parametrize("text, date, event, cameo", [
    ("A court in Minsk handed down a prison term to the opposition leader.", "2021-12-14", "COERCE", "173"),
    ("Israeli warplanes staged combat patrols over southern Lebanon.", "2024-01-10", "MOBILIZE", "150"),
    ("Ottawa tore into Beijing over the detention of its citizens.", "2019-01-15", "ACCUSE", "111"),
    ("Modi and Biden traded views on Ukraine during a call.", "2022-04-11", "CONSULT", "040"),
])
def test_more_phrasal_verbs_code_their_type(coder, text, date, event, cameo):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event and evs[0][1] == cameo, evs


@pytest.mark.parametrize("text, date", [
    ("Jerusalem held off retaliating against Tehran after talks with Washington.", "2024-04-16"),
    ("Berlin put off sending Taurus missiles to Kyiv.", "2023-10-05"),
])
def test_an_act_held_or_put_off_is_not_done(coder, text, date):
    evs = coded(coder, text, date)
    assert not _has(evs, "ASSAULT") and not _has(evs, "AID"), evs


@pytest.mark.parametrize("text, date, event, cameo", [
    ("Sudanese protesters flooded the streets of Khartoum after the coup.", "2021-10-30", "PROTEST", "141"),
    ("Zimbabwean riot police clubbed protesters in Harare.", "2019-01-16", "COERCE", "175"),
    ("Iran unleashed a wave of drones on Israel.", "2024-04-14", "ASSAULT", "190"),
    ("Taliban fighters swarmed into Kunduz.", "2015-09-28", "ASSAULT", "190"),
    ("Brussels granted London a six-month extension to its departure date.", "2019-04-11", "CONCEDE", "080"),
    ("Beijing threw cold water on the French peace proposal.", "2023-04-10", "REJECT", "120"),
])
def test_street_and_battle_idioms_code_their_type(coder, text, date, event, cameo):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event and evs[0][1] == cameo, evs


@pytest.mark.parametrize("text, date", [
    ("Tourists swarmed into the old town of Dubrovnik.", "2019-08-01"),
    ("The carmaker unleashed a wave of new models.", "2019-08-01"),
])
def test_the_idioms_need_their_political_frame(coder, text, date):
    assert coded(coder, text, date) == []


def test_a_time_limit_to_act_stays_an_ultimatum(coder):
    evs = coded(coder, "Riyadh gave Doha ten days to comply with its demands.", "2017-06-23")
    assert _has(evs, "THREATEN", "SAU", "QAT", cameo="139"), evs


@pytest.mark.parametrize("text, date, event, cameo", [
    ("Washington and Seoul called off their joint military exercises.", "2018-06-19", "RETREAT", "087"),
    ("Slovakia handed over fighter jets to Ukraine.", "2023-04-17", "AID", "072"),
    ("Britain stepped up military aid to Kyiv.", "2023-01-14", "AID", "072"),
    ("Armenia and Azerbaijan recommitted to the truce in Karabakh.", "2020-10-17", "AGREE", "0356"),
    ("The last French troops flew out of Mali.", "2022-08-15", "RETREAT", "0874"),
])
def test_de_escalation_and_aid_idioms_code_their_type(coder, text, date, event, cameo):
    evs = coded(coder, text, date)
    assert evs and evs[0][0] == event and evs[0][1] == cameo, evs


def test_holding_joint_drills_is_still_cooperation(coder):
    evs = coded(coder, "Russia and China held joint naval exercises in the Sea of Japan.", "2023-07-20")
    assert _has(evs, "COOPERATE", cameo="062"), evs
