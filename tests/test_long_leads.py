"""Shapes of long agency leads found by a fresh set of 60 long sentences in session 10 (issue #3):
acts that failed to happen, a speaker judging an act as a violation or a crime, a fronted
"after ..." phrase the parser hangs on the main verb as a second subject, and "the group"
referring back to an armed group or NGO. Sentences written for these tests, with look-alikes."""
import pytest
from conftest import primary_event


def _events(coder, text, date):
    return [(e.cameo, [a.code[:3] for a in e.source], [a.code[:3] for a in e.target])
            for e in coder.code(text, date=date)]


def _main(coder, text, date):
    p = primary_event(coder.code(text, date=date))
    return (p.cameo, [a.code[:3] for a in p.source], [a.code[:3] for a in p.target]) if p else None


@pytest.mark.parametrize("text, date", [
    ("Negotiators from Sudan and South Sudan failed to reach an agreement on oil transit fees in Addis Ababa.",
     "2012-07-31"),
    ("The mediator announced that Serbia and Kosovo had failed to agree on the status of the northern municipalities.",
     "2013-04-02"),
    ("Greek and Turkish Cypriot leaders failed to sign the reunification plan before the deadline.", "2004-03-31"),
    ("Ministers said the two governments had neglected to inform the UN of the transfer.", "2016-05-10"),
])
def test_what_failed_to_happen_is_no_event(coder, text, date):
    assert _events(coder, text, date) == []


@pytest.mark.parametrize("text, date, cameo", [
    # a verb joined to "failed" by "and" has its own tense; "accused of failing" stays an accusation
    ("Talks in Geneva failed to produce a deal, and Russia withdrew its delegation.", "2016-02-03", "0874"),
    ("Egypt accused Israel of failing to honour the truce in Gaza.", "2014-08-20", "112"),
])
def test_acts_beside_a_failure_stay(coder, text, date, cameo):
    assert cameo in [e[0] for e in _events(coder, text, date)]


@pytest.mark.parametrize("text, date, source, target", [
    ("Seoul said Pyongyang's missile test was a grave provocation.", "2017-07-04", "KOR", "PRK"),
    ("The Iraqi foreign ministry said the Turkish air strikes were a flagrant violation of its sovereignty.",
     "2020-06-17", "IRQ", "TUR"),
    ("Tehran said the American seizure of the tanker was an act of piracy.", "2020-08-14", "IRN", "USA"),
    # the act told first in the same sentence, named again by a definite noun
    ("Hours after Israel bombed an arms depot near Damascus, Syria's foreign ministry said the raid was a crime.",
     "2019-01-21", "SYR", "ISR"),
])
def test_a_speaker_judging_an_act_criticises_its_doer(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(e[0][:2] == "11" and source in e[1] and target in e[2] for e in events), events


@pytest.mark.parametrize("text, date", [
    ("The ministry said the harvest was a disaster for farmers.", "2018-09-01"),
    ("The spokesman said the talks were not a failure.", "2018-09-01"),
])
def test_judgements_of_no_act_are_no_criticism(coder, text, date):
    assert not any(e[0][:2] == "11" for e in _events(coder, text, date))


@pytest.mark.parametrize("text, date, source, target", [
    ("Two weeks after the bombing of the embassy in Nairobi, American warships fired cruise missiles at camps in Afghanistan.",
     "1998-08-20", "USA", "AFG"),
    ("Only days after the elections in Kyiv, Russian and Belarusian troops began joint exercises near the border.",
     "2021-02-10", "RUS", None),
])
def test_a_fronted_after_phrase_is_not_the_subject(coder, text, date, source, target):
    main = _main(coder, text, date)
    assert main is not None and source in main[1], main
    assert target is None or target in main[2], main


def test_two_named_subjects_of_a_meeting_stay_the_first(coder):
    # "X and his counterpart Y held talks": the parser gives two subjects with no fronted phrase
    main = _main(coder, "Indian Foreign Minister S. Jaishankar and his Chinese counterpart Wang Yi held talks in Moscow.",
                 "2020-09-10")
    assert main is not None and main[0][:2] == "04" and "IND" in main[1], main


@pytest.mark.parametrize("text, date, source", [
    ("Taliban fighters entered Kandahar on Friday. The group's spokesman called on government troops to surrender.",
     "2021-08-13", "AFG"),
    ("Hamas fired dozens of rockets at Israel overnight. The group's leader urged Egypt to open the Rafah crossing.",
     "2021-05-12", "PSE"),
])
def test_the_group_refers_back_to_the_armed_group(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(e[0][:2] == "02" and e[1] == [source] for e in events), events


def test_the_group_of_a_meeting_is_no_armed_group(coder):
    events = _events(coder, "A group of ministers met in Rome. The group's chairman urged Sudan to accept aid.", "2021-08-15")
    assert not any(e[1] and e[1][0] in ("IGO", "NGO") for e in events if e[0][:2] == "02"), events


@pytest.mark.parametrize("text, date, cameo, source, target", [
    ("Israel approved 3,000 new homes in the West Bank, which the European Union called illegal.",
     "2017-01-24", "111", "IGO", "ISR"),
    ("Russia expelled two Estonian diplomats, a move Tallinn condemned.", "2023-01-11", "111", "EST", "RUS"),
    ("Ankara reopened its border crossing with Armenia, which Washington welcomed.", "2022-02-08", "051", "USA", "TUR"),
])
def test_a_comment_hung_on_a_clause_is_aimed_at_its_doer(coder, text, date, cameo, source, target):
    events = _events(coder, text, date)
    assert any(e[0] == cameo and source in e[1] and target in e[2] for e in events), events


def test_a_relative_clause_naming_what_was_hit_is_no_comment(coder):
    events = _events(coder, "The army shelled the rebel radio station, which the general called a nest of liars.",
                     "2001-05-02")
    assert not any(e[0][:2] == "11" for e in events), events


@pytest.mark.parametrize("text, date, code", [
    # the foreign country is the one the sentence names most; the legislature is the speaker's own
    ("Accusing Moscow of sending Russian tanks to Russian-backed rebels, Poroshenko told parliament that the army would resist.",
     "2015-06-05", "UKRLEG"),
    ("Warning that Russian troops and Russian missiles were massing in Belarus, the Polish president addressed parliament on Monday.",
     "2022-02-20", "POLLEG"),
])
def test_a_leader_speaks_to_his_own_legislature(coder, text, date, code):
    from tacitus.model import Article

    found = [a.code for a in coder.code_article(Article(text=text, doc_id="t", date=date)).actors
             if a.text == "parliament"]
    assert found == [code], found
