"""Target shapes on unseen sentences (issue #3, helper targets8): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
what a reader would notice about the main event (or, where said, any event): its type, source
and target countries."""
import pytest
from conftest import coded, has_event, primary_event

DATE = "2019-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, sorted({a.primary for a in p.source}), sorted({a.primary for a in p.target})) if p else None


# sanctions on unnamed officials "over X's act": X, not the country guessed for the officials
@pytest.mark.parametrize("text, source, target, wrong", [
    ("Canada imposed travel bans on nine officials over Moscow's seizure of Crimea.", "CAN", "RUS", "UKR"),
    ("Japan froze the assets of several officials over Russia's attack on Ukraine.", "JPN", "RUS", "JPN"),
    ("Australia imposed sanctions on 14 officials over Tehran's crackdown on women protesters.", "AUS", "IRN", "AUS"),
])
def test_sanction_over_an_act_targets_its_owner(coder, text, source, target, wrong):
    main = _main(coder, text, "2022-10-01")
    assert main is not None and main[0] == "SANCTION" and source in main[2], main
    assert target in main[3] and wrong not in main[3], main


# a withdrawal from a spot named by what it lies in or near: that place's country
@pytest.mark.parametrize("text, source, target", [
    ("Russia withdrew its troops from the left bank of the Dnipro near Zaporizhzhia.", "RUS", "UKR"),
    ("Armenia withdrew its forces from the hills of the Lachin corridor near Shusha.", "ARM", "AZE"),
])
def test_withdrawal_from_a_spot_near_a_town(coder, text, source, target):
    main = _main(coder, text, "2022-09-20")
    assert main is not None and main[0] == "RETREAT" and source in main[2], main
    assert target in main[3], main


