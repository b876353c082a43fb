"""Target shapes on unseen sentences (issue #3, helper targets5): each test holds sentences of one
shape, written for this file (not taken from an eval set or the helper's fresh set), and checks
the source and target countries a reader would give the main event."""
import pytest
from conftest import primary_event

DATE = "2015-06-01"


def _main(coder, text, date=DATE):
    p = primary_event(coder.code(text, date=date))
    return (p.event, sorted({a.primary for a in p.source}), sorted({a.primary for a in p.target})) if p else None


def _check(coder, text, event, source, target, date=DATE):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[1], main
    assert set(target if isinstance(target, list) else [target]) & set(main[2]), main


# ------------------------------------------- an object with no country of its own ("diplomats",
# "soldiers", "jets") takes the source's country as a guess; another country named in its own
# "from"/"to" phrase or in the verb's is whom the act reaches
@pytest.mark.parametrize("text, event, source, target", [
    ("Nicaragua expelled diplomats from four European countries, including Spain and Italy.",
     "SANCTION", "NIC", ["ESP", "ITA"]),
    ("Chad expelled diplomats from three neighbouring countries, including Niger and Sudan.",
     "SANCTION", "TCD", ["NER", "SDN"]),
    ("Austria refused to commit soldiers to the French-led mission in the Sahel.", "REJECT", "AUT", "FRA"),
    ("Portugal declined to commit troops to the US-led coalition against the Islamic State.", "REJECT", "PRT", "USA"),
    ("Peru signed a contract to buy helicopters from Russia worth 400 million dollars.", "SUPPORT", "PER", "RUS"),
])
def test_named_country_beats_guessed_object(coder, text, event, source, target):
    _check(coder, text, event, source, target)


# the guess stays when nobody else is named: the police's own protesters
@pytest.mark.parametrize("text, source", [
    ("Ugandan police arrested dozens of protesters in Kampala.", "UGA"),
    ("Peruvian troops fired tear gas at protesters near Lima.", "PER"),
])
def test_home_target_kept_without_other_name(coder, text, source):
    _check(coder, text, "COERCE", source, source)


# ------------------------------------------- "struck what X said was ...": X only labels the
# thing hit; the place the thing is in (or its owner) is the target
@pytest.mark.parametrize("text, source, target", [
    ("Indian warplanes struck what New Delhi said was a militant training camp near Balakot in Pakistan.", "IND", "PAK"),
    ("Pakistani jets struck what Islamabad called militant hideouts in Afghanistan's Paktika province.", "PAK", "AFG"),
    ("American warplanes struck what Washington said were militia depots in eastern Syria.", "USA", "SYR"),
])
def test_free_relative_speaker_is_no_target(coder, text, source, target):
    _check(coder, text, "ASSAULT", source, target)


# ------------------------------------------- a country's formal name that the tagger reads as one
# organisation with its article ("the State of Palestine"): the article is no part of a longer
# name, so the country stays a country
@pytest.mark.parametrize("text, source, target", [
    ("Spain formally recognised the State of Palestine on Tuesday.", "ESP", "PSE"),
    ("Ireland became the latest European country to recognise the State of Palestine.", "IRL", "PSE"),
])
def test_formal_country_name_with_article(coder, text, source, target):
    _check(coder, text, "SUPPORT", source, target)


# ------------------------------------------- "rejected Ethiopia's agreement with Somaliland": a
# named possessor of the object is whom the act is about, before the object's own phrases; the
# subject's own country as possessor is not ("Putin expressed Russia's support for ...")
@pytest.mark.parametrize("text, event, source, target", [
    ("Serbia rejected Montenegro's agreement with Kosovo on the border.", "REJECT", "SRB", "MNE"),
    ("Greece rejected Turkey's maritime deal with Libya as void.", "REJECT", "GRC", "TUR"),
    ("Vladimir Putin expressed Russia's full support for Venezuela in the dispute.", "SUPPORT", "RUS", "VEN"),
])
def test_named_possessor_of_object(coder, text, event, source, target):
    _check(coder, text, event, source, target)


# ------------------------------------------- victims named only by what they are: an armed group's
# attack on schoolgirls or churchgoers at home hits its own country
@pytest.mark.parametrize("text, source", [
    ("Boko Haram fighters abducted 300 schoolgirls in Jangebe.", "NGA"),
    ("ISWAP militants seized forty schoolboys in Kagara.", "NGA"),
    ("Boko Haram fighters kidnapped 110 schoolgirls from a school in Dapchi.", "NGA"),
])
def test_victims_named_by_what_they_are(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "ASSAULT" and main[2] == [source], main
