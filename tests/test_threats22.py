"""Families of misses found by helper "threats22" (issue #3): threats, coercion and force phrased
without the usual verbs. "All options remain on the table" said of a foe; a side told "to expect"
penalties; an act that "would meet a response"; a deadline handed over; troops given a time limit
to leave (expelled, not an ultimatum); a state ordering a foreign outlet to close; parties
disbanded, nationality revoked, "foreign agent" labels; places subjected to bombardment, buildings
flattened by warplanes, campaigns and barrages of strikes, guns that pound; reservists summoned and
warplanes flown into an air defence zone. And the near misses: a coach's options, a skipped
meeting, a school's expulsions, a hospital drill, a plan that met a cool response. Every sentence
is written for this file, none is taken from a gold or lane set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target, cameo", [
    ("Washington told Tehran that all options remained on the table after the tanker seizures.", "2019-07-20",
     "THREATEN", "USA", "IRN", "138"),
    ("Seoul's defence ministry said every option was on the table should the North fire another missile over Japan.",
     "2022-10-05", "THREATEN", "KOR", None, "138"),
    ("London told Moscow to expect severe economic penalties if its troops crossed the border.", "2022-01-30",
     "THREATEN", "GBR", "RUS", "1312"),
    ("Baghdad said any incursion by Turkish troops would meet a firm response.", "2021-05-03",
     "THREATEN", "IRQ", "TUR", "130"),
    ("Athens said any attack by Turkish warships would be met with an immediate response.", "2020-08-20",
     "THREATEN", "GRC", "TUR", "130"),
    ("The Ethiopian army handed Tigrayan commanders a 72-hour deadline to surrender Mekelle.", "2020-11-22",
     "THREATEN", "ETHMIL", None, "139"),
])
def test_threats22_threats_without_threat_verbs(coder, text, date, event, source, target, cameo):
    assert _has(coded(coder, text, date), event, source, target, cameo=cameo)


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Mali's junta gave French troops six months to leave the country.", "2022-02-18", "166", "MLI", "FRAMIL"),
    ("Congo gave the UN peacekeepers three months to leave its territory.", "2023-09-21", "1661", "COD", "IGOUNO"),
])
def test_threats22_forces_given_a_time_limit_to_leave_are_expelled(coder, text, date, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target, cameo=cameo)
    assert not _has(evs, "THREATEN")


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Moscow ordered the BBC to close its bureau in the Russian capital.", "2022-03-04", "172", "RUS", "GBRMED"),
    ("Belarus's supreme court disbanded the opposition United Civic Party.", "2023-08-10", "1722", "BLRJUD", "BLR"),
    ("Bahrain revoked the nationality of 30 activists living abroad.", "2019-04-16", "172", "BHR", None),
    ("Russia's justice ministry designated the broadcaster TV Rain a foreign agent.", "2021-08-20",
     "172", "RUSGOV", None),
])
def test_threats22_coercion_without_arrest_verbs(coder, text, date, cameo, source, target):
    assert _has(coded(coder, text, date), "COERCE", source, target, cameo=cameo)


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Russian forces subjected Kharkiv to weeks of heavy bombardment.", "2022-05-02", "190", "RUSMIL", "UKR"),
    ("Israeli warplanes flattened a residential tower in Gaza City.", "2023-10-09", "195", "ISRMIL", "PSE"),
    ("France began a campaign of air strikes on Islamic State positions in Raqqa.", "2015-11-16", "195", "FRA", "IMGINS"),
    ("Ukrainian guns pounded Russian trenches near Avdiivka.", "2023-11-02", "194", "UKRMIL", "RUS"),
    ("Armenia summoned thousands of reservists as fighting on the border escalated.", "2020-09-28", "154", "ARM", None),
    ("Beijing flew 30 warplanes into Taiwan's air defence zone on Monday.", "2022-05-30", "150", "CHN", "TWN"),
])
def test_threats22_force_without_attack_verbs(coder, text, date, cameo, source, target):
    assert _has(coded(coder, text, date), _type(cameo), source, target, cameo=cameo)


def _type(cameo):
    return "MOBILIZE" if cameo.startswith("15") else "ASSAULT"


@pytest.mark.parametrize("text, date", [
    ("The club's coach said all options were on the table for the cup final after three injuries.", "2023-05-01"),
    ("Brazil's president skipped the ASEAN leaders' meeting in Jakarta.", "2023-09-05"),
    ("A secondary school in Kampala expelled 25 students for cheating in their exams.", "2019-11-12"),
    ("Hospitals in Manila staged a drill to prepare for a major earthquake.", "2022-07-28"),
    ("The plan met a cool response from France.", "2021-06-01"),
    ("A severe storm flattened banana plantations across the province.", "2020-11-03"),
])
def test_threats22_near_misses_code_nothing(coder, text, date):
    assert coded(coder, text, date) == []
