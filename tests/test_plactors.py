"""Source and target actors (issue #3, helper "plactors"): causes of wrong or missing actors
found on the PLOVER dev set and the own dev split, each checked on new sentences written for
this file (other people, places, years and verbs than the sentences that showed the cause)."""
import pytest


def _events(coder, text, date):
    return [(e.event, [a.code for a in e.source], [a.code for a in e.target]) for e in coder.code(text, date=date)]


def _sources(coder, text, date):
    return [code for _, src, _ in _events(coder, text, date) for code in src]


# ---------------------------------------------------------------- "Thousands of X ... they"
@pytest.mark.parametrize("text, date, event, source", [
    ("Thousands of nurses rallied outside parliament in Wellington. They accused the government of "
     "breaking its pay promises.", "2022-08-10", "ACCUSE", "NZL"),
    ("Hundreds of Kenyan students gathered in Nairobi, where they demanded the resignation of the "
     "education minister.", "2016-05-12", "REQUEST", "KEN"),
    ("Tens of thousands of miners stopped work across Chile on Tuesday, and they demanded the "
     "release of their union leaders.", "2011-07-12", "REQUEST", "CHL"),
    ("Dozens of Ugandan lawyers said they would refuse to appear in court until the judge resigned.",
     "2019-03-04", "REJECT", "UGA"),
])
def test_they_refers_to_the_people_counted_in_the_subject(coder, text, date, event, source):
    events = _events(coder, text, date)
    assert any(e == event and any(c.startswith(source) for c in src) for e, src, _ in events), events


# ---------------------------------------------------------------- places of a state that split later
@pytest.mark.parametrize("text, date, target", [
    ("Sudanese jets bombed the town of Torit, killing nine civilians, church officials said.", "1997-03-02", "SDN"),
    ("Government troops clashed with rebels in Malakal on Friday, killing 40 people, aid workers said.",
     "2009-02-20", "SDN"),
    ("Ethiopian jets bombed Asmara airport overnight, killing five civilians.", "1990-12-22", "ETH"),
    # after independence the same places are the new state's
    ("Government troops clashed with rebels in Malakal on Friday, killing 40 people, aid workers said.",
     "2014-02-20", "SSD"),
    ("Ethiopian jets bombed Asmara airport overnight, killing five civilians.", "1998-06-05", "ERI"),
])
def test_a_place_takes_the_state_it_belonged_to_on_the_article_date(coder, text, date, target):
    events = _events(coder, text, date)
    assert events and any(c[:3] == target for c in events[0][2]), events


def test_a_new_state_named_before_independence_keeps_its_code(coder):
    events = _events(coder, "Sudan recognised South Sudan on Saturday, two days before its independence.", "2011-07-07")
    assert any("SSD" in tgt for _, _, tgt in events), events


# ---------------------------------------------------------------- a bare "Congress" outside the US
@pytest.mark.parametrize("text, date, code", [
    ("Congress demanded the resignation of Guatemalan President Otto Perez Molina over a customs fraud scandal.",
     "2015-09-01", "GTMLEG"),
    ("Philippine President Rodrigo Duterte urged Congress to restore the death penalty.", "2016-07-25", "PHLLEG"),
    ("Congress accused Colombian President Gustavo Petro of illegally financing his campaign.", "2024-10-09",
     "COLLEG"),
    ("Congress accused Indian Prime Minister Narendra Modi of silencing the opposition.", "2023-03-25", "INDPTY"),
    # a story about the United States keeps the US Congress
    ("Congress approved a 95-billion-dollar aid package for Ukraine, Israel and Taiwan.", "2024-04-23", "USALEG"),
    ("President Joe Biden urged Congress to approve new military aid for Ukraine.", "2023-12-06", "USALEG"),
])
def test_a_bare_congress_is_that_of_the_story_country(coder, text, date, code):
    actors = [a.code for e in coder.code(text, date=date) for a in (*e.source, *e.target)]
    assert code in actors, actors


