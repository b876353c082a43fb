"""Importing PETRARCH/TABARI dictionaries and using them with --actors."""
import pytest

from tacitus.actors.petrarch import import_petrarch, parse_code, write_tsv

ACTORS = """# a small PETRARCH-style actor file
FREEDONIA_  [FRD]
+FREEDONIAN_
+GRAND_FENWICK_CITY_
RUFUS_T_FIREFLY_  # leader
+FIREFLY_
\t[FRDGOV 330101-331231]
\t[FRDELI >340101]
BROKEN_LINE_ [FRDGOV 33XX01]
+ORPHAN_WITHOUT_CODE_
SYLVANIA_ARMY [SYLMIL]
"""

AGENTS = """!PERSON! = MAN, MEN, WOMAN
SOLDIER [~MIL]
POLICE!PERSON! [~COP]
MINISTER [~GOV]
NO_CODE_HERE
"""


def test_petrarch_codes_and_dates_parse():
    assert parse_code("RUSGOV 120507-") == ("RUSGOV", "2012-05-07", "")
    assert parse_code("AFGELI 320101-331108") == ("AFGELI", "1932-01-01", "1933-11-08")
    assert parse_code("X >080501".replace("X", "ESPMIL")) == ("ESPMIL", "2008-05-01", "")
    assert parse_code("IGOUNO <991231") == ("IGOUNO", "", "1999-12-31")
    with pytest.raises(ValueError):
        parse_code("rus")


def test_petrarch_actor_file_imports_with_bad_lines_reported(tmp_path):
    p = tmp_path / "actors.txt"
    p.write_text(ACTORS)
    res = import_petrarch(p)
    assert res.kind == "actors"
    names = {r[0] for r in res.rows}
    assert {"Freedonia", "Rufus T Firefly", "Sylvania Army"} <= names
    firefly = [r for r in res.rows if r[0] == "Rufus T Firefly"]
    assert ("FRDGOV", "1933-01-01", "1933-12-31") in [(r[2], r[3], r[4]) for r in firefly]
    assert any(f"{p}:9" in msg for msg in res.problems), res.problems  # the bad date line


def test_petrarch_agent_plural_braces(tmp_path):
    # "{PLURAL}" is an irregular plural (a phrase of its own), "{}" says there is none
    p = tmp_path / "agents.txt"
    p.write_text("CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\nRIOT_POLICE {} [~COP]\nBAD {UNCLOSED [~COP]\n")
    res = import_petrarch(p)
    phrases = {r[0]: r[1] for r in res.rows}
    assert phrases == {"chamber of commerce": "BUS", "chambers of commerce": "BUS", "riot police": "COP"}
    assert any(":3:" in msg for msg in res.problems), res.problems


def test_petrarch_agent_file_expands_macros(tmp_path):
    p = tmp_path / "agents.txt"
    p.write_text(AGENTS)
    res = import_petrarch(p)
    assert res.kind == "agents"
    phrases = {r[0]: r[1] for r in res.rows}
    assert phrases["soldier"] == "MIL" and phrases["policeman"] == "COP" and phrases["policewoman"] == "COP"
    assert any(":5:" in msg for msg in res.problems)


def test_petrarch_import_cli_and_use_with_actors_option(cli, tmp_path):
    src = tmp_path / "actors.txt"
    src.write_text("ZUBROWKA_ [ZUB]\n+ZUBROWKAN_\nMADAME_D_\n\t[ZUBGOV 300101-391231]\n")
    out = tmp_path / "zub.tsv"
    r = cli("actors", "import", str(src), "--format", "petrarch", "--out", str(out))
    assert r.returncode == 0, r.stderr
    r = cli("code", "-", "--date", "1932-06-01", "--actors", str(out), "--format", "jsonl",
            input="Madame D threatened to attack Zubrowka.\n")
    assert r.returncode == 0, r.stderr
    assert '"ZUBGOV"' in r.stdout


@pytest.mark.slow
@pytest.mark.shared
def test_petrarch_phoenix_dictionaries_import(shared_data, tmp_path):
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                 "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"):
        res = import_petrarch(shared_data / "phoenix" / name)
        assert len(res.rows) > 500
        write_tsv(res, tmp_path / (name + ".tsv"))
        assert (tmp_path / (name + ".tsv")).stat().st_size > 0


