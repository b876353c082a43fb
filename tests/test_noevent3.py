"""Background told around the news (issue #3, precision on unseen text): standing states and
tallies in the perfect ("have fought since 1947"), acts dated well before the story, biography in
obituaries, and sport. Each cause has sentences that must code nothing of that type and sentences
of the same shape that must still code the event."""
import pytest

DATE = "2024-06-10"


def _types(events):
    return [(e.event, e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger) for e in events]


def _has(events, event, source):
    return any(e.event == event and any(a.code.startswith(source) for a in e.source) for e in events)


# ---------------------------------------------------------------- a perfect over a long period
@pytest.mark.parametrize("text, event", [
    ("Ethiopia and Eritrea have clashed repeatedly since 1998 over the town of Badme.", "ASSAULT"),
    ("The Philippine army has battled communist guerrillas for decades.", "ASSAULT"),
    ("Turkey has occupied the northern third of Cyprus since 1974.", "ASSAULT"),
    ("Iran has been under American sanctions since 1979.", "SANCTION"),
    ("The militants have been fighting Somali troops since early 2022.", "ASSAULT"),
    ("Pakistan has tested nuclear-capable missiles dozens of times since the 1990s.", "MOBILIZE"),
    # in a relative clause, however recent the period
    ("Serbian troops, who have patrolled the border since March, arrested two smugglers on Monday.", "ASSAULT"),
    ("The Chilean government, which students have protested against since April, raised fares again.", "PROTEST"),
    ("Lebanon held a vote in the south, where Israeli jets have struck villages since October.", "ASSAULT"),
])
def test_durative_perfect_is_background(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    # a recent period, or a period the story itself defines, in a main clause: news
    ("At least 30 activists have been arrested in Kenya since the protests began, a rights group said.", "COERCE", "KEN"),
    ("Russian forces have shelled the Ukrainian city of Kharkiv for weeks.", "ASSAULT", "RUSMIL"),
    ("Israeli jets have struck Lebanese villages since Monday.", "ASSAULT", "ISRMIL"),
    # no perfect: the act itself, on its own date
    ("Ethiopian troops clashed with Eritrean soldiers near Badme on Monday.", "ASSAULT", "ETHMIL"),
    ("Turkish troops fought Kurdish militants in northern Iraq for two days.", "ASSAULT", "TURMIL"),
])
def test_recent_or_simple_acts_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- an act dated well before the story
# Decision (issue #3): such acts are dropped, not kept with their own past date; a careful coder
# does not code history recalled in a story (corpus/README.md), and keeping it would store one
# old act again for every later story that names it.
@pytest.mark.parametrize("text, event", [
    ("Iraq invaded Kuwait in 1990 and was driven out by a US-led coalition months later.", "ASSAULT"),
    ("The Golan Heights, which Israel occupied in 1967, were annexed in 1981.", "ASSAULT"),
    ("The opposition leader, who was arrested by Egyptian police in the 1990s, returned to Cairo.", "COERCE"),
    ("Peru and Ecuador, which fought a border war in 1995, signed a trade accord on Monday.", "ASSAULT"),
    ("Relations froze after Russian police arrested a British diplomat two decades ago.", "COERCE"),
    # told in a 'since' clause
    ("Syria has held no free election since the Baath party seized power.", "COERCE"),
    ("It was the first visit by a Turkish leader since Ankara recalled its ambassador to Cairo.", "SANCTION"),
])
def test_acts_dated_long_before_the_story_are_background(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("Israeli jets struck targets in Gaza in 2024.", "ASSAULT", "ISRMIL"),
    ("Russian police arrested a British diplomat two days ago.", "COERCE", "RUSCOP"),
    ("Peru and Ecuador signed a trade accord on Monday, thirty years after their border war.", "SUPPORT", "PER"),
    # the date belongs to a nested clause or to the act a noun names
    ("Pakistani troops killed five militants in North Waziristan, where the army has fought since 2004.", "ASSAULT", "PAKMIL"),
    ("The British prime minister apologised for the killing of 14 civilians by soldiers on Bloody Sunday in 1972.", "SUPPORT", "GBRGOV"),
    # a plan for a year is not a past act
    ("Chinese and Polish ministers agreed to expand trade in 1983 by 30 percent.", "AGREE", "CHNGOV"),
])
def test_acts_of_the_story_with_dates_nearby_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE if "1983" not in text else "1982-11-02")
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- obituaries: a life, not the news
@pytest.mark.parametrize("text, event", [
    ("Former US President Jimmy Carter, who met Cuban leader Fidel Castro in Havana, died at his home in Georgia.", "CONSULT"),
    ("The former Colombian guerrilla commander, a man who led attacks on army posts, was buried in Bogota.", "ASSAULT"),
    ("Nelson Mandela, who negotiated the end of apartheid with South African President F.W. de Klerk, has died.", "CONSULT"),
])
def test_relative_clauses_about_the_dead_are_biography(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("A Colombian rebel who attacked an army post on Monday died of his wounds on Tuesday.", "ASSAULT", "COLREB"),
    ("The Colombian rebel leader, who attacked an army post, was arrested in Bogota.", "ASSAULT", "COLREB"),
])
def test_relative_clauses_about_the_living_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- sport: teams that carry a country's name
@pytest.mark.parametrize("text", [
    "Nigeria and Ghana clashed in a bad-tempered qualifier in Abuja on Saturday.",
    "England attacked throughout the second half of the match against Croatia.",
    "Japan will clash with Australia in the semi-final of the Asian Cup.",
    "Serbian tennis player Novak Djokovic withdrew from the Madrid Open with an elbow injury.",
    "Argentina crushed Chile in the opening fixture of the tournament.",
])
def test_games_between_national_teams_code_nothing(coder, text):
    events = coder.code(text, date=DATE)
    assert not events, _types(events)


