"""Families of SOURCE misses found by helper "actors11" (issue #3): who acts when the text names an
office, a body or an earlier actor indirectly. One test per cause; every sentence is written for
this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    # an IGO's official named before is the antecedent of "the bloc" / "the alliance"
    ("Josep Borrell said the bloc would impose new sanctions on Belarus.", "2021-06-21", "THREATEN", "IGOEEC", "BLR"),
    ("Jens Stoltenberg said the alliance strongly condemned the missile strikes on Kyiv.", "2022-10-10", "ACCUSE", "IGONAT", None),
])
def test_igo_official_is_antecedent_of_the_bloc(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "the bloc's ..." / "the alliance's ..." after the IGO: the IGO's official, not the place named
    ("The European Union met in Luxembourg on Monday. The bloc's foreign policy chief urged Serbia to resume talks with Pristina.", "2022-10-17", "IGOEEC", "SRB"),
    ("NATO leaders gathered in Vilnius. The alliance's secretary general accused Moscow of nuclear blackmail.", "2023-07-11", "IGONAT", "RUS"),
])
def test_bloc_possessor_is_the_igo(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(ev in ("REQUEST", "ACCUSE") and any(s.startswith(source) for s in src)
               and any(t.startswith(target) for t in tgt) for ev, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "the kingdom's top diplomat", "the country's president": the state referred back to, not
    # the city where the meeting is
    ("Qatar restored ties with Egypt in January. The emirate's foreign minister later met Egypt's president in Cairo.", "2021-05-25", "QATGOV", "EGYGOV"),
    ("Norway hosted peace talks last year. The country's prime minister met Colombia's president in Bogota.", "2016-05-02", "NORGOV", "COLGOV"),
])
def test_referring_possessor_gives_the_agent_its_state(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "CONSULT", source, target), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an armed group's deal or fight "with the army" is with its own state's army
    ("Representatives of the Tigray People's Liberation Front signed a truce with the army in Pretoria.", "2022-11-02", "ETHREB", "ETHMIL"),
    ("Houthi fighters clashed with the army near Marib.", "2021-02-15", "YEMREB", "YEMMIL"),
])
def test_army_of_an_armed_groups_partner_is_its_own(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(any(s.startswith(source) for s in src) and any(t.startswith(target) for t in tgt)
               for _, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date, source", [
    # "X's successor" holds X's office, whatever the article's date
    ("Kofi Annan's successor urged Sudan to accept UN peacekeepers in Darfur.", "2007-02-10", "IGOUNO"),
    ("Angela Merkel's successor travelled to Beijing for talks with Xi Jinping.", "2022-11-04", "DEUGOV"),
])
def test_successor_holds_the_office(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and any(s.startswith(source) for s in evs[0][2]), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a one-word agent the tagger calls an adjective ("the military") is still the subject
    ("Guinea's military detained President Alpha Conde on Sunday.", "2021-09-05", "GINMIL", "GINGOV"),
    ("Gabon's military placed President Ali Bongo under house arrest.", "2023-08-30", "GABMIL", "GABGOV"),
])
def test_adjective_tagged_military_is_the_agent(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


def test_rangers_are_the_states_forces(coder):
    evs = coded(coder, "Pakistani Rangers detained the opposition leader outside the court.", "2023-05-10")
    assert _has(evs, "COERCE", "PAKMIL", "PAK", cameo="173"), evs


def test_removing_from_power(coder):
    evs = coded(coder, "Soldiers in Niger removed President Mohamed Bazoum from power.", "2023-07-27")
    assert _has(evs, "COERCE", "NERMIL", "NERGOV", cameo="172"), evs


def test_state_committee_is_the_states(coder):
    evs = coded(coder, "Belarus's Investigative Committee accused Polish diplomats of spying.", "2021-06-02")
    assert _has(evs, "ACCUSE", "BLR", "POL"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a bare title refers back to an unnamed office-holder told before with his state, not to the
    # place or country named in between
    ("Turkey's foreign minister landed in Washington on Monday. The minister accused the US of arming Kurdish militants.",
     "2019-10-14", "ACCUSE", "TURGOV", "USA"),
    ("South Korea's defence minister flew to Canberra on Tuesday. The minister signed a defence deal with Australia.",
     "2021-12-13", "SUPPORT", "KOR", "AUS"),
])
def test_bare_title_refers_to_earlier_office_holder(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a plain past joined to a perfect passive in reported speech is the speaker's act, not the victim's
    ("The French government said the journalist had been abducted by militants and demanded his release from Bamako.",
     "2013-11-03", "REQUEST", "FRA", "MLI"),
    ("The Dutch foreign minister said the diplomat had been attacked in Moscow and summoned Russia's ambassador.",
     "2013-10-16", "ACCUSE", "NLD", "RUS"),
])
def test_speaker_verb_joined_to_perfect_passive(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, source", [
    # office-holders of the 1990s and 2000s between terms the tables already listed
    ("Klaus Kinkel criticised Turkey's offensive in northern Iraq.", "1995-03-22", "DEUGOV"),
    ("Yevgeny Primakov warned NATO against expanding eastward.", "1997-02-20", "RUSGOV"),
    ("Ahmad Vahidi warned the United States against attacking Iran.", "2011-11-09", "IRNGOV"),
    ("Pervez Khattak accused India of violating the ceasefire in Kashmir.", "2019-03-01", "PAKGOV"),
])
def test_dated_ministers_between_listed_terms(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and any(s == source for s in evs[0][2]), evs


@pytest.mark.parametrize("text, date, source", [
    # heads of IGOs before the ones the tables listed speak for their body on their dates
    ("Yukiya Amano urged Iran to grant inspectors access to the Parchin site.", "2012-03-05", "IGOUNOIAE"),
    ("Luis Moreno Ocampo accused Muammar Gaddafi of ordering attacks on civilians.", "2011-05-16", "IGOICC"),
    ("Jean-Claude Trichet urged Greece to cut its budget deficit.", "2010-02-10", "IGOEECECB"),
])
def test_dated_igo_heads(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and any(s == source for s in evs[0][2]), evs


def test_the_group_after_its_spokesman(coder):
    evs = coded(coder, "A Taliban spokesman said the group would retaliate against the US.", "2020-02-10")
    assert _has(evs, "THREATEN", "AFG", "USA"), evs


@pytest.mark.parametrize("text, date, source", [
    # a bare surname several listed people share, all of one country, is that country's
    ("Kirchner accused Britain of militarising the Falklands.", "2016-03-01", "ARG"),
    ("Sargsyan accused Pashinyan of surrendering Karabakh to Azerbaijan.", "2023-05-02", "ARM"),
])
def test_surname_shared_within_one_country(coder, text, date, source):
    evs = coded(coder, text, date)
    assert evs and any(s.startswith(source) for s in evs[0][2]), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "the agency", "the watchdog" refer back to the IGO named before
    ("Iran's envoy to the IAEA rejected the agency's latest report.", "2020-06-20", "IRN", "IGOUNOIAE"),
    ("The UN nuclear watchdog rebuked Iran on Friday. Tehran rejected the watchdog's resolution.", "2022-06-09", "IRN", "IGOUNOIAE"),
])
def test_agency_refers_back_to_the_igo(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "REJECT", source, target), evs