def _with_petrarch(coder, tmp_path, text, name="extra.txt"):
    """A coder sharing the session's model, with one imported PETRARCH file added."""
    from tacitus import Coder
    from tacitus.config import Settings

    src = tmp_path / name
    src.write_text(text)
    out = tmp_path / (name + ".tsv")
    write_tsv(import_petrarch(src), out)
    return Coder(Settings.from_env(actors_files=[str(out)]), nlp=coder.nlp, ontology=coder.ontology,
                 lexicon=coder.lexicon, gazetteer=coder.gazetteer)


def _codes(events):
    return {(a.code, a.text) for e in events for a in (*e.source, *e.target)}


def test_petrarch_undated_code_is_only_the_default_between_dated_terms(coder, tmp_path):
    # PETRARCH lists an undated code after the dated ones as the default for other years
    c = _with_petrarch(coder, tmp_path, "HUGO_QUANTRELL_\n\t[CHLGOV 990706-010307]\n\t[CHLELI]\n")
    in_office = c.code("Hugo Quantrell threatened to attack Peru.", date="2000-01-01")
    later = c.code("Hugo Quantrell threatened to attack Peru.", date="2005-01-01")
    assert ("CHLGOV", "Hugo Quantrell") in _codes(in_office)
    assert ("CHLELI", "Hugo Quantrell") in _codes(later)


def test_petrarch_country_with_former_statuses_stays_a_country(coder, tmp_path):
    # a country entry whose codes changed over time is still a country, not a person with terms:
    # its adjective must still combine with an agent noun ("Slovenian police" -> SVNCOP)
    c = _with_petrarch(coder, tmp_path, "SLOVENIA_ [SVN]\n+SLOVENIAN_\n+REPUBLIKA_SLOVENIJA_\n"
                       "\t[YUGSVN <910625]\n\t[SVN >920115]\n")
    events = c.code("Slovenian police arrested two smugglers near Republika Slovenija's border.", date="2000-01-01")
    kinds = {a.text: a.kind for e in events for a in (*e.source, *e.target)}
    assert ("SVNCOP", "Slovenian police") in _codes(events)
    assert all(k != "person" for k in kinds.values()), kinds


def test_petrarch_bundled_entry_wins_on_the_same_text(coder, tmp_path):
    # the imported file makes "Kremlin" another name of a person (who would sort first); our
    # reading (the Russian government) stands, while names we do not know are still added
    c = _with_petrarch(coder, tmp_path, "IVAN_PETROVICH_SIDOROV_\n+KREMLIN_\n+COMRADE_SIDOROV_\n\t[RUSELI 900101-]\n")
    assert ("RUSGOV", "Kremlin") in _codes(c.code("The Kremlin condemned Georgia.", date="2020-03-01"))
    assert ("RUSELI", "Comrade Sidorov") in _codes(c.code("Comrade Sidorov condemned Georgia.", date="2020-03-01"))


def test_petrarch_agents_do_not_replace_our_agent_nouns(coder, tmp_path):
    # PETRARCH codes "archbishop" CHR without marking it a title; ours is a title (REL), which is
    # what lets "Archbishop X" be an actor; new agent nouns from the file are still added
    c = _with_petrarch(coder, tmp_path, "ARCHBISHOP [~CHR]\nFRIGATE_CAPTAIN [~MIL]\n", name="agents.txt")
    codes = _codes(c.code("Archbishop Oduya Mbeki condemned Nigeria.", date="2020-03-01"))
    assert any(code.endswith("REL") for code, text in codes if "Mbeki" in text), codes
    codes = _codes(c.code("A Nigerian frigate captain condemned Ghana.", date="2020-03-01"))
    assert ("NGAMIL", "A Nigerian frigate captain") in codes, codes


def test_petrarch_city_synonym_of_a_country_is_a_place_not_an_actor(coder, tmp_path):
    # PETRARCH country files list towns as synonyms of the country; a town is where things
    # happen, not who acts, so it must not turn a sentence into an event with Iraq as actor
    c = _with_petrarch(coder, tmp_path, "IRAQ_ [IRQ]\n+IRAK_\n+MOSUL_\n+SAMARRA_\n")
    codes = _codes(c.code("Samarra welcomed the decision by Turkey.", date="2010-05-01"))
    assert not any(text == "Samarra" for _, text in codes), codes
    assert ("IRQ", "Irak") in _codes(c.code("Irak welcomed the decision by Turkey.", date="2010-05-01"))


