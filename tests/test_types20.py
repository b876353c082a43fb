"""Families of type misses found by helper "types20" (issue #3) on fresh sentences that name events
in less common wording:

- missing phrasal-verb and idiom senses, coded as their plain equivalents: "inked a truce" and
  "rubber-stamped the accord" (057), "beefed up its contingent" (154), "massed in the streets" and
  "formed a human chain" (141), "did away with the state of emergency" (0814), "lifted its block on"
  (081), "unwound sanctions" (085), "traded prisoners" (0841), "joined the war games" (062), "sat
  out the election" (143), "threw out the agreement" (127), "parachuted weapons to" (072), "poured
  food into" (073), "suspended its observer mission" (1662), "swept into" a town (190), "lobbed
  missiles into the sea" (150), "lifted its alert level to" (152), "was on the phone with" (041),
  "pulled the plug on the internet" (1721), "put its arsenal beyond use" (0873), "sought a UN
  resolution" (022);
- the wrong sense chosen: "clamped down on exports" restricts trade (163), not repression; "held
  out the prospect of talks" offers them (036), it holds none; "sent a ritual offering" to a shrine
  is no aid;
- intent, threat and modality misread: "gave an undertaking to X" is intent (03x); "vowed to keep
  ships from passing" and "could choke off exports" threaten (1381, 1312); "raised the spectre of a
  nuclear strike on X" threatens it, the raiser being the doer; "would not rule out force / a
  military option" threatens force; "in defiance of the court" is defiance (128) by the subject of
  the verb the phrase hangs on, even through its object.

Every sentence is written for this file, none is taken from the types20 set or any corpus file."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Sudan's army and the rebels inked a truce in Juba on Sunday.", "2020-10-04", "SUPPORT", "SDN", None),
    ("Montenegro's parliament rubber-stamped the border agreement with Kosovo.", "2018-03-21", "SUPPORT", "MNE", "XKX"),
    ("Turkey beefed up its forces along the Syrian border.", "2015-07-25", "MOBILIZE", "TUR", None),
    ("Thousands of Armenians massed in the streets of Yerevan.", "2018-04-22", "PROTEST", "ARM", None),
    ("Catalan students formed a human chain around the regional parliament.", "2017-09-28", "PROTEST", "ESP", None),
    ("The Thai government did away with the state of emergency in Bangkok.", "2010-12-21", "CONCEDE", "THA", None),
    ("Pakistan lifted its block on YouTube after three years.", "2016-01-18", "CONCEDE", "PAK", None),
    ("Washington unwound its sanctions on Myanmar.", "2016-10-07", "RETREAT", "USA", "MMR"),
    ("India and Pakistan traded prisoners at the Wagah border crossing.", "2008-03-03", "RETREAT", "IND", None),
    ("Belarusian troops joined Russia's war games near the Polish border.", "2021-09-10", "COOPERATE", "BLR", None),
    ("The main opposition party sat out Venezuela's parliamentary vote.", "2005-12-04", "PROTEST", "VEN", None),
    ("Iraqi lawmakers threw out the security agreement with the United States.", "2008-11-20", "REJECT", "IRQ", "USA"),
    ("Britain parachuted rifles to the Albanian guerrillas.", "1999-05-02", "AID", "GBR", None),
    ("Turkey poured food and blankets into quake-hit Syria.", "2023-02-10", "AID", "TUR", "SYR"),
    ("The European Union suspended its observer mission in Georgia.", "2009-06-15", "SANCTION", "IGO", "GEO"),
    ("Ethiopian troops swept into the Somali capital Mogadishu.", "2006-12-28", "ASSAULT", "ETH", "SOM"),
    ("North Korea lobbed three missiles into the sea off its east coast.", "2016-09-05", "MOBILIZE", "PRK", None),
    ("Israel lifted its alert level to the highest on the northern border.", "2006-07-13", "MOBILIZE", "ISR", None),
    ("Narendra Modi was on the phone with Vladimir Putin for half an hour.", "2022-02-24", "CONSULT", "IND", "RUS"),
    ("Iran's government pulled the plug on the internet as protests spread.", "2019-11-17", "COERCE", "IRN", None),
    ("The Basque group ETA put its arsenal beyond use, the monitors said.", "2005-09-20", "RETREAT", "ESP", None),
    ("Washington sought a UN resolution condemning the North Korean launch.", "2017-07-05", "REQUEST", "USA", None),
])
def test_types20_phrasal_and_idiom_senses(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Beijing clamped down on exports of gallium to Japan.", "2023-07-03", "SANCTION", "163", "CHN", "JPN"),
    ("Cuba held out the prospect of talks with Washington on migration.", "2015-01-10", "AGREE", "036", "CUB", "USA"),
])
def test_types20_sense_chosen_by_the_object(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo)
    assert not _has(evs, "COERCE") and not _has(evs, "CONSULT")


def test_types20_ritual_offering_is_no_aid(coder):
    evs = coded(coder, "The South Korean president sent a ritual offering to the national cemetery.", "2020-06-06")
    assert not _has(evs, "AID")


@pytest.mark.parametrize("text, date, event, cameo_prefix, source, target", [
    ("Serbia gave an undertaking to hand over the fugitive generals to the tribunal.", "2005-04-01",
     "AGREE", "03", "SRB", None),
    ("The Houthis vowed to keep oil tankers from passing through the Bab el-Mandeb strait.", "2024-01-10",
     "THREATEN", "1381", "YEM", None),
    ("Moscow warned it could choke off gas supplies to Moldova.", "2022-10-20",
     "THREATEN", "13", "RUS", "MDA"),
    ("Pakistan raised the spectre of a nuclear strike on India.", "2019-08-30", "THREATEN", "1385", "PAK", "IND"),
    ("Barack Obama said he would not rule out a military option against Iran.", "2012-03-04",
     "THREATEN", "138", "USA", "IRN"),
    ("Iraqi Kurdish leaders held their independence vote in defiance of Baghdad.", "2017-09-25",
     "REJECT", "128", "IRQ", None),
    ("Scotland's government pressed ahead with its referendum bill in defiance of the UK Supreme Court.",
     "2022-06-28", "REJECT", "128", "GBR", None),
])
def test_types20_intent_threat_and_defiance(coder, text, date, event, cameo_prefix, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo_prefix=cameo_prefix)


def test_types20_raising_a_spectre_needs_an_act(coder):
    # the raiser is the doer only of a hostile act: a recession is nobody's act
    assert coded(coder, "Economists raised the spectre of a recession in Italy.", "2019-02-01") == []


@pytest.mark.parametrize("text, date, source, target", [
    ("Italy offered to send 200 soldiers to Niger to train its army.", "2018-01-17", "ITA", "NER"),
    ("Fiji offered to deploy troops to the UN force in the Golan Heights.", "2013-06-20", "FJI", None),
])
def test_types20_forces_offered_abroad_are_help_not_a_threat(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "AGREE", source, target, cameo="0334")
    assert not _has(evs, "THREATEN")


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Pyongyang shut the door on talks with Seoul.", "2016-02-11", "REJECT", "125", "PRK", "KOR"),
    ("Russia wound down its military exercises near the Ukrainian border.", "2021-04-23", "RETREAT", "087", "RUS", None),
])
def test_types20_doors_shut_and_drills_wound_down(coder, text, date, event, cameo, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo=cameo)


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Pakistan turned a senior al-Qaeda operative over to the United States.", "2003-03-04",
     "COOPERATE", "063", "PAK", "USA"),
    ("Egypt's military rulers relaxed the ban on political rallies.", "2011-09-20", "CONCEDE", "081", "EGY", None),
    ("Vietnam signed up to the Trans-Pacific trade pact.", "2016-02-04", "SUPPORT", "057", "VNM", None),
])
def test_types20_handed_over_relaxed_signed_up(coder, text, date, event, cameo, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo=cameo)


def test_types20_a_place_turned_over_is_no_judicial_cooperation(coder):
    evs = coded(coder, "Government troops turned over the town to the rebels.", "2012-04-01")
    assert not _has(evs, "COOPERATE")


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Damascus opened the door to UN weapons inspectors.", "2013-08-25", "RETREAT", "0862", "SYR", "IGO"),
    ("Russia and the United States revived their arms control treaty for five more years.", "2021-02-03",
     "SUPPORT", "057", None, None),
    ("Ankara would not countenance a Kurdish state on its southern border.", "2017-09-25", "REJECT", "120", "TUR", None),
])
def test_types20_door_opened_accord_revived_refusal(coder, text, date, event, cameo, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo=cameo)


def test_types20_a_door_opened_to_sanctions_is_only_a_way(coder):
    assert not _has(coded(coder, "The vote opened the door to sanctions against Belarus.", "2020-10-02"), "RETREAT")
