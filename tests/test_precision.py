"""Events that never happened, and words in the wrong sense (issue #3): generic, negated,
permitted-only and questioned clauses, standing relations, metaphorical and private uses of
event words, and accidents. Each class has sentences that must code nothing of that type, and
sentences of the same shape that must still code the event."""
import pytest

DATE = "2019-06-01"


def _types(events):
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger) for e in events]


def _has(events, event, source):
    return any(e.event == event and any(a.code.startswith(source) for a in e.source) for e in events)


# ---------------------------------------------------------------- modality: it did not happen
@pytest.mark.parametrize("text, event", [
    # generic relative clauses and 'when' clauses: a rule or a habit, not a happening
    ("Iraqi officials said Iraqi militiamen who attack journalists must be punished.", "ASSAULT"),
    ("Any Iraqi soldier who attacks journalists will be punished, the minister said.", "ASSAULT"),
    ("Any Kenyan official who threatens a judge faces prosecution.", "THREATEN"),
    ("Afghan soldiers who have been wounded by Taliban mines receive free treatment.", "ASSAULT"),
    ("Egyptians who are detained by the police rarely see a lawyer.", "COERCE"),
    ("When a mosque is attacked by Israeli settlers, Palestinians gather to pray.", "ASSAULT"),
    ("The Lebanese party, which supports closer ties with Syria, won twelve seats.", "SUPPORT"),
    ("Hezbollah, which is armed by Iran, denied the report.", "AID"),
    # what a negated verb of telling leaves unsaid
    ("The Syrian ministry did not say that Turkish troops had shelled the village.", "ASSAULT"),
    ("The Pentagon did not confirm that Israel had struck the convoy in Syria.", "ASSAULT"),
    ("The Indian army did not disclose which units it would deploy to the Chinese border.", "THREATEN"),
    ("The Saudi prince did not say Saudi police had arrested the journalist.", "COERCE"),
    ("Mohammed bin Salman did not say he had ordered the Saudi police to arrest the journalist.", "COERCE"),
    # permission given by a law or a paper, and readings of the facts
    ("The new decree appears to allow the Egyptian army to detain protesters without trial.", "COERCE"),
    ("The law allows Russian police to arrest journalists without a warrant.", "COERCE"),
    ("The law allows Afghan militias to buy weapons from the Pakistani army.", "COOPERATE"),
    # indirect questions
    ("Questions remain over how many weapons were delivered to the Houthis by Iran.", "AID"),
    ("It is not clear whom the Thai party will back in the vote.", "AGREE"),
])
def test_unreal_clauses_code_no_event(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("The Iraqi minister said Kurdish rebels attacked the convoy.", "ASSAULT", "IRQREB"),
    ("Turkish police officers who attacked protesters were suspended on Monday.", "COERCE", "TURCOP"),
    ("Taliban gunmen who stormed a hotel in Kabul killed 18 people.", "ASSAULT", "AFG"),
    ("When Syrian troops attacked the village, residents fled.", "ASSAULT", "SYRMIL"),
    ("The Syrian ministry said that Turkish troops had shelled the village.", "ASSAULT", "TURMIL"),
    ("Russian protesters who were arrested by police on Friday face charges.", "COERCE", "RUSCOP"),
    ("Tunisian Prime Minister Youssef Chahed signed a government decree that bars any person with a covered face from public offices.", "COERCE", "TUNGOV"),
    ("The Nigerian army said it would not say where it had deployed troops, but confirmed it had arrested ten Boko Haram fighters.", "COERCE", "NGAMIL"),
])
def test_real_events_in_the_same_shapes_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)
