"""Families of actor misses found by helper "actors26" (issue #3) on fresh sentences whose hard part
is who the actors are:

- a named official acted on is his state's, so an institution one state's in wire copy ("the
  Treasury") that blacklists him is its home state's, not his (resolver _acted_on_countries reads
  people too; people_security.tsv lists Chen Quanguo); not when the institution's own phrase names
  a place ("a federal judge in Brasilia");
- "Georgia" in a document with words only a US state's news has ("grand jury", "county",
  "Republicans") and no other Georgian word is the US state (resolver _us_state_names,
  actor_words.tsv us_state_context); "Georgia accused Russia" stays the country;
- peoples whose lands lie in several states ("Baloch separatists", "Kurdish fighters", "Hazara
  elders") take the place their sentence names when it is one of their states, else a state of
  theirs the sentence names, else their default home (data/homelands.tsv, resolver _people_home),
  not the country of the side they fight;
- an attack "the Russian presidency attributed to Kyiv" with the relative clause's subject misread
  as the attack noun's apposition still names its doer (roles._blamed_doer); drones exploding are
  an attack told by its weapon (verbs.tsv);
- a town's former name borne by a big city of the story's country is no cue for it: "Pokrovsk"
  next to "Russian troops" is the Ukrainian town, not Engels, Russia (places._short_form_of);
- "pressed their advance on X" is fighting, not pressure on someone (verbs.tsv);
- "the diplomatic quarter of Kabul" names the place of an unclaimed bombing (word_sets place_heads).

The sentences are written for this file or taken from the lane's own fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ("The Treasury blacklisted Chen Quanguo over abuses against Uyghurs.", "2020-07-09", "SANCTION", "USA", "CHN"),
    ("The Treasury imposed sanctions on Lavrov.", "2022-02-25", "SANCTION", "USA", "RUS"),
    ("A federal judge in Brasilia ordered former president Lula to stand trial for obstruction of justice.",
     "2016-07-29", "COERCE", "BRA", "BRA"),
])
def test_actors26_home_institution_acting_on_a_named_official(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("A grand jury in Georgia indicted Trump and 18 others over efforts to overturn the 2020 election.",
     "2023-08-14", "ACCUSE", "USA", "USA"),
    ("Georgia Republicans accused the secretary of state of betraying Trump.", "2021-01-06", "ACCUSE", "USA", "USA"),
    ("Georgia accused Russian warplanes of bombing the town of Gori.", "2008-08-09", "ACCUSE", "GEO", "RUS"),
])
def test_actors26_georgia_the_us_state_or_the_country(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Baloch separatists attacked a train carrying hundreds of passengers, taking dozens of them hostage.",
     "2025-03-11", "ASSAULT", "PAK", None),
    ("Baloch militants killed 27 Revolutionary Guards in Iran.", "2019-02-13", "ASSAULT", "IRN", "IRN"),
    ("Turkish troops, who were backed by Syrian rebel groups, crossed into north-east Syria to attack Kurdish fighters.",
     "2019-10-09", "ASSAULT", "TUR", "SYR"),
    ("Iraqi forces attacked Kurdish fighters near Kirkuk.", "2017-10-16", "ASSAULT", "IRQ", "IRQ"),
])
def test_actors26_peoples_of_several_states(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Two drones exploded over the Kremlin overnight, in an attack the Russian presidency attributed to Kyiv.",
     "2023-05-03", "ASSAULT", "UKR", "RUS"),
    ("A bomb exploded near the Kremlin, in an attack the Russian presidency blamed on Kyiv.",
     "2023-05-03", "ASSAULT", "UKR", "RUS"),
    ("A truck bomb ripped through the diplomatic quarter of Kabul, killing more than 90 people.",
     "2017-05-31", "ASSAULT", "AFG", "AFG"),
])
def test_actors26_attack_doer_from_blame_or_place(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Russian troops pressed their advance on Pokrovsk, a logistics hub in the Donetsk region.",
     "2024-09-16", "ASSAULT", "RUS", "UKR"),
    ("Russian troops shelled Pokrovsk.", "2024-09-16", "ASSAULT", "RUS", "UKR"),
])
def test_actors26_pokrovsk_is_the_ukrainian_town(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date", [
    ("Georgia beat Portugal 2-0 in their final group match at the European Championship.", "2024-06-26"),
    ("Flood waters forced thousands from their homes around Newcastle in New South Wales.", "2022-02-14"),
    ("Shares in drone makers exploded after the announcement.", "2024-01-10"),
])
def test_actors26_no_event(coder, text, date):
    assert coded(coder, text, date) == []


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Kurds in Syria accused Turkey of preparing an invasion.", "2019-08-05", "ACCUSE", "SYR", "TUR"),
    ("Tuareg rebels said they killed dozens of Malian soldiers and Wagner fighters in heavy fighting near "
     "Tinzaouaten on the border with Algeria.", "2024-07-28", "ASSAULT", "MLI", "MLI"),
])
def test_actors26_a_people_named_alone_or_near_a_border(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source, target", [
    # a weapon's nationality is the side that fired it, before the place it hit (coder._weapon_owner)
    ("Russian bombs struck Kharkiv overnight, wounding 12 people, the regional governor said.",
     "2024-10-03", "ASSAULT", "RUS", "UKR"),
    ("A bomb exploded in the diplomatic quarter of Kabul.", "2017-05-31", "ASSAULT", "AFG", None),
    # a sentence-opening surname the tagger read as a preposition is still the subject
    ("Baerbock visited Kyiv and promised further German support.", "2022-09-10", "CONSULT", "DEU", "UKR"),
])
def test_actors26_weapon_owner_and_misread_surname(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)
