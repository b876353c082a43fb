"""Resolve the noun phrases of a parsed article to actors.

`DocActors(doc, dictionary, date)` matches dictionary names and agent nouns once, then
resolves every noun phrase head in document order, so that pronouns ("he", "it") and
definite descriptions ("the two leaders") can refer back to earlier actors.

Resolution of a phrase headed by token h, in order:
1. a known person in the phrase -> their code on the article date (RUSGOV; RUSELI out of office);
2. a named organisation -> its code (IGONAT, USAGOV for "White House");
3. h is a country, capital or people name -> the country (RUS);
4. a country (name, demonym, capital, "of Russia") plus an agent or title noun -> RUS + sector;
5. an agent with no country -> the country of a place it is "in", else the sentence's place,
   else the article's dominant country (lower confidence).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tacitus.actors.dictionary import ActorDictionary, Agent, Entry
from tacitus.actors.countries_of import CountryFinder
from tacitus.actors.references import ReferenceFinder, direction_halves
from tacitus.actors.references import people_by_name_word  # actors13 helper
from tacitus.actors.references import igo_short_names  # resolve17
from tacitus.events.syntax import bare_name_subject, date_read_name, opens_clause  # odds10 helper
from tacitus.events.syntax import children_table  # perf11e
from tacitus.events.syntax import surname_read_adverb  # odds25 helper
from tacitus.events.words import NAME_MODALS  # odds10 helper
from tacitus.events.words import LED_BODY_HEADS, LED_BODY_SECTORS
from tacitus.actors.resolver_words import DOMESTIC_ASKER_SECTORS  # stories23
from tacitus.actors.resolver_words import references  # lead, session 10
from tacitus.actors.resolver_words import PEER_NOUNS  # actors7 helper
from tacitus.actors.resolver_words import US_STATE_CONTEXT, US_STATE_HOMONYMS, people_homes  # actors26
from tacitus.actors.resolver_words import OTHER_SIDE_NOUNS  # quotes22
from tacitus.actors.resolver_words import LEADER_OFFICE_NOUNS, LEADER_STAFF_TITLES, PLACE_OFFICE_NOUNS  # realfix21 helper
from tacitus.actors.resolver_words import state_owned  # sources20 helper
from tacitus.actors.resolver_words import ARGUMENT_DEPS, OWNED_BODY_SECTORS  # actors8 helper
from tacitus.actors.resolver_words import ARMED_GROUP_SECTORS  # lead, session 12
from tacitus.actors.resolver_words import TALKS_WORDS  # targets21
from tacitus.actors.resolver_words import POLICY_HEADS, WEAPON_MODIFIERS  # targets26
from tacitus.actors.resolver_words import FOE_VERBS, GROUP_BRANCH_NOUNS  # actors25
from tacitus.actors.references import hyphen_tail  # actors25
from tacitus.actors.resolver_words import org_branches  # actors10 helper
from tacitus.actors.resolver_words import BRANCH_MEMBER_SECTORS, CROWD_PARTICIPLES, OUSTED_WORDS, home_agents  # actors12
from tacitus.actors.resolver_words import COALITION_WORDS, coalition_lead  # odds12
from tacitus.actors.resolver_words import BACKER_PARTICIPLES, MAKER_PARTICIPLES, PAST_OFFICE_WORDS  # actors12
from tacitus.actors.resolver_words import OFFICE_HEIR_NOUNS  # actors11 helper
from tacitus.actors.resolver_words import HONORIFICS  # actors13 helper
from tacitus.actors.resolver_words import LEADER_PARTICIPLES, OWNER_PARTICIPLES, UNGUESSED_AGENTS  # resolve17
from tacitus.actors.resolver_words import TRADE_PARTNER_NOUNS  # odds11 helper
from tacitus.actors.resolver_words import BLOC_NOUNS, COMPETITION_WORD_DEPS, GROUP_NOUNS  # perf9: gates in _resolve_head
from tacitus.events.words import HOSTING_VERBS, INSTALLATION_NOUNS  # odds11 helper
from tacitus.events.words import SPORT_ROLE_WORDS, SPORT_WORDS  # odds15
from tacitus.actors.resolver_words import (
    ACCORD_NAME_NOUNS,
    ACCORD_TOPIC_WORDS,
    CITIZENSHIP_NOUNS,
    PARTITIVE_WORDS,  # targets20
    CURRENCY_NOUNS,
    CREATE_VERBS,
    GROUP_HEADS,
    KIN_NOUNS,
    LOCAL_SECTORS,
    NATIONAL_COURT_WORDS,  # odds3 helper
    MERCHANT_SHIP_WORDS,  # odds3 helper
    AIRCRAFT_MODELS,  # actors24
    SHIP_PREPS,  # odds3 helper
    REGIONAL_OFFICE_WORDS,  # odds3 helper
    MAX_PHRASE,
    NAME_DEPS,
    PLACE_KINDS,
    STATE_NOUNS,
    SIDE_NOUNS,
    STATE_BODY_HEADS,  # actors5 helper
    PLACE_NAME_PARTICLES,  # actors5 helper
    STANCE_PREFIXES,
    STATE_SECTORS,
    UNIT_SECTORS,
    after_stance_prefix,
    after_stance_prefix_at,
    border_place,
    may_name_border,
    competitions,
    first_name_genders,
    is_age_noun,
    in_competition_name,
    is_shore,
    sector_group,
    state_titles,
)
from tacitus.model import Actor
from tacitus.events.words import WATER_AFTER, WATER_BEFORE, WATER_OF  # targets3 helper
from tacitus.actors.variants import could_start_person, misspelt_country, person_variant
from tacitus.nlp import DASHES, doc_ents, doc_text, ent_at, heads_of_dep, span_text, token_table
from tacitus.nlp import MAYBE_VERB_POS  # perf17

# prepositions whose object places a person or group: "the mayor of Kharkiv" (actors10)
PLACE_PREPS = ("in", "inside", "within", "across", "of")

# sectors of a state's own institutions (and its elites), which a break-away region's authorities
# hold as separatists
BREAKAWAY_SECTORS = frozenset(STATE_SECTORS | {"ELI"})
MAX_VARIANT_WORDS = 6  # words of a name read by variants.person_variant


def _name_word(text: str) -> bool:
    """Can this token continue a person's name: a capitalised word, a particle ("al", "bin",
    "arap") or a hyphen ("el-Sissi")?"""
    return text[:1].isupper() or text == "-" or (text.isalpha() and text.islower() and len(text) <= 4)


@dataclass
class NameMatch:
    start: int  # token index
    end: int  # exclusive
    entries: list[Entry]
    # the first entry, read hundreds of thousands of times per 150 articles: a plain attribute
    # set once, not a property (perf10); nothing replaces a match's entries after it is made
    entry: Entry = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.entry = self.entries[0]


def _subjects_above(h):
    """The subjects (nsubj) of the verbs above h, at most three steps up and within its sentence,
    nearest verb first: where "said"-style rules look for who speaks for h (DocActors._speaker_state,
    _speakers_country)."""
    v = h
    for _ in range(3):
        if v.head.i == v.i:
            return
        v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            continue
        for c in v.children:
            if c.dep_ == "nsubj":
                yield c


class DocActors(CountryFinder, ReferenceFinder):
    """All actor mentions of one parsed document."""

    def __init__(self, doc, dictionary: ActorDictionary, date: str | None, gazetteer=None):
        self.doc = doc
        self.d = dictionary
        self.date = date
        self.gazetteer = gazetteer
        n = len(doc)
        self._actors_memo: dict[int, list[Actor]] | None = None  # actors() answers, once built (below)
        self.name_at: list[NameMatch | None] = [None] * n
        self.agent_at: list[tuple[int, int, Agent] | None] = [None] * n
        self._variant_texts = None  # token texts, read by _variant_match
        table = token_table(doc)
        # the plain columns, read from the doc's TokenTable once (perf11e: `_columns` and
        # `_parse_columns` are asked about 110k times per 150 articles)
        self._cols = (table.lower, table.lemma_lower, [p == "NOUN" or p == "PROPN" for p in table.pos])
        self._pcols = (table.pos, table.dep, table.head)
        self._dep_heads: dict[str, set[int]] = {}  # label -> heads_of_dep(doc, label), read by _has_child_dep
        self._match_names()
        self._match_agents()
        self._drop_unsupported_surnames()
        self.dateline_end = self._dateline_end()  # odds11
        self.dominant_country = self._dominant_country() or self._domestic_org_country()
        self.actors_at: dict[int, list[Actor]] = {}
        # actors whose country was guessed from context, by id(); the dict keeps each one alive so
        # that a discarded guess's id() is never reused by a later, unguessed actor
        self.context_guess: dict[int, Actor] = {}
        self.history: list[tuple[int, Actor, str]] = []  # (token index, actor, dep) in order
        # while _resolve_all runs, the history entries a "he"/"she" can stand for, kept as they are
        # added (see references._pronoun); None before and after, when the history is rescanned
        self._people_seen: list[tuple[int, Actor, str]] | None = []
        self._resolve_all()
        self._people_seen = None
        # actors(head) is asked again for about a quarter of its calls (the event rules, roles and
        # facts read the same phrases); what it reads (actors_at, context_guess, the parse) is
        # settled once every head is resolved, so its answers are kept from here on (perf12).
        # forget_actors() drops them where a caller changes what they read (a retagged word, a
        # new context guess).
        self._actors_memo = {}

    # ------------------------------------------------------------------ matching
    def _match_names(self) -> None:
        doc, d = self.doc, self.d
        lowers = self._columns()[0]
        texts = token_table(doc).text
        n, end = len(doc), 0
        lengths = d.name_lengths
        # the tokens where a name can start: a word some name starts with, or a capitalised word
        # of three letters or more for _variant_match; at any other token nothing below is found
        # and the loop moved on by one (one comprehension over the plain lists, perf10)
        for i in [k for k, w in enumerate(lowers) if w in lengths or len(w) >= 3 and texts[k][:1].isupper()]:
            if i < end:
                continue  # inside the name found last
            found = None
            for length in lengths.get(lowers[i], ()):
                if i + length > n:
                    continue
                key = tuple(lowers[i : i + length])
                entries = d.names.get(key)
                if not entries:
                    continue
                span = doc[i : i + length]
                if not self._case_ok(span, key) and not all(e.kind == "bloc" for e in entries):
                    continue  # bloc words are often lower case ("eurozone", "international")
                entries = self._plausible(span, entries)
                if entries and self.d.successions and self.date:
                    entries = [self.d.entry_on(e, self.date) for e in entries]  # "Eritrean" in 1988: ETH
                if len(entries) > 1 and self.date:
                    entries = self._in_office_first(entries)
                if entries:
                    found = NameMatch(i, i + length, entries)
                    break
            if found is None and len(lowers[i]) >= 3 and texts[i][:1].isupper():
                found = self._variant_match(i)  # (its own first test: a capitalised word; perf9)
            if found and self._former_union_part(found, lowers):
                found = None  # "the former Soviet republics": the states that left it
            if found and found.end + 1 < len(lowers) and lowers[found.end] == "-" and lowers[found.end + 1] in ("style", "era") \
                    and found.entry.kind in ("country", "demonym"):
                found = None  # "Soviet-style", "Soviet-era jets": a manner or a period, no actor (realnews24)
            if found and hyphen_tail(doc[found.start]):
                found = None  # "Rostov-on-Don", "Newcastle-upon-Tyne": the end of a town's name, no person (actors25)
            if found and self._water_name_part(found, lowers):
                found = None  # "Lake Chad", "the Gulf of Guinea": water, not the country (targets3)
            if found and self._group_name_as_place(found, lowers):
                found = None  # "drills in the Baltic": the sea, not the Baltic states (targets11)
            if found and self._accord_name_part(found, lowers):
                found = None  # "the Riyadh agreement": an accord's name, not Saudi Arabia (regional2)
            if found and found.entry.kind == "capital" and self._longer_place_part(found):
                found = None  # "Mocimboa da Praia": a Mozambican town, not Cape Verde's capital
            if found and self._national_court_part(found, lowers):
                found = None  # "a Dutch appeals court in The Hague": the country's own court (odds3)
            if found:
                for j in range(found.start, found.end):
                    self.name_at[j] = found
                end = found.end
        self._us_state_names(lowers)

    def _us_state_names(self, lowers) -> None:
        """A country's name that is also a US state's ('Georgia') names the state, so the USA, in a
        document with words only a US state's news has and no other Georgian word ("A grand jury in
        Georgia indicted Trump", "Georgia Republicans"; "Georgia accused Russia" and "Tbilisi ...
        Georgia" stay the country) (actors26; one office after the name: countries_of._country_in)."""
        hits = [m for i, m in enumerate(self.name_at) if m is not None and m.start == i and m.end == i + 1
                and lowers[i] in US_STATE_HOMONYMS and m.entry.kind == "country"]
        if not hits:
            return
        homes, starts = {m.entry.country for m in hits}, {m.start for m in hits}
        if any(m is not None and m.start not in starts and m.entry.country in homes for m in self.name_at):
            return  # "Georgian", "Tbilisi", a Georgian minister: the country
        text = " " + " ".join(lowers) + " "
        if not any(f" {w} " in text for w in US_STATE_CONTEXT):
            return
        usa = [e for e in self.d.names.get(("united", "states"), ()) if e.kind == "country"]
        if not usa:
            return
        for m in hits:
            self.name_at[m.start] = NameMatch(m.start, m.end, usa)

    def _in_office_first(self, entries: list[Entry]) -> list[Entry]:
        """Namesakes the dictionary lists under one name ("Bush": father and son): the one who held
        an office on the article's date comes first, so a bare "Bush" in 2004 is the son (wire7)."""
        held = [e for e in entries if e.kind == "person" and any(t.covers(self.date) for t in e.terms)]
        return held + [e for e in entries if e not in held] if held and held[0] is not entries[0] else entries

    def _variant_match(self, i: int) -> NameMatch | None:
        """A name the dictionary writes otherwise, starting at token i: a person in another
        transliteration ("Husni Mubarak") or a country name with a typo ("Azerbijan");
        see variants.py. Only capitalised words are tried."""
        texts = self._variant_texts
        if texts is None:
            texts = self._variant_texts = token_table(self.doc).text
        word = texts[i]
        if len(word) < 3 or not word[0].isupper() or not word.isalpha():
            return None
        n = len(texts)
        end = i + 1
        while end < n and end - i < MAX_VARIANT_WORDS and _name_word(texts[end]):
            end += 1
        while end > i + 1 and not texts[end - 1][:1].isupper():
            end -= 1  # a name ends on a capitalised word, not on a particle or hyphen
        if end > i + 1 and could_start_person(self.d, word):
            for stop in range(end, i + 1, -1):
                if stop < end and not texts[stop - 1][:1].isupper():
                    continue
                entries = person_variant(self.d, texts[i:stop])
                if entries:
                    return NameMatch(i, stop, self._plausible(self.doc[i:stop], entries) or entries)
        entries = misspelt_country(self.d, word, self.gazetteer)
        if entries:
            entries = self._plausible(self.doc[i : i + 1], entries)
            if entries and self.d.successions and self.date:
                entries = [self.d.entry_on(e, self.date) for e in entries]
            return NameMatch(i, i + 1, entries) if entries else None
        return None

    def _columns(self):
        """Lower-case forms, lower-case lemmas and noun flags of all tokens (from the doc's
        TokenTable: plain lists, read once per doc)."""
        return self._cols  # (made in __init__)

    def _parse_columns(self):
        """Part of speech, dependency label and head index of all tokens (from the doc's
        TokenTable: looking at them makes no spaCy Token object; made in __init__)."""
        return self._pcols

    def _has_child_dep(self, i: int, dep: str) -> bool:
        """Whether token i has a child with this dependency label (from the plain columns, the
        doc's `nlp.heads_of_dep` sets: perf10 made them one mechanism)."""
        found = self._dep_heads.get(dep)
        if found is None:
            found = self._dep_heads[dep] = heads_of_dep(self.doc, dep)
        return i in found

    def _drop_unsupported_surnames(self) -> None:
        """A bare surname ("Marrero", "Johnson") is a known office holder only if the article also
        names them in full or mentions their country; otherwise it is someone else."""
        matches = {id(m): m for m in self.name_at if m is not None}.values()
        countries = {m.entry.country for m in matches if m.entry.kind != "person" and m.entry.country}
        full = {m.entry.name for m in matches if m.entry.kind == "person" and m.end - m.start > 1}
        # full names the article gives to people the dictionary does not know, by surname:
        # "Judge Victor Marrero" makes a later "Judge Marrero" him, not Cuba's prime minister
        others: dict[str, set[str]] = {}
        for ent in doc_ents(self.doc):
            if ent.label_ == "PERSON" and len(ent) > 1:
                words = [t.text for t in ent if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in HONORIFICS]
                if len(words) > 1:  # "Mrs Merkel" is Merkel alone: a courtesy title is no given name (actors13)
                    others.setdefault(ent[-1].text, set()).add(" ".join(words))
        for m in list(matches):
            e = m.entry
            if self._other_given_name(m) or self._other_surname(m):
                for j in range(m.start, m.end):
                    self.name_at[j] = None  # "Rifaat al-Assad", "Abu Bakar Bashir": someone else
                continue
            if e.kind != "person" or m.end - m.start > 1 or len(e.name.split()) < 2:
                continue
            namesakes = others.get(self.doc[m.start].text, set())
            if namesakes and e.name not in full and not any(n.split()[0] == e.name.split()[0] for n in namesakes):
                for j in range(m.start, m.end):
                    self.name_at[j] = None
                continue
            if e.name in full or (e.country and e.country in countries) or not e.country:
                continue
            before = self.agent_at[m.start - 1] if m.start > 0 else None
            if before is not None and before[2].title:
                continue  # "President Bouteflika": the title vouches for the office holder
            if self._sitting_by_surname(m):
                continue  # a sitting head of state or government is news by surname alone ("Putin")
            if self._sole_person_surname(m):
                continue  # "Haftar rejected the plan": the one person of that surname, in that role then
            if self._former_head_surname(m):
                continue  # "Lula accused the judges" in 2018: a former (or future) leader by surname
            if self._one_country_surname(m):
                continue  # "Clinton accused Trump" in 2016: every person of that surname is American (actors11)
            for j in range(m.start, m.end):
                self.name_at[j] = None

    def _other_given_name(self, m: NameMatch) -> bool:
        """Is the surname of a known person (matched as an alias: "al-Assad", "Bashir", "Khan")
        the end of a longer name whose given name is not theirs ("Rifaat al-Assad", "Abu Bakar
        Bashir", "Sadiq Khan")? Spellings of the same given name agree in their first three
        letters ("Mohammed"/"Mohammad" Khatami)."""
        e = m.entry
        if e.kind != "person" or m.start == 0 or self.doc[m.start].ent_iob_ != "I":
            return False
        own = [w.lower() for w in e.name.replace("-", " ").split()]
        matched = [t.lower_ for t in self.doc[m.start : m.end] if not t.is_punct]
        if len(matched) >= len(own):
            return False  # the full name (or a longer alias)
        prev = self.doc[m.start - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.ent_type_ != "PERSON" \
                or self.agent_at[prev.i] is not None or self.name_at[prev.i] is not None \
                or prev.lower_.rstrip(".") in HONORIFICS:  # "Ms Zakharova": a courtesy title (actors13)
            return False
        return not any(w[:3] == prev.lower_[:3] for w in own)

    def _other_surname(self, m: NameMatch) -> bool:
        """Is a one-word alias of a known person that is a given name (first_names.tsv: "Itamar"
        for Itamar Franco, "Nawaz") the start of a longer name whose other words are none of theirs
        ("Itamar Ben-Gvir", "Nawaz Khan")? Then it names someone else (regional2 helper)."""
        e = m.entry
        if e.kind != "person" or m.end - m.start != 1 or m.end >= len(self.doc):
            return False
        low = self.doc[m.start].lower_
        if low not in first_name_genders():
            # "Burhan Ghalioun": the surname of a person written given name first (Abdel Fattah
            # al-Burhan) opening a longer name is there someone's given name (actors13); "Hu
            # Chunhua": a family name written first ("Hu" Jintao) opens other names of its people
            words = e.name.lower().split()
            if len(words) < 2 or low == words[0] or low not in words[-1].split("-"):
                return False
        nxt = self.doc[m.end]
        if nxt.ent_iob_ != "I" or nxt.ent_type_ != "PERSON" or not nxt.text[:1].isupper() \
                or self.agent_at[nxt.i] is not None or self.name_at[nxt.i] is not None:
            return False
        own = {w.lower() for w in e.name.replace("-", " ").split()}
        end = m.end
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        rest = {w.lower() for t in self.doc[m.end:end] for w in t.text.split("-") if w}
        return not (own & rest)

    @staticmethod
    def _given_name_first(span) -> bool:
        """'Karen Bass', 'Karen Pierce': a people word that is also a common given name, opening a
        person's name, is the given name (targets2 helper)."""
        if len(span) != 1 or span.end >= len(span.doc) or token_table(span.doc).ent_type[span.start] != "PERSON":
            return False  # (perf17: the label from the column; nothing after the parse sets entities)
        nxt = span.doc[span.end]
        return nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" \
            and span[0].lower_ in first_name_genders()

    def _case_ok(self, span, key) -> bool:
        if key in self.d.case_sensitive:
            return all(t.text.isupper() or not t.text.isalpha() for t in span)
        if len(span) > 1 and span[-1].text.islower() and span.start > 0 and span.doc[span.start - 1].lower_ in ("a", "an") \
                and not getattr(self.d.agents.get((span[-1].lower_,)), "title", False):
            # ("a Republican senator": one member of the named body, an agent noun (realnews19b))
            return False  # "a Catholic church in Baghdad", "an Islamic state": a kind of thing, no name (targets15)
        texts = token_table(self.doc).text  # (perf17: the forms from the column, no Token per word)
        return any(texts[k][:1].isupper() for k in range(span.start, span.end))

    def _ent_iob(self) -> list[int]:
        """Each token's entity IOB code (spaCy's `ent_iob`: 1 inside, 2 outside, 3 beginning, 0 unset),
        read once per doc with `Doc.to_array` for `_plausible`'s walks over an entity's words
        (perf17): nothing after the parse sets entities."""
        iob = self.__dict__.get("_iob")
        if iob is None:
            from spacy.attrs import ENT_IOB

            iob = self.__dict__["_iob"] = self.doc.to_array(ENT_IOB).tolist() if len(self.doc) else []
        return iob

    def _plausible(self, span, entries: list[Entry]) -> list[Entry]:
        """Drop place readings inside a longer person or organisation name ("Michael Jordan"),
        unless the rest of the name is an agent noun: "Thames Valley Police" is a police force
        of that place, "the US Embassy" the embassy of that country."""
        if self._given_name_first(span):
            entries = [x for x in entries if x.kind not in ("demonym", "people")]
        doc = span.doc
        if token_table(doc).ent_type[span.start] not in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
            return entries  # (perf17: the label from the column, a Token only past it)
        first = span[0]
        iob = self._ent_iob()  # (ent_iob 1 is ent_iob_ "I": perf17, no Token per word)
        start = first.i
        while start > 0 and iob[start] == 1:
            start -= 1
        if start < first.i and doc[start].lower_ == "the":
            start += 1  # "the State of Palestine" tagged as one ORG: the article is no part of the name (targets5)
        end = span.end
        while end < len(doc) and iob[end] == 1:
            end += 1
        # the tagger's entity often swallows a possessive ("Sri Lanka's" as one PERSON) or a
        # whole list ("Mali, Burkina Faso" as one ORG): neither makes the place part of a name
        while end > span.end and doc[end - 1].tag_ == "POS":
            end -= 1
        # nor does a clause verb the tagger's entity swallowed ("Ministry of Defence accused Burkina
        # Faso" as one ORG): a name never runs across a lower-case verb (resolve17)
        # (perf17: a Token only for a word the columns say may be a verb now: MAYBE_VERB_POS)
        table = token_table(doc)
        pos_col, tag_col = table.pos, table.tag
        start = next((k + 1 for k in range(span.start - 1, start - 1, -1)
                      if (pos_col[k] in MAYBE_VERB_POS or tag_col[k] == "JJ") and doc[k].pos_ == "VERB" and doc[k].is_lower), start)
        end = next((k for k in range(span.end, end)
                    if (pos_col[k] in MAYBE_VERB_POS or tag_col[k] == "JJ") and doc[k].pos_ == "VERB" and doc[k].is_lower), end)
        texts, deps = table.text, table.dep  # (forms and labels: nothing after the parse changes them)
        if any(texts[k] in (",", ";") or deps[k] == "cc" for k in range(start, end)):
            return entries
        if start <= self._spaced_dash(start, end) < span.start:
            return entries  # "BAKU - Azerbaijan" tagged as one ORG: a dateline and a name (odds11)
        if span.end < end and doc[span.end].like_num and doc[span.end].head.i != span[-1].i \
                and span[-1].head.i != doc[span.end].i:
            # "promised Ukraine 19.8 billion dollars" tagged as one ORG: a receiver named before the
            # amount it is given is no word of a name (targets22)
            return entries
        if span.end < end and doc[span.end].tag_ == "POS":
            # "Mozambique's Cabo Delgado" tagged as one ORG: a possessive place owns what follows,
            # it is no word of a name (odds15)
            return entries
        if end == span.end and self._body_of_country(span, start):
            return [x for x in entries if x.kind == "country"]
        if end - start > len(span):
            rest = tuple(t.lower_ for t in doc[span.end : end])
            lead = start + 1 if doc[start].dep_ == "det" else start  # "the US Embassy"
            if lead == span.start and rest and self.d.agents.get(rest) is not None:
                return entries
            if lead == span.start and len(rest) > 2 and rest[1] == "of" and self.d.agents.get(rest[:1]) is not None:
                return entries  # "the US Department of Transportation": the country's department (realnews18b)
            return [x for x in entries if x.kind not in PLACE_KINDS]
        return entries

    def _spaced_dash(self, start: int, end: int) -> int:
        """The index of the first dash set off by spaces in doc[start:end] ("BAKU - Azerbaijan"), -1 if none."""
        doc = self.doc
        return next((k for k in range(max(start, 1), end)
                     if doc[k].text in DASHES and doc[k - 1].whitespace_), -1)

    def _body_of_country(self, span, start: int) -> bool:
        """'the Interior Ministry of Austria', 'the Ministry of Defence of Lithuania': a name that
        ends in 'of' + the matched place, after an agent phrase ('interior ministry', 'ministry of
        defence') or a phrase ending in an agent noun ('Health Ministry'), is that country's body,
        not a name the place is merely part of (actors5)."""
        doc = span.doc
        if span.start - start < 2 or doc[span.start - 1].lower_ != "of":
            return False
        lead = start + 1 if doc[start].dep_ == "det" else start
        words = tuple(t.lower_ for t in doc[lead : span.start - 1])
        agents = self.d.agents
        return bool(words) and (agents.get(words) is not None or agents.get(words[-1:]) is not None)

    def _state_body(self, h, country: str, first: int) -> Actor | None:
        """'Germany's Federal Aviation Office', 'the Norwegian Environment Agency': a capitalised
        office, agency or service that a country's name or demonym introduces, and that no
        dictionary or agent phrase names, is that state's body (actors5)."""
        if h.lemma_.lower() not in STATE_BODY_HEADS or not h.text[:1].isupper() or h.ent_type_ == "PERSON":
            return None
        return self._make(h, first, f"{self.d.country_name(country)} {h.text}", country + "GOV", country, "GOV", "org")

    def _speaker_state(self, h, states: bool = False) -> str | None:
        """'Polish Defence Minister X said the government would send tanks': an unnamed government
        in the words of a state official speaks for that official's state, not for the country
        the story names most (actors5); a bare legislature a state's leader speaks to is his own
        ("Poroshenko told parliament that ...", checked before the places the sentence names). The subject of a verb above h (at most three steps up,
        within its sentence) that is an official or body of a state gives its country."""
        for c in _subjects_above(h):
            if c.i >= h.i:
                continue
            for a in self.actors_at.get(c.i, ()):
                if a.country and (a.sector in STATE_SECTORS and a.kind in ("person", "agent", "org")
                                  or states and a.kind in ("country", "capital")
                                  # "Turkish state media said drones had struck ...": a state-run
                                  # outlet speaks for its state (sources20)
                                  or states and a.sector == "MED" and state_owned(a, self.doc)) \
                        and not self.is_guess(a):
                    return a.country
        return None

    def _addressed_state(self, h) -> str | None:  # sources20 helper
        """'Republicans accused Biden of abandoning Americans in Afghanistan', 'Democrats urged
        Trump to ...': lawmakers with no country of their own whose verb acts on a sitting head or
        member of a government (its object) are that state's own legislators, not those of the
        place the rest of the clause names."""
        if h.dep_ != "nsubj" or not self.date:
            return None
        for o in h.head.children:
            m = self.name_at[o.i] if o.dep_ == "dobj" else None
            if m is not None and m.entry.kind == "person":
                code, in_office = self.d.resolve_person(m.entry, self.date)
                if in_office and code[:3] in self.d.countries and code[3:6] in STATE_SECTORS:
                    return code[:3]
        return None

    def _our_country(self, h) -> str | None:  # quotes22
        """The speaker's country for a noun the speaker calls "our" ("our plane", "our soldiers",
        "our borders"), not a state noun (_speakers_country handles "our country" apart) nor another
        side ("our allies"); else None. Costs a look at h's children."""
        has_our = self.__dict__.get("_has_our")
        if has_our is None:  # one look at the text per doc: most docs have no "our"
            has_our = self.__dict__["_has_our"] = "our " in doc_text(self.doc).lower()
        if not has_our or not any(c.dep_ == "poss" and c.lower_ == "our" for c in h.children):
            return None
        lemma = h.lemma_.lower()
        if lemma in OTHER_SIDE_NOUNS or lemma in STATE_NOUNS:
            return None
        # (a national body speaks for its country too: "the Russian defence ministry said")
        return self._speakers_country(h, ("person", "country", "demonym", "capital", "org"), named_he=True)

    def _speakers_country(self, h, kinds=("person", "country", "demonym", "capital"), named_he=False) -> str | None:  # odds18 helper
        """'"Russia is trying to destabilise our country," Moldova's president said', 'Zelensky said
        Russia had attacked his country... our nation': a state noun the speaker calls "our"/"my" is
        the speaker's country. The speaker is the subject of a verb above h's own clause (at most
        three steps), read from its resolved actors or, when it comes later in the sentence, its
        dictionary names."""
        v, steps = h, 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 4:
            v, steps = v.head, steps + 1
        for c in _subjects_above(v):
            for a in self.actors_at.get(c.i, ()):
                if a.country:
                    return a.country
            for k in range(c.left_edge.i, c.i + 1):
                m = self.name_at[k]
                if m is not None and m.entry.country and m.entry.kind in kinds:
                    return m.entry.country
            if named_he and c.lower_ in ("he", "she") and c.i not in self.actors_at:
                # 'Zelenskiy addressed parliament: "Russia attacked our grid," he said': a "he" not
                # yet resolved is the person the sentence named before the quote (quotes22)
                lo = self._sentence_bounds(c.i)[0]
                for k in range(c.i - 1, lo - 1, -1):
                    m = self.name_at[k]
                    if m is not None and m.entry.kind == "person":
                        return m.entry.country or None
        return None

    def _armed_partner_country(self, h, talks: bool = False) -> str | None:
        """'the RSF signed a ceasefire with the army in Jeddah', 'Houthi rebels clashed with the
        army in Marib': the army an armed group of one country deals or fights 'with' is that
        country's, not the army of the place named after it (actors11). With talks, the mirror:
        'Kyiv reached a ceasefire deal with the separatists in Minsk', 'Kuchma met separatist
        leaders in Minsk': the armed group a state talks or signs with is that state's own, and
        the city is where they met (targets21)."""
        if talks and (own := self._foe_of_relative(h)) is not None:
            # "Fidan met the rebels who toppled Assad": the group's own clause names the state it
            # fought, and a group is the rebels of the state it fights, not of whoever meets it (actors25)
            return own
        if talks and h.dep_ == "dobj" and h.head.lemma_.lower() in TALKS_WORDS:
            v = h.head  # "met separatist leaders in Minsk"
        elif h.dep_ != "pobj" or h.head.lower_ != "with":
            return None
        else:
            v = h.head.head
            if talks and v.lemma_.lower() not in TALKS_WORDS \
                    and not any(c.dep_ == "dobj" and c.lemma_.lower() in TALKS_WORDS for c in v.children):
                return None  # (the verb of "signed a peace deal with rebel groups" holds the noun)
            if v.pos_ not in ("VERB", "AUX") or talks and v.dep_ == "dobj":
                v = v.head  # "signed a ceasefire with the army": the noun's verb (also one tagged a verb)
                if v.pos_ not in ("VERB", "AUX"):
                    return None
        for c in v.children:
            if c.dep_ == "nsubj":
                for a in self.actors_at.get(c.i, ()):
                    if a.country and not self.is_guess(a) and (a.sector in ARMED_GROUP_SECTORS) != talks:
                        return a.country
        return None

    def _foe_of_relative(self, h) -> str | None:
        """The country of the state an armed group's own relative clause says it fights ('the rebels
        who toppled Bashar al-Assad': Syria's), read before the talks mirror of _armed_partner_country
        (actors25)."""
        for v in h.children:
            if v.dep_ != "relcl" or v.lemma_.lower() not in FOE_VERBS:
                continue
            for o in v.children:
                if o.dep_ == "dobj":
                    for a in self.actors_at.get(o.i) or self._resolve_head(o):
                        if a.country and a.sector not in ARMED_GROUP_SECTORS:
                            return a.country
        return None

    def _national_branch(self, h) -> Actor | None:
        """'the PKK's Syrian offshoot', 'al-Qaeda's Yemeni branch': an armed movement named as the
        possessor of a branch noun that a country's adjective or name modifies is that country's
        group of the movement's sector (actors25)."""
        iso = None
        for c in h.children:
            if c.dep_ in ("amod", "compound") and c.i < h.i and (m := self.name_at[c.i]) is not None \
                    and m.entry.kind in ("demonym", "country") and m.entry.country:
                iso = m.entry.country
        if iso is None:
            return None
        for c in h.children:
            if c.dep_ == "poss":
                for a in self.actors_at.get(c.i) or self._resolve_head(c):
                    if a.sector in ARMED_GROUP_SECTORS and a.country != iso:
                        return self._make(h, h.left_edge.i, f"{self.d.country_name(iso)} {a.name}", iso + a.sector,
                                          iso, a.sector, "org")
        return None

    def _match_agents(self) -> None:
        lowers, lemmas, _ = self._columns()
        starts = {s for s, _ in token_table(self.doc).sents}  # sentence starts (is_sent_start without a Token)
        matched_to = 0  # tokens before it belong to the agent phrase found last
        for i in self._agent_candidates(lowers, lemmas):
            if i < matched_to:
                continue
            found = self._agent_at(i, starts)
            if found and found[1] - found[0] == 1 and lemmas[i] in SPORT_ROLE_WORDS and self._sport_sentence(i):
                continue  # "the Argentine captain accused the Dutch players": a team's captain (odds15)
            if found:
                for j in range(found[0], found[1]):
                    self.agent_at[j] = found
                matched_to = found[1]

    def _sport_sentence(self, i: int) -> bool:
        """Does the sentence of token i name a sport, a player or a competition ("the World Cup
        final", "the Dutch players")? Asked only for a sport role word (captain, striker), so rare. odds15"""
        from tacitus.events.rules import _joined_sport_word

        sent = self.doc[i].sent
        return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in SPORT_WORDS or in_competition_name(t)
                   or _joined_sport_word(t) for t in sent)  # 'quarter-final' split at its hyphen

    def _agent_candidates(self, lowers: list[str], lemmas: list[str]) -> list[int]:
        """Indices of the tokens `_agent_at` can find an agent phrase at, in order: a lemma or a
        lower-case form some agent row starts with (`agent_lengths`, the data it guards), or a
        form ending in "s" or "men" (the two plural readings `_agent_at` tries). At any other
        token `_agent_at` has no phrase length to try and finds nothing, so one comprehension over
        the plain columns replaces its call there (perf7; tests/test_perf7.py runs `_agent_at` on
        every other token of sample articles and fails if one would match)."""
        rows = self.d.agent_lengths
        return [i for i, (lemma, low) in enumerate(zip(lemmas, lowers))
                if lemma in rows or low in rows or low.endswith(("s", "men"))]

    def _agent_at(self, i: int, starts: set[int]) -> tuple[int, int, Agent] | None:
        """(start, end, agent) of the longest agent phrase starting at token i, or None; `starts`
        holds the doc's sentence starts."""
        doc, d = self.doc, self.d
        lowers, lemmas, nominal = self._columns()
        n = len(doc)
        by_lemma, by_form = d.agent_lengths.get(lemmas[i]), d.agent_lengths.get(lowers[i])
        lengths = set(by_lemma or ()) | set(by_form or ()) if by_lemma or by_form else ()  # most words: none
        if not lengths and lowers[i].endswith("s") and (i in starts or _acronym_plural(token_table(doc).text[i])
                                                        or token_table(doc).tag[i] == "NNPS"):
            # a capitalised plural opening the sentence is tagged a proper noun and keeps its
            # form as lemma: "Rebels in Sierra Leone refused ..." is the agent noun "rebel";
            # so does an acronym's plural anywhere ("Kenyan MPs" has the lemma "mps": "mp"), and a
            # plural the tagger calls proper ("a group of hardline Republicans": "republican") (odds18)
            lengths = set(d.agent_lengths.get(lowers[i][:-1], ()))
            if not lengths and lowers[i].endswith("ies"):
                # "SANTIAGO - Authorities imposed a curfew": "authority" (carry22)
                lengths = set(d.agent_lengths.get(lowers[i][:-3] + "y", ()))
        elif not lengths and lowers[i].endswith("men") and i in starts:
            lengths = set(d.agent_lengths.get(lowers[i][:-3] + "man", ()))  # "Gunmen ...": "gunman" (stories5 helper)
        for length in sorted(lengths, reverse=True):
            end = i + length
            if end > n or not (nominal[end - 1] or length > 1 and doc[end - 1].dep_ in ARGUMENT_DEPS
                               or length == 1 and self._adjective_head(doc[i])):
                continue  # a phrase's last word the tagger calls an adjective ("NATO's secretary-general") still names one in an argument slot (actors8)
            agent = d.agents.get(tuple(lemmas[i:end])) or d.agents.get(tuple(lowers[i:end]))
            if agent is None and lowers[end - 1].endswith("s"):
                # proper-noun plurals keep their form as lemma: "Joint Chiefs" -> "joint chief"
                agent = d.agents.get(tuple(lowers[i : end - 1]) + (lowers[end - 1][:-1],))
                if agent is None and lowers[end - 1].endswith("ies"):
                    agent = d.agents.get(tuple(lowers[i : end - 1]) + (lowers[end - 1][:-3] + "y",))  # carry22
            elif agent is None and lowers[end - 1].endswith("men"):
                agent = d.agents.get(tuple(lowers[i : end - 1]) + (lowers[end - 1][:-3] + "man",))  # stories5 helper
            if agent:
                return (i, end, agent)
        return None

    @staticmethod
    def _adjective_head(t) -> bool:
        """'Zimbabwe's military placed Mugabe under house arrest': one agent word the tagger calls an
        adjective is still the noun when it is a clause's subject or object with its own
        determiner or possessor (actors11)."""
        return t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.pos_ == "ADJ" and any(
            c.dep_ in ("det", "poss") for c in t.children)

    def _longer_place_part(self, found: NameMatch) -> bool:
        """Is a capital's name the end of a longer place name ("Mocimboa da Praia", "Ciudad
        Victoria", "Puerto San Jose") that the gazetteer knows in another country? Then it is
        that place, not the capital (actors5). Up to three capitalised words or name particles
        before it are tried; a longer name the gazetteer does not know keeps the capital."""
        if found.start == 0 or self.gazetteer is None:
            return False
        texts = token_table(self.doc).text
        country = found.entry.country
        for k in range(found.start - 1, max(found.start - 4, -1), -1):
            word = texts[k]
            if word in PLACE_NAME_PARTICLES:
                continue
            if not word[:1].isupper() or k == 0 and word in ("In", "The", "At", "From", "Near"):
                return False
            place = self.gazetteer.lookup(" ".join(texts[k : found.end]))
            if place is not None and place.country != country:
                return True
        return False

    @staticmethod
    def _water_name_part(found: NameMatch, lowers) -> bool:
        """Is a country's name part of a lake, sea or river's ("Lake Chad", "the Gulf of Guinea",
        "the Congo River", word_sets water_*)? Such water borders several states and is none.
        targets3 helper"""
        s, e = found.start, found.end
        water = (s > 0 and lowers[s - 1] in WATER_BEFORE) or (e < len(lowers) and lowers[e] in WATER_AFTER) \
            or (s > 1 and lowers[s - 1] == "of" and lowers[s - 2] in WATER_OF)
        return water and all(x.kind == "country" for x in found.entries)

    def _group_name_as_place(self, found: NameMatch, lowers) -> bool:
        """Is a group's adjective ('Baltic', groups.tsv) used alone as a noun after 'the' ("held
        drills in the Baltic", "flew over the Baltic")? It names the sea there, not the states;
        a plural ("the Baltics") or a noun after it ("Baltic leaders") keeps the states. targets11 helper"""
        s, e = found.start, found.end
        if e - s != 1 or s == 0 or lowers[s - 1] != "the" or lowers[s].endswith("s") \
                or not all(x.kind == "group" for x in found.entries):
            return False
        return e >= len(lowers) or not self._columns()[2][e]

    @staticmethod
    def _accord_name_part(found: NameMatch, lowers) -> bool:
        """Is a capital's name the name of an accord signed there ("the Riyadh agreement", "the
        Minsk agreements", "the Taif accord", actor_words accord_name_nouns)? The accord's parties
        are others than that government. regional2 helper"""
        s, e = found.start, found.end
        return s > 0 and lowers[s - 1] == "the" and e < len(lowers) and (lowers[e] in ACCORD_NAME_NOUNS or (
            lowers[e] in ACCORD_TOPIC_WORDS and e + 1 < len(lowers) and lowers[e + 1] in ACCORD_NAME_NOUNS)) \
            and all(x.kind == "capital" for x in found.entries)  # "the Paris climate agreement" (odds5)

    def _national_court_part(self, found: NameMatch, lowers) -> bool:
        """Is "court in The Hague" (the World Court, organisations.tsv) a country's own court
        because a demonym or a word of a national court's kind stands before it ("a Dutch
        appeals court in The Hague", actor_words national_court_words)? odds3 helper"""
        s = found.start
        if s == 0 or lowers[s] != "court" or not all(x.code.startswith("IGO") for x in found.entries):
            return False
        before = lowers[s - 1]
        return before in NATIONAL_COURT_WORDS \
            or any(x.kind == "demonym" for x in self.d.names.get((before,), ()))

    def _former_union_part(self, found: NameMatch, lowers) -> bool:
        """'former Soviet/Yugoslav republic(s)': a demonym after 'former' and before 'republic' or
        'state' names the states that left the union, not its successor."""
        s, e = found.start, found.end
        return s > 0 and e < len(lowers) and lowers[s - 1] == "former" \
            and lowers[e] in ("republic", "republics", "state", "states") \
            and all(x.kind == "demonym" for x in found.entries)

    def _dominant_country(self) -> str | None:
        counts: Counter = Counter()
        seen = set()
        dated = None
        lowers, texts = self._columns()[0], token_table(self.doc).text  # plain columns: no Token per name (perf14)
        border = may_name_border(lowers)
        for m in self.name_at:
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            country = m.entry.country
            if m.start <= self.dateline_end:
                dated = country  # "SEOUL - North Korea said": where the story was filed, only a last resort (odds11)
                continue
            if country and m.entry.kind != "org" and not after_stance_prefix_at(lowers, texts, m.start):
                # "near the Thai border" says where, not who: half the weight of a mention
                counts[country] += 1 if not border or border_place(self.doc[m.end - 1]) is None else 0.5
        return counts.most_common(1)[0][0] if counts else dated

    def _domestic_org_country(self) -> str | None:
        """The one country of the national bodies an article names when it names no country,
        demonym or person ("The Nigeria Labour Congress rejected the government's offer", "ELN
        rebels freed two soldiers"): a union, party, police force or armed group speaks about its
        own government and forces. None when they belong to different countries."""
        countries = {m.entry.country for m in self.name_at
                     if m is not None and m.entry.kind == "org" and m.entry.country}
        return countries.pop() if len(countries) == 1 else None

    # ------------------------------------------------------------------ resolution
    def _listed_appos(self, h) -> Actor | None:
        """The dictionary person an agent noun with no country of its own is put in apposition to
        ('killed the dissident journalist Jamal Khashoggi in Istanbul': the parser hangs the name,
        and the place after it, on the noun): that person's own code, not the place's (actors12)."""
        for c in h.children:
            if c.dep_ == "appos" and c.i > h.i:
                m = self.name_at[c.i]
                if m is not None and m.entry.kind == "person" and m.entry.country:
                    return self._person_actor(m, c, list(self.doc[c.left_edge.i : c.i + 1]))
        return None

    def _backers(self, scope, h) -> set:
        """Countries named as backers of h ('Russian-backed separatists', 'US-backed forces')."""
        found = set()
        for t in scope:
            if t.i < h.i and t.head.lower_ in BACKER_PARTICIPLES and t.head.i < h.i and t.head.lower_ not in MAKER_PARTICIPLES:
                m = self.name_at[t.i]
                if m is not None and m.entry.country and m.entry.kind in ("country", "capital", "demonym"):
                    found.add(m.entry.country)
        return found

    def _place_besides(self, h, excluded) -> str | None:
        """The first country or place of h's sentence, outside h's own phrase, that is not one of
        `excluded` (backers, the acted-on) (actors12; read only for a backed actor with no country)."""
        start, end = self._sentence_bounds(h.i)
        lo, hi = h.left_edge.i, h.right_edge.i
        for t in self.doc[max(start, 0) : end]:
            if lo <= t.i <= hi or t.pos_ not in ("PROPN", "NOUN"):
                continue
            if t.dep_ == "poss" and border_place(t) == "owner" and not any(
                    c.dep_ == "prep" and c.lower_ in ("with", "between") for c in t.head.children):
                continue  # "Iran-backed militants attacked a base near Jordan's border": which side is not said (odds25)
            m = self.name_at[t.i]
            if m is not None:
                if m.entry.kind not in ("country", "capital", "region") or not m.entry.country:
                    continue
                iso = m.entry.country
            elif t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC"):
                iso = self._place_country(t)
            else:
                continue
            if iso and iso not in excluded:
                return iso
        return None

    def _crowd_sector(self, h) -> str | None:
        """People the text describes by what they are doing as a crowd: 'young people protesting
        against police brutality' (OPP, as 'protesters'); 'striking bus drivers'
        (LAB, as 'strikers') (actor_words CROWD_PARTICIPLES) (actors12)."""
        for c in h.children:
            if (c.dep_ in ("amod", "compound") and c.i < h.i) or (c.dep_ == "acl" and c.tag_ == "VBG" and c.i > h.i):
                found = CROWD_PARTICIPLES.get(c.lower_)
                if found:
                    return found
        if h.lemma_.lower() == "supporter":
            # "supporters of ousted president Evo Morales", "supporters of the jailed opposition
            # leader": the followers of one put out of power are the opposition (OPP)
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for q in c.children:
                        if q.dep_ == "pobj" and any(t.lower_ in OUSTED_WORDS for t in self.doc[q.left_edge.i : q.i]):
                            return "OPP"
        p = h.head
        if h.dep_ == "dobj" and p.dep_ == "csubj" and p.tag_ == "VBG" and p.i == h.i - 1:
            return CROWD_PARTICIPLES.get(p.lower_)  # "Rioting youths attacked ...": the parser's clause
        return None

    def _acted_on_countries(self, h) -> set:
        """Countries named in what the clause of subject h acts on: its object phrase and an 'on' or
        'against' phrase ('imposed sanctions on Venezuela's state oil company', 'charged two Chinese
        intelligence officers', 'blacklisted two of North Korea's top officials') (actors12)."""
        if h.dep_ != "nsubj":
            return set()
        found = set()
        for c in h.head.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "against"):
                c = next((p for p in c.children if p.dep_ == "pobj"), None)
            elif c.dep_ == "prep" and c.lower_ == "from":
                # "a federal judge blocked the administration from deporting Venezuelan migrants":
                # what the barred act would act on (odds18)
                c = next((o for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                          for o in g.children if o.dep_ == "dobj"), None)
            elif c.dep_ != "dobj":
                continue
            if c is None:
                continue
            # the object noun with its modifiers and its "of" or "on" phrase ("two of North Korea's top
            # officials", "sanctions on Venezuela's oil company"), not a place phrase after it ("an
            # airliner over eastern Ukraine")
            spans = [self.doc[c.left_edge.i : c.i + 1]] + [self.doc[p.i : min(p.right_edge.i + 1, p.i + 12)]
                                                         for p in c.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")]
            for t in (t for span in spans for t in span):
                m = self.name_at[t.i]
                if m is not None and m.entry.country and m.entry.kind in ("country", "capital", "demonym", "people", "org", "person"):
                    # (a named official acted on is his state's: "the Treasury blacklisted Chen Quanguo" (actors26))
                    found.add(m.entry.country)
        return found

    def _branch_place_by_verb(self, verb, h) -> str | None:
        """Where a shared-name movement acts or is acted on when its own clause names no place
        (actors12): a relative clause on a place ("a compound in Bannu where Taliban detainees had
        taken guards hostage": that place), for the subject the place of its object, or, for the
        object, the country of the police or army that is the verb's subject ("Pakistani police detained Taliban suspects", "Pakistan's army
        said its jets had killed Taliban fighters": a state's forces act on the movement at home)."""
        if verb.dep_ == "relcl":
            return self._place_country(verb.head)
        if h.dep_ == "nsubj":
            # "Taliban gunmen attacked an army-run school in Peshawar": where what they hit is; else
            # where the sentence puts the act ("killed 140 people at a school in Peshawar", "shot
            # the schoolgirl on her way home in Swat") (sources20)
            return next((p for c in verb.children if c.dep_ == "dobj" and (p := self._place_of(c))), None) \
                or self._sentence_place(h)
        if h.dep_ != "dobj":
            return None
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i < h.i:
                for a in self.actors_at.get(c.i, ()):
                    if a.sector in ("COP", "MIL") and a.country:
                        return a.country
        return None

    def _resolve_all(self) -> None:
        doc = self.doc
        pos_col, dep_col = self._parse_columns()[:2]
        lowers = self._columns()[0]
        for i, pos in enumerate(pos_col):
            if (dep_col[i] == "nsubj" and (pos == "ADJ" or pos == "PROPN" and lowers[i] in NAME_MODALS)
                    or pos == "AUX" and dep_col[i] == "aux" and lowers[i] in NAME_MODALS) and self.date \
                    and opens_clause(doc[i]) and self.name_at[i] is None \
                    and bare_name_subject(doc[i]) and (named := self._sitting_namesake(doc[i])):
                # "May expelled 23 Russian diplomats", "Major held talks", "May said": a surname
                # read as a modal, an adjective or a month (odds10)
                self.actors_at[i] = named
                self.history.append((i, named[0], doc[i].dep_))
                self._note_person(doc[i], named[0])
                continue
            if pos not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
                if pos not in ("VERB", "ADV", "AUX", "ADP") or (m := self.name_at[i]) is None or m.entry.kind not in ("org", "person") \
                        or m.end != i + 1 or (doc[i].dep_ not in ARGUMENT_DEPS and not surname_read_adverb(doc[i])) \
                        or not (doc[i].text.isupper() if m.entry.kind == "org" else doc[i].text[:1].isupper()):
                    continue
                # "promised ECOWAS it would", "NATO" read as a verb: an organisation's acronym in an
                # argument slot is the organisation, whatever the tagger called it (actors9); a
                # capitalised surname likewise ("Trump halted aid", "Hunt urged": odds12), also one
                # read as the verb's adverb when a phrase follows it ("Orban, on a peace mission,
                # met Xi": odds25), or as a preposition ("Baerbock visited Kyiv and promised ...": actors26)
            if i <= self.dateline_end:
                continue  # "SEOUL - North Korea said ...": the dateline city acts in nothing after it (odds11)
            if pos in ("NUM", "ADJ", "X") and self.name_at[i] is None and not (lowers[i] == "old" and is_age_noun(doc[i])) \
                    and not (pos == "ADJ" and (hit := self.agent_at[i]) is not None and hit[1] == i + 1):
                continue  # an agent phrase ending on an adjective is matched only in argument slots
                # (is_age_noun's own first test, "old", from the plain column: no Token made, perf11e)
            tok = doc[i]
            actors = self._resolve_head(tok)
            if not actors and dep_col[i] == "appos" and pos == "PROPN":
                actors = self._apposed_office_holder(tok)  # "Taiwan's foreign minister, Joseph Wu," (stories20)
            if actors:
                self.actors_at[tok.i] = actors
                for a in actors:
                    self.history.append((tok.i, a, tok.dep_))
                    self._note_person(tok, a)

    def _note_person(self, tok, a: Actor) -> None:
        """Keep the history entry just added (token tok, actor a) in `_people_seen` when a person
        pronoun may stand for it: a person, or a singular title standing for its holder (the test
        `references._pronoun` makes of each entry, `_one_person_entry`). Nothing retags a word while
        _resolve_all runs and the history only grows there, so a "he" in it reads this list instead
        of rescanning the whole history with a Token per title entry (perf16)."""
        seen = self._people_seen
        if seen is not None and self._one_person_entry(tok.i, a, tok):
            seen.append(self.history[-1])

    def _one_person_entry(self, i: int, a: Actor, tok=None) -> bool:
        """Can a "he"/"she" stand for the actor a named at token i? A person, or an agent or
        organisation that is one person (`_one_person`) and not a plural noun ("opposition leaders"
        are no "he")."""
        return a.kind == "person" or a.kind in ("agent", "org") and self._one_person(i, a) \
            and (tok if tok is not None else self.doc[i]).tag_ not in ("NNS", "NNPS")

    def actors(self, head) -> list[Actor]:
        """Actors of the phrase headed by `head`, including its conjuncts ("Putin and Xi")."""
        if head is None:
            return []
        memo = self._actors_memo
        if memo is not None:
            found = memo.get(head.i)
            if found is None:
                found = memo[head.i] = self._phrase_actors(head)
            return list(found)  # (a new list, as before: callers may extend theirs)
        return self._phrase_actors(head)

    def forget_actors(self) -> None:
        """Drop actors()'s kept answers: a caller retagged a word or marked a guess (perf12)."""
        if self._actors_memo:
            self._actors_memo = {}

    def _phrase_actors(self, head) -> list[Actor]:
        result: list[Actor] = []
        for tok in [head, *self._conjuncts(head), *self._people_after_of(head)]:
            found = self.actors_at.get(tok.i, [])
            if tok.n_rights and (tok.lemma_.lower() in INSTALLATION_NOUNS or tok.lower_ in INSTALLATION_NOUNS) \
                    and (housed := self._housed(tok)):
                found = housed  # "fired missiles at two Iraqi bases housing U.S. troops": the troops (odds11)
            if found and tok.n_rights and id(found[0]) in self.context_guess \
                    and (named := next((self.actors_at[c.i] for c in tok.children
                                        if c.dep_ == "appos" and c.i in self.actors_at
                                        and not any(id(a) in self.context_guess for a in self.actors_at[c.i])
                                        and not any(g.dep_ == "amod" and g.tag_ == "VBG" for g in c.children)), None)):
                # (not "Protesters, many waving EU flags, ...": a misread participle's object (stories23))
                # "Prime Minister May expelled": a title whose country is only guessed is the person
                # its apposition names (odds10)
                found = named
            if (len(found) > 1 or found and tok.tag_ == "NNS") and (named := self._named_examples(tok)):
                found = named  # "Western countries including Britain and Canada": the ones named (realfix19)
            if not found:
                # "Kim Yo Jong, the sister of North Korea's leader": an unknown name is known by
                # its apposition
                found = next((self.actors_at[c.i] for c in tok.children
                              if c.dep_ == "appos" and c.i in self.actors_at), []) or self._kin_of(tok) \
                    or self._relative_role(tok) or self._named_examples(tok)
            for a in found:
                if all(a.code != b.code or a.name != b.name for b in result):
                    result.append(a)
        return result

    def _named_examples(self, tok) -> list[Actor]:
        """'urged allies such as Germany to act', 'neighbouring states including Algeria and Morocco':
        a common noun no table knows stands for the countries its "such as" / "including" phrase
        names (not 'apps including TikTok') (realnews18a). Only tok's own children are read."""
        if tok.pos_ != "NOUN":
            return []

        def countries(p) -> list[Actor]:
            return [a for q in (p, *self._conjuncts(p)) for a in self.actors_at.get(q.i, []) if a.kind == "country"]

        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and (c.lower_ == "including" or c.lower_ == "as" and any(
                    g.lower_ == "such" for g in c.children)):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lower_ in ("those", "that"):
                        # "governments, including those of Colombia and Chile" (actors24)
                        p = next((q for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                                  for q in o.children if q.dep_ == "pobj"), p)
                    if p.dep_ == "pobj":
                        return countries(p)
        if tok.tag_ != "NNS":
            return []
        # "Four Gulf states, among them Saudi Arabia and Qatar, condemned ...", "a dozen Latin American
        # governments, Brazil, Colombia and Peru among them": the states the apposition names, not the
        # bloc (actors24); with "among them" hung on the verb, the countries after "them"
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and (named := countries(c)):
                return named
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i:
            # (read off the words: the parser hangs "among them" on the verb, a comma or the first name)
            verb, doc = tok.head, self.doc
            for x in doc[tok.i + 1:verb.i]:
                if x.lower_ == "among" and x.i + 2 < verb.i and doc[x.i + 1].lower_ == "them":
                    named: list[Actor] = []
                    for y in doc[x.i + 2:verb.i]:
                        if y.i in self.actors_at:
                            named += [a for a in self.actors_at[y.i] if a.kind == "country"
                                      and all(a.code != b.code for b in named)]
                        elif not (y.is_punct or y.pos_ == "PROPN" or y.lower_ in ("and", "the")):
                            break
                    return named
        return []

    def _dateline_end(self) -> int:
        """The index of the dash closing a dateline that opens the text ("SEOUL - ", "NEW DELHI -"):
        one to three capitalised words, the first all capitals; -1 when the text has none (odds11)."""
        doc = self.doc
        if len(doc) < 3 or not (doc[0].text.isupper() and doc[0].is_alpha and len(doc[0].text) > 1):
            return -1
        for i in range(1, min(4, len(doc) - 1)):
            if doc[i].text in DASHES:
                return i if doc[i - 1].whitespace_ and doc[i].whitespace_ else -1  # not "NATO-led"
            if not doc[i].text.isupper():
                return -1
        return -1

    def _dateline_country(self) -> str | None:
        m = self.name_at[0]
        if m is not None and m.end <= self.dateline_end and m.entry.kind in PLACE_KINDS and m.entry.country:
            return m.entry.country
        return self._place_country(self.doc[0])

    def _at_institution(self, h) -> str | None:
        """'Researchers at Oxford', 'doctors at a Geneva hospital': an agent placed 'at' a capitalised
        town or a site named after one is of that place's country, not the country the article
        names most; None when h has no such phrase or the name is no known place (odds11)."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "at" and c.i > h.i:
                for p in c.children:
                    if p.dep_ == "pobj" and (p.pos_ == "PROPN" and p.text[:1].isupper() or any(
                            x.dep_ == "compound" and x.pos_ == "PROPN" for x in p.children)):
                        return self._described_place(p) or next(
                            (iso for x in p.children if x.dep_ == "compound" and x.pos_ == "PROPN"
                             and (iso := self._place_country(x))), None)
        return None

    def _housed(self, tok) -> list[Actor]:
        """The actors an installation is said to house or host ("a base housing U.S. troops",
        "an outpost hosting American forces"): they, not the host country, are what an attack on it
        hits (corpus lanes: USAMIL); [] when the phrase has no such participle (odds11)."""
        for c in tok.children:
            if c.dep_ == "acl" and c.i > tok.i and c.lemma_.lower() in HOSTING_VERBS:
                for o in c.children:
                    if o.dep_ == "dobj" and o.i in self.actors_at:
                        return self.actors(o)
            elif c.dep_ == "relcl" and c.i > tok.i and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children):
                # "two bases in Iraq where American troops are stationed" (wire21)
                for o in c.children:
                    if o.dep_ in ("nsubj", "nsubjpass") and o.i in self.actors_at:
                        return self.actors(o)
        return []

    def _relative_role(self, tok) -> list[Actor]:  # realnews9 helper
        """'Martin Kimani, who is Kenya's envoy to the UN, said': an unknown name is known by the
        office a 'who is/was' relative clause gives it, as by an apposition; 'Ahmad Rahimi, a
        member of the Iranian parliament': by the body an apposed member or spokesman speaks for."""
        if tok.pos_ != "PROPN":
            return []
        for v in tok.children:
            if v.dep_ == "relcl" and v.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children):
                for c in v.children:
                    if c.dep_ == "attr" and c.i in self.actors_at:
                        return self.actors_at[c.i]
            elif v.dep_ == "appos" and v.lemma_.lower() in LED_BODY_HEADS:
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                        for p in c.children:
                            if p.dep_ == "pobj" and p.i in self.actors_at:
                                return self.actors_at[p.i]
        return []

    def _people_after_of(self, head) -> list:
        """'President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany met': the
        parser hangs the second person on "France"; a person conjoined to the place of the
        head's "of" phrase is the head's conjunct."""
        if not any(a.kind == "person" for a in self.actors_at.get(head.i, [])):
            return []
        out = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for p in prep.children:
                if p.dep_ == "pobj" and self._is_place_name(p):
                    out.extend(c for c in self._conjuncts(p)
                               if any(a.kind == "person" for a in self.actors_at.get(c.i, [])))
        return out

    def _kin_of(self, tok) -> list[Actor]:
        """'Kim Yo Jong, the sister of North Korea's leader': an unknown person described as the
        relative of a known actor belongs to that actor's country."""
        if tok.ent_type_ != "PERSON":
            return []
        for c in tok.children:
            if c.dep_ != "appos" or c.lemma_.lower() not in KIN_NOUNS:
                continue
            for p in (p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"):
                kin = next((a for a in self.actors_at.get(p.i, []) if a.country), None)
                if kin is not None:
                    start = tok.left_edge.i
                    return [self._make(tok, start, self._ent_text(tok), kin.country, kin.country, None, "person")]
        return []

    def _citizenship(self, h) -> str | None:
        """'a former minister with British citizenship', 'a businessman holding a French
        passport': the country whose national the person is (first named, if dual)."""
        lemmas = self._columns()[1]
        if self._last_citizenship_word() <= h.i:
            return None  # no such word after h in the whole article (most articles have none)
        if not any(w in CITIZENSHIP_NOUNS for w in lemmas[h.i + 1 : h.right_edge.i + 6]):
            return None  # the word must follow the phrase head closely (plain strings: cheap)
        # the parser often hangs "with ..." on the verb: "sentenced a minister with British citizenship"
        near = list(h.children) + (list(h.head.children) if h.dep_ == "dobj" else [])
        for c in near:
            holder = c if c.dep_ == "prep" and c.lower_ == "with" else \
                c if c.dep_ == "acl" and c.lemma_.lower() in ("hold", "have") else None
            if holder is None:
                continue
            for p in holder.children:
                if p.dep_ in ("pobj", "dobj") and p.lemma_.lower() in CITIZENSHIP_NOUNS:
                    for m in p.children:
                        if m.dep_ in ("amod", "compound", "nmod") and m.i < p.i:
                            found = self.country_actor(m)
                            if found:
                                return found[0].country
        return None

    def _loyal_to(self, h):
        """'fighters loyal to Islamic State', 'militiamen loyal to the Houthis': armed men loyal to
        a named body are that body's (targets20); a person's loyalists are found as before."""
        for c in h.children:
            if c.dep_ == "amod" and c.lower_ == "loyal":
                for q in (q for d in c.children if d.dep_ == "prep" and d.lower_ == "to"
                          for q in d.children if q.dep_ == "pobj"):
                    m = next((self.name_at[t.i] for t in q.subtree if self.name_at[t.i] is not None), None)
                    if m is not None and m.entry.kind == "org":
                        return m.entry
        return None

    def _possessor_place(self, h) -> str | None:
        """'Kherson's mayor', 'Kharkiv's regional administration': a town named as the possessor
        of an office is where the office is, as 'the mayor of Kherson' is (targets20). The caller
        asks only for state agents ("Fukushima's farmers" are nobody's until a clause says)."""
        if not self._has_child_dep(h.i, "poss"):
            return None
        for c in h.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN" and not self.actors_at.get(c.i):
                return self._place_country(c)
        return None

    def _partitive_nationality(self, h) -> str | None:
        """'killed 38 tourists, most of them British', 'seized 15 sailors, all of them Indian',
        'hostages, mostly Thai': a nationality set off after the people's noun is theirs, not the
        country they were in (targets20)."""
        doc, j = self.doc, h.i + 1
        if j + 2 >= len(doc) or doc[j].text != "," or h.pos_ != "NOUN":
            return None
        lowers = self._columns()[0]
        for k in range(j + 1, min(j + 6, len(doc))):
            m = self.name_at[k]
            if m is not None:
                return m.entry.country if m.entry.kind in ("demonym", "people") and k > j + 1 else None
            if lowers[k] not in PARTITIVE_WORDS and not doc[k].like_num:
                return None
        return None

    def _last_citizenship_word(self) -> int:
        """Index of the article's last citizenship word ("passport", "citizenship"), -1 if none."""
        if getattr(self, "_last_citizenship", None) is None:
            lemmas = self._columns()[1]
            self._last_citizenship = max((i for i, w in enumerate(lemmas) if w in CITIZENSHIP_NOUNS), default=-1)
        return self._last_citizenship

    def _conjuncts(self, tok):
        """Conjuncts of tok; in a list of countries the parser often hangs the second member as
        an apposition ("Mali, Burkina Faso and Niger"), which then counts as a conjunct too."""
        doc = self.doc
        kids, dep_col = children_table(doc)  # t.children's labels without a Token each (perf11e)
        out, stack = [], [tok.i]
        while stack:
            t = stack.pop()
            for k in kids[t]:
                dep = dep_col[k]
                if dep == "conj" or (dep == "appos" and self._is_place_at(t) and self._is_place_at(k)):
                    out.append(doc[k])
                    stack.append(k)
                elif dep == "appos" and t == tok.i and any(dep_col[g] == "conj" for g in kids[k]) \
                        and not any(dep_col[g] == "amod" and doc[g].tag_ == "VBG" for g in kids[k]):
                    # (not "Protesters, many waving EU and Georgian flags, threw ...": what they wave (stories23))
                    # "U.S. envoy Zalmay Khalilzad and Taliban deputy leader Mullah Baradar signed": the
                    # second side hung on the first's name as its conjunct (wire21)
                    out.append(doc[k])
                    stack.append(k)
        return out

    def _is_place_name(self, tok) -> bool:
        return self._is_place_at(tok.i)

    def _is_place_at(self, i: int) -> bool:
        m = self.name_at[i]
        return m is not None and m.entry.kind in ("country", "capital", "people", "region")

    def country_actor(self, tok) -> list[Actor]:
        """The country a demonym, country or capital token names ("an Indian proposal" -> IND)."""
        m = self.name_at[tok.i]
        if in_competition_name(tok):
            return []
        if m is None or not m.entry.country or m.entry.kind not in ("country", "capital", "demonym", "people"):
            return []
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in CURRENCY_NOUNS:
            return []  # "in US dollars": money, not the country
        iso = m.entry.country
        return [self._make(tok, m.start, self.d.country_name(iso), iso, iso, None, "country")]

    def bloc_actor(self, tok) -> list[Actor]:
        """The organisation a bloc adjective names ("a West African deadline" -> IGOWAS), for a
        caller that knows the noun is the bloc's own paper or act; not the bare 'international' (odds16)."""
        m = self.name_at[tok.i]
        if m is None or m.entry.kind != "bloc" or m.entry.code == "IGO":
            return []
        return [self._make(tok, m.start, m.entry.name, m.entry.code, None, m.entry.sector, "org")]

    def is_guess(self, actor) -> bool:
        return id(actor) in self.context_guess

    def mentions(self) -> list[Actor]:
        """One actor per resolved phrase (not the parts of a larger phrase), in text order."""
        out = []
        _, deps, heads = self._parse_columns()  # each token's label and head: no Token made (perf10)
        for i in sorted(self.actors_at):
            if deps[i] in NAME_DEPS and heads[i] in self.actors_at:
                continue
            out.extend(self.actors_at[i])
        return out

    def _head_words(self, h) -> tuple[str, str]:
        """(dependency label, lower-case lemma) of head h (perf9): the label from the doc's plain
        column, which nothing changes after the parse; the lemma from the Token, since the event
        coder's retagging of a reprint's reused doc (`Coder.code_articles`) leaves the column's
        lemma behind (tests/test_perf9.py checks both at every call). `_resolve_head` uses them to skip the calls whose helper would
        answer nothing at its own first test, asked of the same word list: `in_competition_name`
        (a compound, flat or amod word), `is_shore` ("bank"), `_group_reference` (GROUP_NOUNS),
        `_definite_reference` (a `references()` row), `_bloc_noun` (BLOC_NOUNS)."""
        return self._pcols[1][h.i], h.lemma_.lower()

    def _resolve_head(self, h) -> list[Actor]:
        lower = h.lower_
        if h.pos_ == "PRON" and not (h.text.isupper() and len(h.text) > 1 and self.name_at[h.i] is not None):
            # an organisation's capitalised acronym the parser tags as a pronoun ("WHO accused
            # Israel") is that organisation, not the relative 'who' (actors7)
            return self._pronoun(h, lower)
        if self._plain_noun_first(h):
            return []  # (perf15: what _plain_noun answers below, asked before the checks on the way)
        if self._lone_demonym(h) or self._lone_date(h):
            return []  # (perf17: what the walk below answers at its end, after the country chain)
        dep, lemma = self._head_words(h)  # plain strings: each gate below is its helper's own first test
        if dep in COMPETITION_WORD_DEPS and in_competition_name(h) \
                and not (self.name_at[h.i] and self.name_at[h.i].entry.kind in ("person", "org")):
            return []  # "French" in "the French Open"
        if dep in ("compound", "flat") and h.head.pos_ in ("PROPN", "NOUN") and h.head.i > h.i:
            # part of a longer name/phrase resolved at its head; still keep places as mentions
            if not (self.name_at[h.i] and self.name_at[h.i].entry.kind in PLACE_KINDS):
                return []
            if h.head.lemma_.lower() in CURRENCY_NOUNS:
                return []  # "paid in US dollars": money, not the country
        if lower == "person" and dep == "pobj" and h.head.lower_ == "in" and not list(h.children):
            return []  # the idiom "in person" names nobody
        if lemma == "bank" and is_shore(h):
            return []  # the bank of a river names nobody
        if dep == "pobj" and h.head.lower_ == "of" and self.agent_at[h.head.head.i] is not None \
                and not (self.name_at[h.i] is not None and self.name_at[h.i].entry.kind in PLACE_KINDS):
            # "Secretary of State", "Minister of Defence": part of a title; a country stays itself
            # ("the leaders of Greece and Bulgaria": Greece is not left to its conjunct Bulgaria)
            return []
        group = (lemma in GROUP_NOUNS and self._group_reference(h)) or (lemma in references() and self._definite_reference(h))
        if group:
            return group
        if (again := self._same_plural_again(h)):
            return again
        if lower == "old" and is_age_noun(h):  # "the 71-year-old said": the latest person of the story
            aged = self._titled_person(h, None)
            return [aged] if aged is not None else []
        bloc = self._bloc_noun(h) if lemma in BLOC_NOUNS else None
        own = self.name_at[h.i]
        if bloc is None and own is not None and own.entry.kind == "bloc" and own.entry.code != "IGO" \
                and h.pos_ in ("NOUN", "PROPN") and dep in ("poss", "nsubj", "nsubjpass", "dobj") \
                and own.end == h.i + 1:
            bloc = own.entry  # "the eurozone's bailout proposal", "the eurozone agreed": the bloc itself
        if bloc is not None:
            return [self._make(h, h.left_edge.i, bloc.name, bloc.code, None, bloc.sector, "org")]
        if lemma in GROUP_BRANCH_NOUNS and (branch := self._national_branch(h)) is not None:
            return [branch]  # "the PKK's Syrian offshoot" (actors25)
        if lemma in TRADE_PARTNER_NOUNS:
            partner = self._national_partner(h)
            if partner is not None:
                return [partner]
        edge = h.left_edge.i
        lo = max(edge, h.i - MAX_PHRASE, self.dateline_end + 1)
        if lo > 0 and lo == edge and self._mistagged_acronym(lo - 1, h):
            lo -= 1  # "ECOWAS defence chiefs": the acronym the tagger hung on the verb opens the phrase (actors9)
        if dep == "ROOT" and h.pos_ == "PROPN" and lo < h.i - 1:
            v = self.doc[h.i - 1]
            if v.head.i == h.i and v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and v.pos_ == "VERB":
                lo = h.i  # "Orban accused Brussels of ...": the verb and its subject are no modifiers (actors9)
        if self._plain_noun(h, lo):
            return []  # every rule below finds nothing for it: answered without building the phrase
        scope = [self.doc[k] for k in range(lo, h.i + 1)]  # list(doc[lo:h.i + 1]) without the Span (0 <= lo) (perf7)
        lowers = self._columns()[0]
        stance = None
        if any(w in STANCE_PREFIXES for w in lowers[scope[0].i : h.i]):  # plain strings: cheap
            stance = next((t.i for t in scope if t.i < h.i and after_stance_prefix(t)), None)
        if stance is not None:
            # "an anti-Syria journalist", "pro-Russian separatists": the country after the prefix
            # is what the phrase is for or against, not whose it is
            name = self.name_at[stance]
            skip = set(range(stance, name.end if name is not None else stance + 1))
            scope = [t for t in scope if t.i not in skip]
        if "speaking" in lowers[scope[0].i : h.i]:  # plain strings: cheap
            # "Russian-speaking protesters in Tallinn": a language the people speak, not their
            # state; they are of the country they live in (targets17)
            spoken = {t.i for t in scope if t.i + 2 <= h.i and lowers[t.i + 1] == "-" and lowers[t.i + 2] == "speaking"}
            if spoken:
                scope = [t for t in scope if t.i not in spoken]
        names = self._names_in(scope)
        if h.pos_ == "PROPN" and h.text[:1].isupper() and h.lower_ in competitions() \
                and not any(m.entry.kind in ("person", "org") for m in names):
            return []  # "withdrew from the French Open": a tournament, not France
        # 1. person
        persons = [m for m in names if m.entry.kind == "person"]
        if persons and self._person_owns_body(h, persons):
            persons = []  # "Museveni's security forces", "Imran Khan's PTI": the body, of his country
        if persons:
            listed = self._listed_persons(scope, h)
            if listed:
                return listed
            m = next((p for p in persons if p.start <= h.i < p.end), persons[-1])
            if len(names) > 1 and (office := self._stateless_office(names, m, scope)) is not None:
                return [office]
            return [self._person_actor(m, h, scope)]
        # 2. organisation
        orgs = [m for m in names if m.entry.kind == "org"]
        if orgs:
            m = next((o for o in orgs if o.start <= h.i < o.end), orgs[-1])
            e = m.entry
            owner = self._country_in([t for t in scope if t.i < m.start], h)
            national = self._national_body(m, owner)
            if national is not None:  # "Turkey's Security Council": the country's own, not the UN's
                return [self._make(h, scope[0].i, f"{self.d.country_name(owner)} {self.doc[m.start:m.end].text}",
                                   national, owner, national[3:], "org")]
            society = self._national_society(m)
            if society is not None:  # "the Iranian Red Crescent": Iran's society, not the federation
                iso, first = society
                return [self._make(h, first, f"{self.d.country_name(iso)} {self.doc[m.start:m.end].text}",
                                   iso + "NGO", iso, "NGO", "org")]
            body = self._home_body(m) if owner is None else None
            if body is not None:  # a bare "Congress" in a story about Peru
                return [self._make(h, m.start, body.name, body.code, body.country, body.sector, "org")]
            if owner and e.country and owner != e.country and e.sector:
                # "Peru's Congress", "the Mexican Senate": a generic institution name of another country
                return [self._make(h, scope[0].i, f"{self.d.country_name(owner)} {e.name}", owner + e.sector,
                                   owner, e.sector, "org")]
            title = self._agent_for(h, scope)
            if owner and e.country is None and title is not None and title.sector not in ("IGO", "NGO") \
                    and not (m.start <= h.i < m.end):
                # "China's UN ambassador Fu Cong", "Russia's NATO envoy": the country's representative
                kind = "person" if h.ent_type_ == "PERSON" else "agent"
                name = self._ent_text(h) if kind == "person" else f"{self.d.country_name(owner)} {title.phrase}"
                return [self._make(h, scope[0].i, name, owner + title.sector, owner, title.sector, kind)]
            if h.ent_type_ == "PERSON" and not (m.start <= h.i < m.end):
                # "Foreign Ministry spokesman Wang Wenbin": a person speaking for the organisation
                return [self._make(h, m.start, self._ent_text(h), e.code, e.country, e.sector, "person")]
            head_agent = self.agent_at[h.i]
            if head_agent is not None and not (m.start <= h.i < m.end) and e.country is None \
                    and head_agent[2].sector in ("MIL", "COP") and not e.code.endswith(head_agent[2].sector):
                # "NATO peacekeeping troops": the alliance's military
                sector = head_agent[2].sector
                return [self._make(h, m.start, f"{e.name} {head_agent[2].phrase}", e.code + sector, e.country, sector, "org")]
            if head_agent is not None and e.country and not (m.start <= h.i < m.end) \
                    and (head_agent[2].sector == "LEG" and e.sector == "PTY"
                         or head_agent[2].sector == "OPP" and e.sector in STATE_SECTORS):
                # "a BJP lawmaker": the party's member of the country's legislature; "the Kremlin's
                # critics": the state's opposition, not the state body (actors19)
                sector = head_agent[2].sector
                return [self._make(h, m.start, f"{self.d.country_name(e.country)} {head_agent[2].phrase}",
                                   e.country + sector, e.country, sector, "agent")]
            branch = org_branches().get(self.doc[m.start:m.end].text.lower()) \
                if e.country and e.name.lower() in org_branches() else None  # the row's name first: no Span built
            if branch and (self.agent_at[h.i] is None or self.agent_at[h.i][2].sector in ARMED_GROUP_SECTORS
                           or self.agent_at[h.i][2].sector in BRANCH_MEMBER_SECTORS):
                # "Taliban gunmen in the Swat valley": the movement of the place it is in; not its envoys
                # ("a Taliban delegation in Islamabad") (actors10)
                place = self._place_of(h)
                if place is None and h.dep_ in ("nsubj", "dobj") and h.head.pos_ == "VERB":
                    place = self._place_of(h.head)  # "pounded Taliban hideouts in the Swat valley"
                    if place is None:
                        place = self._branch_place_by_verb(h.head, h)
                if place in branch:
                    return [self._make(h, m.start, f"{self.d.country_name(place)} {e.name}", branch[place],
                                       place, e.sector, "org")]
            return [self._make(h, m.start, e.name, e.code, e.country, e.sector, "org")]
        head_match = self.name_at[h.i]
        agent = None
        if h.pos_ == "PROPN" and head_match is None and self.agent_at[h.i] is None:
            # "Chinese drone manufacturer Shenzhen X": the role noun before the name, not a unit word
            agent = self._role_before_name(h, scope)
        agent = agent or self._agent_for(h, scope)
        if agent is not None and self.agent_at[h.i] is not None:
            # a possessor names whose agent it is; an 'at' phrase is then the venue (types15)
            org = self._org_of_prep(h, at=not any(c.dep_ == "poss" for c in h.children)) or self._loyal_to(h)
            if org is not None and org.country and (agent.sector == "OPP" and org.sector in STATE_SECTORS
                                                     or agent.sector == "LEG" and org.sector == "PTY"):
                # "critics of the Kremlin", "lawmakers from the ruling party": the country's (actors19)
                return [self._make(h, scope[0].i, f"{self.d.country_name(org.country)} {agent.phrase}",
                                   org.country + agent.sector, org.country, agent.sector, "agent")]
            if org is not None and org.country and (own := self._country_in(scope, h)) and own != org.country:
                # "an Australian anchor for the state broadcaster CGTN", "a British reporter for Al
                # Jazeera": the person's nationality, not the employer's country (targets20)
                return [self._make(h, scope[0].i, f"{self.d.country_name(own)} {agent.phrase}",
                                   own + (agent.sector or ""), own, agent.sector, "agent")]
            if org is not None:  # "a delegation from the IMF", "officials of the African Union"
                return [self._make(h, scope[0].i, org.name, org.code, org.country, org.sector, "org")]
        # 3. the head is itself a country / capital / people name
        if head_match is not None and head_match.entry.kind == "group" and agent is None:
            # "the two Koreas", "the Baltic states": each member country
            return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")
                    for iso in head_match.entry.members]
        if head_match is not None and head_match.entry.kind == "country" and agent is None \
                and self._acts_as_polity(h) and self._breakaway_code(head_match, head_match.entry.country):
            # "Russia recognised Abkhazia", "Transnistria rejected the plan": its separatist authorities
            code = self._breakaway_code(head_match, head_match.entry.country)
            return [self._make(h, head_match.start, self.doc[head_match.start:head_match.end].text, code,
                               code[:3], "SEP", "org")]
        if head_match is not None and head_match.entry.kind in ("country", "capital", "people", "demonym") and agent is None \
                and (head_match.entry.kind != "demonym" or h.pos_ in ("NOUN", "PROPN") and scope[0].lower_ == "ethnic"):
            # "attacked ethnic Chinese in Jakarta": a demonym used as the people's noun (actors9)
            e = head_match.entry
            country = self._ethnic_override(h, scope) if e.kind in ("people", "demonym") else None
            iso = country or e.country
            return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")]
        if head_match is None and agent is None and h.ent_type_ == "GPE" and h.pos_ == "PROPN" \
                and (linked := self._place_named_surname(h)):
            return linked  # "Alejandro Toledo was extradited ... Prosecutors accuse Toledo": him, not the Ohio city
        # '"Turkish jets shot down our plane," Putin said', '"Our aircraft struck IS positions in
        # Syria," the Russian defence ministry said': "our" in quoted words is the speaker's country,
        # as "Russian" would be, before any place the clause names (quotes22)
        if agent is not None and (agent.title or agent.sector in ("GOV", "MIL")) and (group := self._armed_owner(h)) is not None:
            # "Wagner fighters left Rostov after their leader agreed to go to Belarus", "Houthi rebels
            # vowed revenge after their leader accused ...": the armed group's own leader, not the
            # government of the group's country (actors25)
            return [self._make(h, scope[0].i, f"{group.name} {agent.phrase}", group.code, group.country, group.sector, "org")]
        country = self._our_country(h) or self._country_in(scope, h) or self._citizenship(h) \
            or self._partitive_nationality(h) or self._country_of_prep(h) or self._possessor_country(h) \
            or self._named_possessor_country(h)
        if country is None and h.lemma_.lower() in STATE_NOUNS:
            country = self._place_of(h)  # "two breakaway regions in eastern Ukraine"
            if country is None and h.dep_ != "nsubj" and any(c.dep_ == "poss" and c.lower_ in ("our", "my") for c in h.children):
                country = self._speakers_country(h)  # '"Russia attacked our country," Sandu said' (odds18)
        if agent is None and not country and h.text in direction_halves() and (half := self._half_of_pair(h)):
            return half  # "Seoul accused the North"
        if agent is not None and agent.title and not country and head_match is None and h.pos_ == "PROPN" \
                and h.ent_type_ == "PERSON" and self.agent_at[h.i] is None and (named := self._sitting_namesake(h)):
            return named  # "Prime Minister Brown expelled": the title's holder by surname, not a guessed country (odds10)
        if agent is None and h.pos_ == "PROPN" and (h.ent_type_ in ("PERSON", "ORG", "") or h.ent_type_ == "DATE"
                                                    and date_read_name(h)) and not country:
            linked = self._person_elsewhere(h) or self._sitting_namesake(h)
            if linked:
                return linked
        if agent is None and not country and (linked := self._common_word_surname(h)):
            return linked  # "Wine, whose real name is ..., rejected": a surname read as a noun
        if agent is None:
            if country and (body := self._state_body(h, country, scope[0].i)) is not None:
                return [body]  # "Germany's Federal Aviation Office"
            if country and (h.lemma_.lower() in STATE_NOUNS or h.tag_ == "NN" and h.lemma_.lower() in SIDE_NOUNS):
                # "the autonomous Azerbaijani republic", "the Israeli state"; "the Chinese side
                # lodged a protest", "the Armenian side is violating the ceasefire" (stories12)
                return [self._make(h, scope[0].i, self.d.country_name(country), country, country, None, "country")]
            if country and h.pos_ == "NOUN" and (owner := self._owner_before_participle(scope, h)) is not None:
                # "join the French-led air campaign", "seized a Chinese-run gold mine" (resolve17)
                return [self._make(h, scope[0].i, self.d.country_name(owner), owner, owner, None, "country")]
            if country and (h.ent_type_ == "PERSON" or h.pos_ == "PROPN" and h.dep_ == "conj"
                            and any(a.kind == "person" for a in self.actors_at.get(h.head.i, []))):
                # "Presidents Nana Akufo-Addo of Ghana and Patrice Talon of Benin": the tagger
                # may read the second name as an organisation; it is a person like the first
                return [self._make(h, scope[0].i, self._ent_text(h), country, country, None, "person")]
            if country and h.pos_ == "PROPN" and h.ent_type_ not in ("LOC", "FAC", "NORP") \
                    and any(c.dep_ == "poss" for c in h.children) and h.lower_ in people_by_name_word(self.d) \
                    and not self._known_place_tag(h):
                # "China's Wang met Blinken", "India's Singh": a surname the dictionary's people share,
                # which the tagger reads as an organisation; the possessive country is theirs (actors13)
                return [self._make(h, scope[0].i, self._ent_text(h), country, country, None, "person")]
            if country and h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS"):
                # "Iraqi Kurds", "Lebanese Shiites": a community, coded by its country
                return [self._make(h, scope[0].i, self.d.country_name(country), country, country, None, "country")]
            if head_match is not None and head_match.entry.kind == "demonym" and not any(c.dep_ == "det" for c in h.children) \
                    and (shared := next((c for c in h.children if c.dep_ == "conj" and h.i + 3 <= c.i <= h.i + 5
                                         and h.doc[h.i + 1].dep_ == "cc" and self.agent_at[c.i] is not None
                                         and all(t.head.i == c.i for t in h.doc[h.i + 2:c.i])), None)) is not None:
                # "Kyrgyz and Tajik border guards": the parser makes the first demonym a noun and
                # conjoins it to the second's; both qualify the same agent noun (targets8)
                iso = head_match.entry.country
                sector = self.agent_at[shared.i][2].sector
                return [self._make(h, head_match.start, f"{self.d.country_name(iso)} {self.agent_at[shared.i][2].phrase}",
                                   iso + (sector or ""), iso, sector, "agent")]
            if head_match is not None and head_match.entry.kind == "demonym" and h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                    and (h.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in h.children)):
                # "the Chinese", "the British" as a people, "a Thai" as one of them (actors5);
                # without a determiner it is the language ("in French")
                iso = head_match.entry.country
                return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")]
            if head_match is None and h.lower_ in people_homes() and h.pos_ in ("NOUN", "PROPN") \
                    and h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
                    and (iso := country or self._people_home(h, scope, h)) is not None:
                # "Kurds in Syria accused Turkey", "killed 80 Hazaras": a people of several states,
                # coded by the one they live in (data/homelands.tsv) (actors26)
                return [self._make(h, scope[0].i, self.d.country_name(iso), iso, iso, None, "country")]
            return []
        members: tuple[str, ...] = ()
        if country is None:
            country = self._place_modifier(scope, h)  # "Dubai police", "Mumbai's municipal authorities"
        if country is None and h.left_edge.i <= self.dateline_end:
            country = self._dateline_country()  # "NAIROBI - Foreign Minister X said": the dateline's (odds11)
        if country is None:
            bloc = self._bloc_for(scope, h, agent)
            if bloc is not None:  # "West African leaders", "Southeast Asian foreign ministers"
                code = bloc.code + (agent.sector if agent.sector in ("MIL", "COP") else "")
                return [self._make(h, scope[0].i, f"{bloc.name} {agent.phrase}", code, None, bloc.sector, "org")]
            group = self._group_for(scope, h)
            if group is not None:  # "officials from the two Koreas", "Baltic leaders"
                country, members = group.members[0], group.members[1:]
        ethnic = self._ethnic_override(h, scope)
        if ethnic:
            country = ethnic
        if country is None:
            country = self._people_home(h, scope)  # "Baloch separatists", "Druze fighters in Sweida" (actors26)
        guessed = False
        if country is None and h.dep_ == "pobj" and h.head.lower_ == "as":
            return []  # "its role as a mediator", "sworn in as president": a role, not another actor
        if country is None and (owner := self._group_possessor(h)) is not None:
            # "the group's spokesman" after "Taliban fighters": the group speaks (lead, session 10)
            code = owner.code
            if code.startswith("IGO") and agent.sector in ("MIL", "COP") and not code.endswith(agent.sector):
                code += agent.sector  # "NATO said its troops ...": the alliance's military (targets18)
            return [self._make(h, scope[0].i, f"{owner.name} {agent.phrase}", code, owner.country, owner.sector, "org")]
        if country is None:
            titled = self._titled_person(h, agent)  # "the minister", "the congresswoman"
            if titled is not None:
                return [titled]
        if country is None and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
            # "a team of monitors from the OSCE", "a team of doctors from Cuba": the group's origin
            group_head = h.head.head
            org = self._org_of_prep(group_head)
            if org is not None:
                return [self._make(h, scope[0].i, org.name, org.code, org.country, org.sector, "org")]
            country = self._country_of_prep(group_head, preps=("from",))
        if country is None and sector_group(agent) and h.lemma_.lower() in GROUP_HEADS:
            # "human rights groups" with no country: the international NGOs
            return [self._make(h, scope[0].i, agent.phrase, "NGO" + agent.sector, None, agent.sector, "agent")]
        if country is None:
            country = state_titles().get(agent.phrase)  # "the pope", "the Taoiseach" (targets4)
        if country is None and agent.phrase in UNGUESSED_AGENTS:
            # "attacking ships bound for Israel", "sent warplanes and seven ships": no country of
            # its own phrase, none lent or guessed (resolve17)
            return []
        if country is None and h.dep_ == "conj" and h.head.i < h.i \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in h.children):
            # "Chinese warplanes and warships": the modifier of the first conjunct is shared (odds5)
            first = next((a for a in self.actors_at.get(h.head.i, []) if a.country and not self.is_guess(a)), None)
            if first is not None:
                country = first.country
        if country is None and h.tag_ == "NNS" and (pair := self._of_group_countries(h)):
            country = pair[0]  # "the foreign ministers of the two countries" (the other: _prep_list_countries) (stories12)
        if country is None:
            country = self._partner_country(h)
        if country is None and agent.sector == "MIL":
            country = self._country_of_prep(h, preps=("by",))  # "an airstrike by the Saudi-led coalition"
        if country is None:
            country = self._held_place(h) or self._commander_country(h, agent)
        if country is None and agent.sector not in ("IGO", "NGO") and self._foreign_agent(h):
            return []
        if country is None:
            country = self._creator_country(h)
        if country is None:
            earlier = self._earlier_same_agent(h, agent) or self._earlier_armed_group(h, agent)
            if earlier is not None:
                return [earlier]
        if country is None and self._regional_office(h, scope, agent):
            # "the regional governor of Kharkiv", "the Kurdish regional president": a region's
            # office is where its own phrase or the sentence puts it, else unknown (odds3)
            # ("the Belgorod governor": the big city the tagger read as a people's word (actors19))
            country = self._place_of(h, preps=("of", "in")) or self._sentence_place(h) or self._compound_city(h)
            if country is None:
                return []
        if country is None and (listed := self._listed_appos(h)) is not None:
            return [listed]  # "the dissident journalist Jamal Khashoggi in Istanbul": the listed person
        if country is None:
            # a town or region named in the same sentence ("Police arrested a Cheltenham man")
            # beats the country the article names most (Mexico, in a story about El Paso)
            if agent.sector == "LEG":
                # "Poroshenko told parliament ...": his own; but a legislature with its own place
                # phrase is there ("bombed the parliament building in Gaza City", targets15)
                country = self._place_of(h, PLACE_PREPS) or self._speaker_state(h) or self._addressed_state(h)
            elif agent.sector == "MIL":
                # "the RSF signed a ceasefire with the army in Jeddah": the armed group's own army (actors11)
                country = self._armed_partner_country(h)
                if country is None and h.dep_ == "nsubj" and self._place_of(h, PLACE_PREPS) is None \
                        and self._own_verb_place(h) is not None and self._fronted_place(h) is None:
                    # "The military struck targets across the Gaza Strip" in a story about Israel: an
                    # army with no country of its own is the story's, not the place its own verb acts
                    # in (stories13); not one whose sentence opens in another country ("In neighbouring
                    # Guatemala, the army deployed troops": carry22)
                    country = self.story_home(h)
            elif agent.sector in ARMED_GROUP_SECTORS:
                country = self._armed_partner_country(h, talks=True)  # "a truce with the rebels in Minsk" (targets21)
            if country is None and agent.sector == "GOV" and h.dep_ == "dobj":
                country = self._home_of_askers(h)  # "U.S. soybean farmers urged the administration" (stories23)
            if country is None:
                # "the mayor of Kharkiv", "residents of Lagos": the town its own 'of' names (actors10)
                # ("Turkey said the Air Force shot down a Russian jet near Syria": a bare state
                # service a state speaks of is its own, before the places its clause names (actors19))
                country = self._place_of(h, PLACE_PREPS) \
                    or (h.lemma_.lower() in PLACE_OFFICE_NOUNS and self._compound_city(h, office=True)) \
                    or (h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ccomp" and agent.sector in STATE_SECTORS
                        and agent.sector != "GOV" and self._speaker_state(h, True)) \
                    or self._own_verb_place(h) \
                    or (agent.sector in ARMED_GROUP_SECTORS and self._acting_place(h)) or self._sentence_place(h) \
                    or self._clause_place(h, agent)
            if country is None and agent.sector in STATE_SECTORS:
                # "Russian troops detained Kherson's mayor": the town owning the office, before a
                # country guessed from the clause's other actors; a place the sentence names comes
                # first ("Surrey's police chief wrote to the US Embassy in London") (targets20)
                country = self._possessor_place(h)
            if country is None and agent.sector in LOCAL_SECTORS:
                # (the police's own verb's 'at' place: "arrested an American teacher at a Moscow
                # airport" is Russia's police, not the country of the one arrested (realfix20))
                country = self._own_verb_place(h, ("at",)) or self._sentence_local_place(h) or self._compound_city(h) \
                    or self._recent_local_place(h)
            if country is None and agent.sector == "GOV":
                country = self._speaker_state(h)  # "Polish minister X said the government would"
            if country is None and h.n_rights:
                country = self._at_institution(h)  # "doctors at a Geneva hospital": its town's country (odds11)
            if country is None:
                country = self._country_not_of_victims(h)
            if country is None and ((home := home_agents().get(agent.phrase)) is not None or any(
                    c.lower_ == "federal" for c in h.children) and (home := home_agents().get("federal " + agent.phrase)) is not None) \
                    and self._acted_on_countries(h) - {home}:
                # "Federal prosecutors charged four Chinese nationals": with the only country named the
                # one acted on, the wire's home institution acts, as when it is guessed first (odds25)
                country = home
            guessed = True
            if country and agent.sector == "MIL" and any(t.lower_ in COALITION_WORDS for t in scope) \
                    and (lead := coalition_lead(country, self.date)) is not None:
                # "coalition forces bombed Baghdad" (2003), "coalition warplanes struck Houthi positions
                # near Aden" (2015): the lead state of the coalition at war there then (odds12)
                if len(lead) > 3:
                    return [self._make(h, scope[0].i, f"{lead} {agent.phrase}", lead, None, lead[:3], "org")]
                country, guessed = lead, False
            home = None
            if country:
                home = home_agents().get(agent.phrase)
                if home is None and any(c.lower_ == "federal" for c in h.children):
                    home = home_agents().get("federal " + agent.phrase)  # "federal prosecutors"
            if home is not None and home != country and country in self._acted_on_countries(h) \
                    and self._place_of(h, PLACE_PREPS) != country:  # ("a federal judge in Brasilia": Brazil's (actors26))
                # "The Treasury imposed sanctions on Venezuela's PDVSA": not Venezuela's treasury (actors12)
                country, guessed = home, False
            if country is not None and (backers := self._backers(scope, h)) and country in backers:
                # "Russian-backed separatists shot down a Malaysian airliner over eastern Ukraine": the
                # backer is not the backed; the other place the sentence names is theirs (actors12)
                country = self._place_besides(h, backers | self._acted_on_countries(h)) or country
            if stance is not None and country is not None and agent.sector == "SEP" \
                    and (favoured := self.name_at[stance]) is not None and favoured.entry.country == country:
                # "Pro-Russian separatists accused Ukraine of shelling a market": separatists are of
                # the state they would leave, never of the one they favour, also when it is the one
                # they act on (actors23)
                country = self._place_besides(h, {country}) or country
        if country is None:
            return []

        sector = self._led_body_sector(h, agent.sector)
        if h.lemma_.lower() in PEER_NOUNS:
            sector = self._peer_sector(h) or sector  # "the army chief met his Afghan counterpart"
        if sector == "MIL" and agent.phrase in LEADER_STAFF_TITLES and self._leader_owned(h):
            sector = "GOV"  # "Biden's chief of staff": the leader's office, no army staff (realfix21)
        if sector == "MIL" and self._merchant_crew(h):
            sector = "CVL"  # "Filipino sailors aboard a merchant ship": a ship's crew, no navy (odds3)
        if sector == "UAF" and h.lemma_.lower() == "fighter" and self._aircraft_model(h):
            sector = "MIL"  # "two Russian MiG-31 fighters", "Rafale fighters": jets, not militiamen (actors24)
        if sector == "CVL":
            sector = self._crowd_sector(h) or sector  # "young people protesting against ...", "striking miners"
        if sector in BREAKAWAY_SECTORS and any(self._breakaway_code(self.name_at[t.i], country)
                                           for t in scope if t.i < h.i and self.name_at[t.i] is not None):
            sector = "SEP"  # "the Abkhaz authorities", "Turkish Cypriot leader Mustafa Akinci"
        elif sector in BREAKAWAY_SECTORS and self._breakaway_seat(h, scope, country):
            sector = "SEP"  # "officials in Transnistria", "the authorities in Tiraspol" (actors24)
        if sector in ("MIL", "UAF") and self._region_named(scope, h):
            sector = "REB"  # "Tigrayan forces": a region's own armed men fight its state (targets12)
        if sector == "BUS" and self._office_of_place(scope):
            sector = "GOV"  # "the Hong Kong Chief Executive", "Macau's chief executive": a head of government
        if h.ent_type_ == "PERSON":
            # "Foreign Ministry spokesman Wang Wenbin": a person we can now refer back to
            code = country + sector
            return [self._make(h, scope[0].i, self._ent_text(h), code, country, sector, "person")]
        code = country + sector
        if sector == "IGO" or (sector == "NGO" and guessed):
            code, country = sector, None  # a non-state primary takes no country prefix ...
        # ... but a group the text gives a country ("American aid groups", "a French charity") is
        # that country's NGO (PETRARCH's ~NGO agent): USANGO, primary USA
        name = f"{self.d.country_name(country)} {agent.phrase}"
        linked = self._link_description(code, h, scope)
        if linked:
            return [linked]
        actor = self._make(h, scope[0].i, name, code, country, sector, "agent")
        if guessed:
            self.context_guess[id(actor)] = actor
            return [actor]
        # "French and Egyptian warships", "Russian and Syrian government jets": one actor per country
        others = list(members) + self._conjoined_countries(scope, country) + [
            iso for iso in self._prep_list_countries(h) if iso != country]  # "leaders of Estonia, Latvia and Poland"
        more = [self._make(h, scope[0].i, f"{self.d.country_name(iso)} {agent.phrase}", iso + sector, iso, sector, "agent")
                for iso in dict.fromkeys(others) if sector != "IGO"]
        return [actor, *more]

    def _people_home(self, h, scope, word=None) -> str | None:
        """The state an actor named by a people whose lands lie in several states lives in
        (data/homelands.tsv): the place its own phrase or its sentence names when that is one of
        them, else another of them its sentence names ("Pakistani troops killed Baloch militants"),
        else the people's default home if it has one; None leaves the usual guess (actors26)."""
        word = word or next((t for t in scope if t.i < h.i and t.lower_ in people_homes()), None)
        if word is None:
            return None
        homes, default = people_homes()[word.lower_]
        place = self._place_of(h, PLACE_PREPS) or self._sentence_place(h)
        if place in homes:
            return place
        start, end = self._sentence_bounds(h.i)
        names = [m for m in self._names_in(self.doc[max(start, 0):end]) if m.entry.country in homes
                 and border_place(self.doc[m.start]) != "partner"]  # ("near Tinzaouaten on the border with Algeria": Mali's side)
        # a place named before a people's word ("crossed into Syria to attack Kurdish fighters", not
        # the "Turkish troops" who crossed)
        for kinds in (("country", "capital", "region"), ("demonym",)):
            named = next((m.entry.country for m in names if m.entry.kind in kinds), None)
            if named is not None:
                return named
        return homes[0] if default else None

    def _home_of_askers(self, h) -> str | None:  # stories23 helper
        """'U.S. soybean farmers urged the administration to seek a deal', 'Kenyan doctors called on
        the government to pay them': a bare government a country's own people, firms, unions or
        parties address (the object of their verb) is their own state's, not the country the story
        names most. None unless every subject actor is a named, non-state actor of one country."""
        subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        found = self.actors_at.get(subj.i, []) if subj is not None else []
        if not found or any(a.sector not in DOMESTIC_ASKER_SECTORS or not a.country or self.is_guess(a) for a in found):
            return None
        homes = {a.country for a in found}
        return homes.pop() if len(homes) == 1 else None

    def _owner_before_participle(self, scope, h) -> str | None:
        """The country of 'French-led', 'Chinese-run' (name, hyphen, leader or owner participle) in h's
        phrase (resolve17)."""
        lowers = self._columns()[0]
        for t in scope:
            k = t.i
            if k + 2 < h.i and lowers[k + 1] == "-" \
                    and (lowers[k + 2] in LEADER_PARTICIPLES or lowers[k + 2] in OWNER_PARTICIPLES) \
                    and (m := self.name_at[k]) is not None and m.end == k + 1 and m.entry.country \
                    and m.entry.kind in ("country", "capital", "demonym"):
                return m.entry.country
        return None

    def _stateless_office(self, names, m, scope) -> Actor | None:
        """'ECOWAS mediator Goodluck Jonathan', 'African Union chairman Macky Sall': a national
        politician whom an intergovernmental or non-state organisation's title names acts for that
        organisation, not for his state; a 'former' title, or a country before the organisation, does
        not (resolve17)."""
        org = names[0]  # "China's UN ambassador Fu Cong": a country before it makes him the country's
        if org.end > m.start or org.entry.kind != "org" or org.entry.country is not None \
                or not any((hit := self.agent_at[k]) is not None and hit[2].title for k in range(org.end, m.start)):
            return None
        lowers = self._columns()[0]
        if any(lowers[k] in ("former", "ex", "then", "late") for k in range(scope[0].i, m.start)):
            return None
        if tuple(lowers[org.start:org.end]) in igo_short_names(self.d):
            return None  # "Security Council deputy chairman Dmitry Medvedev": a national body's generic name
        e, h = org.entry, self.doc[m.end - 1]
        return self._make(h, org.start, self._ent_text(h), e.code, None, e.sector, "person")

    def _region_named(self, scope, h) -> bool:
        """Is h named after a sub-national region ('Tigrayan forces', 'Tigray troops'), not its
        state? (targets12 helper)"""
        cols = None
        for t in scope:
            if t.i >= h.i:
                break
            m = self.name_at[t.i]
            if m is not None and m.entry.kind in ("demonym", "country"):
                cols = cols or self._columns()[0]
                if tuple(cols[m.start:m.end]) in self.d.region_words:
                    return True
        return False

    def _breakaway_code(self, m: NameMatch | None, country: str | None) -> str | None:
        """parent+SEP when match m names a break-away region of `country` that had de-facto
        authorities on the article date (breakaway.tsv), else None."""
        if m is None or not country:
            return None
        term = self.d.breakaway.get(tuple(self._columns()[0][m.start:m.end]))
        if term is None or term.code[:3] != country or (self.date and not term.covers(self.date)):
            return None
        return term.code

    def _breakaway_seat(self, h, scope, country: str | None) -> bool:
        """h's own 'in'/'of'/'from' phrase names a break-away region, or its seat, that had de-facto
        authorities on the article date: "officials in Transnistria", "the leaders of Abkhazia",
        "the authorities in Stepanakert" are those authorities, the parent's separatists, as "the
        Abkhaz authorities" are. A body the text gives a state of its own ("Moldovan officials in
        Transnistria", "Russian troops in Abkhazia") keeps it."""
        if not country or any(self.name_at[t.i] is not None for t in scope if t.i < h.i):
            return False
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                for p in c.children:
                    if p.dep_ == "pobj" and self._breakaway_code(self.name_at[p.i], country):
                        return True
        return False

    @staticmethod
    def _acts_as_polity(h) -> bool:
        """h (or the first member of its list) is a subject, object or possessor, not a place."""
        while h.dep_ == "conj" and h.head.i < h.i:
            h = h.head
        return h.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")

    def _office_of_place(self, scope) -> bool:
        """A business title held by a country or territory itself ("Hong Kong Chief Executive
        Carrie Lam", "Macau's chief executive") is its head of government; one named after a
        demonym ("a British chief executive") or a company stays a business title."""
        for t in scope:
            found = self.agent_at[t.i]
            if found is None or found[0] != t.i or found[2].sector != "BUS" or not found[2].title:
                continue
            if self.doc[found[1] - 1].tag_ in ("NNS", "NNPS"):
                return False  # "Britain's chief executives": business leaders
            before = t.i - 1 - (t.i > 0 and self.doc[t.i - 1].tag_ == "POS")
            m = self.name_at[before] if before >= 0 else None
            return m is not None and m.end == before + 1 and m.entry.kind in ("country", "capital")
        return False

    def _home_body(self, m: NameMatch) -> Entry | None:
        """'Congress voted to remove Peruvian President Martin Vizcarra': a bare one-word name of a
        national body that is also a common noun ("Congress") is that body of the story's country
        when the article names no actor of the dictionary's default country (no US person, place
        or institution) and names people or office holders of one country that has such a body."""
        e = m.entry
        if m.end - m.start != 1 or not e.country:
            return None
        bodies = self.d.bodies.get(self.doc[m.start].lower_, {})
        if len(bodies) < 2:
            return None
        home = self._home_countries()
        if e.country in home["any"]:
            return None
        best = next((iso for iso, _ in home["domestic"].most_common() if iso in bodies), None)
        if best is None:
            rivals = {iso for iso, sector in self._political_bodies() if iso in bodies and bodies[iso].sector == sector}
            best = rivals.pop() if len(rivals) == 1 else None
        return bodies.get(best) if best else None

    def _political_bodies(self) -> set[tuple[str, str]]:
        """(country, sector) of the parties and legislatures the article names by their own name:
        a party named beside a bare 'Congress' makes it that country's party of the name ('A
        Congress spokesman accused the BJP': India's Congress party), a party does not make it
        a legislature ('Congress condemned the Chinese Communist Party') (odds2 helper)."""
        out, seen = set(), set()
        for m in self.name_at:
            if m is None or id(m) in seen or not m.entry.country:
                continue
            seen.add(id(m))
            e = m.entry
            if e.kind == "org" and e.sector in ("PTY", "LEG") and not (
                    m.end - m.start == 1 and self.doc[m.start].lower_ in self.d.bodies):
                out.add((e.country, e.sector))
        return out

    def _home_countries(self) -> dict:
        """Countries the article names at all (also through organisations), and those of its
        domestic actors: known people, and countries named right before a title or agent noun
        ("Peruvian President", "Brazil's ruling party"); computed once per article."""
        cached = getattr(self, "_home", None)
        if cached is not None:
            return cached
        named, domestic = set(), Counter()
        seen = set()
        for m in self.name_at:
            if m is None or id(m) in seen or not m.entry.country:
                continue
            seen.add(id(m))
            iso = m.entry.country
            if m.entry.kind == "org" and m.end - m.start == 1 and self.doc[m.start].lower_ in self.d.bodies:
                continue  # the bare body name itself
            named.add(iso)
            nxt = m.end + 1 if m.end < len(self.doc) and self.doc[m.end].tag_ == "POS" else m.end
            if m.entry.kind == "person" or (m.entry.kind in ("country", "demonym") and nxt < len(self.doc)
                                              and self.agent_at[nxt] is not None):
                domestic[iso] += 1
        self._home = {"any": named, "domestic": domestic}
        return self._home

    def _creator_country(self, h) -> str | None:
        """'the United States announced a naval coalition', 'Russia formed a new army corps': a
        force or body with no country that its subject creates, forms or leads is the subject's."""
        if h.dep_ != "dobj" or h.head.lemma_.lower() not in CREATE_VERBS:
            return None
        if h.head.lemma_.lower() == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in h.head.children):
            return None  # "set up", not "set"
        subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
        found = self.actors_at.get(subj.i, []) if subj is not None else []
        countries = {a.country for a in found if not self.is_guess(a)}
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def _listed_persons(self, scope, h) -> list[Actor]:
        """A list the parser folded into one phrase ("South Korean President Moon Jae-in and North
        Korean leader Kim Jong Un" as one noun phrase headed by "Un"): one person per member."""
        cuts = [t.i for t in scope if t.dep_ == "cc" or (t.text in (",", ";") and t.i > scope[0].i)]
        if not cuts:
            return []
        bounds = [scope[0].i, *[c + 1 for c in cuts], h.i + 1]
        out: list[Actor] = []
        for a, b in zip(bounds, bounds[1:]):
            part = [t for t in self.doc[a:b] if t.i not in cuts]
            people = [m for m in self._names_in(part) if m.entry.kind == "person"]
            if not people:
                if part and any(t.pos_ == "PROPN" or self.agent_at[t.i] for t in part):
                    return []  # a member we cannot name: leave the phrase to the usual reading
                continue
            end = part[-1]
            out.append(self._person_actor(people[-1], end, part))
        if len(out) < 2 or not (out[-1].start <= h.idx < out[-1].end):
            return []
        return out


    @staticmethod
    def _ent_text(h) -> str:
        ent = ent_at(h)
        return span_text(ent) if ent is not None else h.text

    def _mistagged_acronym(self, i: int, h) -> bool:
        """Is token i an organisation's acronym the tagger read as a verb, adverb or adjective
        hung outside the noun after it ("ECOWAS defence chiefs threatened ...": "ECOWAS" an advcl
        of the verb)? Then it names the phrase's owner (actors9)."""
        m = self.name_at[i]
        if m is None:
            return False  # (most words: no Token made)
        t = self.doc[i]
        return m.end == i + 1 and m.entry.kind == "org" and t.pos_ in ("VERB", "ADV", "ADJ", "AUX") \
            and t.text.isupper() and len(t.text) > 1 and t.dep_ != "conj" \
            and not i < t.head.i <= h.i and not any(i < c.i <= h.i for c in t.children)

    def _plain_noun_first(self, h) -> bool:
        """Is h a plain noun (`_plain_noun`) that no check before that one in `_resolve_head` can
        resolve (perf15)? Those checks answer [] (a competition's word, part of a compound, "in
        person", a river bank, part of a title), or something only for a lemma in GROUP_NOUNS,
        references(), BLOC_NOUNS or TRADE_PARTNER_NOUNS, for "old", for a head with an agent
        match (`_same_plural_again`) or with a bloc name: for any other plain noun they end at
        `_plain_noun` with the same phrase start, which is asked here first. The phrase start is
        worked out as `_resolve_head` does; an acronym just before it (`_mistagged_acronym`, whose
        first test is a name there) is left to the full walk. Cheap tests first: a name or agent
        at h (most resolving heads) answers at once without a Token read."""
        i = h.i
        if self.name_at[i] is not None or self.agent_at[i] is not None or h.pos_ != "NOUN":
            return False
        lemma = h.lemma_.lower()
        if lemma in GROUP_NOUNS or lemma in BLOC_NOUNS or lemma in TRADE_PARTNER_NOUNS or lemma in references() \
                or h.lower_ == "old":
            return False
        edge = h.left_edge.i
        lo = max(edge, i - MAX_PHRASE, self.dateline_end + 1)
        if lo > 0 and lo == edge and self.name_at[lo - 1] is not None:
            return False
        return self._plain_noun(h, lo)

    def _lone_demonym(self, h) -> bool:
        """Is h a demonym adjective with no children and no agent noun ("the Ethiopian government",
        "Turkish, German and ... officials"), whose lemma is none of the nouns a rule before the
        country chain or after it reads (perf17)? `_resolve_head` then answers [] for it at the
        end of the no-agent branch, after building its one-word phrase and working out a country
        that no rule uses: the person and organisation rules need such a name in the phrase, which
        is h alone (no children: the phrase starts at h; an acronym before it, the one word
        `_mistagged_acronym` adds, is left to the full walk); `_agent_for` finds no agent at h; the
        head-name rules take a demonym only as a NOUN or PROPN; the country is used only for state
        nouns, state bodies, NOUNs, PERSON or NORP plural entities, proper nouns and a conjunct the
        child walk finds; the demonym-as-people rule needs a determiner or a plural tag. The
        country helpers it skips change nothing but per-doc caches (`_has_our`,
        `_last_citizenship`): for a childless h they read no child at all. About 800 heads per
        100 articles, the most common of the walk's late empty answers."""
        m = self.name_at[h.i]
        if m is None or m.entry.kind != "demonym" or self.agent_at[h.i] is not None or h.i <= self.dateline_end:
            return False
        kids = children_table(self.doc)[0]
        if kids[h.i] or h.pos_ != "ADJ" or h.tag_ != "JJ" or h.dep_ not in ("amod", "conj") or h.ent_type_ == "PERSON":
            return False
        lemma = h.lemma_.lower()
        if lemma in GROUP_NOUNS or lemma in references() or lemma in BLOC_NOUNS or lemma in GROUP_BRANCH_NOUNS \
                or lemma in TRADE_PARTNER_NOUNS or lemma in STATE_NOUNS or lemma in STATE_BODY_HEADS \
                or h.lower_ == "old" or h.text in direction_halves():
            return False
        return not (h.i > 0 and self._mistagged_acronym(h.i - 1, h))

    def _lone_date(self, h) -> bool:
        """Is h a proper-noun date word in a preposition's or adverbial slot ("on Oct. 25", "on
        Nov 28") with no name, no agent and nothing before it in its phrase, that no rule can
        read as a surname (`date_read_name`) (perf17)? `_resolve_head` then answers [] at the end of
        the no-agent branch: its phrase is h alone (no left child; an acronym before it is left to
        the full walk), so no person, organisation or head name; `_role_before_name` stops at the
        phrase start and `_agent_for` finds no agent; with no "poss", "prep", "acl" or "relcl" child,
        not a subject and not an object, every helper of the country chain answers None (they
        change nothing but per-doc caches), and without a country or a head name only the
        surname rules (a date read as a name, a common-word surname) could answer. About 900
        heads per 100 articles."""
        i = h.i
        if self.name_at[i] is not None or self.agent_at[i] is not None or i <= self.dateline_end:
            return False
        kids, deps = children_table(self.doc)
        if any(k < i or deps[k] in ("poss", "prep", "acl", "relcl") for k in kids[i]):
            return False
        if h.ent_type_ != "DATE" or h.pos_ != "PROPN" or h.tag_ != "NNP" or h.dep_ not in ("pobj", "npadvmod") \
                or h.left_edge.i != i:  # (the phrase start as _resolve_head reads it, also for a re-hung tree)
            return False
        lemma = h.lemma_.lower()
        if lemma in GROUP_NOUNS or lemma in references() or lemma in BLOC_NOUNS or lemma in GROUP_BRANCH_NOUNS \
                or lemma in TRADE_PARTNER_NOUNS or lemma in STATE_NOUNS or h.text in direction_halves() \
                or date_read_name(h):
            return False
        return not (i > 0 and self._mistagged_acronym(i - 1, h))

    def _plain_noun(self, h, lo: int) -> bool:
        """A lower-case common noun ("talks", "the weekend", "Tuesday's vote") that is no person
        or people entity and no state noun, in a phrase (tokens lo..h) with no name and no agent
        noun. Past the reference and bloc checks, _resolve_head can only return [] for it:
        without a name or agent there is no person, organisation or agent, and a country found
        for a plain noun is used only for state nouns, PERSON and NORP entities, proper nouns
        and capitalised surnames. About a quarter of all heads are like this; answering them
        from the plain match lists saves building their phrases."""
        if h.pos_ != "NOUN" or h.ent_type_ in ("PERSON", "NORP") or h.text[:1].isupper():
            return False
        name_at, agent_at = self.name_at, self.agent_at
        for j in range(lo, h.i + 1):
            if name_at[j] is not None or agent_at[j] is not None:
                return False
        return self._columns()[1][h.i] not in STATE_NOUNS

    def _names_in(self, scope) -> list[NameMatch]:
        seen, out = set(), []
        for t in scope:
            m = self.name_at[t.i]
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    def _peer_sector(self, h) -> str | None:
        """The state sector of the subject whose 'counterpart' h is ('Pakistan's army chief met his
        Afghan counterpart', 'held talks with his Nepali counterpart'): a peer holds the same kind
        of office. None when the clause's subject is no state agent resolved before h (actors7)."""
        v, steps = h.head, 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 4:
            v, steps = v.head, steps + 1
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < h.i), None)
        if subj is None:
            return None
        found = self.actors_at.get(subj.i) if hasattr(self.actors_at, "get") else None
        if not found or found[0].sector not in STATE_SECTORS:
            return None
        return found[0].sector

    def _leader_owned(self, h) -> bool:
        """Is h owned by a leader: a person holding a government office ("Biden's", "Zelensky's")
        or a leader's office ("the president's", "the prime minister's")? realfix21 helper"""
        for c in h.children:
            if c.dep_ != "poss":
                continue
            if any(a.kind == "person" and a.sector == "GOV" for a in self.actors_at.get(c.i, ())):
                return True
            words = " ".join(t.lower_ for t in c.subtree if t.dep_ in ("compound", "amod") or t.i == c.i)
            if c.lemma_.lower() in LEADER_OFFICE_NOUNS or words in LEADER_OFFICE_NOUNS:
                return True
        return False

    def _led_body_sector(self, h, sector: str) -> str:
        """'Leaders of Bangladesh's student movement', 'a spokesman for the rebel group': a
        leader or spokesman of a non-state body takes its sector, not the government's."""
        if sector != "GOV" or h.lemma_.lower() not in LED_BODY_HEADS:
            return sector
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                for p in c.children:
                    hit = self.agent_at[p.i] if p.dep_ == "pobj" else None
                    if hit is not None and hit[2].sector in LED_BODY_SECTORS:
                        return hit[2].sector
        return sector

    def _national_partner(self, h) -> Actor | None:
        """'PDVSA's Chinese partner', 'Iran's Chinese suppliers': a trading partner named by a possessor
        and a nationality adjective is a firm of that nationality, not the possessor (odds11)."""
        if not any(c.dep_ == "poss" for c in h.children):
            return None
        for c in h.children:
            m = self.name_at[c.i] if c.dep_ in ("amod", "compound") and c.i < h.i else None
            if m is not None and m.entry.kind in ("demonym", "people", "country") and m.entry.country:
                iso = m.entry.country
                return self._make(h, c.i, f"{self.d.country_name(iso)} {h.text}", iso + "BUS", iso, "BUS", "agent")
        return None

    def _group_possessor(self, h) -> Actor | None:
        """The group an agent belongs to when its possessor is 'the group' referring back ('the
        group's spokesman', 'the group's leader' after 'Hamas'), else None."""
        for c in h.children:
            if c.dep_ == "poss" and references().get(c.lemma_.lower(), (None,))[0] in ("group", "igo"):
                # ... and 'the bloc's foreign policy chief', 'the alliance's secretary general' (actors11)
                found = self._definite_reference(c)
                return found[0] if found else None
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                # "the OAS said its observers had found irregularities", "NATO said its troops ...":
                # an intergovernmental body's own people, not the country named later (targets18)
                found = self.actors_at.get(c.i) or self._pronoun(c, c.lower_)
                return found[0] if found and found[0].code.startswith("IGO") and found[0].country is None else None
        return None

    def _armed_owner(self, h) -> Actor | None:
        """The armed group a title's possessor 'their' refers back to ("their leader" after "Houthi
        rebels"), else None (actors25)."""
        for c in h.children:
            if c.dep_ == "poss" and c.lower_ == "their":
                found = self.actors_at.get(c.i) or self._pronoun(c, c.lower_)
                if len(found) == 1 and found[0].code and found[0].sector in ARMED_GROUP_SECTORS:
                    return found[0]
        return None

    def _regional_office(self, h, scope, agent) -> bool:
        """Is h a title of a region's office: 'regional', 'provincial' or a people's adjective the
        dictionaries do not know ('Kurdish', 'Tibetan') before it ("the Kurdish regional
        president", "the regional governor of Kharkiv")? odds3 helper"""
        if not agent.title or agent.sector != "GOV":
            return False  # "Catholic bishops": a faith's clergy, not a region's office
        return any(t.i < h.i and (t.lower_ in REGIONAL_OFFICE_WORDS or (t.ent_type_ == "NORP" and self.name_at[t.i] is None))
                   for t in scope)

    @staticmethod
    def _aircraft_model(h) -> bool:
        """A model name before "fighters": one with a number ("MiG-31", "F-16", "Su-27", "J-20") or an
        aircraft family of actor_words (aircraft_models)."""
        for m in h.children:
            if m.i < h.i and m.dep_ in ("compound", "amod", "nmod", "nummod"):
                for t in m.subtree:
                    if re.fullmatch(r"[A-Z][A-Za-z]{0,5}-?\d{1,3}[A-Z]?", t.text) or t.lower_ in AIRCRAFT_MODELS:
                        return True
        return False

    @staticmethod
    def _merchant_crew(h) -> bool:
        """Are the sailors h the crew of a civilian ship named in their 'of' / 'aboard' / 'on'
        phrase ("the Indian sailors of a hijacked merchant vessel", "two sailors aboard a bulk
        carrier"; actor_words merchant_ship_words)? odds3 helper"""
        preps = list(h.children)
        if h.dep_ == "dobj":
            # "wounded two sailors aboard a merchant ship", "seized six sailors from a cargo ship": the
            # parser may hang the ship phrase on the verb
            preps += [c for c in h.head.children if c.i > h.i and c.lower_ in ("aboard", "onboard", "from")]
        for c in preps:
            if c.dep_ != "prep" or c.lower_ not in SHIP_PREPS:
                continue
            for p in c.children:
                if p.dep_ == "pobj" and (p.lemma_.lower() in MERCHANT_SHIP_WORDS or any(
                        m.dep_ in ("amod", "compound") and m.lemma_.lower() in MERCHANT_SHIP_WORDS for m in p.children)):
                    return True
        return False

    def _agent_for(self, h, scope) -> Agent | None:
        """The agent noun heading the phrase, else a title inside it ("President X")."""
        hit = self.agent_at[h.i]
        if hit is not None:
            return hit[2]
        for t in reversed(scope):
            hit = self.agent_at[t.i]
            if hit is not None and (hit[2].title or (t.dep_ in ("compound", "nmod") and hit[2].sector in UNIT_SECTORS
                                                     and not (t.lower_ in WEAPON_MODIFIERS
                                                              and h.lemma_.lower() in POLICY_HEADS))):
                return hit[2]  # (not "the country's gun laws", "its missile programme": targets26)
        return None

    def _role_before_name(self, h, scope) -> Agent | None:
        """'Russian businessman Oleg Petrov', 'Chinese oil trader Zhuhai Tianhai Petroleum': a name
        the dictionary does not know, right after a role noun (not a title) that a country or
        demonym opens, is someone of that role; the role gives the sector, the demonym the country."""
        j = h.i
        while j > scope[0].i and self.doc[j - 1].pos_ in ("PROPN", "PUNCT") and self.agent_at[j - 1] is None:
            j -= 1  # the unknown name's own words ("Hamad al-Mutairi")
        if j <= scope[0].i or j == h.i and h.ent_type_ not in ("PERSON", "ORG", "PRODUCT"):
            return None  # (a firm the tagger reads as a product: "Danish shipping company Maersk" (realfix20))
        hit = self.agent_at[j - 1]
        if hit is None or hit[1] != j or self.doc[j - 1].pos_ != "NOUN" or hit[2].sector in ("IGO", "NGO"):
            return None
        before = [t for t in scope if t.i < hit[0]]
        return hit[2] if before and self._country_in(before, h) else None

    def _person_owns_body(self, h, persons: list[NameMatch]) -> bool:
        """Are the only people in the phrase of head h its possessor, and h a force, police, spy
        service, armed group or civilian following ("Museveni's security forces", "Assad's troops",
        "Tshisekedi's supporters") or a named organisation ("Imran Khan's PTI")? Then the phrase
        is that body, with the person's country, not the person (actors8). Bodies of the person's
        own sector ("Modi's government") code the same either way and are left to the person."""
        if h.dep_ == "poss":
            return False
        for m in persons:
            last = self.doc[m.end - 1]
            if m.start <= h.i < m.end or last.dep_ not in ("poss", "compound") or last.head.i != h.i:
                return False  # ("Bolsonaro supporters", "Assad forces": the name as a modifier, actors12)
        own = self.name_at[h.i]
        if own is not None:
            return own.entry.kind == "org"
        hit = self.agent_at[h.i]
        if hit is None or hit[2].sector not in OWNED_BODY_SECTORS:
            return False
        # "Riek Machar's fighters" (a rebel leader then): the armed men of an armed group's leader
        # are that group, which the person's own code already says
        return not (hit[2].sector in ("MIL", "UAF") and any(
            self.d.resolve_person(m.entry, self.date)[0][3:6] in ARMED_GROUP_SECTORS for m in persons))

    def _person_actor(self, m: NameMatch, h, scope) -> Actor:
        e = m.entry
        code, in_office = self.d.resolve_person(e, self.date)
        if not in_office and e.terms and (h.lemma_.lower() in OFFICE_HEIR_NOUNS or h.dep_ == "poss"
                                          and h.head.lemma_.lower() in OFFICE_HEIR_NOUNS):
            # "Catherine Ashton's successor praised the deal": the one now in her office (actors11)
            code, in_office = max(e.terms, key=lambda t: t.start or "").code, True
        country = code[:3] if code[:3] in self.d.countries else e.country
        if not in_office:
            # the text's own description beats the dictionary: "Kaja Kallas, Estonia's prime
            # minister" or "Foreign Minister Wang Yi" between two terms
            for c in h.children:
                if c.dep_ == "appos":
                    described = self._resolve_head(c)
                    if described and (described[0].kind in ("agent", "country") and described[0].country
                                      or described[0].kind == "org"):  # "X, the UN relief coordinator"
                        a = described[0]
                        return self._make(h, min(m.start, h.left_edge.i), e.name, a.code, a.country, a.sector, "person")
            org = next((o.entry for o in self._names_in(scope) if o.entry.kind == "org" and o.end <= m.start), None)
            if org is not None:  # "U.N. mediator X": speaking for the organisation the text names
                return self._make(h, min(m.start, h.left_edge.i), e.name, org.code, org.country, org.sector, "person")
            title = next((self.agent_at[t.i][2] for t in scope if self.agent_at[t.i] and self.agent_at[t.i][2].title), None)
            if title is not None and country:
                code = country + title.sector
                if title.sector != "ELI" and any(t.lower_ in PAST_OFFICE_WORDS for t in scope if t.i < m.start):
                    # "former Japanese prime minister Shinzo Abe": the demonym splits "former" from
                    # the title the agent table knows as an elite's ("former prime minister") (actors12)
                    code = country + "ELI"
        sector = code[3:6] or None
        return self._make(h, min(m.start, h.left_edge.i), e.name, code, country, sector, "person")

    def _make(self, h, start_i, name, code, country, sector, kind) -> Actor:
        # offsets and text from the token table and the doc's cached text (`Span.text` joins
        # the tokens again for every actor)
        start, end = token_table(self.doc).idx[min(start_i, h.i)], h.idx + len(h.text)
        return Actor(
            text=doc_text(self.doc)[start:end],
            name=name,
            code=code,
            country=country,
            sector=sector,
            start=start,
            end=end,
            kind=kind,
        )


def _acronym_plural(text: str) -> bool:
    """An acronym with a plural s ("MPs", "CEOs"): spaCy keeps the whole form as its lemma."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].isalpha()
