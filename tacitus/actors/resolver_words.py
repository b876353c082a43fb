"""Word classes and small lookups shared by the actor resolver's modules."""
from __future__ import annotations

import functools
from types import MappingProxyType

from tacitus.tables import read_word_sets

_WORDS = read_word_sets("tacitus.actors", "data/actor_words.tsv")  # one set per row
PERSON_PRONOUNS = _WORDS["PERSON_PRONOUNS"]
THING_PRONOUNS = _WORDS["THING_PRONOUNS"]
PLURAL_PRONOUNS = _WORDS["PLURAL_PRONOUNS"]
OBJECT_PRONOUNS = _WORDS["OBJECT_PRONOUNS"]  # targets18 helper
RELATIVE_PRONOUNS = _WORDS["RELATIVE_PRONOUNS"]
MALE_PRONOUNS = _WORDS["MALE_PRONOUNS"]
FEMALE_PRONOUNS = _WORDS["FEMALE_PRONOUNS"]
CREATE_VERBS = _WORDS["CREATE_VERBS"]
SPOKESMAN_NOUNS = _WORDS["SPOKESMAN_NOUNS"]
SAID_OF_VERBS = _WORDS["SAID_OF_VERBS"]  # quotes24 helper
GROUP_NOUNS = _WORDS["GROUP_NOUNS"]
GROUP_COUNT_WORDS = _WORDS["GROUP_COUNT_WORDS"]  # stories7 helper
NAME_DEPS = _WORDS["NAME_DEPS"]
PLACE_KINDS = _WORDS["PLACE_KINDS"]
COMMAND_OF_FORCES = _WORDS["COMMAND_OF_FORCES"]
FOREIGN_WORDS = _WORDS["FOREIGN_WORDS"]
STATE_SECTORS = _WORDS["STATE_SECTORS"]
PEER_NOUNS = _WORDS["PEER_NOUNS"]  # actors7 helper
OTHER_SIDE_NOUNS = _WORDS["OTHER_SIDE_NOUNS"]  # quotes22
UNIT_SECTORS = _WORDS["UNIT_SECTORS"]
LOCAL_SECTORS = _WORDS["LOCAL_SECTORS"]
ARMED_GROUP_SECTORS = _WORDS["ARMED_GROUP_SECTORS"]
ACTING_PREPS = _WORDS["ACTING_PREPS"]  # odds13
TALKS_WORDS = _WORDS["TALKS_WORDS"]  # targets21
FOE_VERBS = _WORDS["FOE_VERBS"]  # actors25
GROUP_BRANCH_NOUNS = _WORDS["GROUP_BRANCH_NOUNS"]  # actors25
STREET_NOUNS = _WORDS["STREET_NOUNS"]  # targets21
WORD_TOWN_NAMES = _WORDS["WORD_TOWN_NAMES"]  # odds18
EPONYM_THINGS = _WORDS["EPONYM_THINGS"]  # realnews24
US_STATE_HOMONYMS = _WORDS["US_STATE_HOMONYMS"]  # realfix20
US_STATE_OFFICES = _WORDS["US_STATE_OFFICES"]  # realfix20
US_STATE_CONTEXT = _WORDS["US_STATE_CONTEXT"]  # actors26
ETHNIC_FORMS = _WORDS["ETHNIC_FORMS"]  # odds16
RESIDENT_SECTORS = _WORDS["RESIDENT_SECTORS"]  # odds16
DOMESTIC_ASKER_SECTORS = _WORDS["DOMESTIC_ASKER_SECTORS"]  # stories23
BRANCH_MEMBER_SECTORS = _WORDS["BRANCH_MEMBER_SECTORS"]  # actors12
MEMBER_SECTORS = _WORDS["MEMBER_SECTORS"]
MEMBER_STATE_NOUNS = _WORDS["MEMBER_STATE_NOUNS"]  # realfix19
SURNAME_OFFICES = _WORDS["SURNAME_OFFICES"]
STATE_OWNED_WORDS = _WORDS["STATE_OWNED_WORDS"]
PLACE_NOUNS = _WORDS["PLACE_NOUNS"]
BLOC_NOUNS = _WORDS["BLOC_NOUNS"]
UNNAMED_BLOC_NOUNS = _WORDS["UNNAMED_BLOC_NOUNS"]  # actors12
UNNAMED_BLOC = _WORDS["UNNAMED_BLOC"]
CROWD_OPP_PARTICIPLES = _WORDS["CROWD_OPP_PARTICIPLES"]  # actors12
CROWD_LAB_PARTICIPLES = _WORDS["CROWD_LAB_PARTICIPLES"]  # actors12
CROWD_PARTICIPLES = MappingProxyType({**{w: "OPP" for w in CROWD_OPP_PARTICIPLES},
                                      **{w: "LAB" for w in CROWD_LAB_PARTICIPLES}})  # participle -> sector
