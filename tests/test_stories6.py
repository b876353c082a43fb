"""Whole stories, event by event (stories6 helper). Every story here was written new for these
tests (none comes from a corpus file or from the helper's fresh set)."""
import pytest

from story_tools import in_sentence as _in, show as _show, story_events


def _events(coder, text, date):
    return story_events(coder, text, date, "story6")


# --- cause 1: a harsh judgement said of an act is criticism of its doer ------------------------
# "said the seizure was unacceptable", "said the arrest was a serious violation of human rights",
# "said there was no justification for the coup", "said it was deeply disappointed": the speaker
# criticises (CAMEO 111), though no criticising verb is used.
JUDGEMENTS = [
    # (story, date, words of the judging sentence, speaker's country)
    ("Hungary expels Dutch reporter\nBUDAPEST, May 4 - Hungary expelled a Dutch television reporter on "
     "Monday. The Dutch foreign minister said the expulsion was unacceptable and summoned the Hungarian "
     "envoy.", "2015-05-04", "the expulsion was unacceptable", "NLD"),
    ("Chad closes border with Sudan\nN'DJAMENA, Feb 9 - Chad closed its eastern border on Tuesday. A "
     "Sudanese government spokesman said the decision was illegal and harmful to both peoples.",
     "2016-02-09", "the decision was illegal", "SDN"),
    ("Bolivian court bars Morales from race\nLA PAZ, Jan 8 - Bolivia's electoral court barred Evo Morales "
     "from the Senate race. Argentine President Alberto Fernandez said the ruling was a grave breach of "
     "democratic rights.", "2020-01-08", "the ruling was a grave breach", "ARG"),
    ("Kenya recalls envoy\nNAIROBI, Aug 2 - Kenya's foreign ministry said there was no justification for "
     "the detention of its diplomat in Mogadishu.", "2019-08-02", "there was no justification for", "KEN"),
    ("Vote goes ahead in Kurdistan\nERBIL, Sept 26 - Turkey's foreign ministry said it was deeply "
     "disappointed by the vote.", "2017-09-26", "said it was deeply disappointed", "TUR"),
]


@pytest.mark.parametrize("story,date,words,speaker", JUDGEMENTS)
def test_harsh_judgement_of_an_act_is_criticism(coder, story, date, words, speaker):
    events = [e for e in _in(_events(coder, story, date), words) if e.event == "ACCUSE"]
    assert events, _show(_events(coder, story, date))
    assert any(speaker in {a.primary for a in e.source} for e in events), _show(events)


# a judgement denied, a neutral one, or one of a thing that is no act is no criticism
NOT_JUDGEMENTS = [
    ("Iran curbs inspections\nTEHRAN, Feb 22 - The foreign minister said the step was not a violation of "
     "the agreement.", "2021-02-22", "the step was not a violation"),
    ("Floods hit Kerala\nKOCHI, Aug 16 - The chief minister said the situation was terrible after "
     "the floods.", "2018-08-16", "the situation was terrible"),
    ("Militants claim bombing\nKABUL, June 3 - The group said the attack was revenge for the killing of "
     "its commander.", "2019-06-03", "the attack was revenge"),
]


@pytest.mark.parametrize("story,date,words", NOT_JUDGEMENTS)
def test_no_criticism_without_a_harsh_judgement_of_an_act(coder, story, date, words):
    events = [e for e in _in(_events(coder, story, date), words) if e.cameo == "111"]
    assert not events, _show(events)


# --- cause 2: an act done for a purpose shares the tense and negation of the going ------------
# "said he would travel to Ankara to meet Erdogan": the meeting is planned (intent, 036) like the
# trip, not held; "did not fly to Geneva to sign the deal": nothing was signed.
PURPOSES = [
    # (story, date, words of the sentence, a type the purpose must not be coded as)
    ("Orban to visit Beijing\nBUDAPEST, July 7 - Hungarian Prime Minister Viktor Orban said he would fly to "
     "Beijing next week to meet Chinese President Xi Jinping.", "2024-07-07", "would fly to Beijing", "CONSULT"),
    ("Ruto plans Kinshasa trip\nNAIROBI, Nov 2 - Kenya's President William Ruto will travel to Kinshasa on "
     "Friday to hold talks with Congolese President Felix Tshisekedi, his office said.", "2022-11-02",
     "will travel to Kinshasa", "CONSULT"),
    ("Talks stall in Geneva\nGENEVA, March 4 - The rebel delegation did not come to Geneva to sign the "
     "ceasefire agreement, the mediator said.", "2016-03-04", "did not come to Geneva", "SUPPORT"),
]


@pytest.mark.parametrize("story,date,words,not_kind", PURPOSES)
def test_purpose_shares_the_tense_of_the_going(coder, story, date, words, not_kind):
    events = _in(_events(coder, story, date), words)
    assert not [e for e in events if e.event == not_kind], _show(events)


# the purpose of a trip that took place is a meeting held
def test_purpose_of_a_trip_made_is_held(coder):
    story = ("Putin in Beijing\nBEIJING, May 16 - Russian President Vladimir Putin flew to Beijing on Thursday "
             "to meet Chinese President Xi Jinping.")
    events = [e for e in _in(_events(coder, story, "2024-05-16"), "flew to Beijing") if e.event == "CONSULT"]
    assert any("CHN" in {a.primary for a in e.target} for e in events), _show(events)


# --- cause 3: every deed of a demanded "that" clause is asked for, not done ---------------------
# "demanded that Canada correct the wrongdoing and free her": the second deed was coded as Canada
# freeing Meng (RETREAT 0841); it is part of the demand.
DEMANDED = [
    # (story, date, words of the sentence)
    ("Crew detained\nTOKYO, Sept 9 - Japan's coast guard said Chinese ships had taken a Japanese crew. Tokyo "
     "demanded that Beijing apologise and free them.", "2010-09-09", "Tokyo demanded that Beijing apologise"),
    ("Activist held\nWARSAW, March 2 - A Polish activist was detained in Minsk. Poland demanded that Belarus "
     "apologise and free her.", "2021-03-02", "Poland demanded that Belarus apologise"),
    ("Reporter arrested\nWASHINGTON, April 1 - An American reporter was arrested in Yekaterinburg. The "
     "minister demanded that Moscow apologise and free him.", "2023-04-01", "demanded that Moscow apologise"),
]


@pytest.mark.parametrize("story,date,words", DEMANDED)
def test_second_deed_of_a_demand_is_not_done(coder, story, date, words):
    events = _in(_events(coder, story, date), words)
    assert not [e for e in events if e.event == "RETREAT"], _show(events)


# a second deed that was done (past tense) is still coded
def test_second_deed_done_is_still_coded(coder):
    story = ("Prisoners freed\nKYIV, Nov 12 - Ukraine said Russian troops had left the village and freed "
             "the prisoners held there.")
    events = [e for e in _in(_events(coder, story, "2022-11-12"), "freed the prisoners") if e.event == "RETREAT"]
    assert events, _show(_events(coder, story, "2022-11-12"))
