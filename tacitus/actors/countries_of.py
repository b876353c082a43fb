"""Which country an agent or place belongs to: demonyms and names in the phrase, 'of'/'from'
phrases, possessors, places the agent is in, regional blocs and fixed country groups (a mixin
of DocActors)."""
from __future__ import annotations

from tacitus.actors.dictionary import Agent, Entry
from tacitus.model import Actor
from tacitus.actors.resolver_words import (
    TRAVEL_WORDS,  # odds3 helper
    ACTING_PREPS,  # odds13
    AIDE_NOUNS,
    LAUNCH_PARTICIPLES,
    BACKER_PARTICIPLES,
    BLOC_NOUNS,
    BLOC_SECTORS,
    COMPASS_WORDS,
    PLACE_KINDS,
    COMMAND_OF_FORCES,
    FOREIGN_WORDS,
    PLACE_NOUNS,
    STATE_SECTORS,
    STREET_NOUNS,  # targets21
    in_competition_name,
)
from tacitus.nlp import ent_at, heads_of_dep, token_table
from tacitus.events.syntax import children_table  # perf11e
from tacitus.actors.resolver_words import first_name_genders  # places3 helper
from tacitus.actors.resolver_words import ETHNIC_FORMS, RESIDENT_SECTORS  # odds16
from tacitus.actors.resolver_words import LAUNCHED_WEAPONS  # actors23
from tacitus.actors.resolver_words import WORD_TOWN_NAMES  # odds18
from tacitus.actors.resolver_words import US_STATE_HOMONYMS, US_STATE_OFFICES  # realfix20
from tacitus.extract.dates import MONTHS  # realfix18 helper
from tacitus.actors.resolver_words import MEMBER_STATE_NOUNS  # realfix19
from tacitus.actors.resolver_words import EPONYM_THINGS  # realnews24
from tacitus.actors.resolver_words import located_border  # odds25


