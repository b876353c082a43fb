"""Places and dates as article facts: GeoNames resolution with article-level disambiguation,
facilities inside their city, temporal expressions resolved to days and ranges and attached to
the events of their clause, the places/dates tables and commands, and pathological input."""
import datetime as dt
import json
import time

import pytest

from tacitus.extract.dates import find_dates
from tacitus.extract.places import default_gazetteer, extract_places
from tacitus.extract.quotes import find_quotes
from tacitus.model import Article

MOSCOW_RU, MOSCOW_ID, PARIS_FR, PARIS_TX, BEIJING = 524901, 5601538, 2988507, 4717560, 1816670


def _places(coder, text, date="2023-04-11"):
    return coder.code_article(Article(text=text, date=date)).facts.places


def _by_text(places):
    return {p.text: p for p in places}


# ----------------------------------------------------------------------------- places
def test_places_moscow_is_the_russian_capital_in_a_story_about_russia(coder):
    text = ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Tuesday. "
            "Russia and China signed a trade deal.")
    p = _by_text(_places(coder, text))
    assert p["Moscow"].geonameid == MOSCOW_RU and p["Moscow"].country == "RUS"
    assert p["Russia"].feature == "country" and p["Russia"].geonameid == 2017370


def test_places_moscow_is_in_idaho_in_a_story_about_idaho(coder):
    text = ("Idaho Governor Brad Little visited farmers in Moscow on Tuesday to discuss lentil prices. "
            "Growers from Moscow and Pullman said exports to India had collapsed.")
    p = _by_text(_places(coder, text))
    assert p["Moscow"].geonameid == MOSCOW_ID and p["Moscow"].country == "USA"
    assert p["Idaho"].feature == "state"


def test_places_qualifier_and_dateline_decide_paris(coder):
    text = "PARIS, Texas, Feb 6 (Tacitus Wire) - A Mexican firm said it would build a plant in Paris, Texas."
    places = _places(coder, text, "2024-02-06")
    dateline = [p for p in places if p.dateline]
    assert dateline and dateline[0].geonameid == PARIS_TX
    assert all(p.geonameid == PARIS_TX for p in places if p.text.lower() == "paris")
    french = _by_text(_places(coder, "French President Emmanuel Macron returned to Paris on Friday.", "2024-02-06"))
    assert french["Paris"].geonameid == PARIS_FR


def test_places_facility_is_kept_inside_its_city(coder):
    text = ("Chinese Foreign Minister Wang Yi hosted talks at the Diaoyutai State Guesthouse in Beijing "
            "on Monday, while Kremlin aides said Putin would travel to Camp David.")
    p = _by_text(_places(coder, text, "2023-06-19"))
    guesthouse = p["the Diaoyutai State Guesthouse"]
    assert guesthouse.feature == "facility" and guesthouse.city == "Beijing"
    assert guesthouse.city_geonameid == BEIJING and guesthouse.lat == pytest.approx(39.92, abs=0.05)
    assert p["Kremlin"].city_geonameid == MOSCOW_RU
    assert p["Camp David"].feature == "facility" and p["Camp David"].lat == pytest.approx(39.65, abs=0.05)


def test_places_offsets_point_at_the_toponym(coder):
    text = "Protesters marched through Tbilisi, the capital of Georgia, on Thursday."
    for p in _places(coder, text, "2023-03-10"):
        assert text[p.start:p.end] == p.text
    p = _by_text(_places(coder, text, "2023-03-10"))
    assert p["Georgia"].feature == "country" and p["Georgia"].country == "GEO"


def test_places_event_location_falls_back_to_the_dateline(coder):
    text = ("KYIV, July 18 (Tacitus Wire) - Ukraine accused Russia of blackmail on Tuesday. "
            "Russian forces struck Odesa overnight.")
    result = coder.code_article(Article(text=text, date="2023-07-18"))
    assert result.events
    located = [e.location for e in result.events if e.location]
    assert located, "every event has a place: its clause's or the dateline's"
    assert any(loc["geonameid"] == 703448 for loc in located)  # Kyiv


def test_places_gazetteer_prefers_a_city_own_name():
    gz = default_gazetteer()
    assert gz.cities("New Delhi")[0].geonameid == 1261481
    assert gz.cities("Monterrey")[0].country == "MEX"
    assert gz.cities("Africa") == []


