"""Which event of a many-clause sentence is the news, and who does it (issue #3, helper clause):
each test holds sentences of one syntactic shape (conjoined predicates, attribution phrases,
side events in subordinate clauses) written for these tests, and checks the event a reader
would report first and its actors."""
import pytest
from conftest import primary_event, main_event

DATE = "2019-06-01"


def _events(coder, text, date=DATE):
    return [(e.event, e.cameo, [a.code[:3] for a in e.source], [a.code[:3] for a in e.target], e.trigger)
            for e in coder.code(text, date=date)]


def _main(coder, text, date=DATE):
    return main_event(coder, text, date)


# ------------------------------------------- "was questioned by X and resigned": the subject acts
@pytest.mark.parametrize("text, event, source, date", [
    ("Peru's energy minister was questioned by congress over a fuel spill and resigned on Monday.",
     "CONCEDE", "PERGOV", "2022-01-31"),
    ("Nepal's home minister was criticised by opposition lawmakers over the airport protests and resigned.",
     "CONCEDE", "NPLGOV", "2023-05-10"),
    ("The Kenyan interior minister was censured by parliament and resigned on Friday.",
     "CONCEDE", "KENGOV", "2019-03-08"),
    ("Colombia's defence minister was summoned by the Senate over the bombing of a rebel camp and resigned days later.",
     "CONCEDE", "COLMIL", "2019-11-07"),
])
def test_active_verb_after_passive_shares_its_subject(coder, text, event, source, date):
    # the one questioned resigns, not the questioners; the resignation is the news
    p = primary_event(coder.code(text, date=date))
    assert p is not None and p.event == event, p
    assert [a.code for a in p.source] == [source], (p.cameo, [a.code for a in p.source])


@pytest.mark.parametrize("text, trigger, source", [
    ("Opposition leader Tendai Biti was arrested by Zimbabwean police and charged with treason.", "charged", "ZWE"),
    ("Two Reuters reporters were detained by Myanmar police and later jailed for seven years.", "jailed", "MMR"),
])
def test_elliptical_passive_keeps_the_agent(coder, text, trigger, source):
    # "was arrested by police and charged": charged by the police too, not by the person charged
    events = _events(coder, text)
    acts = [e for e in events if e[4].startswith(trigger)]
    for e in acts:
        assert source in e[2], events


# ------------------------------------------- attribution: where the news comes from is no event
@pytest.mark.parametrize("text, side, date", [
    ("Rebels captured the town of Bentiu, according to a UN official who visited the area with aid workers.",
     "visited", "2014-04-16"),
    ("Police detained a trade unionist in Minsk, according to a letter the union sent to the European Parliament.",
     "sent", "2021-04-20"),
    ("Rwandan troops crossed into eastern Congo, a report submitted to the UN Security Council by independent experts said.",
     "submitted", "2012-06-20"),
    ("Ethiopian police shot dead 10 protesters in Ambo, an official who met opposition leaders told Reuters.",
     "met", "2016-08-08"),
    ("Sudanese troops burned a village in South Kordofan, a rights group said in a report sent to journalists.",
     "sent", "2012-03-05"),
    ("Soldiers beat dozens of villagers in Rakhine state, a report by Amnesty International said, citing witnesses who met UN investigators.",
     "met", "2017-09-20"),
])
def test_attribution_phrase_codes_no_event(coder, text, side, date):
    events = _events(coder, text, date)
    assert all(not e[4].startswith(side) for e in events), events


@pytest.mark.parametrize("text, event, source, date", [
    ("Troops killed 12 protesters in Bamako, according to a hospital official who was sent to the morgue by the ministry.",
     "COERCE", "MLI", "2020-07-11"),
    ("Police arrested an opposition journalist in Minsk, according to a letter the union sent to the European Parliament.",
     "COERCE", "BLR", "2021-04-20"),
])
def test_news_before_attribution_stays_first(coder, text, event, source, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] == event and source in main[2], main
    assert len(coder.code(text, date=date)) == 1, _events(coder, text, date)


# ------------------------------------------- conjoined acts of one actor: the weightier one first
@pytest.mark.parametrize("text, first, second, date", [
    ("Colombian troops raided a rebel camp in Cauca and killed six FARC dissidents.", "ASSAULT", "ASSAULT", "2021-03-02"),  # a rebel camp raided is attacked (types21)
    ("Guinean special forces surrounded government buildings in Conakry and detained President Alpha Conde.", "COERCE", "MOBILIZE", "2021-09-05"),
    ("The Indian prime minister arrived in Male on Friday and signed a defence pact with the Maldives.", "SUPPORT", "CONSULT", "2018-11-17"),
    ("Turkish police raided the offices of a Kurdish newspaper in Diyarbakir and detained 20 staff.", "COERCE", "COERCE", "2016-10-30"),
])
def test_weightier_conjoined_act_comes_first(coder, text, first, second, date):
    events = _events(coder, text, date)
    assert len(events) >= 2, events
    assert events[0][0] == first and second in [e[0] for e in events[1:]], events
    assert _main(coder, text, date)[0] == first, events


