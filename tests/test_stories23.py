"""Whole wire stories, event by event (stories23 helper). Families of misses the helper's fresh set
of 17 multi-paragraph wire stories showed, each tested here on short stories written for this file
(none comes from a corpus file or from the fresh sets):
- tolls and agentless acts: a counted passive with no doer ("12 people were killed and 20 wounded,
  health officials said", "25 of the 30 drones were shot down") told after the story's news is the
  toll of that news, no event with a source guessed from the place or the reporter;
- reported speech: a verb of speaking joined to a reported clause about a ship ("said Chinese
  ships had blocked the boat and urged Beijing ...") is the speaker's; "it had summoned the
  ambassador to protest" is the complaint (114) alone, the purpose no protest of its own;
- references: "was among the first to congratulate X" is the copula subject's act; "also
  congratulated him" is done to the one congratulated before; a bare "the leaders" is the pair
  last named with "and", not the government of the place the story is filed from; a bare "the
  government" a country's own farmers urge is theirs;
- older acts: "previous truces announced by the two sides" are background;
- lexicon: protesters dragged or bundled into police vans are detained (173).
"""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story23")


def _has(events, event, source, target=None, cameo=None):
    return any(e.event == event and any(a.code.startswith(source) for a in e.source)
               and (target is None or any(a.code.startswith(target) for a in e.target))
               and (cameo is None or e.cameo == cameo) for e in events)


# --- a toll told after the news is no event of its own ----------------------------------------
@pytest.mark.parametrize("story,date,news,news_event,news_source,toll", [
    ("GAZA, May 10 (Wire) - Israeli aircraft struck targets in Gaza City on Wednesday. "
     "Health officials said 12 people were killed and 20 wounded.",
     "2023-05-10", "Israeli aircraft struck", "ASSAULT", "ISR", "12 people were killed"),
    ("KYIV, Dec 29 (Wire) - Russia fired 30 drones at Ukrainian cities overnight, officials said on Friday. "
     "The air force said 25 of the 30 drones were destroyed.",
     "2023-12-29", "Russia fired 30 drones", "ASSAULT", "RUS", "25 of the 30 drones"),
    ("CARACAS, Aug 2 (Wire) - Venezuelan troops detained dozens of protesters in Caracas on Thursday. "
     "A prosecutor said 420 people had been arrested since the vote.",
     "2024-08-02", "troops detained dozens", "COERCE", "VEN", "420 people had been arrested"),
])
def test_counted_passive_after_the_news_is_its_toll(coder, story, date, news, news_event, news_source, toll):
    events = _events(coder, story, date)
    assert _has(_in(events, news), news_event, news_source), _show(events)
    assert not _in(events, toll), _show(events)


# --- reported speech: a ship urges no one; a summons to protest is one complaint ---------------
def test_speech_verb_joined_to_a_ship_clause_is_the_speakers(coder):
    events = _events(coder, "MANILA, Oct 23 (Wire) - Philippine boats sailed to the shoal on Sunday. "
                            "Manila said Chinese ships had blocked the supply boats and urged Beijing to stop "
                            "its dangerous manoeuvres.", "2023-10-23")
    urged = _in(events, "urged Beijing")
    assert _has(urged, "REQUEST", "PHL", "CHN"), _show(events)
    assert not any(a.code.startswith("CHN") for e in urged if e.event == "REQUEST" for a in e.source), _show(events)


def test_summoned_to_protest_is_one_complaint(coder):
    events = _events(coder, "WARSAW, Feb 3 (Wire) - Belarus expelled two Polish diplomats on Friday. "
                            "The Polish foreign ministry said it had summoned Belarus's charge d'affaires "
                            "to protest against the decision.", "2023-02-03")
    summons = _in(events, "summoned Belarus")
    assert _has(summons, "ACCUSE", "POL", "BLR"), _show(events)
    assert not any(e.event == "PROTEST" for e in summons), _show(events)


# --- references -----------------------------------------------------------------------------------
def test_first_to_congratulate_and_also_congratulated_him(coder):
    events = _events(coder, "Incumbent wins\nBELGRADE, April 4 (Wire) - Aleksandar Vucic won Serbia's "
                            "presidential election on Sunday. Hungarian Prime Minister Viktor Orban was among "
                            "the first to congratulate Vucic. Chinese President Xi Jinping also congratulated him.",
                     "2022-04-04")
    assert _has(_in(events, "among the first"), "SUPPORT", "HUN", "SRB"), _show(events)
    also = _in(events, "also congratulated him")
    assert _has(also, "SUPPORT", "CHN", "SRB"), _show(events)
    assert not _has(also, "SUPPORT", "CHN", "HUN"), _show(events)


def test_bare_leaders_are_the_pair_last_named(coder):
    events = _events(coder, "GENEVA, June 16 (Wire) - U.S. President Joe Biden and Russian President "
                            "Vladimir Putin met in Geneva on Wednesday. Swiss officials said the leaders had "
                            "agreed to return their ambassadors.", "2021-06-16")
    agreed = _in(events, "the leaders had agreed")
    assert agreed, _show(events)
    assert not any(a.code.startswith("CHE") for e in agreed for a in e.source), _show(events)
    assert any(a.code.startswith(("USA", "RUS")) for e in agreed for a in e.source), _show(events)


def test_own_farmers_urge_their_own_government(coder):
    events = _events(coder, "LONDON, June 2 (Wire) - Britain cut tariffs on Kenyan tea on Friday. "
                            "Kenyan tea farmers urged the government to cut fertiliser prices.", "2023-06-02")
    assert _has(_in(events, "tea farmers urged"), "REQUEST", "KEN", "KEN"), _show(events)


# --- older acts ----------------------------------------------------------------------------
def test_previous_truces_are_background(coder):
    events = _events(coder, "KHARTOUM, June 10 (Wire) - Sudan's army and the RSF agreed to a 24-hour truce "
                            "on Saturday. Previous truces announced by the two sides collapsed within hours.",
                     "2023-06-10")
    assert not _in(events, "Previous truces"), _show(events)


# --- lexicon ----------------------------------------------------------------------------------------
def test_protesters_bundled_into_vans_are_detained(coder):
    events = _events(coder, "MINSK, Aug 10 (Wire) - Belarusian riot police bundled dozens of protesters "
                            "into vans in Minsk on Monday.", "2020-08-10")
    assert _has(events, "COERCE", "BLR", cameo="173"), _show(events)
