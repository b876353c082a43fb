"""Families of actor misses on people named by name found by helper "actors13" (issue #3): office
holders no people file listed (central-bank governors, finance ministers, law officers, envoys,
judges), surnames behind a courtesy title ("Mrs Merkel"), surnames the tagger reads as a common
noun, and shared surnames after a possessive country ("China's Wang"). One test per cause; every
sentence is written for this file, none is taken from a gold or fresh set."""
import pytest
from conftest import coded_full as coded, has_full_event as _has


@pytest.mark.parametrize("text, date, event, source, target", [
    # central-bank governors and finance ministers: no row, so no source and no event at all
    ("Haruhiko Kuroda warned Washington against criticising the weak yen.", "2017-02-10", "THREATEN", "JPNGOV", "USA"),
    ("Zhou Xiaochuan accused the United States of exporting inflation.", "2011-03-04", "ACCUSE", "CHNGOV", "USA"),
    ("Mark Carney met Philip Hammond in London to discuss Brexit.", "2017-09-14", "CONSULT", "GBRGOV", "GBRGOV"),
    ("Wolfgang Schaeuble rejected Greece's request for debt relief.", "2015-06-18", "REJECT", "DEUGOV", "GRC"),
    ("Anton Siluanov accused the West of stealing Russian assets.", "2023-05-19", "ACCUSE", "RUSGOV", None),
    ("Raghuram Rajan criticised the central banks of rich countries.", "2014-01-31", "ACCUSE", "INDGOV", None),
    # envoys, law officers and judges of international courts
    ("Carla Del Ponte accused Belgrade of hiding war crimes suspects.", "2002-05-07", "ACCUSE", "IGOWCT", "SRB"),
    ("Christopher Wray accused Beijing of stealing American research.", "2020-07-08", "ACCUSE", "USACOP", "CHN"),
    ("Vitaly Churkin accused Washington of backing the militants.", "2016-09-25", "ACCUSE", "RUSGOV", "USA"),
    ("Ghassan Salame urged Khalifa Haftar to halt the offensive.", "2019-04-06", "REQUEST", "IGOUNO", "LBY"),
])
def test_named_office_holders_without_a_row(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_a_governor_after_leaving_office_keeps_his_own_country(coder):
    # Carney governed the Bank of England, but he is Canadian: out of office he is a Canadian elite
    evs = coded(coder, "Mark Carney criticised the Bank of England's new rules.", "2021-06-01")
    assert _has(evs, "ACCUSE", "CANELI"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a courtesy title hid the surname after it: the tagger joins it to the name, which then looked
    # like someone else's ("Ms" is no given name of Maria Zakharova) or a longer name
    ("Mrs Merkel accused Moscow of undermining the ceasefire.", "2015-02-20", "ACCUSE", "DEUGOV", "RUS"),
    ("Ms Zakharova accused London of lying about the poisoning.", "2018-03-22", "ACCUSE", "RUSGOV", "GBR"),
    ("Mr Peskov criticised Warsaw for removing the monuments.", "2017-07-20", "ACCUSE", "RUSGOV", "POL"),
    ("Dr Tedros urged Beijing to share more data on the virus.", "2023-03-18", "REQUEST", "IGOUNOWHO", "CHN"),
])
def test_surname_after_a_courtesy_title(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a surname the tables leave out of the aliases (a common word) is the one person holding some
    # dated post then when a courtesy title stands before it
    ("Trump accused Mrs May of ignoring his advice on Brexit.", "2018-07-15", "ACCUSE", "USAGOV", "GBRGOV"),
    ("Moscow accused Ms Haley of spreading lies about Syria.", "2018-04-10", "ACCUSE", "RUS", "USAGOV"),
])
def test_courtesy_title_names_the_sitting_holder(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_courtesy_title_after_office_is_an_elite(coder):
    evs = coded(coder, "Mr Varoufakis accused the creditors of waterboarding Greece.", "2016-02-09")
    assert _has(evs, "ACCUSE", "GRCELI"), evs


def test_courtesy_title_keeps_the_sitting_head_among_namesakes(coder):
    # many people of the tables are called Khan; in 2019 the sitting prime minister is the one,
    # and widening the search to every dated post must not lose him among the others
    evs = coded(coder, "Mr Khan accused New Delhi of warmongering.", "2019-06-12")
    assert _has(evs, "ACCUSE", "PAKGOV", "IND"), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # the small model tags an unfamiliar surname opening a sentence NOUN; one that is no English
    # word is still the person's name
    ("Raisi accused Washington of breaking its promises.", "2022-09-21", "ACCUSE", "IRNGOV", "USA"),
    ("Dijsselbloem urged Athens to accept the reforms.", "2015-06-25", "REQUEST", "IGOEEC", "GRC"),
])
def test_surname_read_as_a_noun(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_english_word_opening_a_sentence_is_no_surname(coder):
    # "Summers" is Lawrence Summers's alias, but the plural of a common noun is that noun
    evs = coded(coder, "Summers in the region brought more refugees across the border.", "2000-06-01")
    assert not any(any(c.startswith("USA") for c in src) for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, event, source, target", [
    # a surname several listed people share, which the tagger reads as an organisation or place:
    # the possessive country says whose person it is
    ("China's Wang accused Washington of bullying.", "2021-03-20", "ACCUSE", "CHN", "USA"),
    ("India's Singh accused Islamabad of sheltering the attackers.", "2008-12-02", "ACCUSE", "IND", "PAK"),
])
def test_shared_surname_after_a_possessive_country(coder, text, date, event, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, event, source, target), evs


