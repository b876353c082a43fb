"""Two word families added in session 9 (issue #3): people seized or captured are abducted (181), and
a price or penalty a speaker promises someone is a threat against that someone. Sentences written
for these tests, with look-alikes that must keep their own code."""
import pytest
from conftest import primary_event


def _main(coder, text, date):
    p = primary_event(coder.code(text, date=date))
    return (p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


@pytest.mark.parametrize("text, date, source, target", [
    ("Boko Haram fighters seized four Nigerian aid workers near Damasak in Borno state.", "2019-07-20", "NGA", "NGA"),
    ("Houthi rebels captured three Saudi border guards in a raid on Najran.", "2018-04-02", "YEM", "SAU"),
    ("Pirates seized eleven Indian sailors off the coast of Somalia.", "2010-05-12", "SOM", "IND"),
    ("Islamic State militants captured two Jordanian pilots near Raqqa.", "2015-01-04", "IMG", "JOR"),
])
def test_people_seized_or_captured_are_abducted(coder, text, date, source, target):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "181", main
    assert source in main[1] and target in main[2], main


@pytest.mark.parametrize("text, date, cameo", [
    # things seized keep the seizure code; a town captured is territory taken
    ("The Indian navy seized a Pakistani fishing boat off Gujarat.", "2021-03-11", "171"),
    ("Rebels captured the town of Goma after days of fighting.", "2012-11-20", "192"),
])
def test_things_and_towns_seized_keep_their_codes(coder, text, date, cameo):
    main = _main(coder, text, date)
    assert main is not None and main[0] == cameo, main


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("The Iranian foreign ministry said Britain would pay a heavy price for the seizure of the tanker.",
     "2019-07-06", "130", "IRN", "GBR"),
    ("Seoul said the North would pay a high price for any further provocation.", "2016-01-08", "130", "KOR", "PRK"),
    ("The European Commission said Minsk would face new sanctions over the forced landing.",
     "2021-05-24", "1312", "IGO", "BLR"),
    ("The Turkish president said the perpetrators' backers would face the wrath of the nation.",
     "2016-07-17", "130", "TUR", None),
])
def test_a_promised_price_or_penalty_is_a_threat(coder, text, date, cameo, source, target):
    main = _main(coder, text, date)
    assert main is not None and main[0] == cameo and source in main[1], main
    assert target is None or target in main[2], main


@pytest.mark.parametrize("text, date", [
    ("Consumers will pay a higher price for petrol from Monday, the energy regulator said.", "2022-03-01"),
    ("Farmers said they would face heavy losses because of the drought.", "2018-08-14"),
])
def test_prices_of_goods_and_losses_are_no_threat(coder, text, date):
    main = _main(coder, text, date)
    assert main is None or main[0][:2] != "13", main


@pytest.mark.parametrize("text, date, source, victim", [
    # an unnamed attacker at sea is of the country whose coast it acts off, not of its victims
    ("Pirates hijacked a Greek oil tanker off Benin on Sunday.", "2012-08-20", "BEN", "GRC"),
    ("Armed men seized a Chinese fishing crew off the coast of Gabon.", "2019-03-05", "GAB", "CHN"),
])
def test_unnamed_attackers_at_sea_take_the_coast(coder, text, date, source, victim):
    main = _main(coder, text, date)
    assert main is not None and source in main[1] and victim not in main[1], main


@pytest.mark.parametrize("name, weak", [
    # another spelling of a small town's own name stays a good cue ('Afrin' for the name written
    # with its marks, 'Jenin' for 'Janin'); a different name listed for it is not ('Baga' for Bargarh)
    ("Afrin", False),
    ("Jenin", False),
    ("Baga", True),
])
def test_spellings_of_a_town_name_are_no_weak_cue(coder, name, weak):
    place = coder.gazetteer.cities(name)[0]
    assert coder.gazetteer.weak_name(name, place) is weak, place
