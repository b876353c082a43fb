"""References back to actors named earlier: pronouns, 'the two leaders', 'the country', 'the
bloc', 'the Russian president', and unknown names known by an apposition (a mixin of DocActors)."""
from __future__ import annotations

import functools

from tacitus.model import Actor
from tacitus.tables import read_tsv, resource_path
from tacitus.nlp import doc_ents
from tacitus.actors.resolver_words import FOREIGN_OBJECT_VERBS  # actors8 helper
from tacitus.events.syntax import bare_name_subject, date_read_name  # odds10 helper
from tacitus.actors.resolver_words import war_sides  # odds5 helper

SUBJECT_GROUP_REACH = 120  # tokens back a group told as a doer outranks a later one named as an object (stories11)
from tacitus.actors.resolver_words import UNNAMED_BLOC, UNNAMED_BLOC_NOUNS  # actors12 helper
from tacitus.actors.resolver_words import ABROAD_OBJECT_NOUNS, OWNER_PARTICIPLES  # actors9 helper
from tacitus.actors.resolver_words import OF_CHARGE_VERBS  # targets16 helper
from tacitus.actors.resolver_words import ACTED_ON_PREPS  # stories13 helper
from tacitus.actors.resolver_words import HONORIFICS  # actors13 helper
from tacitus.actors.resolver_words import SAID_OF_VERBS  # quotes24 helper
QUOTE_MARKS = ('"', "\u201c", "\u201d")  # quotes24 helper: straight and curly double quotes
from tacitus.actors.resolver_words import NAMED_BODY_NOUNS, OFFICE_HOLDING_VERBS  # carry22 helper
from tacitus.actors.resolver_words import SURNAME_ARGUMENT_DEPS, SURNAME_ARGUMENT_PREPS  # stories12 helper
from tacitus.actors.variants import english_words  # actors13 helper
from tacitus.actors.resolver_words import (
    ARMED_GROUP_SECTORS,
    FEMALE_PRONOUNS,
    GROUP_COUNT_WORDS,
    GROUP_NOUNS,
    MALE_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPOKESMAN_NOUNS,
    STATE_SECTORS,
    SURNAME_OFFICES,
    NATIONAL_SOCIETY_CODES,
    THING_PRONOUNS,
    MAX_PHRASE,
    is_age_noun,
    name_gender,
    references,
    title_roles,
    word_gender,
)


@functools.lru_cache(maxsize=1)
def _state_kinds() -> dict[str, frozenset]:
    """data/state_kinds.tsv: noun -> the ISO3 codes of the states of that kind (stories3 helper)."""
    path = resource_path("tacitus.actors", "data/state_kinds.tsv")
    return {row["noun"].lower(): frozenset(c.strip().upper() for c in row["countries"].split(";") if c.strip())
            for _, row in read_tsv(path, ("noun", "countries"), required=("noun", "countries"))}


@functools.lru_cache(maxsize=1)
def direction_halves() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """data/direction_halves.tsv: 'North' -> ((country, partner, start), ...) (odds2 helper)."""
    path = resource_path("tacitus.actors", "data/direction_halves.tsv")
    out: dict[str, list] = {}
    for _, row in read_tsv(path, ("word", "country", "partner", "start"), required=("word", "country", "partner")):
        out.setdefault(row["word"], []).append((row["country"].upper(), row["partner"].upper(), row["start"] or ""))
    return {w: tuple(v) for w, v in out.items()}


def hyphen_tail(t) -> bool:
    """Is t the last word of a name joined by hyphens around a lower-case linking word
    ("Rostov-on-Don", "Newcastle-upon-Tyne", "Frankfurt-am-Main")? Such a word is the end of a
    town's name, never a person or organisation of its own (actors25)."""
    doc, i = t.doc, t.i
    if i < 3 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 3].text != "-" or doc[i - 3].whitespace_:
        return False
    link = doc[i - 2]
    return link.text.isalpha() and link.text.islower() and not link.whitespace_


def people_by_name_word(d) -> dict:
    """Lower-cased first and last word of every listed person's name -> their entries, built once
    per dictionary (odds2 helper: a bare surname the aliases leave out)."""
    index = getattr(d, "_people_by_word", None)
    if index is None:
        index, seen = {}, set()
        for entries in d.names.values():
            for e in entries:
                if e.kind != "person" or id(e) in seen:
                    continue
                seen.add(id(e))
                words = e.name.split()
                if len(words) < 2:
                    continue
                for w in {words[0], words[-1]}:
                    if len(w) >= 3 and w[:1].isupper():
                        index.setdefault(w.lower(), []).append(e)
        d._people_by_word = index
    return index


def state_of_kind(noun: str, iso: str) -> bool:
    """Can "the NOUN" name the state iso ("the emirate": Qatar, not Saudi Arabia)? Nouns of no
    listed kind ("the country") fit every state."""
    kinds = _state_kinds()
    return noun not in kinds or iso in kinds[noun]


def igo_short_names(d) -> frozenset:
    """Names of an intergovernmental body that are a shorter form of another of its names
    ("Security Council" of "UN Security Council", "General Assembly", "Human Rights Council"):
    generic institution names many states also give their own bodies. Computed once per dictionary."""
    cached = getattr(d, "_igo_short_names", None)
    if cached is not None:
        return cached
    keys_of: dict = {}
    for key, entries in d.names.items():
        for e in entries:
            if e.kind == "org" and e.sector == "IGO" and not e.country:
                keys_of.setdefault(e, []).append(key)
    short = set()
    for keys in keys_of.values():
        for key in keys:
            if len(key) >= 2 and any(len(k) > len(key) and k[-len(key):] == key for k in keys):
                short.add(key)
    d._igo_short_names = frozenset(short)
    return d._igo_short_names


def _name_part(c) -> bool:
    """Is c, a child of a surname, another word of the same name ("Abu Bakar Bashir")? A courtesy
    title is not ("Mr Peskov", "Ms Zakharova"): the surname still stands alone (actors13)."""
    return c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.lower_.rstrip(".") not in HONORIFICS


def _name_word(t) -> bool:
    """Is t read as a name: a proper noun, or a capitalised word the tagger took for a common noun
    that is no English word ("Schaeuble urged Athens", "Raisi accused Washington": the small model
    tags many unfamiliar surnames opening a sentence NOUN) (actors13)."""
    if t.pos_ == "PROPN":
        return True
    if t.pos_ != "NOUN" or not t.text[:1].isupper():
        return False
    low = t.lower_
    words = english_words()
    return low not in words and not (low.endswith("s") and low[:-1] in words)


