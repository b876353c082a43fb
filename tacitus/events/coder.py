"""Code the clauses of a parsed document into events.

For every verb the coder gathers its dependents, looks the verb phrase up in the lexicon,
finds the source (subject, passive agent, shared subject of a conjoined or controlled verb,
head of a relative clause) and target (object, lexicon preposition, passive subject), applies
complement frames ("agreed to provide aid" -> intent to provide aid; "threatened to strike"
-> threat), marks negation, future and conditions, and codes eventive nouns that no verb
took ("talks between X and Y", "Russia's attack on Ukraine", light verbs such as "staged
rallies").
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field

from tacitus.actors.resolver import DocActors
from tacitus.events.lexicon import Lexicon, NounEntry, VerbEntry
from tacitus.events.modality import modality as clause_modality
from tacitus.events.ontology import Ontology
from tacitus.extract import dates as dates_mod
from tacitus.model import Actor, Event
from tacitus.tables import read_tsv, resource_path

SUBJ = ("nsubj", "nsubjpass", "csubj")
DEFAULT_TARGET_PREPS = ("against", "on", "with", "to", "toward", "towards", "into", "at")
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
OWNER_PREPS = ("by", "from", "of", "with", "against", "on", "to", "toward", "towards", "for")
NAME_PARTS = {"compound", "amod", "nmod", "poss", "flat"}
ANY_PREPS = DEFAULT_TARGET_PREPS + ("by", "for", "over", "about", "from", "of", "toward", "around", "near")
WINDOW = 40  # tokens around a trigger searched by the fallbacks: keeps coding linear in sentence length
PLACE_HEADS = {"outside", "near", "town", "city", "village", "province", "region", "capital", "sector", "district",
               "area", "part", "suburb", "neighbourhood", "neighborhood", "outskirts", "state", "county", "port"}
NON_EVENT_SAY = {"comment", "say", "elaborate", "specify", "discuss", "confirm", "speculate", "disclose", "reveal",
                 "give", "provide", "name", "identify", "detail"}
HELP_VERBS = {"help", "assist", "support", "aid", "rescue", "protect", "keep", "stabilise", "stabilize", "reinforce"}
PATIENT_NOUNS = {"arrest", "detention", "murder", "killing", "assassination", "release", "kidnapping", "abduction",
                 "execution", "death", "expulsion", "deportation", "extradition", "imprisonment", "jailing", "capture",
                 "torture", "trial", "conviction", "sentencing", "ouster", "removal", "impeachment", "indictment"}
AGENT_OF_NOUNS = {"resignation", "withdrawal", "arrival", "visit", "departure", "deployment", "return", "retreat",
                  "pullout", "exit", "surrender", "mobilisation", "mobilization", "abdication", "statement", "apology",
                  "refusal", "decision"}  # "the X of Y": Y did X (unlike "the invasion of Y")
NON_TARGET_PREPS = {"at", "during", "after", "before", "since", "amid", "following", "ahead", "despite", "throughout"}
PARTICLES = {"down", "out", "back", "off", "up", "away", "over", "in", "on", "aside", "home"}
TIME_PREPS = {"on", "in", "at", "during", "since", "until", "till", "by", "before", "after", "for", "within", "over",
              "through", "from", "throughout", "around", "about", "ahead", "late", "early", "past", "into"}
LET_VERBS = {"allow", "let", "permit", "enable"}
QUANTITY_WORDS = {"hundred", "thousand", "million", "dozen", "ten", "score", "most", "some", "part", "all", "many",
                  "several", "majority", "half", "rest", "bulk", "number", "hundreds", "thousands", "millions",
                  "dozens", "tens", "third", "quarter", "fraction", "portion", "proportion", "percent", "handful"}
RECEIVE_VERBS = {"draw", "receive", "face", "earn", "attract", "meet", "get", "win", "garner", "provoke", "spark", "trigger"}
MEASURE_NOUNS = {"hour", "day", "week", "month", "round", "series", "wave", "spate", "string", "number", "couple",
                 "dozen", "lot", "set", "kind", "form", "type", "night", "year"}
VIOLENCE_NOUNS = {"bomb", "bombing", "explosion", "blast", "device", "mine", "ied", "attack", "attacker", "gunman",
                  "grenade", "rocket", "missile", "shell", "shelling", "airstrike", "strike", "sniper", "assailant",
                  "militant", "gunfire", "raid", "ambush", "car", "bomber", "drone", "mortar", "artillery"}
COPULAS = {"be", "become", "remain", "stay", "seem", "have", "get", "feel", "look", "keep", "do"}
BEHEST_NOUNS = {"request", "invitation", "behest", "urging", "suggestion", "insistence", "demand", "call"}
ANNOUNCE_VERBS = {"announce", "declare", "unveil", "proclaim", "pledge", "promise", "vow"}
EXERCISE_WORDS = {"exercise", "drill", "game", "manoeuvre", "maneuver", "wargame"}
BLAME_WORDS = {"responsible", "guilty", "culpable", "complicit", "accountable"}
HARM_NOUNS = {"poisoning", "death", "killing", "murder", "crash", "downing", "explosion", "violence", "massacre",
              "cyberattack", "hack", "hacking", "sabotage", "atrocity", "crime", "abuse", "genocide", "assassination",
              "shooting", "sinking", "disappearance", "kidnapping", "abduction", "capture", "unrest", "bloodshed"}
PROTESTER_WORDS = ("protester", "protestor", "demonstrator", "marcher", "striker", "rioter")
PROTEST_ACTS = {"protest", "demonstrate", "march", "rally", "strike", "camp", "sit-in", "blockade", "picket",
                "occupy", "boycott", "demonstration", "walkout", "vigil"}
LABEL_VERBS = {"describe", "call", "label", "brand", "term", "characterize", "characterise", "dub", "denounce"}
MONEY_WORDS = {"dollar", "euro", "pound", "yuan", "yen", "rupee", "ruble", "rouble", "franc", "worth", "$"}
COLLECTIVE_NOUNS = {"team", "group", "contingent", "batch", "patch", "unit", "mission", "convoy", "shipment",
                    "consignment", "planeload", "boatload", "truckload", "column", "detachment", "squad"}
READINESS = {"ready", "willing", "prepared", "eager", "determined", "keen"}
HOSTILE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


@dataclass
class Candidate:
    """An event before it becomes an Event record."""

    cameo: str
    trigger: list  # tokens
    source: list[Actor]
    target: list[Actor]
    anchor: object  # the token whose clause holds the event
    modality: str = "asserted"
    base_conf: float = 0.9
    notes: list[str] = field(default_factory=list)


class EventCoder:
    def __init__(self, ontology: Ontology, lexicon: Lexicon, *, include_negated: bool = False):
        self.onto = ontology
        self.lex = lexicon
        self.include_negated = include_negated

    # ------------------------------------------------------------------ public
    def code_doc(self, doc, actors: DocActors, *, doc_id: str, date: str | None) -> list[Event]:
        events: list[Event] = []
        seen: set[tuple] = set()
        for sent in doc.sents:
            info = _SentenceInfo(sent)  # computed once: a sentence may hold hundreds of events
            for cand in self._sentence(sent, actors):
                ev = self._to_event(cand, info, doc_id=doc_id, date=date, actors=actors)
                if ev is None:
                    continue
                key = (ev.cameo, ev.span, tuple(ev.source_codes), tuple(ev.target_codes), ev.trigger)
                if key in seen:
                    continue
                seen.add(key)
                events.append(ev)
        return events

    # ------------------------------------------------------------------ sentences
    def _sentence(self, sent, actors: DocActors) -> list[Candidate]:
        consumed: set[int] = set()
        out: list[Candidate] = []
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_.startswith("VB"))]
        for v in verbs:
            if v.i in consumed:
                continue
            cand = self._verb_event(v, actors, consumed)
            if cand is not None:
                out.append(cand)
        for n in sent:
            if n.pos_ not in ("NOUN", "PROPN") or n.i in consumed:
                continue
            cand = self._noun_event(n, actors, consumed)
            if cand is not None:
                out.append(cand)
        return out

    # ------------------------------------------------------------------ verbs
    def _deps(self, v) -> tuple[set[str], dict]:
        """Lemmas of the dependents the lexicon can refer to, and the tokens behind them."""
        lemmas: set[str] = set()
        info = {"obj": [], "preps": [], "xcomp": None, "ccomp": None}
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN"):
            # "a statement released by her family": the noun is the participle's object
            info["obj"].append(v.head)
            lemmas.update(self._noun_lemmas(v.head))
        for c in v.children:
            dep = c.dep_
            if dep == "prt" or (dep == "advmod" and c.lower_ in PARTICLES):
                lemmas.add(c.lemma_.lower())
            elif dep in ("dobj", "nsubjpass", "attr", "oprd") or (dep == "dative" and c.pos_ in ("NOUN", "PROPN")):
                c = self._through_quantity(c)
                info["obj"].append(c)
                lemmas.update(self._noun_lemmas(c))
                for conj in c.conjuncts:
                    # "provided photographs and other military intelligence": each object counts
                    if conj.pos_ in ("NOUN", "PROPN"):
                        lemmas.update(self._noun_lemmas(conj))
            elif _is_prep(c) or dep == "agent":
                if c.lower_ in TIME_PREPS and any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
                    continue  # "late on Tuesday" is no "call on"; "sentenced to ten years" keeps its "to"
                lemmas.add(c.lemma_.lower())
                info["preps"].append(c)
                for p in c.children:
                    if p.dep_ == "pobj":
                        lemmas.update(self._noun_lemmas(p))
                        if p.lemma_.lower() in QUANTITY_WORDS or p.pos_ == "NUM":
                            # "opened its borders to tens of thousands of refugees"
                            lemmas.update(self._noun_lemmas(self._through_quantity(p)))
                    elif p.dep_ == "pcomp":
                        lemmas.add(p.lemma_.lower())
                    elif p.dep_ == "prep" and c.lower_ in PARTICLES:
                        # "pulled out of the deal": the parser hangs "of the deal" on "out"
                        lemmas.add(p.lower_)
                        info["preps"].append(p)
                        for g in p.children:
                            if g.dep_ == "pobj":
                                lemmas.update(self._noun_lemmas(g))
            elif dep == "xcomp" or (dep == "advcl" and info["xcomp"] is None and c.pos_ == "VERB"
                                    and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)):
                # "vowed to fight" is sometimes parsed as an adverbial clause: same complement
                info["xcomp"] = c
                lemmas.add(c.lemma_.lower())
            elif dep == "ccomp":
                info["ccomp"] = c
                if v.lemma_.lower() in LET_VERBS:
                    # "will allow U.N. inspectors to return": the parser makes the inspectors the
                    # subject of "return"; for the lexicon they are what is allowed
                    for s in c.children:
                        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN"):
                            info["obj"].append(s)
                            lemmas.update(self._noun_lemmas(s))
            elif dep == "acomp":
                lemmas.add(c.lemma_.lower())
        return lemmas, info

    @staticmethod
    def _noun_lemmas(n) -> set[str]:
        out = {n.lemma_.lower(), n.lower_}
        for c in n.children:
            if c.dep_ in ("compound", "amod") and c.i < n.i:
                if c.tag_ not in ("VBN", "VBG"):  # "planned hearing" is no "plan"
                    out.add(c.lemma_.lower())
                out.add(c.lower_)
        return out

    def _verb_event(self, v, actors: DocActors, consumed: set[int]) -> Candidate | None:
        root = _noun_read_verb(v.head) if v.dep_ == "xcomp" else None
        if root is not None and root.i not in consumed:
            entry = self.lex.match_verb(root.lemma_.lower(), set())
            if entry is not None and entry.frame in ("intent", "threat", "refuse"):
                # "Putin and Xi plan to meet" with "plan" parsed as a noun: code it as the verb
                _, info = self._deps(root)
                info["xcomp"] = v
                consumed.add(root.i)
                return self._frame_event(root, entry, actors, consumed, info)
        lemma = v.lemma_.lower()
        deps, info = self._deps(v)
        entry = self.lex.match_verb(lemma, deps)
        ready = self._readiness(v)
        if ready is not None and (entry is None or entry.frame in ("", "say", "light")):
            # "is ready / willing / prepared to withdraw": intent, like "agreed to withdraw"
            info["xcomp"] = ready
            return self._frame_event(v, VerbEntry((lemma,), "030", "intent", ()), actors, consumed, info)
        if lemma in LABEL_VERBS and any(o.dep_ == "dobj" and o.lower_ not in ("what", "which", "that", "whatever")
                                        for o in info["obj"]):
            # ("in what aides called an assassination attempt" labels the gunman's act, not an actor's)
            label = self._negative_label(v, info)
            if label is not None:
                # "described the demands as unreasonable", "called the sanctions illegal": criticism
                source, _ = self._source(v, actors)
                target = self._obj_actors(info, actors) or next(
                    (self._owner_of(o, actors) for o in info["obj"] if self._owner_of(o, actors)), [])
                for o in info["obj"]:
                    consumed.add(o.i)
                return Candidate("111", sorted({v, label}, key=lambda t: t.i), source, target, v, clause_modality(v))
        comp = info["ccomp"]
        if comp is not None and (entry is None or entry.frame == "say" or lemma in ("hold", "consider", "deem")):
            blamed, word = self._blamed(comp, actors)
            if blamed:
                # "Britain said Russia was responsible for the poisoning", "Seoul said Pyongyang was
                # behind the cyberattack", "Israel held the Lebanese government responsible for ..."
                source, _ = self._source(v, actors)
                return Candidate("112", sorted({v, word}, key=lambda t: t.i), source, blamed, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say") and self._obligation(comp) \
                and (self._clause_codes_event(comp) or self._demanded_deed(comp, actors)):
            # "declared that China must drop barriers": a demand on the clause's subject
            return self._frame_event(v, VerbEntry((lemma,), "100", "request", ()), actors, consumed, info)
        if entry is None:
            return self._light_event(v, None, actors, consumed, info)
        if entry.frame == "say":
            return self._light_event(v, entry, actors, consumed, info)
        if entry.frame == "light":
            return self._light_event(v, entry, actors, consumed, info)
        if entry.frame in ("intent", "threat", "refuse", "request", "appeal"):
            return self._frame_event(v, entry, actors, consumed, info)
        if entry.frame == "actor-object" and any(o.dep_ == "dobj" and not actors.actors(o) for o in info["obj"]):
            return self._light_event(v, entry, actors, consumed, info)  # "the court demonstrated ignorance"
        if v.tag_ == "VBN" and v.dep_ in ("acl", "amod", "advcl") and entry.words == (lemma,) \
                and any(p.lower_ == "with" for p in info["preps"]) and not info["obj"]:
            return None  # "people armed with a fire extinguisher", "a car laden with": a state, not an act
        source, passive = self._source(v, actors)
        target = self._target(v, entry.target, actors, info, passive)
        if passive and not source:
            # "a trade agreement between Chile and South Korea was signed", "talks were held
            # between Turkish and Swedish officials": the parties are the ones between
            subj = self._child(v, ("nsubjpass",))
            between = self._between(subj, actors) if subj is not None else []
            if len(between) >= 2:
                source, target = between[:1], between[1:]
            elif subj is not None and self._noun_entry(subj) is not None and subj.lemma_.lower() in AGENT_OF_NOUNS:
                # "the resignation of President X was announced": X resigned
                source = self._noun_source(subj, actors)
        self._consume_objects(info, consumed, entry)
        trigger = self._trigger_tokens(v, entry)
        return Candidate(entry.cameo, trigger, source, target, v, clause_modality(v))

    @staticmethod
    def _readiness(v):
        """The complement verb of 'ready/willing/prepared to X' attached to v, else None."""
        for c in v.children:
            if c.dep_ in ("acomp", "xcomp") and c.lower_ in READINESS:
                for x in c.children:
                    if x.dep_ == "xcomp" and x.pos_ in ("VERB", "AUX"):
                        if x.lemma_ == "do" and any(o.lower_ in ("so", "it", "that", "this") for o in x.children):
                            return None  # "ready to do so": the deed is named elsewhere, if at all
                        return x
        if v.lower_ in READINESS and v.dep_ != "ROOT":
            return None
        return None

    def _blamed(self, comp, actors: DocActors) -> tuple[list[Actor], object]:
        """The actors a clause blames for a harmful deed: "X was responsible for / behind /
        to blame for the attack" (also "held X responsible for", parsed as a small clause)."""
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or not actors.actors(subj):
            return [], None
        if comp.lemma_.lower() in BLAME_WORDS:
            holders = [comp]
        elif comp.lemma_.lower() == "be":
            holders = [comp] + [c for c in comp.children if c.dep_ == "acomp" and c.lemma_.lower() in BLAME_WORDS]
        else:
            return [], None
        for h in holders:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "behind", "of")):
                if prep.lower_ != "behind" and h is comp and comp.lemma_.lower() == "be":
                    continue  # "was for the deal" is no blame; "was behind the attack" is
                for p in prep.children:
                    if p.dep_ == "pobj" and self._harmful(p):
                        return actors.actors(subj), (prep if h is comp and comp.lemma_.lower() == "be" else h)
        return [], None

    def _negative_label(self, v, info):
        """The condemning word of "described X as <label>" / "called X <label>", else None."""
        labels = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ in ("ADJ", "NOUN")]
        for h in [v, *info["obj"]]:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
                labels += [p for p in prep.children if p.dep_ in ("pobj", "amod", "acomp", "pcomp")]
        for lab in labels:
            words = [lab, *(c for c in lab.children if c.dep_ in ("amod", "compound")),
                     *(p for c in lab.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj")]
            for w in words:
                lemma = w.lemma_.lower()
                if lemma in negative_labels() or _valence(lemma) <= -2.0 or (w.pos_ == "NOUN" and self._harmful(w)):
                    return lab
        return None

    def _harmful(self, n) -> bool:
        lemma = n.lemma_.lower()
        if lemma in VIOLENCE_NOUNS or lemma in HARM_NOUNS:
            return True
        entry = self._noun_entry(self._through_measure(n))
        return entry is not None and entry.cameo[:2] in HOSTILE_ROOTS | {"11", "12", "13"}

    @staticmethod
    def _demanded_deed(comp, actors: DocActors) -> bool:
        """'China must drop barriers', 'US forces must ensure security': an actor made to do
        something to something (a transitive deed), not 'Europe must become less dependent'."""
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or not actors.actors(subj) or comp.lemma_.lower() in COPULAS:
            return False
        return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in comp.children)

    @staticmethod
    def _obligation(comp) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in comp.children) and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)

    def _consume_objects(self, info, consumed, entry: VerbEntry) -> None:
        words = set(entry.words[1:])
        for o in info["obj"]:
            if words & self._noun_lemmas(o) or self._noun_entry(o):
                consumed.add(o.i)
        for p in info["preps"]:
            for c in p.children:
                if c.dep_ == "pobj" and words & self._noun_lemmas(c):
                    consumed.add(c.i)

    def _trigger_tokens(self, v, entry: VerbEntry | None) -> list:
        toks = [v]
        if entry is not None:
            words = set(entry.words[1:])
            for c in v.children:
                if (c.dep_ in ("prt", "dobj", "nsubjpass") or _is_prep(c)) and (c.lemma_.lower() in words or c.lower_ in words):
                    toks.append(c)
        neg = [c for c in v.children if c.dep_ == "neg"]
        return sorted(toks + neg, key=lambda t: t.i)

    def _light_event(self, v, entry, actors, consumed, info) -> Candidate | None:
        """A verb that carries no event itself but whose object noun does ('staged rallies')."""
        if entry is None:
            return None  # an unknown verb's object is not an event of its subject
        if entry.frame == "say" and v.lemma_.lower() not in ANNOUNCE_VERBS:
            return None  # "Reuters reported the attack": the reporter is not the attacker
        for o in info["obj"]:
            o = self._through_measure(o)
            nentry = self._noun_entry(o)
            if nentry is None:
                continue
            source, passive = self._source(v, actors)
            if passive:
                continue
            target = self._noun_target(o, nentry, actors)
            if not target:
                preps = nentry.target or DEFAULT_TARGET_PREPS
                target = self._prep_actors(v, preps, actors)
            consumed.add(o.i)
            conf = 0.88 if entry is not None and entry.frame == "light" else 0.75
            return Candidate(nentry.cameo, [v, o], source, target, v, clause_modality(v), conf)
        return None

    def _frame_event(self, v, entry: VerbEntry, actors, consumed, info) -> Candidate | None:
        source, passive = self._source(v, actors)
        comp = info["xcomp"]
        target: list[Actor] = []
        if entry.frame in ("request", "appeal"):
            # "urged Russia to withdraw": object is the target; complement is xcomp or ccomp
            target = self._obj_actors(info, actors)
            if comp is None and info["ccomp"] is not None:
                comp = info["ccomp"]
                if not target:
                    target = actors.actors(self._child(comp, ("nsubj",)))
            if not target:
                target = self._prep_actors(v, entry.target or ("on", "to", "from"), actors)
        elif entry.frame == "threat" and comp is None and info["ccomp"] is not None:
            comp = info["ccomp"]
            if clause_modality(comp) == "asserted":
                return None  # "warned that drought has destroyed harvests": a warning about the past
        if not target and "obj" in entry.target:
            target = self._obj_actors(info, actors)  # "invited Xi to visit Russia": Xi
        inner = self._complement_event(comp, actors, consumed) if comp is not None else None
        if entry.frame in ("intent", "refuse", "threat") and comp is None and not info["obj"] and not info["preps"]:
            return None  # "X agreed, saying ...", "the population declined": nothing named, no event
        if entry.frame == "refuse" and comp is None and not info["obj"] and entry.words == (v.lemma_.lower(),):
            return None  # "the penguin population has declined 40% since 1987": a fall, not a refusal
        if entry.frame == "request" and comp is None and info["ccomp"] is None and entry.words == (v.lemma_.lower(),) \
                and any(p.lower_ == "about" for p in info["preps"]) and not any(p.lower_ == "for" for p in info["preps"]):
            return None  # "reporters asked Trump about it": a question, not a request
        if comp is not None and inner is None and entry.cameo == "100" and entry.words == (v.lemma_.lower(),) \
                and self.lex.match_verb(v.lemma_.lower(), self._deps(v)[0]) is None or \
                (comp is not None and inner is None and self._is_say(comp) and entry.frame in ("refuse", "intent")
                 and comp.lemma_.lower() in NON_EVENT_SAY):
            # "said Europe must become less dependent": no event in the clause, no demand;
            # "declined to comment", "agreed to say": not events either
            return None
        code = entry.cameo
        trigger = self._trigger_tokens(v, entry)
        if inner is not None:
            inner_code = inner.cameo
            frame = entry.frame
            if frame == "request" and (entry.cameo or "").startswith("02"):
                frame = "appeal"
            if frame == "threat" and inner_code[:2] == "13":
                new = inner_code
            else:
                new = self.onto.transform(frame, inner_code)
            if frame == "intent" and new is None:
                new = inner_code  # "decided to impose sanctions": the decision is the event
            code = new or code
            if not target:
                target = inner.target
            trigger = sorted(set(trigger) | set(inner.trigger), key=lambda t: t.i)
        else:
            if entry.frame != "request" and entry.frame != "appeal":
                target = self._target(v, entry.target, actors, info, passive)
            if not target and comp is not None:
                # "warned that it would take countermeasures against drills by the US"
                target = self._target(comp, (), actors, self._deps(comp)[1], False) or \
                    self._prep_actors(comp, ANY_PREPS, actors)
        if not target and entry.frame not in ("request", "appeal"):
            target = self._target(v, entry.target, actors, info, passive)
        target = [a for a in target if all(a.code != s.code for s in source)]
        modality = clause_modality(v)
        if entry.frame == "intent" and modality == "asserted":
            modality = "intended"
        return Candidate(code, trigger, source, target, v, modality)

    def _clause_codes_event(self, v) -> bool:
        """Does the lexicon give v (or its object noun) an event code?"""
        deps, info = self._deps(v)
        entry = self.lex.match_verb(v.lemma_.lower(), deps)
        if entry is not None and entry.cameo and entry.frame not in ("say", "light"):
            return True
        return any(self._noun_entry(self._through_measure(o)) for o in info["obj"])

    def _is_say(self, tok) -> bool:
        entry = self.lex.match_verb(tok.lemma_.lower(), self._deps(tok)[0])
        return entry is not None and entry.frame == "say"

    def _complement_event(self, comp, actors, consumed) -> Candidate | None:
        """Code the complement clause of a frame verb and mark it as used."""
        consumed.add(comp.i)
        deps, info = self._deps(comp)
        entry = self.lex.match_verb(comp.lemma_.lower(), deps)
        if entry is None or entry.frame in ("say", "light"):
            cand = self._light_event(comp, entry, actors, consumed, info)
            if cand is None and info["xcomp"] is not None:
                # "prepared to resume shelling": look through aspectual verbs
                return self._complement_event(info["xcomp"], actors, consumed)
            return cand
        if entry.frame in ("intent", "threat", "refuse", "request", "appeal"):
            return self._frame_event(comp, entry, actors, consumed, info)
        target = self._target(comp, entry.target, actors, info, False)
        self._consume_objects(info, consumed, entry)
        return Candidate(entry.cameo, self._trigger_tokens(comp, entry), [], target, comp)

    @staticmethod
    def _through_quantity(n):
        """'hundreds of drones', 'most of its restrictions' -> the noun after 'of'."""
        if n.pos_ == "NUM" or n.lemma_.lower() in QUANTITY_WORDS or n.lemma_.lower() in MONEY_WORDS \
                or (n.lemma_.lower() in COLLECTIVE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)):
            # also "received a mission of observers", "sent a convoy of trucks"
            return _after_of(n)  # also "2 billion dollars of debt", "$50,000 worth of goods"
        return n

    # ------------------------------------------------------------------ nouns
    @staticmethod
    def _through_measure(n):
        """'three hours of talks', 'a series of strikes' -> the event noun after 'of'."""
        return _after_of(n) if n.lemma_.lower() in MEASURE_NOUNS else n

    def _noun_entry(self, n) -> NounEntry | None:
        if n.pos_ not in ("NOUN", "PROPN"):
            return None
        mods = {c.lemma_.lower() for c in n.children if c.dep_ in ("compound", "amod")}
        mods |= {c.lower_ for c in n.children if c.dep_ in ("compound", "amod", "prep")}  # "call with X": a phone call
        entry = self.lex.match_noun(n.lemma_.lower(), mods)
        if entry is None and n.lower_ != n.lemma_.lower():
            entry = self.lex.match_noun(n.lower_, mods)
        return entry

    def _noun_event(self, n, actors, consumed) -> Candidate | None:
        entry = self._noun_entry(n)
        if entry is None:
            return None
        if n.dep_ == "pobj" and n.head.lower_ in ("at", "upon") and n.lemma_.lower() in BEHEST_NOUNS:
            return None  # "at his own request", "at the invitation of the king": circumstances, not events
        if n.ent_type_ in ("DATE", "TIME", "ORG", "PERSON", "GPE", "WORK_OF_ART", "EVENT", "LAW"):
            return None
        head = n.head
        # the object of a coded verb is part of that verb's event
        if n.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            hentry = self.lex.match_verb(head.lemma_.lower(), self._deps(head)[0])
            if hentry is not None and hentry.frame not in ("say", "light"):
                return None
        source = self._noun_source(n, actors)
        target = self._noun_target(n, entry, actors)
        pair = [a for c in n.doc[n.left_edge.i : n.i] if c.dep_ in ("amod", "compound", "nmod")
                for a in actors.country_actor(c)]
        if len(pair) >= 2 and len({a.code for a in pair}) >= 2:
            # "Chinese-Russian talks", "the Sino-Japanese dispute": both sides named by adjectives
            source, target = pair[:1], pair[1:2]
        if not source:
            between = self._between(n, actors)
            if len(between) >= 2:
                source, target = between[:1], between[1:]
        if not source and not (entry.cameo[:2] == "14" and n.dep_ in ("nsubj", "ROOT")):
            return None  # a protest by nobody named may still be coded from its place (see _to_event)
        target = [a for a in target if all(a.code != s.code for s in source)]
        anchor = head if head.pos_ in ("VERB", "AUX") else n
        modality = clause_modality(anchor) if anchor.i != n.i else "asserted"
        consumed.add(n.i)
        return Candidate(entry.cameo, [n], source, target, anchor, modality, 0.7)

    def _noun_source(self, n, actors) -> list[Actor]:
        if n.lemma_.lower() in PATIENT_NOUNS:
            # "his arrest", "Navalny's release": the possessor suffered the act; only "by X" names the doer
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return actors.actors(p)
            return []
        if n.dep_ == "dobj" and n.head.lemma_.lower() in RECEIVE_VERBS:
            # "drew sharp criticism from Britain": the critic is in the verb's "from" phrase
            for prep in (c for h in (n, n.head) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
                for p in prep.children:
                    if p.dep_ == "pobj" and actors.actors(p):
                        return actors.actors(p)
        for c in n.children:
            if c.dep_ == "poss":
                found = actors.actors(c)
                if found:
                    return found
        for c in n.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i:
                found = actors.actors(c) or actors.country_actor(c)
                if found and found[0].kind in ("country", "org", "agent", "person"):
                    return found
        for c in n.children:
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "of" and n.lemma_.lower() in AGENT_OF_NOUNS)):
                # "talks by X"; "the resignation of President X", "the arrival of Russian planes"
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors.actors(self._through_quantity(p))
        # object of a reporting or light verb: that verb's subject ("X announced sanctions on Y")
        head_entry = self.lex.match_verb(n.head.lemma_.lower(), self._deps(n.head)[0]) if n.dep_ == "dobj" else None
        if head_entry is not None and (head_entry.frame == "light" or (head_entry.frame == "say" and
                                       n.head.lemma_.lower() in ANNOUNCE_VERBS)) and n.head.pos_ in ("VERB", "AUX"):
            # "X announced sanctions": X's sanctions; "Reuters reported the attack": not Reuters' attack
            src, passive = self._source(n.head, actors)
            if not passive:
                return src
        return []

    def _noun_target(self, n, entry: NounEntry, actors) -> list[Actor]:
        if n.lemma_.lower() in PATIENT_NOUNS:
            for c in n.children:
                if c.dep_ == "poss" and actors.actors(c):
                    return actors.actors(c)
        if n.dep_ == "dobj" and n.head.lemma_.lower() in RECEIVE_VERBS:
            subj = self._child(n.head, ("nsubj",))
            if subj is not None and actors.actors(subj):
                return actors.actors(subj)  # the one criticised is the subject of "drew"
        preps = entry.target or ()
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = actors.actors(p)
                        if found:
                            return found
        return []

    def _between(self, n, actors) -> list[Actor]:
        """'talks between X and Y' (also 'talks were held ... between X and Y')."""
        holders = [n] + ([n.head] if n.dep_ in ("nsubjpass", "dobj") else [])
        for c in (c for h in holders for c in h.children):
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors.actors(p)
        return []

    # ------------------------------------------------------------------ actors
    def _source(self, v, actors: DocActors, depth: int = 0) -> tuple[list[Actor], bool]:
        """Source actors of verb v, and whether v is passive (its subject is then the target)."""
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
            v.dep_ == "acl" and v.tag_ == "VBN"
        )
        if passive:
            for c in v.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return actors.actors(p), True
            entry = self.lex.match_verb(v.lemma_.lower(), self._deps(v)[0])
            if entry is not None and entry.cameo and (entry.cameo[:2] == "15" or entry.cameo[:4] in ("0873", "0874")):
                # "police were placed on high alert", "a third of the guerrillas have been
                # demobilised": the force put on alert or stood down is the actor
                subj = self._child(v, ("nsubjpass",))
                subj = self._through_quantity(subj) if subj is not None else None
                if subj is not None and actors.actors(subj):
                    return actors.actors(subj), False
            return [], True
        subj = self._child(v, ("nsubj", "csubj", "expl"))
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                return actors.actors(v.head), False
            found = actors.actors(subj)
            if found:
                return found, False
            # "the leaders of Russia and China", "a spokesman for the ministry"
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "from"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = actors.actors(p)
                            if found:
                                return found, False
            return [], False
        if depth < 4 and v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
            src, head_passive = self._source(v.head, actors, depth + 1)
            if v.dep_ == "conj" or not head_passive:
                return src, False
            return [], False
        if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ")):
            # a finite verb the parser hung on the noun before it ("Sergei Lavrov, Russia's
            # foreign minister, called on ...") has that noun as its subject
            return actors.actors(v.head), False
        root = _noun_read_verb(v) or _noun_read_verb(v.head) if v.dep_ in ("xcomp", "ROOT") else None
        if root is not None:
            # "Putin and Xi plan to meet": the small model reads "plan" as a noun with the
            # actors as its modifiers; they are the subject of the verb it governs
            for c in root.children:
                if c.dep_ in ("nmod", "compound", "nsubj") and c.i < root.i:
                    found = actors.actors(c)
                    if found:
                        return found, False
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "pobj") and depth < 4:
            # "signed an order lifting sanctions": the signer lifts them
            governor = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            if governor.pos_ in ("VERB", "AUX"):
                src, head_passive = self._source(governor, actors, depth + 1)
                return (src, False) if not head_passive else ([], False)
        return [], False

    @staticmethod
    def _child(v, deps):
        for c in v.children:
            if c.dep_ in deps:
                return c
        return None

    def _obj_actors(self, info, actors) -> list[Actor]:
        for o in info["obj"]:
            if o.dep_ == "nsubjpass":
                continue
            found = actors.actors(o)
            if found:
                return found
        return []

    def _prep_actors(self, v, preps, actors) -> list[Actor]:
        """The actors of the first preposition, in the lexicon's order, that names one
        ("complained to the UN over Israeli raids": about/over before to)."""
        children = [c for c in v.children if _is_prep(c)]
        for prep in preps:
            for c in children:
                if c.lower_ != prep:
                    continue
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = actors.actors(p) or self._owner_of(p, actors)
                        if found:
                            return found
        return []

    def _target(self, v, spec, actors, info, passive) -> list[Actor]:
        if passive:
            subj = self._child(v, ("nsubjpass",))
            if subj is not None:
                found = actors.actors(subj) or self._owner_of(subj, actors)
                if found:
                    return found
            if v.dep_ == "acl":
                return actors.actors(v.head)
        spec = spec or ("obj",)
        preps = [s for s in spec if s != "obj"] or list(DEFAULT_TARGET_PREPS)
        if spec[0] != "obj":
            # the lexicon lists a preposition first: "sent suspects TO the United States"
            found = self._prep_actors(v, preps, actors)
            if found:
                return found
        if "obj" in spec:
            found = self._obj_actors(info, actors)
            if found:
                return found
        # "imposed sanctions on Russia", "lifted US sanctions on Syria": the preposition hangs on
        # the object noun
        for o in info["obj"]:
            if o.dep_ == "nsubjpass" and not passive:
                continue
            for c in o.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = actors.actors(p)
                            if found:
                                return found
        found = self._prep_actors(v, preps, actors)
        if found:
            return found
        dative = self._child(v, ("dative", "iobj"))
        if dative is not None:
            found = actors.actors(dative)
            if found:
                return found
        # the object is an act or thing of someone: "praised Haiti's efforts",
        # "rejected an Indian proposal", "rejected calls by Belarus's rulers"
        for o in info["obj"]:
            if o.dep_ == "nsubjpass":
                continue
            found = self._owner_of(o, actors)
            if found:
                return found
        if spec == ("obj",) or "obj" in spec:
            found = self._prep_actors(v, DEFAULT_TARGET_PREPS, actors)
            if found:
                return found
        return []

    def _owner_of(self, n, actors, depth: int = 0) -> list[Actor]:
        """Whose act or thing a noun is: "Haiti's efforts", "an Indian proposal", "calls by Belarus"."""
        for c in n.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < n.i):
                found = actors.actors(c) or actors.country_actor(c)
                if found:
                    return found
        if depth >= 2:
            return []
        for c in n.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                # "an invitation to visit Washington"
                for o in c.children:
                    if o.dep_ == "dobj":
                        found = actors.actors(o)
                        if found:
                            return found
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in OWNER_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = actors.actors(p) or self._owner_of(p, actors, depth + 1)
                        if found:
                            return found
        return []

    # ------------------------------------------------------------------ modality
    # ------------------------------------------------------------------ records
    def _to_event(self, cand: Candidate, sent, *, doc_id, date, actors: DocActors) -> Event | None:
        if not cand.source:
            protest = cand.cameo[:2] == "14" and all(t.pos_ in ("NOUN", "PROPN") for t in cand.trigger[:1])
            # "a US national has been put under investigation in Italy", "a journalist was arrested
            # in Moscow": the authorities of the place acted
            probe_words = {"investigate", "investigation", "probe", "inquiry"}
            legal = (cand.cameo[:2] == "17" or (cand.cameo[:2] == "09" and (
                any(t.lemma_.lower() in probe_words for t in cand.trigger) or
                any(p.lemma_.lower() in probe_words for c in cand.anchor.children if c.dep_ == "prep"
                    for p in c.children)))) \
                and cand.target and any(c.dep_ == "nsubjpass" for c in cand.anchor.children)
            if (cand.cameo[:2] not in ("18", "19", "20") and not protest and not legal) or cand.modality != "asserted":
                return None
            if not protest and not legal and not self._unnamed_perpetrator(cand.anchor):
                return None
            # "Protests against a new tax bill spread to a dozen Kenyan towns": a protest by no
            # named group is coded, like unclaimed violence, from the country where it happened
            # Violence by an unnamed perpetrator ("a roadside bomb killed three soldiers near
            # Samarra") is coded, as CAMEO coders do, from the country where it happened.
            place = self._place_actor(cand.anchor, sent, actors)
            if place is None:
                return None
            cand.source = [place]
            cand.base_conf -= 0.2
        code = cand.cameo
        modality = cand.modality
        if modality == "refusal":
            if cand.cameo[:2] in COOPERATIVE_ROOTS:
                # "will not accept more refugees", "would not allow inspectors": CAMEO 12x
                cand.cameo = self.onto.transform("refuse", cand.cameo) or "120"
                code = cand.cameo
                modality = "asserted"
            else:
                modality = "negated"
        if modality == "negated" and not self.include_negated:
            return None
        if modality == "hypothetical" and self._own_capability_claim(cand, actors):
            modality = "future"  # "Israel's defence minister said Israel could strike Iranian sites": a threat
        if modality == "hypothetical" and not self.include_negated:
            return None
        code = self._forces_abroad(code, cand)
        root = code[:2]
        if modality == "offer":
            frame = "threat" if root in HOSTILE_ROOTS else "intent"
            code = self.onto.transform(frame, code) or code
            modality = "conditional"
        elif modality == "conditional":
            code = self.onto.transform("threat", code) or code
        elif modality == "future":
            if root in HOSTILE_ROOTS:
                code = self.onto.transform("threat", code) or code
            elif root in COOPERATIVE_ROOTS:
                code = self.onto.transform("intent", code) or code
        target = [a for a in cand.target if all(a.code != s.code or a.name != s.name for s in cand.source)
                  and not _own_possession(a, cand.source, cand.anchor.doc)]
        if not target and len(cand.source) > 1 and self._reciprocal(cand.anchor):
            # "Armenia and Azerbaijan accused each other": each side is the other's target
            target = list(cand.source)
        if not target:
            target = self._later_actor(cand, actors)
        if code[:2] == "15":
            # "strengthened its forces in Lebanon": one's own forces are not the target
            target = [a for a in target if all(a.primary != s.primary for s in cand.source)]
        if not target and code[:2] in ("13", "14", "15", "17", "18", "19", "20"):
            # hostile acts aimed at a place: "shelled positions near Rafah", "on alert in the West
            # Bank"; domestic protest and repression keep their own country ("Kurds demonstrated
            # in Kirkuk": IRQ -> IRQ), a show of force at home has no target
            place = self._place_actor(cand.anchor, None, actors)
            if place is not None and (code[:2] != "15" or all(place.code != s.code[:3] for s in cand.source)):
                target = [place]
        code = self._reclassify(code, cand, target)
        try:
            info = self.onto.get(code)
        except KeyError:
            return None
        if info.plover is None:
            return None  # statements (CAMEO 01) have no PLOVER type; they are not emitted
        conf = cand.base_conf
        if any(actors.is_guess(a) for a in cand.source):
            conf -= 0.15
        if any(a.kind == "pronoun" for a in cand.source):
            conf -= 0.05
        if not target:
            conf -= 0.05
        conf -= 0.08 * self._clause_depth(cand.anchor)
        if modality in ("future", "conditional", "intended"):
            conf -= 0.02
        conf = round(max(0.05, min(conf, 0.99)), 3)
        trig = cand.trigger
        trigger = " ".join(t.text for t in trig)
        event_date, date_text = self._event_date(cand.anchor, date, sent.dates)
        sentence, span = sent.stripped, sent.span
        src_codes = ",".join(a.code for a in cand.source)
        tgt_codes = ",".join(a.code for a in target)
        key = f"{doc_id}|{span[0]}|{trig[0].idx}|{code}|{src_codes}|{tgt_codes}"
        event_id = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return Event(
            event_id=event_id,
            doc_id=doc_id,
            date=event_date,
            event=info.plover,
            mode=info.mode,
            context=[],
            cameo=code,
            goldstein=info.goldstein,
            quad_class=info.quad,
            source=cand.source,
            target=target,
            sentence=sentence,
            span=span,
            trigger=trigger,
            confidence=conf,
            modality=modality,
            location=self._location(cand.anchor, actors),
            date_text=date_text,
        )

    def _own_capability_claim(self, cand: Candidate, actors: DocActors) -> bool:
        """A speaker saying their own side could do something hostile ("Iran said it could close
        the strait") is threatening it; an outsider saying so is only speculating."""
        v = cand.anchor
        if cand.cameo[:2] not in HOSTILE_ROOTS or v.dep_ != "ccomp" or not self._is_say(v.head):
            return False
        aux = {c.lower_ for c in v.children if c.dep_ == "aux"}
        if not aux & {"could", "can", "may", "might"} or "have" in aux:
            return False
        speakers, _ = self._source(v.head, actors)
        return bool({a.primary for a in speakers} & {a.primary for a in cand.source})

    @staticmethod
    def _reclassify(code: str, cand: Candidate, target: list[Actor]) -> str:
        """CAMEO distinctions that depend on who acts on whom, not on the verb:
        - violence by a state's police, army or government against protesters at home is violent
          repression (175, COERCE), not an assault ("police opened fire on demonstrators");
        - military exercises held by forces of two or more countries together are military
          cooperation (062), not a show of force ("French and Egyptian warships launched war games")."""
        if code[:2] in ("18", "19", "20") and target and cand.source \
                and all(s.sector in ("COP", "MIL", "GOV", "SPY") for s in cand.source) \
                and all(a.sector == "OPP" and a.kind != "org" for a in target) \
                and {s.country for s in cand.source} >= {a.country for a in target}:
            return "175"
        if code[:2] == "15" and len({s.country or s.code[:3] for s in cand.source}) >= 2 \
                and any(t.lemma_.lower() in EXERCISE_WORDS for t in cand.trigger):
            return "062"
        if code == "081" and target and cand.source and \
                not {a.primary for a in target} & {s.primary for s in cand.source}:
            # restrictions eased for another country ("lifted its ban on seafood from Japan") are
            # economic sanctions eased (085), not administrative ones at home
            return "085"
        if code[:2] == "10" and cand.source and (
                all(any(w in a.text.lower() for w in PROTESTER_WORDS) for a in cand.source)
                or (cand.anchor.dep_ in ("advcl", "xcomp", "acl") and _is_protest(cand.anchor.head))):
            # "protesters demanded better schools", "farmers camped outside Delhi to demand the
            # repeal": a demonstration for a demand (141), not a demand made at a table
            return "141"
        return code

    @staticmethod
    def _forces_abroad(code: str, cand: Candidate) -> str:
        """Troops or police arriving in a country, or sent there 'to help', are CAMEO 074
        (military protection or peacekeeping), not a visit or a show of force."""
        forces = all(a.sector in ("MIL", "COP") for a in cand.source) and cand.source
        purpose = any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_VERBS for c in cand.anchor.children)
        if code[:3] == "042" and forces and (purpose or cand.anchor.lemma_.lower() not in ("travel", "visit", "go")
                                              or any(a.sector == "MIL" for a in cand.source)):
            # police officers who travel abroad to interview witnesses are not peacekeepers
            return "074"
        if code[:2] == "15" and code[:3] in ("150", "154") and purpose:
            return "074"
        return code

    @staticmethod
    def _reciprocal(v) -> bool:
        words = [t.lower_ for t in _window(v, v.i - WINDOW, v.i + WINDOW)]
        return any(words[i:i + 2] in (["each", "other"], ["one", "another"]) for i in range(len(words) - 1))

    def _unnamed_perpetrator(self, v) -> bool:
        """True when the clause names no doer or only a weapon/attack ("a roadside bomb killed",
        "were killed by an explosive device"); False for "the tsunami killed", "locusts invaded"."""
        cur, steps = v, 0
        while steps < 4:
            subj = self._child(cur, ("nsubj", "csubj"))
            agent = next((p for c in cur.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            doer = agent if agent is not None else subj
            if doer is not None:
                return doer.lemma_.lower() in VIOLENCE_NOUNS or doer.lower_ in VIOLENCE_NOUNS
            if any(c.dep_ == "nsubjpass" for c in cur.children):
                return True  # passive without an agent: "a journalist was killed"
            if cur.dep_ in ("conj", "advcl", "xcomp") and cur.head.i != cur.i:
                cur = cur.head
                steps += 1
                continue
            return False
        return False

    @staticmethod
    def _later_actor(cand: Candidate, actors: DocActors) -> list[Actor]:
        """Last resort: the first actor after the trigger inside the event's own clause
        (never in the attribution: "…, officials in Nairobi said" lies outside it)."""
        anchor = cand.anchor
        after = max(t.i for t in cand.trigger)
        source_codes = {a.code for a in cand.source}
        meeting = cand.cameo[:2] == "04" and cand.cameo[:3] not in ("042",)
        for t in _window(anchor, after + 1, after + WINDOW):
            if t.i <= after or t.dep_ in ("nsubj", "nsubjpass") and t.head.i == anchor.i:
                continue
            if t.dep_ in NAME_PARTS and t.head.i in actors.actors_at:
                continue
            if t.dep_ == "pobj" and (t.head.lower_ in NON_TARGET_PREPS or t.head.dep_ == "agent"):
                continue  # "said at a press conference", "released by Russia": not targets
            if meeting and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near") and \
                    t.head.head.i in {anchor.i, *(x.i for x in cand.trigger)}:
                continue  # "met in Beijing", "resumed negotiations in Kinshasa": where, not with whom
            found = [a for a in actors.actors_at.get(t.i, []) if a.code not in source_codes
                     and not _own_possession(a, cand.source, t.doc)]
            if found:
                return found[:1]
        return []

    @staticmethod
    def _place_actor(anchor, sent, actors: DocActors) -> Actor | None:
        near = list(_window(anchor, anchor.i - WINDOW, anchor.i + WINDOW))
        if sent is not None:
            span = getattr(sent, "sent", sent)
            near += list(span.doc[max(span.start, anchor.i - WINDOW) : min(span.end, anchor.i + WINDOW + 1)])
        for t in near:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "outside", "at", "inside", "around", "off", "into", "across", "of"):
                if t.head.lower_ == "of" and t.head.head.lemma_.lower() not in PLACE_HEADS:
                    continue
                place = actors.place_at(t)
                if place is None:
                    # "the Iraqi city of Basra", "the town of Samarra"
                    for c in t.children:
                        if c.dep_ in ("amod", "compound") and actors.country_actor(c):
                            country = actors.country_actor(c)[0].country
                            place = (t.text, country, None)
                            break
                if place is not None and place[1]:
                    name, country, _ = place
                    return Actor(name, actors.d.country_name(country), country, country, None,
                                 t.idx, t.idx + len(t.text), "country")
        for t in _window(anchor, anchor.i - WINDOW, anchor.i + WINDOW):
            # "seized the Zaporizhzhia nuclear plant", "killed farmers in Borno state"
            if t.pos_ == "PROPN" and t.dep_ in ("compound", "pobj", "dobj"):
                place = actors.place_at(t)
                if place is not None and place[1]:
                    name, country, _ = place
                    return Actor(name, actors.d.country_name(country), country, country, None,
                                 t.idx, t.idx + len(t.text), "country")
        return None

    @staticmethod
    def _clause_depth(tok) -> int:
        """How many clause boundaries (other than reporting verbs) lie between tok and the root."""
        depth, cur, steps = 0, tok, 0
        while cur.head.i != cur.i and steps < 30:
            if cur.dep_ in ("ccomp", "advcl", "relcl", "acl", "xcomp", "pcomp", "csubj"):
                head = cur.head
                if not (cur.dep_ == "ccomp" and head.lemma_.lower() in ("say", "tell", "announce", "report", "state", "add", "claim", "confirm", "declare")):
                    depth += 1
            cur = cur.head
            steps += 1
        return depth

    @staticmethod
    def _event_date(anchor, date, date_ents) -> tuple[str | None, str | None]:
        if date is None:
            return None, None
        # temporal expressions attached to the clause (not inside a nested clause)
        for ent in date_ents:
            t = ent.root
            cur, ok, steps = t, True, 0
            while cur.i != anchor.i and cur.head.i != cur.i and steps < 40:
                if cur.dep_ in ("ccomp", "relcl", "advcl", "xcomp", "acl"):
                    ok = False
                    break
                cur = cur.head
                steps += 1
            if not ok or cur.i != anchor.i:
                continue
            t = ent[0]
            text = ent.text
            prev = t.doc[t.i - 1] if t.i > 0 else None
            if prev is not None and prev.lower_ in ("last", "next", "this", "on"):
                text = prev.text + " " + text
            r = dates_mod.resolve(text, date)
            if r is not None:
                if not r.is_day and r.start.isoformat() <= date <= r.end.isoformat():
                    return date, r.text  # "this year", "this month": the article date is the best day
                return r.iso(), r.text
        return date, None

    @staticmethod
    def _location(anchor, actors: DocActors) -> dict | None:
        """Where the event happened: a place the clause says it happened in/at/near."""
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside", "outside"):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    place = actors.place_at(p)
                    if place is None:
                        continue
                    name, country, geo = place
                    if geo is not None:
                        return {"name": name, "country": country, "lat": geo.lat, "lon": geo.lon, "geonameid": geo.geonameid}
                    return {"name": name, "country": country, "lat": None, "lon": None, "geonameid": None}
        return None


@functools.lru_cache(maxsize=1)
def negative_labels() -> frozenset[str]:
    path = resource_path("tacitus.events", "data/negative_labels.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, ("word",)))


@functools.lru_cache(maxsize=1)
def _vader_lexicon() -> dict:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().lexicon


def _valence(word: str) -> float:
    return _vader_lexicon().get(word, 0.0)


def _is_protest(tok) -> bool:
    """Is tok a protest act: a protest verb or noun ("camped", "on hunger strike", "sit-in")?"""
    if tok.lemma_.lower() in PROTEST_ACTS:
        return True
    return any(c.lemma_.lower() in PROTEST_ACTS for c in tok.children if c.dep_ in ("prep", "dobj", "attr")
               for c in ([c] + [p for p in c.children if p.dep_ == "pobj"]))


def _own_possession(actor: Actor, source: list[Actor], doc) -> bool:
    """Is the actor the source's own ("Russia withdrew its forces", "ordered his troops")? Such
    a phrase names the instrument of the act, not its target."""
    span = doc.char_span(actor.start, actor.end)
    if span is None or actor.kind == "pronoun":
        return False
    head = span.root
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" for c in head.children):
        return False
    own = {s.country or s.code[:3] for s in source}
    return (actor.country or actor.code[:3]) in own


def _is_prep(tok) -> bool:
    """A preposition attached to a verb; the parser labels "to" after a verb of giving
    ("is providing intelligence to Macedonia") as a dative."""
    return tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def _noun_read_verb(tok):
    """A sentence root tagged as a noun that governs a to-infinitive ("Putin and Xi plan to
    meet"): the small model's reading of a plural subject followed by a verb like plan, vow, aim."""
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
            and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) \
            and any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
        return tok
    return None


def _window(head, lo: int, hi: int):
    """Tokens of head's subtree between positions lo and hi (inclusive), in order.

    Subtrees are contiguous in spaCy's projective parses, so this is a slice, not a walk."""
    left, right = head.left_edge.i, head.right_edge.i
    return head.doc[max(left, lo) : min(right, hi) + 1]


class _SentenceInfo:
    """What every event of a sentence needs, computed once per sentence."""

    def __init__(self, sent):
        self.sent = sent
        text = sent.text
        self.stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        self.span = (sent.start_char + lead, sent.start_char + lead + len(self.stripped))
        self.dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]

    def __iter__(self):
        return iter(self.sent)


def _after_of(n):
    """The object of n's 'of' phrase, or n itself when it has none."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return n
