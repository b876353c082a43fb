"""Whole wire stories, event by event (stories24 helper). Families of misses the helper's set of 16
multi-paragraph wire stories showed, each tested here on short stories written for this file
(none comes from a corpus file or from the lane sets):
- references: the object "it" of the second of two verbs sharing a subject is the first verb's
  object ("thanked the bloc and called on it", "accused Washington of ... and warned it"), not an
  older subject; a bare "the ministers" repeats the plural role the story named with an owner
  ("EU foreign ministers ... The ministers also agreed"), not the role guessed for the latest
  country;
- misparse: "X and Y, which have tried to mediate, called on Z to ...", with "called" tagged a past
  participle set off by a comma, is the subject's verb, not a participle done to the subject
  (the reduced-relative rule keeps "Zelaya, ousted in a coup, asked ...");
- lexicon: a participle "targeting" on a sanction, tariff or package names the measure's aim, no
  attack; restrictions or curbs on goods from another country are a trade sanction (163), as a
  ban on its goods is, while restrictions on movement stay 172;
- background: in a story, an act an "after" phrase measures by a counted span of days or weeks
  ("two days after Iranian missile attack") is an earlier event recalled; a lone sentence keeps it.
"""
from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story24")


def _has(events, event, source, target=None):
    return any(e.event == event and any(a.code.startswith(source) for a in e.source)
               and (target is None or any(a.code.startswith(target) for a in e.target)) for e in events)


# --- "it" after a second conjoined verb is the first verb's object --------------------------------
def test_it_after_conjoined_verb_is_first_object(coder):
    events = _events(coder, "ANKARA, March 3 (Wire) - Iran said it rejected the plan and urged NATO to drop it. "
                            "Turkish Foreign Minister Hakan Fidan praised the alliance and called on it to speed up "
                            "Sweden's accession talks.", "2023-03-03")
    called = _in(events, "called on it")
    assert _has(called, "REQUEST", "TUR", "IGO"), _show(events)
    assert not any(a.code.startswith("IRN") for e in called for a in e.target), _show(events)


def test_warned_it_is_the_accused(coder):
    events = _events(coder, "MANILA, Feb 8 (Wire) - Vietnam protested on Thursday. "
                            "Marcos accused China of harassing Filipino fishermen and warned it not to provoke "
                            "a conflict.", "2024-02-08")
    warned = _in(events, "warned it")
    assert any(a.code.startswith("CHN") for e in warned if e.event in ("THREATEN", "ACCUSE") for a in e.target), _show(events)
    assert not any(a.code.startswith("VNM") for e in warned for a in e.target), _show(events)


# --- "the ministers" repeats the story's earlier ministers ----------------------------------------
def test_bare_plural_role_repeats_earlier_owner(coder):
    events = _events(coder, "LUXEMBOURG, Oct 14 (Wire) - European Union foreign ministers agreed new sanctions on "
                            "Iran on Monday. Tehran called the measures illegal. The ministers also pledged to send "
                            "more air defence systems to Ukraine, diplomats said.", "2024-10-14")
    pledged = _in(events, "The ministers also pledged")
    assert pledged and all(a.code.startswith("IGO") for e in pledged for a in e.source), _show(events)


# --- "X, which ..., called on Y to ...": the tagger's participle is the subject's verb -----------
def test_called_on_after_relative_aside_is_the_subjects_request(coder):
    events = _events(coder, "LIMA, Sept 3 (Wire) - Peru and Brazil, which have tried to mediate, called on the "
                            "government and the opposition to resume dialogue.", "2024-09-03")
    assert _has(events, "REQUEST", "PER"), _show(events)
    assert _has(events, "REQUEST", "BRA"), _show(events)


def test_participle_set_off_after_its_subject_stays_done_to_it(coder):
    # "Zelaya, ousted in a coup on Sunday, asked ...": no doer for the ousting (the rule kept)
    events = _events(coder, "SAN JOSE, June 29 (Wire) - Zelaya, ousted in a coup on Sunday, asked the OAS for help.",
                     "2009-06-29")
    assert _has(events, "REQUEST", "HND", "IGO"), _show(events)
    assert not any(e.event == "COERCE" and any(a.code.startswith("HND") for a in e.source) for e in events), _show(events)


# --- "targeting" on a measure is its aim, no attack --------------------------------------------------
def test_measure_targeting_is_no_attack(coder):
    events = _events(coder, "WASHINGTON, May 14 (Wire) - The United States announced tariffs targeting Chinese "
                            "solar panels on Tuesday. Britain adopted sanctions targeting Iranian drone makers.",
                     "2024-05-14")
    assert not any(e.event == "ASSAULT" for e in events), _show(events)
    assert _has(events, "SANCTION", "USA"), _show(events)


def test_strikes_targeting_commanders_stay_attacks(coder):
    events = _events(coder, "BEIRUT, Jan 8 (Wire) - Israel carried out air strikes targeting Hezbollah commanders "
                            "in southern Lebanon on Monday.", "2024-01-08")
    assert _has(events, "ASSAULT", "ISR"), _show(events)


# --- an act "a day / two days after" which the news came is background in a story ------------------
def test_counted_days_after_act_is_background_in_story(coder):
    events = _events(coder, "Russia strikes Kyiv power plants, two days after Ukrainian drone attack on Moscow\n"
                            "KYIV, Jan 18 (Wire) - Ukraine's parliament approved a new mobilisation law on Thursday, "
                            "a day after Russian troops captured the village of Krynky.", "2024-01-18")
    assert _has(_in(events, "Russia strikes Kyiv"), "ASSAULT", "RUS", "UKR"), _show(events)
    assert not _has(events, "ASSAULT", "UKR"), _show(events)
    assert not any(e.event == "ASSAULT" and any(a.code.startswith("RUS") for a in e.source)
                   for e in _in(events, "a day after Russian troops")), _show(events)


def test_counted_days_after_act_stays_in_a_lone_sentence(coder):
    events = _events(coder, "Russia struck Kyiv, two days after Ukraine attacked a Russian airfield.", "2024-01-18")
    assert _has(events, "ASSAULT", "UKR", "RUS"), _show(events)


def test_hours_after_act_stays_in_story(coder):
    events = _events(coder, "NEW DELHI, Oct 14 (Wire) - India expelled six Canadian diplomats on Monday, hours after "
                            "Canada expelled six Indian diplomats. Both sides traded accusations.", "2024-10-14")
    assert _has(events, "SANCTION", "CAN", "IND"), _show(events)


# --- limits on another country's goods are a trade sanction -----------------------------------------
def test_limits_on_goods_from_a_country_are_a_sanction(coder):
    events = _events(coder, "TOKYO, Aug 25 (Wire) - Macau imposed restrictions on seafood from Japan on "
                            "Friday, citing the release of treated water from the Fukushima plant.", "2023-08-25")
    assert _has(events, "SANCTION", "MAC", "JPN"), _show(events)


def test_limits_on_movement_stay_a_restriction(coder):
    events = _events(coder, "JERUSALEM, Oct 9 (Wire) - Israel imposed restrictions on movement in the occupied "
                            "West Bank on Monday.", "2023-10-09")
    assert not _has(events, "SANCTION", "ISR"), _show(events)
