"""GDELT Global Knowledge Graph 2.1-style rows: one tab-separated line of 27 fields per article.

Filled from what Tacitus stores: themes, locations (the `places` table: countries, US states,
cities with GeoNames ids and coordinates; countries named by actors for records without it),
persons, organisations, tone (V1.5TONE from the `tone` table), dates (V2.1ENHANCEDDATES from the
`dates` table), quotations, all names and amounts; the rest stays empty
(field-by-field notes in docs/exports.md, "GKG").
"""
from __future__ import annotations

import re
from collections import defaultdict

from tacitus.store.queries import _date_range
from tacitus.store.gdelt import country_name, fips_of

GKG_FIELDS = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
    "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
    "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
)
_CLEAN = re.compile(r"[\t\n\r;#,|<>]+")


def _clean(text) -> str:
    return _CLEAN.sub(" ", str(text or "")).strip()


def gkg_rows(store, *, since=None, until=None):
    """Yield one list of 27 strings per stored article with text, in date order."""
    where, params = _date_range(since, until, "a.date")
    cond = " AND ".join(["a.text IS NOT NULL AND a.text <> ''", *where])
    arts = store._query(f"SELECT doc_id, date, url, source, title FROM articles a WHERE {cond} ORDER BY date, doc_id", params)
    ids = [a[0] for a in arts]
    if not ids:
        return
    mentions = _group(store._query(
        'SELECT doc_id, name, kind, country, start FROM actor_mentions WHERE list_contains(?, doc_id) ORDER BY doc_id, start', [ids]))
    themes = _group(store._query("SELECT doc_id, theme FROM themes WHERE list_contains(?, doc_id) ORDER BY doc_id, theme", [ids]))
    tones = {r[0]: r[1:] for r in store._query(
        "SELECT doc_id, tone, positive, negative, polarity, activity_density, self_group_density, word_count "
        "FROM tone WHERE list_contains(?, doc_id)", [ids])}
    quotes = _group(store._query(
        'SELECT doc_id, start, "end", verb, text FROM quotes WHERE list_contains(?, doc_id) ORDER BY doc_id, start', [ids]))
    amounts = _group(store._query(
        "SELECT doc_id, value, coalesce(counted, unit), start FROM amounts WHERE list_contains(?, doc_id) ORDER BY doc_id, start", [ids]))
    places = _group(store._query(
        'SELECT doc_id, name, feature, country, lat, lon, geonameid, start, city, city_geonameid FROM places '
        'WHERE list_contains(?, doc_id) ORDER BY doc_id, start', [ids])) if store._has_table("places") else {}
    dates = _group(store._query(
        "SELECT doc_id, date_start, granularity, start FROM dates WHERE list_contains(?, doc_id) "
        "AND granularity IN ('day', 'month', 'year') ORDER BY doc_id, start", [ids])) if store._has_table("dates") else {}
    for n, (doc_id, date, url, source, title) in enumerate(arts):
        row = _row(n, doc_id, date, url, source, title, mentions.get(doc_id, []), themes.get(doc_id, []),
                   tones.get(doc_id), quotes.get(doc_id, []), amounts.get(doc_id, []))
        if places.get(doc_id):
            row[GKG_FIELDS.index("V1LOCATIONS")], row[GKG_FIELDS.index("V2ENHANCEDLOCATIONS")] = _locations(places[doc_id])
        row[GKG_FIELDS.index("V2.1ENHANCEDDATES")] = ";".join(
            f"{ {'year': 1, 'month': 2, 'day': 3}[g]}#{d.month if g != 'year' else 0}#{d.day if g == 'day' else 0}#{d.year}#{s}"
            for d, g, s in dates.get(doc_id, []))
        yield row


