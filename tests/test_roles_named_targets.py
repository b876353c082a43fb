"""Targets the sentence names: the coder must not leave them out, nor take the wrong side."""
import pytest


def _pairs(events):
    return [(e.event, e.trigger, sorted(e.source_codes), sorted(e.target_codes)) for e in events]


def _find(coder, text, trigger_start, date="2019-08-05"):
    events = coder.code(text, date=date)
    hits = [e for e in events if e.trigger.lower().startswith(trigger_start)]
    assert hits, _pairs(events)
    return hits[0], events


@pytest.mark.parametrize("text, trigger, source, target", [
    # (a simple-present relation, 'who is supported by', is a standing state and no event: see
    # tests/test_precision.py; the roles are tested on dated acts)
    ("Hong Kong leader Carrie Lam, who was condemned by the Chinese government on Monday, withdrew the bill.",
     "condemned", "CHNGOV", "HKGGOV"),
    ("The Houthi rebels, who were attacked by Saudi jets on Sunday, seized the port.", "attacked", "SAUMIL", "YEMREB"),
    ("Norwegian Prime Minister Erna Solberg, who was praised by the European Union for the deal, met farmers.",
     "praised", "IGOEEC", "NORGOV"),
    ("Venezuelan opposition leader Juan Guaido, who was recognised by the United States as president in January, "
     "called for new protests.", "recognised", "USA", "VENOPP"),
    ("Armenian Prime Minister Nikol Pashinyan, who was criticised by Russia for the move, visited Paris.",
     "criticised", "RUS", "ARMGOV"),
])
def test_roles_passive_relative_clause_targets_the_noun_it_describes(coder, text, trigger, source, target):
    e, events = _find(coder, text, trigger)
    assert source in e.source_codes and target in e.target_codes, _pairs(events)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The Indian foreign minister wrote to the Chinese government asking it to release the fishermen.",
     "asking", "INDGOV", "CHNGOV"),
    ("Kenyan lawmakers wrote to the World Bank asking for more funds.", "asking", "KENLEG", "IGOWBK"),
    ("The Greek prime minister wrote to the European Commission asking for emergency aid.",
     "asking", "GRCGOV", "IGOEECCOM"),
    ("Ukraine's foreign minister wrote to NATO asking to speed up arms deliveries.", "asking", "UKRGOV", "IGONAT"),
    ("The Nigerian president turned to the African Union, asking it to mediate.", "asking", "NGAGOV", "IGOAFU"),
])
def test_roles_request_hung_on_writing_to_someone_is_made_of_them(coder, text, trigger, source, target):
    e, events = _find(coder, text, trigger)
    assert source in e.source_codes and target in e.target_codes, _pairs(events)


@pytest.mark.parametrize("text, trigger, source, not_source", [
    # the spokesman's body is "it", not the country attacked that the sentence before named
    ("Saudi Arabia said a border post was shelled. In a broadcast from Sanaa, a Houthi military "
     "spokesman said it had carried out the strike with missiles.", "carried", "YEM", "SAU"),
    ("Israel said rockets were fired at Sderot. Hamas spokesman Fawzi Barhoum said it had launched the rockets "
     "in response.", "launched", "PSE", "ISR"),
    ("Nigerian troops were ambushed in Borno. A Boko Haram spokesman said it had attacked the soldiers.",
     "attacked", "NGAINS", "NGAMIL"),
    ("Ukraine reported shelling in Donetsk. A spokesman for the Russian defence ministry said it had struck "
     "Ukrainian positions.", "struck", "RUS", "UKR"),
    ("Kenya said a base was overrun. An al-Shabaab spokesman said they had attacked the base at dawn.",
     "attacked", "SOM", "KEN"),
])
def test_roles_it_in_a_spokesmans_words_is_the_body_he_speaks_for(coder, text, trigger, source, not_source):
    e, events = _find(coder, text, trigger)
    assert any(c.startswith(source) for c in e.source_codes), _pairs(events)
    assert not any(c.startswith(not_source) for c in e.source_codes), _pairs(events)


@pytest.mark.parametrize("text, trigger, means", [
    ("Saudi Arabia said its airport was struck. Speaking from Sanaa, a Houthi spokesman said it had carried "
     "out the raid using six drones.", "carried", "YEMMIL"),
    ("Russian forces struck Kharkiv overnight using Iranian-made drones.", "struck", "IRNMIL"),
    ("Ukraine said it had attacked the bridge using British missiles.", "attacked", "GBRMIL"),
    ("Israeli forces attacked the camp in Jenin using drones and tanks.", "attacked", "PSEMIL"),
])
def test_roles_the_means_of_an_attack_is_not_its_target(coder, text, trigger, means):
    e, events = _find(coder, text, trigger)
    assert means not in e.target_codes, _pairs(events)


@pytest.mark.parametrize("text, trigger, target", [
    # a person known only by a role noun is a civilian of the country where it happens
    ("Police in Moscow opened a criminal case against the cyclist and held him for questioning.",
     "opened", "RUSCVL"),
    ("A teenager was arrested by police in Manchester after the stabbing.", "arrested", "GBRCVL"),
    ("Turkish police detained a taxi driver who had attacked a tourist in Istanbul.", "detained", "TURCVL"),
    ("Police in Paris arrested the motorist after the crash.", "arrested", "FRACVL"),
    ("Indian police detained a truck driver in Delhi over the accident.", "detained", "INDCVL"),
])
def test_roles_person_known_by_a_role_noun_is_a_target(coder, text, trigger, target):
    e, events = _find(coder, text, trigger)
    assert target in e.target_codes, _pairs(events)
