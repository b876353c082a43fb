"""Whole stories, event by event: background history told in passing, pairs of sides that act
on each other, and a sentence's second event keeping its actors. Every story here was written
new for these tests (none comes from a corpus file)."""
import pytest

from tacitus.model import Article


def _events(coder, text, date):
    return coder.code_article(Article(text=text, doc_id="story2", date=date)).events


def _in(events, words):
    """The events whose evidence sentence contains `words`."""
    return [e for e in events if words in e.sentence]


# --- cause 1: background sentences (a past perfect main clause, a year long past) -------------
BACKGROUND = [
    # (story, date, words of the background sentence, words of a news sentence still coded)
    ("Kenya recalls envoy from Somalia\nNAIROBI, March 3 - Kenya recalled its ambassador from Mogadishu on Tuesday. "
     "Somalia had expelled two Kenyan diplomats earlier in the year. Kenyan officials met the foreign minister.",
     "2020-03-03", "had expelled", "recalled its ambassador"),
    ("Peru and Chile hold border talks\nLIMA, May 9 - Peruvian and Chilean officials met in Lima on Friday. "
     "Chile had rejected Peru's maritime claim for decades. The two countries fought a war from 1879 to 1883.",
     "2014-05-09", "fought a war", "met in Lima"),
    ("Police detain Georgian opposition figure\nTBILISI, June 2 - Police detained opposition leader Nika Melia on Sunday. "
     "Georgian police arrested Melia in 2019 after he led protests outside parliament. His party condemned the detention.",
     "2023-06-02", "arrested Melia in 2019", "detained opposition leader"),
]


@pytest.mark.parametrize("story,date,background,news", BACKGROUND)
def test_background_history_is_not_coded(coder, story, date, background, news):
    events = _events(coder, story, date)
    assert not _in(events, background), [(e.cameo, e.trigger) for e in _in(events, background)]
    assert _in(events, news), [(e.cameo, e.trigger, e.sentence[:40]) for e in events]


def test_a_reported_perfect_is_still_news(coder):
    # "said it had arrested": the perfect is what the speaker reports today, not history
    story = ("Turkey detains suspects\nANKARA, Jan 4 - Turkish police said on Monday they had arrested 12 Islamic State "
             "suspects in Istanbul. Officials gave no further details.")
    events = _events(coder, story, "2021-01-04")
    assert any(e.cameo.startswith("17") for e in _in(events, "had arrested")), [(e.cameo, e.trigger) for e in events]


# --- cause 2: two sides acting together are each other's target, not the mediator's --------
MUTUAL = [
    ("Ethiopia and Eritrea restore ties\nASMARA, July 9 - Ethiopian Prime Minister Abiy Ahmed flew to Asmara on Monday "
     "and was met by Eritrean President Isaias Afwerki. The two leaders held talks at the presidential palace.", "2018-07-09", "held talks", {"ETH", "ERI"}),
    ("Kosovo and Serbia agree on licence plates\nBRUSSELS, Aug 27 - The dispute had raised tensions in the north. "
     "Kosovo and Serbia agreed on Saturday to resume direct trade in talks brokered by the European Union.", "2022-08-27", "agreed", {"XKX", "SRB"}),
    ("Colombia and Venezuela reopen border\nCUCUTA, Sept 26 - Colombia and Venezuela signed a trade accord on Monday "
     "at a ceremony attended by Spanish diplomats.", "2022-09-26", "signed", {"COL", "VEN"}),
]


@pytest.mark.parametrize("story,date,trigger,sides", MUTUAL)
def test_two_sides_act_on_each_other(coder, story, date, trigger, sides):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    e = events[0]
    assert {a.primary for a in e.source} == sides, e.source_codes
    assert {a.primary for a in e.target} == sides, e.target_codes


