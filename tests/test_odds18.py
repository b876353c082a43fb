"""Families of misses found by helper "odds18" (issue #3), from the session 18 closing note: bare
"Democrats"/"Republicans" take their country from the sentence as lawmakers (the lanes code US
party members in Congress USALEG), also mid-sentence where the tagger calls the plural a proper
noun; a survived or escaped attack with no doer named is an attack by unidentified attackers of
the survivor's country (the corpus codes unclaimed gunmen COUNTRY+UAF); a town named by an
ordinary word (Central, Independence, Mission) needs its country named in the article; a reduced
relative the parser reads as the verb's clause ("detained journalists gathered outside") gives the
object back to a verb that acts on one; money poured into a thing aids no one; a decree annulled
is revoked; a plan to destabilise is a hostile plan a speaker accuses; "our country" in a
speaker's words is the speaker's; a barred act's object does not lend a home court its country;
"in October last year" is the October of the year before. Every sentence is written for this
file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, target", [
    ("Republicans accused President Joe Biden of ignoring the border.", "2022-12-20", "ACCUSE", "USAGOV"),
    ("Democrats criticized former President Donald Trump for inciting the riot.", "2021-02-09", "ACCUSE", "USA"),
])
def test_odds18_bare_party_members_are_lawmakers(coder, text, date, event, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, "USALEG", target), evs


def test_odds18_party_plural_mid_sentence(coder):
    evs = coded(coder, "A bloc of conservative Republicans refused to back Kevin McCarthy for speaker.", "2023-01-05")
    assert _has(evs, "REJECT", "USALEG"), evs


def test_odds18_party_without_context_is_not_american(coder):
    evs = coded(coder, "Democrats won the most seats in the German election.", "2021-09-27")
    assert not any(c.startswith("USA") for _, _, src, tgt in evs for c in src + tgt), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Afghan Vice President Abdul Rashid Dostum survived a suicide attack at Kabul airport.", "2018-04-14",
     "AFGUAF", "AFGGOV"),
    ("Nigerian governor Babagana Zulum escaped unhurt from an ambush near Baga.", "2023-03-01", "NGAUAF", "NGA"),
])
def test_odds18_survived_attack_without_doer(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs


def test_odds18_survived_illness_is_no_attack(coder):
    assert coded(coder, "The senator survived a bout of pneumonia.", "2023-03-01") == []


def test_odds18_common_word_town_needs_its_country(coder):
    evs = coded(coder, "Police arrested pro-democracy protesters in Central on Sunday, Hong Kong officials said.",
                "2019-10-06")
    assert _has(evs, "COERCE", "HKGCOP", "HKG"), evs
    assert not any(c.startswith("USA") for _, _, src, tgt in evs for c in src + tgt), evs
    evs = coded(coder, "Police in Independence, Missouri, arrested two men.", "2019-10-06")
    assert _has(evs, "COERCE", "USACOP"), evs


def test_odds18_reduced_relative_object(coder):
    evs = coded(coder, "Belarusian police detained journalists gathered outside the courthouse.", "2021-09-10")
    assert _has(evs, "COERCE", "BLRCOP", "BLR", cameo="173"), evs
    evs = coded(coder, "Belarusian police said journalists gathered outside the courthouse.", "2021-09-10")
    assert not any(cm == "173" for _, cm, *_ in evs), evs


def test_odds18_money_into_things_is_no_aid(coder):
    assert not any(ev == "AID" for ev, *_ in coded(coder, "Qatar poured billions of dollars into new stadiums.",
                                                    "2022-06-01"))
    evs = coded(coder, "Qatar poured millions of dollars into Gaza.", "2022-06-01")
    assert _has(evs, "AID", "QAT", "PSE"), evs


def test_odds18_annulled_decree_is_revoked(coder):
    evs = coded(coder, "The military government in Niger annulled the decree.", "2023-05-12")
    assert _has(evs, "CONCEDE", "NER", cameo="080"), evs


def test_odds18_plan_to_destabilise_is_accused(coder):
    evs = coded(coder, "Moldovan President Maia Sandu said Moscow was planning to destabilise the country.",
                "2024-02-10")
    assert _has(evs, "ACCUSE", "MDA", "RUS", cameo="112"), evs


def test_odds18_our_country_is_the_speakers(coder):
    evs = coded(coder, '"Russia is bombing our country," the Ukrainian foreign minister said.', "2022-03-03")
    assert _has(evs, "ASSAULT", "RUS", "UKR"), evs


def test_odds18_barred_act_object_keeps_home_court(coder):
    evs = coded(coder, "A federal judge barred the administration from deporting Salvadoran migrants.", "2025-04-10")
    assert evs and evs[0][2] == ["USAJUD"] and evs[0][3] == ["USAGOV"], evs


def test_odds18_month_last_year_is_background(coder):
    evs = coded(coder, "Israeli troops raided Tulkarm, where gunmen ambushed soldiers in October last year.",
                "2024-11-20")
    assert _has(evs, "ASSAULT", "ISRMIL"), evs
    assert not any(src and src[0].startswith("PSE") or "ISRMIL" in tgt for _, _, src, tgt in evs), evs


def test_odds18_month_last_year_resolves_to_previous_year():
    from tacitus.extract import dates
    r = dates.resolve("in October last year", "2024-11-20")
    assert (r.start.isoformat(), r.end.isoformat()) == ("2023-10-01", "2023-10-31")
    r = dates.resolve("in October", "2024-11-20")
    assert r.start.isoformat() == "2024-10-01"


def test_odds18_attempt_to_undermine_is_accused(coder):
    evs = coded(coder, "Armenia said Azerbaijan was trying to undermine the peace talks.", "2023-05-02")
    assert _has(evs, "ACCUSE", "ARM", "AZE", cameo="112"), evs
    evs = coded(coder, "Kyiv said Russian troops were trying to capture Avdiivka.", "2023-10-20")
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


def test_odds18_scheme_by_a_side_is_accused(coder):
    evs = coded(coder, "Tehran said the new sanctions were an attempt by Washington to starve Iranians.", "2019-06-25")
    assert _has(evs, "ACCUSE", "IRN", "USA", cameo="112"), evs
    evs = coded(coder, "Kyiv said the loan was an effort by Washington to help Ukraine.", "2023-06-01")
    assert not any(ev == "ACCUSE" for ev, *_ in evs), evs


def test_odds18_weapon_subject_victims_home(coder):
    evs = coded(coder, "A car bomb killed four Colombian soldiers near their base.", "2022-03-14")
    assert _has(evs, "ASSAULT", "COL", "COLMIL"), evs
