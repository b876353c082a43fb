"""Event types on unseen sentences (issue #3, helper types7): each test holds new sentences of one
cause found on /work/types7-fresh.jsonl (other actors and words than the fresh sentences), and
checks the type a reader gives the main event, with look-alikes on the other side of the line."""
import pytest
from conftest import main_event as _main


# ------------------------------------------- phrasal and multiword verbs of news copy
@pytest.mark.parametrize("text, event, source, date", [
    ("Serbia and Hungary put pen to paper on a gas supply pact in Budapest.", "SUPPORT", "SRB", "2024-05-09"),
    ("Niger pulled the plug on its military cooperation agreement with Washington.", "SANCTION", "NER", "2024-03-17"),
    ("Belarusian police swooped on independent journalists in a wave of night-time raids.", "COERCE", "BLR", "2021-07-16"),
    ("Gunmen carried off dozens of villagers from a farming settlement in Zamfara state.", "ASSAULT", "NGA", "2022-06-08"),
    ("Lithuania beefed up its forces along the border with Belarus.", "MOBILIZE", "LTU", "2021-08-03"),
    ("The Israeli army readied two reserve brigades for a possible ground push into Lebanon.", "MOBILIZE", "ISR", "2024-09-25"),
    ("Washington scaled down its military presence in Niger after the coup.", "RETREAT", "USA", "2023-09-07"),
    ("The Arakan Army let go of the last of the captured border guards.", "RETREAT", "MMR", "2024-02-12"),
    ("Congo's president abandoned his bid for a third term under pressure from the church.", "CONCEDE", "COD", "2018-08-08"),
    ("Tbilisi balked at holding a new election demanded by the opposition.", "REJECT", "GEO", "2024-11-06"),
    ("Canada slapped visa bans on Iranian officials over the crackdown on protesters.", "SANCTION", "CAN", "2022-10-07"),
    ("Turkish jets pummelled PKK hideouts in northern Iraq.", "ASSAULT", "TUR", "2022-04-18"),
    ("Guatemala handed the former interior minister over to US marshals.", "COOPERATE", "GTM", "2023-06-14"),
    ("Kuwait airlifted food rations to flood-hit Pakistan.", "AID", "KWT", "2022-09-01"),
])
def test_phrasal_and_multiword_verbs(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2], main


@pytest.mark.parametrize("text, date", [
    ("Sony pulled the plug on its online video service in Europe.", "2023-02-01"),
    ("Liverpool hammered Manchester United 7-0 at Anfield.", "2023-03-05"),
    ("The carmaker readied its new electric model for launch in China.", "2024-01-10"),
    ("Hackers stole the personal data of millions of bank customers, the company said.", "2023-05-02"),
])
def test_phrasal_verb_look_alikes_are_no_event(coder, text, date):
    assert _main(coder, text, date) is None


# ------------------------------------------- meetings, visits, handovers and lawsuits named by a noun
@pytest.mark.parametrize("text, event, source, target, date", [
    ("Scholz's brief stopover in Kyiv, his first since the invasion, was kept secret until he arrived.", "CONSULT", "DEU", "UKR", "2022-06-16"),
    ("Modi's sit-down with Sharif on the sidelines of the summit lasted less than ten minutes.", "CONSULT", "IND", "PAK", "2024-07-04"),
    ("Monday's handover of three Thai hostages by Hamas was overseen by the Red Cross.", "RETREAT", "PSE", "THA", "2025-01-30"),
    ("Gambia's genocide case against Myanmar reached the World Court in November.", "ACCUSE", "GMB", "MMR", "2019-11-11"),
])
def test_event_nouns_of_news_copy(coder, text, event, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2] and target in main[3], main


@pytest.mark.parametrize("text, date", [
    ("The court case against the footballer's agent was adjourned until March.", "2023-03-01"),
])
def test_event_noun_look_alikes_are_no_event(coder, text, date):
    assert _main(coder, text, date) is None