OUSTED_WORDS = _WORDS["OUSTED_WORDS"]  # actors12
MAKER_PARTICIPLES = _WORDS["MAKER_PARTICIPLES"]  # actors12
PAST_OFFICE_WORDS = _WORDS["PAST_OFFICE_WORDS"]  # actors12
HONORIFICS = _WORDS["HONORIFICS"]  # actors13
COMPASS_WORDS = _WORDS["COMPASS_WORDS"]  # targets4 helper
GROUP_HEADS = _WORDS["GROUP_HEADS"]
BLOC_SECTORS = _WORDS["BLOC_SECTORS"]
AIDE_NOUNS = _WORDS["AIDE_NOUNS"]
LAUNCH_PARTICIPLES = _WORDS["LAUNCH_PARTICIPLES"]  # targets18 helper
LAUNCHED_WEAPONS = _WORDS["LAUNCHED_WEAPONS"]  # actors23
WEAPON_MODIFIERS = _WORDS["WEAPON_MODIFIERS"]  # targets26
POLICY_HEADS = _WORDS["POLICY_HEADS"]  # targets26
KIN_NOUNS = _WORDS["KIN_NOUNS"]
CITIZENSHIP_NOUNS = _WORDS["CITIZENSHIP_NOUNS"]
PARTITIVE_WORDS = _WORDS["PARTITIVE_WORDS"]  # targets20
PLACE_OFFICE_NOUNS = _WORDS["PLACE_OFFICE_NOUNS"]  # realfix21
LEADER_STAFF_TITLES = _WORDS["LEADER_STAFF_TITLES"]  # realfix21
LEADER_OFFICE_NOUNS = _WORDS["LEADER_OFFICE_NOUNS"]  # realfix21
STATE_NOUNS = _WORDS["STATE_NOUNS"]
SIDE_NOUNS = _WORDS["SIDE_NOUNS"]  # stories12 helper
BACKER_PARTICIPLES = _WORDS["BACKER_PARTICIPLES"]
LEADER_PARTICIPLES = _WORDS["LEADER_PARTICIPLES"]  # resolve17
UNGUESSED_AGENTS = _WORDS["UNGUESSED_AGENTS"]  # resolve17
SIDE_WORDS = _WORDS["SIDE_WORDS"]
WATER_NOUNS = _WORDS["WATER_NOUNS"]
STANCE_PREFIXES = _WORDS["STANCE_PREFIXES"]
NATIONAL_SOCIETY_CODES = _WORDS["NATIONAL_SOCIETY_CODES"]
CURRENCY_NOUNS = _WORDS["CURRENCY_NOUNS"]
BORDER_NOUNS = _WORDS["BORDER_NOUNS"]
LOCATION_PREPS = _WORDS["LOCATION_PREPS"]
STATE_BODY_HEADS = _WORDS["STATE_BODY_HEADS"]  # actors5 helper
OWNED_BODY_SECTORS = _WORDS["OWNED_BODY_SECTORS"]  # actors8 helper
ARGUMENT_DEPS = _WORDS["ARGUMENT_DEPS"]  # actors8 helper
FOREIGN_OBJECT_VERBS = _WORDS["FOREIGN_OBJECT_VERBS"]  # actors8 helper
PLACE_NAME_PARTICLES = _WORDS["PLACE_NAME_PARTICLES"]  # actors5 helper
OFFICE_HEIR_NOUNS = _WORDS["OFFICE_HEIR_NOUNS"]  # actors11 helper

MAX_PHRASE = 16  # tokens before a head that can belong to its noun phrase (keeps resolution linear)


def sector_group(agent) -> bool:
    """Sectors whose organisations, named without a country, are international NGOs."""
    return agent.sector in ("HRI",)


@functools.lru_cache(maxsize=1)
def competitions() -> frozenset[str]:
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/competitions.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, ("word",)))