# an intent or threat told to an addressee ("told the IAEA it would ...") is aimed at it
@pytest.mark.parametrize("text, source, target", [
    ("Pyongyang told Beijing it would resume the six-party talks.", "PRK", "CHN"),
    ("Ankara informed Moscow it was ready to restore charter flights.", "TUR", "RUS"),
])
def test_intent_told_to_an_addressee(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "AGREE" and source in main[2], main
    assert target in main[3], main


# a hostile act reported by a side on "its" things is aimed at that side
@pytest.mark.parametrize("text, source, target", [
    ("Greece said Turkey had shot down one of its military drones over the Aegean.", "TUR", "GRC"),
    ("Seoul said North Korea had fired on one of its patrol boats near the sea border.", "PRK", "KOR"),
])
def test_reported_attack_on_its_things_targets_the_speaker(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "ASSAULT" and source in main[2], main
    assert target in main[3], main


def test_offered_goods_go_to_the_dative_not_the_purpose(coder):
    main = _main(coder, "South Korea offered to provide patrol vessels to Vietnam to strengthen its navy.")
    assert main is not None and main[0] == "AGREE" and "KOR" in main[2], main
    assert "VNM" in main[3], main


def test_former_deputy_is_a_target_not_the_source_own(coder):
    main = _main(coder, "Zambia's president accused his former deputy Guy Scott of plotting against him.", "2015-03-01")
    assert main is not None and main[0] == "ACCUSE" and "ZMB" in main[2], main
    assert "ZMB" in main[3], main


# "gave a warning to X over ... in the region" is no "give in to X" (a particle must come first)
@pytest.mark.parametrize("text, source, target", [
    ("China gave a warning to Manila over the fishing ban in the disputed Scarborough Shoal.", "CHN", "PHL"),
    ("Serbia issued a warning to Pristina over the new checkpoints in the northern municipalities.", "SRB", "XKX"),
])
def test_light_verb_warning_with_a_trailing_in_phrase(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "THREATEN" and source in main[2], main
    assert target in main[3], main


def test_giving_in_still_concedes(coder):
    main = _main(coder, "Kenya's government gave in to the demands of striking teachers.")
    assert main is not None and main[0] == "CONCEDE" and "KEN" in main[2], main


# victims of "..., killing N" after an attack on a named foreign object are that side's
@pytest.mark.parametrize("text, source, target", [
    ("Israeli marines boarded a Turkish ferry bound for Gaza, killing four activists.", "ISR", "TUR"),
    ("Russian rockets hit a Ukrainian barracks, killing 30 conscripts.", "RUS", "UKR"),
])
def test_killing_participle_after_attack_on_foreign_object(coder, text, source, target):
    evs = coded(coder, text, DATE)
    attacks = [e for e in evs if e[0] == "ASSAULT" and source in e[2]]
    assert attacks and all(target in e[3] and source not in e[3] for e in attacks), evs


# "Kyrgyz and Tajik border guards": both sides of the clash
@pytest.mark.parametrize("text, one, other", [
    ("Kyrgyz and Tajik border guards traded fire near the disputed enclave.", "KGZ", "TJK"),
    ("Uzbek and Kyrgyz police officers clashed at the border post.", "UZB", "KGZ"),
])
def test_first_demonym_read_as_noun_is_a_side(coder, text, one, other):
    evs = coded(coder, text, DATE)
    assert has_event(evs, None, one) and has_event(evs, None, other), evs


# a side that kills, arrests or sacks its own office-holder targets that office-holder
@pytest.mark.parametrize("text, source, target, wrong", [
    ("North Korea executed its vice premier for education, South Korean officials said.", "PRK", "PRK", "KOR"),
    ("Iran arrested its former deputy defence minister, Iraqi media said.", "IRN", "IRN", "IRQ"),
])
def test_own_office_holder_punished_is_the_target(coder, text, source, target, wrong):
    main = _main(coder, text)
    assert main is not None and main[0] in ("ASSAULT", "COERCE") and source in main[2], main
    assert target in main[3] and wrong not in main[3], main


# an accord: the city named at the end of its object phrase is the venue, the mediator is no party
@pytest.mark.parametrize("text, wrong", [
    ("Iran reached a deal with the six powers in Geneva.", "CHE"),
    ("Israel and Hamas agreed to an Egyptian-brokered truce in Gaza.", "EGY"),
    ("Armenia and Azerbaijan agreed to a Russian-mediated ceasefire.", "RUS"),
])
def test_accord_venue_and_mediator_are_not_targets(coder, text, wrong):
    main = _main(coder, text)
    assert main is not None and main[0] in ("AGREE", "SUPPORT"), main
    assert wrong not in main[3], main


def test_two_sides_agreeing_to_a_ceasefire_target_each_other(coder):
    main = _main(coder, "Armenia and Azerbaijan agreed to a humanitarian ceasefire.")
    assert main is not None and main[0] == "AGREE" and {"ARM", "AZE"} <= set(main[2]), main
    assert {"ARM", "AZE"} <= set(main[3]), main


# a legislature approving the use of force threatens the place it is to be used in or against
@pytest.mark.parametrize("text, source, target", [
    ("Turkey's parliament approved the use of military force in Syria.", "TUR", "SYR"),
    ("The US Senate approved the use of force against Libya.", "USA", "LBY"),
])
def test_approved_use_of_force(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "THREATEN" and source in main[2], main
    assert target in main[3], main


# raising tariffs or duties on another side's goods sanctions that side
@pytest.mark.parametrize("text, source, target", [
    ("Canada doubled tariffs on some Chinese electric vehicles.", "CAN", "CHN"),
    ("Mexico raised duties on 40 American farm products.", "MEX", "USA"),
])
def test_raised_tariffs_sanction_the_goods_owner(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "SANCTION" and source in main[2], main
    assert target in main[3], main


# a lowercase word ("the metro", "metro stations") is no town: no foreign country from it
@pytest.mark.parametrize("text, home", [
    ("Chilean riot police fired tear gas at students in the metro.", "CHL"),
    ("French police arrested dozens of rioters who torched metro stations.", "FRA"),
])
def test_lowercase_word_is_no_town(coder, text, home):
    evs = coded(coder, text, DATE)
    assert evs and all(t == home for e in evs for t in e[3]), evs


# a show of force "near" or "off" another country's land is aimed at that country
@pytest.mark.parametrize("text, source, target", [
    ("The Chinese air force held combat drills over the South China Sea near Vietnam.", "CHN", "VNM"),
    ("Russian warships held exercises in the Baltic Sea off Lithuania.", "RUS", "LTU"),
])
def test_show_of_force_near_a_foreign_country(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "MOBILIZE" and source in main[2], main
    assert target in main[3], main


# the subject of a following conjoined clause is never the target of the clause before it
@pytest.mark.parametrize("text, wrong", [
    ("A fuel convoy was bombed near Idlib, and Washington blamed Damascus.", "USA"),
    ("A bus station was shelled in Donetsk, and Moscow blamed Kyiv.", "RUS"),
])
def test_conjoined_clause_subject_is_not_the_target(coder, text, wrong):
    evs = coded(coder, text, DATE)
    attacks = [e for e in evs if e[0] == "ASSAULT"]
    assert attacks and all(wrong not in e[3] for e in attacks), evs


# sacking one's own envoy or commander is an administrative sanction on that office-holder
@pytest.mark.parametrize("text, source", [
    ("Mali's junta sacked its ambassador in Paris.", "MLI"),
    ("Guinea's junta dismissed the army chief of staff.", "GIN"),
    ("Ukraine's president sacked the commander of the joint forces.", "UKR"),
])
def test_sacked_envoy_or_commander(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "COERCE" and main[1] == "172" and source in main[2], main
    assert source in main[3], main
