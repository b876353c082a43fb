"""Families of event-type misses found by helper "types24" (issue #3) on fresh sentences that probe
the boundaries between neighbouring PLOVER types:

- THREATEN vs ACCUSE: a warning that a named other side is preparing or plotting a hostile act
  ("warned that Ukraine was preparing a provocation") accuses that side (112), as "said" does, and
  so does a warning of what another named side would or could do ("warned that Russia could invade
  Ukraine"); the speaker's own warnings ("warned it would retaliate", "warned that Kyiv would pay a
  price") stay threats;
- THREATEN vs AGREE: vowing or pledging firm, resolute or overwhelming action or measures, military
  action, or action against a side, is a hostile promise (13x), not an intent to cooperate (030);
  action taken against a side coerces it (170);
- asking a side to accept a truce is an appeal or demand to de-escalate (0256/1056);
- AGREE vs RETREAT: accepting a truce is agreeing to it (0356), not declaring one (0871);
- CONSULT: a meeting held "at the end of" a visit is still a meeting ('meet end' is "met his end");
- MOBILIZE vs AID: troops one side sends abroad for drills or exercises mobilise (154), they keep
  no peace (074);
- AID: relief teams arriving or flying in "carrying" relief goods give humanitarian aid (073), as
  does housing or accommodation provided;
- RETREAT: "an exchange of prisoners between X and Y" is the swap (0841) named with 'of';
- SANCTION: a charge d'affaires recalled is an envoy recalled (161); a part in talks suspended
  halts negotiations (164);
- COERCE vs ASSAULT: a raid by police coerces (170), as the corpus labels police raids, unless it kills.

Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Moscow warned that Kyiv was preparing a false-flag chemical attack in the Donbas.", "2022-03-10",
     "ACCUSE", "RUS", "UKR"),
    ("Azerbaijan's foreign ministry warned that Armenia was planning to attack its positions in Lachin.",
     "2023-08-15", "ACCUSE", "AZE", "ARM"),
    ("Tokyo cautioned that Pyongyang was preparing another nuclear test.", "2022-06-07", "ACCUSE", "JPN", "PRK"),
])
def test_types24_warning_of_another_sides_plan_accuses(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo="112")
    assert not any(ev == "THREATEN" for ev, *_ in evs)


def test_types24_own_warning_stays_a_threat(coder):
    evs = coded(coder, "Tehran warned Washington that it would retaliate against any strike.", "2020-01-05")
    assert _has(evs, "THREATEN", "IRN", "USA")


@pytest.mark.parametrize("text, date, source, target", [
    ("China vowed to take resolute measures if the Taiwanese leader met the US House speaker.", "2023-04-04",
     "CHN", "TWN"),
    ("Pyongyang pledged to take overwhelming action against the joint drills.", "2024-08-19", "PRK", None),
    ("Ankara said it would take military action against Kurdish fighters in northern Syria.", "2022-11-21",
     "TUR", None),
])
def test_types24_vowed_firm_action_threatens(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target)
    assert not any(ev == "AGREE" for ev, *_ in evs)


def test_types24_accepted_truce_is_agreeing_to_it(coder):
    evs = coded(coder, "The Sudanese army accepted a truce proposed by Saudi Arabia and the United States.", "2023-05-21")
    assert _has(evs, "AGREE", "SDN", cameo="0356")
    assert not any(cm == "0871" for _, cm, *_ in evs)


def test_types24_meeting_at_the_end_of_a_visit(coder):
    evs = coded(coder, "Macron met Xi Jinping in Guangzhou at the end of a three-day state visit.", "2023-04-07")
    assert _has(evs, "CONSULT", "FRA", "CHN")


def test_types24_met_his_end_is_no_meeting(coder):
    assert not coded(coder, "The old warlord met his end in a hospital bed.", "2019-02-01")


def test_types24_troops_arriving_for_drills_mobilise(coder):
    evs = coded(coder, "Chinese troops arrived in Serbia for joint exercises with the Serbian army.", "2019-10-15")
    assert _has(evs, "MOBILIZE", "CHN")
    assert not any(ev == "AID" for ev, *_ in evs)


def test_types24_troops_arriving_abroad_still_keep_the_peace(coder):
    evs = coded(coder, "Rwandan troops arrived in Mozambique's Cabo Delgado province.", "2021-07-10")
    assert _has(evs, "AID", "RWA", "MOZ", cameo="074")


def test_types24_relief_carried_by_participle(coder):
    evs = coded(coder, "Algerian rescue teams arrived in Libya carrying blankets and tents.", "2023-09-13")
    assert _has(evs, "AID", "DZA", "LBY", cameo="073")


def test_types24_exchange_of_prisoners(coder):
    evs = coded(coder, "An exchange of prisoners between Armenia and Azerbaijan took place at the border on Wednesday.",
                "2024-01-10")
    assert _has(evs, "RETREAT", cameo="0841")


def test_types24_charge_daffaires_recalled(coder):
    evs = coded(coder, "Honduras recalled its charge d'affaires from Tel Aviv over the war in Gaza.", "2023-11-03")
    assert _has(evs, "SANCTION", "HND", cameo="161")


def test_types24_part_in_talks_suspended_halts_negotiations(coder):
    evs = coded(coder, "The Ethiopian government froze its participation in the African Union-led negotiations.", "2021-03-02")
    assert _has(evs, "SANCTION", "ETH", cameo="164")


def test_types24_part_in_an_accord_suspended_stays_reduced_relations(coder):
    evs = coded(coder, "Moscow suspended its participation in the New START treaty.", "2023-02-21")
    assert _has(evs, "SANCTION", "RUS", cameo="160")


def test_types24_vowed_action_against_a_side_threatens_and_taken_coerces(coder):
    evs = coded(coder, "Manila vowed to take action against Chinese vessels swarming the reef.", "2021-03-25")
    assert _has(evs, "THREATEN", "PHL", "CHN")
    evs = coded(coder, "Indonesia took action against Vietnamese trawlers fishing off the Natuna islands.", "2019-05-04")
    assert _has(evs, "COERCE", "IDN", "VNM")


def test_types24_appeal_to_accept_a_truce(coder):
    evs = coded(coder, "Qatar urged Israel and Hamas to accept a new truce.", "2024-05-06")
    assert _has(evs, "REQUEST", "QAT", "ISR", cameo="0256")


def test_types24_police_raid_coerces(coder):
    evs = coded(coder, "Italian police carried out dawn raids on a mafia clan's hideouts near Naples.", "2023-01-16")
    assert _has(evs, "COERCE", "ITA", cameo="170")
    assert not any(ev == "ASSAULT" for ev, *_ in evs)


def test_types24_troops_raid_stays_an_assault(coder):
    evs = coded(coder, "Israeli troops raided the Jenin refugee camp before dawn.", "2023-07-03")
    assert _has(evs, "ASSAULT", "ISR")


def test_types24_housing_given_is_shelter(coder):
    evs = coded(coder, "Moldova provided temporary housing to thousands of refugees from Ukraine.", "2022-03-04")
    assert _has(evs, "AID", "MDA", cameo="073")


@pytest.mark.parametrize("text, date, source, target", [
    ("Britain warned that Russia could launch an invasion of Ukraine within weeks.", "2022-01-30", "GBR", "RUS"),
    ("Manila cautioned that Chinese ships would try to blockade the reef again.", "2023-08-09", "PHL", "CHN"),
])
def test_types24_warning_of_what_another_side_would_do_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112")
    assert not any(ev == "THREATEN" for ev, *_ in evs)


@pytest.mark.parametrize("text, date, source, target", [
    ("Moscow warned that Kyiv would pay dearly for the drone strikes.", "2023-05-30", "RUS", "UKR"),
    ("Erdogan warned that Turkey would launch a ground operation against Kurdish militants.", "2022-11-22", "TUR", None),
])
def test_types24_warning_of_own_side_or_a_price_to_pay_threatens(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target)
