"""Whole stories, event by event (stories8 helper). Every story here was written new for these
tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story8")


def _of(events, kind):
    return [e for e in events if e.event == kind]


def _sources(events):
    return {a.primary for e in events for a in e.source}


def _targets(events):
    return {a.primary for e in events for a in e.target}


# --- cause 1: which earlier act a reaction's noun names ------------------------------------------
# after a side hits back, "the attack" is still the first side's; a noun that is the act's own word
# ("the annexation") names it even when it was told beside its sentence's main event.
REACTIONS = [
    # (story, date, words of the reaction, type, reacting country, doer)
    ("Shelling on the border\nISLAMABAD, Oct 6 - Indian troops shelled Pakistani border villages on "
     "Sunday, killing four civilians. Pakistani forces returned fire, the army said. Britain condemned "
     "the attack.", "2019-10-06", "Britain condemned the attack", "ACCUSE", "GBR", "IND"),
    ("Rockets on the Golan\nJERUSALEM, May 10 - Syrian forces fired rockets at Israeli positions on the "
     "Golan Heights. Israeli jets struck back at Syrian army bases. France condemned the attack.",
     "2018-05-10", "France condemned the attack", "ACCUSE", "FRA", "SYR"),
    ("Treaty signed\nMOSCOW, Oct 5 - Russia's parliament approved the law on Wednesday, hours after "
     "Moscow declared the annexation of the Zaporizhzhia region of Ukraine. Japan's foreign minister "
     "condemned the annexation.", "2022-10-05", "condemned the annexation", "ACCUSE", "JPN", "RUS"),
]


@pytest.mark.parametrize("story,date,words,kind,speaker,doer", REACTIONS)
def test_reaction_names_the_act_of_the_side_that_struck_first(coder, story, date, words, kind, speaker, doer):
    events = _of(_in(_events(coder, story, date), words), kind)
    assert events, _show(_events(coder, story, date))
    assert speaker in _sources(events) and doer in _targets(events), _show(events)


# --- cause 2: a harsh adjective on a plain noun judges the act ----------------------------------
JUDGED = [
    ("Raid on a camp\nCAIRO, Aug 3 - Israeli aircraft bombed a camp in southern Lebanon on Tuesday. "
     "Egypt said the Israeli raid was a dangerous escalation.", "2021-08-03", "dangerous escalation", "EGY", "ISR"),
    ("Drones over Sinjar\nBAGHDAD, Aug 17 - Turkish drones struck a Yazidi town in northern Iraq on Tuesday. "
     "Iraq's foreign ministry said the strike was a reckless step.", "2021-08-17", "reckless step", "IRQ", "TUR"),
    ("Office demolished\nSEOUL, June 17 - North Korean troops blew up a border post on Wednesday. "
     "Japan said the demolition was a senseless act.", "2020-06-17", "senseless act", "JPN", "PRK"),
    ("Troops to the border\nMOSCOW, Feb 2 - The United States sent 3,000 more troops to Poland and "
     "Romania. Russia said Washington's decision was a provocative step.", "2022-02-02", "provocative step", "RUS", "USA"),
]


@pytest.mark.parametrize("story,date,words,speaker,doer", JUDGED)
def test_a_harsh_judgement_of_an_act_criticises_its_doer(coder, story, date, words, speaker, doer):
    events = _in(_events(coder, story, date), words)
    accused = _of(events, "ACCUSE")
    assert accused and speaker in _sources(accused) and doer in _targets(accused), _show(events)
    # the raid judged was told before: no second assault from the judging sentence
    assert not _of(events, "ASSAULT"), _show(events)


def test_a_bad_response_is_criticism_of_the_responder(coder):
    story = ("Clashes in the Caucasus\nWASHINGTON, Aug 9 - Russian troops moved into Georgia on Saturday. "
             "Britain said Russia's response was disproportionate.")
    events = _of(_in(_events(coder, story, "2008-08-09"), "disproportionate"), "ACCUSE")
    assert events and "RUS" in _targets(events), _show(events)


def test_a_land_grab_is_a_condemning_label(coder):
    story = ("Border decree\nKYIV, May 3 - Russia annexed two districts of eastern Ukraine on Monday. "
             "Poland's president called the move a land grab.")
    events = _of(_in(_events(coder, story, "2023-05-03"), "land grab"), "ACCUSE")
    assert events and "RUS" in _targets(events), _show(events)


# --- cause 3: what a story recalls months after an act is background ----------------------------
BACKGROUND = [
    ("Bomb in the market\nQUETTA, Feb 9 - A bomb killed 12 people in a market on Saturday. The blast came "
     "three months after a suicide bomber killed 20 policemen outside a mosque in Peshawar.",
     "2019-02-09", "killed 20 policemen"),
    ("Strike on the ferry\nSEOUL, May 4 - The navy said a patrol boat was hit near the border on Sunday. "
     "The incident came a year after the sinking of a frigate, which Seoul blamed on a North Korean mine.",
     "2011-05-04", "Seoul blamed on"),
    ("Siege of the capital\nNAIROBI, June 2 - Gunmen attacked a hotel in Mogadishu on Sunday. The raid came "
     "two years after militants stormed a shopping centre in Nairobi, killing 67 people.", "2015-06-02",
     "killing 67 people"),
]


@pytest.mark.parametrize("story,date,words", BACKGROUND)
def test_an_act_recalled_months_before_the_news_is_not_coded(coder, story, date, words):
    assert not _in(_events(coder, story, date), words), _show(_events(coder, story, date))


# --- cause 4: words of answering and advancing ----------------------------------------------------
def test_responding_with_air_strikes_is_the_strike(coder):
    story = ("Rockets and reply\nGAZA, Aug 5 - Militants fired rockets into southern Israel. Israel "
             "responded with air strikes on Gaza.")
    events = _of(_in(_events(coder, story, "2022-08-05"), "responded with"), "ASSAULT")
    assert events and "ISR" in _sources(events) and "PSE" in _targets(events), _show(events)


def test_retaliating_with_missile_strikes_is_the_strike(coder):
    events = _of(_events(coder, "Iran retaliated with missile strikes on two bases housing U.S. troops in Iraq.",
                         "2020-01-08"), "ASSAULT")
    assert events and "IRN" in _sources(events), _show(events)


def test_pressing_into_territory_is_an_advance_not_a_demand(coder):
    events = _events(coder, "Ethiopian troops pressed deeper into Eritrean territory on Friday.", "1999-02-26")
    assert _of(events, "ASSAULT") and not _of(events, "REQUEST"), _show(events)


def test_bearing_the_consequences_is_a_threat(coder):
    story = ("Soldiers seized\nJERUSALEM, June 25 - Gunmen from Gaza seized an Israeli soldier on Sunday. "
             "Israel's defence minister said the Palestinian Authority would bear the consequences.")
    events = _of(_in(_events(coder, story, "2006-06-25"), "bear the consequences"), "THREATEN")
    assert events and "ISR" in _sources(events), _show(events)


# --- cause 5: denials, labels and avenged acts -------------------------------------------
def test_saying_ones_government_was_not_responsible_blames_no_one(coder):
    story = ("Border raid\nBEIRUT, Jan 4 - Gunmen attacked an Israeli patrol on the border. Lebanon's prime "
             "minister said his government was not responsible for the raid.")
    assert not _of(_in(_events(coder, story, "2007-01-04"), "not responsible"), "ACCUSE")


def test_the_victim_named_in_a_condemning_label_is_not_the_target(coder):
    story = ("Strike near Baghdad\nBAGHDAD, Dec 30 - U.S. jets struck militia bases in western Iraq on Sunday. "
             "Iraq's prime minister condemned the strikes as an aggression against Iraq.")
    events = _of(_in(_events(coder, story, "2019-12-30"), "aggression against Iraq"), "ACCUSE")
    assert events and "IRQ" not in _targets(events), _show(events)


def test_whom_revenge_is_sworn_against_did_no_new_act(coder):
    story = ("Commander killed\nDAMASCUS, Dec 25 - An Israeli air strike killed a senior Iranian adviser near "
             "Damascus on Monday. Iran's president vowed revenge against those who killed him.")
    events = _in(_events(coder, story, "2023-12-25"), "vowed revenge")
    assert _of(events, "THREATEN") and not _of(events, "ASSAULT"), _show(events)


def test_a_call_for_a_halt_to_the_military_action_is_aimed_at_its_doer(coder):
    story = ("Air campaign\nBRUSSELS, Oct 8 - Turkish jets bombed Kurdish positions in northern Syria on "
             "Tuesday. Germany called for an immediate halt to the military action.")
    events = _of(_in(_events(coder, story, "2019-10-08"), "immediate halt"), "REQUEST")
    assert events and "TUR" in _targets(events), _show(events)


# --- cause 6: a speech verb joined to the words reported is the speaker's --------------------------
SPEAKERS = [
    ("The Iranian foreign ministry said Pompeo's claims were lies and accused Washington of spreading "
     "falsehoods.", "2019-06-14", "IRN"),
    ("Erdogan said the refugees would stay in Turkey and urged Europe to share the burden.", "2016-03-04", "TUR"),
]


@pytest.mark.parametrize("text,date,speaker", SPEAKERS)
def test_a_speech_verb_joined_to_reported_words_is_the_speakers(coder, text, date, speaker):
    events = [e for e in _events(coder, text, date) if e.event in ("ACCUSE", "REQUEST") and e.trigger != "said"]
    assert events and all(speaker in _sources([e]) for e in events), _show(events)


# --- cause 7: a misread compound object, a mistake, an order on a condition -----------------------
def test_rejecting_the_ceasefire_offer_is_a_rejection(coder):
    events = _events(coder, "Armenia's prime minister rejected the truce offer.", "2020-10-05")
    assert _of(events, "REJECT") and "ARM" in _sources(_of(events, "REJECT")), _show(events)


def test_saying_another_made_a_mistake_criticises_it(coder):
    story = ("Tanker seized\nLONDON, July 20 - Iran seized a British-flagged tanker in the Strait of Hormuz. "
             "\"Iran has made a grave mistake,\" Britain's foreign secretary told reporters.")
    events = _of(_in(_events(coder, story, "2019-07-20"), "grave mistake"), "ACCUSE")
    assert events and "GBR" in _sources(events) and "IRN" in _targets(events), _show(events)


def test_an_order_to_strike_if_provoked_is_a_threat(coder):
    events = _events(coder, "President Park Geun-hye ordered the military to punish North Korea severely "
                            "if it launched another attack.", "2015-08-10")
    threats = _of(events, "THREATEN")
    assert threats and "PRK" in _targets(threats) and not _of(events, "COERCE"), _show(events)


# --- cause 8 (found on a second fresh batch): acts named by their own verb, announced acts, ----
# history in a 'since' clause
def test_a_noun_the_tables_do_not_code_names_the_act_of_its_verb(coder):
    story = ("Missile test\nTOKYO, July 4 - North Korea launched an intercontinental missile into the sea "
             "on Tuesday. South Korea's president called the launch a provocation.")
    events = _of(_in(_events(coder, story, "2017-07-04"), "called the launch"), "ACCUSE")
    assert events and "PRK" in _targets(events), _show(events)


def test_the_decision_is_an_expulsion_announced_for_the_future(coder):
    story = ("Envoys expelled\nWELLINGTON, March 28 - New Zealand said on Wednesday it would expel a Russian "
             "diplomat. Russia's embassy said the decision was regrettable.")
    events = _of(_in(_events(coder, story, "2018-03-28"), "regrettable"), "ACCUSE")
    assert events and "NZL" in _targets(events), _show(events)


def test_a_raid_called_unauthorised_is_criticised(coder):
    story = ("Raid over the border\nISLAMABAD, Sept 3 - U.S. commandos raided a village in South Waziristan on "
             "Wednesday. Pakistan's army chief said the raid was an unauthorised action.")
    events = _of(_in(_events(coder, story, "2008-09-03"), "unauthorised"), "ACCUSE")
    assert events and "USA" in _targets(events), _show(events)


def test_acts_repeated_since_a_clause_dated_years_back_are_background(coder):
    story = ("Rockets on the south\nGAZA, Nov 12 - Israeli jets struck Gaza on Monday. Militants have fired "
             "thousands of rockets at Israeli towns since Hamas seized the strip in 2007.")
    assert not _in(_events(coder, story, "2012-11-12"), "thousands of rockets"), _show(_events(coder, story, "2012-11-12"))


def test_a_speakers_own_capital_in_a_later_clause_is_not_criticised(coder):
    story = ("Diplomats out\nOTTAWA, March 26 - Canada said on Monday it would expel four Russian diplomats. "
             "The Russian embassy in Ottawa said the decision was regrettable and that Moscow would respond.")
    events = _of(_in(_events(coder, story, "2018-03-26"), "regrettable"), "ACCUSE")
    assert events and "RUS" not in _targets(events) and "CAN" in _targets(events), _show(events)
