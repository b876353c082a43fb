"""One event, many reports: duplicate articles are linked to the first-seen one, and reports of
one happening in several articles become one event with several mentions."""
from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from tacitus.config import Settings
from tacitus.ingest.run import ingest_items
from tacitus.model import Article
from tacitus.store import open_store
from tacitus.store.merge import Merger, merge_key, place_compatible

SUMMIT = (
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday. "
    "The two leaders signed a joint statement on their strategic partnership and agreed to expand "
    "energy trade, officials in both capitals said after the talks.\n"
    "Moscow will supply China with an additional 10 billion cubic meters of natural gas a year "
    "under a new contract signed by Gazprom and the China National Petroleum Corporation, the "
    "Kremlin said. China backed Russia's demand for security guarantees from the West and criticised "
    "the expansion of NATO. Western governments condemned the statement and said the two countries "
    "were trying to redraw the security order in Europe and Asia. The talks were the first face to "
    "face meeting between the two presidents since the pandemic began, and both sides described the "
    "relationship as stronger than at any time in its history."
)
REPRINT_EDITED = (
    "Putin and Xi pledge partnership with no limits\n"
    + SUMMIT.replace("officials in both capitals said after the talks", "officials said")
    .replace("Western governments condemned", "Several Western governments quickly condemned")
    + "\nReporting by our Moscow bureau. All rights reserved."
)
PARAPHRASE = (
    "Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing on Friday, "
    "hours before the opening of the Winter Olympics. In a long statement published after their meeting, "
    "the pair described a friendship between their states with no limits and no forbidden areas of cooperation."
)
UNRELATED = (
    "Kenya's parliament approved a new budget on Thursday after weeks of protests in Nairobi over "
    "proposed tax increases. Lawmakers voted to drop a levy on bread and mobile money transfers, the "
    "finance committee said. Opposition leaders accused the government of ignoring the demands of young "
    "protesters and called for fresh demonstrations next week."
)


def _articles(*specs):
    return [Article(text=t, doc_id=i, source=s, date="2022-02-04") for i, s, t in specs]


def _ingest(db_path, coder, arts, dedup="near"):
    settings = Settings(db=db_path, workers=1, dedup=dedup)
    return ingest_items(arts, settings=settings, coder=coder)


def _sql(db_path, sql, params=()):
    con = duckdb.connect(db_path, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_reprints_are_linked_and_their_events_become_mentions(db_path, coder):
    report = _ingest(db_path, coder, _articles(
        ("tass-1", "TASS", SUMMIT), ("xinhua-1", "Xinhua", SUMMIT), ("wire-9", "Wire", REPRINT_EDITED),
        ("nation-3", "Daily Nation", UNRELATED)))
    assert report.stored == 4 and report.exact == 1 and report.near == 1
    dups = dict(_sql(db_path, "SELECT doc_id, duplicate_of FROM articles"))
    assert dups == {"tass-1": None, "xinhua-1": "tass-1", "wire-9": "tass-1", "nation-3": None}
    kinds = dict(_sql(db_path, "SELECT doc_id, dup_kind FROM articles WHERE duplicate_of IS NOT NULL"))
    assert kinds == {"xinhua-1": "exact", "wire-9": "near"}
    # every event of the original is reported by all three outlets; no event is only a reprint's
    orig_events = {e for (e,) in _sql(db_path, "SELECT DISTINCT event_id FROM mentions WHERE doc_id = 'tass-1'")}
    assert orig_events
    for doc in ("xinhua-1", "wire-9"):
        got = {e for (e,) in _sql(db_path, "SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", [doc])}
        assert got <= orig_events, doc
    rows = _sql(db_path, "SELECT num_articles, num_sources FROM events WHERE list_contains(?, event_id)", [sorted(orig_events)])
    assert max(r[0] for r in rows) == 3 and max(r[1] for r in rows) == 3
    # counted once: the events table holds the summit's events once plus the unrelated story's
    (n_events,), = _sql(db_path, "SELECT count(*) FROM events")
    (n_unrelated,), = _sql(db_path, "SELECT count(DISTINCT event_id) FROM mentions WHERE doc_id = 'nation-3'")
    assert n_events == len(orig_events) + n_unrelated


def test_a_later_report_joins_the_stored_event(db_path, coder):
    _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT)))
    before = dict(_sql(db_path, "SELECT event_id, num_mentions FROM events"))
    report = _ingest(db_path, coder, _articles(("xinhua-1", "Xinhua", SUMMIT)))
    assert report.exact == 1 and report.new_events == 0
    after = dict(_sql(db_path, "SELECT event_id, num_mentions FROM events"))
    assert after.keys() == before.keys()  # the same events, now with more reports
    assert all(after[k] == 2 * before[k] for k in before)