# --- cause 3: the dateline is split off whole, and the lede after it stays one sentence ------
DATELINES = [
    ("US sends envoy to Haiti\nPORT-AU-PRINCE, Feb 7 - President Bill Clinton sent a special envoy to Haiti on Monday.",
     "1994-02-07", "President Bill Clinton sent a special envoy to Haiti on Monday."),
    ("Talks open in Vienna\nVIENNA, April 6 - Secretary Antony Blinken met the Austrian chancellor on Tuesday.",
     "2021-04-06", "Secretary Antony Blinken met the Austrian chancellor on Tuesday."),
    ("Guinea-Bissau leader visits Senegal\nDAKAR, Oct 3 - President Umaro Sissoco Embalo of Guinea-Bissau visited Senegal on Monday.",
     "2022-10-03", "President Umaro Sissoco Embalo of Guinea-Bissau visited Senegal on Monday."),
]


@pytest.mark.parametrize("story,date,lede", DATELINES)
def test_lede_after_dateline_is_one_sentence(coder, story, date, lede):
    events = _events(coder, story, date)
    body = [e for e in events if "\n" not in e.sentence and e.sentence.strip() != story.split("\n")[0]]
    assert body, [(e.trigger, e.sentence) for e in events]
    assert all(e.sentence.strip() == lede for e in body), [e.sentence for e in body]


# --- cause 4: a sentence's second event, a passive conjoined to an active verb, keeps its target
SECOND_PASSIVE = [
    ("Blair visits Libya\nTRIPOLI, March 25 - British Prime Minister Tony Blair landed in Tripoli on Thursday and was "
     "received by Muammar Gaddafi in a tent outside the city.", "2004-03-25", "received", "LBY", "GBR"),
    ("Rebels take Kidal\nBAMAKO, May 21 - Tuareg rebels overran an army base near Kidal and were attacked by Malian "
     "troops hours later.", "2014-05-21", "attacked", "MLI", "MLI"),
    ("Modi in Kabul\nKABUL, Dec 25 - Indian Prime Minister Narendra Modi flew to Kabul on Friday and was welcomed by "
     "Afghan President Ashraf Ghani at the airport.", "2015-12-25", "welcomed", "AFG", "IND"),
]


@pytest.mark.parametrize("story,date,trigger,source,target", SECOND_PASSIVE)
def test_conjoined_passive_targets_the_first_subject(coder, story, date, trigger, source, target):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].source} == {source}, events[0].source_codes
    assert target in {a.primary for a in events[0].target}, events[0].target_codes


# --- cause 5: a surname that is also a common word, read as a noun at a sentence's start -----
COMMON_WORD_SURNAMES = [
    ("Bobi Wine charged\nKAMPALA, Aug 23 - Ugandan opposition lawmaker Bobi Wine appeared before a military court on "
     "Thursday. Wine, who denies the charges, accused President Yoweri Museveni of trying to silence him.",
     "2018-08-23", "accused", "UGA"),
    ("US criticises Tehran\nWASHINGTON, Oct 3 - US State Department spokesman Ned Price spoke to reporters on Monday. "
     "Price, speaking in Washington, condemned Iran for its crackdown on protesters.", "2022-10-03", "condemned", "USA"),
    ("Congresswoman in Haiti\nPORT-AU-PRINCE, Feb 9 - US Congresswoman Mia Love arrived in Haiti on Monday. "
     "Love, speaking at the airport, urged the Haitian government to hold elections.", "2016-02-09", "urged", "USA"),
]


@pytest.mark.parametrize("story,date,trigger,source", COMMON_WORD_SURNAMES)
def test_common_word_surname_is_the_person_named_before(coder, story, date, trigger, source):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].source} == {source}, events[0].source_codes


# --- cause 6: an act named as the grounds of another ("over its ...") is no event of its own --
GROUNDS = [
    ("Canada recalls envoy\nOTTAWA, March 1 - Canada recalled its ambassador from Moscow on Tuesday over Russia's "
     "invasion of Ukraine.", "2022-03-01", "invasion", "recalled"),
    ("Sanctions on Belarus\nBRUSSELS, Oct 2 - The European Union imposed sanctions on Belarus on Friday over its "
     "crackdown on protesters.", "2020-10-02", "crackdown", "imposed"),
    ("Ankara protests\nANKARA, Feb 2 - Turkey summoned the Swedish ambassador on Saturday over his government's support "
     "for Kurdish militants.", "2023-02-02", "support", "summoned"),
]


