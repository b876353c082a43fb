"""Whose country a local actor is: police, courts, suspects and people named only by a town or a
region belong to that place, not to the country the article names most often."""
import pytest


def _events(coder, text, date="2019-08-05"):
    return coder.code(text, date=date)


def _pairs(events):
    return [(e.event, sorted(e.source_codes), sorted(e.target_codes)) for e in events]


@pytest.mark.parametrize("text, event, source, target", [
    # a town in the same sentence as the police beats the country named in another sentence
    ("Mexico condemned the shooting on Sunday. In El Paso, Texas, police arrested a 21-year-old man.",
     "COERCE", "USACOP", "USACVL"),
    # a town the gazetteer knows counts when the article names its country somewhere, even if it
    # names another country more often
    ("A Cheltenham man was arrested by police on suspicion of burglary. The toilet was stolen in England. "
     "American media and US collectors followed the case in the United States.",
     "COERCE", "GBRCOP", "GBRCVL"),
    # the tagger reads the town before "man" as an organisation
    ("Officers detained a Leicester man after the raid in England, American media reported. The United States "
     "praised the arrest, and US officials thanked Britain.",
     "COERCE", "GBRCOP", "GBRCVL"),
    # a county police force is that county's
    ("Greater Manchester Police said they had arrested a young woman. The sculpture was the work of a Spanish painter.",
     "COERCE", "GBRCOP", None),
    ("Northamptonshire Police arrested a teenager after the crash, the American embassy said.",
     "COERCE", "GBRCOP", None),
    ("Bavarian police detained three activists who blocked a motorway, Austrian media reported.",
     "COERCE", "DEUCOP", None),
])
def test_local_place_in_the_sentence_gives_the_country(coder, text, event, source, target):
    events = [e for e in _events(coder, text) if e.event == event]
    assert events, _pairs(_events(coder, text))
    assert source in events[0].source_codes, _pairs(events)
    if target is not None:
        assert target in events[0].target_codes, _pairs(events)


def test_local_place_of_the_sentences_before_beats_the_most_named_country(coder):
    # Mexico is named four times, Laredo once: the police of the next sentence are Laredo's
    text = ("A man opened fire in a shopping mall in Laredo, Texas, on Sunday. Police said the attacker "
            "surrendered to officers. Mexico said four Mexican citizens died, and the Mexican "
            "government urged Mexicans to remain calm.")
    events = _events(coder, text)
    surrender = [e for e in events if e.trigger.startswith("surrender")]
    assert surrender and surrender[0].source_codes[0][:3] == "USA", _pairs(events)
    assert all(c[:3] == "USA" for c in surrender[0].target_codes), _pairs(events)


def test_local_place_of_a_country_the_article_never_names_is_not_used(coder):
    # "Saba" (a news firm the tagger may read as a place) must not move local police abroad
    text = ("Police in Yemen said a bomb killed a photographer in Mokha, Yemen. Similar claims were made by "
            "the state news firm Saba. Officials arrested two men on Sunday.")
    events = [e for e in _events(coder, text) if e.event == "COERCE"]
    assert events and events[0].source_codes[0][:3] == "YEM", _pairs(events)


def test_local_place_first_name_in_an_actor_slot_is_not_a_town(coder):
    # "David" is also a town in Panama: the sentenced couple are not Panama
    text = ("On Friday in Florida's Orange County circuit court, Judge Helen Marsh sentenced "
            "David and Karen Pell to twenty years in prison.")
    events = [e for e in _events(coder, text, "2019-04-20") if e.event == "COERCE"]
    assert events and "PAN" not in events[0].target_codes, _pairs(events)
    assert events[0].target_codes and all(c[:3] == "USA" for c in events[0].target_codes), _pairs(events)


@pytest.mark.parametrize("text, event, source, target", [
    # the tagger reads "the US Embassy" as one organisation: "US" must still be the country
    ("Surrey's police chief wrote on Monday to the US Embassy in London, again asking it to drop the attaché's immunity.",
     "REQUEST", "GBRCOP", "USAGOV"),
    ("The Japan Coast Guard detained the captain of a Chinese trawler.", "COERCE", "JPNMIL", None),
    ("Protesters gathered outside the Turkey Embassy in Berlin.", "PROTEST", None, "TURGOV"),
    ("The Pakistan Army said it had killed ten militants.", "ASSAULT", "PAKMIL", None),
])
def test_local_place_country_opening_an_agent_name_is_that_country(coder, text, event, source, target):
    events = [e for e in _events(coder, text) if e.event == event]
    assert events, _pairs(_events(coder, text))
    if source is not None:
        assert source in events[0].source_codes, _pairs(events)
    if target is not None:
        assert target in events[0].target_codes, _pairs(events)


@pytest.mark.parametrize("text, source", [
    # "U.S." keeps its dots, so the tokenizer leaves "U.S.-led" as one word
    # (told "in 2003" in a 2019 story the ousting would be background, which is not coded)
    ("Iraq's provisional cabinet was formed weeks ago after a U.S.-led force ousted Saddam Hussein.", "USA"),
    ("A U.S.-led coalition struck Islamic State positions near Raqqa on Sunday.", "USA"),
    ("Officials in Kabul said U.S.-led forces killed ten Taliban fighters.", "USA"),
    ("A Saudi-led coalition bombed the port of Hodeidah on Monday.", "SAU"),
    ("A French-led force killed twenty militants in Mali.", "FRA"),
])
def test_local_place_the_country_that_leads_a_coalition_is_its_actor(coder, text, source):
    events = _events(coder, text, "2019-05-01")
    assert events and events[0].source_codes and events[0].source_codes[0][:3] == source, _pairs(events)


@pytest.mark.parametrize("text, trigger, source", [
    # a force or body the subject announces, forms, sets up or leads is the subject's, not the
    # country the article is about
    ("Last week, the United States unveiled a naval task force to patrol the Red Sea which was joined by "
     "Canada and Norway. Iran condemned the plan and Iranian officials protested.", "patrol", "USA"),
    ("Iran warned its neighbours. Saudi Arabia formed a military coalition to fight the rebels in Yemen.",
     "fight", "SAU"),
    ("Libya protested. France set up a task force that arrested twenty smugglers off the Libyan coast.",
     "arrested", "FRA"),
    ("Mali said the jihadists were retreating. France launched a special forces unit that killed ten jihadists.",
     "killed", "FRA"),
])
def test_local_place_a_body_its_subject_creates_is_the_subjects(coder, text, trigger, source):
    events = [e for e in _events(coder, text, "2019-07-20") if e.trigger.startswith(trigger)]
    assert events and events[0].source_codes[0][:3] == source, _pairs(_events(coder, text, "2019-07-20"))
