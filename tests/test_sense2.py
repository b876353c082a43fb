"""Issue #3 on real news (sense2): trigger words in the wrong sense, and targets the sentence
names but the coder left out. One parametrised test per cause; every cause has sentences that
must not code the wrong reading and sentences of the same shape that must keep the event.
All sentences are written for these tests."""
import pytest

DATE = "2019-06-01"


def _events(coder, text):
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger)
            for e in coder.code(text, date=DATE)]


def _check(coder, text, word, present):
    """present: an event whose trigger holds `word` is coded; otherwise no event comes from it."""
    found = _events(coder, text)
    assert any(word in e[4].split() for e in found) == present, found


# ------------------------------------------------ a court throwing out a lawsuit is no lawsuit
@pytest.mark.parametrize("text, word, present", [
    ("A federal judge in Texas dismissed the lawsuit against the Mexican government.", "dismissed", False),
    ("A judge in Nairobi dismissed the Kenyan opposition's lawsuit against the government.", "dismissed", False),
    ("The lawsuit against the Brazilian government was dismissed by a judge in Brasilia.", "dismissed", False),
    ("An appeals court in Lahore quashed the conviction of the former Pakistani prime minister.", "quashed", False),
    # bringing the lawsuit is still one, and so is a court rejecting an appeal
    ("The Mexican government filed a lawsuit against American gun makers.", "filed", True),
    ("The Supreme Court of Kenya dismissed the appeal of the Kenyan opposition.", "dismissed", True),
])
def test_voided_act_is_no_event(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ receiving a punishment is not hosting anyone
@pytest.mark.parametrize("text, word, present", [
    ("The Egyptian president said the smugglers will receive the punishment they deserve.", "receive", False),
    ("The Turkish police officers received a harsh punishment from the court.", "received", False),
    ("The Iranian officials will receive the harshest penalty, the Iranian judiciary said.", "receive", False),
    # receiving a visitor or aid is still an event
    ("The Egyptian president received the Sudanese foreign minister in Cairo.", "received", True),
    ("Jordan received humanitarian aid from Saudi Arabia.", "received", True),
])
def test_received_penalty_is_no_visit(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ defending one's own conduct is not support
@pytest.mark.parametrize("text, word, present", [
    ("The Indian government defended its decision to revoke the autonomy of Kashmir.", "defended", False),
    ("President Erdogan defended his record on press freedom in a speech in Ankara.", "defended", False),
    ("The Brazilian foreign ministry defended the policy in a statement on Monday.", "defended", False),
    # defending another actor or another actor's decision is still support
    ("The Russian foreign minister defended Iran's decision to enrich uranium.", "defended", True),
    ("China defended North Korea at the United Nations.", "defended", True),
])
def test_defending_own_conduct_is_no_support(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ a crowd dispersing by itself is not repression
@pytest.mark.parametrize("text, word, present", [
    ("Thousands of Hong Kong protesters marched until evening, when the crowds dispersed.", "dispersed", False),
    ("The Sudanese demonstrators dispersed peacefully after the rally in Khartoum.", "dispersed", False),
    ("The Lebanese protesters dispersed after midnight in Beirut.", "dispersed", False),
    # dispersing someone is still repression, active or passive
    ("Hong Kong police dispersed the protesters with tear gas.", "dispersed", True),
    ("The Sudanese demonstrators were dispersed by soldiers in Khartoum.", "dispersed", True),
])
def test_crowd_dispersing_itself_is_no_repression(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ companies taking down content is not coercion
@pytest.mark.parametrize("text, word, present", [
    ("Social media companies in New Zealand struggled to censor the gunman's videos.", "censor", False),
    ("The Australian broadcaster censored the footage of the shooting.", "censored", False),
    ("A Kenyan television station censored the video of the election rally.", "censored", False),
    # a state censoring or blocking is still coercion
    ("The Chinese government censored the videos of the Hong Kong protests.", "censored", True),
    ("Iranian authorities censored newspapers that criticised the government.", "censored", True),
])
def test_content_moderation_is_no_coercion(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ one assembly holding its own session met no one
@pytest.mark.parametrize("text, word, present", [
    ("The Brazilian Senate was to meet on Wednesday to vote on the pension reform.", "meet", False),
    ("The Kenyan Senate announced that it would meet again on Thursday.", "meet", False),
    ("The Kenyan parliament will meet on Tuesday, the speaker said.", "meet", False),
    ("The Peruvian Congress met on Monday to debate the budget.", "met", False),
    ("The Chilean Senate was due to meet Friday to discuss the budget.", "discuss", False),
    # a body or leader meeting someone, or leaders meeting each other, is still a consultation
    ("The Brazilian Senate committee met with the Argentine ambassador on Wednesday.", "met", True),
    ("The presidents of Kenya and Uganda met in Nairobi on Tuesday.", "met", True),
    ("The UN Security Council met on Friday to discuss the fighting in Libya.", "met", True),
])
def test_own_session_is_no_meeting(coder, text, word, present):
    _check(coder, text, word, present)


def _targets(coder, text, word):
    return [t for e in _events(coder, text) if word in e[4].split() for t in e[3]]


# ------------------------------------------------ a colleague of the same government is a target
@pytest.mark.parametrize("text, word, target", [
    ("President Vladimir Putin urged Prime Minister Dmitry Medvedev to resign.", "urged", "RUSGOV"),
    ("President Vladimir Putin asked for Prime Minister Dmitry Medvedev's resignation.", "asked", "RUSGOV"),
    ("President Donald Trump asked Secretary of State Mike Pompeo to travel to Kyiv.", "asked", "USAGOV"),
])
def test_same_government_person_is_target(coder, text, word, target):
    assert target in _targets(coder, text, word), _events(coder, text)


# ------------------------------------------------ targets named by a preposition's object
@pytest.mark.parametrize("text, word, target", [
    # the one a request is sent to ('requesting X to Y')
    ("Japanese Foreign Minister Taro Kono sent a letter requesting new measures to Prime Minister Shinzo Abe.",
     "requesting", "JPNGOV"),
    # the one whose act is called for
    ("Prime Minister Boris Johnson called for the resignation of Chancellor Sajid Javid.", "called", "GBRGOV"),
    ("President Vladimir Putin called for the resignation of Prime Minister Dmitry Medvedev.", "called", "RUSGOV"),
])
def test_target_in_prepositional_object(coder, text, word, target):
    assert target in _targets(coder, text, word), _events(coder, text)


def test_own_act_called_for_has_no_target(coder):
    # no other person is named: asking for one's own resignation names no target
    assert _targets(coder, "President Vladimir Putin asked for his own resignation.", "asked") == []


# ------------------------------------------------ a call from no one named is no consultation
@pytest.mark.parametrize("text, word, present", [
    ("Ugandan police received their first call about the fire just after midnight.", "received", False),
    ("The Nigerian embassy received a call about a bomb in the building.", "received", False),
    # a call from someone named is still a consultation
    ("President Vladimir Putin received a phone call from Chancellor Angela Merkel.", "received", True),
    ("The Kenyan president received a call from the Ugandan president on Monday.", "received", True),
])
def test_unnamed_call_is_no_consultation(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ an order to one's own staff is no demand
@pytest.mark.parametrize("text, word, present", [
    ("The Brazilian president ordered his staff to delay the transfers to Bolivia.", "ordered", False),
    ("The Indian prime minister ordered his officials to speed up the road to Nepal.", "ordered", False),
    # an order whose content is an event, or an order to someone else, still counts
    ("The Turkish president ordered his troops to withdraw from Syria.", "withdraw", True),
    ("The Kenyan president ordered the Somali ambassador to leave Kenya.", "ordered", True),
])
def test_order_to_own_staff_is_no_demand(coder, text, word, present):
    _check(coder, text, word, present)


# ------------------------------------------------ a standing prohibition is no act of banning
@pytest.mark.parametrize("text, word, present", [
    ("The Kurdish party is banned in Turkey.", "banned", False),
    ("The Muslim Brotherhood is outlawed in Egypt and Saudi Arabia.", "outlawed", False),
    # an act of banning, dated or with its agent, is still one
    ("The Kurdish party was banned by the Turkish constitutional court last week.", "banned", True),
    ("The Egyptian government banned the Muslim Brotherhood on Monday.", "banned", True),
])
def test_standing_ban_is_no_act(coder, text, word, present):
    _check(coder, text, word, present)
