"""The actor dictionary: countries, organisations, office holders and generic agents.

Bundled tables live in `tacitus/actors/data/`; users add their own with `--actors FILE`
(the format written by `tacitus actors import`). Surface forms are tokenized with the
model's own tokenizer so that matching works on spaCy tokens.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from tacitus.tables import read_tsv, resource_path, split_list
from tacitus.actors.resolver_words import MEMBER_SECTORS  # data/actor_words.tsv

log = logging.getLogger(__name__)

PKG = "tacitus.actors"
ROLE_RANK = {"HOS": 0, "HOG": 1, "FM": 2, "DM": 3, "IGO": 4, "OTHER": 5}
KIND_RANK = {"person": 0, "org": 1, "country": 2, "capital": 3, "demonym": 4, "people": 5, "group": 6, "bloc": 7}
_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_ISO = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Term:
    """One spell in office: `code` applies from start to end (ISO dates, '' = open)."""

    code: str
    role: str = "OTHER"
    start: str = ""
    end: str = ""

    def covers(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Entry:
    """What a surface form can refer to."""

    kind: str  # country | capital | demonym | people | org | person | group | bloc
    name: str  # canonical name ("Russia", "NATO", "Vladimir Putin")
    code: str  # CAMEO-style code (ISO3 for countries)
    country: str | None = None
    sector: str | None = None
    terms: tuple[Term, ...] = ()
    members: tuple[str, ...] = ()  # a group's countries ("the two Koreas": PRK, KOR)


@dataclass(frozen=True)
class Agent:
    """A generic agent noun or title: 'police' -> COP, 'president' -> GOV (title)."""

    phrase: str
    sector: str
    title: bool


@dataclass
class ActorDictionary:
    names: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    case_sensitive: set[tuple[str, ...]] = field(default_factory=set)
    agents: dict[tuple[str, ...], Agent] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> name
    max_len: int = 1
    agent_max_len: int = 1
    name_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)  # first token -> lengths, longest first
    agent_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    bundled_names: frozenset = frozenset()  # keys of the bundled tables, which user files do not override
    regions: set[tuple[str, ...]] = field(default_factory=set)  # lower-case keys of sub-national region names
    region_words: set[tuple[str, ...]] = field(default_factory=set)  # region names and adjectives (targets12)
    successions: dict[str, tuple[str, str]] = field(default_factory=dict)  # iso3 -> (independence day, earlier state)
    bodies: dict[str, dict[str, Entry]] = field(default_factory=dict)  # "congress" -> {iso3: that country's body}
    breakaway: dict[tuple[str, ...], Term] = field(default_factory=dict)  # "abkhaz" -> GEOSEP while it exists
    acronyms: set[str] = field(default_factory=set)  # one-word all-capital names of organisations and groups (odds14)

    def build_index(self) -> None:
        """Index keys by first token so matching tries only lengths that exist."""
        for table, index in ((self.names, self.name_lengths), (self.agents, self.agent_lengths)):
            lengths: dict[str, set[int]] = {}
            for key in table:
                lengths.setdefault(key[0], set()).add(len(key))
            index.clear()
            index.update({k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})

    # -- building ---------------------------------------------------------------------
    def add_name(self, surface: str, entry: Entry, tokenize: Callable[[str], list[str]]) -> None:
        tokens = tokenize(surface)
        if not tokens:
            return
        key = tuple(t.lower() for t in tokens)
        bucket = self.names.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        letters = re.sub(r"[^A-Za-z]", "", surface)
        if letters.isupper() and len(letters) <= 5:
            self.case_sensitive.add(key)
        if len(tokens) == 1 and entry.kind in ("org", "group") and len(surface) >= 3 and surface.isalpha() and surface.isupper():
            self.acronyms.add(surface)  # "ECOWAS", "IGAD": see nlp.steady_acronyms
        self.max_len = max(self.max_len, len(key))

    def add_user_name(self, surface: str, entry: Entry, tokenize: Callable[[str], list[str]]) -> None:
        """A name from a user dictionary; where a bundled table already names the same text,
        the bundled reading stands ("Albanians" stays the people, "Congress" USALEG). A leading
        "the" does not make it another text: "The European Union" would otherwise be a longer
        match than our "European Union" and win over it."""
        key = tuple(t.lower() for t in tokenize(surface))
        if key in self.bundled_names or (len(key) > 1 and key[0] == "the" and key[1:] in self.bundled_names):
            return
        self.add_name(surface, entry, tokenize)

    def add_agent(self, phrase: str, sector: str, title: bool, tokenize) -> None:
        key = tuple(t.lower() for t in tokenize(phrase))
        if key:
            self.agents[key] = Agent(phrase, sector, title)
            self.agent_max_len = max(self.agent_max_len, len(key))

    # -- lookups ----------------------------------------------------------------------
    def lookup(self, tokens: Iterable[str]) -> list[Entry]:
        return self.names.get(tuple(t.lower() for t in tokens), [])

    def resolve_person(self, entry: Entry, date: str | None) -> tuple[str, bool]:
        """Code of a person on a date, and whether they held the office then.

        In office: the term's code (RUSGOV). Out of office on that date: their country as
        an elite (RUSELI). Unknown date: the most recent term's code.
        """
        if not entry.terms:
            return entry.code, True
        if date:
            current = [t for t in entry.terms if t.covers(date)]
            # a code with no dates is the default for the years no dated code covers
            # (PETRARCH "[ISRGOV 990706-010307] [ISRELI]"), so a dated one that covers wins
            current = [t for t in current if t.start or t.end] or current
            if current:
                best = min(current, key=lambda t: ROLE_RANK.get(t.role, 9))
                return best.code, True
            if entry.country:
                return entry.country + "ELI", False
            return entry.terms[-1].code[:3], False
        latest = max(entry.terms, key=lambda t: t.start or "")
        return latest.code, True

    def country_name(self, iso3: str) -> str:
        return self.countries.get(iso3, iso3)

    def index_bodies(self) -> None:
        """Each country's institution or party whose name ends in a common noun ("US Congress",
        "Peruvian Congress", "Indian National Congress"), by that noun: a bare "Congress" is the
        one of the story's country."""
        for key, entries in self.names.items():
            if len(key) < 2 or (key[-1],) not in self.agents:
                continue
            for e in entries:
                if e.kind == "org" and e.country:
                    self.bodies.setdefault(key[-1], {}).setdefault(e.country, e)

    def country_on(self, iso3: str | None, date: str | None) -> str | None:
        """The code of the state a place belonged to on `date`: 'Juba' is SDN before 2011-07-09."""
        split = self.successions.get(iso3) if iso3 and date else None
        return split[1] if split is not None and date < split[0] else iso3

    def entry_on(self, entry: Entry, date: str | None) -> Entry:
        """A capital `entry` with the country (and the code's country prefix) of its place on
        `date`; other entries unchanged (see successions.tsv)."""
        if entry.terms and entry.kind == "org" and date:
            return self.org_on(entry, date)
        iso = entry.country
        earlier = self.country_on(iso, date) if entry.kind == "capital" else iso
        if earlier == iso:
            return entry
        code = earlier + entry.code[3:] if entry.code.startswith(iso) else entry.code
        return replace(entry, country=earlier, code=code)


    @staticmethod
    def org_on(entry: Entry, date: str) -> Entry:
        """An organisation of dated_orgs.tsv as it was on `date`: the code of the period that
        covers it ("SPLA" is SDNREB in 1995, SSDMIL in 2013); outside every period, unchanged."""
        term = next((t for t in entry.terms if t.covers(date)), None)
        if term is None or term.code == entry.code:
            return entry
        return replace(entry, code=term.code, country=term.code[:3], sector=term.code[3:6] or None)