@pytest.mark.parametrize("text, event, source", [
    # a government, army or police in the clause: politics, even around a game
    ("Egyptian police clashed with football fans outside the stadium in Cairo.", "ASSAULT", "EGYCOP"),
    ("Russian troops shelled a football stadium in Kharkiv.", "ASSAULT", "RUSMIL"),
    # a boycott of a game is a political act
    ("Canada and Britain announced a diplomatic boycott of the Winter Olympics in China.", "SANCTION", "CAN"),
    # no sport named: the same verbs between countries are acts
    ("Ethiopia and Eritrea clashed near the border town of Badme.", "ASSAULT", "ETH"),
])
def test_politics_around_games_is_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- 'months after' recalls; 'days after' reports
@pytest.mark.parametrize("text, event", [
    ("Turkey reopened its embassy in Cairo, two years after Egyptian police arrested Turkish journalists.", "COERCE"),
    ("Kenya lifted the ban on the newspaper, six months after Kenyan troops attacked al-Shabaab bases in Somalia.", "ASSAULT"),
    ("The EU lifted sanctions on Belarus, a year after Belarusian police detained opposition leaders.", "COERCE"),
])
def test_acts_months_before_the_news_are_background(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("Kenya lifted the curfew in Nairobi, two weeks after Kenyan troops cleared protest camps.", "COERCE", "KENMIL"),
    ("The EU imposed sanctions on Belarus, days after Belarusian police detained opposition leaders.", "COERCE", "BLRCOP"),
    # the main act itself stays
    ("Turkey reopened its embassy in Cairo, two years after Egyptian police arrested Turkish journalists.", "SUPPORT", "TUR"),
])
def test_acts_days_or_weeks_before_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- sense: attacking 'what he called X'
@pytest.mark.parametrize("text, source", [
    ("The Iranian foreign minister attacked what he described as American hypocrisy.", "IRNGOV"),
    ("The Venezuelan president attacked what he called the imperialist meddling of Washington.", "VENGOV"),
])
def test_attacking_what_someone_called_x_is_criticism(coder, text, source):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == "ASSAULT"], _types(events)
    assert _has(events, "ACCUSE", source), _types(events)


def test_attacking_what_they_said_was_a_checkpoint_is_still_an_assault(coder):
    events = coder.code("Syrian rebels attacked what they said was an army checkpoint near Idlib.", date=DATE)
    assert _has(events, "ASSAULT", "SYRREB"), _types(events)


