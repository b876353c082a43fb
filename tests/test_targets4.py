"""Target shapes on unseen sentences (issue #3, helper targets4): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
the source and target countries a reader would give the main event."""
import pytest
from conftest import primary_event

DATE = "2012-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, sorted({a.primary for a in p.source}), sorted({a.primary for a in p.target})) if p else None


def _check(coder, text, event, source, target, date=DATE):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[1], main
    assert main[2] == sorted(target if isinstance(target, list) else [target]), main


# ------------------------------------------- a call to free people held "by X": X holds them and
# is the target, not the people freed nor their country
@pytest.mark.parametrize("text, source, target", [
    ("Italy demanded the release of three engineers kidnapped by Nigerian militants.", "ITA", "NGA"),
    ("Britain called for the release of two sailors seized by Iranian forces.", "GBR", "IRN"),
    ("Seoul demanded the return of its fishermen detained by the North Korean navy.", "KOR", "PRK"),
    ("The Vatican called for the release of priests held by Colombian guerrillas.", "VAT", "COL"),
])
def test_release_of_people_held_by_x(coder, text, source, target):
    _check(coder, text, "REQUEST", source, target)


# ------------------------------------------- "lodged a complaint against X with Y": the object's
# own "against" names the accused; the body it was taken to is only the venue
@pytest.mark.parametrize("text, source, target", [
    ("Cyprus lodged a complaint against Turkey with the European Union over drilling in its waters.", "CYP", "TUR"),
    ("Guyana filed a protest against Venezuela with the United Nations over the naval incursion.", "GUY", "VEN"),
    ("Lebanon lodged a protest against Israel with the Security Council over the overflights.", "LBN", "ISR"),
])
def test_complaint_against_x_with_a_body(coder, text, source, target):
    _check(coder, text, "ACCUSE", source, target)


# ------------------------------------------- "both sides in X", "all sides in X's war": the sides
# of one country's conflict are that country, also when the parser hangs "in X" on the verb
@pytest.mark.parametrize("text, source, target", [
    ("The Arab League urged both sides in Libya to accept a ceasefire.", "IGO", "LBY"),
    ("Norway called on all sides in Myanmar to end the violence.", "NOR", "MMR"),
    ("The UN envoy urged the two sides in Ethiopia's war to return to talks.", "IGO", "ETH"),
])
def test_sides_in_a_country(coder, text, source, target):
    _check(coder, text, "REQUEST", source, target)


# ------------------------------------------- "North and South Korean warships exchanged fire":
# the bare compass word is its own demonym, so both sides act and each is the other's target
@pytest.mark.parametrize("text, sides", [
    ("North and South Korean patrol boats exchanged fire off the west coast.", ["KOR", "PRK"]),
    ("North and South Sudanese forces exchanged fire near Heglig.", ["SDN", "SSD"]),
])
def test_compass_word_conjoined_with_a_demonym(coder, text, sides):
    _check(coder, text, "ASSAULT", sides[0], sides, "2012-04-10")
    main = _main(coder, text, "2012-04-10")
    assert main[1] == sides, main


# ------------------------------------------- "X's act drew a rebuke from Y": the act in the
# subject is what the reaction answers; the reaction (Y -> X) is the main event
@pytest.mark.parametrize("text, event, source, target", [
    ("China's blockade of Taiwan drew condemnation from Japan.", "ACCUSE", "JPN", "CHN"),
    ("Russia's seizure of three Ukrainian ships drew sharp criticism from Germany.", "ACCUSE", "DEU", "RUS"),
])
def test_reaction_to_an_act_is_the_news(coder, text, event, source, target):
    _check(coder, text, event, source, target, "2019-06-20")


# ------------------------------------------- "militants based in Pakistan had attacked an army
# camp": the place of a participle describing the attackers is theirs, not where the act happened,
# so the unnamed victims keep the speaker's country
@pytest.mark.parametrize("text, source, target", [
    ("India's army said militants based in Pakistan had attacked an army camp.", "PAK", "IND"),
    ("Kabul said gunmen trained in Pakistan had attacked a police station.", "PAK", "AFG"),
    ("Colombia's defence minister said rebels based in Venezuela had ambushed soldiers.", "VEN", "COL"),
])
def test_place_of_the_attackers_is_not_the_victims(coder, text, source, target):
    _check(coder, text, "ASSAULT", source, target, "2016-09-18")


# ------------------------------------------- "X phoned Y and urged him to ...": an object "him"
# of a verb conjoined to X's is never X (that would be "himself"); it is the person named before
@pytest.mark.parametrize("text, event, source, target, date", [
    ("Shinzo Abe phoned Donald Trump and urged him to keep pressure on North Korea.", "REQUEST", "JPN", "USA", "2019-05-01"),
    ("Sergei Lavrov called Antony Blinken and warned him against sending tanks to Ukraine.", "THREATEN", "RUS", "USA", "2023-01-20"),
    ("Narendra Modi phoned Vladimir Putin and urged him to end the war.", "REQUEST", "IND", "RUS", "2022-09-16"),
])
def test_object_pronoun_after_a_conjoined_verb(coder, text, event, source, target, date):
    events = [e for e in coder.code(text, date=date) if e.event == event]
    assert events and source in {a.primary for a in events[0].source}, events
    assert [a.primary for a in events[0].target] == [target], events


# ------------------------------------------- a title only one state's office holder bears ("the
# pope", "the pontiff", "the Taoiseach") is that state's, as source and as target, not a country
# guessed from the sentence
@pytest.mark.parametrize("text, source, target", [
    ("The pope urged Myanmar's generals to free political prisoners.", "VAT", "MMR"),
    ("The pontiff received the Lebanese president at the Vatican.", "VAT", "LBN"),
    ("Vladimir Putin held talks with the pope in Rome.", "RUS", "VAT"),
    ("The Taoiseach held talks with Britain's prime minister on the border.", "IRL", "GBR"),
])
def test_sole_state_titles(coder, text, source, target):
    main = _main(coder, text, "2019-07-04")
    assert main is not None and main[1] == [source] and main[2] == [target], main


# ------------------------------------------- "condemned Israel's raids on Gaza": the one blamed for
# an act is its doer, not the place or people its "on"/"against" phrase says it was aimed at
@pytest.mark.parametrize("text, source, target", [
    ("Jordan condemned Israel's raids on the West Bank.", "JOR", "ISR"),
    ("Beijing denounced the American sanctions on Chinese firms.", "CHN", "USA"),
    ("Egypt criticised the Turkish offensive against Kurdish fighters.", "EGY", "TUR"),
])
def test_condemned_act_blames_its_doer(coder, text, source, target):
    _check(coder, text, "ACCUSE", source, target, "2019-10-12")