class ReferenceFinder:
    def _sitting_by_surname(self, m) -> bool:
        """Is the bare surname of match m a sitting head of state or government ("Putin"), or the
        one person of that surname in the dictionary holding a foreign or defence ministry or an
        IGO's top post on the article's date ("Blinken met Xi in Beijing")? Such a surname names
        them even when the article gives neither the full name nor their country."""
        if not self.date:
            return False
        terms = [t for t in m.entry.terms if t.covers(self.date)]
        if any(t.role in ("HOS", "HOG") for t in terms):
            return True
        return any(t.role in SURNAME_OFFICES for t in terms) and sum(e.kind == "person" for e in m.entries) == 1

    def _sole_person_surname(self, m) -> bool:
        """Is the bare surname of match m a proper noun standing alone (no longer name around it,
        not read as a place), naming the one person of the dictionary under it, whose listed code
        holds on the article's date (a dated spell covering it, or a code given for all dates:
        'Haftar rejected the plan', 'Holbrooke' in 1995)?"""
        if not self.date or sum(e.kind == "person" for e in m.entries) != 1:
            return False
        t = self.doc[m.start]
        # the tagger reads many surnames as nationalities ("Klitschko" NORP): only a match that
        # also names a people or country is one (actors13)
        if not _name_word(t) or t.ent_type_ in ("LOC", "FAC") or self._known_place_tag(t) or t.dep_ in ("compound", "flat") \
                or t.ent_type_ == "NORP" and any(e.kind != "person" for e in m.entries) \
                or any(_name_part(c) for c in t.children):
            return False
        # "Mr Varoufakis" a year after he left office: the courtesy title says a person is meant,
        # and the one person of that surname out of office is their country's elite (actors13)
        return any(t.covers(self.date) for t in m.entry.terms) \
            or m.start > 0 and self.doc[m.start - 1].lower_.rstrip(".") in HONORIFICS

    def _known_place_tag(self, t) -> bool:
        """Is t tagged a place (GPE) and known to the gazetteer as one? The small model tags many
        surnames GPE ("Kibaki accused Odinga"); a surname that is also a town ("Lagos") stays a
        place (actors8)."""
        return t.ent_type_ == "GPE" and (self.gazetteer is None or self.gazetteer.lookup(t.text) is not None)

    def _one_country_surname(self, m) -> bool:
        """Is the bare surname of match m a proper noun standing alone that the dictionary gives to
        several people, all of one country, one of them a head of state or government at some time
        ("Clinton accused Trump" in 2016: Bill or Hillary, American either way)? It names one of
        them; the first (the one in office, if any) gives the code (actors11)."""
        people = [e for e in m.entries if e.kind == "person"]
        # ... or one of them in a dated post on the date ("Trump attacked Powell" in 2019: Jerome,
        # not Colin; American either way) (actors13)
        if not self.date or len(people) < 2 or not people[0].country \
                or any(e.country != people[0].country for e in people) \
                or not any(t.role in ("HOS", "HOG") or (t.start or t.end) and t.covers(self.date)
                           for e in people for t in e.terms):
            return False
        t = self.doc[m.start]
        return _name_word(t) and t.ent_type_ not in ("LOC", "FAC") and not self._known_place_tag(t) \
            and t.dep_ not in ("compound", "flat") \
            and not any(_name_part(c) for c in t.children)

    def _former_head_surname(self, m) -> bool:
        """Is the bare surname of match m a proper noun standing alone that names the one person
        of the dictionary under it, and that person a head of state or government at some time,
        though not on the article's date ("Lula accused the judges" in 2018, "Bolsonaro" in 2024,
        "Mahama" as president-elect)? News calls former and future leaders by surname alone as
        it does sitting ones; out of office they code as their country's elite (or the dated
        opposition code their rows give), never as its government (actors8)."""
        if not self.date or sum(e.kind == "person" for e in m.entries) != 1:
            return False
        # ... and likewise a one-time foreign or defence minister or IGO chief, whom news names by
        # surname alone before and after the term ("Blinken urged Nigeria" in 2016, "Lavrov" in
        # 2000, "Pompeo" in 2016) (sources20)
        if not any(t.role in ("HOS", "HOG") or t.role in SURNAME_OFFICES for t in m.entry.terms):
            return False
        t = self.doc[m.start]
        # the small model tags many such surnames ORG ("Sheinbaum") or NORP ("Albanese"); the
        # match holds no place or people reading, so only a place tag speaks against a person
        return _name_word(t) and t.ent_type_ not in ("LOC", "FAC") and not self._known_place_tag(t) \
            and t.dep_ not in ("compound", "flat") \
            and not any(_name_part(c) for c in t.children)

    def _country_not_of_victims(self, h) -> str | None:
        """The article's country for an unnamed actor ('Gunmen kidnapped three French engineers
        off Nigeria'), but never the nationality of those its own clause acts on: the victims'
        demonym says whom the act hit, not who did it. The most named other country, else None
        (the actor is unknown)."""
        dom = self.dominant_country
        if dom is not None and (other := self._country_besides_accused(h, dom)) is not None:
            return other
        if dom is not None and h.dep_ == "nsubjpass" and self._passive_doer_country(h) == dom:
            # "three civilians were killed in a Russian air strike on Kherson", "two soldiers were
            # wounded by Russian shelling": the demonym on the act that hit them is the doer's, not
            # theirs; the place the act hit or happened in, else no country (targets25)
            return self._passive_hit_place(h, dom)
        if dom is not None and h.dep_ in ("dobj", "nsubjpass"):
            return self._attacked_place_country(h, dom) or dom
        if dom is None or h.dep_ not in ("nsubj", "pobj"):
            return dom
        verb = h.head if h.dep_ == "nsubj" else h.head.head  # "kidnapped by gunmen": by -> verb
        if verb.pos_ not in ("VERB", "AUX") or (h.dep_ == "pobj" and h.head.lower_ != "by"):
            return dom
        posted = self._posted_abroad(verb, h, dom)
        if posted is not None:
            return posted
        victims = set()
        for c in verb.children:
            if c.dep_ not in ("dobj", "nsubjpass"):
                continue
            # people the act hits: "French engineers", "Germans"; not things ("Danish web sites"),
            # places ("withdrawal from the Bosnian town") or a state's own agents ("Pakistani
            # policemen" serve at home, so their country is where it happened)
            hit = self.agent_at[c.i]
            if hit is not None and hit[2].sector in STATE_SECTORS:
                continue
            for t in [c, *(x for x in c.children if x.dep_ in ("amod", "compound", "nmod"))]:
                m = self.name_at[t.i]
                if m is not None and m.entry.kind in ("demonym", "people") and m.entry.country \
                        and (hit is not None or m.entry.kind == "people"):
                    victims.add(m.entry.country)
        owners = self._owners_abroad(verb) - victims
        victims |= owners
        if dom not in victims:
            return dom
        # where it happened: "in Johannesburg's townships", "near Kano" (or whence, also when
        # the parser hangs it on the object: "expelled the Chinese ambassador from Yangon", places3)
        whence = [x for c in verb.children if c.dep_ == "dobj" for x in c.children if x.lower_ == "from"]
        for c in [*verb.children, *whence]:
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "outside", "off", "from"):
                for p in c.children:
                    for q in [p, *(x for x in p.children if x.dep_ in ("poss", "compound"))]:
                        found = self.place_country(q)
                        if found and found[0].country not in victims:
                            return found[0].country
        counts: dict = {}
        seen = set()
        for m in self.name_at:
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            iso = m.entry.country
            if iso and iso not in victims and m.entry.kind != "org" and not self._destination(self.doc[m.end - 1]):
                counts[iso] = counts.get(iso, 0) + 1  # (not where a journey goes: odds3)
        if not counts and dom in owners:
            return dom  # no other country named: the owner stays the best guess (actors9)
        return max(counts, key=counts.get) if counts else None

    def _country_besides_accused(self, h, dom: str) -> str | None:
        """'The junta's spokesman accused France of destabilising Niger': an unnamed actor (or
        its possessor) that accuses, blames or warns the very country the guess would give it
        is of the other country the sentence names, not of the one it accuses. None otherwise
        (actors8)."""
        subj = h
        while subj.dep_ == "poss" and subj.head.i != subj.i:
            subj = subj.head
        verb = subj.head
        if subj.dep_ != "nsubj" or verb.lemma_.lower() not in FOREIGN_OBJECT_VERBS:
            return None
        if not any(c.dep_ == "dobj" and (m := self.name_at[c.i]) is not None and m.entry.kind == "country"
                   and m.entry.country == dom for c in verb.children):
            return None
        others = {m.entry.country for m in self.name_at if m is not None and m.entry.country
                  and m.entry.country != dom and m.entry.kind in ("country", "capital", "demonym", "people")}
        return others.pop() if len(others) == 1 else None

    def _owners_abroad(self, verb) -> set:
        """Countries that own what the clause acts on when that is a thing or envoy often far from
        home ('shot down a Malaysian airliner', 'expelled France's ambassador', 'seized a
        Chinese-run mine'): they say whom the act hit, not who the unnamed doer is (actors9)."""
        owners = set()
        for c0 in verb.children:
            if c0.dep_ not in ("dobj", "nsubjpass"):
                continue
            # "ordered French ambassador Sylvain Itte to leave": the envoy's title hung on his name (odds8)
            for c in (c0, *(x for x in c0.children if x.dep_ == "compound" and x.lemma_.lower() in ABROAD_OBJECT_NOUNS)):
                owners |= self._abroad_owner_names(c)
        return owners

    def _abroad_owner_names(self, c) -> set:
        """The countries named on the object c when it is a thing or envoy often far from home (or
        by an owner participle): see _owners_abroad (odds8 helper)."""
        owners = set()
        abroad = c.lemma_.lower() in ABROAD_OBJECT_NOUNS
        for x in c.children:
            if x.dep_ not in ("amod", "compound", "nmod", "poss") or x.i > c.i:
                continue
            if x.lower_ in OWNER_PARTICIPLES:  # "Chinese-run": the name hung on the participle
                x = next((y for y in x.children if y.i < x.i and y.dep_ in ("npadvmod", "compound", "nmod", "amod")), None)
                if x is None:
                    continue
            elif not abroad:
                continue
            m = self.name_at[x.i]
            if m is not None and m.entry.kind in ("country", "demonym", "capital") and m.entry.country:
                owners.add(m.entry.country)
        return owners

    def _posted_abroad(self, verb, h, dom: str) -> str | None:
        """'Militias launched drone attacks on American troops stationed in Syria': a state's
        forces the clause acts on, placed by their own phrase in another country, are abroad; the
        unnamed attackers are of that place, not of the forces' country. None otherwise (actors7)."""
        for t in verb.subtree:
            if t.i == h.i or t.pos_ != "NOUN":
                continue
            hit = self.agent_at[t.i]
            if hit is None or hit[2].sector not in STATE_SECTORS or self._token_country(t) != dom:
                continue
            preps = [c for c in t.children if c.dep_ == "prep"]
            preps += [c for a in t.children if a.dep_ == "acl" for c in a.children if c.dep_ == "prep"]
            for c in preps:
                if c.lower_ not in ("in", "near", "at"):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    found = self.place_country(p)
                    if found and found[0].country and found[0].country != dom:
                        return found[0].country
        return None

    def _token_country(self, t) -> str | None:
        """The country a subject's own name or demonym gives it ('Russian shells', 'Israel')."""
        for x in [t, *(c for c in t.children if c.dep_ in ("amod", "compound", "poss"))]:
            m = self.name_at[x.i]
            if m is not None and m.entry.kind in ("country", "demonym", "people", "capital") and m.entry.country:
                return m.entry.country
        return None

    @staticmethod
    def _passive_acts(h) -> list:
        """The tokens that tell who hit a passive's subject h: the 'by' agent or 'in' phrase of its
        verb ("killed by Russian shelling", "wounded in a Russian drone attack") and the subject
        of a 'when' clause on it ("killed when a Russian missile hit Kherson")."""
        verb = h.head
        acts = []
        for c in verb.children:
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in":
                acts += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "advcl" and any(x.lower_ == "when" for x in c.children if x.dep_ == "advmod"):
                acts += [x for x in c.children if x.dep_ == "nsubj"]
        return acts

    def _passive_doer_country(self, h) -> str | None:
        """The country whose name or demonym marks the act that hit a passive's subject h (see
        _passive_acts), or None."""
        if h.head.pos_ not in ("VERB", "AUX"):
            return None
        for p in self._passive_acts(h):
            # (a place is where, not who: "killed in Kyiv" names no doer)
            # (a demonym is never where: "killed in Pakistani shelling" misparsed with "Pakistani" as
            # the phrase's noun names the doer too)
            words = [(p, ("country", "capital", "demonym", "people") if p.head.dep_ == "agent" else ("demonym",))]
            words += [(c, ("demonym", "people")) for c in p.children if c.dep_ in ("amod", "compound")]
            for x, kinds in words:
                m = self.name_at[x.i]
                if m is not None and m.entry.kind in kinds and m.entry.country:
                    return m.entry.country
        return None

    def _passive_hit_place(self, h, dom: str) -> str | None:
        """The country of the place the act that hit a passive's subject h was aimed at or
        happened in ("in a Russian strike on Kherson", "killed in Russian shelling near Bakhmut",
        "when a Russian missile hit Kherson"); None when none is named."""
        verb = h.head
        heads = [verb, *self._passive_acts(h)]
        heads += [p.head for p in heads[1:] if p.dep_ == "nsubj"]  # the 'when' clause's own verb
        for v in heads:
            for c in v.children:
                places = []
                if c.dep_ == "dobj" and v.pos_ in ("VERB", "AUX") and v is not verb:
                    places = [c]
                elif c.dep_ == "prep" and (c.lower_ in ("in", "near", "at", "on", "outside", "around")
                                           or c.lower_ == "of" and v is not verb and v.pos_ == "NOUN"):
                    places = [p for p in c.children if p.dep_ == "pobj"]  # ("in Russian shelling of Kherson")
                for q in places:
                    for x in [q, *(y for y in q.children if y.dep_ in ("poss", "compound"))]:
                        found = self.place_country(x)
                        if found and found[0].country:
                            return found[0].country  # (the doer's own: "in Syrian shelling of Homs")
        return None

    def _attacked_place_country(self, h, dom: str) -> str | None:
        """'Russian shells pounded Kharkiv, killing four civilians': those an act hits take no
        country from the side that acts on them; when the acting subject (of h's own clause or of
        the clause a participle hangs on) is the article's main country, the country of the place
        the act hits or happens in is theirs. None when there is no such place (actors7)."""
        verb = h.head
        clauses = [verb]
        while len(clauses) < 4 and clauses[-1].dep_ in ("advcl", "xcomp", "conj") \
                and not any(c.dep_ == "nsubj" for c in clauses[-1].children):
            # (also a participle joined to one: "stormed Israeli towns, killing hundreds and seizing
            # hostages" (targets25))
            clauses.append(clauses[-1].head)
        subj = next((c for v in clauses for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or self._token_country(subj) != dom:
            return None
        for v in clauses:
            for c in v.children:
                places = []
                if c.dep_ == "dobj" and c.i != h.i:
                    places = [c, *(p for x in c.children if x.dep_ == "prep" and x.lower_ in ("of", "in")
                                   for p in x.children if p.dep_ == "pobj")]
                elif c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "on", "outside"):
                    places = [p for p in c.children if p.dep_ == "pobj"]
                for q in places:
                    found = self.place_country(q)
                    if found and found[0].country and found[0].country != dom:
                        return found[0].country
        return None

    def _national_body(self, m, owner: str | None) -> str | None:
        """'Turkey's National Security Council', 'Kenya's General Assembly': a country's own body
        named by the short generic form of a UN body's name is that country's (its sector from the
        agent noun, else GOV), not the UN's. The code, or None."""
        e = m.entry
        if owner is None or e.country or e.sector != "IGO":
            return None
        key = tuple(t.lower_ for t in self.doc[m.start : m.end])
        if key not in igo_short_names(self.d):
            return None
        agent = self.d.agents.get(key) or self.d.agents.get(key[-1:])
        return owner + (agent.sector if agent is not None and agent.sector not in ("IGO", "NGO") else "GOV")

    def _national_society(self, m) -> tuple[str, int] | None:
        """'the Turkish Red Crescent', 'Kenya's Red Cross': a country's own society named like the
        international body (word set national_society_codes), by the country or demonym right
        before the name. (country ISO3, first token of the country's name), or None."""
        if m.entry.code not in NATIONAL_SOCIETY_CODES or m.start == 0:
            return None
        k = m.start - 1
        if self.doc[k].tag_ == "POS" and k > 0:
            k -= 1
        before = self.name_at[k]
        if before is not None:
            if before.entry.kind in ("country", "demonym") and before.entry.country:
                return before.entry.country, before.start
            return None
        # "the Kenya Red Cross": the tagger's one organisation name hid the country's reading
        word = self.doc[k]
        if not word.text[:1].isupper():
            return None
        found = {e.country for e in self.d.names.get((word.lower_,), ()) if e.kind in ("country", "demonym") and e.country}
        return (found.pop(), k) if len(found) == 1 else None

    def _half_of_pair(self, h) -> list[Actor]:
        """'Seoul accused the North', 'Khartoum accused the South': a capitalised 'the North' or
        'the South' is the half of a split state (data/direction_halves.tsv) when the article names
        that state or its other half, and no other such pair."""
        halves = direction_halves().get(h.text)
        if not halves or not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
                or any(c.dep_ in ("compound", "amod", "nmod") for c in h.children):
            return []
        named = self._home_countries()["any"]
        date = self.date or ""
        fits = {iso for iso, partner, start in halves if start <= date and (iso in named or partner in named)}
        if not fits and not named and self._other_half_in_sentence(h):
            # "The South accused the North of firing two missiles": with both halves and no state
            # named, the pair the news has always called so (Korea), not a later split (resolve17)
            fits = {iso for iso, partner, start in halves if not start}
        if len(fits) != 1:
            return []
        iso = fits.pop()
        return [self._make(h, h.i, self.d.country_name(iso), iso, iso, None, "country")]

    @staticmethod
    def _other_half_in_sentence(h) -> bool:
        """Does h's sentence also name the other half ('the South' beside 'the North')?"""
        other = "South" if h.text == "North" else "North"
        return any(t.text == other and t.i != h.i and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                   for t in h.sent)

    def _sitting_namesake(self, h) -> list[Actor]:
        """'Rice met Olmert', 'Trump's summit with Kim': a one-word name the tagger reads as a
        person's, that is the surname (or, for names written family name first, the first word)
        of the people holding a head-of-state, government, foreign or defence office or an IGO's
        top post on the article's date, all under one code. The tables leave such common-word or
        shared surnames out of a person's aliases (odds2 helper)."""
        bare = self.date and ((h.ent_iob_ == "O" or h.ent_type_ == "DATE") and bare_name_subject(h)
                              or h.ent_type_ == "DATE" and date_read_name(h))
        # "Blinken and Wang met": a bare name joined to a known person is a person too, whatever
        # the tagger calls it, and may hold any dated post (China's top diplomat, not its minister)
        paired = h.dep_ == "conj" and any(a.kind == "person" for a in self.actors_at.get(h.head.i, []))
        last = h.i + 1 == len(self.doc) or self.doc[h.i + 1].ent_iob_ != "I"
        # "Mrs May", "Ms Haley": a courtesy title makes the word a person's surname, whatever the
        # tagger reads, and one of any dated post then (UN ambassador, chancellor) (actors13)
        honour = h.i > 0 and self.doc[h.i - 1].lower_.rstrip(".") in HONORIFICS
        if not bare and (not self.date or not last or h.ent_iob_ != "B" and not honour and not (
                paired and h.ent_iob_ == "I" and self.doc[h.i - 1].lower_ in ("and", ","))):
            # (the tagger may run "Sarkozy and Brown" into one entity: the joined name ends it, odds10)
            return []
        if h.ent_type_ != "PERSON" and not paired and not bare and not honour and not (
                h.ent_type_ == "ORG" and h.dep_ in ("nsubj", "dobj", "pobj", "conj")):
            # ("Costa met Macron", "Ford thanked Brezhnev": a one-word surname the tagger reads as a
            # firm, in an argument slot, is the sitting office holder's, odds12)
            return []
        people = people_by_name_word(self.d).get(h.lower_)
        if not people or h.text in self._full_name_words() or hyphen_tail(h):
            return []  # "Usman Khan ... Khan": someone the article names in full, not the sitting one
        offices = SURNAME_OFFICES | {"HOS", "HOG"}
        held = {(t.code, e.name) for e in people for t in e.terms
                if (t.start or t.end) and (paired or t.role in offices) and t.covers(self.date)}
        if not held and (honour or h.ent_type_ == "PERSON" and h.dep_ in ("nsubj", "nsubjpass")):
            # no head or minister of that name then: any dated post (actors13), also for a subject the
            # tagger reads as a person ("Rice met Xi" in 2014: the national security adviser) (actors25)
            held = {(t.code, e.name) for e in people for t in e.terms if (t.start or t.end) and t.covers(self.date)}
        if len({code for code, _ in held}) != 1:
            return []
        code, name = next(iter(held))
        if len(held) > 1:
            name = h.text
        country = code[:3] if code[:3] in self.d.countries else None
        return [Actor(h.text, name, code, country, code[3:6] or None, h.idx, h.idx + len(h.text), "person")]

    def _full_name_words(self) -> set[str]:
        """Words of the names of two or more words the tagger reads as people's (once per article)."""
        words = getattr(self, "_full_names", None)
        if words is None:
            words = {t.text for ent in doc_ents(self.doc) if ent.label_ == "PERSON" and len(ent) > 1
                     and ent[0].lower_.rstrip(".") not in HONORIFICS for t in ent}  # "Mrs May" is no full name
            self._full_names = words
        return words

    def _pronoun(self, h, lower) -> list[Actor]:
        if lower in RELATIVE_PRONOUNS:
            return []
        if lower == "our":
            # '"Russia has shelled our cities," Zelenskiy said': the speaker's country owns what
            # the quoted words call "our", as "Ukrainian cities" would be Ukraine's (quotes22)
            iso = self._our_country(h.head) if h.dep_ == "poss" and h.head.i != h.i else None
            if iso is None:
                return []
            return [self._make(h, h.i, self.d.country_name(iso), iso, iso, None, "country")]
        if lower in PERSON_PRONOUNS:
            # the latest person who was a subject, else the latest person (subjects are salient:
            # in "Blinken told a news conference with Cho. He accused..." he is Blinken); "she"
            # skips men and "he" women, a person of unknown gender fits both
            want = "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None
            start = self._story_start(h)
            # (or a singular title standing for its holder: "Armenia's prime minister said he had
            # signed an agreement" (targets16))
            seen = self._people_seen  # while _resolve_all runs: the entries that pass _one_person_entry (perf16)
            if seen is not None:
                people = [(i, a, dep) for i, a, dep in seen if start <= i < h.i and self._gender(i, a) in (None, want)]
            else:
                people = [(i, a, dep) for i, a, dep in self.history
                          if self._one_person_entry(i, a)  # ("opposition leaders" are no "he")
                          and start <= i < h.i and self._gender(i, a) in (None, want)]
            if h.dep_ in ("dobj", "dative"):
                # "Scholz phoned Putin and urged him to ...": an object "him" is not the subject of
                # its own verb (that would be "himself") (targets4 helper)
                lo, hi = self._coargument_subject(h)
                # (the subject's own possessor can be: "Netanyahu's critics accused him", targets17)
                people = [x for x in people if not lo <= x[0] <= hi or x[2] == "poss"]
            floor = self._sentence_bounds(h.i)[0] - 80
            recent = [x for x in people if x[0] >= floor]
            if h.dep_ == "dobj" and any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in h.head.children):
                # "Putin was among the first to congratulate Erdogan. Biden also congratulated him":
                # the same act done again is done to the same one, the earlier verb's object (stories23)
                verb = h.head.lemma_
                same = next((a for i, a, dep in reversed(recent) if dep == "dobj" and self.doc[i].head.lemma_ == verb), None)
                if same is not None:
                    return [self._copy(same, h)]
            unnamed = self._unnamed_subject(h, want, recent[-1][0] if recent else start)
            for i, a, dep in reversed(recent):
                if unnamed is not None and unnamed > i:
                    return []  # "Anna Weber, a nurse, said she ...": someone we cannot code
                if dep in ("nsubj", "nsubjpass"):
                    return [self._copy(a, h)]
            if unnamed is not None:
                return []
            if people:
                return [self._copy(people[-1][1], h)]
            return []
        if lower in THING_PRONOUNS or lower in PLURAL_PRONOUNS:
            spoken = self._spoken_for(h) or self._said_of(h)
            if spoken:
                return spoken
        if (lower in THING_PRONOUNS or lower in PLURAL_PRONOUNS) and (answered := self._adjunct_object_referent(h)):
            return answered
        if lower == "its" and h.dep_ == "poss" and (owner := self._conjoined_object_owner(h)):
            return owner
        if lower in THING_PRONOUNS and (first := self._conjunct_verb_object(h)):
            return first
        if lower in THING_PRONOUNS:
            # a country, government, organisation or body; not a plural group ("rebels ... it")
            start = self._story_start(h)
            lo, hi = self._coargument_subject(h)
            qlo, qhi = self._quoting_subject(h)
            for i, a, dep in reversed(self.history):
                if a.kind in ("country", "org", "agent") and dep in ("nsubj", "nsubjpass", "poss") and start <= i < h.i \
                        and (self.doc[i].tag_ != "NNS" or self._country_read_as_plural(i, a)) \
                        and not lo <= i <= hi and not qlo <= i <= qhi \
                        and not (dep == "poss" and self._in_apposition(self.doc[i])):  # "rebels", "Houthi rebels"; not "the United Nations"
                    return [self._copy(a, h)]
            return []
        if lower in PLURAL_PRONOUNS and (met := self._conjunct_verb_object(h, plural=True)):
            return met
        if lower in PLURAL_PRONOUNS:
            # the latest subject group: all actors sharing the latest subject head and its conjuncts;
            # one person is not 'they' ("Protesters marched. Prayut said they ..." are the protesters)
            start = max(self._story_start(h), self._sentence_bounds(h.i)[0] - 80)
            lo, hi = self._coargument_subject(h)
            for i, a, dep in reversed(self.history):
                if lo <= i <= hi:
                    continue  # "the air defences shot them down": not the defences
                # "their" stays with named subjects: "... and their leaders vowed" are not the crowd
                subj = self._counted_subject(i) if dep == "pobj" and h.dep_ != "poss" else self.doc[i]
                if subj is not None and subj.dep_ in ("nsubj", "nsubjpass") and start <= i < h.i:
                    heads = [i] + [c.i for c in self._conjuncts(self.doc[i])]
                    group = [x for j in heads for x in self.actors_at.get(j, [])]
                    if len(group) == 1 and self.doc[i].tag_ not in ("NNS", "NNPS") and self._one_person(i, a):
                        continue
                    # a plural noun speaking of itself names one group ("Houthi rebels said
                    # they had launched ...": "they" is the subject of what its own subject said);
                    # not a plural country name ("the Philippines")
                    clause = h.head
                    if h.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass"):
                        # "Houthi rebels said their drones had struck ...": the owner of the
                        # reported clause's subject is the group speaking of itself (sources20)
                        clause = clause.head
                    own_words = (h.dep_ in ("nsubj", "nsubjpass") or h.head.i != clause.i) \
                        and clause.dep_ in ("ccomp", "conj", "advcl") and subj.head.i == clause.head.i
                    plural = own_words and self.doc[i].tag_ in ("NNS", "NNPS") and a.kind != "country"
                    plural = plural or own_words and self._group_org(a)
                    return [self._copy(x, h) for x in group] if len(group) > 1 or a.kind == "agent" or plural else []
            return []
        return []

    def _country_read_as_plural(self, i, a) -> bool:  # types26 helper
        """A country whose name the tagger reads as a plural noun ("Honduras said it would establish
        ties with China": 'Honduras' NNS, lemma 'hondura'): still one country for 'it'; a plural
        demonym ("Ukrainians") is not."""
        t = self.doc[i]
        return a.kind == "country" and t.text[:1].isupper() and t.ent_type_ != "NORP" and t.lower_.endswith("s")

    def _same_plural_again(self, h) -> list[Actor]:
        """'European Union foreign ministers adopted sanctions ... The ministers also agreed to ...':
        a bare "the" and a plural role noun the story used before with an owner (the "ministers",
        "lawmakers", "generals" named earlier) are the same people, not the role guessed for the
        country named last (stories24)."""
        if h.tag_ != "NNS" or self.agent_at[h.i] is None:
            return []
        kids = list(h.children)
        if not kids or any(c.dep_ != "det" or c.lower_ != "the" for c in kids):
            return []
        lemma, start = h.lemma_.lower(), self._story_start(h)
        for i, a, dep in reversed(self.history):
            if i >= h.i or i < start:
                continue
            t = self.doc[i]
            if t.tag_ == "NNS" and t.lemma_.lower() == lemma and any(c.dep_ != "det" for c in t.children) and a.code:
                # (its own kind kept: "the two sides" after "The rebels accused the army" counts it)
                return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), a.kind)]
        return []

    def _conjunct_verb_object(self, h, plural: bool = False) -> list[Actor]:
        """'Kuleba thanked the bloc and called on it to ...', 'Wang accused the United States of
        meddling and warned it not to ...': the object "it" of the second of two verbs sharing one
        subject is the body the first verb acted on, not an older subject (that would be the
        subject itself, or a name the clause never mentions) (stories24)."""
        v = h.head
        if h.dep_ == "pobj" and v.dep_ == "prep":
            v = v.head
        elif h.dep_ not in ("dobj", "dative"):
            return []
        if v.dep_ != "conj" or v.head.pos_ != "VERB" or v.head.i > v.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            return []
        first = next((c for c in v.head.children if c.dep_ == "dobj"), None)
        if first is None:
            return []
        many = first.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in first.children)
        if plural:
            # "Marsudi met Taliban officials in Doha and urged them to ...": "them" are the officials
            # the first verb met, not the people of the place they met in (actors24)
            if not many:
                return []
            return [self._copy(a, h) for q in (first, *self._conjuncts(first)) for a in self.actors_at.get(q.i, [])]
        if many:
            return []
        found = self.actors_at.get(first.i) or self._resolve_head(first)  # ("the bloc": a reference of its own)
        return [self._copy(a, h) for a in found if a.kind != "person"]

    def _adjunct_object_referent(self, h) -> list[Actor]:
        """'Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism', 'Sudan recalled
        its envoy from Egypt, accusing it of backing rebels': the object 'it' of a participle that
        trails a clause and shares its subject is not that subject (that would be 'itself'); it is
        the country the clause acted on, the latest one it names after its subject (stories7)."""
        v = h.head
        if h.dep_ != "dobj" or v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.i > v.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return []
        main = v.head
        subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        for i, a, dep in reversed(self.history):
            if i <= subj.right_edge.i or i >= v.i:
                continue
            # "banned the opposition party, accusing it", "arrested two opposition leaders, accusing
            # them": a body or group the clause acted on (agent nouns too; 'them' for a plural, targets18)
            plural = self.doc[i].tag_ in ("NNS", "NNPS")
            if h.lower_ in PLURAL_PRONOUNS:
                if not (plural and a.kind in ("org", "agent") and dep == "dobj"):
                    continue
            elif plural or a.kind not in ("country", "org") and not (a.kind == "agent" and dep == "dobj"):
                continue
            if dep in ("dobj", "pobj"):
                if dep == "pobj" and self.doc[i].head.lower_ in ("at", "before"):
                    continue  # "filed a case against Myanmar at the ICJ, accusing it": the venue (targets16)
                return [self._copy(a, h)]
        return []

    def _conjoined_object_owner(self, h) -> list[Actor]:  # stories11 helper
        """'Opposition leaders blamed Syria and demanded the withdrawal of its troops', 'Merkel
        criticised Russia and called for the release of its prisoners': 'its' in the second of two
        joined verbs whose subject cannot be 'it' (a plural or a person) is the country or body
        the first verb acted on."""
        v, steps = h.head, 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 5:
            v, steps = v.head, steps + 1
        if v.dep_ != "conj" or v.pos_ != "VERB" or v.head.pos_ != "VERB":
            return []
        first = v.head
        subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "PERSON"
                                or any(c.dep_ == "conj" for c in subj.children)):
            return []
        for o in first.children:
            if o.dep_ != "dobj":
                continue
            found = [a for a in self.actors_at.get(o.i, []) if a.kind in ("country", "org")]
            if found:
                return [self._copy(found[0], h)]
        return []

    @staticmethod
    def _in_apposition(t) -> bool:
        """'China, Pyongyang's main ally, said it opposed the test': an owner named inside an
        apposition only describes the subject; 'it' is the subject (stories7 helper)."""
        for _ in range(3):
            if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
                return False
            if t.dep_ == "appos":
                return True
            t = t.head
        return False

    @staticmethod
    def _group_org(a: Actor) -> bool:
        """'The Taliban said they were ready', 'Hezbollah said they had fired': a movement, rebel,
        militia or opposition group speaking of itself is a 'they' (wire7 helper)."""
        from tacitus.events.words import THEY_GROUP_SECTORS

        return a.kind == "org" and (a.sector or "") in THEY_GROUP_SECTORS

    def _counted_subject(self, i):
        """'Thousands of protesters marched ... they': the people counted by a number or
        quantity subject are that subject; returns the subject token, or None."""
        from tacitus.events.words import GROUP_WORDS, QUANTITY_WORDS

        t = self.doc[i]
        if t.head.lower_ != "of" or t.head.dep_ != "prep":
            return None
        q = t.head.head
        if q.pos_ == "NUM" or q.ent_type_ == "CARDINAL" or q.lemma_.lower() in QUANTITY_WORDS \
                or q.lemma_.lower() in GROUP_WORDS:  # "A group of officers ... they" (odds6)
            return q
        return None

    def _gender(self, i, a: Actor) -> str | None:
        """'m', 'f' or None (unknown, fits both) for the person `a` named at token i: the
        dictionary's people, then the words of the mention ("Mrs Thompson", "Queen Rania") and of
        its apposition or relative clause ("Ng, the widow of ...", "Ng, who resigned her seat"),
        then the first name."""
        cache = self.__dict__.setdefault("_genders", {})
        key = (i, a.name)
        if key not in cache:
            from tacitus.actors.resolver_words import person_genders

            cache[key] = person_genders().get(a.name.lower()) or self._gender_in_text(self.doc[i]) \
                or name_gender(a.name)
        return cache[key]

    def _gender_in_text(self, tok) -> str | None:
        for t in self.doc[max(tok.left_edge.i - 1, tok.i - 8) : tok.i + 1]:
            g = word_gender(t.text)
            if g:
                return g
        for c in tok.children:
            if c.dep_ == "appos":
                g = word_gender(c.lemma_) or word_gender(c.text)
                if g:
                    return g
            if c.dep_ == "relcl" and any(w.lower_ in ("who", "whose") for w in c.children):
                for w in self.doc[c.left_edge.i : min(c.right_edge.i + 1, c.left_edge.i + 15)]:
                    if w.dep_ == "poss" and w.lower_ in ("his", "her"):
                        return "m" if w.lower_ == "his" else "f"
        return None

    def _story_start(self, h) -> int:
        """First token of the story h is in: a headline (a line of its own of three words or more
        and no final punctuation, "Kenya orders jets from France") starts a new story, and nothing
        before it is referred back to. Datelines and pull quotes ("—Testimony from ...") are not
        headlines."""
        starts = self.__dict__.get("_story_starts")
        if starts is None:
            starts = [0]
            for sent in self.doc.sents:
                if sent.start == 0 or len(sent) > 20:
                    continue
                before = self.doc[sent.start - 1]
                if not ("\n" in before.text_with_ws or before.is_space):
                    continue
                words = [t for t in sent if not t.is_space]
                if words[-1].is_punct or not words[0].text[:1].isupper():
                    continue
                alpha = [t for t in words if t.is_alpha]
                if len(alpha) < 3 or all(t.ent_type_ == "DATE" for t in alpha):
                    continue  # a section name ("Reactions") or a dateline ("Saturday, February 2")
                if sent.end < len(self.doc) and ("\n" in sent[-1].text_with_ws or sent[-1].is_space
                                                 or self.doc[sent.end].is_space):
                    starts.append(sent.start)
            self.__dict__["_story_starts"] = starts
        return next(s for s in reversed(starts) if s <= h.i)

    def _unnamed_subject(self, h, want, after: int) -> int | None:
        """The latest person we cannot code ("Anna Weber, a nurse, said ...") who is a subject
        after token `after` and before h, and whose gender is known to be the pronoun's: the
        pronoun is more likely theirs than an earlier actor's. A name that does not tell its
        gender ("Rosa Parks worked for his office") does not hold the pronoun back."""
        people = self.__dict__.get("_person_ents")
        if people is None:  # once per document: the PERSON entities that are subjects
            people = [ent for ent in doc_ents(self.doc) if ent.label_ == "PERSON" and ent.root.dep_ in ("nsubj", "nsubjpass")]
            self.__dict__["_person_ents"] = people
        found = None
        for ent in people:
            if ent.start >= h.i:
                break
            root = ent.root
            if ent.start <= after or root.i in self.actors_at or root.i < self._sentence_bounds(h.i)[0] - 80:
                continue
            if (self._gender_in_text(root) or name_gender(ent.text)) == want:
                found = root.i
        return found

    def _one_person(self, i, a: Actor) -> bool:
        """A person, a pronoun standing for one, or a singular title ("the minister"), also one that
        names a body's officer ("the ICC prosecutor", "the UN chief said he had ...", wire24)."""
        hit = self.agent_at[i]
        return a.kind in ("person", "pronoun") or (a.kind in ("agent", "org") and hit is not None and hit[2].title)

    def _spoken_for(self, h) -> list[Actor]:
        """'Hamas spokesman Fawzi Barhoum said it had launched the rockets', 'a Houthi spokesman
        said they had struck the plant': the body a spokesman speaks for is the 'it' or 'they' of
        their words, not the country named before (the one attacked)."""
        if h.dep_ not in ("nsubj", "nsubjpass") or h.head.dep_ != "ccomp":
            return []
        say = h.head.head
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > h.i:
            return []
        if not any(t.lemma_.lower() in SPOKESMAN_NOUNS for t in self.doc[subj.left_edge.i : subj.i + 1]):
            return []
        found = [a for a in self.actors_at.get(subj.i, []) if a.code]
        return [self._copy(a, h) for a in found]

    def _quoting_subject(self, h) -> tuple[int, int]:
        """The token span of who speaks the direct quote h stands in ('"Hezbollah made a grave
        mistake," the Israeli defence minister said, "and it will pay for it."': the minister), or
        (-1, -2): the quote's 'it' is someone the speaker speaks of, not the speaker, who would say
        "we" (quotes24). Only a quotation mark between h and its saying makes it a direct quote."""
        say, hops = h.head, 0
        while say.dep_ in ("ccomp", "conj", "advcl", "xcomp", "prep", "pobj", "dobj") and hops < 5 and say.head.i != say.i:
            if say.dep_ == "ccomp" and say.head.lemma_.lower() in SAID_OF_VERBS:
                say = say.head
                break
            say, hops = say.head, hops + 1
        if say.lemma_.lower() not in SAID_OF_VERBS:
            return -1, -2
        lo, hi = sorted((h.i, say.i))
        marks = sum(1 for k in range(lo + 1, hi) if self.doc[k].tag_ in ("``", "''") or self.doc[k].text in QUOTE_MARKS)
        if marks % 2 == 0:
            return -1, -2  # no quote, or a quoted word between ('said the raid targeted "terrorists"')
        subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
        return (subj.left_edge.i, subj.right_edge.i) if subj is not None else (-1, -2)

    def _said_of(self, h) -> list[Actor]:
        """'"They are killing children," Erdogan said of Israel', '"They want to provoke us," Lavrov
        said of Ukraine': a quote whose saying names, in its 'of' phrase, the side it speaks about
        makes that side the quote's 'they'/'it' (not the speaker, nor the side named before). Only
        a subject or object of the quoted clause, and only a named country, body or group (quotes24)."""
        if h.dep_ not in ("nsubj", "nsubjpass", "dobj", "poss"):
            return []
        say, hops = h.head, 0
        while say.dep_ in ("ccomp", "conj", "xcomp", "advcl", "nsubj", "dobj") and hops < 4 and say.head.i != say.i:
            if say.dep_ == "ccomp" and say.head.lemma_.lower() in SAID_OF_VERBS:
                say = say.head
                break
            say, hops = say.head, hops + 1
        if say.lemma_.lower() not in SAID_OF_VERBS or say.i < h.i:
            return []  # a quote before its saying: "..., Lavrov said of Ukraine"
        of = [p for c in say.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if len(of) != 1:
            return []
        found = self.actors_at.get(of[0].i) or self._resolve_head(of[0])
        return [self._copy(a, h) for a in found if a.code and a.kind in ("country", "org", "agent")]

    @staticmethod
    def _copy(a: Actor, h) -> Actor:
        return Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "pronoun")

    def _group_reference(self, h) -> list[Actor]:
        """'the two leaders', 'both countries' -> the last two distinct actors of that kind."""
        if h.lemma_.lower() not in GROUP_NOUNS or h.tag_ not in ("NNS", "NNPS"):
            return []
        if h.lemma_.lower() == "side" or (h.lemma_.lower() == "party" and any(
                c.lower_ in ("both", "all", "warring") for c in h.children if c.dep_ in ("det", "amod", "predet"))):
            # ("the warring parties in Sudan" are its sides, not its political parties (odds5))
            if (places := self._named_war_sides(h)):
                return [self._make(h, h.left_edge.i, self.d.country_name(c), c, c, None, "country") for c in places]
            if (place := self._sides_country(h)):
                return [self._make(h, h.left_edge.i, self.d.country_name(place), place, place, None, "country")]
        if self._bare_leaders(h):
            return self._last_person_pair(h)
        if not any(c.lower_ in ("two", "both") for c in h.children) and not (
                h.lemma_.lower() in ("side", "party") and any(c.lower_ == "all" and c.dep_ in ("det", "predet")
                                                             for c in h.children)):
            # ("called on all sides to refrain from violence" after a clash: its two sides, as
            # "both sides" (stories12))
            return self._counted_group(h)
        want_person = h.lemma_.lower() in ("leader", "president", "minister")
        # "Trump arrived in Saudi Arabia ... The two countries signed arms deals": a state's leader
        # stands for the state among 'the two countries' (carry22)
        states = h.lemma_.lower() in ("country", "nation", "state")
        picked: list[Actor] = []
        own_subject = self._clause_subject_span(h)
        for i, a, _ in reversed(self.history):
            if states and a.kind == "person" and a.country and a.sector in ("GOV", "MIL", "LEG"):
                a = Actor(a.text, self.d.country_name(a.country), a.country, a.country, None, a.start, a.end, "country")
            if (a.kind == "person") != want_person and not (not want_person and a.kind == "agent"):
                continue
            if own_subject[0] <= i <= own_subject[1] and not self._named_inside_subject(i, own_subject):
                continue  # "Saudi Arabia and the US urged the two sides": the speakers are not the sides
            if a.kind == "pronoun" or (not want_person and self._in_attribution(self.doc[i])):
                continue  # copies of earlier references; who said it ("..., Saudi Arabia and the US said")
            if all(self._group_key(h, a) != self._group_key(h, b) for b in picked):
                picked.append(a)
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return []
        return [self._copy(a, h) for a in reversed(picked)]

    @staticmethod
    def _bare_leaders(h) -> bool:  # stories23 helper
        """'Pashinyan and Aliyev met in Brussels ... Michel said the leaders had agreed': a bare
        'the leaders' (no country, office or 'of' phrase of their own) refers back to the two
        leaders last named, as 'the two leaders' does, not to the place the story is filed from."""
        return h.lower_ == "leaders" and all(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
            and any(c.dep_ == "det" for c in h.children)

    def _last_person_pair(self, h) -> list[Actor]:  # stories23 helper
        """The latest persons named joined by 'and' ("Pashinyan and Aliyev") before h, in this
        sentence or the two before it; [] when there are none."""
        start = max(self._story_start(h), self._sentence_bounds(h.i)[0] - 80)
        for i, a, _ in reversed(self.history):
            if i >= h.i or i < start or a.kind != "person":
                continue
            group = [a] + [x for c in self._conjuncts(self.doc[i]) for x in self.actors_at.get(c.i, []) if x.kind == "person"]
            if len(group) > 1:
                return [self._copy(x, h) for x in group]
        return []

    def _counted_group(self, h) -> list[Actor]:
        """'Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. The four countries also
        closed their links ...': a group counted from three up is the latest list of that many
        countries (or organisations) joined by 'and', told in an earlier sentence. stories7 helper"""
        counts = dict(w.split("=") for w in GROUP_COUNT_WORDS)
        word = next((c.lower_ for c in h.children if c.dep_ == "nummod" and c.lower_ in counts), None)
        if word is None or h.lemma_.lower() in ("leader", "president", "minister"):
            return []
        want = int(counts[word])
        start = self._sentence_bounds(h.i)[0]
        for i, a, _ in reversed(self.history):
            if i >= start or a.kind not in ("country", "org") or self.doc[i].dep_ == "conj":
                continue
            heads = [i] + [c.i for c in self._conjuncts(self.doc[i])]
            group = [x for j in heads for x in self.actors_at.get(j, []) if x.kind in ("country", "org")]
            if len({x.code for x in group}) == want:
                return [self._copy(x, h) for x in group]
        return []

    def _named_war_sides(self, h) -> list[str]:  # odds5 helper
        """'both sides in the Nagorno-Karabakh conflict', 'both sides of the Ukraine war': the two
        states of a war named by its place (actor_words conflict_sides), else []."""
        if h.i + 1 >= len(self.doc) or self.doc[h.i + 1].lower_ not in ("in", "of"):
            return []
        for p in self.doc[h.i + 1].children:
            mods = [c for c in p.children if c.dep_ in ("compound", "amod", "nmod") and c.i < p.i]
            if p.dep_ != "pobj" or p.pos_ != "NOUN" or not mods:
                continue
            name = self.doc[mods[0].left_edge.i : p.i].text.lower()
            return list(war_sides(name))
        return []

    def _sides_country(self, h) -> str | None:
        """'urged both sides in South Sudan to stop fighting', 'all sides in Yemen's war': the sides
        of one country's conflict, named by the 'in' phrase after them (which the parser may hang
        on the verb) or its war ('in Sudan's war'): that country (targets4 helper)."""
        if h.i + 1 >= len(self.doc) or self.doc[h.i + 1].lower_ not in ("in", "of"):
            return None  # ("both sides of the Libyan conflict" (odds5))
        for p in self.doc[h.i + 1].children:
            if p.dep_ != "pobj":
                continue
            country = self._described_place(p)
            if country is None and p.pos_ == "NOUN":
                # "in Sudan's war", "in the Syrian conflict": the country whose war it is
                country = next((m.entry.country for c in p.children if c.dep_ in ("poss", "amod")
                                and (m := self.name_at[c.i]) is not None
                                and m.entry.kind in ("country", "demonym")), None)
            if country is None and p.pos_ == "NOUN":
                # "in the Tigray conflict", "in the Ukraine war": the place naming the war (targets6)
                country = next((k for c in p.children if c.dep_ == "compound" and c.i < p.i
                                and self.name_at[c.i] is not None and (k := self._described_place(c))), None)
            if country:
                return country
        return None

    def _named_inside_subject(self, i: int, span: tuple[int, int]) -> bool:
        """Is the actor at token i named inside a clause or phrase that describes the subject
        rather than being it ("Turkey and Qatar, which mediated between Russia and Ukraine,
        praised the two sides", "the AU, alarmed by the standoff between Rwanda and Congo")? Those
        are the sides; "the foreign ministers of France and Britain" stay the speakers (odds3)."""
        t, steps = self.doc[i], 0
        while span[0] <= t.head.i <= span[1] and t.head.i != t.i and steps < 12:
            if t.dep_ in ("relcl", "acl", "advcl") or (t.dep_ == "prep" and t.lower_ != "of"):
                return True
            t, steps = t.head, steps + 1
        return False

    @staticmethod
    def _coargument_subject(h) -> tuple[int, int]:
        """Token span of the subject of the verb an object pronoun belongs to ("India accused it",
        "Russia imposed sanctions on it", "air defences shot them down"): a plain pronoun there
        never means that subject (that would be "itself"); (-1, -1) for subjects and possessives
        ("India recalled its envoy"). targets3 helper"""
        if h.dep_ not in ("dobj", "dative", "pobj"):
            return (-1, -1)
        return ReferenceFinder._clause_subject_span(h)

    @staticmethod
    def _clause_subject_span(h) -> tuple[int, int]:
        """Token span of the subject of the verb that 'the two sides' is an object or addressee
        of ((-1, -1) when h is itself the subject or there is none)."""
        v, steps = h.head, 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 4:
            v, steps = v.head, steps + 1
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.i == v.i:
            return (-1, -1)
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != h.i:
                return (c.left_edge.i, c.right_edge.i)
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            # "phoned Putin and urged him": the conjoined verb shares its head's subject (targets4)
            for c in v.head.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    return (c.left_edge.i, c.right_edge.i)
        return (-1, -1)

    @staticmethod
    def _group_key(h, a: Actor) -> str:
        """What makes two earlier actors two members of 'the two sides': different countries for
        'the two countries' or 'both leaders', but 'the two sides' or 'both parties' of a civil
        war are two actors of one country (the army and the RSF)."""
        return a.code if h.lemma_.lower() in ("side", "party") else a.code[:3]

    def _definite_reference(self, h) -> list[Actor]:
        """'the country' -> the latest country named before it; 'the bloc' -> the latest IGO."""
        kind, plural = references().get(h.lemma_.lower(), (None, False))
        if kind is None or h.ent_type_ and not (kind == "body" and h.text.islower()):
            return []  # (the tagger may run "the council of fraud" into an organisation's name)
        # the tagger sometimes reads a lower-case "bloc" as a proper noun
        singular = h.tag_ == "NN" or (h.tag_ == "NNP" and h.text.islower())
        if plural and h.tag_ == "NNS":
            # "allies had stepped up intelligence sharing": the alliance named just before
            if any(c.dep_ == "det" and c.lower_ != "the" for c in h.children):
                return []  # "some allies", "two allies": members, not the alliance
            earliest = max(0, self._sentence_bounds(h.i)[0] - 60)
        elif singular and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            earliest = h.i - 400
        else:
            return []
        named = [c for c in h.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                 and (self.name_at[c.i] is not None or c.pos_ == "PROPN")]
        members = self._regional_members(named) if named and kind == "country" and singular else None
        if named and members is None:
            return []  # "the Israeli state", "the Russian republic": named, not a reference back
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children) \
                and not (h.dep_ == "dobj" and h.head.lemma_.lower() in OF_CHARGE_VERBS):
            return []  # "the union of ...", "the body of a soldier" (not "accusing the bloc of meddling")
        own = self._own_subject_countries(h) if kind == "country" else set()
        history = self.history
        if own:
            # the state a clause was about, before one named in passing: "Croatia declared
            # independence from Yugoslavia, and the Vatican recognised the new state" is Croatia
            history = [x for x in self.history if x[2] not in ("nsubj", "nsubjpass", "poss")] + \
                [x for x in self.history if x[2] in ("nsubj", "nsubjpass", "poss")]
        for i, a, dep in reversed(history):
            if i >= h.i or i < earliest:
                continue
            if a.country in own:
                continue  # "Russia said it would recognise the new state": not Russia itself
            if kind == "igo" and a.code.startswith("IGO") and (a.kind == "org" or (
                    a.kind == "person" and len(a.code) > 3)):
                # "Kaja Kallas said the bloc would ...", "Stoltenberg said the alliance ...": an
                # IGO's official named before stands for the body (actors11)
                return [self._copy(a, h)]
            if kind == "group" and a.kind == "org" and not a.code.startswith("IGO") \
                    and (a.sector in ARMED_GROUP_SECTORS or a.sector in ("NGO", "PTY")) and not self.is_guess(a):
                return [self._copy(a, h)]
            if kind == "group" and a.kind in ("person", "agent") and a.sector in ARMED_GROUP_SECTORS \
                    and not self.is_guess(a):
                # "Houthi spokesman Yahya Saree said the group would retaliate": the armed group
                # its spokesman or fighters named before belong to (actors11)
                return [self._copy(a, h)]
            if kind == "body" and a.kind in ("org", "agent") and self.doc[i].lemma_.lower() == h.lemma_.lower() \
                    and i != h.i and not self.is_guess(a):
                # "the National Electoral Council declared ..., and the opposition accused the council
                # of fraud": the body named before by the same noun (targets18)
                return [self._copy(a, h)]
            if kind == "country" and a.country and a.kind in ("country", "agent", "person", "org") \
                    and not (a.sector == "MED" and dep in ("dobj", "dative", "pobj")):
                # (not the home of a news outlet told: "told the AP the country had ..." (quotes21);
                # "Saudi state media said the kingdom had ..." is the outlet's own country)
                iso = a.country
                if not state_of_kind(h.lemma_.lower(), iso):
                    continue  # "the emirate" is not Saudi Arabia
                if members and iso not in members:
                    continue  # "the Baltic state" is Latvia, not Russia named after it
                return [Actor(h.text, self.d.country_name(iso), iso, iso, None, h.idx, h.idx + len(h.text), "pronoun")]
        if kind == "igo" and singular and h.lemma_.lower() in UNNAMED_BLOC_NOUNS:
            return self._unnamed_bloc(h)
        return []

    def _unnamed_bloc(self, h) -> list[Actor]:
        """'The bloc's foreign ministers agreed in Brussels ...' with no bloc named before: the bloc
        wire copy leaves unnamed most often (actor_words UNNAMED_BLOC, looked up in the dictionary)
        (actors12)."""
        for name in UNNAMED_BLOC:
            for e in self.d.lookup(name.lower().split()):
                if e.kind == "org" and e.code.startswith("IGO"):
                    return [Actor(h.text, e.name, e.code, e.country, e.sector, h.idx, h.idx + len(h.text), "org")]
        return []

    def _regional_members(self, named) -> frozenset | None:
        """'the Central American country', 'the West African nation', 'the Baltic state': a state
        noun whose name modifiers all name a region or bloc refers back like 'the country' (to a
        member, when the region lists its countries: an empty set allows any). None when a
        modifier names anything else ('the Israeli state', 'the Arab Republic of Egypt')
        (stories4 helper)."""
        members: set = set()
        for c in named:
            m = self.name_at[c.i]
            if m is None or m.entry.kind not in ("bloc", "group"):
                return None
            members.update(m.entry.members)
        return frozenset(members)

    def _own_subject_countries(self, h) -> set:
        """Countries of the subjects of the verbs h is the object of, up its chain of clauses
        ("Belgrade vowed never to recognise the new state": Serbia); a state does not act upon
        itself as 'the new state'."""
        out = set()
        v = h.head
        if h.dep_ == "pobj" and v.lower_ in ACTED_ON_PREPS and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB":
            # "threatened to reimpose sanctions on the country": the state acts upon another (stories13)
            v = v.head.head
        for _ in range(4):
            subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            for c in subjects:
                for t in [c, *self._conjuncts(c)]:
                    out.update(a.country for a in self.actors_at.get(t.i, []) if a.country)
            if subjects or v.dep_ not in ("xcomp", "conj", "prep", "pcomp") or v.head is v:
                break  # a clause with its own subject, or one that is not an open complement
            v = v.head
        return out

    @staticmethod
    def _inside_full_name(surname: str, a: Actor) -> bool:
        """'Rosselló' after 'Ricardo Rosselló Nevares': a middle part of the name as first
        written (Spanish double surnames, 'Kim Jong Un') also names the person later."""
        words = a.text.split()
        return len(words) > 2 and len(surname) > 2 and surname in words[1:-1]

    def _earlier_same_agent(self, h, agent) -> Actor | None:
        """'the rebels', 'the government', 'peacekeepers' with no country of their own: the same
        agent noun named with its owner earlier in the article ("Tamil Tiger rebels", "Sri Lanka's
        government", "U.N. peacekeepers"), before any place of the sentence or the article's
        main country. Not "a court", not a phrase with a place of its own ("rebels in Darfur")."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in h.children):
            return None
        if self._place_of(h) is not None:
            return None
        body = h.lemma_.lower() in NAMED_BODY_NOUNS and h.tag_ == "NN" \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)
        bare = " " not in agent.phrase and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) \
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children)
        for i, a, _ in reversed(self.history):
            if i < h.i - 400:
                break
            if body and a.kind == "org" and i < h.i and a.name.split()[-1].lower() == h.lemma_.lower() \
                    and i >= self._story_start(h):
                # "a warrant from the International Criminal Court. The court accuses him ...": the
                # body the story named in full, not a court of the dateline's country (carry22)
                return self._as_description(h, a, "org")
            hit = self.agent_at[i]
            if hit is None or a.kind == "pronoun" or self.is_guess(a) or hit[2] is not agent and not (
                    bare and hit[2].phrase.rsplit(" ", 1)[-1] == agent.phrase):
                # ("Iran's foreign ministry warned Washington ... The ministry also accused Saudi
                # Arabia": the bare noun is the longer office told before (carry22))
                continue
            if a.kind == "org" and a.sector != agent.sector and agent.sector in STATE_SECTORS:
                continue  # "the Irish Republican Army ... The army said": a state's army, not the group (stories13)
            if a.country and (here := self._fronted_place(h)) is not None and here != a.country:
                return None  # "Separately, in Honduras, police fired ...": a new country, not the earlier police (carry22)
            return Actor(self.doc[h.left_edge.i : h.i + 1].text, a.name, a.code, a.country, a.sector,
                         self.doc[h.left_edge.i].idx, h.idx + len(h.text), "agent")
        return None

    def _fronted_place(self, h) -> str | None:
        """The country of a place phrase put before a subject's own clause ("Separately, in Honduras,
        police fired ...", "In Lima, the army ..."): the sentence moves the story there (carry22)."""
        v = h.head
        if h.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for c in v.children:
            if c.i >= h.i:
                break
            if c.dep_ == "prep" and c.lower_ in ("in", "inside"):
                for p in c.children:
                    if p.dep_ == "pobj" and (country := self._described_place(p)):
                        return country
        return None

    def _titled_person(self, h, agent) -> Actor | None:
        """'the minister', 'the president', 'the congresswoman', 'the 71-year-old' with no country
        of their own: the latest person of the story whose title agrees (their own mention carried
        it, or their office in the dictionary fits it) and whose gender fits; None when nobody
        agrees, and never across a headline."""
        if h.ent_type_ == "PERSON" or h.tag_ in ("NNS", "NNPS"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return None
        aged = is_age_noun(h) or any(is_age_noun(c) for c in h.children if c.dep_ == "amod")
        if agent is None and not aged or agent is not None and not agent.title:
            return None
        want = word_gender(h.lemma_) or word_gender(h.text)
        fitted = None  # the latest person whose office in the dictionary fits, told with another title
        speakers = set()
        if h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ccomp":
            # "He said the president was confined": the one who speaks of 'the president' is not him (stories13)
            speakers = {x.name for c in h.head.head.children if c.dep_ == "nsubj" for x in self.actors_at.get(c.i, [])}
        for i, a in self._story_before(h):
            if speakers and a.name in speakers:
                continue
            if a.kind == "agent" and agent is not None and a.country and not self.is_guess(a) \
                    and (hit := self.agent_at[i]) is not None and hit[2].title \
                    and hit[2].phrase.split()[-1] == agent.phrase.split()[-1]:
                # "Iran's foreign minister arrived ... The minister accused ...": an unnamed
                # office-holder told before with his state is the bare title's referent (actors11)
                return fitted or self._as_description(h, a, "agent")
            if a.kind != "person" or (want and self._gender(i, a) not in (None, want)):
                continue
            if agent is None:
                return self._as_description(h, a, "person")
            held = self._holds_title(i, a, agent)
            if held == "own":
                return self._as_description(h, a, "person")
            if held and fitted is None:
                # "U.S. President Donald Trump met North Korean leader Kim Jong Un ... the president
                # praised Kim": a person the text itself titled so outranks a later one whose office
                # only the dictionary fits (stories13)
                fitted = self._as_description(h, a, "person")
        return fitted

    def story_home(self, h) -> str | None:
        """The country a whole story is about, as told before h's sentence: the country named most
        often from the story's headline up to that sentence, when it is named at least twice and
        more often than any other ("Lima protesters march on Congress ... The pension reform was
        shelved on Monday": Peru). None in a story's first sentence, so a
        one-sentence text never has one (realstory19: an act whose doer only the article names)."""
        start, sent_start = self._story_start(h), self._sentence_bounds(h.i)[0]
        if sent_start <= start:
            return None
        cache = self.__dict__.setdefault("_story_homes", {})
        key = (start, sent_start)
        if key not in cache:
            counts: dict = {}
            seen = set()
            for m in self.name_at[start:sent_start]:
                if m is None or id(m) in seen or m.start < start:
                    continue
                seen.add(id(m))
                if m.entry.country and m.entry.kind != "org":
                    counts[m.entry.country] = counts.get(m.entry.country, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            best = max(counts, key=counts.get) if ranked else None
            cache[key] = best if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] > ranked[1]) else None
        return cache[key]

    def _story_before(self, h, reach: int = 400):
        """(token index, actor) of the actors named before h, latest first, within `reach` tokens
        and never across a headline."""
        start = self._story_start(h)
        for i, a, _ in reversed(self.history):
            if i >= h.i:
                continue
            if i < start or i < h.i - reach:
                return
            yield i, a

    def _as_description(self, h, a: Actor, kind: str) -> Actor:
        """The actor `a` as the phrase h refers to it ("the minister" -> Sergei Lavrov)."""
        left = h.left_edge.i
        return Actor(self.doc[left : h.i + 1].text, a.name, a.code, a.country, a.sector,
                     self.doc[left].idx, h.idx + len(h.text), kind)

    def _holds_title(self, i, a: Actor, agent) -> bool | str:
        """Does the person named at token i hold the title `agent`? Their mention or apposition
        says so ("Foreign Minister Sergei Lavrov" is 'the minister': "own"), or their office in the
        dictionary on the article date does ('the president' for a head of state); a title the
        office table does not know ('the congresswoman') needs a title of the same sector."""
        tok = self.doc[i]
        words = list(self.doc[max(tok.left_edge.i, i - MAX_PHRASE) : i + 1])
        words += [w for c in tok.children if c.dep_ == "appos" for w in self.doc[c.left_edge.i : c.i + 1]]
        own = [self.agent_at[w.i][2] for w in words if self.agent_at[w.i] is not None and self.agent_at[w.i][2].title]
        last = agent.phrase.split()[-1]
        if any(t.phrase == agent.phrase or t.phrase.split()[-1] == last for t in own):
            return "own"
        roles = title_roles().get(agent.phrase)
        if roles is None:
            return any(t.sector == agent.sector for t in own) or (not own and a.sector == agent.sector)
        m = self.name_at[i]
        if m is None or m.entry.kind != "person":
            return False
        terms = [t for t in m.entry.terms if self.date is None or t.covers(self.date)]
        return any(t.role in roles for t in terms)

    def _earlier_armed_group(self, h, agent) -> Actor | None:
        """'the militants', 'the militia', 'the rebels' with no owner or place of their own: the
        latest armed group of the story ("the Islamic State", "Houthi rebels"), not across a headline."""
        if agent.sector not in ARMED_GROUP_SECTORS or self._place_of(h) is not None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return None
        latest = None
        for i, a in self._story_before(h):
            if a.kind in ("org", "agent") and a.sector in ARMED_GROUP_SECTORS and not self.is_guess(a):
                if latest is not None and h.i - i > SUBJECT_GROUP_REACH:
                    break
                if self._told_as_subject(i):
                    return self._as_description(h, a, "agent")
                if latest is None:
                    latest = a
        # "The Taliban committed to prevent al Qaeda from using Afghan soil. Pompeo urged the
        # militants ...": the group the story tells as a doer, not one named as its object, unless
        # no doer is near (stories11)
        return self._as_description(h, latest, "agent") if latest is not None else None

    def _told_as_subject(self, i: int) -> bool:  # stories11 helper
        """Is the actor named at token i a clause's subject (or joined to one)?"""
        t = self.doc[i]
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t.dep_ in ("nsubj", "nsubjpass")

    def _link_description(self, code: str, h, scope) -> Actor | None:
        """'the Russian president' -> the person with that code named earlier in the article."""
        if not any(t.lower_ == "the" for t in scope) or h.ent_type_ == "PERSON":
            return None
        agent = self.agent_at[h.i]
        if agent is None or not agent[2].title:
            return None
        for _, a, _ in reversed(self.history):
            if a.kind == "person" and a.code == code:
                return Actor(self.doc[scope[0].i : h.i + 1].text, a.name, a.code, a.country, a.sector,
                             scope[0].idx, h.idx + len(h.text), "person")
        return None

    def _place_named_surname(self, h) -> list[Actor]:
        """A bare surname the tagger reads as a place ("Prosecutors accuse Toledo", "praised Lagos")
        in an argument slot, after the person's full name earlier in the story: that person, not a
        town of that name (stories12 helper)."""
        if h.dep_ not in SURNAME_ARGUMENT_DEPS and not (h.dep_ == "pobj" and h.head.lower_ in SURNAME_ARGUMENT_PREPS):
            return []
        for _, a, _ in reversed(self.history):
            if a.kind == "person" and a.name.endswith(h.text):
                parts = a.name.split()
                if len(parts) > 1 and parts[-1] == h.text:
                    return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "person")]
        return []

    def _common_word_surname(self, h) -> list[Actor]:
        """A surname that is also a common word, read as a noun at the start of a sentence ("Wine,
        whose real name is Robert Kyagulanyi, rejected the result", "Rice told reporters"): the
        person of that surname named earlier in the story."""
        if h.pos_ != "NOUN" or h.tag_ != "NN" or not h.text[:1].isupper() or not h.is_sent_start \
                or any(c.dep_ in ("det", "compound", "amod") for c in h.children):
            return []
        for _, a, _ in reversed(self.history):
            parts = a.name.split()
            if a.kind == "person" and len(parts) > 1 and parts[-1] == h.text:
                return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "person")]
        return []

    def _apposed_office_holder(self, h) -> list[Actor]:
        """An unknown person's name put in apposition after their office ("Taiwan's foreign
        minister, Joseph Wu, said ..."): that person, holding the office's code, so that a later
        bare surname ("Wu accused China") finds them as _person_elsewhere finds a name told with
        its apposition after it (stories20)."""
        if h.ent_type_ != "PERSON" or h.head.i >= h.i or len(found := self.actors_at.get(h.head.i, ())) != 1:
            return []
        a = found[0]
        if a.kind != "agent" or not a.code or len(self._ent_text(h).split()) < 2:
            return []
        return [self._make(h, h.left_edge.i, self._ent_text(h), a.code, a.country, a.sector, "person")]

    def _person_elsewhere(self, h) -> list[Actor]:
        """An unknown name: its apposition ("Vadim Krasikov, a Russian") or the same surname
        named earlier in the article with a known code ("Wang" after "Foreign Minister Wang Yi")."""
        for c in h.children:
            if c.dep_ == "appos":
                found = self.actors_at.get(c.i) or self._resolve_head(c)
                if found:
                    a = found[0]
                    return [self._make(h, h.left_edge.i, self._ent_text(h), a.code, a.country, a.sector, "person")]
            elif c.dep_ == "relcl" and c.lemma_.lower() in OFFICE_HOLDING_VERBS \
                    and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children):
                # "Aziz Karimov, who heads Uzbekistan's state security service, met ...": the holder
                # of the office the relative clause's object names (carry22)
                # ("who leads Colombia's ombudsman's office": the office's owner when it names none itself)
                for o in (x for o in c.children if o.dep_ == "dobj" for x in (o, *o.children) if x is o or x.dep_ == "poss"):
                    if (found := self.actors_at.get(o.i) or self._resolve_head(o)) and found[0].country:
                        a = found[0]
                        return [self._make(h, h.left_edge.i, self._ent_text(h), a.code, a.country, a.sector, "person")]
        surname = h.text
        for _, a, _ in reversed(self.history):
            if a.kind != "person":
                continue  # only people are split into their names
            parts = a.name.split()
            if (surname in (parts[0], parts[-1]) or self._inside_full_name(surname, a)) \
                    and a.name != surname:
                return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "person")]
        return []
