"""Families of event-type misses found by helper "types23" (issue #3) on 155 fresh sentences that
spread over all sixteen PLOVER types in rarer news wording (phrasal verbs, idioms, nominal acts):

- lexicon coverage: foreign forces kicked or ordered out are expelled (166, SANCTION, not the
  deportation of a person, 174); weapons, hardware and relief goods handed over are aid (072/073,
  not a release, 084); an envoy hauled in is summoned (114); a leader dropping in on another visits
  him (042); a side turned to for troops or weapons is asked for military aid (0232); a go-between
  mediates (045); a city to be reduced to rubble is threatened with force (13x);
- a sum sought or requested from a side ("sought $3 billion in emergency funding from the IMF")
  is an appeal for economic aid (0231), as 'seek loan' is;
- a warning that one's own side could act ("warned Ankara that it could impose sanctions") is a
  threat, as "said it could" is; a passive act declared or vowed ("declared that Israel would be
  severely punished") is the declarer's threat, as a said one is;
- a missile battery is a weapon by its two-word kind ("Patriot missile batteries") when sent to a
  country (072), and an armed group commandeering a ship hijacks it (181, like 'seize');
- jets scrambled "to warn off" intruding aircraft show force (150): no spoken threat.

Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Niger's military rulers ordered out American troops stationed near Agadez.", "2024-03-20",
     "SANCTION", "166", "NER", "USA"),
    ("Slovakia handed over its MiG-29 fighter jets to Ukraine.", "2023-04-17", "AID", "072", "SVK", "UKR"),
    ("Jordan handed over blankets and medicine to flood victims in Libya.", "2023-09-14", "AID", "073", "JOR", "LBY"),
    ("Rome hauled in the Russian ambassador over the expulsion of Italian diplomats.", "2022-05-18",
     "ACCUSE", "114", "ITA", "RUS"),
    ("Boris Johnson dropped in on Volodymyr Zelensky in Kyiv.", "2022-04-09", "CONSULT", "042", "GBR", "UKR"),
    ("Mali turned to Moscow for weapons and troops.", "2021-12-01", "REQUEST", "0232", "MLI", "RUS"),
    ("Oman acted as a go-between for Washington and Tehran.", "2023-06-12", "CONSULT", "045", "OMN", None),
])
def test_types23_lexicon_rows(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo)


def test_types23_kicked_out_person_stays_a_deportation(coder):
    evs = coded(coder, "Moscow kicked out a Dutch correspondent after his visa expired.", "2013-10-01")
    assert not _has(evs, "SANCTION", cameo="166")


@pytest.mark.parametrize("text, date, event, cameo_prefix, source, target", [
    ("Kenya sought $1 billion in new loans from the World Bank.", "2023-02-10", "REQUEST", "023", "KEN", "IGOWBK"),
    ("Brussels froze billions in cohesion funds for Poland.", "2021-12-20", "SANCTION", "162", "IGOEEC", "POL"),
])
def test_types23_sum_in_names_the_money(coder, text, date, event, cameo_prefix, source, target):
    assert _has(coded(coder, text, date), event, source, target, cameo_prefix=cameo_prefix)


@pytest.mark.parametrize("text, date, source, target", [
    ("Washington warned Ankara that it could impose sanctions over its purchase of Russian missiles.", "2019-06-12",
     "USA", "TUR"),
    ("Erdogan declared that Syria would be severely punished for the shelling.", "2012-10-04", "TURGOV", "SYR"),
    ("Hezbollah vowed to reduce Haifa to ashes in any new war.", "2019-09-21", "LBNINS", None),
])
def test_types23_threats(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "THREATEN", source, target)


def test_types23_missile_batteries_sent_to_a_country_are_arms_aid(coder):
    evs = coded(coder, "The Netherlands sent two Patriot missile batteries to Ukraine.", "2024-06-21")
    assert _has(evs, "AID", "NLD", "UKR", cameo="072")
    assert not _has(evs, "MOBILIZE")


def test_types23_armed_group_commandeering_a_ship_hijacks_it(coder):
    evs = coded(coder, "Houthi fighters commandeered a Bahamas-flagged cargo ship in the Red Sea.", "2023-11-19")
    assert _has(evs, "ASSAULT", "YEMREB", cameo="181")


def test_types23_jets_scrambled_to_warn_off_aircraft_show_force(coder):
    evs = coded(coder, "Japan scrambled fighter jets to warn off Russian bombers near Hokkaido.", "2022-05-24")
    assert _has(evs, "MOBILIZE", "JPN", cameo="150")
    assert not _has(evs, "THREATEN")


@pytest.mark.parametrize("text, date", [
    ("The supermarket chain handed over its Dublin store to a new owner.", "2023-04-04"),
    ("The landlord kicked out the tenants after months of unpaid rent.", "2023-04-04"),
    ("Villagers hauled in their nets before the storm reached the coast.", "2023-04-04"),
])
def test_types23_no_event(coder, text, date):
    assert coded(coder, text, date) == []
