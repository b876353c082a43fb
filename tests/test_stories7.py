"""Whole stories, event by event (stories7 helper). Every story here was written new for these
tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story7")


def _targets(events):
    return {a.primary for e in events for a in e.target}


# --- cause 1: a reaction names the act it answers in more ways than by its object ---------------
# the subject of a judged say-clause, a preposition of a threat, or a noun whose own code is not
# the verb's ("expelled diplomats" is a sanction, "the expulsion" a deportation): the target is
# the act's doer, told in an earlier sentence.
REACTIONS = [
    # (story, date, words of the reaction, type, reacting country, doer)
    ("Canada expels envoys\nOTTAWA, Oct 14 - Canada expelled six Indian diplomats on Monday. Britain's "
     "foreign secretary welcomed the expulsions.", "2024-10-14", "welcomed the expulsions", "SUPPORT", "GBR", "CAN"),
    ("Bahrain cuts links\nMANAMA, Jan 4 - Bahrain cut diplomatic ties with Iran on Monday. Iran's "
     "foreign ministry said the decision was unjustified and hostile.", "2016-01-04", "the decision was unjustified",
     "ACCUSE", "IRN", "BHR"),
    ("Czechs expel Russians\nPRAGUE, April 17 - The Czech Republic expelled 18 Russian diplomats on "
     "Saturday. The Russian foreign ministry said Moscow would retaliate against the expulsions.",
     "2021-04-17", "retaliate against the expulsions", "THREATEN", "RUS", "CZE"),
]


@pytest.mark.parametrize("story,date,words,kind,speaker,doer", REACTIONS)
def test_reaction_is_aimed_at_the_doer_of_the_act_it_names(coder, story, date, words, kind, speaker, doer):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert events, _show(_events(coder, story, date))
    assert any(speaker in {a.primary for a in e.source} and doer in {a.primary for a in e.target}
               for e in events), _show(events)


# a threat is words: "the test" later in the story is the test, not the threat told in between
def test_a_threat_is_not_the_act_a_later_noun_names(coder):
    story = ("Pakistan tests missile\nISLAMABAD, May 3 - Pakistan test-fired a nuclear-capable missile on "
             "Friday. India's army chief said New Delhi would respond strongly. Japan called the test a "
             "threat to regional peace.")
    events = [e for e in _in(_events(coder, story, "2019-05-03"), "called the test") if e.event == "ACCUSE"]
    assert events and "IND" not in _targets(events), _show(events)


# --- cause 2: an act said to break a rule is criticism of its doer ------------------------------
BREACHES = [
    ("US strikes Syrian base\nWASHINGTON, April 7 - U.S. warships fired cruise missiles at a Syrian air base. "
     "Iran's foreign ministry said the strike violated international law.", "2017-04-07",
     "the strike violated", "IRN", "USA"),
    ("Arms sale to Taipei\nWASHINGTON, Oct 21 - Washington approved a $1.8 billion arms package for Taiwan. "
     "Beijing said the decision seriously undermined China's sovereignty.", "2020-10-21",
     "the decision seriously undermined", "CHN", "USA"),
]


@pytest.mark.parametrize("story,date,words,speaker,doer", BREACHES)
def test_act_said_to_break_a_rule_is_criticism_of_its_doer(coder, story, date, words, speaker, doer):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "ACCUSE"]
    assert any(speaker in {a.primary for a in e.source} for e in events), _show(_events(coder, story, date))
    assert doer in _targets(events), _show(events)


# an actor breaking a rule is the violation itself, not criticism by the speaker
def test_actor_breaking_a_rule_is_no_criticism(coder):
    events = _events(coder, "KIEV, Feb 3 - Ukraine said Russian-backed rebels had violated the truce.", "2015-02-03")
    assert not [e for e in events if e.cameo == "111"], _show(events)


# --- cause 3: 'it' after an apposition, and the object 'it' of a trailing participle ------------
def test_it_is_the_subject_not_the_owner_inside_its_apposition(coder):
    story = "MOSCOW, Feb 9 - Belarus, Russia's closest ally, said it opposed the new sanctions."
    events = _in(_events(coder, story, "2022-02-09"), "opposed")
    assert events and all({a.primary for a in e.source} == {"BLR"} for e in events), _show(events)


PARTICIPLE_OBJECTS = [
    ("RABAT, May 1 - Morocco cut diplomatic ties with Iran on Tuesday, accusing it of arming the Polisario Front.",
     "2018-05-01", "MAR", "IRN"),
    ("KHARTOUM, Jan 4 - Sudan recalled its ambassador from Egypt, accusing it of meddling in its affairs.",
     "2018-01-04", "SDN", "EGY"),
]


@pytest.mark.parametrize("story,date,accuser,accused", PARTICIPLE_OBJECTS)
def test_object_it_of_a_trailing_participle_is_the_clause_object(coder, story, date, accuser, accused):
    events = [e for e in _events(coder, story, date) if e.cameo[:2] == "11"]
    assert any(accuser in {a.primary for a in e.source} and accused in {a.primary for a in e.target}
               for e in events), _show(_events(coder, story, date))


# --- cause 4: threats and calls for a halt answer the attack on the speaker ---------------------
ANSWERS = [
    ("Shells hit Yeonpyeong\nSEOUL, Nov 23 - North Korean artillery shelled a South Korean island on Tuesday. "
     "Defence minister Kim Tae-young said Seoul would respond sternly.", "2010-11-23", "respond sternly",
     "THREATEN", "KOR", "PRK"),
    ("Jets strike Georgian town\nTBILISI, Aug 9 - Russian warplanes bombed the Georgian port of Poti on Saturday. "
     "Georgian President Mikheil Saakashvili called for an immediate ceasefire.", "2008-08-09",
     "called for an immediate ceasefire", "REQUEST", "GEO", "RUS"),
]


@pytest.mark.parametrize("story,date,words,kind,speaker,attacker", ANSWERS)
def test_unaimed_threat_or_ceasefire_call_answers_the_attacker(coder, story, date, words, kind, speaker, attacker):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(speaker in {a.primary for a in e.source} and attacker in {a.primary for a in e.target}
               for e in events), _show(_events(coder, story, date))


# a call for help is not aimed at the attacker
def test_call_for_help_is_not_aimed_at_the_attacker(coder):
    story = ("TBILISI, Aug 9 - Russian warplanes bombed the Georgian port of Poti. Saakashvili called for "
             "more Western help.")
    events = _in(_events(coder, story, "2008-08-09"), "Western help")
    assert "RUS" not in _targets(events), _show(events)


VOWS = [
    ("JERUSALEM, Jan 28 - Prime Minister Benjamin Netanyahu vowed that Hezbollah would pay a heavy price.",
     "2015-01-28", "ISR", "LBN"),
    ("NEW DELHI, Sept 18 - Prime Minister Narendra Modi warned that Pakistan would pay a heavy price.",
     "2016-09-18", "IND", "PAK"),
]


@pytest.mark.parametrize("story,date,speaker,payer", VOWS)
def test_vowing_that_someone_will_pay_threatens_them(coder, story, date, speaker, payer):
    events = [e for e in _events(coder, story, date) if e.event == "THREATEN"]
    assert any(speaker in {a.primary for a in e.source} and payer in {a.primary for a in e.target}
               for e in events), _show(_events(coder, story, date))


# --- cause 5: the act avenged is background --------------------------------------------------------
def test_act_avenged_is_not_a_new_event(coder):
    story = ("BEIRUT, Aug 25 - Hezbollah fired hundreds of rockets at northern Israel in retaliation for an "
             "Israeli air strike on a Beirut suburb.")
    events = _events(coder, story, "2024-08-25")
    assert any(e.event == "ASSAULT" and "LBN" in {a.primary for a in e.source} for e in events), _show(events)
    assert not [e for e in events if "ISR" in {a.primary for a in e.source}], _show(events)


# --- cause 6: a claim names the doer and target of the attack told before ----------------------
def test_claim_credits_the_earlier_attack(coder):
    story = ("KABUL, Sept 5 - A suicide bomber blew himself up outside the Russian embassy in Kabul on Monday, "
             "killing two diplomats. Islamic State claimed responsibility for the attack.")
    events = _events(coder, story, "2022-09-05")
    first = [e for e in _in(events, "blew himself up") if e.event == "ASSAULT"]
    assert first and all(any(a.code.startswith("IMG") for a in e.source) for e in first), _show(events)
    # the claim reports that same attack again: no second event
    assert not [e for e in _in(events, "claimed responsibility") if e.event == "ASSAULT"], _show(events)


# a claim of an attack the story has not told is the attack, with the claimant as its doer
def test_claim_of_an_untold_attack_is_the_attack(coder):
    story = ("KABUL, Sept 5 - Afghan officials met donors in Kabul on Monday. Islamic State claimed responsibility "
             "for the attack on the Russian embassy.")
    events = [e for e in _in(_events(coder, story, "2022-09-05"), "claimed responsibility") if e.event == "ASSAULT"]
    assert events and all(any(a.code.startswith("IMG") for a in e.source) for e in events), _show(events)


# a named attacker keeps the act: a later claim by another side does not take it over
def test_claim_does_not_replace_a_named_attacker(coder):
    story = ("DAMASCUS, Jan 3 - Israeli jets struck a warehouse near Damascus airport on Tuesday. "
             "A Syrian militia claimed responsibility for the attack.")
    events = _in(_events(coder, story, "2023-01-03"), "struck a warehouse")
    assert events and all("ISR" in {a.primary for a in e.source} for e in events), _show(events)


# --- cause 7: a capital seized is territory occupied ----------------------------------------------
def test_capital_seized_is_occupation(coder):
    events = _events(coder, "SANAA, Sept 21 - Houthi rebels seized the capital Sanaa on Sunday.", "2014-09-21")
    assert any(e.cameo == "192" for e in events), _show(events)


# --- cause 8: fire returned, and a judgement of the attack, answer the attacker -----------------
def test_returned_fire_and_judgement_answer_the_attacker(coder):
    story = ("Border clash\nNEW DELHI, Oct 9 - Pakistani troops shelled Indian army posts in Kashmir on Sunday. "
             "Indian soldiers returned fire. India's defence minister said the attack on the posts was "
             "unforgivable.")
    events = _events(coder, story, "2016-10-09")
    fire = [e for e in _in(events, "returned fire") if e.event == "ASSAULT"]
    assert fire and "PAK" in _targets(fire), _show(events)
    judged = [e for e in _in(events, "unforgivable") if e.event == "ACCUSE"]
    assert judged and _targets(judged) == {"PAK"}, _show(events)


# --- cause 9: 'the strike' after an armed attack is that attack, not a labour strike -----------
def test_the_strike_after_an_attack_is_no_labour_strike(coder):
    story = ("Missiles hit bases\nBAGHDAD, Jan 8 - Iran fired missiles at two US bases in Iraq on Wednesday. "
             "The strike caused no casualties in Iraq, the Pentagon said.")
    events = _events(coder, story, "2020-01-08")
    assert not [e for e in events if e.event == "PROTEST"], _show(events)


def test_a_labour_strike_keeps_its_sense(coder):
    # a strike by named workers is theirs, even after an armed attack in the story
    story = ("Attack in Nairobi\nNAIROBI, Jan 16 - Gunmen attacked a hotel in Nairobi on Tuesday. The strike by "
             "Kenyan teachers began a week ago.")
    events = _in(_events(coder, story, "2019-01-16"), "The strike by")
    assert events and all(e.event == "PROTEST" for e in events), _show(events)


# --- cause 10: a trailing 'defying ...' tells how the act was done ------------------------------
def test_defying_participle_is_no_event_of_its_own(coder):
    events = _events(coder, "IDLIB, Feb 3 - Russian jets bombed Idlib on Thursday, defying warnings from "
                     "Ankara.", "2020-02-03")
    assert not [e for e in events if e.event == "REJECT"], _show(events)


def test_defiance_as_the_main_verb_is_an_event(coder):
    events = _events(coder, "BUDAPEST, Feb 3 - Hungary defied the European Union on Monday.", "2020-02-03")
    assert any(e.event == "REJECT" for e in events), _show(events)


# --- cause 11: a record held for an act the story told is background ---------------------------
def test_record_of_a_told_visit_is_no_second_visit(coder):
    story = ("Modi in Kyiv\nKYIV, Aug 23 - Indian Prime Minister Narendra Modi arrived in Kyiv on Friday. Modi is "
             "the first Indian prime minister to visit Ukraine since its independence.")
    events = _events(coder, story, "2024-08-23")
    assert [e for e in _in(events, "arrived in Kyiv") if e.event == "CONSULT"], _show(events)
    assert not [e for e in _in(events, "the first Indian prime minister") if e.event == "CONSULT"], _show(events)


def test_record_told_alone_is_the_visit(coder):
    events = _events(coder, "JERUSALEM, May 4 - Narendra Modi became the first Indian prime minister to visit "
                     "Israel.", "2017-07-04")
    assert any(e.event == "CONSULT" for e in events), _show(events)


# --- cause 12: a speaker's second verb parsed as joined to what they said ----------------------
MISJOINED = [
    ("Tanker held\nLONDON, Aug 2 - Iran seized a Greek tanker on Friday. The Greek foreign minister said the "
     "seizure was illegal and warned of serious consequences.", "2022-08-02", "warned of", "THREATEN", "GRC"),
    ("MOSCOW, Jan 5 - Lavrov said the expulsion was a grave mistake and urged Berlin to reconsider.",
     "2022-01-05", "urged Berlin", "REQUEST", "RUS"),
]


@pytest.mark.parametrize("story,date,words,kind,speaker", MISJOINED)
def test_speaker_verb_joined_to_the_said_clause_is_the_speakers(coder, story, date, words, kind, speaker):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == kind]
    assert any(speaker in {a.primary for a in e.source} for e in events), _show(_events(coder, story, date))


def test_the_strike_ordered_after_an_attack_is_that_attack(coder):
    story = ("Drone strike\nSANAA, Jan 9 - A U.S. drone strike killed a senior al Qaeda commander in Yemen on Friday. "
             "The Pentagon said the defense secretary had ordered the strike.")
    events = _events(coder, story, "2019-01-09")
    assert not [e for e in events if e.event == "PROTEST"], _show(events)


# --- cause 13: 'the decision' of an act the coder did not code is its teller's subject's -------
UNCODED = [
    ("VILNIUS, Nov 20 - Lithuania allowed Taiwan to open a representative office in Vilnius. Beijing "
     "condemned the move.", "2021-11-20", "CHN", "LTU"),
    ("NEW DELHI, Aug 5 - India revoked the special autonomy of Jammu and Kashmir on Monday. Pakistan's "
     "foreign ministry condemned the decision.", "2019-08-05", "PAK", "IND"),
]


@pytest.mark.parametrize("story,date,speaker,doer", UNCODED)
def test_reaction_to_an_uncoded_act_is_aimed_at_its_doer(coder, story, date, speaker, doer):
    events = [e for e in _in(_events(coder, story, date), "condemned") if e.event == "ACCUSE"]
    assert any(speaker in {a.primary for a in e.source} and doer in {a.primary for a in e.target}
               for e in events), _show(_events(coder, story, date))


# one's own act is no target of one's own reaction
def test_defending_ones_own_uncoded_act_has_no_target_at_home(coder):
    story = ("VILNIUS, Nov 22 - Lithuania allowed Taiwan to open a representative office in Vilnius. "
             "Lithuania's foreign minister criticised the reaction from Beijing.")
    events = _events(coder, story, "2021-11-22")
    assert "LTU" not in _targets(events), _show(events)


# 'the vote' reacted to is the vote the story told
def test_welcomed_vote_is_aimed_at_the_voters(coder):
    story = ("NEW YORK, Dec 23 - The U.N. Security Council voted to impose new sanctions on North Korea. Japan's "
             "ambassador welcomed the vote.")
    events = [e for e in _in(_events(coder, story, "2017-12-23"), "welcomed the vote") if e.event == "SUPPORT"]
    assert events and "IGO" in _targets(events), _show(events)


# --- cause 14: 'the three countries' is the list of three told before ---------------------------
def test_counted_group_is_the_list_told_before(coder):
    story = ("PARIS, Jan 14 - France, Germany and Britain triggered the dispute mechanism of the nuclear deal on "
             "Tuesday. The three countries urged Iran to return to full compliance.")
    events = [e for e in _in(_events(coder, story, "2020-01-14"), "urged Iran") if e.event == "REQUEST"]
    assert events and {a.primary for e in events for a in e.source} == {"FRA", "DEU", "GBR"}, _show(events)


# 'transport links closed with a country' are an embargo on it
def test_links_closed_with_a_country_are_an_embargo(coder):
    events = _events(coder, "RIYADH, June 5 - Bahrain closed all air and sea links with Qatar.", "2017-06-05")
    assert any(e.event == "SANCTION" and "QAT" in {a.primary for a in e.target} for e in events), _show(events)
