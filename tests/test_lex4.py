"""Lexicon gaps found by earlier lanes (issue #3, helper lex4): each test holds new sentences of
one word family found on /work/lex4-fresh.jsonl (other actors and words than the fresh
sentences), with look-alikes on the other side of the line."""
import pytest
from conftest import main_event


def _main(coder, text, date="2024-05-06"):
    return main_event(coder, text, date)


# ------------------------------------------- driving an armed foe out of a place (190)
@pytest.mark.parametrize("text, expected", [
    ("Egyptian troops drove the militants out of their hideouts in Sinai.", ("ASSAULT", "EGY", "EGY")),
    ("Iraqi soldiers pushed Islamic State fighters out of the old city of Mosul.", ("ASSAULT", "IRQ", "IMG")),
    ("Malian troops chased the jihadists out of Timbuktu.", ("ASSAULT", "MLI", "MLI")),
    ("The farmer drove his cattle out of the flooded valley.", None),
    ("Workers pushed the broken truck out of the tunnel.", None),
])
def test_driving_a_foe_out_of_a_place(coder, text, expected):
    main = _main(coder, text)
    if expected is None:
        assert main is None, main
    else:
        assert main is not None and main[0] == expected[0] and expected[1] in main[2] and expected[2] in main[3], main


# ------------------------------------------- a ruler stripping powers, purging judges (172)
@pytest.mark.parametrize("text, source", [
    ("Hungary's government stripped the media council of its licensing powers.", "HUN"),
    ("Turkey's president sacked three provincial prosecutors.", "TUR"),
    ("Pakistan's army chief stripped the former prime minister of his seat.", "PAK"),
])
def test_stripping_powers_and_purging_judges_is_coercion(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[0] == "COERCE" and main[1].startswith("172") and source in main[2], main


@pytest.mark.parametrize("text", [
    "Arsenal sacked its head coach after a string of home defeats.",
    "The airline dismissed hundreds of pilots.",
])
def test_sacking_a_coach_or_staff_is_no_event(coder, text):
    assert _main(coder, text) is None


# ------------------------------------------- pulling out of an election is a boycott (143)
@pytest.mark.parametrize("text, source", [
    ("Zimbabwe's opposition leader pulled out of the presidential run-off.", "ZWE"),
    ("Bangladesh's main opposition party withdrew from the general election.", "BGD"),
    ("Togo's opposition coalition quit the legislative race, citing vote rigging.", "TGO"),
])
def test_pulling_out_of_an_election_is_a_boycott(coder, text, source):
    main = _main(coder, text)
    assert main is not None and main[:2] == ("PROTEST", "143") and source in main[2], main


def test_pulling_out_of_a_festival_is_no_event(coder):
    assert _main(coder, "The singer pulled out of the festival because of illness.") is None


# ------------------------------------------- sending a minister abroad is a visit (042), not aid
@pytest.mark.parametrize("text, source, target", [
    ("Moscow sent Deputy Foreign Minister Sergei Ryabkov to Pyongyang.", "RUS", "PRK"),
    ("India dispatched its national security adviser to Washington for talks.", "IND", "USA"),
])
def test_sending_a_minister_is_a_visit(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[:2] == ("CONSULT", "042") and source in main[2] and target in main[3], main


def test_sending_aid_stays_aid(coder):
    main = _main(coder, "Germany sent medicine and tents to Turkey after the earthquake.")
    assert main is not None and main[0] == "AID", main


# ------------------------------------------- accusing, listing, threatening: phrases of news copy
@pytest.mark.parametrize("text, event, source, target", [
    ("France suspects Algeria of backing the protests.", "ACCUSE", "FRA", "DZA"),
    ("Japan put North Korea on its list of countries under export controls.", "SANCTION", "JPN", "PRK"),
    ("Iran reserved the right to retaliate against Israel.", "THREATEN", "IRN", "ISR"),
])
def test_suspect_list_and_reserve_the_right(coder, text, event, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == event and source in main[2] and target in main[3], main


def test_suspecting_a_patient_is_no_event(coder):
    assert _main(coder, "Doctors suspect the patient of carrying the virus.") is None


# ------------------------------------------- "would be met with a firm response": a threat (passive)
@pytest.mark.parametrize("text, source, target", [
    ("Moscow said any new sanctions by Kyiv would be met with retaliation.", "RUS", "UKR"),
    ("Beijing said any provocation by Manila would be met with a resolute response.", "CHN", "PHL"),
])
def test_would_be_met_with_a_response_threatens(coder, text, source, target):
    main = _main(coder, text)
    assert main is not None and main[0] == "THREATEN" and source in main[2] and (not target or target in main[3]), main


@pytest.mark.parametrize("text", [
    "The proposal was met with a cool response from investors, the company said.",
    "The plan will be met with protests, the union said.",
])
def test_a_reception_told_is_no_threat(coder, text):
    main = _main(coder, text)
    assert main is None or main[0] != "THREATEN", main


# ------------------------------------------- "re-imposed": a verb with the prefix re- stays one verb
@pytest.mark.parametrize("text, event, source", [
    ("Britain re-imposes its travel ban on Russian officials.", "SANCTION", "GBR"),
    ("Belarusian police re-arrested the opposition leader in Minsk.", "COERCE", "BLR"),
    ("Canada re-imposed tariffs on American steel.", "SANCTION", "CAN"),
])
def test_re_prefixed_verbs(coder, text, event, source):
    main = _main(coder, text)
    assert main is not None and main[0] == event and source in main[2], main