# ------------------------------------------- the verb's sense: what is sent, sought, agreed or destroyed
@pytest.mark.parametrize("text, event, source, date", [
    # a document sent is a message; what it asks for is the event
    ("Athens sent London a formal note seeking the return of the Parthenon marbles.", "REQUEST", "GRC", "2023-11-28"),
    ("Tokyo sent a strong protest to Moscow over the detention of a Japanese diplomat.", "ACCUSE", "JPN", "2022-09-27"),
    # a session sought is asked for
    ("Armenia sought an urgent session of the UN Security Council over the Lachin blockade.", "REQUEST", "ARM", "2023-08-14"),
    # a deal hammered out is a deal reached
    ("Serbia and Kosovo hammered out an agreement on car licence plates in Brussels.", "SUPPORT", "SRB", "2022-11-23"),
    # destruction by weapons, or by armed forces of a military target, is an armed assault
    ("Ukrainian drones set a Russian fuel depot in Novorossiysk on fire.", "ASSAULT", "UKR", "2024-05-17"),
    ("Nigerian troops destroyed a Boko Haram camp in the Sambisa forest.", "ASSAULT", "NGA", "2021-06-02"),
    ("Two radar stations in Crimea were destroyed by Ukrainian missiles.", "ASSAULT", "UKR", "2023-08-23"),
])
def test_sense_of_the_verb_gives_the_type(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2], main


@pytest.mark.parametrize("text, date, not_event", [
    # an effect set off, no shipment
    ("The coup in Niamey sent thousands of foreigners fleeing to the airport.", "2023-08-01", "AID"),
    ("Iran's strike on Israel sent oil prices higher.", "2024-04-14", "AID"),
    # homes razed by bulldozers stay a destruction of property
    ("Israeli military bulldozers demolished several Palestinian houses near Hebron.", "2023-02-08", "ASSAULT"),
])
def test_sense_look_alikes_keep_their_own_type(coder, text, date, not_event):
    main = _main(coder, text, date)
    assert main is None or main[0] != not_event, main


# ------------------------------------------- an event noun whose owner did the act to the "of" object
@pytest.mark.parametrize("text, event, source, date", [
    ("Turkey's targeted killing of a senior PKK commander in northern Iraq drew a vow of revenge.", "ASSAULT", "TUR", "2023-06-01"),
    ("Beijing's detention of two Canadian citizens soured relations for three years.", "COERCE", "CHN", "2019-01-10"),
    ("Moscow's expulsion of three Estonian diplomats was announced late on Friday.", "SANCTION", "RUS", "2022-04-08"),
])
def test_event_noun_owned_by_the_doer(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2], main


@pytest.mark.parametrize("text, date", [
    # no "of" object: the owner suffered the act, nobody named did it
    ("Navalny's arrest at the airport drew crowds to the streets of Moscow.", "2021-01-18"),
])
def test_event_noun_owned_by_the_one_who_suffered(coder, text, date):
    events = coder.code(text, date=date)
    assert not any(e.event == "COERCE" and any(a.code.startswith("RUSOPP") for a in e.source) for e in events), events


# ------------------------------------------- 'X threatens to' with no actor as X is a risk, not a threat
@pytest.mark.parametrize("text, date", [
    ("The drought threatens to wipe out half of Zambia's maize harvest, the agriculture ministry warned.", "2024-03-01"),
    ("The central bank warned that soaring food prices threaten to push millions into poverty.", "2022-06-15"),
    ("The row over fishing rights threatens to sour relations, diplomats in Paris said.", "2021-10-29"),
])
def test_impersonal_threatens_to_is_no_threat(coder, text, date):
    main = _main(coder, text, date)
    assert main is None or main[0] != "THREATEN", main


@pytest.mark.parametrize("text, source, date", [
    ("Tehran threatened to close the Strait of Hormuz, state television said.", "IRN", "2019-04-22"),
    ("The Taliban threatened to execute the captured soldiers, a spokesman said.", "AFG", "2010-08-02"),
])
def test_threats_by_actors_stay_threats(coder, text, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == "THREATEN" and source in main[2], main
