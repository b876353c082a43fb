"""Target shapes on unseen sentences (issue #3, helper targets6): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
the type, source and target countries a reader would give the main event."""
import pytest
from conftest import primary_event

DATE = "2016-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, sorted({a.primary for a in p.source}), sorted({a.primary for a in p.target})) if p else None


def _check(coder, text, event, source, target, date=DATE):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2], main
    assert set(target if isinstance(target, list) else [target]) & set(main[3]), main


# "shot dead the ambassador": the parser hangs the object on "dead"; it is still the object, and
# the clause is active (the subject is the shooter, not the victim)
@pytest.mark.parametrize("text, source, target", [
    ("A Kenyan police officer shot dead the Ugandan consul in Nairobi.", "KEN", "UGA"),
    ("A Lebanese gunman shot dead the Jordanian ambassador to Lebanon.", "LBN", "JOR"),
])
def test_shot_dead_object(coder, text, source, target):
    _check(coder, text, "ASSAULT", source, target)


# a bare "agents" with a country is an intelligence agent; a travel agent is a business
@pytest.mark.parametrize("text, source, target", [
    ("Israeli agents abducted a Syrian engineer in Damascus.", "ISR", "SYR"),
    ("North Korean agents killed a South Korean diplomat in Vladivostok.", "PRK", "KOR"),
])
def test_country_agents_are_spies(coder, text, source, target):
    p = primary_event(coder.code(text, date=DATE))
    assert p is not None and p.event == "ASSAULT", p
    assert any(a.primary == source and a.sector == "SPY" for a in p.source), p.source
    assert target in {a.primary for a in p.target}, p.target


def test_travel_agent_is_no_spy(coder):
    p = primary_event(coder.code("A Spanish travel agent criticised the Moroccan government.", date=DATE))
    assert p is not None and all(a.sector != "SPY" for a in p.source), p.source


# the "that" clause of a claim that is rejected or dismissed is denied, no event of its own
@pytest.mark.parametrize("text", [
    "Pakistan rejected Indian accusations that its army had shelled villages in Kashmir.",
    "Rwanda dismissed allegations that its troops had attacked Congolese soldiers.",
    "Beijing rejected reports that it had arrested hundreds of Tibetan monks.",
])
def test_rejected_claim_is_no_event(coder, text):
    evs = coder.code(text, date=DATE)
    assert not any(e.event in ("ASSAULT", "COERCE") for e in evs), [(e.event, e.trigger) for e in evs]


# the country one step further in a noun modifier owns the thing acted on
@pytest.mark.parametrize("text, event, source, target", [
    ("Canada froze all Iranian government assets in its banks.", "SANCTION", "CAN", "IRN"),
    ("Japan announced sanctions against Russian aluminium and timber exports.", "SANCTION", "JPN", "RUS"),
    ("Washington lifted sanctions on Cuban cigar and rum imports.", "RETREAT", "USA", "CUB"),
])
def test_modifier_country_is_owner(coder, text, event, source, target):
    _check(coder, text, event, source, target)


# a law forced on a territory is an administrative sanction on it
def test_law_imposed_on_territory(coder):
    main = _main(coder, "Moscow imposed a new language law on Crimea.")
    assert main is not None and main[0] == "COERCE" and "RUS" in main[2] and "UKR" in main[3], main


# "both sides in the X conflict": X names the country whose sides they are
@pytest.mark.parametrize("text, source, target", [
    ("The European Union urged both sides in the Darfur conflict to respect the truce.", "IGO", "SDN"),
    ("The UN urged both sides in the Donbas war to withdraw heavy weapons.", "IGO", "UKR"),
])
def test_sides_of_named_conflict(coder, text, source, target):
    _check(coder, text, "REQUEST", source, target)


# an agreement setting up relations "with X": X is the partner, also when two sides sign (not
# each other)
@pytest.mark.parametrize("text, source, target", [
    ("Chad and Niger signed agreements normalising relations with Libya.", "TCD", "LBY"),
    ("Oman and Qatar signed accords restoring ties with Iraq.", "OMN", "IRQ"),
])
def test_agreement_with_partner(coder, text, source, target):
    _check(coder, text, "SUPPORT", source, target)
    assert source not in _main(coder, text)[3]