def test_petrarch_leading_the_does_not_make_a_new_name(coder, tmp_path):
    # "THE_SECURITY_COUNCIL [IGOUNO]" must not out-match our "Security Council" (IGOUNOSEC)
    c = _with_petrarch(coder, tmp_path, "THE_SECURITY_COUNCIL_ [IGOUNO]\n+SECURITY_COUNCIL_\n")
    codes = _codes(c.code("The Security Council condemned Syria.", date="2020-03-01"))
    assert any(code == "IGOUNOSEC" for code, _ in codes), codes


def test_petrarch_agent_phrase_over_our_noun_keeps_our_sector(coder, tmp_path):
    # "opposition newspaper" is still a newspaper (MED): the imported longer phrase with its own
    # sector must not replace the reading of our noun
    c = _with_petrarch(coder, tmp_path, "OPPOSITION_NEWSPAPER [~OPP]\n", name="agents.txt")
    codes = _codes(c.code("A Kenyan opposition newspaper accused Uganda of torture.", date="2020-03-01"))
    assert any(code == "KENMED" for code, _ in codes), codes


def test_petrarch_companies_left_out_unless_asked(coder, tmp_path, cli):
    # with every company an actor, business news ("X agreed to buy Y") became political events
    text = "ACME_WIDGETS_ [MNCUSA]\n+ACME_\nZUBROWKA_ [ZUB]\n"
    c = _with_petrarch(coder, tmp_path, text)
    assert not c.code("Acme Widgets agreed to buy a Zubrowkan toy maker.", date="2020-03-01")
    src = tmp_path / "companies.txt"
    src.write_text(text)
    assert {r[0] for r in import_petrarch(src, companies=True).rows} == {"Acme Widgets", "Zubrowka"}
    r = cli("actors", "import", str(src), "--out", str(tmp_path / "c.tsv"))
    assert r.returncode == 0, r.stderr
    assert "1 company (MNC) entries left out" in r.stdout
    assert "Acme" not in (tmp_path / "c.tsv").read_text()


def test_petrarch_organisation_we_know_keeps_our_code_under_its_other_names(coder, tmp_path):
    # one organisation must not appear under two codes: the file's other names for the African
    # Union get our IGOAFU, not the file's IGOAFROAU; a single shared alias is not enough
    c = _with_petrarch(coder, tmp_path, "AFRICAN_UNION_ [IGOAFROAU]\n+UNION_AFRICAINE_\n"
                       "ZUBROWKAN_FRIENDSHIP_LEAGUE_ [NGOZUB]\n+AFRICAN_UNION_\n")
    codes = _codes(c.code("The Union Africaine condemned Mali.", date="2020-03-01"))
    assert any(code == "IGOAFU" for code, _ in codes), codes
    codes = _codes(c.code("The Zubrowkan Friendship League condemned Mali.", date="2020-03-01"))
    assert any(code == "NGOZUB" for code, _ in codes), codes


def test_person_out_of_office_speaks_for_the_organisation_the_text_names(coder, tmp_path):
    # the file knows this man only as a Chilean minister in 2005-2007; in 1990 the sentence's own
    # description (a UN mediator / coordinator) says whom he acts for, not "Chilean elite"
    c = _with_petrarch(coder, tmp_path, "HUGO_QUANTRELL_\n\t[CHLGOV 050101-071231]\n")
    codes = _codes(c.code("U.N. mediator Hugo Quantrell criticised Peru.", date="1990-03-01"))
    assert any(code == "IGOUNO" for code, _ in codes), codes
    codes = _codes(c.code("Hugo Quantrell, the United Nations relief coordinator, criticised Peru.", date="1990-03-01"))
    assert any(code.startswith("IGOUNO") for code, _ in codes), codes
    assert ("CHLGOV", "Hugo Quantrell") in _codes(c.code("Hugo Quantrell criticised Peru.", date="2006-03-01"))
