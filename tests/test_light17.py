"""Light and support verbs carrying an event noun, and nouns received from someone (issue #3,
helper light17): each test holds sentences written for it (other actors and words than the lane's
fresh set), with look-alikes on the other side of the line."""
import pytest
from conftest import main_event


def _main(coder, text, date="2023-05-06"):
    return main_event(coder, text, date)


def _check(main, expected):
    if expected is None:
        assert main is None, main
    else:
        event, source, target = expected
        assert main is not None and main[0] == event and source in main[2], main
        assert target is None or target in main[3], main


# ------------------------------------------- support verbs that were not read as light
@pytest.mark.parametrize("text, expected", [
    ("Ecuador levelled allegations of vote rigging against the Colombian government.", ("ACCUSE", "ECU", "COL")),
    ("Lithuania levelled accusations at Belarus over the migrant flows.", ("ACCUSE", "LTU", "BLR")),
    ("Japan slapped an export ban on South Korea in a row over wartime labour.", ("SANCTION", "JPN", "KOR")),
    ("Ghana submitted a formal complaint against Togo to the regional bloc.", ("ACCUSE", "GHA", "TGO")),
    ("Norway extended an offer of mediation to Colombia and the ELN rebels.", ("AGREE", "NOR", "COL")),
    ("Canada placed sanctions on six Haitian politicians.", ("SANCTION", "CAN", "HTI")),
    ("Chile gave its approval to Peru to fly through its airspace.", ("SUPPORT", "CHL", "PER")),
    ("The ministry extended the deadline for public comments by a month.", None),
    ("The company submitted a bid for the stadium contract.", None),
])
def test_support_verbs_carry_their_object_noun(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- conveying verbs carry a message noun, not aid
@pytest.mark.parametrize("text, expected", [
    ("Ankara sent a stern warning to Athens over the islands.", ("THREATEN", "TUR", "GRC")),
    ("Pyongyang delivered an ultimatum to Seoul over the leaflets.", ("THREATEN", "PRK", "KOR")),
    ("Madrid sent an invitation to the Moroccan king to visit Spain.", ("AGREE", "ESP", "MAR")),
    ("Algeria sent a letter of protest to France over the remarks.", ("ACCUSE", "DZA", "FRA")),
    ("Turkey sent humanitarian aid to Syria after the floods.", ("AID", "TUR", "SYR")),
])
def test_conveying_verbs_carry_a_message(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- a noun received from someone is that one's act
@pytest.mark.parametrize("text, expected", [
    ("Serbia received a warning from NATO over its troop movements.", ("THREATEN", "IGO", "SRB")),
    ("Nicaragua faced sanctions from Canada after the disputed vote.", ("SANCTION", "CAN", "NIC")),
    ("Georgia faced pressure from the European Union over the foreign agents law.", ("REQUEST", "IGO", "GEO")),
    ("The Argentine president came under criticism from union leaders over the austerity plan.", ("ACCUSE", "ARG", "ARG")),
    ("Moldova won approval from the European Union for its membership talks.", ("SUPPORT", "IGO", "MDA")),
    ("Finland won the support of Hungary for its NATO bid.", ("SUPPORT", "HUN", "FIN")),
    ("The Philippine president received a visit from Japanese officials in Manila.", ("CONSULT", "PHL", "JPN")),
])
def test_noun_received_from_someone_is_their_act(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- a message or aid from someone names its source
@pytest.mark.parametrize("text, expected", [
    ("A warning from Iran to Azerbaijan came days before the drills.", ("THREATEN", "IRN", "AZE")),
    ("Calls from Poland for more air defence grew louder on Monday.", ("REQUEST", "POL", None)),
])
def test_message_from_someone_is_theirs(coder, text, expected):
    _check(_main(coder, text), expected)


def test_appeal_told_in_passing_is_no_event(coder):
    events = coder.code("Spain said it would not send ships, despite appeals from NATO allies.", date="2023-05-06")
    assert not any(e.event == "REQUEST" for e in events), events


# ------------------------------------------- a received noun in a purpose clause is a goal
def test_approval_sought_in_purpose_clause_is_no_event(coder):
    events = coder.code("Stockholm offered concessions on arms exports to win Ankara's approval of its bid.", date="2023-05-06")
    assert not any(e.event == "SUPPORT" for e in events), events


# ------------------------------------------- campaign and victory rallies are no protest
@pytest.mark.parametrize("text, expected", [
    ("Lula held a campaign rally in Sao Paulo on Saturday.", None),
    ("Erdogan held a victory rally in Ankara after the runoff.", None),
    ("Opposition supporters in Serbia held a rally against the government in Belgrade.", ("PROTEST", "SRB", "SRB")),
])
def test_campaign_rally_is_no_protest(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- a sentence handed, a bill withdrawn, a warrant executed
@pytest.mark.parametrize("text, expected", [
    ("A Belarusian court handed a ten-year prison sentence to Ales Bialiatski.", ("COERCE", "BLR", "BLR")),
    ("Kenya's president announced the withdrawal of the finance bill after deadly protests.", ("CONCEDE", "KEN", None)),
    ("Federal agents executed a search warrant at the senator's office.", None),
])
def test_sentences_bills_and_warrants(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- "came under fire from X over Y" is X's criticism
@pytest.mark.parametrize("text, expected", [
    ("The Hungarian premier came under fire from Poland over his meeting with Putin.", ("ACCUSE", "POL", "HUN")),
    ("Ecuador came under fire from Mexico for the raid on its embassy in Quito.", ("ACCUSE", "MEX", "ECU")),
    # targets26: armed fire on a convoy with no reason given is an attack (the armed-fire rows), not "no event"
    ("A Red Cross convoy came under fire from gunmen near Bunia.", ("ASSAULT", "COD", "NGO")),
])
def test_came_under_fire_over_is_criticism(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- more support-verb collocations
@pytest.mark.parametrize("text, expected", [
    ("Moscow heaped pressure on Chisinau with gas cuts.", ("REQUEST", "RUS", "MDA")),
    ("Egypt kicked off talks with Ethiopia on the dam.", ("CONSULT", "EGY", "ETH")),
    ("The Indian foreign minister paid a call on his Nepali counterpart.", ("CONSULT", "IND", "NPL")),
    ("Seoul's test of a ballistic missile alarmed Pyongyang.", ("MOBILIZE", "KOR", None)),
    ("The club kicked off its season with a win.", None),
])
def test_more_support_verb_collocations(coder, text, expected):
    _check(_main(coder, text), expected)


# ------------------------------------------- the event noun as a passive support verb's subject
@pytest.mark.parametrize("text, expected", [
    ("A stern warning was sent to Caracas by Bogota.", ("THREATEN", "COL", "VEN")),
    ("A formal complaint was lodged with Hanoi by Beijing.", ("ACCUSE", "CHN", "VNM")),
    ("Aid was sent to Libya by Egypt after the floods.", ("AID", "EGY", "LBY")),
])
def test_event_noun_as_passive_subject(coder, text, expected):
    _check(_main(coder, text), expected)


def test_echoed_condemnation_stays_its_owners(coder):
    main = _main(coder, "Canberra's condemnation of Beijing's treatment of Uyghurs was echoed by Ottawa.")
    assert main is not None and main[0] == "ACCUSE" and "AUS" in main[2] and "CHN" in main[3], main
