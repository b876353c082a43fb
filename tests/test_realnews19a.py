"""Families of misses found by helper "realnews19a" (issue #3) on real news text (Wikinews,
January-April 2019; the text stays outside the repository): a bare "X claimed responsibility"
claims the attack the story is about; a side "critical of" another criticises it; a prison
sentence or term received, got or given is the sentence passed; a passive charge with no
prosecutor named is coded from the charged people's own country, as a passive jailing is; people
who "died in" an attack, bombing or air strike are its target, its doer coded from the place.
Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source", [
    ("Al-Shabaab later claimed responsibility.", "2020-01-06", "SOMINS"),
    ("Boko Haram claimed responsibility on Monday, the group's video said.", "2018-02-26", "NGAINS"),
])
def test_realnews19a_bare_claim_is_the_attack(coder, text, date, source):
    evs = coded(coder, text, date)
    assert any(ev == "ASSAULT" and source in src for ev, _c, src, _t in evs), evs


@pytest.mark.parametrize("text, date", [
    ("No group has claimed responsibility so far.", "2020-01-06"),
    ("The Kenyan interior ministry took responsibility for the delays.", "2020-01-06"),
])
def test_realnews19a_no_claim_no_attack(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "ASSAULT" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Egyptian opposition has been sharply critical of the electoral commission.", "2018-03-20",
     "EGYOPP", "EGYGOV"),
    ("German Chancellor Angela Merkel was critical of the Russian government on Tuesday.", "2015-05-12",
     "DEUGOV", "RUSGOV"),
])
def test_realnews19a_critical_of_criticises(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


@pytest.mark.parametrize("text, date", [
    ("Three Egyptian soldiers were in critical condition on Sunday.", "2018-03-20"),
    ("The vote is critical for the future of Egypt, the minister said.", "2018-03-20"),
])
def test_realnews19a_critical_without_of_is_nothing(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Three Bahraini activists received five-year prison sentences on Monday.", "2017-07-10", "BHR", "BHROPP"),
    ("The Russian opposition leader got a three-year sentence from a Moscow court.", "2021-02-02",
     "RUSJUD", "RUSOPP"),
    ("A Moscow court gave the Ukrainian sailor a six-year prison term.", "2019-05-02", "RUSJUD", "UKR"),
])
def test_realnews19a_sentence_received_is_passed(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


@pytest.mark.parametrize("text, date", [
    ("He will receive the punishment he deserves, the Iraqi minister said.", "2019-05-02"),
    ("The jailed Russian opposition leader is serving a nine-year sentence.", "2023-05-02"),
    ("The Iraqi prime minister won a second term on Sunday.", "2019-05-02"),
])
def test_realnews19a_no_sentence_passed(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "COERCE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Four Turkish journalists were charged with terrorism on Friday.", "2017-06-09", "TUR", "TURMED"),
    ("Six British bankers were later prosecuted for fraud in a London court.", "2014-05-02", "GBR", "GBR"),
])
def test_realnews19a_passive_charge_by_own_country(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="115"), evs


def test_realnews19a_passive_charge_of_soldiers_names_no_one(coder):
    evs = coded(coder, "Two Israeli soldiers were charged with manslaughter on Sunday.", "2019-05-02")
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target, cameo", [
    ("Nine policemen died in an attack on a checkpoint in Sinai.", "2017-09-11", "EGY", "EGYCOP", "190"),
    ("Officials said eleven civilians died in the bombing of a market in Aden.", "2016-05-02", "YEM", "YEMCVL", "183"),
    ("Twelve Syrian civilians died in Russian airstrikes on Idlib.", "2019-05-02", "RUS", "SYRCVL", "195"),
])
def test_realnews19a_died_in_attack_is_its_target(coder, text, date, source, target, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("Two Afghan soldiers died in a gas explosion in Kabul.", "2019-05-02"),
    ("The former Egyptian president died in hospital in Cairo.", "2019-05-02"),
])
def test_realnews19a_died_otherwise_is_no_attack(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "ASSAULT" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Police detained two Iranian activists on Monday.", "2019-05-02", "IRNCOP", "IRN"),
    ("Police on Tuesday arrested a Pakistani opposition leader.", "2019-05-02", "PAKCOP", "PAKOPP"),
])
def test_realnews19a_countryless_police_hold_their_own(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


@pytest.mark.parametrize("text, date", [
    ("Police arrested two Chinese businessmen on Monday.", "2019-05-02"),
    ("Prosecutors charged two Russian hackers with fraud.", "2019-05-02"),
])
def test_realnews19a_countryless_agents_not_guessed_for_those_held_abroad(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev in ("COERCE", "ACCUSE") and any(s[:3] in ("CHN", "RUS") for s in src)
                   for ev, _c, src, _t in evs), evs


def test_realnews19a_official_indicted_at_home(coder):
    evs = coded(coder, "The Israeli prime minister was indicted on bribery charges on Thursday.", "2019-11-21")
    assert _has(evs, "ACCUSE", "ISR", "ISRGOV", cameo="115"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The IMF recommended that Greece cut public sector wages.", "2012-02-09", "IGOIMF", "GRC"),
    ("A UN panel recommended that Myanmar's generals be tried for genocide.", "2018-08-27", "IGOUNO", "MMR"),
])
def test_realnews19a_recommendation_to_a_side_is_an_appeal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REQUEST", source, target), evs


@pytest.mark.parametrize("text, date", [
    ("Russian President Vladimir Putin visited the injured in hospital on Tuesday.", "2018-03-27"),
    ("The French president visited flood victims in the south of the country on Tuesday.", "2018-10-16"),
])
def test_realnews19a_leader_visiting_own_people_is_no_visit(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "CONSULT" for ev, *_ in evs), evs


def test_realnews19a_visit_to_foreign_refugees_stays(coder):
    evs = coded(coder, "The German chancellor visited Syrian refugees in a camp in Jordan.", "2019-05-02")
    assert _has(evs, "CONSULT", "DEUGOV", "SYR", cameo="042"), evs


def test_realnews19a_order_across_own_country_is_no_demand(coder):
    evs = coded(coder, "The Polish interior minister ordered safety inspections of nightclubs across Poland.",
                "2019-01-05")
    assert not any(ev == "REQUEST" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date", [
    ("The US Congress approved funding for a new border barrier on Thursday.", "2019-02-14"),
    ("The Polish parliament approved extra funding for the army.", "2019-05-02"),
])
def test_realnews19a_legislature_funding_own_state_is_no_aid(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "AID" for ev, *_ in evs), evs


def test_realnews19a_legislature_aid_abroad_stays(coder):
    evs = coded(coder, "The US Congress approved new funding for Ukraine on Thursday.", "2023-05-02")
    assert _has(evs, "AID", "USA", "UKR"), evs


def test_realnews19a_court_determined_violation_accuses(coder):
    evs = coded(coder, "A US federal judge determined that the Russian firm had violated the sanctions.", "2019-02-14")
    assert _has(evs, "ACCUSE", "USA", "RUS", cameo="112"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Prime Minister Theresa May criticised the European Commission on Friday.", "2019-03-01",
     "ACCUSE", "GBR", "IGO"),
    ("British Prime Minister Theresa May thanked the Irish government for its help.", "2018-12-14",
     "SUPPORT", "GBR", "IRL"),
])
def test_realnews19a_titled_may_is_a_name_not_a_modal(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_realnews19a_modal_may_stays_hypothetical(coder):
    evs = coded(coder, "The European Union may impose new sanctions on Russia next month.", "2019-03-01")
    assert not any(ev == "SANCTION" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Chinese foreign ministry said Washington was acting like a gangster.", "2019-05-02", "CHN", "USA"),
    ('"The Kremlin is behaving like a bully," the Estonian prime minister said.', "2019-05-02", "EST", "RUS"),
])
def test_realnews19a_likened_to_a_bully_is_criticised(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


def test_realnews19a_likened_otherwise_is_nothing(coder):
    evs = coded(coder, "The young recruits behaved like veterans, the Kenyan general said.", "2019-05-02")
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs
