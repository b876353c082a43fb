"""Families of target/actor misses found by helper "odds11" (issue #3): a possessor's foreign trading
partners, installations housing another state's troops, agents placed "at" a town or university,
datelines opening a text, region adjectives before a border noun, towns the tagger reads as an
adverb, prisoner exchanges at a third party's venue, and emergency rule declared after another
side's act. One test per cause; every sentence is written for this file, none is taken from a gold
or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, source, target, possessor", [
    # a nationality on a possessor's partner, supplier or buyer names the firm's own country
    ("Washington blacklisted Rosneft's Indian buyers of crude oil.", "2024-06-01", "USA", "INDBUS", "RUS"),
    ("The European Union sanctioned Iran's Chinese suppliers of missile parts.", "2023-07-20", None, "CHNBUS", "IRN"),
    ("Britain penalised Huawei's Russian customers.", "2022-05-01", "GBR", "RUSBUS", "CHN"),
])
def test_odds11_foreign_partner_of_possessor(coder, text, date, source, target, possessor):
    evs = coded(coder, text, date)
    assert _has(evs, "SANCTION", source, target), evs
    assert not _has(evs, "SANCTION", None, possessor), evs


@pytest.mark.parametrize("text, date, source, target", [
    # an attack on an installation housing or hosting troops hits those troops, not the host
    ("Iran launched rockets at three Iraqi bases housing American soldiers.", "2020-01-10", "IRN", "USAMIL"),
    ("Militias shelled a Syrian outpost hosting U.S. forces.", "2023-10-25", None, "USAMIL"),
])
def test_odds11_housed_troops_are_hit(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, target), evs
    assert not any(cm.startswith("04") for _, cm, _, _ in evs), evs  # the base hosting them is no visit


@pytest.mark.parametrize("text, date, source, target", [
    # an agent 'at' a known town, a town-named site or a university is of that place's country
    ("Scientists at Oxford accused Chinese hackers of targeting their research.", "2021-03-01", "GBREDU", "CHN"),
    ("Nurses at a Zurich clinic criticised Russian authorities for jailing a colleague.", "2022-05-01", "CHE", "RUS"),
    ("Students at Harvard condemned Israel's strikes on Gaza.", "2023-10-12", "USAEDU", "ISR"),
])
def test_odds11_agent_at_a_place(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target), evs


@pytest.mark.parametrize("text, date, event, source, target, not_target", [
    # a dateline is no actor: not the subject's phrase, not the place hit, not the aim of a test
    ("TOKYO - North Korea fired a ballistic missile into the sea.", "2022-10-04", "MOBILIZE", "PRK", None, "JPN"),
    ("KYIV - Russian troops shelled the outskirts of Sumy.", "2022-03-05", "ASSAULT", "RUSMIL", "UKR", None),
    ("YEREVAN - Armenia accused Azerbaijani troops of shelling border villages.", "2022-09-13", "ACCUSE", "ARM", "AZE", None),
])
def test_odds11_dateline_is_no_actor(coder, text, date, event, source, target, not_target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    if not_target:
        assert not _has(evs, event, None, not_target), evs


def test_odds11_dateline_still_places_an_unnamed_official(coder):
    evs = coded(coder, "ABUJA - Foreign Minister Yusuf Tuggar accused Niger's junta of holding its president hostage.",
                "2023-08-10")
    assert _has(evs, "ACCUSE", "NGAGOV", "NER"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # a region adjective before a border noun names no owner: the partner after "with" is the aim
    ("China moved artillery to its Himalayan border with India.", "2020-07-01", "CHN", "IND"),
    ("Venezuela massed soldiers along its Caribbean border with Guyana.", "2023-12-05", "VEN", "GUY"),
])
def test_odds11_region_adjective_border(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "MOBILIZE", source, target), evs


@pytest.mark.parametrize("text, date, source", [
    # a town the tagger reads as an adverb right after a verb of shelling or taking it
    ("Russian artillery shelled Bakhmut again.", "2023-02-01", "RUSMIL"),
    ("Wagner mercenaries captured Bakhmut after a long siege.", "2023-05-21", "RUS"),
])
def test_odds11_town_read_as_adverb(coder, text, date, source):
    evs = coded(coder, text, date)
    assert _has(evs, "ASSAULT", source, "UKR"), evs


@pytest.mark.parametrize("text, date, a, b, venue", [
    # a prisoner exchange as a light verb's object: each side's with the other, the venue no target
    ("Iran and the United States completed a prisoner swap in Doha.", "2023-09-18", "IRN", "USA", "QAT"),
    ("Russia and Ukraine carried out a prisoner exchange in Turkey.", "2022-09-21", "RUS", "UKR", "TUR"),
])
def test_odds11_exchange_at_third_venue(coder, text, date, a, b, venue):
    evs = coded(coder, text, date)
    assert _has(evs, "RETREAT", a, b) and _has(evs, "RETREAT", b, a), evs
    assert not _has(evs, "RETREAT", None, venue), evs


@pytest.mark.parametrize("text, date, not_target", [
    # emergency rule declared after another side's act is not aimed at that side
    ("Ukraine imposed martial law after Russian troops crossed the border.", "2022-02-24", "RUS"),
    ("Ethiopia declared a state of emergency as rebel forces advanced toward Addis Ababa.", "2021-11-02", "ETHREB"),
])
def test_odds11_emergency_rule_after_another_act(coder, text, date, not_target):
    evs = coded(coder, text, date)
    assert _has(evs, "COERCE", None, None, cameo="1724"), evs
    assert not any(cm == "1724" and any(t.startswith(not_target) for t in tgt) for _, cm, _, tgt in evs), evs
