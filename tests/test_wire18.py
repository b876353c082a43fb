"""Families of misses found by helper "wire18" (issue #3) in 1990-2012 agency copy: a warning that the
addressee faces a consequence on a condition is a threat; a blockade by the opposition, workers,
students or civilians is a protest, not armed force; a crowd rallying to support a cause
demonstrates; a protest noun in an "in" phrase of an uncoded verb is done by that verb's subject; a
seizure with a hostage-taking clause is a hostage-taking, also when the parser makes "hostage" an
apposition; recalling or withdrawing a representative cuts ties; tearing down a building destroys
property; the Warsaw Pact is an IGO. Every sentence is written for this file, none is taken from a
gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has, primary_event


@pytest.mark.parametrize("text, date, source, target", [
    ("Washington warned Damascus that it faced further isolation unless it pulled its troops out of Lebanon.",
     "2005-03-01", "USA", "SYR"),
    ("Britain warned Zimbabwe that it faced expulsion from the Commonwealth if the election was rigged.",
     "2002-02-10", "GBR", "ZWE"),
])
def test_wire18_consequence_on_condition_threatens(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target), evs


def test_wire18_unconditional_faced_hardship_is_no_threat(coder):
    evs = coded(coder, "The European Union warned Turkey that it faced a difficult winter.", "2004-03-01")
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Opposition activists blockaded the parliament building in Tirana on Monday.", "1997-03-03", "ALB"),
    ("Supporters of the opposition leader blockaded government offices in Belgrade.", "2000-10-04", "SRB"),
])
def test_wire18_civil_blockade_is_protest(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source, cameo="144"), evs
    assert not _has(evs, "ASSAULT"), evs


def test_wire18_naval_blockade_stays_force(coder):
    evs = coded(coder, "Israeli warships blockaded the port of Tyre on Thursday.", "2006-07-14")
    assert _has(evs, "ASSAULT", "ISR", cameo="191"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Thousands of Serbs rallied in Belgrade to support President Slobodan Milosevic.", "1999-03-26", "SRB"),
    ("Tens of thousands of Estonians rallied in Tallinn to support the declaration of sovereignty.",
     "1990-03-01", "EST"),
])
def test_wire18_crowd_rallying_to_support_demonstrates(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "PROTEST", source, cameo="141"), evs
    assert not _has(evs, "SUPPORT", cameo="053"), evs


def test_wire18_protest_in_phrase_of_uncoded_verb(coder):
    evs = coded(coder, "Students led thousands of people through Jakarta in a protest against President Suharto.",
                "1998-05-12")
    assert _has(evs, "PROTEST", "IDN", "IDN"), evs


def test_wire18_protest_phrase_of_coded_verb_adds_nothing(coder):
    evs = coded(coder, "Russia withdrew its military representative from NATO in protest at the air strikes.",
                "1999-03-25")
    assert _has(evs, "SANCTION", "RUS", "IGO", cameo="161"), evs
    assert not _has(evs, "PROTEST"), evs


@pytest.mark.parametrize("text, date, source", [
    ("Chechen rebels seized a hospital in Budyonnovsk, taking hundreds of patients and staff hostage.",
     "1995-06-14", "RUS"),
    ("Rebels seized a bus near Zamboanga, taking 20 passengers hostage.", "2001-05-27", "PHL"),
])
def test_wire18_seizure_with_hostages_is_hostage_taking(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, cameo="181"), evs
    first = primary_event(coder.code(text, date=date))
    assert first.cameo == "181", evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Russia recalled its chief military representative from NATO headquarters.", "1999-03-24", "RUS", "IGO"),
    ("Morocco recalled its consul from Algiers.", "1995-01-10", "MAR", "DZA"),
])
def test_wire18_recalled_representative_cuts_ties(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo="161"), evs


def test_wire18_tear_down_destroys_property(coder):
    evs = coded(coder, "Hindu militants tore down a mosque in the Indian town of Ayodhya.", "1992-12-06")
    assert _has(evs, "COERCE", "IND", cameo="1712"), evs


def test_wire18_warsaw_pact_is_an_igo(coder):
    evs = coded(coder, "The Warsaw Pact condemned NATO on Tuesday.", "1990-05-08")
    assert _has(evs, "ACCUSE", "IGO", "IGONAT"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Iraq said it would no longer cooperate with the U.N. arms inspectors.", "1998-10-31", "IRQ", "IGO"),
    ("Syria will no longer cooperate with the Arab League monitors, the foreign minister said.", "2012-01-10",
     "SYR", "IGO"),
])
def test_wire18_no_longer_cooperate_is_refusal(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs
    assert not _has(evs, "AGREE"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("India said it would respond with full force if Pakistan crossed the Line of Control.", "2002-01-05",
     "IND", "PAK"),
    ("Beijing said it would respond with force if Taipei declared independence.", "2000-03-15", "CHN", "TWN"),
])
def test_wire18_respond_with_force_on_condition_threatens(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, target, cameo_prefix="138"), evs


def test_wire18_responded_with_force_told_as_done_is_force(coder):
    evs = coded(coder, "Indian troops responded with force, killing two infiltrators in Kashmir.", "1999-06-01")
    assert _has(evs, "ASSAULT", "IND", cameo="190"), evs
    assert not _has(evs, "THREATEN"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Japan pledged to send troops to help earthquake victims in Turkey.", "1999-08-20", "AGREE", "JPN", "TUR"),
    ("Germany sent soldiers to help flood victims in Poland.", "1997-07-15", "AID", "DEU", "POL"),
])
def test_wire18_forces_sent_to_help_abroad_are_aid(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    assert not _has(evs, "THREATEN") and not _has(evs, "MOBILIZE"), evs


def test_wire18_forces_sent_to_reinforce_own_side_mobilise(coder):
    evs = coded(coder, "Russia sent more troops to reinforce its forces in Chechnya.", "1999-10-01")
    assert _has(evs, "MOBILIZE", "RUS"), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("Hezbollah guerrillas attacked Israeli soldiers occupying a ridge in southern Lebanon.", "1997-09-05",
     "LBN", "ISR"),
    ("Taliban fighters ambushed Afghan soldiers escorting a fuel convoy near Kandahar.", "2007-06-02",
     "AFG", "AFG"),
])
def test_wire18_what_the_attacked_were_doing_is_no_event(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
    assert len(evs) == 1, evs


def test_wire18_north_and_south_korea_are_both_sides(coder):
    evs = coded(coder, "North and South Korea signed an accord on reconciliation in Seoul.", "1991-12-13")
    assert _has(evs, "SUPPORT", "PRK", "KOR", cameo="057") or _has(evs, "SUPPORT", "KOR", "PRK", cameo="057"), evs


def test_wire18_going_into_exile_expels_no_one(coder):
    assert coded(coder, "Ethiopian leader Mengistu Haile Mariam flew into exile in Zimbabwe.", "1991-05-21") == []


def test_wire18_flown_into_exile_is_expelled(coder):
    evs = coded(coder, "Haitian soldiers flew President Jean-Bertrand Aristide into exile in Venezuela.", "1991-10-01")
    assert _has(evs, "COERCE", "HTI", "HTI", cameo="174"), evs


@pytest.mark.parametrize("text, date, target", [
    ("Zimbabwe was suspended from the Commonwealth on Tuesday.", "2002-03-19", "ZWE"),
    ("Madagascar was suspended from the African Union after the army installed a new leader.", "2009-03-20", "MDG"),
])
def test_wire18_suspended_from_body_is_suspended_by_it(coder, text, date, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", "IGO", target), evs