# ----------------------------------------------------------------------------- dates
def test_dates_every_expression_resolved_with_offsets():
    text = ("The talks on Friday followed a meeting last week and a call two days ago. Officials said "
            "sanctions imposed in March 2019 and since 2014 would be reviewed next month, and the "
            "ministers will meet again on Sunday.")
    found = find_dates(text, "2022-02-04")
    got = {d.text: (d.date_start.isoformat(), d.date_end.isoformat(), d.granularity, d.kind) for d in found}
    assert got["Friday"] == ("2022-02-04", "2022-02-04", "day", "relative")
    assert got["last week"] == ("2022-01-24", "2022-01-30", "week", "relative")
    assert got["two days ago"] == ("2022-02-02", "2022-02-02", "day", "relative")
    assert got["March 2019"] == ("2019-03-01", "2019-03-31", "month", "explicit")
    assert got["2014"] == ("2014-01-01", "2014-12-31", "year", "explicit")
    assert got["next month"] == ("2022-03-01", "2022-03-31", "month", "relative")
    assert got["Sunday"][0] == "2022-02-06"  # "will meet ... on Sunday": the coming Sunday
    for d in found:
        assert text[d.start:d.end] == d.text


def test_dates_without_article_date_only_self_contained_ones():
    found = find_dates("On Friday, after talks on 4 February 2021, they met in 2019.", None)
    assert [d.text for d in found] == ["4 February 2021", "2019"]


def test_dates_are_attached_to_the_events_of_their_clause(coder):
    result = coder.code_article(Article(text="Russian President Vladimir Putin met Chinese President Xi Jinping "
                                             "in Beijing on Friday.", date="2022-02-04"))
    [friday] = [d for d in result.facts.dates if d.mention.text == "Friday"]
    assert friday.event_ids and set(friday.event_ids) <= {e.event_id for e in result.events}


# ----------------------------------------------------------------------------- store and CLI
@pytest.fixture(scope="module")
def places_db(coder, tmp_path_factory):
    from tacitus.store import open_store

    db = str(tmp_path_factory.mktemp("places") / "places.duckdb")
    articles = [
        Article(doc_id="idaho", date="2023-04-11", text=(
            "MOSCOW, Idaho, April 11 (Tacitus Wire) - Farmers around Moscow urged Washington on Tuesday to press "
            "India over lentil tariffs, and will travel to Boise on Friday.")),
        Article(doc_id="kremlin", date="2023-03-21", text=(
            "MOSCOW, March 21 (Tacitus Wire) - Russian President Vladimir Putin hosted Chinese President Xi "
            "Jinping at the Kremlin on Monday, two days ago.")),
    ]
    with open_store(db) as store:
        counts = store.write(list(coder.code_articles(articles)))
    assert counts["stored"] == 2
    return db