# ---------------------------------------------------------------- a territory's chief executive
@pytest.mark.parametrize("text, date, code", [
    ("Hong Kong Chief Executive Leung Chun-ying met Chinese Premier Li Keqiang in Beijing.", "2015-12-23", "HKGGOV"),
    ("Macau's chief executive, Ho Iat-seng, praised Beijing's support during the pandemic.", "2020-12-20", "MACGOV"),
    ("Hong Kong's chief executive criticised foreign governments for interfering in the city's affairs.",
     "2021-03-12", "HKGGOV"),
    # a company's chief executive, or one named by a demonym, stays a business title
    ("Apple chief executive Tim Cook met Chinese Premier Li Keqiang in Beijing.", "2019-03-23", "BUS"),
    ("A British chief executive accused the government of punishing banks with a new tax.", "2011-02-10", "GBRBUS"),
])
def test_a_chief_executive_of_a_territory_heads_its_government(coder, text, date, code):
    sources = _sources(coder, text, date)
    assert any(c.endswith(code) if code == "BUS" else c == code for c in sources), sources


# ---------------------------------------------------------------- break-away regions
@pytest.mark.parametrize("text, date, side, code", [
    ("South Ossetian officials accused Georgian troops of firing on a village near Tskhinvali.", "2008-08-03",
     "source", "GEOSEP"),
    ("Transnistrian authorities refused to let Moldovan election observers into the region.", "2014-11-28",
     "source", "MDASEP"),
    ("Moldova's president met the Transnistrian leader in Bender to discuss the disputed customs rules.",
     "2019-03-05", "target", "MDASEP"),
    ("Nicaragua recognised Abkhazia as an independent state.", "2008-09-03", "target", "GEOSEP"),
    # the Georgian government is still GEOGOV, and the region as a place is Georgia
    ("The Georgian government accused Russia of moving troops into Abkhazia.", "2008-04-29", "source", "GEOGOV"),
])
def test_a_breakaway_regions_authorities_are_the_parents_separatists(coder, text, date, side, code):
    events = _events(coder, text, date)
    got = [c for _, src, tgt in events for c in (src if side == "source" else tgt)]
    assert code in got, events


def test_fighting_in_a_breakaway_region_is_in_its_parent_state(coder):
    events = _events(coder, "Russian troops shelled villages in South Ossetia.", "2008-08-09")
    assert events and all(not c.endswith("SEP") for _, _, tgt in events for c in tgt), events


# ---------------------------------------------------------------- a surname with another given name
@pytest.mark.parametrize("text, date, not_code", [
    ("Rifaat al-Assad returned to Syria after decades in exile in France.", "2021-10-08", "SYRGOV"),
    ("Maher al-Assad's troops shelled the Damascus suburbs on Tuesday.", "2013-08-20", "SYRGOV"),
    ("Abu Bakar Bashir accused the Indonesian government of serving Washington.", "2008-11-09", "SDNGOV"),
])
def test_a_known_surname_after_another_given_name_is_someone_else(coder, text, date, not_code):
    from tacitus.model import Article

    people = [a for a in coder.code_article(Article(text=text, doc_id="t", date=date)).actors if a.kind == "person"]
    assert all(a.code != not_code for a in people), [(a.name, a.code) for a in people]


@pytest.mark.parametrize("text, date, code", [
    ("Bashar al-Assad met Iranian officials in Damascus.", "2013-01-10", "SYRGOV"),
    ("Mohammed Khatami met Egyptian officials in Cairo.", "2000-01-10", "IRNGOV"),  # a spelling of his name
    ("President al-Assad met Iranian officials in Damascus.", "2013-01-10", "SYRGOV"),
])
def test_the_known_person_keeps_their_own_name_and_spellings(coder, text, date, code):
    from tacitus.model import Article

    people = [a.code for a in coder.code_article(Article(text=text, doc_id="t", date=date)).actors if a.kind == "person"]
    assert code in people, people


# ---------------------------------------------------------------- "the new state" refers back
@pytest.mark.parametrize("text, date, target", [
    ("East Timor became independent on Monday, and Portugal recognised the new nation the same day.",
     "2002-05-20", "TLS"),
    ("Croatia declared independence from Yugoslavia, and the Vatican recognised the new state in January.",
     "1992-01-13", "HRV"),
    ("Eritrea voted for independence in April, and Egypt said it would recognise the new state.", "1993-05-01", "ERI"),
    ("Jordan condemned Israel's offensive and accused the Jewish state of collective punishment.", "2014-07-20", "ISR"),
])
def test_the_state_refers_back_to_the_state_named_not_its_own_subject(coder, text, date, target):
    events = _events(coder, text, date)
    assert any(c.startswith(target) for _, _, tgt in events for c in tgt), events
