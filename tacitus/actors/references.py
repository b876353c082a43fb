"""References back to actors named earlier: pronouns, 'the two leaders', 'the country', 'the
bloc', 'the Russian president', and unknown names known by an apposition (a mixin of DocActors)."""
from __future__ import annotations

from tacitus.model import Actor
from tacitus.actors.resolver_words import (
    GROUP_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SPOKESMAN_NOUNS,
    THING_PRONOUNS,
    references,
)


class ReferenceFinder:
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
        if lower in THING_PRONOUNS or lower in PLURAL_PRONOUNS:
            spoken = self._spoken_for(h)
            if spoken:
                return spoken
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
                    # a plural noun speaking of itself names one group ("Houthi rebels said
                    # they had launched ...": "they" is the subject of what its own subject said);
                    # not a plural country name ("the Philippines")
                    clause = h.head
                    own_words = h.dep_ in ("nsubj", "nsubjpass") and clause.dep_ in ("ccomp", "conj", "advcl") \
                        and self.doc[i].head.i == clause.head.i
                    plural = own_words and self.doc[i].tag_ in ("NNS", "NNPS") and a.kind != "country"
                    return [self._copy(x, h) for x in group] if len(group) > 1 or a.kind == "agent" or plural else []
            return []
        return []

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
        for i, a, _ in reversed(self.history):
            if (a.kind == "person") != want_person and not (not want_person and a.kind == "agent"):
                continue
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
    def _group_key(h, a: Actor) -> str:
        """What makes two earlier actors two members of 'the two sides': different countries for
        'the two countries' or 'both leaders', but 'the two sides' or 'both parties' of a civil
        war are two actors of one country (the army and the RSF)."""
        return a.code if h.lemma_.lower() in ("side", "party") else a.code[:3]

    def _definite_reference(self, h) -> list[Actor]:
        """'the country' -> the latest country named before it; 'the bloc' -> the latest IGO."""
        kind, plural = references().get(h.lemma_.lower(), (None, False))
        if kind is None or h.ent_type_:
            return []
        # the tagger sometimes reads a lower-case "bloc" as a proper noun
        singular = h.tag_ == "NN" or (h.tag_ == "NNP" and h.text.islower())
        if plural and h.tag_ == "NNS":
            # "allies had stepped up intelligence sharing": the alliance named just before
            if any(c.dep_ == "det" and c.lower_ != "the" for c in h.children):
                return []  # "some allies", "two allies": members, not the alliance
            earliest = max(0, h.sent.start - 60)
        elif singular and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
            earliest = h.i - 400
        else:
            return []
        if any(c.dep_ in ("compound", "amod", "nmod", "poss") and (self.name_at[c.i] is not None or c.pos_ == "PROPN")
               for c in h.children):
            return []  # "the Baltic state", "the Arab nation": named, not a reference back
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
            return []  # "the union of ...", "the body of a soldier"
        for i, a, _ in reversed(self.history):
            if i >= h.i or i < earliest:
                continue
            if kind == "igo" and a.code.startswith("IGO") and a.kind == "org":
                return [self._copy(a, h)]
            if kind == "country" and a.country and a.kind in ("country", "agent", "person", "org"):
                iso = a.country
                return [Actor(h.text, self.d.country_name(iso), iso, iso, None, h.idx, h.idx + len(h.text), "pronoun")]
        return []

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
        for i, a, _ in reversed(self.history):
            if i < h.i - 400:
                break
            hit = self.agent_at[i]
            if hit is None or hit[2] is not agent or a.kind == "pronoun" or self.is_guess(a):
                continue
            return Actor(self.doc[h.left_edge.i : h.i + 1].text, a.name, a.code, a.country, a.sector,
                         self.doc[h.left_edge.i].idx, h.idx + len(h.text), "agent")
        return None

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
            if a.kind == "person" and (surname in (parts[0], parts[-1]) or self._inside_full_name(surname, a)) \
                    and a.name != surname:
                return [Actor(h.text, a.name, a.code, a.country, a.sector, h.idx, h.idx + len(h.text), "person")]
        return []
