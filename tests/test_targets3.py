"""Target shapes on unseen sentences (issue #3, helper targets3): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
the source and target countries a reader would give the main event."""
import pytest
from conftest import primary_event

DATE = "2005-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


def _check(coder, text, source, target, date=DATE):
    main = _main(coder, text, date)
    assert main is not None and source in main[1], main
    assert main[2] == (target if isinstance(target, list) else [target]), main


# ------------------------------------------- rulers acting against "its own people / citizens":
# the people are the target, not the source's instrument as "its troops" is
@pytest.mark.parametrize("text, source, target", [
    ("The Syrian government bombed its own people in eastern Ghouta, rescue workers said.", "SYR", "SYR"),
    ("Security forces opened fire on their own people in Yangon, witnesses said.", "MMR", "MMR"),
    ("The Libyan regime used warplanes against its own citizens in Tripoli.", "LBY", "LBY"),
    ("Uzbek soldiers fired on their own citizens in the main square of the city.", "UZB", "UZB"),
])
def test_own_people_are_the_target(coder, text, source, target):
    _check(coder, text, source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Myanmar's junta executed four of its political opponents.", "MMR", "MMROPP"),
    ("Iran hanged one of its dissidents.", "IRN", "IRNOPP"),
    ("The Venezuelan government arrested two of its fiercest critics.", "VEN", "VENOPP"),
    ("Belarus jailed dozens of its opponents.", "BLR", "BLROPP"),
])
def test_own_critics_are_the_target(coder, text, source, target):
    # a ruler's critics and opponents are whom it acts on, coded as the opposition
    p = primary_event(coder.code(text, date=DATE))
    assert p is not None and source in {a.code[:3] for a in p.source}, p
    assert [a.code for a in p.target] == [target], p


@pytest.mark.parametrize("text, source, target", [
    ("Britain withdrew its troops from Basra.", "GBR", "IRQ"),
    # ("Russia evacuated its citizens from Sudan." was here: a side evacuating its own citizens gives
    # no aid and codes nothing, corpus/README's rule since conventions26; tests/test_conventions26.py)
])
def test_own_instruments_stay_no_target(coder, text, source, target):
    _check(coder, text, source, target)


# ------------------------------------------- a city the tagger reads as a person, an organisation
# or a common noun, hit by an attack verb: its country is the target
@pytest.mark.parametrize("text, source, target", [
    ("Syrian government jets bombed Homs overnight, activists said.", "SYR", "SYR"),
    ("Russian troops stormed Mariupol's steelworks.", "RUS", "UKR"),
    ("Iraqi army units shelled Fallujah for a third day.", "IRQ", "IRQ"),
    ("Russian warplanes pounded Grozny's southern districts.", "RUS", "RUS"),
])
def test_misread_city_is_the_target(coder, text, source, target):
    _check(coder, text, source, target)


def test_surname_is_no_town(coder):
    # a given name or a person is never read as a town, even after an attack verb
    for e in coder.code("Gunmen attacked David outside his home in Kabul.", date=DATE):
        assert all(a.code[:3] != "ISR" for a in e.target)


# ------------------------------------------- a mobilisation "for the war/offensive against X"
# is aimed at X
@pytest.mark.parametrize("text, source, target", [
    ("Israel called up tens of thousands of reservists for an offensive against Hezbollah.", "ISR", "LBN"),
    ("Ethiopia mobilised its militias for the war against the Tigrayan rebels.", "ETH", "ETH"),
    ("Russia called up reservists for the campaign against Ukraine.", "RUS", "UKR"),
])
def test_campaign_names_the_aim(coder, text, source, target):
    _check(coder, text, source, target, "2006-07-20")


# ------------------------------------------- aircraft named by kind or type, and a country's
# "state security", act for their country
@pytest.mark.parametrize("text, source, target", [
    ("Israeli F-16s struck targets in Gaza overnight.", "ISR", "PSE"),
    ("Syrian MiGs bombed rebel positions near Idlib.", "SYR", "SYR"),
    ("American planes attacked Iraqi air defence sites south of Baghdad.", "USA", "IRQ"),
    ("An Australian writer was detained by Chinese state security in Guangzhou.", "CHN", "AUS"),
])
def test_aircraft_and_state_security_are_sources(coder, text, source, target):
    _check(coder, text, source, target)


# ------------------------------------------- a passive's "by" with a force's participle
# ("by retreating Iraqi troops"): the force is the doer, the passive subject the target
@pytest.mark.parametrize("text, source, target", [
    ("Kuwaiti homes were looted by fleeing Iraqi soldiers.", "IRQ", "KWT"),
    ("Georgian villages were burned by advancing Russian troops.", "RUS", "GEO"),
    ("Croatian towns were shelled by retreating Serb forces.", "SRB", "HRV"),
])
def test_force_participle_after_by_is_the_source(coder, text, source, target):
    _check(coder, text, source, target, "1995-08-06")