@pytest.mark.parametrize("text, first, date", [
    # words before deeds keep text order: both are news, neither is the occasion of the other
    ("The Obama administration accused Russia of hacking and expelled 35 Russian diplomats.", "ACCUSE", "2016-12-29"),
    ("Beijing condemned the arms sale to Taiwan and suspended military talks with Washington.", "ACCUSE", "2010-01-30"),
])
def test_other_conjoined_acts_keep_text_order(coder, text, first, date):
    events = _events(coder, text, date)
    assert events and events[0][0] == first, events


# ------------------------------------------- "X, whose troops ...": the relative's noun owns them
@pytest.mark.parametrize("text, trigger, source, date", [
    ("The Organisation of Islamic Cooperation condemned Israel, whose aircraft bombed a school in Gaza on Sunday.",
     "bombed", "ISR", "2024-08-11"),
    ("Lithuania recalled its ambassador from Minsk, whose government has sent migrants across the border.",
     "sent", "BLR", "2021-08-02"),
    ("Colombia expelled the Venezuelan consul, whose government has sheltered ELN commanders.",
     "sheltered", "VEN", "2019-02-23"),
])
def test_whose_possessor_is_the_relative_antecedent(coder, text, trigger, source, date):
    events = _events(coder, text, date)
    side = [e for e in events if e[4].startswith(trigger)]
    assert side and side[0][2] == [source], events


# ------------------------------------------- a relative clause's event is not the news
@pytest.mark.parametrize("text, event, date", [
    ("A Saudi prince who funded Syrian rebels was detained in Riyadh on Saturday.", "COERCE", "2017-11-05"),
    ("A Qatari businessman who financed Libyan militias was arrested in Doha on Monday.", "COERCE", "2019-04-15"),
    ("An Iranian colonel who armed Houthi fighters was expelled from Oman.", "COERCE", "2018-03-12"),
])
def test_relative_clause_event_ranks_below_main_clause(coder, text, event, date):
    events = _events(coder, text, date)
    assert len(events) >= 2, events  # the side event is still reported
    assert _main(coder, text, date)[0] == event, events


# ------------------------------------------- "..., prompting X to act": X acts, against the cause
@pytest.mark.parametrize("text, trigger, source, target, date", [
    ("China sailed an aircraft carrier through the Taiwan Strait, prompting Taipei to scramble fighter jets.",
     "scramble", "TWN", "CHN", "2019-12-26"),
    ("Serbian troops massed near the Kosovo border, prompting the United States to lodge a protest.",
     "lodge", "USA", "SRB", "2023-09-30"),
    ("The junta's crackdown led the European Union to impose sanctions on Myanmar's generals.", "impose", "IGO", "MMR", "2018-04-16"),
    ("The poisoning of Alexei Navalny prompted Germany to summon the Russian ambassador.", "summon", "DEU", "RUS", "2020-09-07"),
])
def test_cause_verb_object_does_the_reaction(coder, text, trigger, source, target, date):
    events = _events(coder, text, date)
    acts = [e for e in events if e[4].startswith(trigger)]
    assert acts and acts[0][2] == [source], events
    if target:
        assert target in acts[0][3], events


# ------------------------------------------- harm in custody with no doer named is the custodian's
@pytest.mark.parametrize("text, source, target, date", [
    ("A Rwandan trader died of torture while in Ugandan police custody.", "UGA", "RWA", "2019-05-02"),
    ("An Egyptian lawyer died after torture in Saudi police custody, his brother said.", "SAU", None, "2018-02-11"),
    ("Three Rohingya men were beaten to death in Myanmar army custody, a rights group said.", "MMR", None, "2017-10-03"),
])
def test_harm_in_custody_is_the_custodians(coder, text, source, target, date):
    main = _main(coder, text, date)
    assert main is not None and main[0] in ("ASSAULT", "COERCE"), main
    assert source in main[2], main
    if target:
        assert target in main[3], main


# ------------------------------------------- "..., drawing condemnation from X": aimed at the actor
@pytest.mark.parametrize("text, source, target, date", [
    ("Israel approved 3,000 new settler homes in the West Bank, drawing sharp criticism from the European Union.",
     "IGO", "ISR", "2020-10-14"),
    ("The Ugandan parliament passed a harsh anti-gay law, sparking condemnation from Washington.", "USA", "UGA", "2023-03-22"),
    ("Belarusian authorities jailed the opposition leader for 11 years, state television reported, drawing condemnation from Lithuania.",
     "LTU", "BLR", "2021-09-06"),
])
def test_reaction_noun_is_aimed_at_the_clause_actor(coder, text, source, target, date):
    events = _events(coder, text, date)
    reactions = [e for e in events if e[0] == "ACCUSE"]
    assert reactions and source in reactions[0][2] and target in reactions[0][3], events