def test_cli_places_filters_by_country_and_formats(cli, places_db):
    r = cli("places", "--db", places_db, "--country", "RUS", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows and all(row["country"] == "RUS" for row in rows)
    assert {row["geonameid"] for row in rows if row["text"].lower() == "moscow"} == {MOSCOW_RU}
    kremlin = [row for row in rows if row["feature"] == "facility"]
    assert kremlin and kremlin[0]["city"] == "Moscow"
    r = cli("places", "--db", places_db, "--country", "usa", "--format", "csv")
    assert r.returncode == 0, r.stderr
    assert str(MOSCOW_ID) in r.stdout and str(MOSCOW_RU) not in r.stdout


def test_cli_dates_lists_resolved_ranges(cli, places_db):
    r = cli("dates", "--db", places_db, "--kind", "relative", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = {row["text"]: row for row in json.loads(r.stdout)}
    assert rows["two days ago"]["date_start"] == "2023-03-19"
    assert rows["Friday"]["date_start"] == "2023-04-14"  # "will travel ... on Friday"


def test_store_places_and_dates_return_dataframes(places_db):
    from tacitus.store import open_store

    with open_store(places_db, read_only=True) as store:
        places = store.places(feature="state")
        dates = store.dates()
    assert list(places["name"]) == ["Idaho"]
    assert {"text", "date_start", "date_end", "granularity", "kind", "event_ids", "mention_ids"} <= set(dates.columns)
    monday = dates[dates["text"] == "Monday"].iloc[0]
    assert monday["date_start"] == "2023-03-20"
    assert len(monday["mention_ids"]) >= 1 and len(monday["event_ids"]) >= 1  # "hosted Xi ... on Monday"


def test_code_facts_record_has_places_and_dates(coder):
    """What `tacitus code --facts` prints for an article (ArticleResult.to_dict)."""
    result = coder.code_article(Article(text="Chinese President Xi Jinping arrived in Moscow on Monday.",
                                        date="2023-03-21"))
    record = json.loads(json.dumps(result.to_dict()))
    assert record["places"][0]["geonameid"] == MOSCOW_RU
    assert record["dates"][0]["date_start"] == "2023-03-20"


def test_cli_places_on_missing_db_is_one_line_error(cli, tmp_path):
    r = cli("places", "--db", str(tmp_path / "nope.duckdb"))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


# ----------------------------------------------------------------------------- bad input
PATHOLOGICAL = [
    "ON FRIDAY MOSCOW SAID LAST WEEK IN MARCH 2019 THAT PARIS, TEXAS ",  # all caps
    "Putin met Xi on Friday and last week and in March and since 2014 and ",  # no punctuation
    "1 2 3 4 5 6 7 8 9 10 2019 2020 May 3 12 Feb ",  # thousands of numbers and date-like tokens
    "“Russia said ‘we will strike on Sunday’ and China ' \" ",  # unbalanced quotes
    "Москва 北京 Moscow القاهرة the Kremlin in Cairo ",  # mixed scripts
]


@pytest.mark.slow
def test_robustness_one_megabyte_of_pathological_text_in_seconds(coder):
    """1 MB mixing all-caps, unpunctuated, number-heavy, unbalanced-quote and mixed-script text:
    the text-level fact finders and the place resolver finish in seconds (linear time)."""
    unit = "".join(PATHOLOGICAL)
    text = unit * (1_000_000 // len(unit) + 1)
    assert len(text) >= 1_000_000
    doc = coder.nlp.make_doc(text)  # tokens only: the tagger is not what is being timed
    t0 = time.process_time()  # CPU seconds: the wall clock also counts other processes on a loaded machine
    dates = find_dates(text, "2022-02-04")
    quotes = find_quotes(text)
    places = extract_places(doc, None, default_gazetteer())
    elapsed = time.process_time() - t0
    assert elapsed < 20, f"1 MB took {elapsed:.1f} CPU seconds"
    assert dates and all(isinstance(d.date_start, dt.date) for d in dates)
    assert places and all(text[p.start:p.end] == p.text for p in places)
    assert quotes is not None


# ----------------------------------------------------------------------------- entities
def test_entities_count_resolved_pronouns_and_list_every_mention(coder, tmp_path, cli):
    from tacitus.store import open_store

    db = str(tmp_path / "entities.duckdb")
    text = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday. "
            "He said Russia was ready to sell more gas to China.")
    with open_store(db) as store:
        store.write(list(coder.code_articles([Article(doc_id="summit", date="2022-02-04", text=text)])))
        people = store.entities(kind="person").set_index("name")
    assert people.loc["Vladimir Putin", "code"] == "RUSGOV"
    assert people.loc["Vladimir Putin", "mentions"] == 2 and people.loc["Vladimir Putin", "pronoun_mentions"] == 1
    r = cli("entities", "--db", db, "--mentions", "--name", "Vladimir Putin", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [row["text"] for row in rows] == ["Russian President Vladimir Putin", "He"]
    assert all(text[row["start"]:row["end"]] == row["text"] for row in rows)


def test_gkg_rows_carry_places_and_dates(places_db):
    from tacitus.store import open_store
    from tacitus.store.gkg import GKG_FIELDS, gkg_rows

    with open_store(places_db, read_only=True) as store:
        rows = [dict(zip(GKG_FIELDS, row)) for row in gkg_rows(store)]
    idaho = next(r for r in rows if "Boise" in r["V1LOCATIONS"])
    assert f"3#Moscow#US##46.7324#-117" in idaho["V1LOCATIONS"] and str(MOSCOW_ID) in idaho["V1LOCATIONS"]
    assert "2#Idaho#US#" in idaho["V1LOCATIONS"]
    assert "3#4#11#2023#" in idaho["V2.1ENHANCEDDATES"]  # "April 11", day resolution
    kremlin = next(r for r in rows if "Boise" not in r["V1LOCATIONS"])
    assert f"4#Moscow#RS##55.75" in kremlin["V1LOCATIONS"]


def test_amounts_death_toll_rising_to_a_number_counts_deaths(coder):
    from tacitus.extract.amounts import extract_amounts

    doc = coder.nlp("The death toll from the floods rose to 1,136 on Tuesday, and prices rose to 1,200 dollars.")
    got = [(a.value, a.unit, a.kind) for a in extract_amounts(doc)]
    assert (1136.0, "death", "casualties") in got and (1200.0, "USD", "money") in got
