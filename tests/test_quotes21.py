"""Families of reported-speech misses found by helper "quotes21" (issue #3) on fresh sentences in
the shapes real news quotes people: a speaker set between two halves of one quotation ('"Those
who ...," Putin said, "will be punished."', with the quoted subject or if-clause in the first
half); a surname the parser reads as a modal right after a closing quote ('"...," May told MPs');
a statement "which said" speaking for the side that released it; a quoted clause joined to the
act it judges ('"X struck Y, and this is a war crime"') and joined harsh adjectives ("a cowardly
and dangerous act"); vengeance vowed or taken (a threat of force) and a siege laid with "place
under siege". Every sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"The officers who joined the revolt," Erdogan said on Monday, "will be punished severely."', "2016-07-20",
     "THREATEN", "TURGOV", None),
    ('"If Pyongyang attacks our territory," Moon told reporters, "we will destroy its artillery '
     'positions."', "2019-11-20", "THREATEN", "KORGOV", "PRK"),
    ('"If they attack us again," Erdogan told his party, "we will strike the militants in Syria."', "2019-10-20",
     "THREATEN", "TURGOV", None),
])
def test_quotes21_speaker_between_two_halves_of_a_quote(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_quotes21_split_quote_keeps_conditional_modality(coder):
    evs = coder.code('"If Pyongyang attacks our territory," Moon told reporters, "we will destroy its '
                     'artillery positions."', date="2019-11-20")
    assert any(e.event == "THREATEN" for e in evs)
    assert not any(e.event == "ASSAULT" for e in evs)


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"Moscow is behind this nerve agent attack," May told the cabinet.', "2018-03-13",
     "ACCUSE", "GBRGOV", "RUS"),
    ('"Russia is responsible for the poisoning in Salisbury," May told MPs.', "2018-03-12",
     "ACCUSE", "GBRGOV", "RUS"),
])
def test_quotes21_surname_may_after_a_closing_quote(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_quotes21_month_may_inside_a_quote_is_no_speaker(coder):
    assert not coded(coder, '"We may meet again in May," the coach said.', "2018-03-12")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Myanmar's army released a statement which said its troops had attacked Arakan Army positions.",
     "2019-01-10", "ASSAULT", "MMRMIL", None),
    ("The Taliban released a statement which said strikes on their fighters would not go unanswered.",
     "2020-03-05", "THREATEN", "AFGINS", None),
])
def test_quotes21_statement_which_said_speaks_for_its_releaser(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, source, target", [
    ('"Israeli jets bombed a school in Gaza City, and this is a war crime," Abbas said.', "2014-07-30",
     "PSEGOV", "ISR"),
    ('"Azerbaijani troops shelled Stepanakert, and this is an act of terrorism," Pashinyan said.', "2020-10-04",
     "ARMGOV", "AZE"),
])
def test_quotes21_joined_clause_judges_the_act_just_told(coder, text, date, source, target):
    assert _has(coded(coder, text, date), "ACCUSE", source, target)


def test_quotes21_joined_clause_with_a_mild_word_is_no_accusation(coder):
    evs = coded(coder, '"Ukrainian troops crossed the river, and this is good news," Zelensky said.', "2023-11-15")
    assert not _has(evs, "ACCUSE")


def test_quotes21_joined_harsh_adjectives_judge_the_act(coder):
    text = 'Turkey shot down a Russian jet on Tuesday. "This is a treacherous and very dangerous act," Putin said.'
    assert _has(coded(coder, text, "2015-11-24"), "ACCUSE", "RUSGOV", "TUR")


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Houthi leaders said they would take vengeance on Saudi Arabia for the raid.", "2019-08-10",
     "THREATEN", "YEMREB", "SAU"),
    ("Hamas vowed vengeance against Israel after the killing of its commander.", "2021-05-13",
     "THREATEN", "PSEINS", "ISR"),
    ("Ethiopian troops placed the town of Mekele under siege.", "2021-01-12", "ASSAULT", "ETHMIL", None),
])
def test_quotes21_vengeance_and_siege_wording(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


@pytest.mark.parametrize("text, date, event, source", [
    ("A Hamas official told Reuters that the group would release two elderly hostages.", "2023-10-23",
     "AGREE", "PSEINS"),
    ("An ELN commander told the BBC that the rebels would free the kidnapped soldiers.", "2019-01-25",
     "AGREE", "COLREB"),
])
def test_quotes21_news_outlet_told_is_no_target(coder, text, date, event, source):
    evs = coded(coder, text, date)
    assert _has(evs, event, source)
    assert not any(c.endswith("MED") for _, _, _, tgt in evs for c in tgt)


def test_quotes21_the_country_is_not_the_news_agency_s_home(coder):
    evs = coded(coder, "An Iranian official told the Associated Press that the country had launched a new "
                       "satellite rocket.", "2020-04-22")
    assert not any(c.startswith("USA") for _, _, src, tgt in evs for c in src + tgt)


@pytest.mark.parametrize("text, date, event, source, target", [
    ('"This vote was rigged," opposition leader Nelson Chamisa told supporters. "We will not accept the '
     'result."', "2018-08-03", "REJECT", "ZWEOPP", None),
    ('"The drone was shot down over our waters," Iranian Foreign Minister Javad Zarif said. "We will '
     'respond to any American aggression."', "2019-06-21", "THREATEN", "IRNGOV", None),
])
def test_quotes21_quotation_continued_in_the_next_sentence(coder, text, date, event, source, target):
    assert _has(coded(coder, text, date), event, source, target)


def test_quotes21_we_with_no_quotation_before_has_no_speaker(coder):
    evs = coded(coder, 'Zarif spoke in Tehran on Friday. "We will respond to any American aggression."', "2019-06-21")
    assert not _has(evs, "THREATEN", "IRNGOV")