# ------------------------------------------- people whose country was only guessed take the
# country their "from" phrase names ("expelled diplomats from Latvia")
@pytest.mark.parametrize("text, source, target", [
    ("Moscow expelled five diplomats from Poland and Bulgaria.", "RUS", ["POL", "BGR"]),
    ("Thailand deported 200 migrants from Myanmar.", "THA", "MMR"),
    ("Turkey detained 40 fighters from Syria near the border.", "TUR", "SYR"),
])
def test_from_phrase_names_the_peoples_country(coder, text, source, target):
    _check(coder, text, source, target)


# ------------------------------------------- others' reaction told in a participle ("..., drawing
# condemnation from Qatar", "prompting Canada to ...") names no target of the act itself
@pytest.mark.parametrize("text, source, reactor", [
    ("Japanese Prime Minister Junichiro Koizumi visited the Yasukuni shrine, drawing a protest from South Korea.", "JPN", "KOR"),
    ("Japan's defence minister visited the Yasukuni shrine on Friday, drawing an angry protest from China.", "JPN", "CHN"),
    ("North Korea held a military parade, prompting Seoul to raise its alert level.", "PRK", "KOR"),
])
def test_reactor_is_no_target_of_the_act(coder, text, source, reactor):
    events = coder.code(text, date=DATE)
    acts = [e for e in events if source in {a.code[:3] for a in e.source}]
    assert acts, events
    assert all(reactor not in {a.code[:3] for a in e.target} for e in acts), acts


# ------------------------------------------- a lake, gulf or river named after a country is no
# actor: it borders several states
@pytest.mark.parametrize("text, country", [
    ("Boko Haram fighters attacked fishermen on Lake Chad.", "TCD"),
    ("Pirates hijacked an oil tanker in the Gulf of Guinea.", "GIN"),
    ("Gunmen ambushed a barge on the Congo River, killing six.", "COG"),
])
def test_water_named_after_a_country_is_no_actor(coder, text, country):
    for e in coder.code(text, date=DATE):
        assert all(a.code[:3] != country for a in e.source + e.target), e


# ------------------------------------------- an object pronoun ("accused it", "imposed sanctions
# on it", "condemned them") never means the subject of its own verb: it is the actor named before
@pytest.mark.parametrize("text, source, target", [
    ("After Pakistan tested a missile, India accused it of destabilising the region.", "IND", "PAK"),
    ("Russia invaded Ukraine in 2022, and the EU imposed sanctions on it.", "IGO", "RUS"),
    ("When Venezuela expelled its diplomats, Spain condemned it in the strongest terms.", "ESP", "VEN"),
    ("After Rwanda closed the border, Uganda accused it of an illegal blockade.", "UGA", "RWA"),
])
def test_object_pronoun_is_not_its_own_subject(coder, text, source, target):
    events = coder.code(text, date=DATE)
    found = [e for e in events if source in {a.code[:3] for a in e.source}]
    assert found and target in {a.code[:3] for a in found[-1].target}, events


# ------------------------------------------- two named sides that exchange fire, prisoners or
# accusations, or clash, act on each other: each is the other's target
@pytest.mark.parametrize("text, sides", [
    ("Israel and Hamas exchanged fire overnight.", {"ISR", "PSE"}),
    ("Iran and Iraq swapped hundreds of prisoners of war.", {"IRN", "IRQ"}),
    ("Thai and Cambodian soldiers exchanged artillery fire near the temple.", {"THA", "KHM"}),
    ("Armenia and Azerbaijan traded accusations over the shelling.", {"ARM", "AZE"}),
])
def test_exchange_between_two_sides(coder, text, sides):
    main = _main(coder, text)
    assert main is not None and set(main[1]) == sides, main
    assert set(main[2]) == sides, main


# ------------------------------------------- a passive whose subject is the owner's own measure
# ("Israel's blockade of Gaza was tightened"): the owner acts, the measure's phrase names the target
@pytest.mark.parametrize("text, source, target", [
    ("Israel's blockade of Gaza was tightened after the rocket attacks.", "ISR", "PSE"),
    ("American sanctions on Iran were tightened last week.", "USA", "IRN"),
    ("Saudi Arabia's blockade of Qatar was lifted in January.", "SAU", "QAT"),
    ("Russia's naval blockade of Ukrainian ports was eased under the grain deal.", "RUS", "UKR"),
])
def test_owner_of_a_tightened_measure_is_the_source(coder, text, source, target):
    _check(coder, text, source, target)


def test_owner_of_a_rejected_offer_stays_the_target(coder):
    main = _main(coder, "Russia's offer of talks was rejected by Kyiv.")
    assert main is not None and main[1] == ["UKR"] and main[2] == ["RUS"], main