class CountryFinder:
    def _conjoined_countries(self, scope, first: str) -> list[str]:
        """Countries of demonyms conjoined with the phrase's first one ("French and Egyptian")."""
        out: list[str] = []
        for t in scope:
            m = self.name_at[t.i]
            if m is None or not m.entry.country or m.entry.kind not in ("country", "demonym"):
                continue
            if t.dep_ != "conj":
                # "the British, French and German ambassadors": a second demonym the parser hangs on
                # the noun itself after a comma qualifies it as the first does (resolve17)
                if t.dep_ in ("amod", "compound", "nmod") and t.i > scope[0].i and t.i == m.start \
                        and self.doc[t.i - 1].text == "," and m.entry.country != first and m.entry.country not in out:
                    out.append(m.entry.country)
                continue
            if t.head.i < t.i and self.name_at[t.head.i] is not None and t.head.i >= scope[0].i:
                iso = m.entry.country
                if iso != first and iso not in out:
                    out.append(iso)
        return out + [iso for iso in self._elliptic_countries(scope) if iso != first and iso not in out]

    def _elliptic_countries(self, scope) -> list[str]:
        """'North and South Korean warships', 'East and West German leaders': a bare compass word
        conjoined with a demonym that begins with another one stands for that demonym with its own
        word, or for the plain demonym when there is none ('North and South Sudanese troops')
        (targets4 helper)."""
        out: list[str] = []
        for t in scope:
            if t.lower_ not in COMPASS_WORDS or self.name_at[t.i] is not None:
                continue
            for c in t.children:
                m = self.name_at[c.i] if c.dep_ == "conj" else None
                if m is None or m.end - m.start < 2 or self.doc[m.start].lower_ not in COMPASS_WORDS:
                    continue
                words = [t.text] + [w.text for w in self.doc[m.start + 1 : m.end]]
                # no such demonym ("North Sudanese"): the demonym without its compass word ("Sudanese")
                iso = next((e.country for ws in (words, words[1:]) for e in self.d.lookup(ws)
                            if e.kind in ("country", "demonym") and e.country), None)
                if iso and iso not in out:
                    out.append(iso)
        return out

    # -- helpers -----------------------------------------------------------------------
    def _place_modifier(self, scope, h) -> str | None:
        """The country of a city or region the tagger marks as a place and that names the agent
        ("Dubai police" -> ARE), looked up in the gazetteer. The tagger often reads a town before
        a person noun as an organisation ("a Cheltenham man"): a one-word name is also taken
        when it is the own name of a sizeable city."""
        for t in scope:
            # (the tagger may read a city it marks as a place as a common noun: "Lagos police",
            # "Kolkata police" (targets18))
            if t.i < h.i and t.dep_ in ("compound", "nmod", "poss") and self.name_at[t.i] is None and (
                    t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.ent_type_ in ("GPE", "LOC") and t.text[:1].isupper()):
                if t.ent_type_ in ("GPE", "LOC"):
                    country = self._place_country(t)
                elif t.ent_type_ in ("ORG", "") and self._town_word(t):
                    country = self._town_word(t).country
                else:
                    country = None
                if country:
                    return country
        return None

    def _town_word(self, t):
        """The gazetteer city a single capitalised word names on its own (a city of 100,000 or
        more whose own name it is, in a country the article names: a word the tagger did not
        take for a place is often a company or a surname), else None."""
        if self.gazetteer is None or not t.text[:1].isupper() or t.ent_iob_ == "I" \
                or (t.i + 1 < len(self.doc) and self.doc[t.i + 1].ent_iob_ == "I"):
            return None  # part of a longer name ("Reading Festival", "Paris Hilton")
        geo = self._own_city(t.text, 100_000)
        return geo if geo is not None and geo.country in self._countries_named() else None

    def _own_city(self, word: str, min_population: int):
        """The gazetteer city of at least `min_population` whose own primary name `word` is
        (preferring the countries the article names), else None."""
        if not self.gazetteer.is_primary(word):
            return None
        geo = self.gazetteer.lookup(word, prefer=self._countries_seen())
        return geo if geo is not None and geo.feature == "city" and (geo.population or 0) >= min_population else None

    def _compound_city(self, h, office: bool = False) -> str | None:
        """'Christchurch police', 'Auckland police', 'Marseille prosecutors': a big city (300,000 or
        more, its own primary name) written as the compound of a local agent noun is where that
        agent serves, even in an article that never names the city's country (odds13; read only
        for a local agent with no country). A town's own office ('the Kherson governor') takes a
        town of any size the gazetteer knows, even one the tagger read as a person (realfix21)."""
        if self.gazetteer is None:
            return None
        for c in h.children:
            if c.dep_ != "compound" or c.i != h.i - 1 or not c.text[:1].isupper() or c.n_lefts \
                    or self.name_at[c.i] is not None or (c.ent_type_ == "PERSON" and not office):
                continue
            if (geo := self._own_city(c.text, 10_000 if office else 300_000)) is not None:
                return geo.country
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
        return out or self._of_group_countries(h)[1:]

    def _of_group_countries(self, h) -> list[str]:  # stories12 helper
        """'the foreign ministers of the two countries', 'the leaders of both nations': the
        countries the pair noun of h's 'of' phrase refers back to, else []."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.tag_ == "NNS" and self.name_at[p.i] is None:
                        found = [a.country for a in self._group_reference(p) if a.country]
                        return list(dict.fromkeys(found)) if len(set(found)) > 1 else []
        return []

    def _org_of_prep(self, h, at: bool = True):
        """'a delegation from the IMF', 'officials of the West African bloc ECOWAS'; with at=False
        an 'at' phrase is only a venue ("Ukraine's president at the White House", types15)."""
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "at") and (at or c.lower_ != "at"):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    named = [p, *(a for a in p.children if a.dep_ == "appos")]
                    if p.tag_ == "NNS" and p.lemma_.lower() in MEMBER_STATE_NOUNS:
                        # "leaders of ECOWAS member states", "ministers from EU countries": the body (realfix19)
                        named += [a for a in p.children if a.dep_ == "compound" and a.i < p.i]
                    for t in named:
                        m = self.name_at[t.i]
                        if m is not None and m.entry.kind == "org":
                            return m.entry
                    bloc = self._bloc_noun(p)
                    if bloc is not None:
                        return bloc
                    owner = self._org_before_agent(p)
                    if owner is not None:
                        return owner
        return None

    def _org_before_agent(self, p) -> Entry | None:
        """'a delegation of senior Hamas officials', 'a team of UN inspectors': the organisation
        naming the people of the phrase."""
        if self.agent_at[p.i] is None:
            return None
        for c in p.children:
            if c.dep_ == "compound" and c.i < p.i:
                m = self.name_at[c.i]
                if m is not None and m.entry.kind == "org":
                    return m.entry
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
        if not self._has_child_dep(h.i, "poss"):
            return None
        for c in h.children:
            if c.dep_ == "poss" and (c.pos_ == "PRON" or c.lower_ == "whose"):  # "whose" is tagged DET
                found = self._relative_antecedent(h) if c.lower_ == "whose" else None
                found = found or self.actors_at.get(c.i) or self._pronoun(c, c.lower_)
                if found and found[0].country:
                    return found[0].country
        return None

    def _relative_antecedent(self, h) -> list:
        """'Belarus, whose president has threatened ...', 'Israel, whose troops killed ...': the
        possessor 'whose' is the noun the relative clause hangs on (already resolved: it comes
        first), not the last actor named. A few steps up from the possessed noun to the clause."""
        cur = h
        for _ in range(4):
            if cur.dep_ == "relcl":
                return self.actors_at.get(cur.head.i, [])
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return []

    def _named_possessor_country(self, h) -> str | None:
        """'Karadzic's forces', 'the president's guards': a person or country named as the
        possessor gives the agent its country, before any place in the sentence (the possessor is
        resolved first, in document order, also when it is known only from earlier in the article)."""
        if not self._has_child_dep(h.i, "poss"):
            return None
        for c in h.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                for a in self.actors_at.get(c.i, ()):
                    if a.country and (a.kind in ("person", "country") or a.kind == "pronoun" and a.code == a.country):
                        # "the kingdom's top diplomat", "the country's prime minister": the state
                        # 'the kingdom' refers back to, before the place the sentence names (actors11)
                        return a.country
        return None

    def _country_in(self, scope, h) -> str | None:
        for t in scope:
            m = self.name_at[t.i]
            if m is None and "-" in t.text and t.i < h.i:
                iso = self._hyphen_country(t)
                if iso:
                    return iso
            if m is not None and m.entry.country and m.entry.kind in ("country", "capital", "demonym", "people"):
                if t.head.i != h.i and t.head.lower_ in BACKER_PARTICIPLES and t.head.i < h.i:
                    continue  # "Moscow-backed separatists", "Iranian-armed militias": the backer
                if t.lower_ in US_STATE_HOMONYMS and any((hit := self.agent_at[x.i]) is not None
                                                         and hit[2].phrase in US_STATE_OFFICES for x in scope if x.i > t.i):
                    return "USA"  # "Georgia's governor Brian Kemp": the US state (realfix20)
                return m.entry.country
        return None

    def _hyphen_country(self, t) -> str | None:
        """A country the tokenizer left glued to a participle: "a U.S.-led coalition" (one token,
        as "U.S." keeps its dots) is led by the US; "U.S.-backed forces" are not the US's."""
        prefix, _, suffix = t.text.rpartition("-")
        if not prefix or not suffix or suffix.lower() in BACKER_PARTICIPLES:
            return None
        for e in self.d.names.get((prefix.lower(),), ()):
            if e.country and e.kind in ("country", "capital", "demonym"):
                key = (prefix.lower(),)
                if key in self.d.case_sensitive and not prefix.replace(".", "").isupper():
                    return None
                return e.country
        return None

    def _held_place(self, h) -> str | None:
        """'rebel-held districts of eastern Aleppo': the holders are in the place they hold."""
        if h.dep_ in ("npadvmod", "compound") and h.head.tag_ == "VBN" and h.head.dep_ == "amod" \
                and h.head.lower_ not in BACKER_PARTICIPLES:
            return self._described_place(h.head.head)
        return None

    @staticmethod
    def _misparsed_launch(h) -> bool:
        """'Missiles fired from Iran struck two bases in Iraq': a round the parser made the subject of
        its own launch participle, read as the clause's finite verb with the real verb its conjunct
        (actors23); the launch verb's 'from' phrase is then the round's, as in 'missiles fired from Iran'."""
        if h.dep_ != "nsubj" or h.lemma_.lower() not in LAUNCHED_WEAPONS:
            return False
        v = h.head
        return v.tag_ == "VBD" and v.lemma_.lower() in LAUNCH_PARTICIPLES \
            and not any(c.dep_ == "dobj" for c in v.children) \
            and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in v.children)

    def _country_of_prep(self, h, preps=("of", "from", "for")) -> str | None:
        """'the president of Armenia', 'troops from Chad', 'adviser to Prime Minister Abiy'."""
        misparsed = self._misparsed_launch(h)
        if not misparsed and not self._has_child_dep(h.i, "prep") and not self._has_child_dep(h.i, "acl") \
                and not self._has_child_dep(h.i, "relcl"):
            return None  # no prepositional phrase on h at all (most nouns)
        if h.lemma_.lower() in AIDE_NOUNS:
            preps = (*preps, "to")  # an aide serves the one named after "to" (an ambassador to X does not)
        # "mortar shells fired from Myanmar", "rockets launched from Gaza": where the weapon came
        # from, named on the participle that describes it (targets18)
        doc = self.doc
        kids, dep_col = children_table(doc)  # h's children's labels: a Token only for those read (perf11e)
        heads = [(doc[k], preps) for k in kids[h.i] if dep_col[k] == "prep"]  # (only a "prep" is read below)
        # (sources20: and the people sent or crossing from it: "agents flown in from Riyadh", "gunmen
        # who had crossed from Mali", "rockets that were fired from Lebanon"; not one who flew in
        # from a trip: "a lawmaker who had just flown in from Bogota")
        heads += [(p, ("from",)) for v in (doc[k] for k in kids[h.i] if dep_col[k] in ("acl", "relcl"))
                  if (v.dep_ == "acl" and v.tag_ in ("VBN", "VBG") or v.dep_ == "relcl" and (
                      v.lemma_.lower() == "cross" or any(c.dep_ == "auxpass" for c in v.children)))
                  and v.lemma_.lower() in LAUNCH_PARTICIPLES for p in v.children]
        # (targets21: and those trying to cross from it, also past what they cross: "refugees trying
        # to cross the border fence from Serbia" are in Serbia)
        heads += [(p, ("from",)) for v in h.children if v.dep_ == "acl" and v.tag_ == "VBG"
                  for x in v.children if x.dep_ == "xcomp" and x.lemma_.lower() == "cross"
                  for y in (x, *(o for o in x.children if o.dep_ == "dobj")) for p in y.children]
        if misparsed:
            heads += [(p, ("from",)) for p in h.head.children]  # 'Missiles fired from Iran struck ...' (actors23)
        for c, preps in heads:
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
        """'police in Kenya' -> KEN; 'militants based in Pakistan', 'troops stationed in Syria' (the
        place of a participle that describes h: targets4 helper)."""
        # ("the parliament building in Gaza City": a body named as the compound of a building
        # is where the building's own place phrase puts it (targets15))
        doc = self.doc
        kids, dep_col = children_table(doc)  # the children's labels and forms from the columns (perf14)
        lowers = self._columns()[0]
        holders = (h, *(v for k in kids[h.i] if dep_col[k] == "acl" and (v := doc[k]).tag_ == "VBN"))
        if h.dep_ == "compound" and h.head.pos_ == "NOUN":
            holders += (h.head,)
        for x in holders:
            for c in kids[x.i]:
                if dep_col[c] == "prep" and lowers[c] in preps:
                    for p in kids[c]:
                        country = self._described_place(doc[p])
                        if country:
                            return country
                elif dep_col[c] == "prep" and lowers[c] == "on":
                    # "a building on the outskirts of Kharkiv", "an office on Kyiv's main square" (targets21)
                    for p in kids[c]:
                        country = self._described_place(pt) if (pt := doc[p]).lemma_.lower() in STREET_NOUNS else None
                        if country:
                            return country
        nxt = h.right_edge.i + 1
        if h.dep_ == "dobj" and nxt < len(self.doc) and (c := self.doc[nxt]).dep_ == "prep" \
                and c.lower_ in preps and c.head.i == h.head.i:
            # "gave the junta in Niger a week": the place phrase right after the object, which the
            # parser hung on the verb, still says where the object is (wire21)
            for p in c.children:
                if p.dep_ == "pobj" and (country := self._described_place(p)):
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
            for c in p.children:  # "Nigeria's Niger state": the possessor country owns the named state
                m = self.name_at[c.i] if c.dep_ == "poss" else None
                if m is not None and m.entry.kind == "country" and m.entry.country:
                    return m.entry.country
            for c in p.children:  # the text's own word beats the gazetteer ("the Syrian town of Madaya")
                m = self.name_at[c.i] if c.dep_ in ("amod", "compound") and c.i < p.i else None
                if m is not None and m.entry.kind in ("demonym", "country") and m.entry.country:
                    return m.entry.country
                if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < p.i and c.lower_ not in BACKER_PARTICIPLES:
                    # "Houthi-held territory", "Taliban-controlled districts": a movement of one country
                    # holds land in it (not a state's word: "Russian-held territory" may be another's) (targets21)
                    for d in c.children:
                        m = self.name_at[d.i] if d.dep_ in ("npadvmod", "compound") else None
                        if m is not None and m.entry.kind == "org" and m.entry.country:
                            return m.entry.country
        for c in p.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for q in c.children:
                    country = self._place_country(q) if q.dep_ == "pobj" else None
                    if country:
                        return country
        country = self._place_country(p) or self._possessor_place_country(p)
        if country is None and located_border(p) and not any(c.dep_ == "prep" and c.lower_ == "with" for c in p.children) \
                and not (p.i + 1 < len(p.doc) and p.doc[p.i + 1].lower_ in ("with", "between")):
            # "militants near Jordan's border", "rebels close to Uganda's border": as with "near the
            # Ugandan border", the side of the line is not said (with a partner it is: "villages
            # near Macedonia's border with Bulgaria" are in Macedonia) (odds25)
            return None
        if country is None and p.pos_ in ("PROPN", "NOUN"):
            # a site named after its city: "near Dhaka University", "at Kabul airport"
            # ("in Baghdad's Green Zone": the possessor city; also of a common noun, "in
            # Mykolaiv's central square" (targets15))
            # ("at a Moscow airport": a common noun's city compound too; not a country's, "outside the
            # US embassy in Manila" (realfix20))
            for c in sorted(p.children, key=lambda c: c.dep_ != "poss"):
                if c.dep_ not in ("poss", "compound") or c.i > p.i or c.pos_ != "PROPN":
                    continue
                if c.dep_ == "compound" and p.pos_ == "NOUN" and (m := self.name_at[c.i]) is not None \
                        and m.entry.kind != "capital":
                    continue
                country = self._place_country(c)  # a city alone (see place_at)
                if country:
                    break
        return country

    def _possessor_place_country(self, p) -> str | None:
        """'in Kaduna's Kajuru local government area', 'in Sindh's Tharparkar district': a district
        or area named through its city's or province's possessive is in that place's country."""
        if p.pos_ != "NOUN" or p.lemma_.lower() not in PLACE_NOUNS:
            return None
        for c in p.children:
            # ("the governor of Kherson region", "in Luhansk oblast": the name written as the
            # compound of the place noun (actors19))
            if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.i < p.i:
                country = self._place_country(c)
                if country or c.dep_ == "poss":
                    return country
        return None

    def _place_country(self, tok) -> str | None:
        place = self.place_at(tok)
        return place[1] if place else None

    def use_places(self, places) -> None:
        """Let place_at answer from the article's resolved places (tacitus.extract.places),
        which weigh the whole article, instead of a name-by-name gazetteer lookup."""
        self.resolved_places = {}
        for p in places:
            if p.feature not in ("city", "facility", "state") or p.lat is None:
                continue  # (tested before making the span)
            span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.resolved_places[t.i] = p

    def place_country(self, tok) -> list[Actor]:
        """The country of the place tok names, as an actor spanning tok ("fired at Tel Aviv",
        "homes in Osh": Israel, Kyrgyzstan); [] when tok names no place with a country."""
        place = self.place_at(tok)
        if place is None or not place[1]:
            return []
        return [Actor(place[0], self.d.country_name(place[1]), place[1], place[1], None,
                      tok.idx, tok.idx + len(tok.text), "country")]

    def place_at(self, tok) -> tuple[str, str | None, object] | None:
        """(name, country ISO3, gazetteer Place or None) when tok names a country or city. A
        country the text itself gives the place ("the Mozambican town of Palma", "Mozambique's
        Cabo Delgado province") beats the gazetteer's reading of the name (places3)."""
        found = self._place_at(tok)
        if tok.pos_ != "PROPN" or (found is not None and found[2] is None):
            return found  # (a dictionary name keeps its own country)
        owner = self._stated_owner(tok)
        if owner is None or (found is not None and found[1] == owner):
            return found
        return (found[0] if found else tok.text), owner, None

    def _stated_owner(self, tok) -> str | None:
        """The country a place name is explicitly put in: the possessor or demonym of the place
        noun it names ('the Mozambican town of Palma', 'Nigeria's Katsina state', 'Mozambique's
        Cabo Delgado province') or its own possessor ('Japan's Nara'). Only tok's heads (two
        steps through a multi-word name) and their children are read."""
        cur, steps = tok, 0
        while cur.dep_ == "compound" and cur.head.pos_ == "PROPN" and steps < 2:
            cur, steps = cur.head, steps + 1
        for c in cur.children:
            if c.dep_ == "poss":
                return self._owner_name(c, ("country",))
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            noun = cur.head.head
        elif cur.dep_ == "compound":
            noun = cur.head
        else:
            return None
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PLACE_NOUNS:
            return None
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.i < noun.i):
                owner = self._owner_name(c, ("country", "demonym"))
                if owner:
                    return owner
        return None

    def _owner_name(self, c, kinds) -> str | None:
        m = self.name_at[c.i]
        return m.entry.country if m is not None and m.entry.kind in kinds and m.entry.country else None

    def _place_at(self, tok) -> tuple[str, str | None, object] | None:
        if in_competition_name(tok):
            return None
        if tok.head.i == tok.i + 1 and f"{tok.lower_} {tok.head.lemma_.lower()}" in EPONYM_THINGS:
            return None  # "threw Molotov cocktails": a thing's name, not Molotov (Perm, Russia) (realnews24)
        resolved = getattr(self, "resolved_places", None)
        if resolved and tok.i in resolved:
            p = resolved[tok.i]
            return p.text, self.d.country_on(p.country, self.date), p
        m = self.name_at[tok.i]
        if m is not None and m.entry.country and m.entry.kind in PLACE_KINDS:
            name = self.doc[m.start : m.end].text
            geo = self.gazetteer.lookup(name, prefer=(m.entry.country,)) if self.gazetteer and m.entry.kind == "capital" else None
            if geo is not None and self.dominant_country and self.dominant_country != m.entry.country:
                # "Lebanese soldiers clashed with gunmen in Tripoli": the capital's namesake in
                # the country the story is about, a tenth of its size or more (places3)
                other = self.gazetteer.lookup(name, prefer=(self.dominant_country,))
                if other is not None and other.country == self.dominant_country and other.population * 10 >= geo.population:
                    return name, other.country, other
            return name, m.entry.country, geo
        if m is not None and m.entry.kind == "org":
            return None  # "outside the White House": a body's name, not a town the gazetteer knows by it (Casablanca) (realstory19)
        if tok.ent_type_ == "PERSON" and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "appos") \
                and ent_at(tok) is not None and len(ent_at(tok)) == 1 and not self._shelled_city(tok):
            return None  # a first name the tagger reads as a person in an actor's slot ("sentenced
            # David and Louise Turpin"), not the town of David, Panama ("in Goma" stays a place)
        if (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN") and self.gazetteer is not None \
                and not (tok.ent_type_ == "DATE" and tok.lower_ in MONTHS):
            # (a month the tagger dated is no town: "shot dead by police in March" is not March,
            # Cambridgeshire (realfix18))
            ent = ent_at(tok)
            if ent is None:
                ent = tok.doc[tok.left_edge.i if tok.left_edge.pos_ == "PROPN" else tok.i : tok.i + 1]
            elif ent.start > tok.left_edge.i and ent.end == tok.i + 1 and tok.ent_type_ == "PERSON" \
                    and all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in tok.doc[tok.left_edge.i : ent.start]):
                # "in Dera Ismail Khan": the tagger read the town's last words as a person and left
                # its first word out; the whole proper-noun phrase is the name (actors12)
                whole = tok.doc[tok.left_edge.i : tok.i + 1]
                geo = self.gazetteer.lookup(whole.text, prefer=self._countries_seen())
                if geo is not None and geo.feature == "city" and not self._weak_place_name(whole.text, geo):
                    return whole.text, self.d.country_on(geo.country, self.date), geo
            if ent is not None:
                text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
                if text.endswith(("'s", "\u2019s")) and tok.dep_ == "poss":
                    text = text[:-2]  # "in Kharkiv's Freedom Square": the tagger's span keeps the 's (targets15)
                if not any(ch.isupper() for ch in text):
                    return None  # "protesters in the metro": a lowercase word is no town name (targets8)
                geo = self._own_name_first(text, self.gazetteer.lookup(text, prefer=self._countries_seen()))
                if geo is not None and self._weak_place_name(text, geo):
                    geo = None  # "Baga" (an alternate name of Bargarh, India), "Bor" in a story about South Sudan
                if geo is not None:
                    return ent.text, self.d.country_on(geo.country, self.date), geo
                if len(ent) > 2 and "," in ent.text and tok.ent_type_ != "PERSON":
                    # "the mayor of Kharkiv, Ihor Terekhov,": the tagger ran the city into its
                    # official's name in one entity; the part before the comma is the place
                    comma = next(t.i for t in ent if t.text == ",")
                    if ent.start < comma and tok.i < comma:
                        head = tok.doc[ent.start:comma].text
                        geo = self.gazetteer.lookup(head, prefer=self._countries_seen())
                        if geo is not None and geo.feature == "city" and (geo.population or 0) >= 50_000 \
                                and not self._weak_place_name(head, geo):
                            return head, self.d.country_on(geo.country, self.date), geo
                if len(ent) > 1 and tok.dep_ == "compound" and tok.i < tok.head.i and tok.ent_type_ != "PERSON":
                    # a site named after its city ("the Zaporizhzhia nuclear power plant", "Dhaka
                    # University"): the city alone, if it is a sizeable one ("Green" of "Green Zone" is not)
                    # (not a part of a person's name: "Ren Zhengfei" is no site of Orenburg, whose
                    # alternate names list "Ren"; nor a weak alternate name at all: actors5)
                    geo = self.gazetteer.lookup(tok.text, prefer=self._countries_seen())
                    if geo is not None and geo.feature == "city" and (geo.population or 0) >= 100_000 \
                            and not self._weak_place_name(tok.text, geo):
                        return tok.text, self.d.country_on(geo.country, self.date), geo
        return None

    def _shelled_city(self, tok) -> bool:
        """'Russian troops shelled Mykolaiv': a single word the tagger reads as a person, as the
        object of a verb by which towns, not people, are hit, is the city when the gazetteer knows a
        sizeable city of that name and the dictionary no person (actors7). The object of a verb
        of taking a town ("Russian forces captured Avdiivka", word_sets town_taking_verbs) is a
        town of 15,000 or more that is no common given name (places3)."""
        from tacitus.events.words import SHELLING_VERBS, TOWN_TAKING_VERBS
        # (also its passive subject: "Kherson was shelled by Russian forces", targets12)
        # (and a name read as an adverb straight after the verb: "shelled Bakhmut overnight", odds11)
        if tok.dep_ not in ("dobj", "nsubjpass") and not (tok.dep_ == "advmod" and tok.i == tok.head.i + 1) \
                or self.name_at[tok.i] is not None or self.gazetteer is None:
            return False
        lemma = tok.head.lemma_.lower()
        if lemma in SHELLING_VERBS:
            floor = 50_000
        elif lemma in TOWN_TAKING_VERBS and tok.dep_ != "nsubjpass" and tok.lower_ not in first_name_genders():
            floor = 15_000
        else:
            return False
        if tok.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in tok.head.children):
            return False  # ("Mykolaiv was shelled overnight": no doer named, nothing to aim at it)
        geo = self.gazetteer.lookup(tok.text, prefer=self._countries_seen())
        return geo is not None and geo.feature == "city" and (geo.population or 0) >= floor \
            and not self._weak_place_name(tok.text, geo)

    def misread_town(self, tok) -> str | None:
        """The country of a town the tagger read as an adverb right after a verb of shelling or
        taking it ("Russian forces shelled Bakhmut overnight", "captured Bakhmut"), else None (odds11)."""
        if tok.dep_ != "advmod" or not tok.text[:1].isupper() or not tok.is_alpha or not self._shelled_city(tok):
            return None
        geo = self.gazetteer.lookup(tok.text, prefer=self._countries_seen())
        return self.d.country_on(geo.country, self.date) if geo is not None else None

    def _own_name_first(self, text: str, geo):
        """A city whose own name the text is beats a bigger one that only lists it as an alternate
        name, often an airport code ("Gao" is the Malian town, not Guantanamo, whose airport is
        GAO), unless the article's own country chose the bigger one (wire7 helper)."""
        if geo is None or geo.country in self._countries_seen():
            return geo
        cache = self.__dict__.setdefault("_own_name_cities", {})
        if text not in cache:
            cache[text] = self.gazetteer.cities(text)[:1]
        own = cache[text]
        return own[0] if own and own[0].geonameid != geo.geonameid and own[0].country != geo.country else geo

    def _countries_seen(self) -> tuple[str, ...]:
        if self.dominant_country:
            return (self.dominant_country,)
        return ()

    def _sentence_place(self, h) -> str | None:
        """The first place the sentence says something happened 'in' or 'out of' ("troops pulled
        out of Goma", places3) (computed once per sentence)."""
        start, end = self._sentence_bounds(h.i)
        cache = self.__dict__.setdefault("_sentence_places", {})
        if start not in cache:
            cache[start] = None
            _, deps, heads = self._parse_columns()
            lowers = self._columns()[0]  # the preposition and its head's forms from the columns too (perf14)
            for k in range(max(start, 0), min(end, len(deps))):
                if deps[k] != "pobj":
                    continue  # the label read from a plain list: no Token made
                prep = lowers[heads[k]]
                # (targets21: "bombed rebel-held areas north of Aleppo" is near Aleppo; "hit the
                # headquarters on Kharkiv's central square" is in Kharkiv)
                if not (prep in ("in", "inside", "across", "near", "outside", "through", "off")
                        or prep == "of" and (lowers[heads[heads[k]]] == "out" or lowers[heads[heads[k]]] in COMPASS_WORDS)
                        or prep == "on"):
                    continue
                t = self.doc[k]
                if (prep != "on" or t.pos_ == "NOUN" and t.lemma_.lower() in STREET_NOUNS) \
                        and not self._in_attribution(t) and not self._describes_a_noun(t) \
                        and not self._destination(t):  # "flew him into exile in Costa Rica" (wire11)
                    country = self._described_place(t)
                    if country:
                        cache[start] = country
                        break
        return cache[start]

    def _own_verb_place(self, h, preps=("in", "inside", "across")) -> str | None:
        """The place its own verb's 'in' phrase names for a subject ("Thaksin was in New York when
        the army seized power in Bangkok": Thailand's army), before the sentence's first place,
        which may belong to another clause (actors13). (Local agents also read 'at': "police
        arrested an American teacher at a Moscow airport", also when the parser hangs the phrase
        on the object: "detained a British academic at Dubai airport" (realfix20).)"""
        v = h.head
        if h.dep_ not in ("nsubj", "nsubjpass") or v.pos_ not in ("VERB", "AUX"):
            return None
        holders = (v, *(o for o in v.children if o.dep_ == "dobj")) if "at" in preps else (v,)
        for c in (c for x in holders for c in x.children):
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj" and not self._in_attribution(p) and not self._destination(p):
                        country = self._described_place(p)
                        if country:
                            return country
        return None

    def _acting_place(self, h) -> str | None:
        """'Islamist rebels advancing on the Malian town of Konna', 'militants advancing on the Iraqi
        city of Erbil', 'rebels fighting near Aleppo': the place an armed group's own -ing participle
        acts on or in is theirs, before the speaker's or the sentence's country (odds13; read only
        for an armed group with no country)."""
        for v in h.children:
            if v.dep_ != "acl" or v.tag_ != "VBG":
                continue
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ in ACTING_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj" and not self._destination(p):
                            country = self._described_place(p)
                            if country:
                                return country
        return None

    @staticmethod
    def _describes_a_noun(t) -> bool:
        """'militants based in Pakistan', 'insurgents trained in Pakistan': a place in the phrase of
        a participle that describes a noun says where those people are from, not where the
        sentence's act happened (targets4 helper)."""
        v = t.head.head
        return v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN")

    def _sentence_local_place(self, h) -> str | None:
        """The country of the town or region nearest to h in its sentence ("Police arrested a
        Cheltenham man", "In Riverside County, California, a judge ..."): a sub-national region or
        US state of the dictionary, or a place name the gazetteer knows as a city. Looked up only
        for an actor with no country of its own, once per sentence."""
        named = self._countries_named()  # a town of a country the article never names may be a misread name
        found = [x for x in self._local_places(*self._sentence_bounds(h.i)) if x[1] in named]
        if not found:
            return None
        return min(found, key=lambda x: abs(x[0] - h.i))[1]

    def _recent_local_place(self, h, reach: int = 3) -> str | None:
        """The country of the latest town or region named in the `reach` sentences before h's:
        'a gunman shot shoppers in El Paso, Texas. Police said the suspected gunman surrendered'
        (the police are El Paso's, though Mexico is the country the article names most)."""
        self._sentence_bounds(h.i)
        starts, ends, bisect = self._bounds
        k = bisect.bisect_right(starts, h.i) - 1
        named = self._countries_named()
        for j in range(k - 1, max(-1, k - 1 - reach), -1):
            found = [x for x in self._local_places(starts[j], ends[j]) if x[1] in named]
            if found:  # a town of a country the article never names is more likely a misread name
                return found[-1][1]
        return None

    def _weak_place_name(self, text: str, geo) -> bool:
        """A weak gazetteer name (Gazetteer.weak_name: alternate name only, or short and borne by
        towns of several countries) of a town in a country the article does not name."""
        if geo.country in self._countries_named() or geo.country in self._countries_seen():
            return False
        if text.lower() in WORD_TOWN_NAMES:
            return True  # "arrested activists in Central" (Hong Kong), not Central, Louisiana (odds18)
        return self.gazetteer.weak_name(text, geo)

    def _countries_named(self) -> set[str]:
        """Countries the article names through the dictionary (names, demonyms, regions)."""
        if getattr(self, "_named", None) is None:
            self._named = {m.entry.country for m in self.name_at
                           if m is not None and m.entry.country and m.entry.kind != "org"}
        return self._named

    def _local_places(self, start: int, end: int) -> list[tuple[int, str]]:
        """(token index, country) of the towns and regions of the sentence doc[start:end], once."""
        cache = self.__dict__.setdefault("_sentence_local", {})
        if start not in cache:
            found: list[tuple[int, str]] = []
            pos = self._parse_columns()[0]
            for k in range(max(start, 0), min(end, len(pos))):
                if pos[k] != "PROPN":
                    continue  # the part of speech read from a plain list: no Token made
                t = self.doc[k]
                if t.ent_type_ in ("PERSON", "NORP") or in_competition_name(t):
                    continue
                if self._in_attribution(t):  # "..., a police spokesman in London said"
                    continue
                if self._destination(t):  # "before he could fly to Los Angeles" (odds3)
                    continue
                m = self.name_at[t.i]
                if m is not None:
                    key = tuple(x.lower_ for x in self.doc[m.start : m.end])
                    # a capital often stands for its government ("plotting with Washington"): not a town here
                    if m.entry.kind == "country" and m.entry.country and t.i == m.end - 1 and (
                            key in self.d.regions or (self.gazetteer is not None and self.gazetteer.state(" ".join(key)))):
                        found.append((t.i, m.entry.country))
                    continue
                if t.ent_type_ in ("GPE", "FAC"):  # not LOC: seas and gulfs ("the Gulf of Aden") are no town
                    country = self._place_country(t)
                elif t.dep_ in ("compound", "nmod") and t.ent_type_ in ("ORG", ""):
                    geo = self._town_word(t)
                    country = geo.country if geo is not None else None
                else:
                    country = None
                if country:
                    found.append((t.i, country))
            cache[start] = found
        return cache[start]

    @staticmethod
    def _destination(t) -> bool:
        """Is the place name t where a journey goes ("fly to Los Angeles", "a flight to London", "a
        truck bound for Kabul", actor_words travel_words), not where the sentence happens? odds3"""
        while t.dep_ in ("compound", "flat") and t.head.i != t.i:
            t = t.head  # "Los" of "Los Angeles"
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "pobj" \
                and t.head.head.head.lower_ in ("to", "into"):
            t = t.head.head  # "flew him into exile in Costa Rica", "sent to a prison in Siberia" (wire11)
        if t.dep_ != "pobj" or t.head.lower_ not in ("to", "for", "towards", "toward", "into"):
            return False
        return t.head.head.lemma_.lower() in TRAVEL_WORDS

    def _clause_place(self, h, agent: Agent) -> str | None:
        """'Gangs control 80% of Port-au-Prince and have killed thousands', 'raided the West Bank
        city of Nablus and arrested 15 militants': a group no state owns (gangs, militants,
        civilians, protesters) is where its own clause's city or region is, before the article's
        dominant country. Not state agents (armies strike abroad), not a country named as the
        object ("militants fired rockets at Israel"), not the speaker's place."""
        if agent.sector in STATE_SECTORS:
            return None
        verb, steps = h, 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 6:
            verb, steps = verb.head, steps + 1
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # the whole coordination: "control ... of Port-au-Prince and have killed"
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        lo, hi = verb.left_edge.i, verb.right_edge.i
        deps = self._parse_columns()[1]  # the labels from the plain column, a Token only for an object (perf14)
        for k in range(max(lo, h.i - 40, 0), min(hi, h.i + 40) + 1):
            if (deps[k] != "pobj" and deps[k] != "dobj") or k == h.i:
                continue
            t = self.doc[k]
            m = self.name_at[t.i]
            if m is not None and m.entry.kind not in ("capital", "region"):
                continue  # a country, person or group
            if m is None and t.ent_type_ not in ("GPE", "LOC", "FAC") and not self._sizeable_city(t):
                continue  # only a city or region the tagger or the gazetteer is sure of
            if self._in_attribution(t) or self._destination(t):  # (odds3: "fly to Los Angeles")
                continue
            country = self._described_place(t)
            if country:
                return country
        return None

    def _commander_country(self, h, agent: Agent) -> str | None:
        """'Ecuador's president ordered troops to the border', 'Chavez sent tanks': forces
        ordered, sent or deployed by a state actor are that state's, before any earlier mention
        of other forces or the article's dominant country."""
        if agent.sector not in ("MIL", "COP") or h.dep_ != "dobj" or h.head.lemma_.lower() not in COMMAND_OF_FORCES:
            return None
        verb = h.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":  # "recalled his ambassador and ordered troops ..."
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        for a in self.actors_at.get(subj.i, ()) if subj is not None else ():
            if a.country and (a.kind == "country" or a.sector in ("GOV", "MIL")):
                return a.country
        return None

    def _foreign_agent(self, h) -> bool:
        """'foreign mediators', 'foreign troops in Syria', 'international observers': the word
        says they are not of the country around them, so no place or article country is theirs."""
        return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS and self.agent_at[c.i] is None
                   for c in h.children)

    def _sizeable_city(self, t) -> bool:
        """A proper noun the tagger left unlabelled that the gazetteer knows as a city of 100,000
        or more ("shelled Kharkiv")."""
        if t.pos_ != "PROPN" or t.ent_type_:
            return False
        place = self.place_at(t)
        geo = place[2] if place else None
        return geo is not None and getattr(geo, "feature", None) == "city" and (getattr(geo, "population", 0) or 0) >= 100_000

    @staticmethod
    def _in_attribution(t) -> bool:
        """Is t part of who said it or where it was said ("..., a spokesman in Zagreb said",
        "officials in Nairobi told reporters that ...", "according to diplomats in Geneva")? The
        speaker's place is not where the reported act happened and gives nobody else a country."""
        # The walk reads the doc's columns, no Token per step (perf16): heads, labels and forms,
        # which nothing changes after the parse, and tags and parts of speech, which only the event
        # coder's retagging changes: an -ed adjective (ADJ, JJ) made a verb (VBD/VBN). So a column
        # VBG is the word's tag now, and only a column ADJ needs the Token's part of speech.
        doc = t.doc
        table = token_table(doc)
        heads, deps, lowers, tags, pos = table.head, table.dep, table.lower, table.tag, table.pos
        cur, steps = t.i, 0
        while heads[cur] != cur and steps < 8:
            if lowers[cur] == "according":
                return True
            cur, steps = heads[cur], steps + 1
            up = heads[cur]
            if deps[cur] == "acl" and tags[cur] == "VBG" and deps[up] == "nsubj" and heads[up] != up:
                # "Rohingya refugees arriving in Bangladesh said ...": a participle describing the
                # speaker puts the speaker somewhere; the verb to test is the one they speak with (sources20)
                cur = heads[up]
            if pos[cur] in ("VERB", "AUX") or pos[cur] == "ADJ" and doc[cur].pos_ in ("VERB", "AUX"):
                # the first verb above t: an attribution when it governs the reported clause
                # and t is not inside that clause (the walk came up from elsewhere)
                # (the children's labels from the columns, no Token per child: perf9)
                return cur in heads_of_dep(doc, "ccomp") or (
                    deps[cur] == "parataxis" and cur not in heads_of_dep(doc, "dobj"))
        return False

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
            if self.dominant_country != own:
                return self.dominant_country
            # (actors23: else the one other country its sentence names: "ethnic Albanian protesters in
            # Presevo demanded that Serbia ..." live in Serbia; two others leave it open)
            start, end = self._sentence_bounds(h.i)
            others = {m.entry.country for m in self._names_in(self.doc[start:end])
                      if m.entry.country and m.entry.country != own and m.entry.kind in ("country", "capital", "demonym")}
            return others.pop() if len(others) == 1 else None
        m = self.name_at[h.i]
        if m is not None and m.entry.kind == "people":
            return self._place_of(h, ("in", "of"))
        if (a := self.agent_at[h.i]) is not None and a[2].sector in RESIDENT_SECTORS \
                and any(t.lower_ in ETHNIC_FORMS for t in scope):
            # "Serb protesters in Zvecan", "Serb residents in Leposavic": the place's people (odds16)
            return self._place_of(h, ("in",))
        return None