def test_rewritten_story_merges_at_event_level(db_path, coder):
    """A paraphrase is not a duplicate article, but the meeting it reports is the same event."""
    report = _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT), ("ap-2", "AP", PARAPHRASE)))
    assert report.exact == report.near == 0
    rows = _sql(db_path, """SELECT e.event, e.num_articles FROM events e
                            WHERE e.event = 'CONSULT' AND list_contains(e.source_codes, 'RUSGOV')""")
    assert rows and max(n for _, n in rows) == 2, rows


def test_dedup_off_stores_reprints_unlinked(db_path, coder):
    report = _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT), ("xinhua-1", "Xinhua", SUMMIT)), dedup="off")
    assert report.stored == 2 and report.exact == 0
    assert _sql(db_path, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(0,)]


def test_near_duplicates_found_across_runs(db_path, coder):
    _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT)))
    report = _ingest(db_path, coder, _articles(("wire-9", "Wire", REPRINT_EDITED)))
    assert report.near == 1
    assert _sql(db_path, "SELECT duplicate_of, dup_score > 0.5 FROM articles WHERE doc_id = 'wire-9'") == [("tass-1", True)]


def test_event_detail_lists_every_report(db_path, coder):
    _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT), ("xinhua-1", "Xinhua", SUMMIT)))
    with open_store(db_path, read_only=True) as store:
        ev = store.events(event="CONSULT")[0]
        assert ev["num_mentions"] >= 2 and ev["num_sources"] == 2
        reports = store.mentions(event_id=ev["event_id"])
        assert {r["outlet"] for r in reports} == {"TASS", "Xinhua"}
        assert all(r["sentence"] and r["span"][1] > r["span"][0] for r in reports)
        assert store.duplicates().doc_id.tolist() == ["xinhua-1"]


def _row(doc, day, loc=None, mid=None):
    return {"mention_id": mid or f"{doc}-{day}", "doc_id": doc, "date": dt.date.fromisoformat(day),
            "location_json": json.dumps(loc) if loc else None,
            "merge_key": merge_key("ASSAULT", "190", ["ISRMIL"], ["PSE"])}


def test_merge_rules_dates_places_and_order():
    gaza = {"country": "PSE", "lat": 31.50, "lon": 34.47, "geonameid": 281133}
    rafah = {"country": "PSE", "lat": 31.30, "lon": 34.25, "geonameid": 281129}
    beirut = {"country": "LBN", "lat": 33.89, "lon": 35.50, "geonameid": 276781}
    m = Merger({})
    first, new = m.assign(_row("a", "2024-01-10", gaza))
    assert new
    assert m.assign(_row("b", "2024-01-11", gaza)) == (first, False)  # next day, same place
    assert m.assign(_row("c", "2024-01-10", rafah)) == (first, False)  # 30 km away
    assert m.assign(_row("d", "2024-01-10", beirut))[1]  # another country
    assert m.assign(_row("e", "2024-01-13", gaza))[1]  # three days later
    assert m.assign(_row("a", "2024-01-11", gaza, mid="a2"))[1]  # same article, another day
    assert place_compatible(None, gaza) and not place_compatible(gaza, beirut)


V1_SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE, title VARCHAR,
    date DATE, date_source VARCHAR, url VARCHAR, source VARCHAR, path VARCHAR, n_words INTEGER,
    n_events INTEGER, text VARCHAR, ingested_at TIMESTAMP);