@pytest.mark.parametrize("story,date,grounds,news", GROUNDS)
def test_grounds_of_an_act_are_not_coded(coder, story, date, grounds, news):
    events = _events(coder, story, date)
    assert not [e for e in events if e.trigger.split()[0] == grounds], [(e.cameo, e.trigger) for e in events]
    assert [e for e in events if e.trigger.startswith(news)], [(e.cameo, e.trigger) for e in events]


# --- cause 7: a headline verb the tagger read as a plural noun -------------------------------
HEADLINE_VERBS = [
    ("US pledges $100 million for Haiti quake relief\nWASHINGTON, Jan 14 - Rescue teams worked through the night.",
     "2010-01-14", "pledges", "AGREE", "USA"),
    # (the tagger reads such verbs as nouns rarely: "Spain summons Moroccan ambassador" is still
    # missed, its object parsed as an adverbial; see the report)
]


@pytest.mark.parametrize("story,date,trigger,event,source", HEADLINE_VERBS)
def test_headline_verb_read_as_plural_noun_is_coded(coder, story, date, trigger, event, source):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    assert events[0].event == event and {a.primary for a in events[0].source} == {source}, \
        (events[0].event, events[0].source_codes)


# --- cause 8: sending a person to mediate or negotiate is the means, not aid -----------------
ENVOY_SENDING = [
    ("AU steps in\nABIDJAN, Dec 5 - The African Union sent former South African President Thabo Mbeki to mediate "
     "between the rivals.", "2010-12-05", "sent", "mediate"),
    ("Norway steps in\nCOLOMBO, Feb 2 - Norway sent its foreign minister to negotiate with the rebels.",
     "2002-02-02", "sent", "negotiate"),
    ("Talks on Cyprus\nNICOSIA, May 3 - The UN sent Under-Secretary-General Rosemary DiCarlo to mediate between the "
     "two communities.", "2022-05-03", "sent", "mediate"),
]


@pytest.mark.parametrize("story,date,send,purpose", ENVOY_SENDING)
def test_sending_a_person_is_not_aid(coder, story, date, send, purpose):
    events = _events(coder, story, date)
    assert not [e for e in events if e.trigger == send and e.event == "AID"], [(e.cameo, e.trigger) for e in events]
    assert [e for e in events if e.trigger.startswith(purpose) and e.event == "CONSULT"], \
        [(e.cameo, e.trigger) for e in events]


# --- cause 9: "the two sides" that speakers address are not the speakers themselves -----------
ADDRESSED_SIDES = [
    ("Talks on Karabakh\nMOSCOW, Oct 10 - Armenian and Azerbaijani forces traded fire overnight. France and Russia "
     "urged the two countries to respect the ceasefire.", "2020-10-10", "urged", {"ARM", "AZE"}),
    ("Gulf mediation\nDOHA, Jan 4 - Saudi Arabia and Qatar resumed contacts after a long rift. Kuwait and the United "
     "States called on both countries to reopen their borders.", "2021-01-04", "called", {"SAU", "QAT"}),
    ("Horn of Africa\nNAIROBI, June 2 - Ethiopia and Eritrea traded accusations over the border. Kenya and Uganda "
     "urged the two governments to hold talks.", "1998-06-02", "urged", {"ETH", "ERI"}),
]


@pytest.mark.parametrize("story,date,trigger,sides", ADDRESSED_SIDES)
def test_the_two_sides_addressed_are_not_the_speakers(coder, story, date, trigger, sides):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].target} == sides, events[0].target_codes


# --- cause 10: a crowd named through two quantities ("hundreds of thousands of Ukrainians") ---
CROWDS = [
    ("Rally in Kiev\nKIEV, Dec 1 - Hundreds of thousands of Ukrainians marched through Kiev on Sunday to protest "
     "against President Viktor Yanukovich's decision to shelve a trade pact.", "2013-12-01", "marched", "UKR"),
    ("Belgrade rally\nBELGRADE, Dec 1 - Tens of thousands of Serbs marched through Belgrade on Sunday to protest "
     "against President Slobodan Milosevic's refusal to accept local election results.", "1996-12-01", "marched", "SRB"),
    ("Tbilisi rally\nTBILISI, March 9 - Hundreds of thousands of Georgians marched through Tbilisi on Thursday to "
     "protest against the government's plan to register foreign agents.", "2023-03-09", "marched", "GEO"),
]


