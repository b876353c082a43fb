"""Long wire leads, round 2 (issue #3, helper "wire11"): side clauses opened by "while", coups,
reactions to the act of the clause before, phrasal "pressed ahead", repression of strikers and
students, captures of named people. One test per cause; every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, home, away", [
    # the place or person of a "while" clause with its own subject is that clause's, not the act's
    ("Army commanders in Bangkok seized power in a bloodless coup on Tuesday night while the prime minister "
     "was attending a summit in New York.", "2006-09-19", "THA", None, "USA"),
    ("Rebel soldiers stormed state television in Ouagadougou on Wednesday while President Roch Kabore "
     "was on a visit to Paris.", "2015-09-16", "BFA", None, "FRA"),
])
def test_wire11_while_clause_is_no_target(coder, text, date, source, home, away):
    evs = coded(coder, text, date)
    assert evs, evs
    assert not any(any(c.startswith(away) for c in tgt) for _, _, _, tgt in evs), evs


def test_wire11_people_name_is_no_town(coder):
    # "Thai" is also a Malaysian village in the gazetteer: the military's demonym is no place
    evs = coded(coder, "The Thai military seized power in a coup on Tuesday.", "2014-05-22")
    assert _has(evs, "COERCE", "THA", cameo="170"), evs
    assert not any(any(c.startswith("MYS") for c in tgt) for _, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date, country", [
    # seizing power is aimed at one's own state when nobody else is named
    ("The Thai military seized power in a coup on Tuesday.", "2014-05-22", "THA"),
    ("Mutinous soldiers in Guinea seized power on Sunday.", "2021-09-05", "GIN"),
])
def test_wire11_coup_faces_home(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", country, country, cameo="170"), evs


@pytest.mark.parametrize("text, date", [
    # "pressed ahead with" / "pushed ahead with" is going on with one's plan, not pressing anyone
    ("Zimbabwe's ruling party pressed ahead with a parliamentary vote on Friday despite protests from "
     "the opposition.", "2008-06-27"),
    ("Venezuela's government pushed ahead with plans for a new assembly on Sunday despite appeals "
     "from Brazil.", "2017-07-30"),
])
def test_wire11_press_ahead_is_no_request(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "REQUEST" for ev, _, _, _ in evs), evs


def test_wire11_press_someone_still_requests(coder):
    evs = coded(coder, "The United States pressed Venezuela to allow aid into the country.", "2019-02-10")
    assert _has(evs, "REQUEST", "USA", "VEN"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "X did A, and Y condemned the move": the reaction is aimed at the clause before's doer
    ("India revoked the special status of Kashmir on Monday, and Pakistan condemned the decision "
     "as illegal.", "2019-08-05", "PAK", "IND"),
    ("Kosovo's parliament declared independence on Sunday, and Serbia's president denounced the "
     "move as illegitimate.", "2008-02-17", "SRB", "XKX"),
])
def test_wire11_reaction_to_clause_before(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


def test_wire11_brokers_are_no_target(coder):
    # "under a deal brokered by Russia and the United Nations": neither broker signed with them
    evs = coded(coder, "Angolan President Jose Eduardo dos Santos and rebel leader Jonas Savimbi signed a "
                       "peace accord in Lusaka on Sunday to end the civil war, under a deal brokered by "
                       "Portugal and the United Nations.", "1994-11-20")
    assert _has(evs, "SUPPORT", "AGO", cameo="057"), evs
    assert not _has(evs, "SUPPORT", "AGO", "IGOUNO"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a state's forces fighting strikers or students at home repress them (175)
    ("Kazakh riot police clashed with striking oil workers in Zhanaozen on Friday.", "2011-12-16",
     "KAZCOP", "KAZLAB"),
    ("Bangladeshi police clashed with university students in Dhaka on Tuesday.", "2024-07-16",
     "BGDCOP", "BGDEDU"),
])
def test_wire11_repression_of_strikers_and_students(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="175"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # armed men capturing a named person arrest him (173); capturing a town stays an occupation
    ("U.S. soldiers captured former Iraqi President Saddam Hussein near Tikrit on Saturday.",
     "2003-12-14", "USA", "IRQ"),
    ("Libyan fighters captured Muammar Gaddafi near Sirte on Thursday.", "2011-10-20", "LBY", "LBY"),
])
def test_wire11_capture_of_a_person_is_arrest(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="173"), evs


def test_wire11_capture_of_a_town_stays_assault(coder):
    evs = coded(coder, "Islamic State fighters captured the city of Mosul on Tuesday.", "2014-06-10")
    assert _has(evs, "ASSAULT", cameo="192"), evs


@pytest.mark.parametrize("text, date, first, second", [
    # "X did A to Y and Z did B": the parser may read Z as one more object of A; Z is B's subject
    # and no target of A
    ("The European Union imposed sanctions on Russian officials and the United States froze the "
     "assets of seven Kremlin aides.", "2014-03-17", ("SANCTION", "IGOEEC", "RUS"), ("SANCTION", "USA", "RUS")),
    ("Iraq fired missiles at Kuwait and the United States bombed Baghdad.", "2003-03-20",
     ("ASSAULT", "IRQ", "KWT"), ("ASSAULT", "USA", "IRQ")),
    ("The Security Council demanded that Indonesia disarm the militias and the United States threatened "
     "to cut military ties with Jakarta.", "2000-09-08", ("REQUEST", "IGOUNO", "IDN"), ("THREATEN", "USA", "IDN")),
])
def test_wire11_second_clause_subject_read_as_object(coder, text, date, first, second):
    evs = coded(coder, text, date)
    assert _has(evs, *first), evs
    assert _has(evs, *second), evs
    assert not any(ev == first[0] and src and src[0].startswith(first[1]) and any(c.startswith(second[1]) for c in tgt)
                   for ev, _, src, tgt in evs), evs


def test_wire11_swearing_in_is_no_vow(coder):
    # "swore in X as president" installs someone; it is not "swore to" (intent, 030)
    evs = coded(coder, "Indonesia's assembly swore in Megawati Sukarnoputri as president on Monday.", "2001-07-23")
    assert not any(ev == "AGREE" for ev, _, _, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a head of state sacked or dismissed like any official (172)
    ("Indonesia's top assembly sacked President Abdurrahman Wahid on Monday.", "2001-07-23", "IDN", "IDN"),
    ("Peru's Congress dismissed President Martin Vizcarra on Monday.", "2020-11-09", "PER", "PER"),
])
def test_wire11_sacking_a_president(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", source, target, cameo="172"), evs


def test_wire11_countries_including_act(coder):
    # "twelve countries including the United States and Japan": the named members act
    evs = coded(coder, "Twelve countries including the United States and Japan signed a trade pact on Monday.",
                "2015-10-05")
    assert _has(evs, "SUPPORT", "USA", cameo="057"), evs
    assert _has(evs, "SUPPORT", "JPN", cameo="057"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # armed men marching into a place take it (192); a crowd marching does not
    ("Laurent Kabila's rebels marched into Kinshasa on Saturday.", "1997-05-17", "COD", "COD"),
    ("Libyan rebels marched into Tripoli on Sunday.", "2011-08-21", "LBY", "LBY"),
])
def test_wire11_armed_men_march_into(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target, cameo="192"), evs


@pytest.mark.parametrize("text, date, country", [
    # a bomb as the subject tells a bombing (183), coded from where it happened
    ("A bomb exploded in a crowded market in Mogadishu on Sunday.", "2023-01-29", "SOM"),
    ("Two suicide bombs tore through crowds outside Kabul airport on Thursday.", "2021-08-26", "AFG"),
    # "on the Indonesian island of Bali": the island's demonym places it (Bali is also a town in India)
    ("A car bomb ripped through a nightclub district on the Indonesian island of Bali on Saturday.",
     "2002-10-12", "IDN"),
])
def test_wire11_bomb_as_subject(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", country, cameo="183"), evs


def test_wire11_exile_abroad_places_no_soldier(coder):
    # "flew him into exile in Panama": where the deposed leader is sent is no place of the
    # soldiers; sending him into exile expels him (174)
    evs = coded(coder, "Soldiers detained Ecuadorean President Jamil Mahuad at his residence on Friday and "
                       "flew him into exile in Panama.", "2000-01-21")
    assert _has(evs, "COERCE", "ECU", "ECU", cameo="173"), evs
    assert _has(evs, "COERCE", "ECU", cameo="174"), evs
    assert not any(src and src[0].startswith("PAN") for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, country", [
    # "X's military seized power" read as one noun phrase ("seized" a modifier of "power"), as
    # the whole sentence or as the subject of the clause after "and": the coup is still coded
    ("Thailand's army chief General Prayuth Chan-ocha seized power in a coup on Thursday.", "2014-05-22", "THA"),
    ("Myanmar's military seized power in a coup on Monday, and U.S. President Joe Biden threatened "
     "sanctions.", "2021-02-01", "MMR"),
    ("Zimbabwe's military seized power early on Wednesday and placed Robert Mugabe under house arrest.",
     "2017-11-15", "ZWE"),
])
def test_wire11_coup_read_as_noun_phrase(coder, text, date, country):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", country, cameo="170"), evs


@pytest.mark.parametrize("text, date, source, cameo", [
    # hunting or tracking people down is going after them to seize them: vowed, a threat (137)
    ("The president vowed on Sunday to hunt down the rebels who attacked the army base in Kidal.",
     "2012-01-22", None, "137"),
    ("Kenyan President Uhuru Kenyatta vowed to track down the gunmen behind the mall attack.",
     "2013-09-22", "KEN", "137"),
])
def test_wire11_vow_to_hunt_down(coder, text, date, source, cameo):
    evs = coded(coder, text, date)
    assert _has(evs, "THREATEN", source, cameo=cameo), evs


def test_wire11_hanging_a_leader(coder):
    evs = coded(coder, "Taliban fighters entered Kabul on Friday and hanged former President Najibullah.",
                "1996-09-27")
    assert _has(evs, "ASSAULT", "AFG", "AFG", cameo="1823"), evs
