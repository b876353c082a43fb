"""Families of misses found by helper "purpose22" (nested acts, purpose clauses and control
verbs): the motive of a forceful or material act ("fired rockets to avenge ...", "raised duties to
hit back at ...") and what a participle of aiming aims at ("..., seeking to ...", "..., hoping to
...") are the act's reason, no second event; a deed one clause under an appeal's complement
("urged X to help it repel ...") and a for-to clause are asked or hypothetical; a text never agreed
("failed to agree on a statement condemning ...") condemns no one; a passive command to one's own
forces ("were ordered by Y to withdraw") and "ordered X expelled / closed" code the act ordered;
"is poised to" with nothing coded after it is a forecast. Every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, main, motive_type", [
    ("Israeli jets bombed Hezbollah positions in southern Lebanon to avenge the deaths of three soldiers.",
     "2023-08-02", "ASSAULT", "ASSAULT"),
    ("Ottawa raised duties on Chinese electric cars to hit back at Beijing's canola tariffs.",
     "2024-09-03", "SANCTION", "ACCUSE"),
    ("Russian bombers struck Odesa's port to punish Kyiv for the attack on the Crimea bridge.",
     "2023-07-20", "ASSAULT", "COERCE"),
])
def test_purpose22_motive_of_an_act_is_no_second_event(coder, text, date, main, motive_type):
    evs = coded(coder, text, date)
    assert _has(evs, main), evs
    # the motive ("to avenge", "to hit back at", "to punish") adds no event of its own
    assert sum(ev == motive_type for ev, _, src, _ in evs if src and src[0][:3] == evs[0][2][0][:3]) \
        == (1 if motive_type == main else 0), evs


def test_purpose22_aim_of_a_participle_is_no_intent(coder):
    evs = coded(coder, "The Sudanese army launched an assault on Omdurman on Tuesday, seeking to sever the paramilitaries' supply routes.",
                "2023-11-14")
    assert _has(evs, "ASSAULT", "SDNMIL"), evs
    assert not _has(evs, "AGREE"), evs


def test_purpose22_aim_after_a_voted_act(coder):
    evs = coded(coder, "Kenyan lawmakers voted to expel the Ugandan troops, hoping to avenge the raid.", "2021-03-04")
    assert not _has(evs, "ASSAULT"), evs


def test_purpose22_deed_under_an_appeal_is_asked_not_done(coder):
    evs = coded(coder, "Somalia's president urged Kenya to help it repel al Shabaab's offensive on Mogadishu.",
                "2019-05-21")
    assert _has(evs, "REQUEST", "SOMGOV", "KEN"), evs
    assert not _has(evs, "ASSAULT"), evs


def test_purpose22_for_to_clause_is_hypothetical(coder):
    evs = coded(coder, "Biden told Moscow to prepare for sanctions to hit its banks.", "2022-01-20")
    assert not _has(evs, "SANCTION", "USA", "RUS"), evs


@pytest.mark.parametrize("text, date", [
    ("Council members failed on Friday to agree a joint statement condemning the shelling of Kramatorsk.", "2022-04-09"),
    ("The African Union did not adopt a resolution condemning the coup in Gabon.", "2023-09-01"),
])
def test_purpose22_text_never_agreed_condemns_no_one(coder, text, date):
    assert coded(coder, text, date) == []


def test_purpose22_passive_command_to_own_forces_is_the_act(coder):
    evs = coded(coder, "Georgian troops were ordered by Tbilisi on Monday to pull out of Gori and fall back toward the capital.",
                "2008-08-11")
    assert _has(evs, "RETREAT", "GEO"), evs
    assert not _has(evs, "REQUEST"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    ("Warsaw ordered 45 Russian diplomats expelled on suspicion of spying.", "2022-03-23", "SANCTION", "POL", "RUS"),
    ("Washington ordered the Russian consulate in San Francisco closed.", "2017-08-31", "SANCTION", "USA", "RUS"),
])
def test_purpose22_ordered_object_participle_is_the_act(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs
    assert not _has(evs, "REQUEST"), evs


def test_purpose22_poised_to_win_is_a_forecast(coder):
    assert coded(coder, "The centre-left alliance is poised to win the most seats in Sunday's vote, polls show.",
                 "2021-09-24") == []


def test_purpose22_poised_to_sign_is_still_an_intent(coder):
    evs = coded(coder, "Armenia is poised to sign a peace treaty with Azerbaijan, officials in Yerevan said.",
                "2025-03-14")
    assert _has(evs, "AGREE", "ARM"), evs


def test_purpose22_expelling_troops_is_166(coder):
    evs = coded(coder, "Chad's government expelled the French troops stationed in N'Djamena.", "2024-12-05")
    assert _has(evs, "SANCTION", "TCD", "FRA", cameo="166"), evs