def _locations(places: list[tuple]) -> tuple[str, str]:
    """GKG location blocks from stored places: type 1 country, 2 US state, 3 US city, 4 world city
    (a facility is given as its city); Type#Name#FIPS country#ADM1#Lat#Long#FeatureID (V1, unique)
    and Type#Name#FIPS country#ADM1#ADM2#Lat#Long#FeatureID#offset (V2, every mention)."""
    v1, v2 = {}, []
    for name, feature, country, lat, lon, geonameid, start, city, city_id in places:
        fips = fips_of(country)
        if feature == "facility":
            name, geonameid = city or name, city_id
        kind = {"country": 1, "state": 2}.get(feature, 3 if country == "USA" else 4)
        adm1 = fips if kind == 1 else ""
        la, lo = ("%g" % lat if lat is not None else ""), ("%g" % lon if lon is not None else "")
        fid = fips if kind == 1 else (str(geonameid) if geonameid is not None else "")
        v1.setdefault((kind, name), f"{kind}#{_clean(name)}#{fips}#{adm1}#{la}#{lo}#{fid}")
        v2.append(f"{kind}#{_clean(name)}#{fips}#{adm1}##{la}#{lo}#{fid}#{start}")
    return ";".join(v1.values()), ";".join(v2)


def _group(rows) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(r[1:])
    return out


def _row(n, doc_id, date, url, source, title, mentions, themes, tone, quotes, amounts) -> list[str]:
    row = {f: "" for f in GKG_FIELDS}
    stamp = date.strftime("%Y%m%d") + "000000" if date else ""
    row["GKGRECORDID"] = f"{stamp or '00000000000000'}-T{n}"
    row["V2.1DATE"] = stamp
    row["V2SOURCECOLLECTIONIDENTIFIER"] = "1" if url else "6"
    row["V2SOURCECOMMONNAME"] = _clean(source or (re.sub(r"^https?://(www\.)?", "", url).split("/")[0] if url else ""))
    row["V2DOCUMENTIDENTIFIER"] = url or doc_id
    row["V1THEMES"] = ";".join(t[0].upper() for t in themes)
    persons = [(name, start) for name, kind, _, start in mentions if kind == "person"]
    orgs = [(name, start) for name, kind, _, start in mentions if kind == "org"]
    row["V1PERSONS"] = ";".join(dict.fromkeys(_clean(p) for p, _ in persons))
    row["V2ENHANCEDPERSONS"] = ";".join(f"{_clean(p)},{s}" for p, s in persons)
    row["V1ORGANIZATIONS"] = ";".join(dict.fromkeys(_clean(o) for o, _ in orgs))
    row["V2ENHANCEDORGANIZATIONS"] = ";".join(f"{_clean(o)},{s}" for o, s in orgs)
    countries = [(c, s) for _, kind, c, s in mentions if kind == "country" and c]
    seen = dict.fromkeys(c for c, _ in countries)
    row["V1LOCATIONS"] = ";".join(f"1#{_clean(country_name(c))}#{fips_of(c)}#{fips_of(c)}###{fips_of(c)}" for c in seen)
    row["V2ENHANCEDLOCATIONS"] = ";".join(
        f"1#{_clean(country_name(c))}#{fips_of(c)}#{fips_of(c)}####{fips_of(c)}#{s}" for c, s in countries)
    if tone:
        row["V1.5TONE"] = ",".join("%g" % v if v is not None else "" for v in tone)
    row["V2.1QUOTATIONS"] = "#".join(f"{s}|{e - s}|{_clean(v)}|{_clean(t)}" for s, e, v, t in quotes)
    row["V2.1ALLNAMES"] = ";".join(f"{_clean(name)},{s}" for name, kind, _, s in mentions if kind != "pronoun")
    row["V2.1AMOUNTS"] = ";".join(f"{_number(v)},{_clean(obj)},{s}" for v, obj, s in amounts if v is not None)
    row["V2EXTRASXML"] = f"<PAGE_TITLE>{_clean(title)}</PAGE_TITLE>" if title else ""
    return [row[f] for f in GKG_FIELDS]


def _number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:g}"
