"""Event types of whole families of news sentences (issue #3, helper types4): each test holds
sentences of one shape, with other actors and words of the same family than the ones the fix
was found on, and checks the type a reader would give the main event."""
import pytest
from conftest import main_event

DATE = "2019-06-01"


def _main(coder, text, date=DATE):
    return main_event(coder, text, date)


# ------------------------------------------- "opposition figure X" is a person, not statistics
@pytest.mark.parametrize("text, source", [
    ("Belarus released veteran opposition figure Mikola Statkevich after years in a penal colony.", "BLR"),
    ("Uzbekistan freed prominent opposition figure Murad Dzhuraev after 21 years behind bars.", "UZB"),
    ("Cuban authorities released dissident figure Jose Daniel Ferrer from prison in Santiago.", "CUB"),
])
def test_releasing_a_named_figure_frees_a_person(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "RETREAT" and main[1] == "0841", main
    assert source in main[2], main


def test_released_figures_alone_stay_statistics(coder):
    events = coder.code("Iran's central bank released figures showing inflation at 40 percent.", date=DATE)
    assert all(e.cameo != "0841" for e in events), [(e.cameo, e.trigger) for e in events]


# ------------------------------------------- rioters and captors are actors of their country
@pytest.mark.parametrize("text, event, source, date", [
    ("Rioters burned the regional governor's office in the Peruvian city of Puno.", "PROTEST", "PER", "2023-01-10"),
    ("Rioters ransacked the parliament building in the Solomon Islands capital Honiara.", "PROTEST", "SLB", "2021-11-25"),
    ("Eleven Filipino sailors were released by their Nigerian captors after a month in the Niger Delta.", "RETREAT", "NGA", "2012-05-02"),
    ("A Turkish truck driver was freed by his Libyan captors near Sirte on Friday.", "RETREAT", "LBY", "2016-03-04"),
])
def test_rioters_and_captors_are_coded_actors(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event, main
    assert source in main[2], main


# ------------------------------------------- limits on exports, imports or sales are sanctions
@pytest.mark.parametrize("text, source, target, date", [
    ("South Korea imposed controls on exports of strategic goods to Japan in a tit-for-tat move.", "KOR", "JPN", "2019-08-12"),
    ("Beijing slapped restrictions on imports of Lithuanian beef after Vilnius let Taiwan open an office.", "CHN", "LTU", "2021-12-10"),
    ("The United States tightened limits on sales of advanced chips to Chinese firms.", "USA", "CHN", "2023-10-17"),
    ("Moscow imposed restrictions on imports of Moldovan wine and fruit as relations soured.", "RUS", "MDA", "2014-07-21"),
    ("The Netherlands tightened restrictions on exports of chip-making equipment to China.", "NLD", "CHN", "2023-06-30"),
])
def test_trade_limits_are_sanctions(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "SANCTION" and main[1] == "163", main
    assert source in main[2] and target in main[3], main


def test_restrictions_at_home_stay_administrative(coder):
    main = _main(coder, "Sri Lanka imposed restrictions on public gatherings in Colombo after the protests.", "2022-04-02")
    assert main is None or main[0] != "SANCTION", main


@pytest.mark.parametrize("text, source, target, date", [
    ("Russia lifted its restrictions on imports of Georgian mineral water after talks in Prague.", "RUS", "GEO", "2013-05-20"),
    ("Indonesia eased its ban on exports of palm oil to India as stocks piled up.", "IDN", "IND", "2022-05-23"),
    ("Britain scrapped curbs on sales of military equipment to Israel imposed during the war.", "GBR", "ISR", "2010-07-12"),
])
def test_lifting_trade_limits_eases_an_embargo(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "RETREAT" and main[1] == "085", main
    assert source in main[2] and target in main[3], main


def test_lifting_a_ban_on_rallies_stays_a_concession(coder):
    main = _main(coder, "Zambia's president lifted a ban on opposition rallies in the capital.", "2021-09-01")
    assert main is not None and main[0] == "CONCEDE", main


# ------------------------------------------- fighting an epidemic or a drought is no violence
@pytest.mark.parametrize("text, date", [
    ("Nurses in Congo are fighting a measles outbreak that has killed thousands of children.", "2019-11-20"),
    ("Pakistan battled a plague of locusts that swept across Punjab.", "2020-02-01"),
    ("Haiti is combating a cholera epidemic that began after the earthquake.", "2010-11-15"),
])
def test_fighting_hardships_is_no_event(coder, text, date):
    assert coder.code(text, date=date) == [], text


def test_fighting_rebels_stays_violence(coder):
    main = _main(coder, "Nigerian troops fought Boko Haram militants near Maiduguri on Sunday.", "2015-03-01")
    assert main is not None and main[0] == "ASSAULT", main


# ------------------------------------------- a ceasefire signed by the sides is a signed agreement
@pytest.mark.parametrize("text, date", [
    ("Sri Lanka's government and Tamil Tiger rebels signed a ceasefire in Colombo.", "2002-02-22"),
    ("Georgian and South Ossetian officials signed a truce in the presence of Russian mediators.", "1992-06-24"),
    ("The government of Sudan and the SPLA signed a ceasefire for the Nuba Mountains in Switzerland.", "2002-01-19"),
])
def test_signed_ceasefires_are_agreements(coder, text, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "SUPPORT" and main[1] == "057", main


def test_declared_ceasefire_stays_a_truce(coder):
    main = _main(coder, "Hamas declared a unilateral ceasefire in Gaza on Sunday.", "2009-01-18")
    assert main is not None and main[0] == "RETREAT", main


# ------------------------------------------- a joint force fielded by two sides is cooperation
@pytest.mark.parametrize("text, date", [
    ("Burundi and Rwanda deployed a joint brigade along their shared border.", "2008-03-11"),
    ("Mozambique and Zimbabwe formed a joint force to guard the Beira corridor.", "1987-06-02"),
    ("Uganda and Congo sent a joint unit into the Ituri forest to hunt rebels.", "2021-12-05"),
])
def test_joint_forces_are_military_cooperation(coder, text, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "COOPERATE" and main[1] == "062", main


def test_a_force_sent_by_one_side_stays_mobilisation(coder):
    main = _main(coder, "Rwanda deployed a force of 1,000 troops to Mozambique's Cabo Delgado province.", "2021-07-10")
    assert main is None or main[0] != "COOPERATE", main
