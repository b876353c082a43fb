"""Constructions labelled more than one way in the corpus, settled by helper "conventions26" (session
26) as corpus/README.md's labelling rules now say: a lawsuit announced or planned is a threat (130),
one filed is 115; "expressed concern over" codes nothing (012 has no PLOVER type); talks told by
phone are 041 whatever the verb; a side evacuating its own citizens, diplomats or staff gives no aid;
expelling diplomats is 161, a veto 129, summoning an ambassador 114. Every sentence is written for
this file, none is taken from a gold or fresh set."""
from conftest import coded_full as coded, has_full_event as _has


def test_conventions26_would_sue_is_a_threat(coder):
    evs = coded(coder, "ByteDance said it would sue the US government over the order banning TikTok.", "2020-08-08")
    assert _has(evs, "THREATEN", "CHN", "USA", cameo="130"), evs
    assert not _has(evs, "ACCUSE", "CHN", "USA", cameo="115"), evs


def test_conventions26_plans_to_sue_is_a_threat(coder):
    evs = coded(coder, "Mexico plans to sue American gun makers over the flow of weapons across the border.",
                "2021-07-30")
    assert _has(evs, "THREATEN", "MEX", cameo="130"), evs


def test_conventions26_lawsuit_filed_stays_115(coder):
    evs = coded(coder, "Mexico sued American gun manufacturers in a federal court in Boston.", "2021-08-04")
    assert _has(evs, "ACCUSE", "MEX", cameo="115"), evs


def test_conventions26_expressed_concern_codes_nothing(coder):
    evs = coded(coder, "Beijing expressed concern over the growing tensions on the Korean peninsula.", "2017-08-10")
    assert evs == [], evs


def test_conventions26_discussed_in_a_phone_call_is_041(coder):
    evs = coded(coder, "Indian Prime Minister Narendra Modi discussed the situation in Afghanistan in a telephone "
                       "call with Russian President Vladimir Putin.", "2021-08-24")
    assert _has(evs, "CONSULT", "IND", "RUS", cameo="041"), evs


def test_conventions26_discussed_in_a_capital_stays_040(coder):
    evs = coded(coder, "Olaf Scholz discussed energy supplies with Emmanuel Macron in Paris.", "2022-10-26")
    assert _has(evs, "CONSULT", "DEU", "FRA", cameo="040"), evs


def test_conventions26_evacuating_own_diplomats_is_no_aid(coder):
    evs = coded(coder, "Canada evacuated its diplomats from Khartoum on Sunday.", "2023-04-23")
    assert not _has(evs, "AID"), evs


def test_conventions26_evacuating_wounded_civilians_is_aid(coder):
    evs = coded(coder, "Jordanian army helicopters evacuated wounded civilians from the border town to hospitals "
                       "in Amman.", "2018-07-05")
    assert _has(evs, "AID", "JOR", cameo="073"), evs


def test_conventions26_expelling_diplomats_is_161(coder):
    evs = coded(coder, "Estonia expelled a Russian diplomat accused of espionage.", "2022-01-20")
    assert _has(evs, "SANCTION", "EST", "RUS", cameo="161"), evs


def test_conventions26_veto_is_129(coder):
    evs = coded(coder, "Hungary vetoed the EU statement on China.", "2021-04-16")
    assert _has(evs, "REJECT", "HUN", cameo="129"), evs


def test_conventions26_summoned_ambassador_is_114(coder):
    evs = coded(coder, "Lithuania summoned the Belarusian ambassador over the migrant crossings.", "2021-07-10")
    assert _has(evs, "ACCUSE", "LTU", "BLR", cameo="114"), evs


def test_conventions26_agentless_bomb_is_unidentified_attackers(coder):
    evs = coded(coder, "A roadside bomb killed four policemen in Afghanistan's Helmand province.", "2012-03-14")
    assert _has(evs, "ASSAULT", "AFGUAF", "AFG"), evs
    assert not any(src == ["AFG"] for _, _, src, _ in evs), evs


def test_conventions26_named_attacker_keeps_its_code(coder):
    evs = coded(coder, "Taliban fighters killed four policemen in Afghanistan's Helmand province.", "2012-03-14")
    assert not any(c.endswith("UAF") for _, _, src, _ in evs for c in src), evs


def test_conventions26_evacuating_own_citizens_codes_nothing(coder):
    # was a case of test_targets3's own-instruments test (RUS -> SDN aid) before the convention
    evs = coded(coder, "Russia evacuated its citizens from Sudan.", "2005-06-01")
    assert not _has(evs, "AID"), evs


def test_conventions26_stray_missile_is_no_army_of_the_place(coder):
    evs = coded(coder, "A rocket landed in a village in northern Israel, killing two farm workers.", "2024-03-04")
    assert _has(evs, "ASSAULT", "ISRUAF"), evs
    assert not any(c == "ISRMIL" for _, _, src, _ in evs for c in src), evs


def test_conventions26_owned_missiles_keep_their_army(coder):
    evs = coded(coder, "Russian missiles struck power stations across Ukraine.", "2022-10-10")
    assert _has(evs, "ASSAULT", "RUSMIL", "UKR"), evs