def _tsv(name: str) -> Path:
    return resource_path(PKG, f"data/{name}")


def _check_code(col: str, allow_empty: bool = False):
    def check(row):
        value = row[col]
        if not value and allow_empty:
            return None
        if not _CODE.match(value):
            return f"{col} {value!r} is not a CAMEO-style code (3, 6 or 9 capital letters)"
        return None

    return check


def _check_dates(row):
    for col in ("start", "end"):
        if row[col]:
            try:
                dt.date.fromisoformat(row[col])
            except ValueError:
                return f"{col} {row[col]!r} is not a YYYY-MM-DD date"
    if row["start"] and row["end"] and row["start"] > row["end"]:
        return f"start {row['start']} is after end {row['end']}"
    return None


def load_countries(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    path = path or _tsv("countries.tsv")
    cols = ("iso3", "name", "aliases", "adjectives", "plurals", "capitals")

    def check(row):
        return None if _ISO.match(row["iso3"]) else f"iso3 {row['iso3']!r} is not three capital letters"

    for _, row in read_tsv(path, cols, required=("iso3", "name"), check=check):
        iso = row["iso3"]
        d.countries[iso] = row["name"]
        for surface in [row["name"], *split_list(row["aliases"])]:
            d.add_name(surface, Entry("country", row["name"], iso, iso), tokenize)
            if surface.lower().startswith("the "):
                d.add_name(surface[4:], Entry("country", row["name"], iso, iso), tokenize)
        for surface in split_list(row["adjectives"]):
            d.add_name(surface, Entry("demonym", row["name"], iso, iso), tokenize)
        for surface in split_list(row["plurals"]):
            d.add_name(surface, Entry("people", row["name"], iso, iso), tokenize)
        for surface in split_list(row["capitals"]):
            d.add_name(surface, Entry("capital", row["name"], iso, iso), tokenize)


def load_regions(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    """Sub-national regions: their names read as the country they belong to ("in Borno state"
    -> Nigeria), their adjectives as its demonym ("Tigrayan forces" -> Ethiopia)."""
    path = path or _tsv("regions.tsv")
    cols = ("iso3", "region", "aliases", "adjectives", "plurals")

    def check(row):
        if not _ISO.match(row["iso3"]):
            return f"iso3 {row['iso3']!r} is not three capital letters"
        if row["iso3"] not in d.countries:
            return f"iso3 {row['iso3']!r} is not a country of countries.tsv"
        return None

    for _, row in read_tsv(path, cols, required=("iso3", "region"), check=check):
        iso = row["iso3"]
        name = d.countries[iso]
        for surface in [row["region"], *split_list(row["aliases"])]:
            d.add_name(surface, Entry("country", name, iso, iso), tokenize)
            d.regions.add(tuple(t.lower() for t in tokenize(surface)))
            d.region_words.add(tuple(t.lower() for t in tokenize(surface)))
        for surface in split_list(row["adjectives"]):
            d.add_name(surface, Entry("demonym", name, iso, iso), tokenize)
            d.region_words.add(tuple(t.lower() for t in tokenize(surface)))
        for surface in split_list(row["plurals"]):
            d.add_name(surface, Entry("people", name, iso, iso), tokenize)


def load_groups(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    """Words naming several states: regional blocs ("West African" -> ECOWAS) and fixed sets of
    countries ("the two Koreas"). Blocs must name an organisation already loaded."""
    path = path or _tsv("groups.tsv")
    cols = ("phrase", "kind", "codes")
    orgs = {e.code: e for bucket in d.names.values() for e in bucket if e.kind == "org"}

    def check(row):
        codes = split_list(row["codes"])
        if row["kind"] == "bloc":
            if len(codes) != 1 or not (codes[0] in orgs or codes[0] == "IGO"):
                return f"a bloc needs one organisation code of organisations.tsv (or IGO), got {row['codes']!r}"
        elif row["kind"] == "countries":
            bad = [c for c in codes if c not in d.countries]
            if len(codes) < 2 or bad:
                return f"countries needs two or more ISO3 codes of countries.tsv, got {row['codes']!r}"
        else:
            return f"kind must be bloc or countries, got {row['kind']!r}"
        return None

    for _, row in read_tsv(path, cols, required=cols, check=check):
        codes = tuple(split_list(row["codes"]))
        if row["kind"] == "bloc":
            org = orgs.get(codes[0])
            entry = Entry("bloc", org.name if org else "international", codes[0], None, "IGO")
        else:
            entry = Entry("group", " and ".join(d.countries[c] for c in codes), codes[0], None, None, members=codes)
        d.add_name(row["phrase"], entry, tokenize)


def load_organisations(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    path = path or _tsv("organisations.tsv")
    cols = ("code", "name", "aliases", "country", "sector")
    for _, row in read_tsv(path, cols, required=("code", "name"), check=_check_code("code")):
        entry = Entry("org", row["name"], row["code"], row["country"] or None, row["sector"] or None)
        for surface in [row["name"], *split_list(row["aliases"])]:
            d.add_name(surface, entry, tokenize)
            if surface.lower().startswith("the "):
                d.add_name(surface[4:], entry, tokenize)


def load_dated_orgs(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    """Organisations whose code changed with history (dated_orgs.tsv: name, aliases, code, start,
    end; one row per period). The entry carries every period; entry_on picks the article's."""
    path = path or _tsv("dated_orgs.tsv")
    cols = ("name", "aliases", "code", "start", "end")

    def check(row):
        return _check_code("code")(row) or _check_dates(row)

    orgs: dict[str, dict] = {}
    for _, row in read_tsv(path, cols, required=("name", "code"), check=check):
        o = orgs.setdefault(row["name"], {"aliases": set(), "terms": []})
        o["aliases"].update(split_list(row["aliases"]))
        o["terms"].append(Term(row["code"], "OTHER", row["start"], row["end"]))
    for name, o in orgs.items():
        terms = tuple(sorted(o["terms"], key=lambda t: t.start or ""))
        last = terms[-1].code
        entry = Entry("org", name, last, last[:3], last[3:6] or None, terms)
        for surface in [name, *sorted(o["aliases"])]:
            d.add_name(surface, entry, tokenize)


def add_member_singulars(d: ActorDictionary, tokenize) -> None:
    """An armed group named by its members in the plural ("Tamil Tigers", "Red Brigades",
    "Wagner mercenaries") also names one member in the singular: "a Tamil Tiger shot dead two
    policemen" is the group acting. Names of two or more words only, and only where the
    singular names nothing else."""
    added = []
    for key, entries in d.names.items():
        last = key[-1]
        if len(key) < 2 or len(last) < 5 or not last.isalpha() or not last.endswith("s") \
                or last.endswith(("ss", "us", "is")):
            continue  # one-word names stay as listed: "Hamas" is no plural of the city Hama
        for e in entries:
            if e.kind == "org" and e.sector in MEMBER_SECTORS:
                single = key[:-1] + (last[:-3] + "y" if last.endswith("ies") else last[:-1],)
                if single not in d.names:
                    added.append((single, e))
                break
    for single, e in added:
        d.names.setdefault(single, []).append(e)
        d.max_len = max(d.max_len, len(single))


def load_people(d: ActorDictionary, tokenize, paths: Iterable[Path]) -> None:
    """Office holders: name, aliases, country, code, role, start, end (one row per term).
    Rows of the same person in several files (a prime minister who later led an IGO) merge."""
    cols = ("name", "aliases", "country", "code", "role", "start", "end")

    def check(row):
        return _check_code("code")(row) or _check_dates(row)

    people: dict[str, dict] = {}
    for path in paths:
        for _, row in read_tsv(path, cols, required=("name", "code"), check=check):
            p = people.setdefault(row["name"], {"aliases": set(), "country": None, "terms": []})
            p["country"] = p["country"] or row["country"] or None
            p["aliases"].update(split_list(row["aliases"]))
            p["terms"].append(Term(row["code"], row["role"] or "OTHER", row["start"], row["end"]))
    _add_people(d, tokenize, people)


def load_custom(d: ActorDictionary, tokenize, path: Path) -> None:
    """User dictionaries: name, aliases, code, start, end (as written by `tacitus actors import`)."""
    cols = ("name", "aliases", "code", "start", "end")

    def check(row):
        return _check_code("code")(row) or _check_dates(row)

    groups: dict[str, dict] = {}
    for _, row in read_tsv(path, cols, required=("name", "code"), check=check):
        country = row["code"][:3] if row["code"][:3] in d.countries else None
        p = groups.setdefault(row["name"], {"aliases": set(), "country": country, "terms": []})
        p["aliases"].update(split_list(row["aliases"]))
        p["terms"].append(Term(row["code"], "OTHER", row["start"], row["end"]))
    people = {}
    for name, g in groups.items():
        codes = {t.code for t in g["terms"]}
        iso = _country_of_group(d, g["terms"])
        if iso:  # a country, whatever its former statuses ([YUGSVN <910625] [SVN >920115])
            entry = Entry("country", d.countries[iso], iso, iso)
            for surface in [name, *sorted(g["aliases"])]:
                if not _place_in(surface, iso):
                    d.add_user_name(surface, entry, tokenize)
            continue
        if any(t.start or t.end for t in g["terms"]):
            people[name] = g  # office holders: date-dependent codes
            continue
        code = sorted(codes)[0]
        kind = "country" if len(code) == 3 and code in d.countries else "org"
        entry = _bundled_org(d, tokenize, name, g["aliases"]) or Entry(kind, name, code, g["country"], code[3:6] or None)
        for surface in [name, *sorted(g["aliases"])]:
            d.add_user_name(surface, entry, tokenize)
    _add_people(d, tokenize, people, d.add_user_name)


def _bundled_org(d: ActorDictionary, tokenize, name: str, aliases) -> Entry | None:
    """Our entry for an organisation the imported file codes otherwise, so that its other names
    get our code: Phoenix codes the African Union IGOAFROAU and Doctors Without Borders
    NGOHLHMSF where we have IGOAFU and NGOMSF, and one organisation must not appear under two
    codes. It is ours if its main name is one of our organisations, or if two or more of its
    names are the same one of ours (one shared alias such as "UN" is not enough)."""
    hits: dict[Entry, int] = {}
    main = None
    for i, surface in enumerate([name, *sorted(aliases)]):
        key = tuple(t.lower() for t in tokenize(surface))
        if key[:1] == ("the",) and len(key) > 1 and key[1:] in d.bundled_names:
            key = key[1:]
        if key not in d.bundled_names:
            continue
        for e in d.names.get(key, []):
            if e.kind == "org":
                hits[e] = hits.get(e, 0) + 1
                if i == 0 and main is None:
                    main = e
                break
    if main is not None:
        return main
    best = max(hits, key=hits.get, default=None)
    return best if best is not None and hits[best] >= 2 else None


def _place_in(surface: str, iso: str) -> bool:
    """Is this other name of a country a city or state of that country? PETRARCH country files
    list them as synonyms (IRAQ_ +MOSUL_ +BASRA_), but a town is where something happens, not
    who acts: as actors they turned "in Mosul" into an Iraqi actor and made events of
    sentences without one. Left out of the dictionary, the geocoder and the resolver's place
    rules read them as places ("Mosul police" is still Iraqi police)."""
    from tacitus.extract.places import default_gazetteer

    g = default_gazetteer()
    if g.country(surface) is not None:
        return False
    state = g.state(surface)
    if state is not None and state.country == iso:
        return True
    return any(p.country == iso for p in g.cities(surface))


def _country_of_group(d: ActorDictionary, terms) -> str | None:
    """The country an imported entry names, if one of its codes is a bare country code:
    the undated one, else the one in force last. Dated codes of a country entry are former
    statuses (part of Yugoslavia, under occupation); read as a person's terms they would make
    "Slovenia" a person and swallow the words around it ("Serbian forces")."""
    own = [t for t in terms if t.code in d.countries]
    if not own:
        return None
    undated = [t for t in own if not t.start and not t.end]
    if undated:
        return undated[0].code
    return max(own, key=lambda t: (not t.end, t.end, t.start)).code


def load_user_file(d: ActorDictionary, tokenize, path: Path) -> None:
    """A user dictionary: actors (name, aliases, code, start, end) or agents (phrase, code, title)."""
    try:
        with open(path, encoding="utf-8") as fh:
            header = next((ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")), "")
    except OSError as exc:
        from tacitus.errors import DataFileError

        raise DataFileError(path, None, f"cannot read ({exc.strerror})") from None
    if header.split("\t")[0].strip() == "phrase":
        load_agents(d, tokenize, path, keep=frozenset(d.agents))
    else:
        load_custom(d, tokenize, path)


def _add_people(d: ActorDictionary, tokenize, people: dict, add=None) -> None:
    add = add or d.add_name
    for name, p in people.items():
        terms = tuple(sorted(p["terms"], key=lambda t: t.start or ""))
        first = terms[-1]
        sector = first.code[3:6] or None
        entry = Entry("person", name, first.code, p["country"], sector, terms)
        for surface in [name, *sorted(p["aliases"])]:
            add(surface, entry, tokenize)


def load_agents(d: ActorDictionary, tokenize, path: Path | None = None, keep: frozenset = frozenset()) -> None:
    """Agent nouns and titles; phrases in `keep` (the bundled ones, when a user file is read)
    are not replaced: ours carry the sector and title flag the resolver was written for
    (PETRARCH's "ARCHBISHOP [~CHR]" is no title, so "Archbishop Desmond Tutu" lost its actor)."""
    path = path or _tsv("agents.tsv")
    cols = ("phrase", "code", "title")

    def check(row):
        if not re.match(r"^[A-Z]{3}$", row["code"]):
            return f"code {row['code']!r} must be a 3-letter sector code such as GOV or MIL"
        if row["title"] not in ("yes", "no"):
            return f"title must be yes or no, got {row['title']!r}"
        return None

    for _, row in read_tsv(path, cols, required=("phrase", "code"), check=check):
        key = tuple(t.lower() for t in tokenize(row["phrase"].lower()))
        if key in keep or _head_known(key, keep):
            continue
        d.add_agent(row["phrase"].lower(), row["code"], row["title"] == "yes", tokenize)


def _head_known(key: tuple[str, ...], keep: frozenset) -> bool:
    """A longer phrase over one of our agent nouns ("opposition newspaper", "military
    tribunal", "muslim cleric"): our noun gives the sector and the resolver reads the
    modifier, so the imported phrase would only replace that with its own coarser guess."""
    if len(key) < 2:
        return False
    head = key[-1]
    return (head,) in keep or (head.endswith("s") and (head[:-1],) in keep)


def load_successions(d: ActorDictionary, path: Path | None = None) -> None:
    """States that split from another: before `independence` their names take `parent`'s code."""
    path = path or _tsv("successions.tsv")

    def check(row):
        if not _ISO.match(row["iso3"]) or not _ISO.match(row["parent"]):
            return "iso3 and parent must be 3-letter country codes"
        try:
            dt.date.fromisoformat(row["independence"])
        except ValueError:
            return f"independence {row['independence']!r} is not a YYYY-MM-DD date"
        return None

    for _, row in read_tsv(path, ("iso3", "independence", "parent"), required=("iso3", "independence", "parent"),
                           check=check):
        d.successions[row["iso3"]] = (row["independence"], row["parent"])


def load_breakaway(d: ActorDictionary, tokenize, path: Path | None = None) -> None:
    """Break-away regions: their authorities are the parent state's separatists (breakaway.tsv)."""
    path = path or _tsv("breakaway.tsv")
    cols = ("parent", "names", "adjectives", "start", "end")

    def check(row):
        if row["parent"] not in d.countries:
            return f"parent {row['parent']!r} is not a country of countries.tsv"
        return _check_dates(row)

    for _, row in read_tsv(path, cols, required=("parent", "names"), check=check):
        iso = row["parent"]
        for col, kind in (("names", "country"), ("adjectives", "demonym")):
            for surface in split_list(row[col]):
                key = tuple(t.lower() for t in tokenize(surface))
                if key not in d.names:
                    d.add_name(surface, Entry(kind, d.countries[iso], iso, iso), tokenize)
                d.breakaway[key] = Term(iso + "SEP", "OTHER", row["start"], row["end"])


def load_dictionary(tokenize: Callable[[str], list[str]], extra_files: Iterable[str] = ()) -> ActorDictionary:
    """Load the bundled dictionary plus user files (custom format, see load_custom)."""
    d = ActorDictionary()
    load_countries(d, tokenize)
    load_regions(d, tokenize)
    load_organisations(d, tokenize)
    load_dated_orgs(d, tokenize)
    load_groups(d, tokenize)
    add_member_singulars(d, tokenize)
    data_dir = resource_path(PKG, "data")
    load_people(d, tokenize, sorted(data_dir.glob("people*.tsv")))
    load_agents(d, tokenize)
    load_successions(d)
    load_breakaway(d, tokenize)
    d.bundled_names = frozenset(d.names)
    for extra in extra_files:
        load_user_file(d, tokenize, Path(extra))
    for bucket in d.names.values():
        bucket.sort(key=lambda e: KIND_RANK.get(e.kind, 9))
    d.build_index()
    d.index_bodies()
    log.debug("actor dictionary: %d names, %d agents", len(d.names), len(d.agents))
    return d