@pytest.mark.parametrize("story,date,trigger,country", CROWDS)
def test_crowd_through_two_quantities_keeps_its_people(coder, story, date, trigger, country):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events, [(e.trigger, e.source_codes) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].source} == {country}, events[0].source_codes


# --- cause 11: backing "the measures" the story told of is support, not a stance on a cause ---
BACKED_PAPERS = [
    ("UN sanctions\nUNITED NATIONS, Oct 14 - The Security Council imposed sanctions on North Korea. China, the North's "
     "main ally, backed the measures.", "2006-10-14", "backed", "CHN"),
    ("Ceasefire plan\nCAIRO, Nov 20 - Egypt presented a ceasefire plan for Gaza. Jordan endorsed the plan on Tuesday.",
     "2012-11-20", "endorsed", "JOR"),
    ("Vote in Geneva\nGENEVA, March 23 - The Human Rights Council adopted a resolution on Sri Lanka. India supported "
     "the resolution.", "2012-03-23", "supported", "IND"),
]
# a cause with no article stays a stance (tests/test_precision.py: "supported education and health care")


@pytest.mark.parametrize("story,date,trigger,source", BACKED_PAPERS)
def test_backing_the_measures_is_support(coder, story, date, trigger, source):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith(trigger)]
    assert events and events[0].event == "SUPPORT", [(e.trigger, e.cameo) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].source} == {source}, events[0].source_codes


# --- what the news followed ("followed months of talks", "came after ...") is news too: the talks and
#     the shooting happened and are often reported nowhere else (dated within the story, unlike history)
FOLLOWED = [
    ("Cuba thaw\nWASHINGTON, Dec 17 - The United States will reopen its embassy in Havana. The breakthrough followed "
     "18 months of secret talks hosted by Canada and the Vatican.", "2014-12-17", "followed", "hosted"),
    ("Kiev clashes\nKIEV, Dec 2 - Protesters blocked government offices on Monday. The blockade followed the arrest of "
     "nine activists by riot police.", "2013-12-02", "followed", "arrest"),
    ("Dhaka curfew\nDHAKA, July 20 - Bangladesh imposed a curfew on Saturday. The curfew came after police fired on "
     "student protesters in the capital.", "2024-07-20", "came after", "fired"),
]


@pytest.mark.parametrize("story,date,words,trigger", FOLLOWED)
def test_what_the_news_followed_is_coded_too(coder, story, date, words, trigger):
    events = _events(coder, story, date)
    assert [e for e in _in(events, words) if e.trigger.startswith(trigger)], \
        [(e.cameo, e.trigger) for e in _in(events, words)]


# --- cause 13: lexicon: initialling an accord is signing it ----------------------------------
INITIALLED = [
    ("Accord in Ohio\nDAYTON, Nov 21 - Serbia and Bosnia initialled a peace agreement on Tuesday.", "1995-11-21", {"SRB", "BIH"}),
    ("Brexit text\nBRUSSELS, Oct 17 - Britain and the European Union initialled the withdrawal treaty on Thursday.",
     "2019-10-17", {"GBR", "IGO"}),
    ("Gas deal\nKIEV, Jan 4 - Russia and Ukraine initialled a gas transit accord late on Wednesday.", "2006-01-04", {"RUS", "UKR"}),
]


@pytest.mark.parametrize("story,date,sides", INITIALLED)
def test_initialling_an_accord_is_signing(coder, story, date, sides):
    events = [e for e in _events(coder, story, date) if e.trigger.startswith("initial")]
    assert events and events[0].cameo == "057", [(e.trigger, e.cameo) for e in _events(coder, story, date)]
    assert {a.primary for a in events[0].source} == sides, events[0].source_codes
