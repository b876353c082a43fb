"""Families of misses found by helper "realnews18a" (issue #3) on real news text: a passive arrest
or sentence with no jailer and no place is coded to the country of the people held; a violent
act attributed or ascribed to a side accuses it; holding an official in contempt accuses him; an
airline's permit suspended is an administrative sanction; questioning a leader's authority is
disapproval; "called X 'lousy'" (the label read as an adjective after the object) is criticism, not
a phone call; "allies such as Japan" stands for the countries named; a court ruling that a
side's law or practice is unconstitutional accuses that side; saying a side are the suspected
perpetrators accuses it; condemnation that "came from" a side is that side's; sides that "could not
agree on" something refused nothing; a cameraman is media; "dozens of Ukrainian soldiers died in a
Russian attack" has the soldiers as target. Every sentence is
written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("Two Belarusian journalists were jailed on Sunday.", "2021-05-23", "BLR", "BLRMED"),
    ("Two Turkish journalists were sentenced to five years in prison on Thursday.", "2018-04-26", "TUR", "TURMED"),
])
def test_realnews18a_passive_jailing_by_own_country(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


@pytest.mark.parametrize("text, date", [
    ("A Russian soldier was captured on Sunday.", "2022-05-01"),
    ("Imran Khan, who had been ousted in a no-confidence vote in April 2022, was back in court on Thursday.",
     "2023-05-11"),
])
def test_realnews18a_no_own_jailer_for_soldiers_or_relative_clauses(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "COERCE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Afghan government attributed the bombing to the Haqqani network.", "2017-06-01", "AFGGOV", "AFG"),
    ("Colombia's president ascribed the car bombing to ELN rebels.", "2019-01-18", "COLGOV", "COLREB"),
])
def test_realnews18a_attributed_attack_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_realnews18a_attributed_rise_is_no_event(coder):
    assert coded(coder, "Economists attributed the rise in prices to the drought.", "2022-08-01") == []


def test_realnews18a_held_in_contempt_accuses(coder):
    evs = coded(coder, "The Indian parliament held the Finance Minister in contempt.", "2012-03-01")
    assert _has(evs, "ACCUSE", "INDLEG", "INDGOV", cameo="112"), evs


def test_realnews18a_suspended_permit(coder):
    evs = coded(coder, "Germany suspended the permit of the Iranian airline.", "2019-01-21")
    assert _has(evs, "COERCE", "DEU", "IRNBUS", cameo_prefix="172"), evs


def test_realnews18a_aviation_agency_is_government(coder):
    evs = coded(coder, "The Russian aviation agency suspended the licence of a Georgian airline.", "2019-07-08")
    assert _has(evs, "COERCE", "RUSGOV", "GEOBUS", cameo_prefix="172"), evs


def test_realnews18a_questioned_authority_disapproves(coder):
    evs = coded(coder, "Democratic senators questioned President Trump's authority to declare an emergency.",
                "2019-02-16")
    assert _has(evs, "ACCUSE", "USALEG", "USAGOV", cameo="110"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ('Labour leader Jeremy Corbyn called Theresa May\'s Brexit plan "reckless" on Tuesday.', "2019-01-15",
     "GBR", "GBRGOV"),
    ('The Kremlin called the British accusations "absurd".', "2018-03-13", "RUSGOV", "GBR"),
])
def test_realnews18a_called_quoted_adjective_criticises(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs
    assert not any(ev == "CONSULT" for ev, *_ in evs), evs


def test_realnews18a_called_praise_is_no_phone_call(coder):
    evs = coded(coder, 'Merkel called the agreement "historic".', "2019-06-01")
    assert not any(ev == "CONSULT" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Washington has been urging allies such as Japan to restrict Huawei operations.", "2019-05-20", "USA", "JPN"),
    ("The EU criticized several member states, including Hungary and Poland, over the rule of law.",
     "2018-09-12", "IGOEEC", "HUN"),
])
def test_realnews18a_such_as_names_the_countries(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(src and src[0].startswith(source) and target in tgt for _, _, src, tgt in evs), evs


def test_realnews18a_including_company_keeps_country(coder):
    evs = coded(coder, "India banned dozens of Chinese-made apps including TikTok.", "2020-06-29")
    assert _has(evs, "SANCTION", "IND", "CHN"), evs
    assert not any("CHNBUS" in tgt for _, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("A German court ruled the German government's surveillance law is unconstitutional.", "2020-05-19",
     "DEUJUD", "DEUGOV"),
    ("A federal judge in Ohio ruled the United States government's practice of holding migrant children "
     "in detention is unconstitutional.", "2019-03-12", "USAJUD", "USAGOV"),
])
def test_realnews18a_ruled_unconstitutional_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Nigerian army said Boko Haram fighters are the suspected perpetrators.", "2019-02-10", "NGAMIL", "NGA"),
    ("The Kenyan police said al-Shabaab was the prime suspect in the attack.", "2019-01-16", "KENCOP", "SOMINS"),
])
def test_realnews18a_suspected_perpetrators_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Condemnation came swiftly from the African Union.", "2021-10-26", "IGOAFU"),
    ("Words of condemnation have come from the Arab League and the Jordanian government.", "2017-05-27",
     "IGOARL"),
])
def test_realnews18a_condemnation_came_from(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, cameo="111"), evs


@pytest.mark.parametrize("text, date", [
    ("Israel and Hamas could not agree on a ceasefire.", "2014-07-20"),
    ("Federal agencies stayed shut since the White House and Congress could not agree about funding.",
     "2018-12-28"),
])
def test_realnews18a_sides_that_could_not_agree_refused_nothing(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "REJECT" for ev, *_ in evs), evs


def test_realnews18a_could_not_agree_to_a_plan_is_refusal(coder):
    evs = coded(coder, "Serbia could not agree to the EU plan.", "2013-04-10")
    assert _has(evs, "REJECT", "SRB", "IGOEEC"), evs


def test_realnews18a_cameraman_is_media(coder):
    evs = coded(coder, "A bombing killed a Syrian cameraman in Idlib.", "2019-01-30")
    assert _has(evs, "ASSAULT", "SYR", "SYRMED"), evs


def test_realnews18a_businessman_gets_no_own_jailer(coder):
    evs = coded(coder, "A Chinese businessman was detained on Monday.", "2019-03-01")
    assert not any(src for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Dozens of Ukrainian soldiers died in a Russian attack.", "2023-02-01", "RUS", "UKRMIL"),
    ("Hundreds of Syrian civilians died in a Russian air strike.", "2016-10-01", "RUS", "SYRCVL"),
])
def test_realnews18a_counted_victims_of_attack_noun(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
