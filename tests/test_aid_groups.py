"""Aid groups and charities with a country, and verb pairs in sentences the parser left without a
main verb (issue #3): "Nurses from three British charities collected and shipped medicine to a
clinic in Kabul" is British aid to Afghanistan, the way a reader (and PETRARCH's ~NGO agent) reads it."""
import pytest
from conftest import coded, has_event


@pytest.mark.parametrize("text, date, source, target", [
    ("A Norwegian charity delivered tents to flood victims in Pakistan.", "2010-08-20", "NOR", "PAK"),
    ("Two Canadian aid agencies sent food to families in Gaza.", "2009-01-15", "CAN", "PSE"),
    ("Turkish relief organisations shipped medicine to Somalia.", "2011-08-19", "TUR", "SOM"),
    ("Italian and Spanish aid groups sent doctors to Sierra Leone.", "2014-10-02", "ITA", "SLE"),
])
def test_an_aid_group_the_text_gives_a_country_is_that_countrys(coder, text, date, source, target):
    events = coded(coder, text, date)
    assert has_event(events, "AID", source, target), events


@pytest.mark.parametrize("text, date", [
    # no country in the phrase: the international NGOs, whatever the story's main country
    ("Aid agencies delivered food to refugees from Darfur.", "2004-06-01"),
    ("Human rights groups accused the Egyptian police of torture.", "2013-05-02"),
])
def test_an_aid_group_without_a_country_stays_international(coder, text, date):
    events = coded(coder, text, date)
    assert events and all(src in ([], ["NGO"]) for *_, src, _ in events), events


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Volunteers from a Danish charity collected and shipped blankets to refugees in Jordan.", "2013-01-10",
     "AID", "DNK", "JOR"),
    ("Engineers from a Chinese state firm built and donated a hospital to Zambia.", "2016-03-01",
     "AID", "CHN", "ZMB"),
    ("Soldiers from the Malian army surrounded and stormed the rebel camp.", "2013-02-02", "ASSAULT", "MLI", "MLI"),  # a rebel camp stormed is attacked (types21)
])
def test_a_verb_pair_hung_on_the_subject_noun_is_the_main_verb(coder, text, date, event, source, target):
    events = coded(coder, text, date)
    assert has_event(events, event, source, target), events


@pytest.mark.parametrize("text, date", [
    # a real participle: the noun is what was given, no one is named as giver
    ("Supplies collected and shipped last month are still stuck in the port.", "2013-01-10"),
])
def test_a_participle_pair_without_a_doer_names_no_giver(coder, text, date):
    assert not has_event(coded(coder, text, date), "AID"), coded(coder, text, date)
