"""Families of misses found by helper "realnews18b" (issue #3) on real news text of late 2019: a
court finding that an act is unlawful accuses the act's owner; a passive act of violence against an
official or a state force with no doer and no place named is coded from the victim's country;
seconding a call backs it and heckling, booing or shouting at an official is dissent; a country's
"Department of X" keeps its country and a district attorney's office is a prosecutor; a quoted
"I"/"we" after "wrote"/"tweeted"/"responded" is the writer; ordering one's own staff to act is the
act; going ahead with an inquiry holds it; a passive arrest the police report is theirs. Every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("A Kenyan court ruled that the government's ban on street protests was unconstitutional.", "2020-03-12",
     "KENJUD", "KENGOV"),
    ("Britain's Supreme Court found that the home secretary's deportation plan was unlawful.", "2019-09-24",
     "GBRJUD", "GBRGOV"),
    ("A Pakistani court ruled that the army chief's extension of his term was illegal.", "2019-11-28",
     "PAKJUD", "PAKMIL"),
])
def test_realnews18b_court_finds_act_unlawful(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


def test_realnews18b_court_finds_unowned_act_unlawful(coder):
    evs = coded(coder, "The Israeli Supreme Court found the new law to be unconstitutional.", "2024-01-01")
    assert _has(evs, "ACCUSE", "ISRJUD", cameo="112"), evs


def test_realnews18b_lawful_finding_is_no_accusation(coder):
    evs = coded(coder, "A Polish court ruled that the government's ban on the march was legal.", "2018-11-08")
    assert not _has(evs, "ACCUSE", "POLJUD"), evs


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Nigeria's information minister was stabbed on Tuesday.", "2021-05-04", "182", "NGA", "NGAGOV"),
    ("Two Colombian soldiers were killed on Sunday.", "2020-07-05", "190", "COL", "COLMIL"),
])
def test_realnews18b_passive_harm_to_officials_coded_from_victim_country(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo=cameo), evs


def test_realnews18b_passive_harm_to_civilians_without_place_stays_uncoded(coder):
    assert coded(coder, "Three Peruvian farmers were killed on Thursday.", "2020-01-09") == []


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("French President Emmanuel Macron seconded Merkel's proposal for a summit.", "2019-05-02",
     "SUPPORT", "051", "FRAGOV", "DEUGOV"),
    ("Taiwanese opposition lawmakers heckled President Tsai Ing-wen during her address.", "2019-05-20",
     "PROTEST", "140", "TWN", "TWNGOV"),
    ("Venezuelan opposition deputies shouted at Nicolas Maduro in the assembly.", "2019-01-10",
     "PROTEST", "140", "VEN", "VENGOV"),
])
def test_realnews18b_second_heckle_shout_at(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("The US Department of Agriculture imposed new tariffs on Mexican tomatoes.", "2019-05-07",
     "SANCTION", "USAGOV", "MEX"),
    ("The Queens district attorney's office is investigating two city councillors.", "2019-05-07",
     "ACCUSE", "USAJUD", None),
])
def test_realnews18b_department_and_district_attorney(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date", [
    ("Venezuela's foreign minister wrote on Twitter: \"I strongly condemn the new US sanctions.\"", "2019-08-06"),
    ("Venezuela's foreign minister tweeted: \"We reject the new US sanctions.\"", "2019-08-06"),
])
def test_realnews18b_quoted_self_after_writing_verb(coder, text, date):
    evs = coded(coder, text, date)
    assert any(ev in ("ACCUSE", "REJECT") and "VENGOV" in src and any(t.startswith("USA") for t in tgt)
               for ev, _, src, tgt in evs), evs


def test_realnews18b_ordered_own_staff_is_own_act(coder):
    evs = coded(coder, "Putin ordered his aides to suspend talks with Japan.", "2019-02-01")
    assert _has(evs, "SANCTION", "RUSGOV", "JPN"), evs
    assert not _has(evs, "REQUEST", "RUSGOV"), evs


def test_realnews18b_pressing_ahead_with_investigation(coder):
    evs = coded(coder, "Brazil's Congress pressed ahead with an investigation into President Jair Bolsonaro.",
                "2021-05-01")
    assert _has(evs, "ACCUSE", "BRALEG", "BRAGOV", cameo="090"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Kenyan police said two militants were arrested near Garissa.", "2019-06-03", "KENCOP", "KENINS"),
    ("Egypt's interior ministry said forty Muslim Brotherhood members were detained.", "2015-01-26",
     "EGYGOV", "EGYOPP"),
])
def test_realnews18b_passive_arrest_reported_by_police(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo_prefix="17"), evs


def test_realnews18b_passive_arrest_reported_by_ngo_stays_uncoded(coder):
    evs = coded(coder, "Human Rights Watch said twenty activists were arrested.", "2019-06-03")
    assert not _has(evs, "COERCE", "NGO"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Welsh lawmakers said the British government was breaking the law.", "2019-09-12", "GBRLEG", "GBRGOV"),
    ("Greece said Turkey broke the law by drilling off Cyprus.", "2019-07-09", "GRC", "TUR"),
])
def test_realnews18b_said_actor_broke_law_accuses(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="112"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Spanish opposition leaders said the snap election was a ploy by Pedro Sanchez to stay in power.", "2019-02-15",
     "ESP", "ESPGOV"),
    ("Moscow said the British inquiry was a charade.", "2018-09-06", "RUS", "GBR"),
])
def test_realnews18b_ploy_and_charade_are_criticism(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("A US district judge issued a ruling against President Joe Biden on Thursday.", "2023-07-06", "USAJUD", "USAGOV"),
    ("The European Court of Justice issued a judgement against Poland over its judicial reforms.", "2021-07-15",
     "IGOEEC", "POL"),
])
def test_realnews18b_issued_ruling_against(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="116"), evs


def test_realnews18b_neutral_ruling_is_no_event(coder):
    assert coded(coder, "The court issued a ruling on the case on Monday.", "2019-10-07") == []


@pytest.mark.parametrize("text, date, event, source", [
    ("The Indian Army left the disputed plateau on Friday.", "2017-08-28", "RETREAT", "INDMIL"),
    ("The Pakistan Army massed along the border with India.", "2019-02-27", "MOBILIZE", "PAKMIL"),
])
def test_realnews18b_capitalised_army_is_force_subject(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Afghan government said an agreement had been reached with the Taliban on a prisoner swap.", "2020-03-10",
     "AFGGOV", "AFGINS"),
    ("A ceasefire deal was signed with the rebels, the Colombian government said.", "2016-06-23", "COLGOV", "COLREB"),
])
def test_realnews18b_passive_accord_reported_by_a_party(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SUPPORT", source, target, cameo_prefix="05"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Iraqi forces defeated the Islamic State in Mosul.", "2017-07-10", "IRQMIL", "IMGINS"),
    ("The Congolese army routed the M23 rebels near Goma.", "2013-11-05", "CODMIL", "CODREB"),
])
def test_realnews18b_defeating_an_armed_side_is_fighting(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo="190"), evs


@pytest.mark.parametrize("text, date", [
    ("Joe Biden defeated Donald Trump in the election.", "2020-11-07"),
    ("The Italian parliament defeated the budget bill.", "2019-10-07"),
])
def test_realnews18b_defeating_a_rival_or_bill_is_no_fight(coder, text, date):
    assert not _has(coded(coder, text, date), "ASSAULT"), coded(coder, text, date)


def test_realnews18b_named_as_terrorists_is_criticism(coder):
    evs = coded(coder, "Ankara named the PKK and the YPG as terrorists.", "2019-10-10")
    assert _has(evs, "ACCUSE", "TUR", "SYRREB", cameo_prefix="11"), evs


def test_realnews18b_named_as_minister_is_no_event(coder):
    assert coded(coder, "Putin named Sergei Shoigu as defence minister.", "2012-11-06") == []