@functools.lru_cache(maxsize=1)
def state_companies() -> frozenset[str]:
    """Lower-case names of companies a state owns or controls (data/state_companies.tsv)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/state_companies.tsv")
    return frozenset(row["name"].lower() for _, row in read_tsv(path, ("name", "country"), required=("name",)))



def state_owned(actor, doc) -> bool:
    """Is a company actor owned by a state: listed in state_companies.tsv, or called so in its
    own noun phrase ("Russian state gas producer Gazprom", "state-owned Sinopec")?"""
    if actor.name.lower() in state_companies() or actor.text.lower() in state_companies():
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor.start >= 0 else None
    if span is None:
        return False
    left = [t for t in span.root.subtree if t.i < span.root.i][-MAX_PHRASE:]
    words = {t.lower_ for t in left} | {f"{a.lower_}-{b.lower_}" for a, b in zip(left, left[2:]) if b.i == a.i + 2}
    return bool(words & STATE_OWNED_WORDS)


@functools.lru_cache(maxsize=1)
def org_branches() -> dict[str, dict[str, str]]:
    """Bare organisation names shared by movements of two countries (data/org_branches.tsv):
    lower-case name -> {country the phrase places it in: that country's movement code} (actors10)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/org_branches.tsv")
    out: dict[str, dict[str, str]] = {}
    for _, row in read_tsv(path, ("name", "place", "code")):
        for name in row["name"].lower().split(";"):
            out.setdefault(name.strip(), {})[row["place"]] = row["code"]
    return out


COMPETITION_WORD_DEPS = ("compound", "flat", "amod")  # the labels in_competition_name accepts (perf9: read by callers' gates)


def in_competition_name(tok) -> bool:
    """A word inside the name of a competition: "French" in "the French Open"."""
    if tok.dep_ not in COMPETITION_WORD_DEPS:
        return False  # most words: no need to build the head token
    h = tok.head
    return h.pos_ == "PROPN" and h.text[:1].isupper() and h.lower_ in competitions()


@functools.lru_cache(maxsize=1)
def references() -> dict[str, tuple[str, bool]]:
    """Nouns that, as "the NOUN", refer back to an earlier actor (data/references.tsv): noun ->
    (what they refer to, whether a bare plural refers too)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/references.tsv")
    return {row["noun"].lower(): (row["refers_to"], row["plural"] == "yes")
            for _, row in read_tsv(path, ("noun", "refers_to", "plural"), required=("noun", "refers_to"))}


def after_stance_prefix(tok) -> bool:
    """Is tok the word after "anti-" or "pro-" ("anti-Syria journalist", "pro-Russian
    separatists")? A stance towards a country does not make the phrase that country's."""
    doc, i = tok.doc, tok.i
    if i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES


def after_stance_prefix_at(lowers: list[str], texts: list[str], i: int) -> bool:
    """after_stance_prefix(doc[i]) read from the doc's plain lower-case and text columns (a
    TokenTable's `lower` and `text`), with no Token made (perf14; the forms never change)."""
    if i >= 1 and lowers[i - 1] in ("anti-", "pro-"):
        return True
    return i >= 2 and texts[i - 1] == "-" and lowers[i - 2] in STANCE_PREFIXES


def may_name_border(lowers: list[str]) -> bool:
    """False when no word of the doc (its plain lower-case column) is a border noun: then
    located_border is False for every token and border_place is None for every token (perf14)."""
    return not BORDER_NOUNS.isdisjoint(lowers)


def is_shore(h) -> bool:
    """'the western bank of the Dnipro river', 'the left bank', 'the banks of the Euphrates'."""
    if h.lemma_.lower() != "bank":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SIDE_WORDS for c in h.children):  # also "the West Bank"
        return True
    return any(p.dep_ == "pobj" and (p.lemma_.lower() in WATER_NOUNS or p.ent_type_ == "LOC")
               for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _gender_table(name: str, key: str) -> dict[str, str]:
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", f"data/{name}")
    check = lambda row: None if row["gender"] in ("m", "f") else f"gender must be m or f, got {row['gender']!r}"  # noqa: E731
    return {row[key].lower(): row["gender"] for _, row in read_tsv(path, (key, "gender"), required=(key, "gender"),
                                                                  check=check)}


@functools.lru_cache(maxsize=1)
def person_genders() -> dict[str, str]:
    """Lower-case canonical name of a dictionary person -> 'm' or 'f' (data/person_genders.tsv)."""
    return _gender_table("person_genders.tsv", "name")


@functools.lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """Lower-case given name -> 'm' or 'f' (data/first_names.tsv); names used for both are absent."""
    return _gender_table("first_names.tsv", "name")


@functools.lru_cache(maxsize=1)
def gender_words() -> dict[str, str]:
    """Titles and nouns that tell a person's gender: 'mrs', 'queen', 'congresswoman' (data/gender_words.tsv)."""
    return _gender_table("gender_words.tsv", "word")


def word_gender(word: str) -> str | None:
    """'Mr.' -> 'm', 'Queen' -> 'f', 'minister' -> None."""
    return gender_words().get(word.lower().rstrip("."))


def name_gender(name: str) -> str | None:
    """Gender of a person from the name alone: the dictionary's people, else a title or the first
    given name ('Queen Rania', 'Angela Merkel'); None when the name does not tell."""
    known = person_genders().get(name.lower())
    if known:
        return known
    for word in name.split()[:3]:
        g = word_gender(word)
        if g:
            return g
        g = first_name_genders().get(word.lower())
        if g or not word.rstrip(".").isalpha() or len(word.rstrip(".")) > 1:
            return g  # the first word that is not an initial ('J. Smith') decides
    return None


@functools.lru_cache(maxsize=1)
def title_roles() -> dict[str, frozenset[str]]:
    """A title ('president', 'foreign minister') -> the offices of dictionary people it can name
    when it refers back ('the president' -> HOS), from data/title_roles.tsv."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/title_roles.tsv")
    valid = {"HOS", "HOG", "FM", "DM", "IGO"}
    check = lambda row: None if set(row["roles"].split()) <= valid else f"roles must be among {sorted(valid)}"  # noqa: E731
    return {row["title"].lower(): frozenset(row["roles"].split())
            for _, row in read_tsv(path, ("title", "roles"), required=("title", "roles"), check=check)}


@functools.lru_cache(maxsize=1)
def home_agents() -> dict[str, str]:
    """An unnamed institution one state's in wire copy ('treasury', 'federal prosecutor') -> that
    state's ISO3 code, from data/home_agents.tsv (actors12)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/home_agents.tsv")
    check = lambda row: None if len(row["country"]) == 3 and row["country"].isupper() else "country must be an ISO3 code"  # noqa: E731
    return {row["phrase"].lower(): row["country"]
            for _, row in read_tsv(path, ("phrase", "country"), required=("phrase", "country"), check=check)}


@functools.lru_cache(maxsize=1)
def people_homes() -> dict[str, tuple[tuple[str, ...], bool]]:
    """A people's word whose home lands lie in several states ('baloch', 'kurdish') -> (their ISO3
    codes, the default first; whether the first is taken with no place named), from
    data/homelands.tsv (actors26)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/homelands.tsv")

    def check(row):
        codes = row["countries"].split(";")
        if not all(len(c) == 3 and c.isupper() for c in codes):
            return "countries must be ISO3 codes separated by ';'"
        return None if row.get("default") in ("yes", "no", None, "") else "default must be yes or no"

    out = {}
    for _, row in read_tsv(path, ("words", "countries", "default"), required=("words", "countries"), check=check):
        homes = (tuple(row["countries"].split(";")), row.get("default") == "yes")
        for w in row["words"].split(";"):
            if w.strip():
                out[w.strip().lower()] = homes
    return out


@functools.lru_cache(maxsize=1)
def state_titles() -> dict[str, str]:
    """A title only one state's office holder bears ('pope') -> that state's ISO3 code, from
    data/state_titles.tsv (targets4 helper)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/state_titles.tsv")
    check = lambda row: None if len(row["country"]) == 3 and row["country"].isupper() else "country must be an ISO3 code"  # noqa: E731
    return {row["title"].lower(): row["country"]
            for _, row in read_tsv(path, ("title", "country"), required=("title", "country"), check=check)}


def is_age_noun(tok) -> bool:
    """'the 71-year-old' used as a noun: the 'old' of 'N-year-old' (the parser tags it an adjective)."""
    doc, i = tok.doc, tok.i
    return tok.lower_ == "old" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("year", "years")


# ---- targets2 helper: border phrases locate an event; they do not name its actors
def located_border(tok) -> bool:
    """Is tok a border noun used as a place: "near the Thai border", "close to Macedonia's border"."""
    if tok.lower_ not in BORDER_NOUNS or tok.dep_ != "pobj":
        return False
    return tok.head.lower_ in LOCATION_PREPS  # "close to the border": "to"


def border_place(tok) -> str | None:
    """How tok names a place in a border phrase used as a location: "owner" for the country whose
    border it is ("the Thai border", "Macedonia's border with Bulgaria": Thai, Macedonia),
    "partner" for the other side ("... border with Bulgaria", "the border between X and Y"),
    None when tok is no such place. Conjuncts count like the first ("with Liberia and Sierra Leone")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    h = tok.head
    if tok.dep_ in ("poss", "compound", "amod", "nmod") and located_border(h):
        return "owner"
    if tok.dep_ == "pobj" and h.lower_ in ("with", "of", "between") and located_border(h.head):
        return "partner" if h.lower_ != "of" else "owner"
    return None


def border_owner(border):
    """The token naming whose border a located border noun is ("Macedonia's border with
    Bulgaria", "the eastern Thai border"), or None; a pronoun names no owner ("massed troops near
    its border with Ukraine": the other side is what the show of force is aimed at)."""
    return next((c for c in border.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                 and c.pos_ != "PRON" and c.text[:1].isupper() and c.lower_ not in BORDER_REGION_WORDS
                 and border_place(c) == "owner"), None)  # ("its Himalayan border with India": no owner, odds11)


def far_side(tok) -> bool:
    """Is tok the other side of a located border whose owner is named: Bulgaria in "villages near
    Macedonia's border with Bulgaria" (the villages are in Macedonia)."""
    if border_place(tok) != "partner":
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return border_owner(tok.head.head) is not None
ACCORD_NAME_NOUNS = _WORDS["ACCORD_NAME_NOUNS"]
ACCORD_TOPIC_WORDS = _WORDS["ACCORD_TOPIC_WORDS"]  # odds5 helper
# place -> the two states of the war named by it; a read-only mapping like the word sets (odds5 helper)
CONFLICT_SIDES = MappingProxyType({k: tuple(v.upper().split("+")) for k, v in (w.split("=") for w in _WORDS["CONFLICT_SIDES"])})


def war_sides(place: str) -> tuple[str, ...]:
    """The two states of the war named by a place ('Nagorno-Karabakh', 'the Gaza'), by its whole
    name or its last word; () when it names no such war (odds5, targets9)."""
    place = place.lower()
    return CONFLICT_SIDES.get(place) or CONFLICT_SIDES.get(place.split()[-1], ()) if place else ()
NATIONAL_COURT_WORDS = _WORDS["NATIONAL_COURT_WORDS"]  # odds3 helper
MERCHANT_SHIP_WORDS = _WORDS["MERCHANT_SHIP_WORDS"]  # odds3 helper
AIRCRAFT_MODELS = _WORDS["AIRCRAFT_MODELS"]  # actors24
SHIP_PREPS = _WORDS["SHIP_PREPS"]  # odds3 helper
REGIONAL_OFFICE_WORDS = _WORDS["REGIONAL_OFFICE_WORDS"]  # odds3 helper
TRAVEL_WORDS = _WORDS["TRAVEL_WORDS"]  # odds3 helper
ABROAD_OBJECT_NOUNS = _WORDS["ABROAD_OBJECT_NOUNS"]  # actors9 helper
OWNER_PARTICIPLES = _WORDS["OWNER_PARTICIPLES"]  # actors9 helper
OF_CHARGE_VERBS = _WORDS["OF_CHARGE_VERBS"]  # targets16 helper
ACTED_ON_PREPS = _WORDS["ACTED_ON_PREPS"]  # stories13 helper
TRADE_PARTNER_NOUNS = _WORDS["TRADE_PARTNER_NOUNS"]  # odds11 helper
BORDER_REGION_WORDS = _WORDS["BORDER_REGION_WORDS"]  # odds11 helper
COALITION_WORDS = _WORDS["COALITION_WORDS"]  # odds12 helper
SURNAME_ARGUMENT_DEPS = _WORDS["SURNAME_ARGUMENT_DEPS"]  # stories12 helper
SURNAME_ARGUMENT_PREPS = _WORDS["SURNAME_ARGUMENT_PREPS"]  # stories12 helper


@functools.lru_cache(maxsize=1)
def coalition_wars() -> dict[str, tuple]:
    """A theatre's ISO3 code -> ((start, end, lead code), ...) of the coalition wars fought there,
    from data/coalition_wars.tsv (odds12): 'coalition forces' with no leader named are the lead
    state's forces in the war the article's date and place put them in."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/coalition_wars.tsv")
    wars: dict[str, list] = {}
    for _, row in read_tsv(path, ("place", "start", "end", "lead"), required=("place", "start", "lead")):
        wars.setdefault(row["place"], []).append((row["start"], row["end"] or "9999-12-31", row["lead"]))
    return {k: tuple(v) for k, v in wars.items()}


def coalition_lead(place: str, date: str | None) -> str | None:
    """The lead state's ISO3 code of the coalition fighting in `place` on `date` (odds12), else None."""
    if not date:
        return None
    for start, end, lead in coalition_wars().get(place, ()):
        if start <= date[:10] <= end:
            return lead
    return None


OFFICE_HOLDING_VERBS = _WORDS["OFFICE_HOLDING_VERBS"]  # carry22 helper
NAMED_BODY_NOUNS = _WORDS["NAMED_BODY_NOUNS"]  # carry22 helper