# poisoning a person is violence; poisoning relations is not
def test_poisoned_person(coder):
    main = _main(coder, "Bulgarian arms dealer Emilian Gebrev was poisoned in Sofia.")
    assert main is not None and main[0] == "ASSAULT" and "BGR" in main[3], main
    assert not coder.code("The row poisoned relations between Paris and Rome.", date=DATE)


# a government's collapse is no accident: the seizure it came with is coded
def test_power_collapse_is_no_accident(coder):
    main = _main(coder, "The rebels seized control of Bangui as the government collapsed.", "2013-03-24")
    assert main is not None and main[0] == "ASSAULT", main
    assert not coder.code("Twelve people were killed when a bridge collapsed in Mumbai.", date=DATE)


# a state freeing another country's citizen frees a prisoner, whatever the sport word
def test_foreign_player_freed(coder):
    main = _main(coder, "Thailand freed the Bahraini footballer after Australia protested.")
    assert main is not None and main[0] == "RETREAT" and "THA" in main[2] and "BHR" in main[3], main
    assert not coder.code("Argentina beat Chile and released two players from the squad.", date=DATE)


# troops called home, proper-named accords
def test_recalled_troops_and_named_accords(coder):
    main = _main(coder, "Armenia recalled its troops from the border with Azerbaijan.")
    assert main is not None and main[0] == "RETREAT" and "ARM" in main[2], main
    main = _main(coder, "Morocco signed the Abraham Accords with Israel.", "2020-12-22")
    assert main is not None and main[0] == "SUPPORT" and "ISR" in main[3], main


# "was hit by an Israeli air strike": the passive subject (or its place) is what the attack hit;
# a coded verb keeps the event ("were killed by a roadside bomb")
def test_hit_by_strikes(coder):
    main = _main(coder, "A refugee camp in Gaza was hit by an Israeli air strike.")
    assert main is not None and main[0] == "ASSAULT" and main[2] == ["ISR"] and "PSE" in main[3], main
    main = _main(coder, "A market in Aleppo was hit by a Russian air strike.")
    assert main is not None and main[0] == "ASSAULT" and main[2] == ["RUS"] and "SYR" in main[3], main
    evs = coder.code("Three policemen were killed by a roadside bomb in Kandahar.", date=DATE)
    assert len([e for e in evs if e.event == "ASSAULT"]) == 1, [(e.cameo, e.trigger) for e in evs]


# an American arms maker sanctioned "over arms sales to Taiwan" is the target, not the buyer
def test_arms_maker_sanctioned(coder):
    main = _main(coder, "Beijing sanctioned General Dynamics over arms sales to Taiwan.")
    assert main is not None and main[0] == "SANCTION" and main[3] == ["USA"], main


# a state protesting another state's act complains officially (114); crowds protest (14)
def test_state_protest_is_complaint(coder):
    main = _main(coder, "Indonesia protested the Chinese incursion into its waters.")
    p = primary_event(coder.code("Indonesia protested the Chinese incursion into its waters.", date=DATE))
    assert p is not None and p.cameo == "114" and "CHN" in main[3], main
    p = primary_event(coder.code("Thousands of students protested the American strikes in Belgrade.", date=DATE))
    assert p is not None and p.event == "PROTEST", p


# a wedding party hit by an air strike is civilians, no political party
def test_wedding_party_is_civilians(coder):
    p = primary_event(coder.code("Coalition jets bombed a wedding party in Yemen.", date=DATE))
    assert p is not None and p.event == "ASSAULT" and all(a.sector != "PTY" for a in p.target), p.target


# a blocked text's criticism was never made, least of all by the one who blocked it
@pytest.mark.parametrize("text", [
    "Poland vetoed an EU statement condemning Belarus.",
    "Moscow blocked a Security Council statement criticising Syria.",
])
def test_blocked_text_says_nothing(coder, text):
    evs = coder.code(text, date=DATE)
    assert evs and all(e.event == "REJECT" for e in evs), [(e.event, e.trigger) for e in evs]
