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

import functools
from collections import Counter
from dataclasses import dataclass

from tacitus.actors.dictionary import ActorDictionary, Agent, Entry
from tacitus.model import Actor

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom", "whose"}
GROUP_NOUNS = {"leader", "side", "country", "nation", "government", "president", "minister", "party", "state"}
NAME_DEPS = {"compound", "amod", "flat", "nmod"}  # tokens that are parts of a larger phrase
PLACE_KINDS = {"country", "capital"}
UNIT_SECTORS = {"GOV", "MIL", "COP", "REB", "INS", "UAF", "SEP", "SPY", "LEG", "JUD", "OPP", "PTY"}  # "army base", "rebel positions"; not "passenger train"
MAX_PHRASE = 16  # tokens before a head that can belong to its noun phrase (keeps resolution linear)
def sector_group(agent) -> bool:
    """Sectors whose organisations, named without a country, are international NGOs."""
    return agent.sector in ("HRI",)


@functools.lru_cache(maxsize=1)
def competitions() -> frozenset[str]:
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/competitions.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, ("word",)))


def in_competition_name(tok) -> bool:
    """A word inside the name of a competition: "French" in "the French Open"."""
    h = tok.head
    return tok.dep_ in ("compound", "flat", "amod") and h.pos_ == "PROPN" and h.text[:1].isupper() \
        and h.lower_ in competitions()


@functools.lru_cache(maxsize=1)
def references() -> dict[str, str]:
    """Nouns that, as "the NOUN", refer back to an earlier actor (data/references.tsv)."""
    from tacitus.tables import read_tsv, resource_path

    path = resource_path("tacitus.actors", "data/references.tsv")
    return {row["noun"].lower(): row["refers_to"] for _, row in read_tsv(path, ("noun", "refers_to"))}


PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "capital", "port", "state", "county",
               "area", "territory", "enclave", "island", "peninsula", "governorate", "neighbourhood", "neighborhood",
               "suburb", "quarter", "oblast", "prefecture"}  # "the Tigrayan city", "the Syrian town of Madaya"
BLOC_NOUNS = {"bloc", "grouping", "body", "organisation", "organization", "community", "union", "alliance"}
GROUP_HEADS = {"group", "organization", "organisation", "watchdog"}  # "rights groups": organisations, not people
BLOC_SECTORS = {"GOV", "LEG", "MIL", "COP"}  # agents a regional bloc word turns into the bloc itself
AIDE_NOUNS = {"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "spokesman", "spokeswoman",
              "spokesperson", "deputy", "secretary"}
STATE_NOUNS = {"republic", "kingdom", "state", "nation", "country", "emirate", "territory", "enclave", "province", "region"}


@dataclass
class NameMatch:
    start: int  # token index
    end: int  # exclusive
    entries: list[Entry]

    @property
    def entry(self) -> Entry:
        return self.entries[0]


