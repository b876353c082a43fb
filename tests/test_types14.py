"""Families of type misses fixed by helper "types14" (issue #3): diplomatic and wire wording the
coder had not seen ("put on hold", "ramped up", "walked back", "declared a halt", "unveiled a
pledge", "rolled out", "handed over", "wound down", "ordered the dissolution", "hit with
countersanctions"), parse shapes of the small model (a past-tense verb made a modifier of the
root noun, the object hung on "hold", the partner hung on the object's topic, two joined
subjects read as a modifier and its head) and labour federations as actors. One test per
cause; every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("London put on hold a consignment of missiles to Riyadh.", "2023-05-10", "GBR", "SAU"),
    ("The Dutch government put on ice the delivery of F-35 parts to Israel.", "2024-02-01", "NLD", "ISR"),
])
def test_deliveries_put_on_hold_are_cut_aid(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo_prefix="162"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Minsk ramped up its troop presence along the Polish border.", "2021-11-15", "BLR", "POL"),
    ("Seoul ramped up its military presence near the maritime border with the North.", "2020-06-12", "KOR", "PRK"),
])
def test_presence_ramped_up_is_mobilisation(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target, cameo="154"), evs


def test_threat_walked_back_is_a_concession_not_a_threat(coder):
    evs = coded(coder, "Turkish President Recep Tayyip Erdogan walked back his threat to open the gates "
                       "for migrants into Europe.", "2019-09-10")
    assert _has(evs, "CONCEDE", "TURGOV", cameo="080"), evs
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Saudi-led coalition forces announced a pause in air raids on Yemen.", "2015-04-03", "SAU", "YEM"),
    ("The ELN rebels declared a halt to attacks in Colombia during the pandemic.", "2020-03-29", "COLREB", "COL"),
])
def test_declared_halt_or_pause_is_a_truce(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", source, target, cameo="0871"), evs


def test_unveiled_pledge_of_aid_is_intent_to_give(coder):
    evs = coded(coder, "Germany unveiled a pledge of 500 million euros in aid for Moldova.", "2022-06-02")
    assert _has(evs, "AGREE", "DEU", "MDA", cameo_prefix="033"), evs


def test_sanctions_rolled_out(coder):
    evs = coded(coder, "Britain rolled out fresh sanctions on Russian oligarchs.", "2022-05-01")
    assert _has(evs, "SANCTION", "GBR", "RUS", cameo="163"), evs


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    ("India handed over 200,000 doses of Covishield vaccine to Nepal.", "2021-03-10", "AID", "IND", "NPL", "073"),
    ("Ankara handed recordings of the consulate killing to Washington.", "2018-11-20", "COOPERATE", "TUR", "USA", "064"),
])
def test_things_handed_to_a_side(coder, text, date, event, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_peacekeeping_mission_wound_down_is_a_withdrawal(coder):
    evs = coded(coder, "The UN wound down its peacekeeping mission in Congo.", "2023-07-01")
    assert _has(evs, "SANCTION", "IGOUNO", "COD", cameo="1661"), evs
    assert not _has(evs, "AID"), evs


def test_ordered_dissolution_of_a_party_is_a_ban(coder):
    evs = coded(coder, "A Thai court ordered the dissolution of the opposition Move Forward party.", "2022-11-07")
    assert _has(evs, "COERCE", "THAJUD", "THA", cameo="1722"), evs
    assert not _has(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("A Cairo court jailed opposition activist Ahmed Maher for three years.", "2016-01-20", "EGYJUD", "EGY"),
    ("A Moscow court jailed Kremlin critic Vladimir Kara-Murza on treason charges.", "2024-04-12", "RUSJUD", "RUS"),
])
def test_jailing_verb_misread_as_modifier_of_root_noun(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


def test_partner_hung_on_the_topic_noun_is_the_target(coder):
    evs = coded(coder, "Jordan shared intelligence on Islamic State's latest attacks with Iraq.", "2019-02-07")
    assert _has(evs, "COOPERATE", "JOR", "IRQ", cameo="064"), evs


def test_joined_subject_read_as_modifier_is_a_source(coder):
    evs = coded(coder, "The Ukrainian government and separatist rebels signed a prisoner exchange deal.", "2017-11-10")
    assert _has(evs, "SUPPORT", "UKRGOV", cameo="057"), evs
    assert _has(evs, "SUPPORT", "UKRREB", cameo="057"), evs


def test_countersanctions_are_sanctions(coder):
    evs = coded(coder, "Beijing hit Brussels with countersanctions on European lawmakers.", "2021-03-22")
    assert _has(evs, "SANCTION", "CHN", "IGOEEC", cameo="163"), evs


def test_labour_confederation_is_labour(coder):
    evs = coded(coder, "Argentina's biggest labour confederation held a general strike against the government.",
                "2024-01-25")
    assert _has(evs, "PROTEST", "ARGLAB", "ARGGOV", cameo="143"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Putin's visit to Ankara underlined Russia's backing for Erdogan.", "2018-04-03", "RUSGOV", "TUR"),
    ("A visit by Indian Prime Minister Narendra Modi to Washington signalled closer defence ties.", "2023-06-21", "INDGOV", "USA"),
])
def test_visit_as_subject_of_an_evidence_verb_is_a_visit(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target, cameo="042"), evs


def test_unit_speaking_is_still_no_deployment(coder):
    evs = coded(coder, "The UN peacekeeping mission in South Sudan said it was investigating the attack.", "2016-07-12")
    assert not _has(evs, "AID"), evs


@pytest.mark.parametrize("text, date, source, cameo", [
    ("NATO activated its rapid reaction force after the invasion.", "2022-02-25", "IGONAT", "154"),
    ("Beijing stepped up drills around Taiwan after the president's transit through New York.", "2023-04-08", "CHN", "150"),
    ("Moscow ramped up naval exercises near the Baltic states.", "2021-08-10", "RUS", "150"),
])
def test_forces_activated_and_drills_stepped_up_mobilise(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, cameo=cameo), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Moscow sniped at Berlin over its tank deliveries to Kyiv.", "2023-01-26", "RUS", "DEU"),
    ("Erdogan took a swipe at Paris over its arms sales to Greece.", "2021-09-30", "TURGOV", "FRA"),
])
def test_criticism_idioms_accuse(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


def test_objections_lifted_yield(coder):
    evs = coded(coder, "Hungary lifted its objections to Sweden joining NATO.", "2024-02-26")
    assert _has(evs, "CONCEDE", "HUN", "SWE", cameo="080"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Russia vetoed a US-drafted resolution on Syria.", "2017-04-12", "RUS", "USA"),
    ("Washington vetoed a Brazilian-drafted resolution on the war in Gaza.", "2023-10-18", "USA", "BRA"),
])
def test_vetoed_text_is_aimed_at_its_drafter_not_its_topic(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target, cameo="129"), evs


def test_bristling_at_criticism_disapproves_of_its_author(coder):
    evs = coded(coder, "Riyadh bristled at Ottawa's criticism of its human rights record.", "2018-08-06")
    assert _has(evs, "ACCUSE", "SAU", "CAN", cameo="110"), evs


def test_accusations_dismissed_as_baseless_are_a_denial_in_either_order(coder):
    for text in ("Hanoi dismissed as baseless the allegations by Beijing.",
                 "Hanoi dismissed the allegations by Beijing as baseless."):
        evs = coded(coder, text, "2014-05-20")
        assert not _has(evs, "ACCUSE"), (text, evs)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Clashes broke out between Indian and Chinese troops in Arunachal Pradesh.", "2022-12-12", "ASSAULT", "INDMIL", "CHNMIL"),
    ("Talks resumed between Athens and Ankara in Istanbul.", "2021-01-25", "CONSULT", "GRC", "TUR"),
])
def test_sides_of_between_hung_on_the_intransitive_verb(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_far_right_group_is_radicals_not_a_rights_group(coder):
    evs = coded(coder, "Austrian police raided a far-right group in Vienna.", "2019-03-26")
    assert any(c == "AUTRAD" for *_, tgt in evs for c in tgt), evs
    assert not any(c.startswith("NGOHRI") for *_, tgt in evs for c in tgt), evs


def test_tariffs_unveiled_are_imposed(coder):
    evs = coded(coder, "Washington unveiled steep tariffs on Canadian lumber.", "2017-04-24")
    assert _has(evs, "SANCTION", "USA", "CAN", cameo="163"), evs


def test_no_longer_abiding_by_a_deal_is_no_intent_to_cooperate(coder):
    evs = coded(coder, "Tehran said it would no longer abide by the limits of the nuclear accord.", "2020-01-05")
    assert not _has(evs, "AGREE"), evs


def test_taking_exception_disapproves(coder):
    evs = coded(coder, "Canberra took exception to remarks by the Chinese ambassador on Taiwan.", "2022-08-10")
    assert _has(evs, "ACCUSE", "AUS", "CHNGOV", cameo="110"), evs


def test_obligations_suspended_leave_the_accord(coder):
    evs = coded(coder, "Russia suspended its obligations under the Conventional Armed Forces treaty.", "2007-12-12")
    assert _has(evs, "SANCTION", "RUS", cameo="160"), evs


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    ("Brussels unveiled a new package of sanctions against Minsk.", "2021-06-24", "SANCTION", "IGOEEC", "BLR", "163"),
    ("Ottawa announced a package of weapons for Kyiv.", "2023-01-18", "AID", "CAN", "UKR", "072"),
])
def test_a_package_is_what_it_is_of(coder, text, date, event, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs
    if event == "SANCTION":
        assert not _has(evs, "AID"), evs
