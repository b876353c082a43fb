"""Families of target misses found by helper "targets20" (issue #3) on fresh sentences whose main
difficulty is the target: a two-object verb whose recipient the parser reads as a second direct
object ("sent Pakistan half a million doses") is given to the first; giving vaccines or doses is
humanitarian aid; a person's nationality set off after the noun ("38 tourists, most of them
British") or written before an employer ("an Australian anchor for the state broadcaster CGTN") is
the person's country, not the place or the employer's; "by firing squad" names a manner of
execution, not an act of firing on something; the passive of "told X to" names the one told as its
subject ("the Taliban were told by Washington to ..."), and one "ordered to leave" a country is
expelled by that country; a sentence or harm in a state's prison or penal colony with no doer named
is that state's. Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target", [
    ("India sent Bangladesh the first two million doses of the AstraZeneca vaccine.", "2021-01-21", "IND", "BGD"),
    ("Moscow flew Belgrade the first batch of its Sputnik vaccine.", "2021-01-06", "RUS", "SRB"),
    ("China gave Cambodia 600,000 vaccine doses.", "2021-02-07", "CHN", "KHM"),
])
def test_targets20_recipient_read_as_second_object(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "AID", source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Israeli police detained a British producer for the Qatari broadcaster Al Jazeera in Jerusalem.",
     "2022-05-20", "COERCE", "ISR", "GBR"),
    ("Egyptian police arrested Peter Greste, an Australian correspondent for Al Jazeera, in Cairo.",
     "2013-12-29", "COERCE", "EGY", "AUS"),
    ("Gunmen from al-Qaeda killed 19 hostages, most of them Japanese, at a gas plant in Algeria.",
     "2013-01-19", "ASSAULT", None, "JPN"),
    ("Somali pirates seized 22 sailors, all of them Filipino, off the coast of Oman.",
     "2011-02-10", "ASSAULT", None, "PHL"),
])
def test_targets20_nationality_of_the_people_named(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_targets20_firing_squad_is_a_manner(coder):
    evs = coded(coder, "Indonesia executed four foreign drug convicts by firing squad on a prison island.", "2016-07-29")
    assert _has(evs, "ASSAULT", "IDN", cameo="1823")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("The Houthis were told by Riyadh to withdraw from the border towns.", "2015-04-20", "REQUEST", "SAU", "YEM"),
    ("Two Russian diplomats were ordered to leave Bulgaria within 72 hours.", "2022-06-28", "SANCTION", "BGR", "RUS"),
])
def test_targets20_passive_told_or_ordered_to_leave(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_targets20_term_served_in_a_state_prison(coder):
    evs = coded(coder, "Paul Whelan was sentenced to sixteen years in a Russian penal colony for spying.", "2020-06-15")
    assert _has(evs, "COERCE", "RUS")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Russian soldiers detained Bucha's deputy mayor.", "2022-03-20", "COERCE", "RUS", "UKR"),
    ("Ukrainian drones struck Belgorod's regional administration building.", "2024-03-16", "ASSAULT", "UKR", "RUS"),
    ("Israeli forces detained Hebron's mayor.", "2023-11-21", "COERCE", "ISR", "PSE"),
])
def test_targets20_town_named_as_the_office_s_possessor(coder, text, date, event, source, target):
    """'Kherson's mayor' is where the office is, as 'the mayor of Kherson' is, not the doer's country."""
    evs = coded(coder, text, date)
    assert any(ev == event and any(s.startswith(source) for s in src) and tgt and all(t.startswith(target) for t in tgt)
               for ev, _, src, tgt in evs), evs


@pytest.mark.parametrize("text, date", [
    ("Biden praised Xi after the Bali summit.", "2022-11-15"),
    ("Trump sided with Putin at the Helsinki summit.", "2018-07-16"),
])
def test_targets20_summit_named_by_its_venue_is_no_meeting_of_that_country(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "CONSULT" and src and src[0][:3] in ("IDN", "FIN") for ev, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    ("The Saudi-led air campaign against Houthi rebels resumed on Sunday.", "2015-05-17", "SAU", "YEM"),
    ("The French-led offensive against jihadists in northern Mali began at dawn.", "2013-01-11", "FRA", None),
])
def test_targets20_led_act_is_the_leader_s(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ASSAULT", source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Fighters loyal to Islamic State stormed a prison in Hasakah.", "2022-01-21", "ASSAULT", "IMG", None),
    ("Iraqi troops attacked fighters loyal to Islamic State near Kirkuk.", "2017-10-03", "ASSAULT", "IRQ", "IMG"),
])
def test_targets20_armed_men_loyal_to_a_named_body(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_targets20_likened_to_hitler_denounces(coder):
    assert _has(coded(coder, "Maduro likened Duque to Hitler in a televised speech.", "2019-02-20"), "ACCUSE", "VEN", "COL")