class DocActors:
    """All actor mentions of one parsed document."""

    def __init__(self, doc, dictionary: ActorDictionary, date: str | None, gazetteer=None):
        self.doc = doc
        self.d = dictionary
        self.date = date
        self.gazetteer = gazetteer
        n = len(doc)
        self.name_at: list[NameMatch | None] = [None] * n
        self.agent_at: list[tuple[int, int, Agent] | None] = [None] * n
        self._match_names()
        self._match_agents()
        self._drop_unsupported_surnames()
        self.dominant_country = self._dominant_country()
        self.actors_at: dict[int, list[Actor]] = {}
        self.context_guess: set[int] = set()  # id() of actors whose country was guessed from context
        self.history: list[tuple[int, Actor, str]] = []  # (token index, actor, dep) in order
        self._resolve_all()

    # ------------------------------------------------------------------ matching
    def _match_names(self) -> None:
        doc, d = self.doc, self.d
        lowers = self._columns()[0]
        i, n = 0, len(doc)
        while i < n:
            found = None
            for length in d.name_lengths.get(lowers[i], ()):
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
                if entries:
                    found = NameMatch(i, i + length, entries)
                    break
            if found:
                for j in range(found.start, found.end):
                    self.name_at[j] = found
                i = found.end
            else:
                i += 1

    def _columns(self):
        """Lower-case forms, lower-case lemmas and noun flags of all tokens, read in one pass."""
        if getattr(self, "_cols", None) is None:
            from spacy.attrs import LEMMA, LOWER, POS
            from spacy.symbols import NOUN, PROPN

            strings = self.doc.vocab.strings
            arr = self.doc.to_array([LOWER, LEMMA, POS])
            noun, propn = int(NOUN), int(PROPN)
            lowers = [strings[int(x)] for x in arr[:, 0]] if len(arr) else []
            lemmas = [strings[int(x)].lower() for x in arr[:, 1]] if len(arr) else []
            nominal = [int(x) in (noun, propn) for x in arr[:, 2]] if len(arr) else []
            self._cols = (lowers, lemmas, nominal)
        return self._cols

    def _drop_unsupported_surnames(self) -> None:
        """A bare surname ("Marrero", "Johnson") is a known office holder only if the article also
        names them in full or mentions their country; otherwise it is someone else."""
        matches = {id(m): m for m in self.name_at if m is not None}.values()
        countries = {m.entry.country for m in matches if m.entry.kind != "person" and m.entry.country}
        full = {m.entry.name for m in matches if m.entry.kind == "person" and m.end - m.start > 1}
        for m in list(matches):
            e = m.entry
            if e.kind != "person" or m.end - m.start > 1 or len(e.name.split()) < 2:
                continue
            if e.name in full or (e.country and e.country in countries) or not e.country:
                continue
            before = self.agent_at[m.start - 1] if m.start > 0 else None
            if before is not None and before[2].title:
                continue  # "President Bouteflika": the title vouches for the office holder
            if self.date and any(t.role in ("HOS", "HOG") and t.covers(self.date) for t in e.terms):
                continue  # a sitting head of state or government is news by surname alone ("Putin")
            for j in range(m.start, m.end):
                self.name_at[j] = None

    def _case_ok(self, span, key) -> bool:
        if key in self.d.case_sensitive:
            return all(t.text.isupper() or not t.text.isalpha() for t in span)
        return any(t.text[:1].isupper() for t in span)

    @staticmethod
    def _plausible(span, entries: list[Entry]) -> list[Entry]:
        """Drop place readings inside a longer person or organisation name ("Michael Jordan")."""
        first = span[0]
        if first.ent_type_ not in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
            return entries
        doc = span.doc
        start = first.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = span.end
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        # the tagger's entity often swallows a possessive ("Sri Lanka's" as one PERSON) or a
        # whole list ("Mali, Burkina Faso" as one ORG): neither makes the place part of a name
        while end > span.end and doc[end - 1].tag_ == "POS":
            end -= 1
        if any(t.text in (",", ";") or t.dep_ == "cc" for t in doc[start:end]):
            return entries
        if end - start > len(span):
            return [x for x in entries if x.kind not in PLACE_KINDS]
        return entries

    def _match_agents(self) -> None:
        doc, d = self.doc, self.d
        lowers, lemmas, nominal = self._columns()
        i, n = 0, len(doc)
        while i < n:
            found = None
            lengths = set(d.agent_lengths.get(lemmas[i], ())) | set(d.agent_lengths.get(lowers[i], ()))
            for length in sorted(lengths, reverse=True):
                end = i + length
                if end > n or not nominal[end - 1]:
                    continue
                agent = d.agents.get(tuple(lemmas[i:end])) or d.agents.get(tuple(lowers[i:end]))
                if agent is None and lowers[end - 1].endswith("s"):
                    # proper-noun plurals keep their form as lemma: "Joint Chiefs" -> "joint chief"
                    agent = d.agents.get(tuple(lowers[i : end - 1]) + (lowers[end - 1][:-1],))
                if agent:
                    found = (i, end, agent)
                    break
            if found:
                for j in range(found[0], found[1]):
                    self.agent_at[j] = found
                i = found[1]
            else:
                i += 1

    def _dominant_country(self) -> str | None:
        counts: Counter = Counter()
        seen = set()
        for m in self.name_at:
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            country = m.entry.country
            if country and m.entry.kind != "org":
                counts[country] += 1
        return counts.most_common(1)[0][0] if counts else None

    # ------------------------------------------------------------------ resolution
    def _resolve_all(self) -> None:
        for tok in self.doc:
            if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"):
                continue
            if tok.pos_ in ("NUM", "ADJ", "X") and self.name_at[tok.i] is None:
                continue
            actors = self._resolve_head(tok)
            if actors:
                self.actors_at[tok.i] = actors
                for a in actors:
                    self.history.append((tok.i, a, tok.dep_))

    def actors(self, head) -> list[Actor]:
        """Actors of the phrase headed by `head`, including its conjuncts ("Putin and Xi")."""
        if head is None:
            return []
        result: list[Actor] = []
        for tok in [head, *self._conjuncts(head)]:
            found = self.actors_at.get(tok.i, [])
            if not found:
                # "Kim Yo Jong, the sister of North Korea's leader": an unknown name is known by
                # its apposition
                found = next((self.actors_at[c.i] for c in tok.children
                              if c.dep_ == "appos" and c.i in self.actors_at), [])
            for a in found:
                if all(a.code != b.code or a.name != b.name for b in result):
                    result.append(a)
        return result

    def _conjuncts(self, tok):
        """Conjuncts of tok; in a list of countries the parser often hangs the second member as
        an apposition ("Mali, Burkina Faso and Niger"), which then counts as a conjunct too."""
        out, stack = [], [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ == "conj" or (c.dep_ == "appos" and self._is_place_name(t) and self._is_place_name(c)):
                    out.append(c)
                    stack.append(c)
        return out

    def _is_place_name(self, tok) -> bool:
        m = self.name_at[tok.i]
        return m is not None and m.entry.kind in ("country", "capital", "people", "region")

    def country_actor(self, tok) -> list[Actor]:
        """The country a demonym, country or capital token names ("an Indian proposal" -> IND)."""
        m = self.name_at[tok.i]
        if in_competition_name(tok):
            return []
        if m is None or not m.entry.country or m.entry.kind not in ("country", "capital", "demonym", "people"):
            return []
        iso = m.entry.country
        return [self._make(tok, m.start, self.d.country_name(iso), iso, iso, None, "country")]

    def is_guess(self, actor) -> bool:
        return id(actor) in self.context_guess

    def mentions(self) -> list[Actor]:
        """One actor per resolved phrase (not the parts of a larger phrase), in text order."""
        out = []
        for i in sorted(self.actors_at):
            tok = self.doc[i]
            if tok.dep_ in NAME_DEPS and tok.head.i in self.actors_at:
                continue
            out.extend(self.actors_at[i])
        return out

    def _resolve_head(self, h) -> list[Actor]:
        lower = h.lower_
        if h.pos_ == "PRON":
            return self._pronoun(h, lower)
        if in_competition_name(h) and not (self.name_at[h.i] and self.name_at[h.i].entry.kind in ("person", "org")):
            return []  # "French" in "the French Open"
        if h.dep_ in ("compound", "flat") and h.head.pos_ in ("PROPN", "NOUN") and h.head.i > h.i:
            # part of a longer name/phrase resolved at its head; still keep places as mentions
            if not (self.name_at[h.i] and self.name_at[h.i].entry.kind in PLACE_KINDS):
                return []
        if h.lower_ == "person" and h.dep_ == "pobj" and h.head.lower_ == "in" and not list(h.children):
            return []  # the idiom "in person" names nobody
        if h.dep_ == "pobj" and h.head.lower_ == "of" and self.agent_at[h.head.head.i] is not None:
            return []  # "Secretary of State", "Minister of Defence": part of a title
        group = self._group_reference(h) or self._definite_reference(h)
        if group:
            return group
        bloc = self._bloc_noun(h)
        if bloc is not None:
            return [self._make(h, h.left_edge.i, bloc.name, bloc.code, None, bloc.sector, "org")]
        scope = list(self.doc[max(h.left_edge.i, h.i - MAX_PHRASE) : h.i + 1])
        names = self._names_in(scope)
        if h.pos_ == "PROPN" and h.text[:1].isupper() and h.lower_ in competitions() \
                and not any(m.entry.kind in ("person", "org") for m in names):
            return []  # "withdrew from the French Open": a tournament, not France
        # 1. person
        persons = [m for m in names if m.entry.kind == "person"]
        if persons:
            listed = self._listed_persons(scope, h)
            if listed:
                return listed
            m = next((p for p in persons if p.start <= h.i < p.end), persons[-1])
            return [self._person_actor(m, h, scope)]
        # 2. organisation
        orgs = [m for m in names if m.entry.kind == "org"]
        if orgs:
            m = next((o for o in orgs if o.start <= h.i < o.end), orgs[-1])
            e = m.entry
            owner = self._country_in([t for t in scope if t.i < m.start], h)
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
            return [self._make(h, m.start, e.name, e.code, e.country, e.sector, "org")]
        head_match = self.name_at[h.i]
        agent = self._agent_for(h, scope)
        if agent is not None and self.agent_at[h.i] is not None:
            org = self._org_of_prep(h)
            if org is not None:  # "a delegation from the IMF", "officials of the African Union"
                return [self._make(h, scope[0].i, org.name, org.code, org.country, org.sector, "org")]
        # 3. the head is itself a country / capital / people name
        if head_match is not None and head_match.entry.kind == "group" and agent is None:
            # "the two Koreas", "the Baltic states": each member country
            return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")
                    for iso in head_match.entry.members]
        if head_match is not None and head_match.entry.kind in ("country", "capital", "people") and agent is None:
            e = head_match.entry
            country = self._ethnic_override(h, scope) if e.kind == "people" else None
            iso = country or e.country
            return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")]
        country = self._country_in(scope, h) or self._country_of_prep(h) or self._possessor_country(h)
        if agent is None and h.pos_ == "PROPN" and h.ent_type_ in ("PERSON", "ORG", "") and not country:
            linked = self._person_elsewhere(h)
            if linked:
                return linked
        if agent is None:
            if country and h.lemma_.lower() in STATE_NOUNS:
                # "the autonomous Azerbaijani republic", "the Israeli state"
                return [self._make(h, scope[0].i, self.d.country_name(country), country, country, None, "country")]
            if h.ent_type_ == "PERSON" and country:
                return [self._make(h, scope[0].i, self._ent_text(h), country, country, None, "person")]
            if country and h.ent_type_ == "NORP" and h.tag_ in ("NNS", "NNPS"):
                # "Iraqi Kurds", "Lebanese Shiites": a community, coded by its country
                return [self._make(h, scope[0].i, self.d.country_name(country), country, country, None, "country")]
            if head_match is not None and head_match.entry.kind == "demonym" and h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                    and (h.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)):
                # "the Chinese", "the British" as a people; without "the" it is the language ("in French")
                iso = head_match.entry.country
                return [self._make(h, head_match.start, self.d.country_name(iso), iso, iso, None, "country")]
            return []
        members: tuple[str, ...] = ()
        if country is None:
            country = self._place_modifier(scope, h)  # "Dubai police", "Mumbai's municipal authorities"
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
        guessed = False
        if country is None and h.dep_ == "pobj" and h.head.lower_ == "as":
            return []  # "its role as a mediator", "sworn in as president": a role, not another actor
        if country is None and h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ == "NOUN":
            # "a mission of observers from the OSCE", "a team of doctors from Cuba": the group's origin
            group_head = h.head.head
            org = self._org_of_prep(group_head)
            if org is not None:
                return [self._make(h, scope[0].i, org.name, org.code, org.country, org.sector, "org")]
            country = self._country_of_prep(group_head, preps=("from",))
        if country is None and sector_group(agent) and h.lemma_.lower() in GROUP_HEADS:
            # "human rights groups" with no country: the international NGOs
            return [self._make(h, scope[0].i, agent.phrase, "NGO" + agent.sector, None, agent.sector, "agent")]
        if country is None:
            country = self._partner_country(h)
        if country is None and agent.sector == "MIL":
            country = self._country_of_prep(h, preps=("by",))  # "an airstrike by the Saudi-led coalition"
        if country is None:
            country = self._place_of(h) or self._sentence_place(h)
            if country is None:
                country = self.dominant_country
            guessed = True
        if country is None:
            return []

        sector = agent.sector
        if h.ent_type_ == "PERSON":
            # "Foreign Ministry spokesman Wang Wenbin": a person we can now refer back to
            code = country + sector
            return [self._make(h, scope[0].i, self._ent_text(h), code, country, sector, "person")]
        code = country + sector
        if sector in ("IGO", "NGO"):  # a non-state primary takes no country prefix
            code, country = sector, None
        name = f"{self.d.country_name(country)} {agent.phrase}"
        linked = self._link_description(code, h, scope)
        if linked:
            return [linked]
        actor = self._make(h, scope[0].i, name, code, country, sector, "agent")
        if guessed:
            self.context_guess.add(id(actor))
            return [actor]
        # "French and Egyptian warships", "Russian and Syrian government jets": one actor per country
        others = list(members) + self._conjoined_countries(scope, country) + [
            iso for iso in self._prep_list_countries(h) if iso != country]  # "leaders of Estonia, Latvia and Poland"
        more = [self._make(h, scope[0].i, f"{self.d.country_name(iso)} {agent.phrase}", iso + sector, iso, sector, "agent")
                for iso in dict.fromkeys(others) if sector not in ("IGO", "NGO")]
        return [actor, *more]

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

    def _conjoined_countries(self, scope, first: str) -> list[str]:
        """Countries of demonyms conjoined with the phrase's first one ("French and Egyptian")."""
        out: list[str] = []
        for t in scope:
            m = self.name_at[t.i]
            if t.dep_ != "conj" or m is None or not m.entry.country or m.entry.kind not in ("country", "demonym"):
                continue
            if t.head.i < t.i and self.name_at[t.head.i] is not None and t.head.i >= scope[0].i:
                iso = m.entry.country
                if iso != first and iso not in out:
                    out.append(iso)
        return out

    # -- helpers -----------------------------------------------------------------------
    def _place_modifier(self, scope, h) -> str | None:
        """The country of a city or region the tagger marks as a place and that names the agent
        ("Dubai police" -> ARE), looked up in the gazetteer."""
        for t in scope:
            if t.i < h.i and t.dep_ in ("compound", "nmod", "poss") and t.ent_type_ in ("GPE", "LOC") \
                    and t.pos_ == "PROPN" and self.name_at[t.i] is None:
                country = self._place_country(t)
                if country:
                    return country
        return None

    def _partner_country(self, h) -> str | None:
        """'Sri Lanka's government and the Tamil Tiger rebels': an agent with no country, joined
        to a government or a country, belongs to that country."""
        if h.dep_ != "conj":
            return None
        for a in self.actors_at.get(h.head.i, []):
            if a.country and (a.kind == "country" or a.sector == "GOV"):
                return a.country
        return None

    def _bloc_for(self, scope, h, agent: Agent) -> Entry | None:
        """A regional bloc word modifying this government, legislative or military agent noun
        directly ("Arab leaders"; not "Gulf cartel leader", where it modifies "cartel")."""
        if agent.sector not in BLOC_SECTORS or agent.title and h.ent_type_ == "PERSON":
            return None
        hit = self.agent_at[h.i]
        agent_span = range(hit[0], hit[1]) if hit is not None else range(h.i, h.i + 1)
        for m in self._names_in(scope):
            if m.entry.kind == "bloc" and self.doc[m.end - 1].head.i in agent_span:
                return m.entry
        return None

    def _group_for(self, scope, h) -> Entry | None:
        """A set of countries in the phrase ("Baltic leaders") or its of/from phrase ("officials
        from the two Koreas")."""
        places = list(scope)
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                places += [p for p in c.children if p.dep_ == "pobj"]
        for t in places:
            m = self.name_at[t.i]
            if m is not None and m.entry.kind == "group":
                return m.entry
        return None

    def _prep_list_countries(self, h) -> list[str]:
        """Countries conjoined with the first one of an 'of'/'from' phrase: in "the leaders of
        Estonia, Latvia and Poland", LVA and POL (EST is read by _country_of_prep)."""
        out: list[str] = []
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in c.children:
                    if p.dep_ != "pobj" or not self._is_place_name(p):
                        continue
                    for t in self._conjuncts(p):
                        m = self.name_at[t.i]
                        if m is not None and m.entry.country and self._is_place_name(t):
                            out.append(m.entry.country)
        return out

    def _org_of_prep(self, h):
        """'a delegation from the IMF', 'officials of the West African bloc ECOWAS'."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at"):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    named = [p, *(a for a in p.children if a.dep_ == "appos")]
                    for t in named:
                        m = self.name_at[t.i]
                        if m is not None and m.entry.kind == "org":
                            return m.entry
                    bloc = self._bloc_noun(p)
                    if bloc is not None:
                        return bloc
        return None

    def _bloc_noun(self, h) -> Entry | None:
        """'the West African bloc', 'the Southeast Asian grouping': the bloc's organisation."""
        if h.lemma_.lower() not in BLOC_NOUNS:
            return None
        for c in h.children:
            m = self.name_at[c.i] if c.dep_ in ("amod", "compound") else None
            if m is not None and m.entry.kind == "bloc" and m.entry.code != "IGO":
                return m.entry
        return None

    def _possessor_country(self, h) -> str | None:
        """'his country', 'its government', 'their troops': the country of the possessor."""
        for c in h.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                found = self.actors_at.get(c.i) or self._pronoun(c, c.lower_)
                if found and found[0].country:
                    return found[0].country
        return None

    def _person_elsewhere(self, h) -> list[Actor]:
        """An unknown name: its apposition ("Vadim Krasikov, a Russian") or the same surname
        named earlier in the article with a known code ("Wang" after "Foreign Minister Wang Yi")."""
        for c in h.children:
            if c.dep_ == "appos":
                found = self.actors_at.get(c.i) or self._resolve_head(c)
                if found:
                    a = found[0]
                    return [self._make(h, h.left_edge.i, self._ent_text(h), a.code, a.country, a.sector, "person")]
        surname = h.text
        for _, a, _ in reversed(self.history):
            parts = a.name.split()
            if a.kind == "person" and surname in (parts[0], parts[-1]) and a.name != surname:
                return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "person")]
        return []

    @staticmethod
    def _ent_text(h) -> str:
        ent = next((e for e in h.doc.ents if e.start <= h.i < e.end), None)
        return ent.text if ent is not None else h.text

    def _names_in(self, scope) -> list[NameMatch]:
        seen, out = set(), []
        for t in scope:
            m = self.name_at[t.i]
            if m is not None and id(m) not in seen:
                seen.add(id(m))
                out.append(m)
        return out

    def _agent_for(self, h, scope) -> Agent | None:
        """The agent noun heading the phrase, else a title inside it ("President X")."""
        hit = self.agent_at[h.i]
        if hit is not None:
            return hit[2]
        for t in reversed(scope):
            hit = self.agent_at[t.i]
            if hit is not None and (hit[2].title or (t.dep_ in ("compound", "nmod") and hit[2].sector in UNIT_SECTORS)):
                return hit[2]
        return None

    def _country_in(self, scope, h) -> str | None:
        for t in scope:
            m = self.name_at[t.i]
            if m is not None and m.entry.country and m.entry.kind in ("country", "capital", "demonym", "people"):
                return m.entry.country
        return None

    def _country_of_prep(self, h, preps=("of", "from", "for")) -> str | None:
        """'the president of Armenia', 'troops from Chad', 'adviser to Prime Minister Abiy'."""
        if h.lemma_.lower() in AIDE_NOUNS:
            preps = (*preps, "to")  # an aide serves the one named after "to" (an ambassador to X does not)
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        m = self.name_at[p.i]
                        if m is not None and m.entry.country and m.entry.kind in ("country", "capital", "people", "demonym"):
                            return m.entry.country
                        # "officers of Russia's GRU military intelligence agency"
                        country = self._country_in(list(self.doc[p.left_edge.i : p.i + 1]), p)
                        if country:
                            return country
                        resolved = self.actors_at.get(p.i)
                        if resolved is None and p.i > h.i and m is not None and m.entry.kind == "person":
                            # a person named after the agent is resolved later in document order
                            resolved = [self._person_actor(m, p, list(self.doc[p.left_edge.i : p.i + 1]))]
                        if resolved and resolved[0].country:
                            return resolved[0].country
        return None

    def _place_of(self, h, preps=("in", "inside", "within", "across")) -> str | None:
        """'police in Kenya' -> KEN."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    country = self._described_place(p)
                    if country:
                        return country
        return None

    def _described_place(self, p) -> str | None:
        """The country of a place phrase, also when it is named through a common noun: 'the port
        city of Mariupol', 'the Old City of Mosul' (the name after 'of' wins over the gazetteer's
        reading of the head, unless the head is a dictionary name: 'the Republic of Korea'),
        'the Tigrayan city' (its demonym)."""
        if self.name_at[p.i] is not None:
            return self._place_country(p)
        if p.pos_ == "NOUN" and p.lemma_.lower() in PLACE_NOUNS:
            for c in p.children:  # the text's own word beats the gazetteer ("the Syrian town of Madaya")
                m = self.name_at[c.i] if c.dep_ in ("amod", "compound") and c.i < p.i else None
                if m is not None and m.entry.kind in ("demonym", "country") and m.entry.country:
                    return m.entry.country
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for q in c.children:
                    country = self._place_country(q) if q.dep_ == "pobj" else None
                    if country:
                        return country
        return self._place_country(p)

    def _place_country(self, tok) -> str | None:
        place = self.place_at(tok)
        return place[1] if place else None

    def use_places(self, places) -> None:
        """Let place_at answer from the article's resolved places (tacitus.extract.places),
        which weigh the whole article, instead of a name-by-name gazetteer lookup."""
        self.resolved_places = {}
        for p in places:
            span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None and p.feature in ("city", "facility", "state") and p.lat is not None:
                for t in span:
                    self.resolved_places[t.i] = p

    def place_at(self, tok) -> tuple[str, str | None, object] | None:
        """(name, country ISO3, gazetteer Place or None) when tok names a country or city."""
        if in_competition_name(tok):
            return None
        resolved = getattr(self, "resolved_places", None)
        if resolved and tok.i in resolved:
            p = resolved[tok.i]
            return p.text, p.country, p
        m = self.name_at[tok.i]
        if m is not None and m.entry.country and m.entry.kind in PLACE_KINDS:
            name = self.doc[m.start : m.end].text
            geo = self.gazetteer.lookup(name, prefer=(m.entry.country,)) if self.gazetteer and m.entry.kind == "capital" else None
            return name, m.entry.country, geo
        if (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN") and self.gazetteer is not None:
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
            if ent is None:
                ent = tok.doc[tok.left_edge.i if tok.left_edge.pos_ == "PROPN" else tok.i : tok.i + 1]
            if ent is not None:
                text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                geo = self.gazetteer.lookup(text, prefer=self._countries_seen())
                if geo is not None:
                    return ent.text, geo.country, geo
        return None

    def _countries_seen(self) -> tuple[str, ...]:
        if self.dominant_country:
            return (self.dominant_country,)
        return ()

    def _sentence_place(self, h) -> str | None:
        """The first place the sentence says something happened 'in' (computed once per sentence)."""
        start, end = self._sentence_bounds(h.i)
        cache = self.__dict__.setdefault("_sentence_places", {})
        if start not in cache:
            cache[start] = None
            for t in self.doc[start:end]:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across", "near", "outside"):
                    country = self._described_place(t)
                    if country:
                        cache[start] = country
                        break
        return cache[start]

    def _sentence_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) token indices of the sentence holding token i; Token.sent rescans the
        sentence on every call, which is quadratic on long unpunctuated text."""
        if getattr(self, "_bounds", None) is None:
            import bisect

            starts = [s.start for s in self.doc.sents]
            self._bounds = (starts, starts[1:] + [len(self.doc)], bisect)
        starts, ends, bisect = self._bounds
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], ends[k]

    def _ethnic_override(self, h, scope) -> str | None:
        """Ethnic groups are coded by the country they live in: 'ethnic Albanians in Serbia',
        'the Albanians of southern Serbia' -> SRB."""
        if any(t.lower_ == "ethnic" for t in scope):
            found = self._place_of(h, ("in", "of", "inside", "within", "across")) or self._sentence_place(h)
            if found:
                return found
            # no place in the sentence: the country the article is about, unless that is the
            # group's own nation state ("ethnic Albanian rebels" in a story about Macedonia)
            own = next((m.entry.country for m in self._names_in(scope) if m.entry.kind in ("demonym", "people")), None)
            return self.dominant_country if self.dominant_country != own else None
        m = self.name_at[h.i]
        if m is not None and m.entry.kind == "people":
            return self._place_of(h, ("in", "of"))
        return None

    def _person_actor(self, m: NameMatch, h, scope) -> Actor:
        e = m.entry
        code, in_office = self.d.resolve_person(e, self.date)
        country = code[:3] if code[:3] in self.d.countries else e.country
        if not in_office:
            # the text's own description beats the dictionary: "Kaja Kallas, Estonia's prime
            # minister" or "Foreign Minister Wang Yi" between two terms
            for c in h.children:
                if c.dep_ == "appos":
                    described = self._resolve_head(c)
                    if described and described[0].kind in ("agent", "country") and described[0].country:
                        a = described[0]
                        return self._make(h, min(m.start, h.left_edge.i), e.name, a.code, a.country, a.sector, "person")
            title = next((self.agent_at[t.i][2] for t in scope if self.agent_at[t.i] and self.agent_at[t.i][2].title), None)
            if title is not None and country:
                code = country + title.sector
        sector = code[3:6] or None
        return self._make(h, min(m.start, h.left_edge.i), e.name, code, country, sector, "person")

    def _make(self, h, start_i, name, code, country, sector, kind) -> Actor:
        start_tok = self.doc[min(start_i, h.i)]
        return Actor(
            text=self.doc[start_tok.i : h.i + 1].text,
            name=name,
            code=code,
            country=country,
            sector=sector,
            start=start_tok.idx,
            end=h.idx + len(h.text),
            kind=kind,
        )

    def _pronoun(self, h, lower) -> list[Actor]:
        if lower in RELATIVE_PRONOUNS:
            return []
        if lower in PERSON_PRONOUNS:
            # the latest person who was a subject, else the latest person (subjects are salient:
            # in "Blinken told a news conference with Cho. He accused..." he is Blinken)
            people = [(i, a, dep) for i, a, dep in self.history if a.kind == "person" and i < h.i]
            recent = [x for x in people if x[0] >= h.sent.start - 80]
            for i, a, dep in reversed(recent):
                if dep in ("nsubj", "nsubjpass"):
                    return [self._copy(a, h)]
            if people:
                return [self._copy(people[-1][1], h)]
            return []
        if lower in THING_PRONOUNS:
            for i, a, dep in reversed(self.history):
                if a.kind in ("country", "org", "agent") and dep in ("nsubj", "nsubjpass", "poss") and i < h.i:
                    return [self._copy(a, h)]
            return []
        if lower in PLURAL_PRONOUNS:
            # the latest subject group: all actors sharing the latest subject head and its conjuncts
            for i, a, dep in reversed(self.history):
                if dep in ("nsubj", "nsubjpass") and i < h.i:
                    heads = [i] + [c.i for c in self._conjuncts(self.doc[i])]
                    group = [x for j in heads for x in self.actors_at.get(j, [])]
                    return [self._copy(x, h) for x in group] if len(group) > 1 or a.kind == "agent" else []
            return []
        return []

    @staticmethod
    def _copy(a: Actor, h) -> Actor:
        return Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "pronoun")

    def _group_reference(self, h) -> list[Actor]:
        """'the two leaders', 'both countries' -> the last two distinct actors of that kind."""
        if h.lemma_.lower() not in GROUP_NOUNS or h.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in ("two", "both") for c in h.children):
            return []
        want_person = h.lemma_.lower() in ("leader", "president", "minister")
        picked: list[Actor] = []
        for _, a, _ in reversed(self.history):
            if (a.kind == "person") != want_person and not (not want_person and a.kind == "agent"):
                continue
            if all(a.code[:3] != b.code[:3] for b in picked):
                picked.append(a)
            if len(picked) == 2:
                break
        if len(picked) < 2:
            return []
        return [self._copy(a, h) for a in reversed(picked)]

    def _definite_reference(self, h) -> list[Actor]:
        """'the country' -> the latest country named before it; 'the bloc' -> the latest IGO."""
        kind = references().get(h.lemma_.lower())
        if kind is None or h.tag_ != "NN" or h.ent_type_:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            return []
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") and (self.name_at[c.i] is not None or c.pos_ == "PROPN")
               for c in h.children):
            return []  # "the Baltic state", "the Arab nation": named, not a reference back
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
            return []  # "the union of ...", "the body of a soldier"
        for i, a, _ in reversed(self.history):
            if i >= h.i or i < h.i - 400:
                continue
            if kind == "igo" and a.code.startswith("IGO") and a.kind == "org":
                return [self._copy(a, h)]
            if kind == "country" and a.country and a.kind in ("country", "agent", "person", "org"):
                iso = a.country
                return [Actor(h.text, self.d.country_name(iso), iso, iso, None, h.idx, h.idx + len(h.text), "pronoun")]
        return []

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
