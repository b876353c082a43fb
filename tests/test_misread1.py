"""Families of misses found by helper "misread1" (issue #3): main verbs the small model misreads
after a named actor - a participle with an object taken for a reduced relative, a past tense
tagged as an adjective root, a verb made a modifier of its object name (with its own subject, or
after a titled name with compounds before the object), a verb hung on the root name before it
('Ban Ki-moon called on X to ...'). One test per cause; every sentence is written for this file,
none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    # "Chief, General X, ousted Y": a participle with a direct object is no reduced relative
    ("Zimbabwe's army commander, General Constantino Chiwenga, ousted President Robert Mugabe.",
     "2017-11-16", "COERCE", "170", "ZWEMIL", "ZWEGOV"),
    # the same participle made a modifier of the object name, with its own subject
    ("Egypt's army commander, General Abdel Fattah al-Sisi, ousted President Mohamed Morsi.",
     "2013-07-04", "COERCE", "170", "EGYMIL", "EGYGOV"),
    # a past tense tagged as an adjective root that has a subject and an object
    ("Egypt's defence chief, General Abdel Fattah al-Sisi, removed President Mohamed Morsi from office.",
     "2013-07-04", "COERCE", "172", "EGYMIL", "EGYGOV"),
])
def test_appositive_titled_subject_keeps_its_verb(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


def test_verb_before_compound_object_after_titled_name(coder):
    # "army chief Prayuth Chan-ocha arrested government ministers": the verb a modifier of the
    # object noun, compounds between them
    evs = coded(coder, "Thai army chief Prayuth Chan-ocha arrested government ministers.", "2014-05-23")
    assert _has(evs, "COERCE", "THAMIL", "THAGOV", cameo="173"), evs


def test_name_verb_name_read_as_one_phrase_gives_one_event(coder):
    # "Xi hosted Trump": the verb with its own subject hung on the root name; that name is its
    # object, and no second event without a target is made from the name
    evs = coded(coder, "Xi hosted Trump in Beijing.", "2017-11-09")
    assert _has(evs, "CONSULT", "CHNGOV", "USAGOV", cameo="043"), evs
    assert not any(ev == "CONSULT" and not tgt for ev, _, _, tgt in evs), evs


@pytest.mark.parametrize("text, date", [
    ("Ban Ki-moon called on Muammar Gaddafi to stop the bloodshed.", "2011-02-25"),
    ("Ban Ki-moon called on Muammar Gaddafi to respect the ceasefire.", "2011-03-20"),
])
def test_verb_hung_on_the_root_name_is_its_verb(coder, text, date):
    evs = coded(coder, text, date)
    assert _has(evs, "REQUEST", "IGOUNO", "LBYGOV"), evs


@pytest.mark.parametrize("text, date, event, cameo, source, target", [
    ("Duterte cursed Obama in a speech in Tokyo.", "2016-10-25", "ACCUSE", "111", "PHLGOV", "USAGOV"),
    ("Zimbabwe's soldiers confined President Robert Mugabe to his home.", "2017-11-15", "COERCE", "173", "ZWEMIL", "ZWEGOV"),
])
def test_lexicon_rows(coder, text, date, event, cameo, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target, cameo=cameo), evs


@pytest.mark.parametrize("text, date", [
    ("Manuel Zelaya, ousted in a coup on Sunday, flew to Nicaragua.", "2009-06-29"),
    ("Thai army chief Prayuth Chan-ocha, retired army officers and their wives.", "2019-05-02"),
])
def test_reduced_relatives_and_lists_stay_without_a_coup(coder, text, date):
    evs = coded(coder, text, date)
    assert not any(ev == "COERCE" for ev, *_ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # after a phrase set off by commas, the verb hung on the title of its object's name
    ("Myanmar's army, headed by Min Aung Hlaing, detained State Counsellor Aung San Suu Kyi.", "2021-02-01", "MMRMIL", "MMRGOV"),
    ("Turkey's government, led by Binali Yildirim, sacked police chief Ali Sahin.", "2016-07-20", "TURGOV", "TURCOP"),
])
def test_verb_after_set_off_phrase_hung_on_objects_title(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(ev == "COERCE" and source in src and target in tgt for ev, _, src, tgt in evs), evs


def test_set_off_phrase_without_a_verb_stays_without_event(coder):
    evs = coded(coder, "Thailand's prime minister, Prayuth Chan-ocha, and his wife met supporters.", "2019-05-02")
    assert not any(ev == "COERCE" for ev, *_ in evs), evs


def test_adjective_tagged_verb_after_set_off_phrase(coder):
    # the tagger makes "jailed" an adjective of the object's title in a sentence with no verb
    evs = coded(coder, "Belarus's president, Alexander Lukashenko, jailed opposition figure Maria Kolesnikova.", "2020-09-10")
    assert _has(evs, "COERCE", "BLRGOV", "BLROPP", cameo="173"), evs


def test_sacking_a_crown_prince_is_a_removal(coder):
    evs = coded(coder, "King Salman dismissed Crown Prince Muqrin bin Abdulaziz.", "2015-04-29")
    assert _has(evs, "COERCE", "SAUGOV", "SAUGOV", cameo="172"), evs
