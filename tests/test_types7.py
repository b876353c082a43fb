"""Event types on unseen sentences (issue #3, helper types7): each test holds new sentences of one
cause found on /work/types7-fresh.jsonl (other actors and words than the fresh sentences), and
checks the type a reader gives the main event, with look-alikes on the other side of the line."""
import pytest
from conftest import primary_event


def _main(coder, text, date):
    p = primary_event(coder.code(text, date=date))
    return (p.event, p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


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