CREATE TABLE actor_mentions (doc_id VARCHAR NOT NULL, start INTEGER, "end" INTEGER, text VARCHAR,
    name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR);
CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, date DATE, event VARCHAR,
    mode VARCHAR, context VARCHAR[], cameo VARCHAR, goldstein DOUBLE, quad_class TINYINT,
    source_codes VARCHAR[], target_codes VARCHAR[], source_json VARCHAR, target_json VARCHAR,
    location_json VARCHAR, sentence VARCHAR, span_start INTEGER, span_end INTEGER, trigger VARCHAR,
    confidence DOUBLE, modality VARCHAR, date_text VARCHAR);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO articles VALUES
  ('a1', 'h1', 'Summit', '2022-02-04', 'given', NULL, 'TASS', NULL, 50, 2, 'text one', '2022-02-04 10:00:00'),
  ('a2', 'h2', 'Summit', '2022-02-04', 'given', NULL, 'AP', NULL, 50, 1, 'text two', '2022-02-04 11:00:00');
INSERT INTO events VALUES
  ('e1', 'a1', '2022-02-04', 'CONSULT', NULL, [], '040', 1.0, 1, ['RUSGOV'], ['CHNGOV'], '[]', '[]', NULL,
   'Putin met Xi.', 0, 13, 'met', 0.9, 'asserted', NULL),
  ('e2', 'a1', '2022-02-04', 'SUPPORT', NULL, [], '057', 8.0, 1, ['RUSGOV'], ['CHNGOV'], '[]', '[]', NULL,
   'They signed a deal.', 14, 33, 'signed', 0.8, 'asserted', NULL),
  ('e3', 'a2', '2022-02-04', 'CONSULT', NULL, [], '040', 1.0, 1, ['RUSGOV'], ['CHNGOV'], '[]', '[]', NULL,
   'Putin and Xi held talks.', 0, 24, 'held', 0.7, 'asserted', NULL);