# ---------------------------------------------------------------- conditions without 'if' on the act itself
@pytest.mark.parametrize("text, event", [
    ("Had the Malian army attacked the camp earlier, the hostages might have been freed.", "ASSAULT"),
    ("Should Serbian police arrest the mayor, the protests would spread.", "COERCE"),
    ("Sudan could face sanctions if it fails to expel the militants, diplomats said.", "COERCE"),
    ("Venezuela would lose its aid if it continued to detain opposition leaders.", "COERCE"),
])
def test_acts_inside_conditions_code_nothing(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("The Malian army attacked the camp on Monday and freed the hostages.", "ASSAULT", "MLIMIL"),
    ("Serbian police arrested the mayor of Novi Sad, prompting protests.", "COERCE", "SRBCOP"),
    ("Sudan expelled the militants after the talks failed.", "COERCE", "SDN"),
])
def test_the_same_acts_reported_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- nothing shows it happened
@pytest.mark.parametrize("text, event", [
    ("There was no sign of Russian forces withdrawing from the Zaporizhzhia plant.", "RETREAT"),
    ("The Malian junta has not said when it will free the detained ministers.", "AGREE"),
    ("Colombian officials have not said when the army will attack the rebel camp.", "THREATEN"),
])
def test_acts_no_sign_of_or_left_unsaid_code_nothing(coder, text, event):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == event], _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("There was no doubt about Russian forces withdrawing from the Zaporizhzhia plant.", "RETREAT", "RUSMIL"),
    ("The Malian junta said it will free the detained ministers.", "AGREE", "MLI"),
])
def test_acts_with_signs_or_said_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


# ---------------------------------------------------------------- companies dealing with companies
@pytest.mark.parametrize("text", [
    "The Indian steel company rejected a takeover offer from a Brazilian rival.",
    "Kenya's biggest telecoms firm struck a deal with a Chinese handset maker.",
    "A South Korean shipbuilder accused a Japanese competitor of dumping.",
])
def test_companies_acting_on_companies_code_nothing(coder, text):
    events = coder.code(text, date=DATE)
    assert not events, _types(events)


@pytest.mark.parametrize("text, event, source", [
    ("Gazprom cut gas supplies to Ukraine on Monday.", "SANCTION", "RUSBUS"),
    ("Huawei accused the US government of bullying.", "ACCUSE", "CHNBUS"),
    ("Kenyan police arrested the head of the country's biggest telecoms firm.", "COERCE", "KENCOP"),
])
def test_companies_and_states_are_still_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert _has(events, event, source), _types(events)


@pytest.mark.parametrize("text, event, source", [
    # a company a state owns deals for that state's economy: listed in state_companies.tsv ...
    ("Sinopec signed a supply deal with Saudi Aramco on Tuesday.", "SUPPORT", "CHN"),  # signing: CAMEO 057
    ("Rosneft agreed to sell more crude to an Indian refiner.", "AGREE", "RUS"),
    # ... or called so by the text
    ("The Algerian state energy firm agreed to ship more gas to an Italian utility.", "AGREE", "DZA"),
    ("State-owned Nigerian oil company NNPC agreed to build a refinery with a Chinese contractor.", "AGREE", "NGA"),
])
def test_state_owned_companies_dealing_with_companies_are_coded(coder, text, event, source):
    events = coder.code(text, date=DATE)
    assert any(e.event == event and any(a.primary == source for a in e.source) for e in events), _types(events)


# ---------------------------------------------------------------- sense: a space probe
@pytest.mark.parametrize("text", [
    "An Indian probe landed near the lunar south pole on Wednesday.",
    "The Chinese lunar probe sent back its first pictures of the far side.",
    "A Japanese probe returned to Earth with dust from the asteroid.",
])
def test_space_probes_are_no_investigations(coder, text):
    events = coder.code(text, date=DATE)
    assert not [e for e in events if e.event == "ACCUSE"], _types(events)


def test_a_probe_into_someone_is_still_an_investigation(coder):
    events = coder.code("Brazilian prosecutors opened a probe into the president's spending.", date=DATE)
    assert _has(events, "ACCUSE", "BRAJUD"), _types(events)
