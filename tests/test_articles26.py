"""Families of whole-story misses found by helper "articles26" on fresh wire stories: headlines whose
plural agent noun the tagger reads as the verb ("Sri Lanka protesters storm president's house",
"Bolivian security forces fire on coca growers") or whose verb it hangs on a noun as an auxiliary
("Israel launches ground offensive in Gaza"); the war a deal ends read as an attack ("signed an
agreement to end six weeks of fighting"); an attack only risked ("warned of the risk of an attack");
the dead counted "in the assault" / "in the fighting" after the story told the act (its toll);
a relative clause that says who a side is by an earlier dated act ("the Taliban, who seized Kabul on
Aug. 15"); recognition withdrawn read as recognition granted; "will not allow this coup to stand";
and a bare surname the tagger reads as a common noun ("Morales accused ...") after the full name."""
from conftest import coded_full as coded, has_full_event as _has


def test_articles26_headline_plural_agent_read_as_verb(coder):
    evs = coded(coder, "Sri Lanka protesters storm president's house", "2022-07-09")
    assert _has(evs, "PROTEST", "LKA", "LKA", cameo="145"), evs
    evs = coded(coder, "Bolivian security forces fire on coca growers, killing five", "2019-11-15")
    assert _has(evs, "ASSAULT", "BOL") or _has(evs, "COERCE", "BOL"), evs


def test_articles26_headline_verb_read_as_auxiliary(coder):
    evs = coded(coder, "Israel launches ground offensive in Gaza", "2014-07-17")
    assert _has(evs, "ASSAULT", "ISR"), evs


def test_articles26_war_ended_is_no_attack(coder):
    evs = coded(coder, "Armenia, Azerbaijan and Russia signed an agreement on Tuesday to end six weeks of fighting "
                       "over the Nagorno-Karabakh enclave.", "2020-11-10")
    assert _has(evs, "SUPPORT", "ARM", cameo="057"), evs
    assert not _has(evs, "ASSAULT"), evs
    evs = coded(coder, "Colombia's Santos and FARC chief sign peace deal ending 52-year war", "2016-09-26")
    assert not _has(evs, "ASSAULT"), evs


def test_articles26_war_launched_stays_an_attack(coder):
    evs = coded(coder, "Russia launched a war against Ukraine.", "2022-02-24")
    assert _has(evs, "ASSAULT", "RUS", "UKR"), evs


def test_articles26_risk_of_an_attack_is_no_attack(coder):
    evs = coded(coder, "Western countries have warned for days of the risk of an attack by the militant group, "
                       "a rival of the Taliban.", "2021-08-26")
    assert evs == [], evs
    evs = coded(coder, "Residents fled amid fears of a crackdown by the army.", "2021-03-02")
    assert evs == [], evs


def test_articles26_prospect_of_sanctions_raised_stays_a_threat(coder):
    evs = coded(coder, "The European Union raised the prospect of new sanctions on Minsk if the flights continued.",
                "2021-11-08")
    assert _has(evs, "THREATEN", "IGO", "BLR"), evs


def test_articles26_toll_in_the_act_told_before(coder):
    evs = coded(coder, "Thai troops stormed an anti-government protest camp in Bangkok on Wednesday. "
                       "At least five people were killed in the assault.", "2010-05-19")
    assert len(evs) == 1 and _has(evs, "COERCE", "THA", cameo="175"), evs
    evs = coded(coder, "Azerbaijani forces shelled Armenian positions overnight. "
                       "Hundreds of soldiers were killed in the fighting.", "2020-11-10")
    assert len(evs) == 1 and _has(evs, "ASSAULT", "AZE", "ARM"), evs


def test_articles26_relative_clause_history(coder):
    evs = coded(coder, "The Taliban, who seized Kabul on Aug. 15, said on Thursday they would announce a new "
                       "government within days.", "2021-08-26")
    assert not _has(evs, "COERCE") and not _has(evs, "ASSAULT"), evs
    evs = coded(coder, "West African leaders on Thursday ordered the activation of a regional standby force to "
                       "restore constitutional rule in Niger, the latest step in their standoff with the officers "
                       "who overthrew President Mohamed Bazoum last month.", "2023-08-10")
    assert _has(evs, "MOBILIZE", "IGO"), evs
    assert not _has(evs, "COERCE"), evs


def test_articles26_recognition_withdrawn(coder):
    evs = coded(coder, "The United Nations General Assembly voted overwhelmingly on Thursday to call on the United "
                       "States to withdraw its recognition of Jerusalem as Israel's capital.", "2017-12-21")
    assert _has(evs, "REQUEST", "IGO", "USA"), evs
    assert not _has(evs, "SUPPORT"), evs
    evs = coded(coder, "Burundi revoked its recognition of Kosovo on Monday.", "2018-11-05")
    assert _has(evs, "SANCTION", "BDI", "XKX"), evs


def test_articles26_not_allow_to_stand_is_a_threat(coder):
    evs = coded(coder, '"We will not allow this coup to stand," Nigerian President Bola Tinubu told the summit.',
                "2023-08-10")
    assert _has(evs, "THREATEN", "NGA", cameo="130"), evs
    assert coded(coder, "The appeals court allowed the ruling to stand.", "2023-08-10") == []


def test_articles26_surname_after_full_name(coder):
    evs = coded(coder, "Former Bolivian President Evo Morales spoke to reporters in Mexico City on Friday. "
                       "Morales accused the army of carrying out a massacre.", "2019-11-15")
    assert _has(evs, "ACCUSE", "BOL", "BOLMIL"), evs


def test_articles26_standing_since_a_past_year_is_background(coder):
    evs = coded(coder, "Sanctions imposed by the United Nations, the United States and the European Union since 2006 "
                       "have cut Iran's oil exports by more than half.", "2015-07-14")
    assert evs == [], evs


def test_articles26_purpose_clause_is_no_test_landing(coder):
    evs = coded(coder, "French warplanes fired on Libyan government forces on Saturday, the first strikes by Western "
                       "powers to enforce a UN-mandated no-fly zone and protect civilians from Muammar Gaddafi's troops.",
                "2011-03-19")
    assert _has(evs, "ASSAULT", "FRA", "LBY"), evs
    evs = coded(coder, "North Korea fired a missile that flew over Japan and landed in the Pacific.", "2017-08-29")
    assert _has(evs, "MOBILIZE", "PRK", cameo="150"), evs