"""


def test_store_from_schema_version_1_is_migrated(tmp_path):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute(V1_SCHEMA)
    con.close()
    with open_store(path) as store:
        assert store.schema_version() == "2"
        evs = {e["event_id"]: e for e in store.events()}
        assert set(evs) == {"e1", "e2"}  # e3 reports the meeting e1 reports
        assert evs["e1"]["num_articles"] == 2 and evs["e1"]["num_sources"] == 2
        assert {m["mention_id"] for m in store.mentions(event_id="e1")} == {"e1", "e3"}
        assert store.counts()["articles"] == 2
    # opening again does nothing more
    with open_store(path) as store:
        assert store.counts()["mentions"] == 3


def test_newer_schema_is_refused(tmp_path):
    from tacitus.errors import StoreError

    path = str(tmp_path / "new.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR); INSERT INTO meta VALUES ('schema_version', '99')")
    con.close()
    with pytest.raises(StoreError, match="newer Tacitus"):
        open_store(path)


def test_doctor_finds_and_fixes_problems(tmp_path, cli):
    path = str(tmp_path / "old.duckdb")
    con = duckdb.connect(path)
    con.execute(V1_SCHEMA)
    con.close()
    r = cli("doctor", "--db", path)
    assert r.returncode == 1 and "schema version 1" in r.stderr + r.stdout
    r = cli("doctor", "--db", path, "--fix")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok: no problem found" in r.stdout
    con = duckdb.connect(path)
    con.execute("UPDATE events SET num_mentions = 7")
    con.execute("INSERT INTO quotes (doc_id, text) VALUES ('gone', 'a quote of an article that is not stored')")
    con.close()
    r = cli("doctor", "--db", path)
    assert r.returncode == 1
    assert "event counts out of date: 2" in r.stdout and "facts without article: 1" in r.stdout
    r = cli("doctor", "--db", path, "--fix")
    assert r.returncode == 0 and "fixed: event counts out of date" in r.stdout


def test_reports_placed_only_by_their_datelines_still_merge(db_path, coder):
    """A Moscow wire and a Washington daily on one meeting: the datelines say where each story
    was filed, not where the meeting was, so they do not keep the reports apart."""
    moscow = ("MOSCOW, Feb 4 (Tass) - Russian President Vladimir Putin met Chinese President Xi Jinping on Friday "
              "and the two leaders discussed energy cooperation, the Kremlin said.")
    washington = ("WASHINGTON, Feb 4 (Post) - Chinese President Xi Jinping held talks with Russian President Vladimir "
                  "Putin on Friday, and American officials said they were watching the meeting closely.")
    _ingest(db_path, coder, _articles(("tass-9", "TASS", moscow), ("post-9", "Post", washington)))
    rows = _sql(db_path, """SELECT num_articles, location_json FROM events
                            WHERE event = 'CONSULT' AND list_contains(source_codes, 'RUSGOV') OR
                                  event = 'CONSULT' AND list_contains(source_codes, 'CHNGOV')""")
    assert rows and max(n for n, _ in rows) == 2, rows


def test_a_report_joins_only_a_stored_event_within_a_day_whatever_else_the_batch_holds(db_path, coder):
    """A batch that spans years (an archive) still merges by each report's own date: the
    next day's report joins the stored meeting, one four days later is a new meeting."""
    _ingest(db_path, coder, _articles(("tass-1", "TASS", SUMMIT)))
    later = ("Russian President Vladimir Putin met Chinese President Xi Jinping in Shanghai on Tuesday for a "
             "second round of talks, the Kremlin said.")
    next_day = PARAPHRASE.replace("on Friday", "on Saturday")
    batch = [Article(text=next_day, doc_id="ap-2", source="AP", date="2022-02-05"),
             Article(text=UNRELATED, doc_id="nation-3", source="Daily Nation", date="2019-06-20"),
             Article(text=later, doc_id="ap-3", source="AP", date="2022-02-08")]
    _ingest(db_path, coder, batch)
    meetings = _sql(db_path, """SELECT m.doc_id, m.event_id, m.date FROM mentions m
                                WHERE m.event = 'CONSULT' AND list_contains(m.source_codes || m.target_codes, 'RUSGOV')
                                  AND list_contains(m.source_codes || m.target_codes, 'CHNGOV')""")
    by_doc, days = {}, {}
    for doc, event_id, day in meetings:
        by_doc.setdefault(doc, set()).add(event_id)
        days.setdefault(doc, set()).add(day.isoformat())
    assert days == {"tass-1": {"2022-02-04"}, "ap-2": {"2022-02-05"}, "ap-3": {"2022-02-08"}}, meetings
    assert by_doc["ap-2"] <= by_doc["tass-1"]
    assert not by_doc["ap-3"] & by_doc["tass-1"]


def test_exact_reprint_in_a_run_reuses_the_parse_and_codes_for_its_own_date_and_id(coder):
    """Wire copy reprinted word for word is parsed once per run; the reprint still gets its own
    event dates ("on Friday" from its own article date) and ids, exactly as a fresh parse."""
    text = SUMMIT + "\nReporting by the Beijing bureau; editing for the reprint test."  # new to this coder
    first = Article(text=text, doc_id="wire-1", date="2022-02-06")
    reprint = Article(text=text, doc_id="paper-7", date="2022-02-13")
    other = Article(text="Heavy rain closed schools across the region on Monday.", doc_id="x", date="2022-02-13")
    before = coder.reprints
    results = list(coder.code_articles([first, other, reprint]))
    assert coder.reprints - before == 1
    a, c = results[0], results[2]
    assert [e.event for e in a.events] == [e.event for e in c.events] and a.events
    assert {e.doc_id for e in c.events} == {"paper-7"}
    assert not {e.event_id for e in a.events} & {e.event_id for e in c.events}
    assert "2022-02-04" in {e.date for e in a.events} and "2022-02-11" in {e.date for e in c.events}
    fresh = coder.code_article(reprint)  # parsed from scratch
    assert c.to_dict(full=True) == fresh.to_dict(full=True)