def test_surname_opening_another_name_is_a_given_name(coder):
    # "Burhan" is the surname of Sudan's Abdel Fattah al-Burhan; opening "Burhan Ghalioun" it is
    # another man's given name, and the title before it is his, not al-Burhan's
    evs = coded(coder, "Syrian opposition leader Burhan Ghalioun accused Assad of massacres in Homs.", "2011-12-20")
    assert _has(evs, "ACCUSE", "SYR", "SYR"), evs
    assert not any(any(c.startswith("SDN") for c in src) for _, _, src, _ in evs), evs


def test_surname_the_tagger_reads_as_a_nationality(coder):
    # the small model tags "Klitschko" NORP; no people or country is called that
    evs = coded(coder, "Klitschko accused the president of provoking violence on Hrushevsky Street.", "2014-01-20")
    assert _has(evs, "ACCUSE", "UKROPP", "UKRGOV"), evs


@pytest.mark.parametrize("text, date, source, target", [
    # "called X a <label>": labels the condemning-word list lacked; "called the strike a breach"
    # was read as calling a (labour) strike, a protest
    ("Baghdad called the American drone strike a flagrant breach of Iraqi sovereignty.", "2024-02-08", "IRQ", "USA"),
    ("Lavrov called the expulsion of the diplomats a grave mistake.", "2018-03-27", "RUSGOV", None),
    ("The Turkish foreign minister called the Austrian chancellor a racist.", "2016-08-04", "TURGOV", "AUT"),
])
def test_condemning_labels(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert _has(evs, "ACCUSE", source, target, cameo="111"), evs
    assert not any(ev == "PROTEST" for ev, _, _, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # Russia's Security Council officials: without their terms the UN's Security Council spoke for them
    ("Security Council deputy chairman Dmitry Medvedev warned Warsaw against sending troops.", "2024-03-01", "RUSGOV", "POL"),
    ("Winston Peters accused Beijing of interfering in the Pacific.", "2024-06-13", "NZLGOV", "CHN"),
])
def test_more_office_holders(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(src and src[0].startswith(source) and (target is None or any(t.startswith(target) for t in tgt))
               for _, _, src, tgt in evs), evs


def test_shared_surname_of_one_country_in_a_dated_post(coder):
    # two listed Americans are called Powell, neither a head of state: in 2019 Jerome Powell chairs
    # the Fed, and the bare surname is American either way
    evs = coded(coder, "Trump criticised Powell for raising interest rates.", "2019-08-23")
    assert _has(evs, "ACCUSE", "USAGOV", "USAGOV"), evs


def test_bare_agent_takes_the_place_of_its_own_clause(coder):
    # the sentence's first place is where the leader was, not where the army acted
    evs = coded(coder, "The president was in Paris for talks when the army seized power in Niamey.", "2023-07-26")
    assert _has(evs, "COERCE", "NER", "NER"), evs
    assert not any(any(c.startswith("FRA") for c in src) for _, _, src, _ in evs), evs


@pytest.mark.parametrize("text, date, source, target", [
    # US law-enforcement, intelligence and homeland-security chiefs named alone
    ("Comey accused the Kremlin of trying to sway the election.", "2017-03-20", "USACOP", "RUS"),
    ("James Clapper accused Russia of hacking Democratic Party emails.", "2016-10-07", "USASPY", "RUS"),
    ("Janet Napolitano criticised Arizona's new immigration law.", "2010-04-27", "USAGOV", None),
])
def test_us_security_chiefs(coder, text, date, source, target):
    evs = coded(coder, text, date)
    assert any(src and src[0].startswith(source) and (target is None or any(t.startswith(target) for t in tgt))
               for _, _, src, tgt in evs), evs
