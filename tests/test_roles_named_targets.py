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
    ("Hong Kong leader Carrie Lam, who is supported by the Chinese government, withdrew the bill.",
     "supported", "CHNGOV", "HKGGOV"),
    ("The Houthi rebels, who are backed by Iran, seized the port.", "backed", "IRN", "YEMREB"),
    ("Norwegian Prime Minister Erna Solberg, who was praised by the European Union for the deal, met farmers.",
     "praised", "IGOEEC", "NORGOV"),
    ("Venezuelan opposition leader Juan Guaido, who is recognised by the United States as president, "
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
