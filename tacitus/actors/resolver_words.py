"""Word classes and small lookups shared by the actor resolver's modules."""
from __future__ import annotations

import functools

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom", "whose"}
# verbs whose object is the subject's own creation: "the US announced a naval coalition",
# "Russia formed a new army corps" (the coalition and the corps are theirs)
CREATE_VERBS = {"form", "create", "establish", "found", "launch", "announce", "assemble", "build", "lead",
                "set", "organise", "organize", "raise", "unveil"}
SPOKESMAN_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}  # speak for a body: "it" in their words is that body
GROUP_NOUNS = {"leader", "side", "country", "nation", "government", "president", "minister", "party", "state"}
NAME_DEPS = {"compound", "amod", "flat", "nmod"}  # tokens that are parts of a larger phrase
PLACE_KINDS = {"country", "capital"}
# verbs whose object forces belong to the subject's state ("Ecuador's president ordered troops to the border")
COMMAND_OF_FORCES = {"order", "send", "deploy", "dispatch", "mobilise", "mobilize", "command", "rush", "move"}
# modifiers saying an agent is not of the place or country the text is about ("foreign mediators")
FOREIGN_WORDS = {"foreign", "overseas", "outside", "international", "western"}
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}  # agents of a state: may act abroad
UNIT_SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY", "LEG", "JUD", "OPP", "PTY"}  # "army base", "rebel positions"; not "passenger train"
# agents that belong to the town where they act (police, courts, prosecutors, local officials,
# gunmen, suspects, residents), unlike journalists, companies, rebels or armies
LOCAL_SECTORS = frozenset({"COP", "JUD", "GOV", "UAF", "CRM", "CVL"})
# armed groups outside a state's forces: "the militia", "the militants" refer back to one named before
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})
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


STATE_OWNED_WORDS = {"state", "state-owned", "state-run", "state-controlled", "government-owned", "government-run"}


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


def in_competition_name(tok) -> bool:
    """A word inside the name of a competition: "French" in "the French Open"."""
    if tok.dep_ not in ("compound", "flat", "amod"):
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


PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "capital", "port", "state", "county",
               "area", "territory", "enclave", "island", "peninsula", "governorate", "neighbourhood", "neighborhood",
               "suburb", "quarter", "oblast", "prefecture"}  # "the Tigrayan city", "the Syrian town of Madaya"
BLOC_NOUNS = {"bloc", "grouping", "body", "organisation", "organization", "community", "union", "alliance"}
GROUP_HEADS = {"group", "organization", "organisation", "watchdog"}  # "rights groups": organisations, not people
BLOC_SECTORS = {"GOV", "LEG", "MIL", "COP"}  # agents a regional bloc word turns into the bloc itself
AIDE_NOUNS = {"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "spokesman", "spokeswoman",
              "spokesperson", "deputy", "secretary"}
KIN_NOUNS = {"sister", "brother", "wife", "husband", "son", "daughter", "father", "mother", "widow", "nephew",
             "niece", "cousin", "uncle", "aunt", "brother-in-law", "son-in-law", "daughter-in-law"}
# "Kim Yo Jong, the sister of North Korea's leader": a relative of a known actor is of their country
CITIZENSHIP_NOUNS = {"citizenship", "nationality", "passport"}  # "a minister with British citizenship"
STATE_NOUNS = {"republic", "kingdom", "state", "nation", "country", "emirate", "territory", "enclave", "province", "region"}
BACKER_PARTICIPLES = {"backed", "supported", "sponsored", "funded", "financed", "armed", "allied", "aligned"}
# "Moscow-backed breakaway regions": the name before the participle backs the phrase, it does not own it
SIDE_WORDS = {"west", "western", "east", "eastern", "north", "northern", "south", "southern", "left", "right",
              "opposite", "far", "other"}  # "the western bank of the Dnipro": a shore, not a bank
WATER_NOUNS = {"river", "canal", "lake", "stream", "creek"}


STANCE_PREFIXES = {"anti", "pro", "anti-", "pro-"}


def after_stance_prefix(tok) -> bool:
    """Is tok the word after "anti-" or "pro-" ("anti-Syria journalist", "pro-Russian
    separatists")? A stance towards a country does not make the phrase that country's."""
    doc, i = tok.doc, tok.i
    if i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES


def is_shore(h) -> bool:
    """'the western bank of the Dnipro river', 'the left bank', 'the banks of the Euphrates'."""
    if h.lemma_.lower() != "bank":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in SIDE_WORDS for c in h.children):  # also "the West Bank"
        return True
    return any(p.dep_ == "pobj" and (p.lemma_.lower() in WATER_NOUNS or p.ent_type_ == "LOC")
               for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}


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


def is_age_noun(tok) -> bool:
    """'the 71-year-old' used as a noun: the 'old' of 'N-year-old' (the parser tags it an adjective)."""
    doc, i = tok.doc, tok.i
    return tok.lower_ == "old" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("year", "years")


# ---- targets2 helper: border phrases locate an event; they do not name its actors
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "borderland", "borderlands"})
# prepositions that make a border phrase a location ("camps near the Thai border", "fighting
# along the frontier with Chad"), unlike a border acted on ("closed its border with Syria")
LOCATION_PREPS = frozenset({"near", "along", "on", "across", "at", "by", "beside", "alongside", "from",
                            "to", "toward", "towards", "inside", "within", "straddling"})


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
                 and c.pos_ != "PRON" and c.text[:1].isupper() and border_place(c) == "owner"), None)


def far_side(tok) -> bool:
    """Is tok the other side of a located border whose owner is named: Bulgaria in "villages near
    Macedonia's border with Bulgaria" (the villages are in Macedonia)."""
    if border_place(tok) != "partner":
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return border_owner(tok.head.head) is not None
