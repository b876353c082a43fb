"""Who did it and to whom: the source and target finders of the event coder (a mixin of
EventCoder; the methods use its lexicon and noun entries)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.actors.resolver import DocActors
from tacitus.actors.resolver_words import after_stance_prefix, border_owner, border_place, far_side, located_border
from tacitus.events.lexicon import NounEntry
from tacitus.extract.places import fold_name, spelling_of
from tacitus.events.modality import CONDITION_MARKS
from tacitus.events.modality import scheduled  # noevent4 helper
from tacitus.model import Actor
from tacitus.nlp import conj_root, sent_bounds, token_table
from tacitus.events.words import LINKED_VERBS, PRESSURE_NOUNS  # targets14 helper
from tacitus.events.words import SERVING_VERBS  # targets24 helper
from tacitus.events.words import MEASURE_NOUNS, SUPPLY_WITH_VERBS  # targets25 helper
from tacitus.events.words import COMPASS_WORDS, FLIGHT_VERBS, TEST_SHOT_LANDINGS  # targets12 helper
from tacitus.events.words import ARMED_TARGETS, TO_DOER_VERBS  # actors9 helper
from tacitus.events.words import ANNOUNCE_VERBS  # types23 helper
from tacitus.events.words import CUSTODY_NOUNS  # targets20
from tacitus.events.words import MESSAGE_ROOTS, THREAT_NOUNS, THREAT_RAISING_VERBS, WIN_VERBS  # light17 helper
from tacitus.events.words import CONVERSATION_NOUNS, LEADER_PARTICIPLES, SETTLEMENT_NOUNS, SIDE_CLAUSE_MARKS, SUBJECT_OWNER_PREPS, TALK_NOUNS
from tacitus.events.words import TIE_NOUNS  # targets6 helper
from tacitus.events.words import PACT_NOUNS, TRIP_MEET_VERBS  # targets11 helper
from tacitus.events.words import REFERRED_ACT_DETS, REFERRED_ACT_NOUNS, REFERRED_ACT_ROOTS  # stories3 helper
from tacitus.events.words import HALT_NOUNS  # stories8 helper
from tacitus.events.words import BLAME_VERBS, OUTBREAK_VERBS  # targets15 helper
from tacitus.events.words import HANDOVER_NOUNS, OFFICE_TAKING_VERBS  # targets26
from tacitus.events.words import CLAIMED_ACT_VERBS, SPEAKER_PARTICIPLES  # targets16 helper
from tacitus.events.words import OWNED_ACT_VERBS, OWNER_PARTICIPLES, SPEECHLESS_WEAPONS  # sources20 helper
from tacitus.events.words import CRAFT_WORDS  # stories23 helper
from tacitus.events.words import VOTED_TEXTS, VOTING_VERBS  # odds4 helper
from tacitus.events.words import BREACH_VERBS, REFERRED_ACT_PREPS  # stories7 helper
from tacitus.events.words import CONJUNCT_TARGET_ROOTS, COURT_ACT_NOUNS, DOMESTIC_RIVAL_ROOTS, EXCHANGE_VERBS, QUOTED_SELF_WORDS, REFERRED_ACT_NOUNS_MORE  # stories4 helper
from tacitus.events.words import QUOTE_SPEECH_VERBS, REPORT_VERBS as REPORT_VERBS_OF_FORCE  # realnews18b helper
from tacitus.events.words import POINTING_PRONOUNS  # stories10 helper
from tacitus.events.words import EXCHANGE_NOUNS  # odds11 helper
from tacitus.events.words import JOIN_VERBS  # odds3 helper
from tacitus.events.words import BAN_VERBS, MADE_PARTICIPLES, TRADE_NOUNS  # odds9 helper
from tacitus.events.words import BLOC_PAPER_NOUNS  # odds16
from tacitus.actors.resolver_words import PERSON_PRONOUNS  # targets10 helper
from tacitus.actors.resolver_words import OBJECT_PRONOUNS  # targets18 helper
from tacitus.actors.resolver_words import PLACE_NOUNS  # targets13 helper
from tacitus.actors.resolver_words import BACKER_PARTICIPLES  # targets22 helper
from tacitus.events.words import FIRE_NOUNS  # targets10 helper
from tacitus.events.words import SHARED_LINES  # types22 helper
from tacitus.events.words import LEAD_UP_SPANS  # targets7 helper
from tacitus.events.words import BROKER_PARTICIPLES, PLACE_LEFT_CHAIN_PREPS, TOLD_ADDRESS_VERBS  # targets8 helper
from tacitus.events.words import FOREIGN_POST_NOUNS  # actors5 helper
from tacitus.events.words import CAMPAIGN_NOUNS, FORCE_PARTICIPLES, TOWN_ATTACK_VERBS  # targets3 helper
from tacitus.actors.resolver_words import first_name_genders  # targets3 helper
from tacitus.events.words import SUBJ  # odds helper
from tacitus.events.words import HEADLINE_PASSIVE_VERBS  # stories5 helper
from tacitus.events.words import HOLDING_VERBS, RELEASE_NOUNS  # targets4 helper
from tacitus.events.words import LABELLING_VERBS, REACH_PREPS  # targets5 helper
from tacitus.events.words import (
    ACCIDENT_NOUNS,
    AGENT_OF_NOUNS,
    ATTRIBUTION_VERBS,
    CAUSE_VERBS,
    DEFAULT_TARGET_PREPS,
    REACTION_VERBS,
    NAME_PARTS,
    NON_TARGET_PREPS,
    OWNER_PREPS,
    PARTICLES,
    PATIENT_NOUNS,
    PLACE_HEADS,
    PROBE_WORDS,
    QUANTITY_WORDS,
    RECEIVE_VERBS,
    STEP_NOUNS,
    STEP_VERBS,
    VIOLENCE_NOUNS,
    WINDOW,
)
from tacitus.events.syntax import (
    active_subject,
    after_of,
    conjoined_passive,
    finite_acl,
    is_passive,
    is_prep,
    noun_read_verb,
    name_read_modifier,
    dropped_subject_claim,  # odds10 helper
    own_possession,
    owns_its_object,
    passive_subject,
    window,
)
from tacitus.events.syntax import swallowed_subject  # wire8 helper
from tacitus.events.syntax import children_table  # perf11e
from tacitus.events.syntax import elapsed_into  # wire25 helper
from tacitus.events.words import FOUGHT_EACH_OTHER  # wire25 helper
from tacitus.events.syntax import verb_read_as_conj_modifier  # odds14 helper
from tacitus.events.words import LET_VERBS  # odds14 helper
from tacitus.events.words import OUT_OF_DOER_VERBS, FROM_DOER_VERBS  # odds15 helper; stories12, wire18
from tacitus.events.syntax import object_read_as_participle_subject  # odds12 helper
from tacitus.events.syntax import prep_read_subject  # targets18 helper
from tacitus.events.syntax import hung_on_object
from tacitus.events.syntax import surname_read_adverb  # odds25 helper
from tacitus.events.words import FLOATING_QUANTIFIERS  # wire8 helper
from tacitus.events.words import SUMMARY_ACT_NOUNS, VOICED_REACTION_VERBS  # wire10 helper
from tacitus.events.words import HELD_ABROAD_SECTORS, VICTIM_COUNTRY_SECTORS, HOME_CUSTODY_CODES, SENTENCE_RECEIVER_VERBS, VICTIM_SUBJECT_VERBS, CHARGED_ABROAD_SECTORS, HOME_DEMAND_CODES, HOME_DEMAND_SECTORS  # stories12, realnews18a
from tacitus.events.words import HOME_PASSIVE_CODES, NONSTATE_ARMED_SECTORS  # realstory19 helper

def headline_passive(v) -> bool:  # stories5 helper
    """'Haiti's President Jovenel Moise assassinated at his home', 'Opposition leader shot dead in
    Dhaka': a headline drops a passive's auxiliary and the parser reads the participle as a past
    tense with the victim its subject. A verb that always takes an object when active, with a
    subject but no object, no auxiliary and no clause of its own, is that passive ('police shot
    at the crowd' is active: 'shoot at' takes no object)."""
    if v.tag_ not in ("VBD", "VBN") or v.lemma_.lower() not in HEADLINE_PASSIVE_VERBS:
        return False
    if v.head.i > v.i and v.dep_ in ("amod", "compound"):
        return False  # "A court jailed opposition activist Maria Kolesnikova": its object is its head (odds10)
    subj = False
    for c in v.children:
        dep = c.dep_
        if dep in ("dobj", "aux", "auxpass", "nsubjpass", "agent", "ccomp", "xcomp", "dative", "attr", "conj"):
            return False
        if dep == "prep" and c.lower_ == "at" and v.lemma_.lower() == "shoot" \
                and not any(o.dep_ == "oprd" for o in v.children):
            return False
        if dep in ("prep", "prt") and c.lower_ == "down" and c.i == v.i + 1 and any(o.dep_ == "pobj" for o in c.children):
            return False  # "an American jet shot down the Chinese balloon": particle and object read as a phrase (targets25)
        if dep in ("acomp", "oprd", "advcl") and any(o.dep_ == "dobj" for o in c.children) \
                and not (dep == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
            return False  # "a fighter shot dead a doctor": the parser hangs the object on "dead"
            # (not a purpose: "Toledo extradited from U.S. to face charges" (stories12))
        if dep == "advcl" and object_read_as_participle_subject(c) is not None:
            return False  # "soldiers arrested hundreds of students marching": the object read as a subject (odds12)
        if dep == "nsubj":
            subj = True
    return subj


if TYPE_CHECKING:
    from tacitus.events.coder import Candidate


# CAMEO codes whose act faces the actor's own country when nobody else is named: yielding and
# easing repression (080-083), protest (14), force posture (15, only at a place at home),
# seizing power (170: a coup is against one's own state, "the military seized power": THA -> THA,
# wire11), administrative sanctions, arrests and violent repression (172, 173, 175)
INWARD_CODES = ("080", "081", "082", "083", "14", "15", "170", "172", "173", "175")





def _object_slot(n):
    """The verb's object a noun stands for: itself, or the object it is joined to ("drew
    criticism and protests from the unions": 'protests' shares the object's verb and phrases)."""
    if n.dep_ == "conj" and n.head.dep_ == "dobj" and n.head.pos_ == "NOUN":
        return n.head
    return n


NOBODY_WORDS = frozenset({"nobody", "nothing", "no-one", "none"})  # a subject naming no one (stories20)


# the labels RoleFinder._place_actor reads a word near the anchor for: a place phrase's object
# in its first loop; an adverb, or a proper noun in one of the others, in its second. A Token is
# made only for these (perf14; tests/test_perf14.py lets every word by and compares)
_NEAR_PLACE_DEPS = frozenset(("pobj",))
_PLACE_WORD_DEPS = frozenset(("advmod", "compound", "nmod", "pobj", "dobj", "nsubjpass"))


class RoleFinder:
    @staticmethod
    def _possessor_with_patient(n, ofs, actors) -> list[Actor]:  # types7 helper
        """'Israel's killing of a Hezbollah commander', 'Moscow's expulsion of two diplomats': when
        the "of" phrase names who suffered the act, a country or organisation in the possessive did
        it ('Navalny's arrest', with no "of", keeps the possessor as the one arrested)."""
        if not ofs:
            return []
        for c in n.children:
            if c.dep_ == "poss" and c.pos_ == "PROPN":
                found = actors.actors(c)
                if found and all(a.kind in ("country", "org") for a in found):
                    return found
        return []

    def _noun_source(self, n, actors) -> list[Actor]:
        if n.lemma_.lower() in PATIENT_NOUNS:
            # "his arrest", "Navalny's release": the possessor suffered the act; only "by X" names the doer
            # ("the arrest of the opposition leader by Malaysian police": the parser may hang the
            # "by" phrase on the "of" object; wire helper)
            ofs = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            for c in [c for h in [n] + ofs for c in h.children]:
                if c.dep_ == "prep" and c.lower_ == "by":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return actors.actors(p)
            return self._possessor_with_patient(n, ofs, actors)
        o = _object_slot(n)  # "drew criticism and protests from unions"
        if o.dep_ == "dobj" and o.head.lemma_.lower() in RECEIVE_VERBS or self._under_pressure(n):
            # "drew sharp criticism from Britain": the critic is in the verb's "from" phrase
            # (or on the noun of its "of" phrase: "drew a downgrade of ties from Beijing" (targets24))
            ofs = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            for prep in (c for h in (n, o.head, *ofs) for c in h.children if c.dep_ == "prep" and (c.lower_ == "from" or (
                    c.lower_ == "of" and h.i == n.i and n.head.lemma_.lower() in WIN_VERBS
                    and not any(d.dep_ == "poss" for d in n.children)))):  # "won the support of" (light17)
                for p in prep.children:
                    if p.dep_ == "pobj" and actors.actors(p):
                        return actors.actors(p)
        for c in n.children:
            if c.dep_ == "poss":
                found = actors.actors(c)
                if found:
                    return found
        for c in n.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i and not after_stance_prefix(c):
                # ("anti-American protests" are not America's)
                found = actors.actors(c) or actors.country_actor(c) or self._trade_origin(c, n, actors)
                if found and found[0].kind in ("country", "org", "agent", "person"):
                    return found + self._conjoined_modifiers(c, found, actors)
        if n.dep_ == "pobj" and n.head.lower_ == "of" and (m := n.head.head).pos_ == "NOUN" \
                and m.lemma_.lower() in MEASURE_NOUNS and m.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT"):
            # "Russia's latest barrage of strikes on Ukraine's grid left millions without power", "a
            # new wave of Israeli air strikes": the measure word's owner or modifier is the acts' doer
            # (targets25)
            for c in m.children:
                if c.dep_ == "poss" and (found := actors.actors(c)):
                    return found
                if c.dep_ in ("amod", "compound") and c.i < m.i and not after_stance_prefix(c) \
                        and (found := actors.actors(c) or actors.country_actor(c)) \
                        and found[0].kind in ("country", "org", "agent", "person"):
                    return found
        if any(c.dep_ == "amod" and c.lower_ == "led" and c.i < n.i for c in n.children):
            # "the Saudi-led air campaign against the Houthis", "a French-led offensive": the leader
            # the resolver read for the phrase (targets20)
            found = [a for a in actors.actors_at.get(n.i, []) if a.kind in ("country", "org")]
            if found:
                return found
        if n.dep_ in ("nsubj", "nsubjpass") and actors.agent_at[n.i] is None \
                and any(c.dep_ == "compound" and c.i < n.i for c in n.children):
            # "a European Union ban came into force": the organisation named in the modifiers is
            # resolved at the phrase head, not at its own (compound) tokens; only for the subject
            # of a clause ("at an EU summit" is a venue, "a package of EU sanctions" a thing)
            found = [a for a in actors.actors_at.get(n.i, []) if a.kind == "org"]
            if found:
                return found
        for c in n.children:
            if c.dep_ == "prep" and (c.lower_ == "by" or (c.lower_ == "of" and n.lemma_.lower() in AGENT_OF_NOUNS)):
                # "talks by X"; "the resignation of President X", "the arrival of Russian planes"
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors.actors(self._through_quantity(p))
                if c.lower_ == "by" and c.n_rights == 0 and n.dep_ == "nsubj":
                    # "A hunger strike by jailed activist Alaa Abd El-Fattah entered its 200th day":
                    # the parser left "by" bare and made its noun a second subject of the verb (types10)
                    stray = next((s for s in n.head.children if s.dep_ == "nsubj" and s.i > c.i), None)
                    if stray is not None:
                        return actors.actors(stray)
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "from" and n.dep_ in ("nsubj", "nsubjpass", "ROOT") \
                    and n.lemma_.lower() not in THREAT_NOUNS and (nentry := self._noun_entry(n)) is not None \
                    and (nentry.cameo[:2] in MESSAGE_ROOTS or nentry.cameo[:2] == "07"):
                # "a warning from China to the United States", "calls from Kyiv for more air
                # defence grew louder", "aid from the EU reached Gaza": the one a message or aid
                # told as a clause's subject comes from (light17); not in a phrase told in passing
                # ("despite appeals from NATO allies"), and "the threat from China" is a danger
                found = [a for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
                if found:
                    return found
        if n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.pos_ == "ADP" \
                and (nentry := self._noun_entry(n)) is not None and nentry.cameo[:2] in ("14", "12"):
            # wire18: "monks led 100,000 people through Yangon in the largest protest against the
            # junta": the subject of the verb the protest is done in is its doer (not the state's
            # forces: "police fired tear gas in a protest" put it down); a verb with an event of
            # its own ("recalled its envoy in protest at the strikes") is the protest itself.
            # types20: so is the defiance a side acts in ("held the referendum in defiance of the
            # court", 128), whoever it is, also where the parser hangs the phrase on the verb's
            # object ("pressed ahead with its referendum in defiance of the court")
            v = n.head.head
            # (actors23: and the bare idiom 'in protest' the parser hung on the verb's object: "dumped
            # manure outside government buildings in protest at fuel taxes")
            if nentry.cameo[:2] == "12" or not any(c.dep_ in ("det", "amod", "poss") for c in n.children):
                while v.pos_ != "VERB" and v.dep_ in ("dobj", "pobj", "prep") and v.head.i != v.i:
                    v = v.head
            if v.pos_ == "VERB" and ((hentry := self._entry(v)) is None or hentry.frame == "light"):
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                found = actors.actors(subj) if subj is not None else []
                if found and (nentry.cameo[:2] == "12" or not any(a.sector in ("COP", "MIL", "GOV", "SPY") for a in found)):
                    return found
        if n.dep_ == "pobj" and n.head.lower_ == "of" and (t := n.head.head).dep_ == "dobj" \
                and t.lemma_.lower() in THREAT_NOUNS and t.head.lemma_.lower() in THREAT_RAISING_VERBS:
            # types20: "North Korea raised the spectre of a nuclear strike on the United States": the
            # one who raises the threat is the doer of the act threatened (see rules._threat_of)
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            if subj is not None and (found := actors.actors(subj)):
                return found
        # object of a reporting or light verb: that verb's subject ("X announced sanctions on Y")
        head_entry = self._entry(n.head) if n.dep_ == "dobj" else None
        if head_entry is not None and owns_its_object(n.head, head_entry) and n.head.pos_ in ("VERB", "AUX"):
            # "X announced sanctions": X's sanctions; "Reuters reported the attack": not Reuters' attack
            src, passive = self._source(n.head, actors)
            if not passive:
                return src
        return []

    @staticmethod
    def _under_pressure(n) -> bool:
        """'Rwanda came under pressure from Washington to ...', 'Moscow was under pressure from
        NATO': the one pressed is the clause's subject, the presser in the 'from' phrase (odds9)."""
        return n.dep_ == "pobj" and n.head.lower_ == "under" and n.lemma_.lower() in PRESSURE_NOUNS \
            and n.head.head.pos_ in ("VERB", "AUX")

    def _noun_target(self, n, entry: NounEntry, actors) -> list[Actor]:
        if n.lemma_.lower() in PATIENT_NOUNS:
            for c in n.children:
                if c.dep_ == "poss" and actors.actors(c):
                    return actors.actors(c)
        o = _object_slot(n)  # "drew criticism and protests": the one drawing both
        if o.dep_ == "dobj" and o.head.lemma_.lower() in RECEIVE_VERBS or self._under_pressure(n):
            subj = self._child(o.head if o.dep_ == "dobj" else n.head.head, ("nsubj", "nsubjpass"))
            if subj is not None and entry.cameo[:2] == "16" and (own := self._noun_prep_target(n, entry, actors, o.head)):
                return own  # "the killing drew a freeze on arms sales to Riyadh from Berlin": the cut's own side (targets24)
            if subj is not None:
                # the one criticised is the subject of "drew", or whose law or words it was
                # ("Beijing's new security law drew criticism", "remarks by X drew a rebuke")
                found = actors.actors(subj) or self._owner_of(subj, actors)
                if found:
                    return found
        found = self._noun_prep_target(n, entry, actors)
        if not found and entry.cameo[:2] == "09":
            found = self._probed_person(n, actors)
        return found

    @staticmethod
    def _probed_person(n, actors) -> list[Actor]:  # realnews25 helper
        """'announces Trump impeachment investigation', 'opens Rousseff impeachment probe': a person
        named as a modifier of an inquiry (with no 'into'/'of' phrase) is the one investigated, not the
        investigator ('an FBI investigation', 'a UN inquiry' name organisations, and stay owners)."""
        mods = [c for c in n.children if c.dep_ in ("compound", "amod") and c.i < n.i and c.text[:1].isupper()]
        found = [a for c in mods for a in actors.actors(c) if a.kind == "person"]
        if not found and mods:  # the name read as part of the noun's phrase: the phrase's person whose mention is a modifier
            spans = [(c.idx, c.idx + len(c.text)) for c in mods]
            found = [a for a in actors.actors(n) if a.kind == "person" and any(a0 <= a.start < a1 for a0, a1 in spans)]
        return found

    def _noun_prep_target(self, n, entry: NounEntry, actors, drawer=None) -> list[Actor]:
        """The target named by the event noun's own phrases, in the lexicon's prepositions (for a
        noun drawn by a verb, `drawer`, also such a phrase the parser hangs on that verb or on the
        noun's "on" object: "drew a freeze on arms sales to Riyadh from Berlin")."""
        preps = entry.target or ()
        holders = list(n.children)
        if drawer is not None:
            holders += [c for c in drawer.children if c.lower_ != "from"]
            holders += [d for c in n.children if c.dep_ == "prep" and c.lower_ == "on"
                        for p in c.children if p.dep_ == "pobj" for d in p.children]
        for c in holders:
            if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        # "a ban on imports of Russian coal": whose imports; "the closure of its
                        # border with Syria": the side it is shared with, not its owner
                        found = actors.actors(p) or self._shared_with(p, actors) or self._owner_of(p, actors, 1)
                        found = self._side_served(p, found, actors)  # "sanctions against firms that supply Russia's military" (targets24)
                        if not found and p.pos_ == "PROPN" and c.lower_ in ("on", "against", "at") \
                                and entry.cameo[:2] in ("18", "19", "20"):
                            found = self._attacked_town(p, actors, aimed=True)  # "a Russian drone strike on Kharkiv" (targets23)
                        if found:
                            return found
        return []

    @staticmethod
    def _shared_with(p, actors) -> list[Actor]:
        """The actors of a noun's "with" phrase ("its border with Syria", "its treaty with Japan")."""
        return [a for c in p.children if c.dep_ == "prep" and c.lower_ == "with"
                for q in c.children if q.dep_ == "pobj" for a in actors.actors(q)]

    def _between(self, n, actors) -> list[Actor]:
        """'talks between X and Y' (also 'talks were held ... between X and Y')."""
        holders = [n] + ([n.head] if n.dep_ in ("nsubjpass", "dobj") else [])
        if n.dep_ == "nsubj" and n.head.pos_ == "VERB" and n.head.lemma_.lower() in OUTBREAK_VERBS:
            # "fighting broke out in Juba between X and Y", "erupted at Donetsk airport between X
            # and Y": the sides hang on the verb of breaking out or on its place (targets15)
            holders += [n.head] + [p for c in n.head.children if c.dep_ == "prep" and c.lower_ != "between"
                                   for p in c.children if p.dep_ == "pobj"]
        for c in (c for h in holders for c in h.children):
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self._shared_head_sides(p, actors) or actors.actors(p)
        return []

    @staticmethod
    def _shared_head_sides(p, actors) -> list[Actor]:  # targets26 helper
        """'talks between the Taliban and US envoys', misparsed: the two sides read as conjoined
        modifiers of one noun ("envoys" of the Taliban and the US). Each modifier's own actors,
        in order, when both name one; else []."""
        if p.pos_ != "NOUN":
            return []
        for m in p.children:
            if m.dep_ in ("nmod", "compound") and m.i < p.i and any(q.dep_ == "conj" for q in m.children):
                sides = [actors.actors_at.get(t.i, []) for t in (m, *m.conjuncts)]
                if len(sides) > 1 and all(sides):
                    out: list[Actor] = []
                    for found in sides:
                        out += [a for a in found if all(a.code != b.code for b in out)]
                    return out
        return []

    @staticmethod
    def _by_after_infinitive(x, actors: DocActors) -> list[Actor]:  # realfix18 helper
        """'was urged to resume talks with India by the Chinese minister', 'was pressed to expel
        the militias by Washington': the passive's by-agent put after its infinitive, hung on the
        infinitive or on the infinitive's object behind another phrase of that object (not
        'attacks by militants', the act's own doer). Not a date ('by Friday')."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
            return []
        bys = [c for c in x.children if c.dep_ == "prep" and c.lower_ == "by"]
        for d in x.children:
            if d.dep_ == "dobj":
                rights = [c for c in d.children if c.i > d.i and c.dep_ == "prep"]
                bys += [c for c in rights[1:] if c.lower_ == "by"]
        return [a for b in bys for o in b.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                for a in actors.actors(o) if not actors.is_guess(a)]

    @staticmethod
    def _demonym_of_gerund(d, g, actors: DocActors) -> list[Actor]:  # targets25 helper
        """"were killed in Pakistani shelling", misparsed: the demonym d read as the noun of the verb's
        "in"/"during" phrase and the attack gerund g right after it as a clause of the same verb. The
        demonym's country is the attack's doer, for the verb and for the gerund's own event; []
        for any other shape."""
        if g.dep_ != "advcl" or g.i != d.i + 1 or g.lower_ not in VIOLENCE_NOUNS or not g.lower_.endswith("ing") \
                or d.dep_ != "pobj" or d.head.lower_ not in ("in", "during") or d.head.head.i != g.head.i:
            return []
        return [a for a in actors.country_actor(d) if a.kind == "country"]

    def _by_under_prep_object(self, v, actors: DocActors) -> list[Actor]:  # targets10 helper
        """'was hit with fresh sanctions by the EU', 'was placed under house arrest by soldiers':
        the parser hangs the passive's "by" agent on the object of the verb's own preposition;
        'were killed in an ambush claimed by Boko Haram': the doer of the attack the victims
        died in is the agent of its participle."""
        for c in v.children:
            if c.dep_ == "dobj":
                # "Kyiv was granted a loan by the IMF": the by-agent hung on the retained object
                found = [a for b in c.children if b.dep_ == "prep" and b.lower_ == "by"
                         for o in b.children if o.dep_ == "pobj" for a in actors.actors(o)]
                if found:
                    return found
                continue
            if c.dep_ == "xcomp":
                if (found := self._by_after_infinitive(c, actors)):
                    return found
                continue
            if c.dep_ != "prep":
                continue
            if c.lower_ == "by":
                # "Ukraine was sent 30 tanks by Poland": an agent the parser calls a preposition,
                # when it names an actor (not "by Friday", "by road")
                found = [a for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
                         for a in actors.actors(o)]
                if found:
                    return found
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.i + 1 < len(p.doc) and (found := RoleFinder._demonym_of_gerund(p, p.doc[p.i + 1], actors)):
                    return found  # "were killed in Pakistani shelling" misparsed (targets25)
                if c.lower_ in ("in", "during") and any(b.dep_ in ("compound", "amod", "poss") for b in p.children):
                    # "were killed in an al-Shabaab roadside bombing", "in a Syrian air strike": the
                    # violent act's own modifier names its doer, as for the noun event (targets15)
                    entry = self._noun_entry(p)
                    if entry is not None and entry.cameo[:2] in ("18", "19", "20"):
                        # (a name the phrase holds is the actor of the whole phrase: "an al-Shabaab bombing")
                        found = [a for a in actors.actors(p) if not actors.is_guess(a)] \
                            or self._violent_act_source(p, actors)
                        if found:
                            return found
                for b in p.children:
                    if b.dep_ == "prep" and b.lower_ == "by":
                        found = [a for o in b.children if o.dep_ == "pobj" for a in actors.actors(o)]
                        if found:
                            return found
                    elif b.dep_ in ("compound", "amod") and c.lower_ in ("with", "from"):
                        found = actors.actors(b)  # "was hit with new U.S. sanctions", "freed from U.S. sanctions"
                        if found:
                            return found
                    elif b.dep_ == "acl" and b.tag_ == "VBN" and c.lower_ in ("in", "during"):
                        agent = next((o for a in b.children if a.dep_ == "agent" for o in a.children
                                      if o.dep_ == "pobj"), None)
                        entry = self._noun_entry(p) if agent is not None else None
                        if entry is not None and entry.cameo[:2] in ("18", "19", "20"):
                            found = actors.actors(agent) or self._agent_members(agent, actors)
                            if found:
                                return found
                    elif b.dep_ == "prep" and b.lower_ == "with" and c.lower_ in ("in", "during"):
                        # "were killed in clashes with Chinese troops": the other side of the
                        # fighting the victims died in is the doer (targets15)
                        entry = self._noun_entry(p)
                        if entry is not None and entry.cameo[:2] == "19" and "with" in entry.target:
                            found = [a for o in b.children if o.dep_ == "pobj" for a in actors.actors(o)]
                            if found:
                                return found
        return []

    def _when_attacker(self, v, actors: DocActors) -> list[Actor]:  # targets15 helper
        """'Three soldiers were killed when Taliban fighters attacked their checkpoint': the doer of
        a passive act of violence with no agent is the subject of its "when"/"as" clause, when that
        clause is violence too or its subject is an armed force or group."""
        for c in v.children:
            if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(
                    m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") and m.i < c.i for m in c.children):
                continue
            entry = self._entry(v)
            if entry is None or not entry.cameo or entry.cameo[:2] not in ("18", "19", "20"):
                return []
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            found = actors.actors(subj) if subj is not None else []
            if not found:
                return []
            centry = self._entry(c)
            if centry is not None and centry.cameo and centry.cameo[:2] in ("18", "19", "20") \
                    or all(a.sector in ("MIL", "INS", "REB", "SEP", "UAF") for a in found):
                return found
        return []

    def _blamed_doer(self, v, actors: DocActors) -> list[Actor]:  # targets15 helper
        """An attack told with no doer, and the one the sentence blames for it: "drones attacked
        Moscow, and Russia blamed Kyiv" (the blamed object of a joined verb of blaming), "were hit
        by a cyberattack, which US officials blamed on North Korea", "in an attack attributed to
        Israel" (the "on"/"to" object of a blaming clause on the act's own noun). Only for verbs of
        violence (18x-20x)."""
        entry = self._entry(v)
        if entry is None or not entry.cameo or entry.cameo[:2] not in ("18", "19", "20"):
            return []
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in BLAME_VERBS:
                found = [a for o in c.children if o.dep_ == "dobj" for a in actors.actors(o)]
                if found:
                    return found
            elif c.dep_ == "conj" and c.pos_ == "VERB" and (owner := self._owning_clause(c)) is not None:
                # "a bomb killed a general, and Ukraine's security service claimed the attack", "a
                # drone strike killed ..., and the US Africa Command said its forces had carried it
                # out": the side owning the act told before did it (sources20)
                found = [a for s in owner.children if s.dep_ == "nsubj" for a in actors.actors(s)] \
                    or [a for s in c.children if s.dep_ == "nsubj" for a in actors.actors(s)]
                if found:
                    return found
            elif c.dep_ == "advcl" and c.lemma_.lower() in BLAME_VERBS and c.tag_ in ("VBN", "VBD") or (
                    c.dep_ == "advcl" and c.tag_ == "VBG" and (c := next((b for b in c.children if b.dep_ in ("ccomp", "advcl", "dep")
                                                                          and b.lemma_.lower() in BLAME_VERBS), None))):
                # "bombs exploded ..., killing 15 people in attacks later traced to al Qaeda", the
                # participle hung on the act itself or on the participle of the toll (targets16)
                found = [a for o in c.children if o.dep_ == "prep" and o.lower_ in ("on", "to")
                         for p in o.children if p.dep_ == "pobj" for a in actors.actors(p)]
                if found:
                    return found
        nouns = [c for c in v.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
        nouns += [p for c in v.children if c.dep_ in ("prep", "agent") for p in c.children if p.dep_ == "pobj"]
        # "a bomb exploded in Mogadishu, killing 500 people in an attack officials blamed on al
        # Shabaab": the blamed act hangs on the participle of the toll, or on its victims (targets16)
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                for o in c.children:
                    if o.dep_ == "prep":
                        nouns += [p for p in o.children if p.dep_ == "pobj"]
                    elif o.dep_ == "dobj":
                        nouns += [p for q in o.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"]
        for n in nouns:
            for b in n.children:
                if b.dep_ == "acl" and b.tag_ == "VBN" and b.lemma_.lower() in CLAIMED_ACT_VERBS:
                    # "in attacks later claimed by Islamic State" (targets16)
                    found = [a for g in b.children if g.dep_ == "agent"
                             for p in g.children if p.dep_ == "pobj" for a in actors.actors(p)]
                    if found:
                        return found
                    continue
                if b.dep_ == "appos" and b.i > n.i:
                    # "in an attack the Russian presidency attributed to Kyiv": the relative clause's
                    # subject misread as the act's apposition, its verb hung on it (actors26)
                    for r in b.children:
                        if r.dep_ in ("relcl", "acl") and r.lemma_.lower() in BLAME_VERBS \
                                and (found := self._blame_object(r, actors)):
                            return found
                    continue
                if b.dep_ not in ("relcl", "acl") or b.lemma_.lower() not in BLAME_VERBS:
                    continue
                found = self._blame_object(b, actors)
                if found:
                    return found
        # "were killed in a drone attack on a base near the Syrian border, which Biden blamed on
        # Iran-backed militias": the comment hung on the last noun of the act's phrase (targets16)
        for n in nouns:
            if n.dep_ != "pobj":
                continue
            for b in n.subtree:
                if b.dep_ == "relcl" and b.head.i != n.i and b.lemma_.lower() in BLAME_VERBS \
                        and any(c.lower_ == "which" for c in b.children):
                    found = self._blame_object(b, actors)
                    if found:
                        return found
        return []

    @staticmethod
    def _owning_clause(c):  # sources20 helper
        """The clause of joined verb c that owns an act told before it: c itself when it claims
        something ("claimed the attack", "claimed responsibility"), or c's reported clause doing
        "it" ("said its forces had carried it out", "said it had launched it"); else None."""
        lemma = c.lemma_.lower()
        if lemma in CLAIMED_ACT_VERBS:
            return c if any(o.dep_ == "dobj" for o in c.children) else None
        for x in c.children:
            if x.dep_ == "ccomp" and x.lemma_.lower() in OWNED_ACT_VERBS \
                    and any(o.dep_ == "dobj" and o.lower_ in ("it", "them") for o in x.children):
                return x
        return None

    @staticmethod
    def _blame_object(b, actors: DocActors) -> list[Actor]:  # targets16 helper
        """The one a blaming clause names after "on"/"to" ("blamed on al Shabaab", "attributed to
        Russian hackers"): an actor, or the country of its modifier."""
        for c in b.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "to"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = actors.actors(p) or [a for m in p.children if m.dep_ in ("amod", "compound")
                                                     for a in actors.country_actor(m)]
                        if found:
                            return found
        return []

    @staticmethod
    def _weapon_user(p, actors: DocActors) -> list[Actor]:  # targets22 helper
        """'was struck by more than 100 missiles fired by the United States, Britain and France',
        'were killed by rockets launched by Hezbollah': a weapon's user is the by-agent of the
        participle that describes it, not a country guessed for the weapon."""
        for a in p.children:
            if a.dep_ == "acl" and (found := RoleFinder._participle_agent(a, actors)):
                return found
        return []

    @staticmethod
    def _participle_agent(acl, actors: DocActors) -> list[Actor]:
        """The actors of a past participle's by-agent ('fired by Hamas'), the first 'by' that names
        any; [] for anything else (shared by _weapon_user and EventCoder._fired_by)."""
        if acl.tag_ == "VBN":
            for c in acl.children:
                if c.dep_ == "agent":
                    found = [x for o in c.children if o.dep_ == "pobj" for x in actors.actors(o)]
                    if found:
                        return found
        return []

    def _agent_members(self, p, actors: DocActors) -> list[Actor]:  # targets10 helper
        """'was detained by members of his presidential guard', 'by dozens of Sudanese soldiers',
        'by new U.S. sanctions': a by-agent naming no actor itself names its doers by its
        compound or after its 'of'."""
        found = self._actors_through_quantities(p, actors)
        if found:
            return found
        # "by new U.S. sanctions": the doer named as the noun's compound
        found = [a for c in p.children if c.dep_ == "compound" for a in actors.actors(c)]
        if not found and p.lemma_.lower() in FIRE_NOUNS:
            # "were killed by Pakistani fire": the fire's nationality is the shooter's side
            found = [a for c in p.children if c.dep_ == "amod" for a in actors.country_actor(c)]
        if found:
            return found
        nxt = after_of(p)  # "by members of his guard", "by a barrage of Iranian missiles"
        if nxt is not p:
            return actors.actors(nxt)
        # "was seized by boats belonging to Iran's Revolutionary Guards", "by a ship operated by the
        # navy": the owner a participle names (sources20)
        return [a for v in p.children if v.dep_ == "acl" and v.lemma_.lower() in OWNER_PARTICIPLES
                for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")
                for o in c.children if o.dep_ == "pobj" for a in actors.actors(o)]

    def _joined_partners(self, v, actors: DocActors) -> list[Actor]:
        """'Hungary joined Poland in voting against the plan', 'Germany joined France in calling for
        an inquiry': the deed after 'joined X in' is done by the subject and X together (word set
        join_verbs). [] when v is no such deed (odds3 helper)."""
        if v.tag_ != "VBG" or v.dep_ not in ("pcomp", "pobj") or v.head.lower_ != "in":
            return []
        join = v.head.head
        if join.lemma_.lower() not in JOIN_VERBS:
            return []
        subj = active_subject(join)
        found = list(actors.actors(subj)) if subj is not None else []
        for c in join.children:
            if c.dep_ == "dobj":
                found += [a for a in actors.actors(c) if all(a.code != b.code for b in found)]
        return found if subj is not None and found else []

    @staticmethod
    def _coordinated_modifier(subj, found, actors) -> list[Actor]:  # types14 helper
        """'Colombia's government and FARC rebels sealed a deal': the parser makes the first of two
        joined subjects ('Colombia's government and FARC') a modifier of the second's head noun;
        the modifier's own actors are subjects too."""
        for c in subj.children:
            if c.dep_ == "nmod" and c.i < subj.i and c.pos_ == "NOUN" \
                    and any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children) \
                    and any(g.dep_ in ("amod", "compound", "poss") and g.i < c.i for g in c.children):
                # (its own nationality word: "Colombia's government and FARC rebels" hangs the
                # possessive on "rebels", and the bare "government" would be a guess)
                codes = {a.code for a in found}
                return [a for a in actors.actors(c) if a.code not in codes]
            if c.dep_ in ("amod", "compound") and c.i < subj.i and any(g.dep_ == "cc" for g in c.children):
                # "Yugoslav and NATO generals signed the accord": two sides' words joined before one
                # noun; the joined word's side acts too (wire21)
                sides = {a.code[:3] for a in found}
                return [a for g in c.children if g.dep_ == "conj" and g.i < subj.i
                        for a in actors.actors(g) if a.code[:3] not in sides]
        return []

    @staticmethod
    def _joined_name_modifier(subj, actors) -> list[Actor]:  # odds10 helper
        """'Iran and world powers reached a nuclear deal': the parser makes a name joined to the
        subject ('Iran and world') a modifier of the subject's head noun, which names no actor
        itself; the name's actors are the subject."""
        for c in subj.children:
            if c.dep_ in ("nmod", "compound") and c.i < subj.i and c.pos_ == "PROPN" \
                    and any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children):
                return actors.actors(c)
        return []

    def _source(self, v, actors: DocActors, depth: int = 0) -> tuple[list[Actor], bool]:
        """Source actors of verb v, and whether v is passive (its subject is then the target)."""
        if v.tag_ == "VBN" and v.dep_ in ("advcl", "ccomp", "dep") and v.lemma_.lower() in BLAME_VERBS \
                and not any(c.dep_ in ("nsubj", "agent") for c in v.children):
            return [], True  # "killing 35 people in attacks later blamed on al Qaeda": no blamer named (targets16)
        if v.i > 0 and (found := self._demonym_of_gerund(v.doc[v.i - 1], v, actors)):
            return found, False  # "killed in Pakistani shelling" misparsed: the shelling is Pakistan's (targets25)
        passive = is_passive(v) or headline_passive(v)
        if passive:
            for c in v.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            # "was detained by members of his presidential guard": the doers hang
                            # below a quantity word, as for an active subject (targets10)
                            if p.lemma_.lower() in SPEECHLESS_WEAPONS and (firer := self._weapon_user(p, actors)):
                                return firer, True
                            return actors.actors(p) or self._agent_members(p, actors) \
                                or self._blamed_doer(v, actors), True
            found = self._agent_after_gerund(v, actors) or self._by_participle_agent(v, actors) \
                or self._act_subject_owner(v, actors) or self._by_under_prep_object(v, actors) \
                or self._when_attacker(v, actors)
            if found:
                return found, True
            if v.lemma_.lower() in FROM_DOER_VERBS:
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ == "from":
                        found = [a for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
                        if found:
                            return found, True
            if v.lemma_.lower() in OUT_OF_DOER_VERBS:
                # "were kicked out of Bulgaria", "were ordered out of the Czech Republic": the
                # country they must leave expels them (odds15)
                found = [a for c in v.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"
                         for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                         for p in o.children if p.dep_ == "pobj" for a in actors.actors(p)]
                if not found:
                    # "Moscow's ambassador was ordered to leave Estonia": the country to be left (targets20)
                    found = [a for c in v.children if c.dep_ == "xcomp" and c.lemma_.lower() == "leave"
                             for o in c.children if o.dep_ == "dobj" for a in actors.actors(o) if a.kind == "country"]
                if found:
                    return found, True
            if v.lemma_.lower() in TO_DOER_VERBS:  # "was summoned to the Russian foreign ministry" (actors9)
                found = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
                if any(a.kind == "country" for a in found):
                    found = []  # "summoned to Beijing for consultations": called home by its own side
                if found:
                    return found, True
            entry = self._entry(v)
            if entry is not None and entry.cameo and (entry.cameo[:2] == "15" or entry.cameo[:4] in ("0873", "0874")):
                # "police were placed on high alert", "a third of the guerrillas have been
                # demobilised": the force put on alert or stood down is the actor
                subj = passive_subject(v)
                if subj is None and v.dep_ == "acl" and v.head.dep_ == "ROOT" and v.head.pos_ in ("NOUN", "PROPN"):
                    # "Russian troops and tanks massed along the border." read as a verbless noun
                    # phrase: the participle is the sentence's only predicate, the force its actor
                    subj = v.head
                subj = self._through_quantity(subj) if subj is not None else None
                if subj is not None and actors.actors(subj):
                    return actors.actors(subj), False
            return self._blamed_doer(v, actors), True
        if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.dep_ == "ccomp" and depth < 3 \
                and v.lemma_.lower() in SPEAKER_PARTICIPLES and v.doc[v.i - 1].text == "," \
                and any(c.dep_ == "mark" for c in v.head.children) and v.head.head.pos_ == "VERB" \
                and not any(c.dep_ == "nsubj" for c in v.children):
            # "Beijing demanded that Washington stop arms sales to Taipei, calling them interference":
            # the reporting subject speaks (targets16)
            return self._source(v.head.head, actors, depth + 1)
        if v.dep_ == "advcl" and v.tag_ == "VBG" and depth < 3 and (said := self._quote_closer(v)) is not None:
            # '"Ukraine will get the money," Biden said, "and Putin will pay for it," announcing a
            # loan': a participle after the closing quote mark is the speaker's, not the quote's (quotes25)
            return self._source(said, actors, depth + 1)
        subj = active_subject(v)
        if subj is None and (opener := next((c for c in v.children if c.i < v.i and surname_read_adverb(c)), None)) is not None \
                and actors.actors(opener):
            subj = opener  # "Orban, on a peace mission, met Xi": the opening surname read as an adverb (odds25)
        if subj is None and depth < 3 and (said := dropped_subject_claim(v)) is not None:
            return self._source(said, actors, depth + 1)  # "Ukraine says downed 20 drones" (odds10)
        if depth < 3 and (said := self._speaker_verb_misjoined(v, actors)) is not None:
            # "Hunt said the seizure was unacceptable and warned of serious consequences", with
            # "warned" parsed as joined to "was": the speaker warned, not the seizure (stories7)
            return self._source(said, actors, depth + 1)
        if subj is None and depth < 4 and v.dep_ == "amod" and (first := verb_read_as_conj_modifier(v)) is not None:
            return self._source(first, actors, depth + 1)  # "condemned the attack and convened G7 leaders" (odds14)
        if subj is None and (name := name_read_modifier(v)) is not None:
            subj = name  # "Trump imposed sanctions on Turkey" read as a noun phrase (odds3)
        if subj is None and (partners := self._joined_partners(v, actors)):
            return partners, False  # "Hungary joined Poland in voting against the plan" (odds3)
        if (subj is None or subj.lower_ in FLOATING_QUANTIFIERS) and (swallowed := self._swallowed_subject(v, actors)):
            return swallowed, False  # "As the toll passed 100,000, India, Japan and the US set up ..."
        if subj is not None and subj.dep_ == "csubj":
            swallowed = self._fronted_participle_subject(v, actors) or self._noun_read_as_verb(subj, actors)
            if swallowed:
                return swallowed, False
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
                if depth < 4 and v.head.dep_ == "dobj" and v.head.head.pos_ == "VERB" \
                        and v.lemma_.lower() in ATTRIBUTION_VERBS and not actors.actors(v.head):
                    # "the army released a statement which said ...": the text speaks for the one
                    # who released it, as "issued a statement saying" does (quotes21)
                    src, head_passive = self._source(v.head.head, actors, depth + 1)
                    return (src if not head_passive else []), False
                return actors.actors(v.head), False
            found = actors.actors(subj) or self._actors_through_quantities(subj, actors) \
                or self._quoted_speaker(subj, v, actors)
            if found and all(actors.is_guess(a) for a in found) and (blamed := self._blamed_doer(v, actors)):
                return blamed, False  # "drones attacked Moscow, and Russia blamed Kyiv": not Russia's drones (targets15)
            if found:
                return found + self._coordinated_modifier(subj, found, actors), False
            if subj.n_lefts and (joined := self._joined_name_modifier(subj, actors)):
                return joined, False  # "Iran and world powers reached a deal" (odds10)
            if subj.pos_ == "PROPN":
                # "Anneliese Dodds resigned as Britain's development minister": a name the tables
                # lack is the office its "as" phrase names (odds14)
                for c in v.children:
                    if c.dep_ == "prep" and c.lower_ == "as":
                        found = [a for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
                        if found:
                            return found, False
            # "the leaders of Russia and China", "a spokesman for the ministry", "a complaint by Guyana",
            # "twelve countries including the United States and Japan" (wire11)
            for c in subj.children:
                if c.dep_ == "prep" and c.lower_ in SUBJECT_OWNER_PREPS:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            found = actors.actors(p)
                            if found:
                                return found, False
            # "a decree signed by Putin placed ...", "a bombing claimed by IS killed ...": the
            # document or deed acts for its author; not a thing given ("systems supplied by the
            # US arrived": that is an event of its own, and the US did not arrive), nor an author
            # whose country is only a guess
            for c in subj.children:
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    entry = self._entry(c)
                    if entry is not None and entry.cameo and not entry.frame and self.onto.get(entry.cameo).plover:
                        return [], False
            by_act = self._violent_act_source(subj, actors)
            if by_act:
                return by_act, False  # "Israeli strikes killed 12 people": Israel killed them
            return [a for a in self._author_of(subj, actors) if not actors.is_guess(a)] \
                or self._blamed_doer(v, actors), False
        if (causee := self._caused_actor(v, actors)):
            return causee, False  # "..., prompting Japan to lodge a protest": Japan protests
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in CAUSE_VERBS \
                and any(o.dep_ == "dobj" and o.i < v.i for o in v.head.children):
            # "..., prompting Western leaders to accuse Putin": the ones moved act, and they name
            # no actor here; never the cause's author or the reporter (wire10)
            return [], False
        if (shared := self._subject_of_passive_conjunct(v)) is not None:
            return actors.actors(shared), False  # "was questioned by prosecutors and resigned"
        if v.dep_ == "xcomp" and scheduled([v, v.head]) and (subj := passive_subject(v.head)) is not None:
            return actors.actors(subj), False  # "Germany is set to deliver": Germany delivers
        if v.dep_ == "conj" and (opener := prep_read_subject(v)) is not None:
            return actors.actors(opener), False  # "fled after a court in Caracas issued a warrant" (targets18)
        if depth < 4 and v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX"):
            src, head_passive = self._source(v.head, actors, depth + 1)
            if v.dep_ == "conj" or not head_passive:
                return src, False
            if v.tag_ == "VBG" and v.dep_ == "advcl" and (held := passive_subject(v.head)) is not None \
                    and ((e := self._entry(v)) is not None and (e.cameo or "")[:2] == "12"):
                # "Maduro was sworn in, defying calls to step down": the one the passive is about
                # defies or rejects (verbs17)
                return actors.actors(held), False
            return [], False
        if depth < 4 and (stepper := self._step_taker(v)) is not None:
            src, head_passive = self._source(stepper, actors, depth + 1)
            return (src, False) if not head_passive else ([], False)
        if depth < 4 and (copula := self._first_to(v)) is not None:
            # "Bulgaria became the first state to recognise Macedonia", "Putin was among the first
            # to congratulate Erdogan" (stories23): the copula's subject acts
            return self._source(copula, actors, depth + 1)[0], False
        if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ")) or finite_acl(v):
            # a finite verb the parser hung on the noun before it ("Sergei Lavrov, Russia's
            # foreign minister, called on ...") has that noun as its subject
            head = v.head
            if finite_acl(v) and not actors.actors(head) and head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head.head  # "Gunmen on motorbikes killed ...": hung on "motorbikes"
            return actors.actors(head), False
        root = noun_read_verb(v) or noun_read_verb(v.head) if v.dep_ in ("xcomp", "ROOT") else None
        if root is not None:
            # "Putin and Xi plan to meet": the small model reads "plan" as a noun with the
            # actors as its modifiers; they are the subject of the verb it governs
            for c in root.children:
                if c.dep_ in ("nmod", "compound", "nsubj") and c.i < root.i:
                    found = actors.actors(c)
                    if found:
                        return found, False
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in VOTED_TEXTS \
                and (v.head.head if v.head.dep_ != "pobj" else v.head.head.head).lemma_.lower() in VOTING_VERBS:
            # "abstained on the resolution condemning the invasion", "voted for a Security Council
            # resolution demanding ...": the body that adopts it speaks, not those who vote (odds4)
            body = [a for c in (v.head, *(c for c in v.head.children if c.dep_ in ("compound", "nmod", "poss") and c.i < v.head.i))
                    for a in actors.actors(c) if a.code.startswith("IGO")] or self._author_of(v.head, actors)
            if body:
                return body, False
            governor = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            if depth < 4 and governor.pos_ in ("VERB", "AUX"):
                src, head_passive = self._source(governor, actors, depth + 1)
                # "the Assembly passed a resolution condemning ...": a body (IGO, legislature)
                # that adopts it; a member state voting on it is none
                return ([a for a in src if a.code.startswith("IGO") or a.sector == "LEG"] if not head_passive else []), False
            return [], False
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in ("NOUN", "PROPN") and (v.head.dep_ == "dobj" or (
                # "ordered air strikes on militants advancing on Erbil": the militants advance (odds13)
                v.head.dep_ == "pobj" and v.head.head.lower_ in ("on", "against"))) \
                and (doers := actors.actors(v.head)) and all(a.kind in ("agent", "person") for a in doers):
            # "beat students chanting slogans", "shot protesters demanding his release", "arrested
            # truckers blocking the bridge": people the participle describes do its act, not the
            # ones acting on them; a text ("a European Parliament resolution calling for") is its
            # adopter's, left to the branches below; after a preposition ("at odds over militants
            # sheltering there", "won by parties backing him") the participle is a standing state (odds12)
            return doers, False
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in ("dobj", "pobj") and depth < 4:
            # "signed an order lifting sanctions": the signer lifts them
            governor = v.head.head if v.head.dep_ == "dobj" else v.head.head.head
            if governor.dep_ == "dobj" and governor.pos_ == "NOUN" and v.head.dep_ == "pobj" \
                    and not actors.actors(v.head):
                # "put up a post on Facebook blaming Moscow" (not "a truce with militias
                # fighting to unseat the king": the militias fight) (realnews9)
                governor = governor.head
            if governor.pos_ in ("VERB", "AUX"):
                src, head_passive = self._source(governor, actors, depth + 1)
                return (src, False) if not head_passive else ([], False)
        return [], False

    @staticmethod
    def _caused_actor(v, actors) -> list[Actor]:
        """"..., prompting Japan to lodge a protest", "the coup led Washington to suspend aid": the
        one a cause verb (words.CAUSE_VERBS) moves to act does the act, not the cause's author."""
        if v.dep_ != "xcomp" or v.head.lemma_.lower() not in CAUSE_VERBS:
            return []
        return [a for o in v.head.children if o.dep_ == "dobj" and o.i < v.i for a in actors.actors(o)]

    def _cause_author(self, cand, actors) -> list[Actor]:
        """The actor whose act moved another to a hostile reaction ("North Korea fired missiles,
        prompting Japan to lodge a protest", "executed four activists, drawing condemnation from
        the UN": aimed at North Korea, at the junta); none when the cause is no actor's ("the
        killing prompted Germany to halt arms sales")."""
        v = cand.anchor
        own = {a.code for a in cand.source}
        n = cand.trigger[0] if len(cand.trigger) == 1 else None
        while n is not None and n.dep_ == "conj" and n.head.pos_ == "NOUN":
            n = n.head  # "sparked anger and protests": the reaction joined to the object
        if n is not None and n.pos_ == "NOUN" and n.dep_ == "dobj" and n.head.lemma_.lower() in REACTION_VERBS:
            # "..., drawing condemnation from the UN", "sparking protests by opposition supporters"
            act = n.head.head if n.head.dep_ in ("advcl", "conj", "xcomp") else n.head
            if act.lemma_.lower() in ATTRIBUTION_VERBS:  # "..., state media reported, drawing ...": the news drew it
                act = act.head if act.dep_ == "parataxis" else next((c for c in act.children if c.dep_ == "ccomp"), act)
            return [a for a in self._source(act, actors)[0] if a.code not in own]
        if not self._caused_actor(v, actors):
            return []
        return [a for a in self._source(v.head, actors)[0] if a.code not in own]

    @staticmethod
    def _quoted_speaker(subj, v, actors) -> list[Actor]:
        """Who "we" or "I" is in quoted words ('"We will not accept this result," Odinga told
        reporters'; 'Gil said: "We reject these actions"'): the subject of the attribution verb
        the quoted clause hangs on, outside the quotation marks."""
        if subj.lower_ not in QUOTED_SELF_WORDS:
            return []
        clause = conj_root(v)  # '"We reject it and we will resist it"'
        say = clause.head
        half = RoleFinder._second_half(v)
        if half is not None:
            clause, say = half, half.head  # '"...," Zelensky said in Paris, "but we agreed to ..."'
        elif clause.dep_ == "ROOT" and (said := RoleFinder._quote_continued(clause)) is not None:
            say = said  # '"We are ready," he said. "We will sign tomorrow."' (quotes21)
        elif clause.dep_ not in ("ccomp", "parataxis", "advcl") or (
                say.lemma_.lower() not in ATTRIBUTION_VERBS and say.lemma_.lower() not in QUOTE_SPEECH_VERBS):
            # (an 'advcl' too: 'responded on Twitter, "If Turkey does that, I will ..."', the quotation
            # read as a clause of the speech verb; the quote marks between them are checked below (realnews25))
            return []
        speaker = next((c for c in say.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.lower_ in QUOTED_SELF_WORDS or clause.is_ancestor(speaker):
            return []
        lo, hi = (speaker.i, subj.i) if speaker.i < subj.i else (subj.i, speaker.i)
        if not any(t.tag_ in ("``", "''") or t.text in ('"', "“", "”") for t in subj.doc[lo:hi]):
            return []  # words not in quotation marks: "we" is the reporter's or a group's own
        return actors.actors(speaker)

    @staticmethod
    def _quote_closer(v):  # quotes25 helper
        """The saying of the quotation a subjectless participle v follows right after its closing
        mark ('..., "and Putin will pay for it," announcing a loan'), when v hangs on the quoted
        clause, else None."""
        doc = v.doc
        if v.i < 3 or doc[v.i - 1].text not in ('"', "\u201d") or doc[v.i - 2].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        x, hops = v.head, 0
        while hops < 4 and x.dep_ in ("ccomp", "conj") and x.head.i != x.i:
            h = x.head
            if (h.lemma_.lower() in ATTRIBUTION_VERBS or h.lemma_.lower() in QUOTE_SPEECH_VERBS) and h.i < v.i:
                return h if any(c.dep_ == "nsubj" for c in h.children) else None
            x, hops = h, hops + 1
        return None

    @staticmethod
    def _second_half(v):  # quotes25 helper
        """The clause of v that is the second half of a split quote read as a conjunct of its
        saying ('"We will not give up our land," Zelensky said after the talks, "but we agreed to
        swap prisoners."': "agreed" hangs on "said" as its conjunct), else None. Only a conjunct
        after the saying, a quote mark opening between them."""
        x = v
        while x.dep_ == "conj" and x.head.i != x.i:
            h = x.head
            if h.i < x.i and (h.lemma_.lower() in ATTRIBUTION_VERBS or h.lemma_.lower() in QUOTE_SPEECH_VERBS):
                doc = x.doc
                if any(doc[k].text in ('"', "\u201c") or doc[k].tag_ == "``" for k in range(h.i + 1, x.left_edge.i)):
                    return x
                return None
            x = h
        return None

    @staticmethod
    def _quote_continued(root):  # quotes21 helper
        """The reporting verb of the sentence before, when root's sentence is a quotation of its
        own, opening with a quote mark, that goes on a quotation just attributed ('"We are ready,"
        Odinga said. "We will not accept this result."'), else None."""
        doc = root.doc
        start, _ = sent_bounds(root)
        if start < 2 or doc[start].text not in ('"', "\u201c") or any(
                t.lemma_.lower() in ATTRIBUTION_VERBS for t in root.children if t.pos_ == "VERB"):
            return None
        ps, pe = sent_bounds(doc[start - 1])
        prev = doc[ps:pe]
        if not any(t.text in ('"', "\u201d") for t in prev):
            return None
        return next((t for t in prev if t.pos_ == "VERB" and t.dep_ == "ROOT" and (
            t.lemma_.lower() in ATTRIBUTION_VERBS or t.lemma_.lower() in QUOTE_SPEECH_VERBS)), None)

    def _referred_act_author(self, cand, code: str, prior: list) -> list[Actor]:
        """Who did the act a reaction's object refers back to in a story ("Iran launched missiles at
        two bases. Iraq's government condemned the strikes"; "... would release the pilot. India
        welcomed the decision"): the sides of the latest earlier event that the noun names, by its
        type ("the attack": an assault) or its word ("the strikes" after "strike Syria"), or of
        the latest earlier act at all for a word like "the move", "the decision". One's own acts,
        others' words (accusations, demands, threats, praise) and a sentence's side events (less certain
        than its main one) are not what is meant."""
        if not prior or cand.anchor.pos_ != "VERB":
            return []
        if code[:2] in REFERRED_ACT_ROOTS:
            obj = self._referring_noun(cand.anchor)
        elif code[:2] in ("02", "10"):
            obj = self._halted_act(cand.anchor)  # "called for an immediate halt to the military action" (stories8)
        else:
            return []
        # '"This is an act of aggression," Poroshenko said': a pronoun the harsh label is said of
        # points at the latest act, as "the move" does (stories10)
        pointing = obj is not None and code[:2] == "11" and obj.pos_ == "PRON" and obj.dep_ == "nsubj" \
            and obj.lower_ in POINTING_PRONOUNS
        if obj is None or (not pointing and (obj.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in REFERRED_ACT_DETS for c in obj.children))):
            return []
        lemma = "act" if pointing else obj.lemma_.lower()
        kind = quad = None
        court = lemma in COURT_ACT_NOUNS  # "the verdict": the latest verdict or act of a court
        if lemma not in REFERRED_ACT_NOUNS and lemma not in REFERRED_ACT_NOUNS_MORE and not court:
            entry = self._noun_entry(obj)
            if entry is None:
                # "launched a rocket over Japan ... called the launch a provocation": a noun the
                # table does not code names the act told by its own verb (stories8)
                kind = "WORD"
            else:
                try:
                    kind, quad = self.onto.get(entry.cameo).plover, self.onto.get(entry.cameo).quad
                except KeyError:
                    return []
        elif any(c.dep_ == "amod" and c.lower_ == "military" for c in obj.children):
            kind = "ASSAULT"  # "the military action", "this military move": an armed act (stories8)
        own = {a.primary for a in cand.source}
        stem = lemma[:5]
        recent = prior[-12:]
        top: dict = {}  # a side event of a sentence (a relative clause's) is not the act told
        for ev in recent:
            top[ev.span] = max(top.get(ev.span, 0.0), ev.confidence)
        for ev in reversed(recent):
            rival = bool({a.primary for a in ev.source} & own) and self._domestic_rival(cand, code, ev)
            # the act named by its own word ("proclaimed the annexation ... condemned the
            # annexation") is meant even when told beside its sentence's main event (stories8)
            named = kind is not None and any(w.lower().startswith(stem) for w in ev.trigger.split())
            # ("said it would expel two diplomats ... said the decision was regrettable": a hostile
            # act announced for the future is the decision meant, though coded as a threat (stories8))
            # (only a cut in ties, aid or trade so announced: "would respond strongly" is words)
            announced = kind is None and lemma in REFERRED_ACT_NOUNS and ev.cameo[:3] == "131" and ev.modality == "future"
            # "NATO called on Russia to release the ships ... The Kremlin rejected the demand": a
            # noun naming a request ('the demand', 'the call', 'the appeal') means the latest
            # earlier request by another side, words though it is (stories10)
            asked = kind == "REQUEST" and ev.event == "REQUEST"
            if ({a.primary for a in ev.source} & own and not rival) \
                    or (ev.cameo[:2] in ("02", "10", "11", "13") and ev.cameo[:3] not in ("115", "116") and not announced and not asked) \
                    or ev.cameo[:3] in ("051", "052") or (ev.confidence < top[ev.span] and not named):
                continue
            if court and ev.cameo[:3] not in ("115", "116") and not any(a.code.endswith("JUD") for a in ev.source):
                continue
            if kind is not None and ev.event != kind and not named:
                continue
            if rival:  # another side at home: the court, the protesters
                return list(ev.source)
            ev = self._answered_first(ev, recent, top)
            return [a for a in ev.source if a.primary not in own]
        if quad is not None and quad >= 3:
            # "expelled 60 Russian diplomats ... welcomed the expulsions": the noun's own code (a
            # deportation) is not the verb's (diplomats expelled); the latest earlier main act of
            # the same class of conflict, by another side, is the one meant (stories7 helper)
            for ev in reversed(recent):
                if {a.primary for a in ev.source} & own or ev.confidence < top[ev.span] \
                        or ev.quad_class != quad or ev.cameo[:2] in ("10", "11", "12", "13"):
                    continue
                return [a for a in ev.source if a.primary not in own]
        return []

    @staticmethod
    def _answered_first(ev, recent: list, top: dict):
        """'North Korea shelled the island ... South Korean forces returned fire ... Washington
        condemned the attack': an act of the same type done back to the side that did it first
        answers that act; the story's attack is the first one, so the reaction is aimed at its doer.
        The earlier act ev answers (its source was ev's target and its target ev's source), else
        ev (stories8 helper)."""
        doers = {a.country or a.primary for a in ev.source}
        struck = {a.country or a.primary for a in ev.target}
        if not doers or not struck:
            return ev
        for first in recent:
            if first is ev:
                break
            if first.event == ev.event and first.confidence >= top[first.span] \
                    and {a.country or a.primary for a in first.target} & doers \
                    and {a.country or a.primary for a in first.source} & struck:
                return first
        return ev

    def _uncoded_act_doer(self, cand, actors) -> list[Actor]:
        """"India revoked the special status of Kashmir. Pakistan condemned the decision": a
        reaction to 'the decision', 'the move' of an act the coder did not code is aimed at the
        subject of the latest earlier sentence that tells an act (not words: a say-verb's sentence
        is passed over), within three sentences, when another side. stories7 helper"""
        v = cand.anchor
        if v.pos_ != "VERB":
            return []
        obj = self._referring_noun(v)
        if obj is None or obj.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in REFERRED_ACT_DETS for c in obj.children):
            return []
        if obj.lemma_.lower() not in REFERRED_ACT_NOUNS and obj.lemma_.lower() not in REFERRED_ACT_NOUNS_MORE:
            return []
        own = {a.primary for a in cand.source}
        first = v.head if v.dep_ == "conj" and v.head.i < v.i else None
        if first is not None and first.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in v.children) \
                and not (self._is_say(first) and not any(c.dep_ == "dobj" for c in first.children)):
            # "Kosovo's parliament declared independence on Sunday, and Serbia's prime minister
            # denounced the move": the act of the clause before, in the same sentence (wire11)
            subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
            found = [a for a in actors.actors(subj)] if subj is not None else []
            if found and not {a.primary for a in found} & own:
                return found
        sents = [s for s in v.doc.sents if s.end <= v.sent.start][-3:]
        for sent in reversed(sents):
            root = sent.root
            if root.pos_ != "VERB" or self._is_say(root):
                continue
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            found = [a for a in actors.actors(subj)] if subj is not None else []
            if found and not {a.primary for a in found} & own:
                return found
            return []
        return []

    def _told_act_noun(self, cand):
        """The definite noun by which an event names an act told before ('the attack'): the event's
        own noun, or the object a claiming verb hangs it on ('claimed the attack', 'claimed
        responsibility for the bombing'); else None. stories7 helper"""
        n = cand.anchor
        if n.pos_ == "VERB":
            obj = next((c for c in n.children if c.dep_ == "dobj"), None)
            if obj is None:
                return None
            inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"
                     for p in c.children if p.dep_ == "pobj"]
            n = inner[0] if inner else obj
            if self._noun_entry(n) is None:
                return None
        if n.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in REFERRED_ACT_DETS for c in n.children):
            return None
        return n

    def _told_act_target(self, cand, code: str, prior: list) -> list[Actor]:
        """An act named again by a definite noun ("A suicide bomber killed 22 people at a concert.
        Islamic State claimed responsibility for the attack"): the new sentence may name its doer
        but not whom it struck; that is the latest earlier act of the same type's target. stories7
        helper"""
        try:
            kind = self.onto.get(code).plover
        except KeyError:
            return []
        own = {a.primary for a in cand.source}
        for ev in reversed(prior[-12:]):
            if ev.event == kind and ev.target:
                return [a for a in ev.target if a.primary not in own]
        return []

    def _credit_claimed_act(self, cand, code: str, prior: list, actors, span) -> bool:
        """"A suicide bomber rammed a car into a police convoy in Kashmir ... Jaish-e-Mohammad
        claimed responsibility for the attack": the act told first, whose doer was only guessed
        from the place or left unidentified ('gunmen'), was done by the group that claims it; the
        earlier sentence's events of that type take the claimant as their source. True when that
        act, told in an earlier sentence, is now the claimant's: the claim is the same event
        reported again, not a second one. stories7 helper"""
        try:
            kind = self.onto.get(code).plover
        except KeyError:
            return False
        told = next((ev for ev in reversed(prior[-12:]) if ev.event == kind), None)
        if told is None:
            return False
        for ev in prior[-12:]:  # every report of it in that sentence ("attacked a base, killing 20")
            if ev.span == told.span and ev.event == kind and ev.source \
                    and all(actors.is_guess(a) or a.sector == "UAF" for a in ev.source):
                ev.source = list(cand.source)
        return told.span != span and {a.code for a in told.source} == {a.code for a in cand.source}

    @staticmethod
    def _answered_attacker(cand, prior: list) -> list[Actor]:
        """A threat that names no one, made by a side a story has told was attacked or coerced
        ("North Korea fired shells at the island ... Lee said Seoul would respond sternly",
        "Turkey shot down a Russian jet ... Putin said there would be serious consequences"): it
        answers the latest such act done to that side's country, and is aimed at its doer; so is
        its call for the fighting to stop ("Saakashvili called for an immediate ceasefire"). A side
        event of a sentence (less certain than its main one) is not the act. stories7 helper"""
        own = {a.country or a.primary[:3] for a in cand.source}
        if not own:
            return []
        recent = prior[-12:]
        top: dict = {}
        for ev in recent:
            top[ev.span] = max(top.get(ev.span, 0.0), ev.confidence)
        for ev in reversed(recent):
            if ev.quad_class != 4 or ev.confidence < top[ev.span] or ev.cameo[:2] == "15":
                continue
            doers = {a.country or a.primary[:3] for a in ev.source}
            if doers & own or not {a.country or a.primary[:3] for a in ev.target} & own:
                continue
            return list(ev.source)
        return []

    @staticmethod
    def _fighting_sides(cand, prior: list) -> list[Actor]:  # stories9 helper
        """A call for the fighting to stop that names no one, made by a side the story has not told
        was struck ("Abiy ordered an offensive against Tigray ... Guterres called for an immediate
        de-escalation"): it is aimed at both sides of the latest armed act told as a sentence's main
        event by others (after _answered_attacker, which finds a struck side's call)."""
        own = {a.country or a.primary[:3] for a in cand.source}
        recent = prior[-12:]
        top: dict = {}
        for ev in recent:
            top[ev.span] = max(top.get(ev.span, 0.0), ev.confidence)
        for ev in reversed(recent):
            if ev.quad_class != 4 or ev.confidence < top[ev.span] or ev.cameo[:2] in ("13", "15") or not ev.target:
                continue
            if {a.country or a.primary[:3] for a in ev.source} & own:
                continue
            seen: set = set()
            return [a for a in list(ev.source) + list(ev.target) if not (a.code in seen or seen.add(a.code))]
        return []

    def _speaker_verb_misjoined(self, v, actors):
        """The speaker's say-verb when v is a verb of speaking (warn, vow, urge ...) with no subject
        of its own, parsed as joined to the say-clause of a speaker, a clause whose subject names no
        actor; else None. stories7 helper. The say-clause may be told inside another reported
        clause about nobody: "said the ruling showed that no one was above the law and appealed
        for calm" (stories20)."""
        if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
                or v.head.dep_ != "ccomp" or v.tag_ not in ("VBD", "VBZ", "VBN"):
            return None
        said = v.head.head
        subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and v.tag_ == "VBD" and (subj.lower_ in NOBODY_WORDS or subj.lower_ == "one" and any(
                c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
                or v.head.lemma_ == "be" and any(c.dep_ in ("attr", "acomp") for c in v.head.children)):
            if said.dep_ == "ccomp" and not self._is_say(said) and said.head.pos_ == "VERB":
                said = said.head  # ("the ruling showed that ...": the report's own clause)
            # "no one was above the law", "one of the dead was a journalist", "Russia was
            # responsible": a clause about nobody, or one that says what someone is, does no deed
            # a verb of speaking joined to it could continue
            modal = True
        else:
            if v.tag_ == "VBN" and (subj is not None or not any(c.dep_ == "dobj" for c in v.children)):
                return None  # a participle is only misread as joined to a passive (below)
            if subj is None:
                # "said Navalny had been poisoned and demanded an explanation": a plain past joined to
                # a perfect passive is the speaker's tense, not the victim's act (actors11)
                # (a participle with an object of its own is active: "condemned the drills")
                if (v.tag_ != "VBD" and not (v.tag_ == "VBN" and any(c.dep_ == "dobj" for c in v.children))) \
                        or any(c.dep_ in ("aux", "auxpass") for c in v.children) \
                        or not any(c.dep_ == "auxpass" for c in v.head.children):
                    return None
                if not any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in v.head.children):
                    # "said 11 missiles were launched and condemned the drills": what a plain passive
                    # with no agent was done to did not condemn anything; the speaker did (stories9)
                    if not any(c.dep_ == "nsubjpass" for c in v.head.children) \
                            or any(c.dep_ == "agent" for c in v.head.children):
                        return None
            # "said the residents would become citizens and called on Kyiv": a plain past joined to a
            # modal clause is the speaker's tense, not the clause's; "said Kerry's claims were lies and
            # accused Washington": the claims (a thing, whoever's) accuse no one (stories8)
            modal = subj is None or v.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "may", "shall", "can")
                        for c in v.head.children)
        # (a weapon or a strike is a thing too, whoever fired it: "said US and British strikes had
        # hit Sanaa, and vowed to retaliate", "said Russian missiles had hit Kyiv and urged allies
        # to send air defences" (sources20))
        if not modal and (subj.pos_ != "NOUN" or (actors.actors(subj) and (
                actors.agent_at[subj.i] is not None or not any(c.dep_ == "poss" for c in subj.children)))
                and subj.lemma_.lower() not in SPEECHLESS_WEAPONS and subj.lower_ not in CRAFT_WORDS):
            # ("said the Philippine vessels had entered its waters and urged Manila to ...": a ship,
            # whoever sails it, urges no one; the speaker does (stories23))
            return None
        entry = self._entry(v)
        if entry is not None and (entry.frame in ("threat", "request", "appeal", "say", "intent") or (
                entry.cameo or "")[:2] in ("02", "10", "11", "12", "13")) and self._is_say(said):
            return said
        return None

    @staticmethod
    def _halted_act(v):  # stories8 helper
        """The act an appeal or demand asks to stop: 'the military action' in "called for an
        immediate halt to the military action", 'the bombing' in "demanded an end to the bombing";
        else None."""
        nouns = [c for c in v.children if c.dep_ == "dobj"]
        nouns += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        for n in nouns:
            if n.lemma_.lower() in HALT_NOUNS:
                for c in n.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "of"):
                        return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None

    @staticmethod
    def _referring_noun(v):
        """The noun by which a reaction names the act it answers: its object ("condemned the
        strikes"), the act a say-verb's copula clause judges ("said the decision was unjustified",
        "said the seizure was unacceptable"), or the act a threat answers ("would retaliate
        against the expulsions", "vowed to respond to the attack"). stories7 helper"""
        obj = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and (obj.dep_ == "dobj" or any(c.dep_ == "agent" for c in v.children)):
            # ("the call was quickly seconded by Germany", "the move was condemned by Seoul": a
            # passive with its reactor named says what it reacts to as its subject (realstory19))
            return obj
        for c in v.children:
            if c.dep_ == "ccomp" and (c.lemma_.lower() == "be" or c.lemma_.lower() in BREACH_VERBS):
                subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                if subj is not None and any(j.dep_ in ("acomp", "attr", "dobj") for j in c.children):
                    return subj
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in REFERRED_ACT_PREPS:
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None

    @staticmethod
    def _alleged_clause_doer(v, source: list[Actor], actors: DocActors) -> list[Actor]:  # targets22 helper
        """'Ankara sent Syrian mercenaries to Azerbaijan, Paris alleged', 'Russia is behind the attack,
        Kyiv charged': an accusation verb put after the clause it tells, with no object of its own,
        is aimed at that clause's subject (as 'Paris alleged that Ankara had sent ...' is)."""
        if v.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp") and c.i > v.i for c in v.children):
            return []
        told = next((c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.i < v.i
                     and c.pos_ in ("VERB", "AUX")), None)
        if told is None:
            return []
        subj = next((c for c in told.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON":
            return []
        own = {a.primary for a in source}
        return [a for a in actors.actors(subj) if a.primary not in own and not actors.is_guess(a)]

    @staticmethod
    def _commented_clause_doer(v, source: list[Actor], actors: DocActors) -> list[Actor]:
        """'India revoked Kashmir's special status, which Pakistan called illegal', '..., a move
        Beijing condemned': a reaction told in a relative clause hung on the end of a clause is
        aimed at that clause's doer, whether or not the act itself is an event (lead, session 10)."""
        if v.pos_ != "VERB" or not (v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBN")):
            return []  # (also the participle: "..., a move condemned by the UN" (odds5))
        h = v.head
        which = next((c for c in v.children if c.lower_ == "which" and c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
        if which is not None:
            if which.i == 0 or which.doc[which.i - 1].text != ",":
                return []  # "the law which Pakistan called illegal": the law's, not a clause's
        elif not (h.dep_ == "appos" and h.lemma_.lower() in REFERRED_ACT_NOUNS) and not RoleFinder._summary_noun(h):
            return []
        up = h.head
        summary = which is None and RoleFinder._summary_noun(h)
        for _ in range(14 if summary else 6):
            # (nor a relative clause on a noun of the clause: "sent asylum seekers who cross the
            # Channel to Rwanda, a policy the UN condemned" (targets16))
            if up.pos_ in ("VERB", "AUX") and not (summary and (up.dep_ == "relcl" or up.dep_ in ("acl", "advcl", "xcomp", "pcomp")
                                                    and not any(c.dep_ == "nsubj" for c in up.children))) \
                    or up.head.i == up.i:
                break  # a summary noun sums up the clause with a subject, not a participle on its way
            up = up.head
        while summary and up.dep_ == "conj" and up.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in up.children):
            up = up.head  # '... and arrested a journalist on board, a move that ...': the first verb's subject
        if summary and up.lemma_.lower() in ATTRIBUTION_VERBS:
            # '..., the UAE said, in an attack that ...': the act told before the reporting verb
            told = [c for c in up.children if c.dep_ in ("ccomp", "parataxis") and c.i < up.i] \
                or ([up.head] if up.dep_ == "parataxis" and up.head.i < up.i else [])
            if not told:
                return []
            up = told[0]
        subj = next((c for c in up.children if c.dep_ == "nsubj"), None) if up.pos_ in ("VERB", "AUX") else None
        if subj is None and summary and up.pos_ == "VERB" and up.lemma_.lower() in OFFICE_TAKING_VERBS:
            # "Maduro was sworn in for a second term, a move that Peru denounced": who took the
            # office did what the reaction is aimed at (targets26)
            subj = next((c for c in up.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return []
        own = {a.primary for a in source}
        doers = actors.actors(subj)
        if not doers and summary:
            # "A U.S. air strike killed ..., an attack that Tehran vowed to avenge": the act's owner
            doers = [a for c in subj.children if c.dep_ in ("compound", "poss", "amod") for a in actors.actors(c)]
        return [a for a in doers if a.primary not in own]

    @staticmethod
    def _dated_lead_up(v) -> bool:
        """'Protesters filled the streets on Sunday, a day after Lam suspended the bill and
        apologised', '..., two days after it seized power': an act dated by a span 'after' which the
        main clause happened led up to the news; it is still an event (days before is news of the
        moment), but not the sentence's main one (targets7)."""
        steps = 0
        while v.dep_ in ("conj", "xcomp") and v.head.i != v.i and steps < 2:
            v = v.head  # "... suspended the bill and apologised": the apology too
            steps += 1
        kids, dep_col = children_table(v.doc)  # a Token only for an npadvmod child (perf14)
        span = next((c for k in kids[v.i] if dep_col[k] == "npadvmod" and k < v.i
                     and (c := v.doc[k]).lemma_.lower() in LEAD_UP_SPANS), None)
        if v.pos_ not in ("VERB", "AUX") or span is None \
                or not any(c.dep_ == "mark" and c.lower_ == "after" for c in v.children):
            return False
        # (the parser sometimes cuts the clause off as a sentence of its own after the comma)
        first = span.left_edge
        return v.dep_ == "advcl" or (v.dep_ == "ROOT" and first.i > 0 and first.nbor(-1).text == ",")

    @staticmethod
    def _licensed_act_aim(cand, actors: DocActors) -> list[Actor]:
        """'authorised Putin to use military force in Ukraine', 'authorized the president to use
        force against Iraq': a threat told as leave given to one's own leader or army is aimed
        where the licensed act is ('in'/'against' its object), not at the one given leave, who is
        the verb's object (targets7)."""
        v = cand.anchor
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        own = {a.primary for a in cand.source}
        given = actors.actors(obj) if obj is not None and v.pos_ == "VERB" else []
        if not given or any(a.primary not in own for a in given):
            return []  # "warned Israel to stop attacks on Gaza": leave to another side is no licence
        for x in v.children:
            if x.dep_ != "xcomp":
                continue
            for t in x.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "against", "on", "into") and t.head.head.i in (
                        x.i, *(c.i for c in x.children if c.dep_ == "dobj")):
                    found = [a for a in (actors.actors(t) or actors.country_actor(t)) if a.primary not in own]
                    if found:
                        return found
        return []

    @staticmethod
    def _admitted_party(cand, actors: DocActors) -> list[Actor]:
        """'refused to let IAEA inspectors into the Parchin base', 'let UN monitors into Douma': the
        inspectors, monitors or peacekeepers named in the trigger are the foreign party admitted or
        kept out; their owner named on them is the target, not the place they would enter, which
        the actor tables seldom name (targets7)."""
        own = {a.primary for a in cand.source}
        # (the object read as a verbless clause of the let-verb, "let IAEA inspectors into", odds14)
        read_as_clause = [c for t in cand.trigger if t.pos_ == "VERB" and t.lemma_.lower() in LET_VERBS
                          for c in t.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
        for t in (*cand.trigger, *read_as_clause):
            if t.pos_ != "NOUN" or t.i == cand.anchor.i:
                continue
            named = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < t.i]
            if not named:
                continue  # bare "inspectors": nobody named
            found = [a for a in actors.actors(t) if a.primary not in own] \
                or [a for c in named for a in (actors.actors(c) or actors.country_actor(c)) if a.primary not in own]
            if found:  # ("will not allow American aid into the country": the US's (odds5))
                return found
        return []

    @staticmethod
    def _intruder(cand, actors: DocActors) -> list[Actor]:
        """'Taiwan scrambled fighter jets as Chinese warplanes crossed the median line', 'Japan
        scrambled jets after Russian bombers flew near Okinawa': a show of force (150) told with
        the intrusion it answers in an after/as/when clause is aimed at the intruders, the clause's
        subject (odds6). Also the misread shape where the parser hung the verb on its object
        ('scrambled' a modifier of 'jets', the jets a subject of 'entered')."""
        v = cand.anchor
        own = {a.primary for a in cand.source}
        clauses = [c for c in v.children if c.dep_ == "advcl"]
        if v.dep_ == "amod" and v.head.dep_ == "nsubj":
            clauses.append(v.head.head)
        for c in clauses:
            if not any(m.dep_ == "mark" and m.lower_ in ("after", "as", "when") for m in c.children):
                continue
            for subj in c.children:
                if subj.dep_ != "nsubj" or subj.i == v.head.i:
                    continue
                doers = actors.actors(subj)
                if not doers and subj.pos_ == "NOUN":
                    doers = [a for d in subj.children if d.dep_ in ("compound", "amod") and d.i < subj.i
                             for a in (actors.actors(d) or actors.country_actor(d))]
                found = [a for a in doers if a.primary not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _answered_act_doer(cand, actors: DocActors) -> list[Actor]:
        """'Iran vowed revenge after an Israeli strike killed seven officers', 'Hezbollah vowed to
        retaliate after an Israeli air raid killed a commander': a threat told with the act it
        answers in an 'after'/'following' clause is aimed at that act's doer - the clause's subject,
        or the owner named on an act noun as its subject ('an Israeli strike', 'a U.S. drone
        strike') - not at the place where the act happened (targets7)."""
        own = {a.primary for a in cand.source}
        heads = [cand.anchor] + [t for t in cand.trigger if t.i != cand.anchor.i]
        if cand.anchor.dep_ == "xcomp":
            heads.append(cand.anchor.head)
        heads += [c for c in cand.anchor.children if c.dep_ == "xcomp"]  # "vowed to respond after ..."
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "following")
                                             for m in c.children):
                    subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                elif c.dep_ == "prep" and c.lower_ in ("after", "following"):
                    subj = next((s for s in c.children if s.dep_ == "pobj"), None)
                else:
                    continue
                if subj is None:
                    continue
                doers = actors.actors(subj)
                if not doers and subj.pos_ == "NOUN":
                    doers = [a for d in subj.children if d.dep_ in ("compound", "poss", "amod") and d.i < subj.i
                             for a in (actors.actors(d) or actors.country_actor(d))]
                found = [a for a in doers if a.primary not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _in_summary_comment(t, anchor) -> bool:  # odds5 helper
        """Is t inside the comment hung on a summary noun after the act ('..., a decision criticised
        by Washington', '..., a move that angered Moscow')? Those name the act's critics."""
        h, steps = t.head, 0
        while h.i != h.head.i and h.i != anchor.i and steps < 6:
            if anchor.i < h.i < t.i and RoleFinder._summary_noun(h):
                return True
            h, steps = h.head, steps + 1
        return False

    @staticmethod
    def _summary_noun(h) -> bool:
        """', a visit that China condemned', ', a decision that Palestinian leaders denounced': an
        act noun opened by a comma and "a"/"an" at the end of a clause sums that clause up, however
        the parser hung it (object, adverbial noun, apposition); the relative clause on it comments
        on the clause's act (wire10)."""
        if h.pos_ != "NOUN" or h.lemma_.lower() not in SUMMARY_ACT_NOUNS or h.dep_ not in ("appos", "npadvmod", "dobj", "attr", "conj", "dep", "pobj"):
            return False
        first = h.left_edge
        if first.lower_ not in ("a", "an") or first.i == 0:
            return False
        before = first.doc[first.i - 1]
        return before.text == "," or (h.dep_ == "pobj" and before.i == h.head.i and before.lower_ == "in")

    @staticmethod
    def _conjunct_target(cand, code: str, prior: list) -> list[Actor]:
        """'Britain accused Russia of the poisoning and threatened new sanctions', 'condemned the
        crackdown and threatened sanctions': a conjoined hostile verb with no subject or target of
        its own is aimed where the verb it is conjoined to was, by the same source (that verb's
        event, coded just before in the same sentence)."""
        v = cand.anchor
        # (a conjoined passive of violence whose subject names nobody, "two were killed and eight
        # people were injured", hits where the first one did (realstory19))
        own_subject = ("nsubj",) if code[:2] in ("18", "19", "20") else ("nsubj", "nsubjpass")
        if code[:2] not in CONJUNCT_TARGET_ROOTS or v.pos_ != "VERB" or v.dep_ != "conj" \
                or any(c.dep_ in own_subject for c in v.children):
            return []
        head = v.head
        own = {a.primary for a in cand.source}
        for ev in reversed(prior[-6:]):
            if not ev.span[0] <= head.idx < ev.span[1]:
                break  # an earlier sentence
            if ev.target and head.text in ev.trigger.split() and {a.primary for a in ev.source} == own:
                return [a for a in ev.target if a.primary not in own] or list(ev.target)
        return []

    @staticmethod
    def _domestic_rival(cand, code: str, ev) -> bool:
        """Is an earlier act of one's own country another side's, one a disapproval or rejection may
        be aimed at ("A court convicted Fujimori ... Fujimori called the verdict unjust": PERELI
        against PERJUD; "Police fired tear gas at protesters ... Lam condemned the protests")? Both
        sides must name their sector, and different ones, and the act must be aimed at home; a
        lawsuit or verdict counts as an act."""
        if code[:2] not in DOMESTIC_RIVAL_ROOTS:
            return False
        own = {a.code for a in cand.source}
        theirs = {a.code for a in ev.source}
        # (an act of one's own forces against a foreign side is no rival's: "South Korean forces
        # returned fire ... Lee said the attack was unforgivable" is the North's attack; stories7)
        return all(len(c) > 3 for c in own | theirs) and not own & theirs \
            and {c[:3] for c in own} == {c[:3] for c in theirs} \
            and all(t.primary in {c[:3] for c in own} for t in ev.target)

    @staticmethod
    def _release_holder(cand, code: str, prior: list) -> list[Actor]:
        """Whom a call for someone's release is aimed at when the sentence names no holder ("Blinken
        called for his release", "The United States demanded Protasevich's immediate release"):
        whoever the story last told detaining or seizing someone (arrest, detention, abduction).
        A holder the sentence names is found first by _named_holder."""
        if code not in ("0253", "1053") or not prior:
            return []
        own = {a.primary for a in cand.source}
        for ev in reversed(prior[-12:]):
            if ev.cameo[:3] in ("173", "181") and not ({a.primary for a in ev.source} & own):
                return list(ev.source)
        return []

    @staticmethod
    def _named_holder(v, actors) -> list[Actor]:
        """'called for the release of its citizens abducted by North Korean agents', 'demanded the
        freeing of aid workers held by the Taliban': the people to be freed carry a participle of
        holding whose "by" phrase names who holds them (targets4 helper)."""
        nouns = [v] if v.lemma_.lower() in RELEASE_NOUNS else []
        for c in v.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in RELEASE_NOUNS:
                nouns.append(c)
            elif c.dep_ == "prep" and c.lower_ == "for":
                nouns += [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in RELEASE_NOUNS]
        for n in nouns:
            people = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            # the parser may hang the participle on the release noun itself
            # (or on an apposition: "the release of the Stena Impero, a tanker seized by Iran's
            # Revolutionary Guards", targets26)
            for p in [n] + [q for p in people for q in (p, *p.conjuncts)
                            for q in (q, *(x for x in q.children if x.dep_ == "appos"))]:
                for held in p.children:
                    if held.dep_ != "acl" or held.lemma_.lower() not in HOLDING_VERBS:
                        continue
                    for by in held.children:
                        if by.dep_ in ("agent", "prep") and by.lower_ == "by":
                            # "by North Korean agents": a noun no agent entry knows, named by its country
                            found = [a for o in by.children if o.dep_ == "pobj"
                                     for a in actors.actors(o) or [b for m in o.children if m.dep_ == "amod"
                                                                   for b in actors.country_actor(m)]]
                            if found:
                                return found
        return []

    def _condemned_doer(self, cand, actors) -> list[Actor]:
        """'Turkey condemned Israel's raids on Gaza', 'Moscow condemned the American strikes on
        Syria': the one blamed for an act is its doer, named by the act's possessor or modifier
        ('the US-led ...' too), not the place or people its 'on'/'against' phrase says it was aimed
        at. Not the event's own noun ('filed a protest against Venezuela') (targets4 helper)."""
        v = cand.anchor
        if v.pos_ != "VERB":
            return []
        own = {t.i for t in cand.trigger}
        for o in v.children:
            if o.dep_ != "dobj" or o.pos_ != "NOUN" or o.i in own \
                    or actors.agent_at[o.i] is not None or actors.name_at[o.i] is not None:
                continue
            nxt = o.doc[o.right_edge.i + 1] if o.right_edge.i + 1 < len(o.doc) else None
            aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in o.children) \
                or (nxt is not None and nxt.lower_ in ("on", "against") and nxt.head.i == v.i)  # hung on the verb
            if not aimed:
                continue
            for found in self._modifier_actors(o, actors):
                if not any(actors.is_guess(a) for a in found):
                    return found
            return self._led_by(o, actors)
        return []

    @staticmethod
    def _modifier_actors(o, actors):
        """The actors each possessor or pre-modifier of the act noun o names, in order ("Israel's
        raids", "the American strikes", "any Chinese incursion"): who did, or would do, the act."""
        for c in o.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < o.i):
                found = actors.actors(c) or actors.country_actor(c)
                if found:
                    yield found

    @staticmethod
    def _purpose_addressee(cand, code: str, actors) -> list[Actor]:
        """Whom words said for a purpose are aimed at: the object of the verb they are the purpose
        of ("summoned Russia's ambassadors to express their outrage", "summoned the U.S. ambassador
        to lodge a protest", "called in the envoy to demand an explanation"). When the object is the
        one who speaks ("urged Russia to condemn the attack": Russia condemns), it is no target."""
        v = cand.anchor
        if code[:2] not in ("02", "10", "11", "12", "13") or v.pos_ != "VERB" or v.dep_ not in ("xcomp", "advcl") \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return []
        obj = next((c for c in v.head.children if c.dep_ == "dobj"), None)
        if obj is None:
            return []
        own = {a.primary for a in cand.source}
        found = actors.actors(obj) or [a for t in obj.subtree for a in actors.actors_at.get(t.i, [])] \
            or [a for m in obj.children if m.dep_ == "amod" for a in actors.country_actor(m)]
        return [a for a in found if a.primary not in own]  # "the Chinese charge d'affaires": its whole phrase

    @staticmethod
    def _custodian(tok, actors) -> list[Actor]:
        """"a detainee died of torture while held in Syrian police custody", "was beaten in Egyptian
        military custody": harm done to someone in custody with no doer named is the custodian's.
        Looks at the 'in/under ... custody' phrase of tok or of the verb it hangs on."""
        cur = tok
        for _ in range(6):
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "into", "under", "while", "to"):
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        if c.lower_ == "to":
                            # "was sentenced to nine years in a Russian penal colony": the term's place (targets20)
                            p = next((q for d in p.children if d.dep_ == "prep" and d.lower_ == "in"
                                      for q in d.children if q.dep_ == "pobj"), None)
                            if p is None:
                                continue
                        if p.lemma_.lower() in CUSTODY_NOUNS:
                            return actors.actors(p) or [a for m in p.children if m.dep_ == "amod"
                                                        for a in actors.country_actor(m)]
            if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
                break
            cur = cur.head
        return []

    @staticmethod
    def _reporting_force(tok, actors) -> list[Actor]:  # realnews18b helper
        """"Kenyan police said two militants were arrested", "authorities announced that 300
        users were detained": a passive arrest with no doer named, reported by the police, the
        government or another state force, is that reporter's own; [] otherwise."""
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in SPEECHLESS_WEAPONS or c.pos_ == "NUM" and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() in SPEECHLESS_WEAPONS for o in p.children)
                for p in c.children) for c in tok.children):
            return []  # "the air force said 21 of the 24 drones were destroyed": weapons downed, no one held (stories23)
        found = RoleFinder._passive_reporter(tok, actors, ("ccomp",))
        if not found or not all(a.sector in ("COP", "GOV", "MIL", "SPY") for a in found):
            return []
        held = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        held = actors.actors(held) if held is not None else []
        if held and all(h.sector == "GOV" and h.country for h in held) \
                and not any(h.country == a.country for h in held for a in found):
            return []  # "Zuma said the president was confined to his home": another state's leader, not his doing (stories13)
        return found

    def _home_force(self, cand, actors) -> list[Actor]:  # realnews19a helper
        """"Police arrested four Turkish journalists", "police detained two Iranian activists": an
        arrest or charge by the police or a court the sentence gives no country is, when the ones
        held are all of one country and of no sector held abroad (_victims_home), that country's
        police or court; [] otherwise."""
        v = cand.anchor
        if v.pos_ != "VERB":
            return []
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or (hit := actors.agent_at[subj.i]) is None or hit[2].sector not in ("COP", "JUD"):
            return []
        home = self._victims_home(cand, actors)
        if home is None:
            return []
        sector = hit[2].sector
        return [Actor(subj.text, f"{home.name} {hit[2].phrase}", home.country + sector, home.country, sector,
                      subj.idx, subj.idx + len(subj.text), "agent")]

    @staticmethod
    def _reporting_party(cand, actors) -> list[Actor]:  # realnews18b helper
        """"The rebels said an agreement had been reached with the government", "a deal was
        signed with the Taliban, the US envoy said": a passive accord or meeting with a named other
        side and no doer, reported by one actor, is the reporter's own with that side; [] otherwise."""
        if not cand.target:
            return []
        found = RoleFinder._passive_reporter(cand.anchor, actors, ("ccomp", "parataxis"))
        other = {a.code for a in cand.target}
        return found if found and not any(a.code in other for a in found) else []

    @staticmethod
    def _passive_reporter(tok, actors, deps: tuple) -> list[Actor]:
        """The actors of the subject of the report verb (REPORT_VERBS_OF_FORCE) that tok, a
        passive with no by-agent, hangs from as one of deps ("police said two men were arrested":
        the police); [] otherwise (realnews18b). A declaring or vowing verb (ANNOUNCE_VERBS) reports
        too ("declared that Israel would be severely punished", types23)."""
        if tok.dep_ not in deps or (tok.head.lemma_.lower() not in REPORT_VERBS_OF_FORCE
                                    and tok.head.lemma_.lower() not in ANNOUNCE_VERBS) \
                or not any(c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
            return []
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return actors.actors(speaker) if speaker is not None else []

    def _subject_of_passive_conjunct(self, v):
        """"The minister was questioned by prosecutors and resigned", "was indicted by the tribunal
        and will resign": an active verb conjoined to a passive shares the passive's subject (the
        one questioned resigns), not its by-agent. Active means an object or auxiliary of its own,
        or a verb whose lexicon row takes no object; a bare transitive participle is the passive
        going on ("was arrested and charged": charged too). Returns that subject or None."""
        if v.dep_ != "conj" or is_passive(v) or any(c.dep_ in ("nsubj", "expl") for c in v.children):
            return None
        subj = passive_subject(v.head) if v.head.pos_ in ("VERB", "AUX") else None
        if subj is None:
            return None
        if any(c.dep_ in ("dobj", "aux") for c in v.children):
            return subj
        entry = self._entry(v)
        return subj if entry is not None and entry.cameo and "obj" not in entry.target else None

    @staticmethod
    def _step_taker(v):
        """"Saudi Arabia took measures to relax the guardianship rules", "made moves to lift the
        state of emergency": the parser hangs the infinitive on the object noun; the one who
        takes the steps does the act. Returns that verb, or None."""
        n = v.head
        if v.dep_ not in ("acl", "relcl") or v.tag_ != "VB" or n.dep_ != "dobj" \
                or n.lemma_.lower() not in STEP_NOUNS or n.head.lemma_.lower() not in STEP_VERBS:
            return None
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        return n.head

    @staticmethod
    def _agent_after_gerund(v, actors) -> list[Actor]:
        """"Hungary was accused of misusing EU funds by the Commission", "was blamed for sheltering
        militants by Afghan officials": the parser hangs the passive's "by" agent inside the
        gerund after "of"/"for"/"with"; an actor named there (not a means: "by shelling") is
        the doer of the passive verb. A passive gerund ("of being attacked by X") keeps its own."""
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "for", "with"):
                continue
            for g in c.children:
                if g.dep_ != "pcomp" or g.tag_ != "VBG" or any(a.dep_ == "auxpass" for a in g.children):
                    continue
                for t in g.subtree:
                    if t.dep_ == "prep" and t.lower_ == "by" and t.i > g.i:
                        objs = [p for p in t.children if p.dep_ == "pobj" and p.tag_ != "VBG"]
                        found = [a for p in objs for a in actors.actors(p)]
                        if found:
                            return found
        return []

    @staticmethod
    def _by_participle_agent(v, actors) -> list[Actor]:
        """"were set on fire by retreating Iraqi troops", "was looted by rampaging militiamen": the
        parser reads the force's participle as a gerund after "by" and the force as its object;
        the force is the passive's doer (a means, "by shelling the town", is no such participle)."""
        for c in v.children:
            if not (c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                continue
            for g in c.children:
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in FORCE_PARTICIPLES:
                    found = [a for o in g.children if o.dep_ == "dobj" for a in actors.actors(o)]
                    if found:
                        return found
        return []

    def _act_subject_owner(self, v, actors) -> list[Actor]:
        """The owner of a passive's subject when that subject is the act the lexicon entry names
        ("Israel's blockade of Gaza was tightened", "American sanctions on Iran were tightened",
        "EU sanctions against Russia were extended": tighten/extend + blockade/sanctions): the
        owner did it, the act's of/on/against phrase names whom it hit. Only for acts one does
        to one's own measures (easing, sanctions, force); a reaction to another's act keeps its
        owner as target ("Russia's offer was rejected")."""
        subj = passive_subject(v)
        if subj is None or subj.pos_ != "NOUN":
            return []
        owner = next((found for c in subj.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < subj.i
                      for found in [actors.actors(c) or actors.country_actor(c)] if found), [])
        if not owner:
            return []
        entry = self._entry(v)
        if entry is None or entry.cameo is None or subj.lemma_.lower() not in entry.words \
                or not entry.cameo.startswith(OWN_ACT_CODES) or self._noun_entry(subj) is None:
            return []  # the subject must be an act ("blockade"), not a person ("ambassador")
        return owner

    @staticmethod
    def _fronted_participle_subject(v, actors) -> list[Actor]:
        """"Answering an appeal from Rabat, Spain and France flew rescue teams ...": the parser
        may read the fronted participle as the verb's clausal subject and hang the real subject
        on the participle's last noun. The actors named between the comma that closes the
        participle and the verb are the subject."""
        part = next((c for c in v.children if c.dep_ == "csubj" and c.tag_ == "VBG" and c.i < v.i), None)
        if part is None:
            return []
        commas = [t for t in part.subtree if t.text == "," and t.i < v.i]
        if not commas:
            return []
        found: list[Actor] = []
        for t in v.doc[commas[-1].i + 1:v.i]:
            for a in actors.actors(t):
                if a not in found:
                    found.append(a)
        return found

    @staticmethod
    def _swallowed_subject(v, actors) -> list[Actor]:
        """The actors of a subject the parser hung on a long fronted phrase (syntax.swallowed_subject;
        the clausal-subject variant is _fronted_participle_subject), wire8."""
        found: list[Actor] = []
        for t in swallowed_subject(v):
            for a in actors.actors(t):
                if a not in found:
                    found.append(a)
        return found

    @staticmethod
    def _noun_read_as_verb(subj, actors) -> list[Actor]:
        """"Aid agencies in Chad delivered food": the parser may read a capitalised noun opening
        the sentence as an imperative verb (the clausal subject) with the agent noun after it as
        its object. News has no imperatives: that object, right after it, is the subject."""
        if not subj.is_sent_start or subj.tag_ not in ("VB", "VBP") or any(c.dep_ in SUBJ for c in subj.children):
            return []
        obj = next((c for c in subj.children if c.dep_ == "dobj" and c.i == subj.i + 1), None)
        return actors.actors(obj) if obj is not None and actors.agent_at[obj.i] is not None else []

    @staticmethod
    def _first_to(v):
        """The copula when v is the infinitive of "became/was the first (or last, only) state to do
        it" or "was among the first to do it" (stories23), else None."""
        head = v.head
        if v.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        if head.dep_ == "attr" and head.head.lemma_.lower() in ("become", "be") \
                and any(c.dep_ == "amod" and c.lower_ in ("first", "last", "only", "second", "latest") for c in head.children):
            return head.head
        if head.lower_ in ("first", "last") and head.dep_ == "pobj" and head.head.lower_ == "among" \
                and head.head.head.lemma_.lower() in ("become", "be"):
            return head.head.head
        return None

    def _show_of_force_aim(self, cand, actors) -> list[Actor]:
        """Whom a show of force is aimed at, named in its purpose clause: "deploying a carrier
        group to the Middle East to send a clear message to Iran", "moved troops to the border to
        deter Russia". Never the source's own country."""
        home = {s.primary for s in cand.source}
        for c in cand.anchor.children:
            if c.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            found = [a for o in c.children if o.dep_ == "dobj" for a in actors.actors(o)] \
                or self._prep_actors(c, ("to", "against", "toward", "towards"), actors)
            found = [a for a in found if a.primary not in home]
            if found:
                return found
        return self._near_foreign_place(cand, home, actors) or self._campaign_aim(cand, actors)

    @staticmethod
    def _near_foreign_place(cand, home: set, actors) -> list[Actor]:
        """A show of force "near" or "off" another country's land: "held live-fire drills in the
        East China Sea near Taiwan", "massed troops near the border town of Kupiansk" (Taiwan,
        Ukraine); the "near" phrase may hang on the verb, its object or a place noun of the verb's
        own phrases (targets8 helper)."""
        heads = [cand.anchor] + [p for c in cand.anchor.children if c.dep_ in ("prep", "dobj")
                                 for p in ([c] if c.dep_ == "dobj" else [k for k in c.children if k.dep_ == "pobj"])]
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("near", "off"):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    found = [a for a in actors.actors(p) if a.kind == "country" and a.primary not in home]
                    if not found and (place := actors.place_at(p)) is not None and place[1] and place[1] not in home:
                        found = [Actor(place[0], actors.d.country_name(place[1]), place[1], place[1], None,
                                       p.idx, p.idx + len(p.text), "country")]
                    if found:
                        return found
        return []

    def _campaign_aim(self, cand, actors) -> list[Actor]:
        """Whom a mobilisation is for, named by the war or offensive it serves: "called up
        reservists for the war against Hamas", "massed troops for an offensive on Kyiv" (the
        phrase hangs on the verb or on its object). A war at home is aimed at its rebels
        ("mobilised militias for the war against Tigrayan rebels"); never the source itself."""
        v = cand.anchor
        heads = [v, *(o for o in v.children if o.dep_ == "dobj")]
        for h in heads:
            for c in h.children:
                if not (c.dep_ == "prep" and c.lower_ == "for"):
                    continue
                for n in c.children:
                    if n.dep_ != "pobj" or n.lemma_.lower() not in CAMPAIGN_NOUNS:
                        continue
                    found = [a for a in self._prep_actors(n, ("against", "on"), actors)
                             if all(a.code != s.code for s in cand.source)]
                    if found:
                        return found
        return []

    @staticmethod
    def _origin_of(o, guessed: set, actors) -> list[Actor]:
        """The countries people with no country of their own come from, named by a "from" phrase on
        them or on their verb ("expelled ten diplomats from Latvia and Estonia", "deported
        migrants from Afghanistan"); only called when their country was a guess, and never the
        guessed country itself ("expelled 20 diplomats from Moscow" keeps its guess)."""
        for h in (o, o.head):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    found = [a for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)
                             if a.kind == "country" and a.country not in guessed]
                    if found:
                        return found
        return []

    @staticmethod
    def _linked_to(o, actors, keep=None) -> list[Actor]:
        """The actor a participle ties the noun to ("companies tied to Iran's Revolutionary Guards",
        "assets linked to Muammar Gaddafi", "a tanker owned by an Iranian firm") (targets14 helper)."""
        for c in o.children:
            if c.dep_ != "acl" or c.lemma_.lower() not in LINKED_VERBS:
                continue
            for p in c.children:
                if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by", "with"):
                    for q in p.children:
                        if q.dep_ == "pobj" and (found := actors.actors(q)):
                            found = keep(found) if keep is not None else found
                            if found:
                                return found
        return []

    def _side_served(self, p, found: list[Actor], actors) -> list[Actor]:  # targets24 helper
        """'sanctions against individuals and firms that supply Russia's military': when the noun's
        (or its conjuncts') country was only guessed from the source, or it names none, a side a relative clause says
        it serves, or a participle ties it to, is the one aimed at; else found as it is."""
        if p.pos_ != "NOUN" or not all(actors.is_guess(a) and a.country for a in found):
            return found  # (a noun that names no actor at all, "tanker owners that carried Venezuelan crude", is tried too)
        guessed = {a.country for a in found}
        other = lambda fs: [a for a in fs if a.country and a.country not in guessed and not actors.is_guess(a)]
        for n in (p, *p.conjuncts):
            if n.pos_ == "NOUN" and (served := self._served_by(n, actors, other) or self._linked_to(n, actors, other)):
                return served
        return found

    def _served_by(self, o, actors, keep) -> list[Actor]:  # targets24 helper
        """The side a relative clause says the noun serves ("firms that supply Russia's military",
        "banks which financed Hezbollah", "companies that sold drones to Iran")."""
        clauses = [c for c in o.children if c.dep_ == "relcl"]
        # "companies who it said had helped arm Russia's military": through the reporting verb of
        # the relative clause, and the serving verb's own complement ('helped arm')
        clauses += [d for c in clauses for d in c.children if d.dep_ == "ccomp"]
        for c in list(clauses):
            clauses += [d for d in c.children if d.dep_ == "xcomp"]
        for c in clauses:
            if c.lemma_.lower() not in SERVING_VERBS:
                continue
            for d in c.children:
                if d.dep_ in ("dobj", "dative"):
                    found = keep(actors.actors(d) or self._owner_of(d, actors, 1))
                elif d.dep_ == "prep" and d.lower_ in ("to", "for"):
                    found = keep([a for q in d.children if q.dep_ == "pobj" for a in actors.actors(q)])
                else:
                    continue
                if found:
                    return found
        return []

    def _named_beyond_guess(self, o, guessed: set, actors) -> list[Actor]:
        """A named actor of another country that the act reaches, when the object's own country was
        only guessed from the source: in the object's own phrase ("expelled diplomats from seven
        Latin American countries, including Argentina"; "to buy Rafale jets from France") or in the
        verb's ("refused to commit soldiers to the US-led coalition against Iraq": the US). Only
        called for a guessed object, so "police arrested protesters" keeps its home target (targets5)."""
        def other(found):
            return [a for a in found if a.country and a.country not in guessed and not actors.is_guess(a)]
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in REACH_PREPS:
                for t in c.subtree:
                    found = other(actors.actors(t))
                    if found:
                        return found
        if found := self._linked_to(o, actors, other):
            return found
        if found := self._served_by(o, actors, other):
            return found
        v = o.head
        if o.dep_ != "dobj" or v.pos_ not in ("VERB", "AUX"):
            return []
        for c in v.children:
            # also the dative "to" of a verb of giving: "to provide patrol boats to the Philippines" (targets8)
            if is_prep(c) and c.lower_ in REACH_PREPS:
                if any(p.dep_ == "pcomp" and p.pos_ == "VERB" for p in c.children):
                    continue  # "blocked the navy from arresting Chinese fishermen": the act kept from, not a reach (odds17)
                for p in c.children:
                    if p.dep_ == "pobj" and (found := other(actors.actors(p) or self._owner_of(p, actors, 1))):
                        return found
                for t in c.subtree:  # "from seven Latin American countries, including Argentina"
                    found = other(actors.actors(t))
                    if found:
                        return found
        return []

    @staticmethod
    def _compound_owner(subj, actors) -> list[Actor]:  # targets15 helper
        """'Malaysia Airlines flight MH17 was shot down': a passive subject that names no actor
        itself belongs to the actor its compound chain names (the airline of the flight)."""
        t = subj
        for _ in range(3):
            t = next((c for c in t.children if c.dep_ == "compound" and c.i < t.i), None)
            if t is None:
                return []
            found = actors.actors(t) or (actors.country_actor(t) if t.pos_ == "PROPN" else [])
            if found:
                return found
        return []

    def _attacked_town(self, o, actors, aimed: bool = False) -> list[Actor]:
        """A city the small tagger reads as a person, organisation or common noun, as the object of
        an attack verb or the owner of its object ("pounded Grozny", "bombed Homs", "bombed
        Aleppo's rebel-held east"), or (aimed) the object of the preposition the lexicon names the
        act's aim by ("launched a wave of rockets at Ashkelon", targets22): its country, when the
        capitalised name is a known city of that exact name (at least 100,000 people) and no given name."""
        if not aimed and o.head.lemma_.lower() not in TOWN_ATTACK_VERBS or actors.gazetteer is None:
            return []
        for t in (o, *(c for c in o.children if c.dep_ == "poss")):
            if not t.text[:1].isupper() or t.is_sent_start and t.dep_ != "nsubjpass" \
                    and not (t.dep_ == "poss" and any(c.dep_ == "case" for c in t.children)) \
                    or t.lower_ in first_name_genders():
                # ("Mumbai's Taj hotel was attacked": an opening owner with its "'s" is a name, targets17)
                continue
            if actors.name_at[t.i] is not None or actors.actors_at.get(t.i):
                continue
            place = actors.gazetteer.lookup(t.text)
            if place is None or (place.population or 0) < 100000 \
                    or fold_name(place.name) != fold_name(t.text) \
                    and not (t.dep_ == "nsubjpass" and spelling_of(t.text, place.name)):
                continue  # ("Zaporizhzhia was hit by Russian missiles": a spelling of the city's own name, targets12)
            country = actors.d.country_on(place.country, actors.date)
            if country:
                return [Actor(t.text, actors.d.country_name(country), country, country, None,
                              t.idx, t.idx + len(t.text), "country")]
        return []

    @staticmethod
    def _last_of_each_prep(o) -> list:
        """o's children, keeping only the last of two phrases with the same preposition: "discussed
        the dispute with Guyana ... with Venezuelan President Maduro" - a noun takes one "with"
        partner, so the parser's second "with" phrase on it is the verb's."""
        kids = list(o.children)
        return [c for k, c in enumerate(kids)
                if not (c.dep_ == "prep" and any(d.dep_ == "prep" and d.lower_ == c.lower_ for d in kids[k + 1:]))]

    @staticmethod
    def _to_phrase(v) -> bool:
        """The verb has its own 'to' phrase ("sent tanks to Ukraine")."""
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children)

    @staticmethod
    def _first_of_two_objects(v):
        """'sent Pakistan half a million doses', 'handed Kyiv the first tanks': the parser reads the
        recipient of a two-object verb as a second direct object; the name before the thing given is
        the dative (targets20)."""
        doc = v.doc
        kids, dep_col = children_table(doc)  # v.children's labels from the columns: a Token only for an object (perf15)
        objs = [doc[k] for k in kids[v.i] if dep_col[k] == "dobj"]
        if len(objs) == 2 and objs[0].pos_ == "PROPN" and objs[1].pos_ == "NOUN" and objs[0].i < objs[1].i:
            return objs[0]
        if len(objs) == 1 and objs[0].pos_ == "NOUN":
            # "would hand Kyiv 40 fighting vehicles": or as an unlabelled dependent between the
            # verb and the thing given (targets24)
            return next((c for c in (doc[k] for k in kids[v.i] if dep_col[k] == "dep")
                         if c.pos_ == "PROPN" and v.i < c.i < objs[0].i), None)
        return None

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
            # a document or plan by its author: "vetoed a UN resolution drafted by Algeria",
            # "rejected a proposal by Trump" are aimed at Algeria and Trump, not the forum
            thing = actors.name_at[o.i] is None and actors.agent_at[o.i] is None and o.pos_ == "NOUN"
            if thing and (sent_to := self._handover_receiver(o, actors)):
                return sent_to  # "blocked the extradition of an exiled journalist to Turkey": Turkey (targets26)
            found = (self._author_of(o, actors) if thing else []) or actors.actors(o)
            if not found and thing:
                found = self._side_served(o, found, actors)  # "blacklisted tanker owners that carried Venezuelan crude"
            if found and thing and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children):
                # "scrapped a submarine contract with Paris", "froze a US-brokered deal with Iran":
                # the partner named by the thing's own "with" phrase is the one acted on, not a
                # side its modifiers name (targets24); a named possessor stays ("called off Chavez's
                # mediation with the rebels": Chavez's act)
                found = self._with_partner(o, actors) or found
            if not found:
                found = self._attacked_town(o, actors)  # "pounded Grozny", "bombed Aleppo's east"
            elif all(actors.is_guess(a) and a.country for a in found):
                guessed = {a.country for a in found}
                found = self._origin_of(o, guessed, actors) or self._named_beyond_guess(o, guessed, actors) or found
            if found and o.pos_ == "NOUN":
                place = self._named_place_of(o, found, actors)
                found = found if place is None else place
                found = self._possessor_over_bloc(o, found, actors)
            if found:
                return found
        return []

    @staticmethod
    def _handover_receiver(o, actors) -> list[Actor]:  # targets26 helper
        """The side a handover noun sends someone to ("the extradition of an exiled journalist to
        Turkey", the "to" phrase on the noun or on the person sent), named, not guessed; else []."""
        if o.lemma_.lower() not in HANDOVER_NOUNS:
            return []
        for h in (o, after_of(o)):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "to":
                    found = [a for p in c.children if p.dep_ == "pobj" for a in actors.actors(p) if not actors.is_guess(a)]
                    if found:
                        return found
        return []

    @staticmethod
    def _with_partner(o, actors) -> list[Actor]:  # targets24 helper
        """The actors of the "with" phrase of a thing noun ("a contract with Paris"), or []."""
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj" and (found := actors.actors(p)):
                        return found
        return []

    @staticmethod
    def _possessor_over_bloc(n, found: list[Actor], actors) -> list[Actor]:  # targets10 helper
        """'blocked North Macedonia's EU accession talks', 'lifted its veto on Sweden's NATO
        membership': a bloc named as the noun's modifier is only what the possessor's act is
        about; the possessor is the one acted on."""
        if not found or not all(a.primary.startswith("IGO") for a in found):
            return found
        poss = next((c for c in n.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return (actors.actors(poss) or found) if poss is not None else found

    @staticmethod
    def _named_place_of(o, found, actors) -> list[Actor] | None:
        """"shelled the UN safe area of Srebrenica", "overran the UN-protected enclave of Zepa": an
        organisation in a place noun's modifiers only says who guards or runs it; the place named
        in its "of" phrase is what was hit (its country, or nobody when the town is unknown).
        None when o names no such place."""
        if not all(a.kind == "org" for a in found):
            return None
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC"):
                        places = [a for a in actors.actors(p) if a.kind == "country"]
                        if places:
                            return places
                        return actors.place_country(p)  # a town: its country
        return None

    def _prep_actors(self, v, preps, actors) -> list[Actor]:
        """The actors of the first preposition, in the lexicon's order, that names one
        ("complained to the UN over Israeli raids": about/over before to)."""
        doc = v.doc
        kids, dep_col = children_table(doc)  # a Token only for a child that can be a preposition (perf11e)
        children = [c for k in kids[v.i] if dep_col[k] in ("prep", "dative") and is_prep(c := doc[k])]
        # "pull the troops out of Estonia": the parser hangs "of Estonia" on the particle "out"
        children += [g for c in children if c.lower_ in PARTICLES for g in c.children if is_prep(g)]
        # "ordered the army to pull back from the Ukrainian border": or on the adverb "back" (purpose22)
        children += [g for k in kids[v.i] if dep_col[k] in ("advmod", "prt") and (c := doc[k]).lower_ in PARTICLES
                     for g in c.children if g.dep_ == "prep" and is_prep(g)]
        for prep in preps:
            for c in children:
                if c.lower_ != prep or (prep == "into" and elapsed_into(c)):
                    continue  # ("hailed the step four months into Russia's invasion": a date, no target, wire25)
                for p in c.children:
                    if p.dep_ == "pobj" and not self._absolute_with(p):
                        found = actors.actors(p) or self._owner_of(p, actors)
                        if not found and prep in ("on", "at", "against") and p.pos_ == "PROPN":
                            found = self._attacked_town(p, actors, aimed=True)  # "fired rockets at Ashkelon" (targets22)
                        if prep != "near" and p.lemma_.lower() in SHARED_LINES and (beyond := self._shared_with(p, actors)):
                            found = beyond  # "moved troops to its border with Guyana": the side beyond the line,
                            # not the border's owner, as 'near its border with' (types22)
                        if not found and prep in ("on", "at", "against") and p.pos_ == "NOUN" \
                                and (p.lemma_.lower() in PLACE_HEADS or p.lower_ in PLACE_HEADS) \
                                and (country := actors._described_place(p)):
                            # "launched air strikes on the outskirts of Omdurman", "fired drones at the
                            # Odesa region": the place hit is of its country (targets21)
                            found = [Actor(p.text, actors.d.country_name(country), country, country, None,
                                           p.idx, p.idx + len(p.text), "country")]
                        found = self._side_served(p, found, actors)  # "on firms that supply Russia's military" (targets24)
                        if found and prep == "near" and located_border(p) and (owner := border_owner(p)) is not None:
                            # "hit Ukrainian cities near the Polish border": the cities' own country
                            found = self._demonym_place_near(owner, actors) or found
                        if found:
                            return found
        return []

    @staticmethod
    def _absolute_with(t) -> bool:
        """', with officials saying it was for security reasons', ', with Turkish officials saying the
        attack killed civilians': an absolute 'with' clause set off by a comma tells the
        circumstances; its noun is the subject of its own participle, not the target of the main
        verb (the parser hangs the participle on the noun or the noun on the participle) (realnews8)."""
        if t.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in t.children):
            prep = t.head
        elif t.dep_ == "nsubj" and t.head.tag_ == "VBG" and t.head.dep_ == "pcomp":
            prep = t.head.head
        else:
            return False
        return prep.lower_ == "with" and prep.i > 0 and prep.doc[prep.i - 1].text == ","

    def _target(self, v, spec, actors, info, passive) -> list[Actor]:
        spec = spec or ("obj",)
        if passive:
            if spec[0] != "obj":
                # "was handed over to Indian investigators by ...": the lexicon's preposition
                # names the receiver; the passive subject is only what was handed over
                found = self._prep_actors(v, [p for p in spec if p != "obj"], actors)
                if found:
                    return found
            subj = passive_subject(v)
            if subj is None and headline_passive(v):
                subj = active_subject(v)  # "Opposition leader shot dead in Dhaka": the victim
            if subj is not None and v.dep_ == "relcl" and subj.lower_ in ("who", "that", "which", "whom"):
                # "the governor, who is backed by the ruling party": the relative
                # pronoun stands for the noun the clause describes
                subj = v.head
            if subj is None and conjoined_passive(v):
                # "was arrested by police and charged by prosecutors": the shared subject itself
                # (not the author of a shared thing: "a deployment backed by the UN ... blocked")
                shared = passive_subject(v.head)
                found = actors.actors(shared) if shared is not None else []
                if found:
                    return found
            if subj is None and (found := self._active_conjunct_subject(v, actors)):
                return found
            if subj is not None and self._act_subject_owner(v, actors):
                # "Israel's blockade of Gaza was tightened": the act's own phrase names its target
                found = self._prep_actors(subj, ("of", "on", "against", "to"), actors)
                if found:
                    return found
            if subj is not None:
                found = actors.actors(subj) or self._owner_of(subj, actors) or self._compound_owner(subj, actors) \
                    or self._attacked_town(subj, actors)  # "Kherson was shelled by Russian forces" (targets10)
                if found:
                    return found
            if v.dep_ == "acl":
                return actors.actors(v.head)
            if subj is None and v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
                # "died in hospital after being beaten by police", "were jailed after being arrested
                # by Myanmar police": the one it was done to is the clause's own subject (targets15)
                held = next((c for c in v.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                found = actors.actors(held) if held is not None else []
                if found:
                    return found
        preps = [s for s in spec if s != "obj"] or list(DEFAULT_TARGET_PREPS)
        if spec[0] != "obj" and "obj" not in spec and (found := self._supplied_receiver(v, actors)):
            return found
        if spec[0] != "obj":
            # the lexicon lists a preposition first: "sent suspects TO the United States"
            found = self._object_against(info, preps, actors) or (
                preps[0] == "with" and self._object_with(v, info, actors)) or self._prep_actors(v, preps, actors)
            if not found and preps[0] == "with":
                found = self._with_hung_on_topic(info, actors)
            if found and "obj" in spec and all(actors.is_guess(a) for a in found) \
                    and (named := [a for a in self._obj_actors(info, actors) if not actors.is_guess(a)]):
                # "returned 16 Ukrainian children to their families": the families' country is only
                # guessed; the object names the side given back to (targets26)
                return named
            if found:
                return found
        if "obj" in spec:
            found = self._obj_actors(info, actors)
            if found and all(a.kind == "pronoun" for a in found) and v.dep_ == "advcl" \
                    and (main := next((c for c in v.head.children if c.dep_ == "nsubj"), None)) is not None \
                    and {a.code for a in found} <= {a.code for a in actors.actors(main)} \
                    and (other := self._conjunct_object_pronoun(v, actors)):
                # "Trump berated Zelensky, accusing him of gambling": the participle's object pronoun
                # is not its own doer, the main clause's subject; it stands for the main verb's object (targets25)
                return other
            if found:
                return found
        found = self._talk_partner(v, actors)  # "discussed Syria in a phone call with Putin"
        if found:
            return found
        # "joined the US-led coalition against Iraq": the leader, before the object's own phrases
        for o in info["obj"]:
            if o.dep_ != "nsubjpass" and (found := self._led_by(o, actors)):
                return found
        # "imposed sanctions on Russia", "lifted US sanctions on Syria": the preposition hangs on
        # the object noun
        for o in info["obj"]:
            if o.dep_ == "nsubjpass" and not passive:
                continue
            if not (spec[0] != "obj" and self._own_aim_phrase(o, preps, actors)) \
                    and (found := self._named_possessor(v, o, actors)):
                return found
            if (o.lemma_.lower() in ARMED_TARGETS or o.lower_[:-1] in ARMED_TARGETS) and (found := self._owner_of(o, actors)) \
                    and all(a.start < o.idx for a in found):
                return found  # "struck a US base in Jordan": the base's owner, not where it stands (actors9)
            for c in self._last_of_each_prep(o):
                if c.dep_ == "prep" and c.lower_ in preps:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            # "lifted its restrictions on Turkish food imports": whose imports
                            found = self._possessor_over_bloc(p, actors.actors(p), actors) or self._owner_of(p, actors, 1)
                            found = self._side_served(p, found, actors)  # "sanctions on firms that supply Russia's military" (targets24)
                            if not found and c.lower_ in ("on", "at", "against") and p.pos_ == "PROPN":
                                found = self._attacked_town(p, actors, aimed=True)  # "launched a wave of rockets at Ashkelon" (targets22)
                            if found and c.lower_ == "with" and all(actors.is_guess(a) for a in found):
                                continue  # "shot down an airliner with a missile": a guessed weapon is no target (actors9)
                            if found and c.lower_ == "for" and all(actors.is_guess(a) for a in found) \
                                    and (dative := self._child(v, ("dative", "iobj")) or self._first_of_two_objects(v)) is not None \
                                    and (given := actors.actors(dative)):
                                return given  # "gave Fiji 20 million dollars for police training": Fiji, not guessed police (targets23)
                            if found and c.lower_ == "near" and located_border(p) and (owner := border_owner(p)) is not None:
                                found = self._demonym_place_near(owner, actors) or found  # "Israeli towns near the Lebanese border"
                            if found:
                                return found
            if spec[0] != "obj" and (m := after_of(o)) is not o and m.pos_ == "NOUN":
                # "unleashed a wave of missile attacks on Ukraine's energy grid", "imposed a raft of
                # sanctions on Iran": when the lexicon row names the act's preposition, its phrase
                # hangs on the noun after 'of', not on the measure word; the weapon compound
                # ("missile") is no target; "could block the next package of EU sanctions against
                # Russia" (a row with no preposition) keeps the package's owner (odds16)
                for c in self._last_of_each_prep(m):
                    if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "of":
                        for p in c.children:
                            if p.dep_ == "pobj" and (found := self._possessor_over_bloc(p, actors.actors(p), actors)
                                                     or self._owner_of(p, actors, 1)):
                                return found
        if spec[0] != "obj":
            # "fired 122 missiles and dozens of drones at Ukrainian cities": the parser hangs the
            # act's phrase on the last of two conjoined objects, or on the noun after its 'of', or on
            # the quantity word the object was read through (targets22)
            for o in info["obj"]:
                if o.dep_ == "nsubjpass":
                    continue
                heads = [q for q in o.conjuncts if q.i > o.i and q.pos_ == "NOUN"]
                if o.dep_ == "pobj" and o.head.lower_ == "of" and o.head.head.head.i == v.i:
                    heads.append(o.head.head)  # "fired hundreds of rockets and mortar shells at southern Israel": on the quantity
                for q in heads:
                    for m in {q, after_of(q)}:
                        for c in m.children:
                            if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "of":
                                for p in c.children:
                                    if p.dep_ == "pobj" and (found := self._possessor_over_bloc(p, actors.actors(p), actors)
                                                             or self._owner_of(p, actors, 1)):
                                        return found
        # "at" names a venue more often than a target ("defended Iran's right at a meeting of
        # the UN"): the object's owner comes before it unless the lexicon asks for "at"
        venue_last = "at" not in spec
        found = self._prep_actors(v, [p for p in preps if not (venue_last and p == "at")], actors)
        if found:
            return found
        dative = self._child(v, ("dative", "iobj")) or self._first_of_two_objects(v)
        if dative is not None:
            found = actors.actors(dative)
            if found:
                return found
        # the object is an act or thing of someone: "praised Haiti's efforts",
        # "rejected an Indian proposal", "rejected calls by Belarus's rulers"
        for o in info["obj"]:
            if o.dep_ == "nsubjpass":
                continue
            if found := self._handover_receiver(o, actors):
                return found  # "blocked the extradition of an exiled journalist to Turkey" (targets26)
            found = self._owner_of(o, actors)
            if found and o.pos_ == "NOUN" and (m := after_of(o)) is not o and m.pos_ == "NOUN" \
                    and actors.name_at[m.i] is None and actors.agent_at[m.i] is None \
                    and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in m.children) \
                    and all(m.left_edge.idx <= a.start < m.idx for a in found):
                # "blocked the start of NATO membership talks with Helsinki": the talks' own
                # partner, not the bloc that modifies them (targets26); an owner of the outer noun
                # stays ("rebuffed a European offer of talks with Washington": the offerer)
                found = self._with_partner(m, actors) or found
            if found and o.pos_ == "NOUN":
                place = self._named_place_of(o, found, actors)  # "the UN safe area of Srebrenica"
                found = found if place is None else place
            if found:
                return found
        if venue_last and "at" in preps:
            found = self._prep_actors(v, ("at",), actors)
            if found:
                return found
        if spec == ("obj",) or "obj" in spec:
            found = self._prep_actors(v, DEFAULT_TARGET_PREPS, actors)
            if found:
                return found
        found = self._for_owner(v, actors)
        if found:
            return found
        return self._addressee(v, actors) or self._conjunct_object_pronoun(v, actors)  # "wrote to the Commission asking for aid"

    @staticmethod
    def _conjunct_object_pronoun(v, actors: DocActors) -> list[Actor]:  # targets10 helper
        """'Turkey detained a German reporter and later released him', 'welcomed Sudan's army
        chief and pledged support for him': a person pronoun after the second of two conjoined
        verbs stands for the first verb's object when the resolver found no person for it."""
        if v.head.pos_ != "VERB":
            return []
        if v.dep_ == "advcl":
            # "expelled the UN envoy, accusing him of meddling", "banned the party, accusing it of
            # inciting violence", "arrested two opposition leaders, accusing them of sedition": the
            # object pronoun of a subjectless participle stands for the main verb's object (targets18)
            if v.tag_ != "VBG" or v.i < v.head.i:
                return []
            pron = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
            if pron is None or not (pron.lower_ in OBJECT_PRONOUNS or pron.lower_ in PERSON_PRONOUNS) \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                return []
            first = next((c for c in v.head.children if c.dep_ == "dobj"), None)
            return actors.actors(first) if first is not None else []
        if v.dep_ != "conj":
            return []
        pron = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
        if pron is None:
            pron = next((p for c in v.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"
                         for p in g.children if p.dep_ == "pobj" and p.pos_ == "PRON"), None)
        if pron is None:
            pron = next((p for c in v.children if c.dep_ == "prep" for p in c.children
                         if p.dep_ == "pobj" and p.pos_ == "PRON"), None)
        if pron is None or pron.lower_ not in PERSON_PRONOUNS:
            return []
        first = next((c for c in v.head.children if c.dep_ == "dobj"), None)
        return actors.actors(first) if first is not None else []

    def _cause_owner(self, v, info, actors, source: list[Actor], depth: int = 0) -> list[Actor]:
        """The owner of the act an "over" phrase names, when the act's own target was only a
        guess: "imposed travel bans on 21 officials over Moscow's annexation of Crimea", "froze
        the assets of several officials over Russia's invasion" (Moscow, Russia; not the country
        guessed for the officials). The phrase may hang on the verb, its object or the object's
        own noun (targets8 helper). depth 2 keeps to the act's doer named by a possessive, "by" or a
        modifier, not its "of" object: "arrested people over the downing of the Ukrainian airliner"
        took no Ukrainians (targets14)."""
        heads = [v, *info["obj"]]
        heads += [p for h in list(heads) for c in h.children if is_prep(c) and c.lower_ != "over"
                  for p in c.children if p.dep_ == "pobj"]
        own = {a.code for a in source} | {a.country for a in source if a.country}
        for h in heads:
            for c in h.children:
                if not (is_prep(c) and c.lower_ == "over"):
                    continue
                for p in c.children:
                    if p.dep_ != "pobj" or p.pos_ != "NOUN":
                        continue
                    found = [a for a in self._owner_of(p, actors, depth)
                             if not actors.is_guess(a) and a.code not in own and a.country not in own]
                    if found:
                        return found
        return []

    @staticmethod
    def _told_addressee(cand, code: str, actors) -> list[Actor]:
        """The one told, assured or warned, for an intent or threat voiced in the clause of a verb
        of telling that names its addressee: "Iran told the IAEA it would allow inspections",
        "assured Kabul that it would send more troops", "warned Seoul it would respond" (the
        IAEA, Kabul, Seoul), when the clause names no target of its own (targets8 helper)."""
        if code[:2] not in ("03", "13"):
            return []
        v = cand.anchor
        while v.dep_ in ("xcomp", "conj") and v.head.pos_ in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in TOLD_ADDRESS_VERBS:
            return []
        own = {a.code for a in cand.source}
        for c in v.head.children:
            if c.dep_ in ("dobj", "dative", "iobj") and c.i < v.i:
                # (not a news medium: "told the BBC", "told Reuters" is an interview, and the
                # agency is no party to what it is told (quotes21))
                found = [a for a in actors.actors(c) if a.code not in own and a.sector != "MED"]
                if found:
                    return found
        return []

    @staticmethod
    def _avenged_doer(cand, actors) -> list[Actor]:
        """'Hezbollah vowed to avenge the killing of its top commander in an Israeli air strike on
        Beirut': the one a vow of revenge aims at is the doer of the act avenged, named by the
        demonym or owner of the attack it was done in, or by its 'by' phrase. [] otherwise (targets25)."""
        verbs = [t for t in (cand.anchor, *cand.trigger) if t.pos_ == "VERB" and t.lemma_.lower() in ("avenge", "revenge")]
        own = {s.country or s.primary for s in cand.source}
        for v in verbs:
            for n in (c for c in v.children if c.dep_ == "dobj"):
                # (the parser may hang the phrase on the verb: "avenge the deaths of its fighters in
                # an American air raid"; one's own attack there is the revenge, no target)
                heads = [n, *(p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                              for p in c.children if p.dep_ == "pobj"), v]
                for h in heads:
                    for c in h.children:
                        if c.dep_ != "prep" or c.lower_ not in ("in", "by"):
                            continue
                        for p in c.children:
                            if p.dep_ != "pobj":
                                continue
                            if c.lower_ == "by" and (found := actors.actors(p)):
                                return found
                            if p.lemma_.lower() in VIOLENCE_NOUNS:
                                for m in p.children:
                                    if m.dep_ in ("amod", "compound", "poss") and (found := [
                                            a for a in actors.actors(m) or actors.country_actor(m)
                                            if (a.country or a.primary) not in own]):
                                        return found
        return []

    @staticmethod
    def _supplied_receiver(v, actors) -> list[Actor]:
        """'Tehran supplied Moscow with hundreds of attack drones', 'equipped Kyiv's army with
        Western tanks': a row naming what is given takes its receiver from 'to', but in the 'supply
        X with Y' frame (SUPPLY_WITH_VERBS) the direct object is the receiver. [] otherwise
        (targets25)."""
        if v.lemma_.lower() not in SUPPLY_WITH_VERBS or not any(
                c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return []
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        return actors.actors(obj) if obj is not None else []

    @staticmethod
    def _own_aim_phrase(o, preps, actors) -> bool:
        """'adopted the European Union's sanctions on Russian banks', 'joined Washington's tariffs
        on Chinese steel': when the lexicon row names the act's own preposition and the object
        noun carries that phrase naming a side, the possessor is only the measure's author; the
        phrase names whom it aims at (targets25)."""
        return any(c.dep_ == "prep" and c.lower_ in preps and c.lower_ in ("on", "against", "at")
                   and any(p.dep_ == "pobj" and actors.actors(p) for p in c.children)
                   for c in o.children)

    @staticmethod
    def _named_possessor(v, o, actors) -> list[Actor]:
        """The owner named by a possessive on the object beats the object's own phrases: "recognised
        the kingdom's claim to Western Sahara" (the kingdom, not the Sahara), "rejected Ethiopia's
        port agreement with Somaliland" (Ethiopia). Not a pronoun ("lifted its sanctions on Iran")
        nor the verb's own subject ("doubled America's aid to Ukraine") (targets5)."""
        poss = next((c for c in o.children if c.dep_ == "poss"), None)
        if poss is None or poss.pos_ == "PRON":
            return []
        found = actors.actors(poss)
        if not found:
            return []
        subj = active_subject(v)
        own = {c for a in (actors.actors(subj) if subj is not None else []) for c in (a.code, a.country)}
        # "Putin expressed Russia's support": the bare country of the subject is the subject's own;
        # "Schumer criticised the administration's tariffs": another body of that country is not
        return [a for a in found if a.code not in own]

    @staticmethod
    def _with_hung_on_topic(info, actors) -> list[Actor]:  # types14 helper
        """'shared intelligence on North Korea's missile launch with Japan': the parser hangs the
        verb's 'with' partner on the noun of the object's topic phrase (on/about/over/of); the
        partner is the target, not the topic's owner."""
        for o in info["obj"]:
            if o.dep_ == "nsubjpass":
                continue
            for objs in hung_on_object(o, ("on", "about", "over", "of"), "with"):
                found = [a for q in objs for a in actors.actors(q)]
                if found:
                    return found
        return []

    @staticmethod
    def _object_with(v, info, actors) -> list[Actor]:  # targets23 helper
        """'closed its border with Russia to men fleeing the draft': when the lexicon names 'with'
        first and the verb has no 'with' phrase of its own, the object's 'with' phrase names the
        side, before a later preposition hung on the verb ('to men')."""
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return []
        return [a for o in info["obj"] if o.dep_ != "nsubjpass" for c in o.children
                if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
                for a in actors.actors(p)]

    def _object_against(self, info, preps, actors) -> list[Actor]:
        """'lodged a complaint against Colombia with the OAS', 'filed a protest against India with
        the UN': the object's own 'against' phrase names whom the act is against; the verb's 'with'
        or 'to' phrase only names the body it was taken to (targets4 helper)."""
        if "against" not in preps:
            return []
        objs = [o for o in info["obj"] if o.dep_ != "nsubjpass"]
        # the forum itself ("with the UN Security Council", "at the WTO"), on the verb or the object
        # (targets9): the side complained about may hang on it ("with the OAS over Venezuela's buildup")
        verb = [objs[0].head] if objs else []
        forums = [p for h in objs + verb for c in h.children
                  if c.dep_ == "prep" and c.lower_ in ("with", "at", "to", "before")
                  for p in c.children if p.dep_ == "pobj"
                  and any(a.kind == "org" or a.code.startswith("IGO") for a in actors.actors(p))]
        for word in ("against", "over"):
            for o in objs + forums + (verb if forums else []):
                if word == "over" and not forums:
                    break  # "lodged a complaint over X" with no forum: left to the lexicon's phrases
                for c in o.children:
                    if c.dep_ == "prep" and c.lower_ == word:
                        for p in c.children:
                            if p.dep_ == "pobj" and (found := actors.actors(p) or self._owner_of(p, actors)
                                                     or (actors.country_actor(p) if p.ent_type_ == "NORP" else [])):
                                # "over Indian shelling" parsed with "Indian" as the noun; "sanctions
                                # against firms that supply Russia's military": the side served (targets24)
                                return self._side_served(p, found, actors)
        return []

    def _for_owner(self, v, actors) -> list[Actor]:
        """The one whose act is called or asked for: "called for the resignation of Prime
        Minister X", "called for Bolton's resignation" (X, Bolton)."""
        for c in v.children:
            if is_prep(c) and c.lower_ == "for":
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ == "NOUN":
                        found = self._owner_of(p, actors)
                        if found:
                            return found
        return []

    @staticmethod
    def _other_person(a: Actor, source: list[Actor]) -> bool:
        """Is target a a named person other than every source, though of the same code ("Trump
        asked Bolton to resign", "Pompeo sent a letter requesting the rules to Elaine Chao"): a
        colleague in the same government is still the one asked."""
        return a.kind == "person" and all(s.name != a.name for s in source)

    def _other_owner(self, info, source: list[Actor], actors) -> list[Actor]:
        """The person whose act a request is for, when the object names it by its owner and that
        person is another than the source ("asked for national security advisor Bolton's
        resignation", "called for the resignation of Minister X"), though of the same code."""
        nouns = list(info["obj"]) + [p for c in info["preps"] for p in c.children if p.dep_ == "pobj"]
        for o in nouns:
            for c in o.children:
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"):
                    heads = [c] if c.dep_ == "poss" else [p for p in c.children if p.dep_ == "pobj"]
                    found = [a for h in heads for a in actors.actors(h) if self._other_person(a, source)]
                    if found:
                        return found
        return []

    @staticmethod
    def _active_conjunct_subject(v, actors) -> list[Actor]:
        """A passive conjoined to an active verb shares its subject: "Vajpayee crossed into
        Pakistan and was greeted by Sharif", "Merkel arrived in Kabul and was welcomed by
        Karzai" (the one greeted or welcomed is the first verb's subject)."""
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or passive_subject(v.head) is not None:
            return []
        if not (conjoined_passive(v) or any(c.dep_ == "auxpass" for c in v.children)):
            return []
        subj = active_subject(v.head)
        return actors.actors(subj) if subj is not None else []

    @staticmethod
    def _addressee(v, actors) -> list[Actor]:
        """Whom a request hung as a participle on a verb of writing or turning to someone is made
        of: 'wrote to the US Embassy asking to waive her immunity', 'wrote to Beijing asking it to
        free the crew' (the embassy and Beijing, not the one whose immunity or crew it is)."""
        if v.tag_ != "VBG" or v.dep_ not in ("advcl", "xcomp", "conj") or v.head.pos_ != "VERB":
            return []
        for c in v.head.children:
            if c.dep_ == "prep" and c.lower_ == "to" and c.i < v.i:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = actors.actors(p)
                        if found:
                            return found
        return []

    def _owner_of(self, n, actors, depth: int = 0) -> list[Actor]:
        """Whose act or thing a noun is: "Haiti's efforts", "an Indian proposal", "calls by Belarus"."""
        for c in n.children:
            if c.dep_ == "poss":
                found = actors.actors(c) or actors.country_actor(c)
                if not found and c.pos_ == "NOUN" and c.lemma_.lower() in PLACE_HEADS:
                    # "bombed the Yemeni capital's airport": the place's own demonym (targets15)
                    found = [a for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i
                             for a in actors.country_actor(m)]
                if found:
                    return found
        # the author named by "by" ("a proposal by Macron to deploy peacekeepers", "a resolution
        # drafted by Algeria") beats the forum or topic named by modifiers and complements
        found = self._author_of(n, actors)
        if found:
            return found
        found = self._led_by(n, actors)  # "the US-led invasion of Iraq": the US's
        if found:
            return found
        pact = n.lemma_.lower() in PACT_NOUNS
        for c in n.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < n.i:
                if pact and c.pos_ == "PROPN" and self._city_word(c, actors):
                    continue  # "violated the Minsk ceasefire": the pact's name, not Belarus (targets11)
                found = actors.actors(c) or actors.country_actor(c) or self._modifier_country(c, actors) \
                    or self._trade_origin(c, n, actors)
                if found and found[0].kind == "country" and n.lemma_.lower() in SETTLEMENT_NOUNS:
                    found = self._settled_country(n, actors, found[0].country) or found
                if found and all(actors.is_guess(a) for a in found):
                    # "fired artillery and mortar rounds against ...": a weapon whose country was
                    # only guessed owns nothing
                    continue
                if found:
                    return found + self._conjoined_modifiers(c, found, actors)
        if n.lemma_.lower() in BLOC_PAPER_NOUNS:
            # "ignored a West African deadline", "rebuffed a European offer": the bloc's own (odds16)
            for c in n.children:
                if c.dep_ in ("amod", "compound") and c.i < n.i and (found := actors.bloc_actor(c)):
                    return found
        if depth >= 2:
            return []
        for c in n.children:
            if c.dep_ == "acl" and c.pos_ == "VERB" and not (c.lemma_.lower() == "use" and n.dep_ == "dobj"):
                # "an invitation to visit Washington" (not "struck the depot using two
                # missiles": the means)
                for o in c.children:
                    if o.dep_ == "dobj":
                        found = actors.actors(o)
                        if found and all(actors.is_guess(a) and a.country for a in found):
                            found = self._named_beyond_guess(o, {a.country for a in found}, actors) or found
                        if found:
                            return found
                # "signed agreements normalising relations with Israel", "a deal restoring ties
                # with Tehran": the partner of the relation the act sets up (targets6)
                for q in (o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in TIE_NOUNS):
                    for w in q.children:
                        if w.dep_ == "prep" and w.lower_ == "with":
                            found = [a for p in w.children if p.dep_ == "pobj" for a in actors.actors(p)]
                            if found:
                                return found
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS]
        # in the table's order: "support for Taiwan from Japanese lawmakers" is the lawmakers'
        for c in sorted(preps, key=lambda c: OWNER_PREPS.index(c.lower_)):
            for p in c.children:
                if p.dep_ == "pobj":
                    found = actors.actors(p) or self._owner_of(p, actors, depth + 1)
                    if found and p.lemma_.lower() in SPEECHLESS_WEAPONS and all(actors.is_guess(a) for a in found):
                        continue  # "launched a barrage of missiles at Tel Aviv": a weapon whose country is only guessed owns nothing (targets22)
                    if found:
                        return found
        return []

    @staticmethod
    def _city_word(c, actors) -> bool:
        """Is the name token a city's name and no country's ('Minsk', 'Jeddah', 'Hodeidah'; not 'Syria')?"""
        gaz = actors.gazetteer
        return gaz is not None and gaz.lookup(c.text) is not None and gaz.country(c.text) is None

    @staticmethod
    def _conjoined_modifiers(c, found, actors) -> list[Actor]:
        """'the US and British strikes': a country modifier's conjoined demonyms or countries
        own the act with it (the parser hangs 'British' on 'US', not on the noun) (odds9)."""
        if c.n_rights == 0:
            return []
        codes = {a.code for a in found}
        out = []
        for g in c.rights:
            if g.dep_ == "conj" and (more := actors.country_actor(g)) and more[0].code not in codes:
                out += more
                codes.add(more[0].code)
        return out

    @staticmethod
    def _traded(n) -> bool:
        """Is the noun goods under a levy or ban ("tariffs on Chinese-made cars", "imports of
        Russian-made uranium", "banned dozens of Chinese-made apps"), not a thing someone uses?"""
        h = n
        if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "NUM"):
            h = h.head.head  # "imports of", "dozens of"
        if h.lemma_.lower() in TRADE_NOUNS:
            return True
        if h.dep_ == "pobj" and h.head.lower_ in ("on", "against"):
            return h.head.head.lemma_.lower() in TRADE_NOUNS
        return h.dep_ == "dobj" and h.head.lemma_.lower() in BAN_VERBS

    @staticmethod
    def _trade_origin(c, n, actors) -> list[Actor]:
        """Whose goods or levy a trade noun's modifier names beyond a country's demonym: a
        regional bloc adjective ("tariffs on European goods", "European retaliatory tariffs": the
        EU), or the country of an "X-made" compound ("tariffs on Chinese-made electric vehicles")
        (odds9)."""
        if c.dep_ != "amod":
            return []
        if c.lower_ in MADE_PARTICIPLES:
            if c.i >= 2 and c.doc[c.i - 1].text == "-" and RoleFinder._traded(n):
                g = c.doc[c.i - 2]
                if g.head.i == c.i:
                    return actors.country_actor(g)
            return []  # "fired Iranian-made drones": the weapons are the user's (actors9)
        if n.lemma_.lower() not in TRADE_NOUNS:
            return []
        m = actors.name_at[c.i]
        if m is None or m.entry.kind != "bloc" or m.entry.code == "IGO" or m.end != c.i + 1:
            return []
        e = m.entry
        return [actors._make(c, m.start, e.name, e.code, None, e.sector, "org")]

    @staticmethod
    def _modifier_country(c, actors) -> list[Actor]:
        """The country named one step further in a noun modifier: "froze Venezuelan government
        assets", "sanctions against Russian diamond and metal exports" (the modifier "government",
        "diamond" names no one; its own demonym does) (targets6)."""
        if c.pos_ != "NOUN" or c.dep_ not in ("compound", "nmod"):
            return []
        for g in c.children:
            if g.dep_ in ("amod", "compound") and g.i < c.i and c.doc[g.i + 1].text != "-" \
                    and (found := actors.country_actor(g)):
                return found  # not "the Serb-majority north": the people living there
        return []

    def _implied_target(self, code: str, cand: Candidate, actors: DocActors) -> list[Actor]:
        """A target the clause implies without naming an actor: the place forces leave, or the
        actor's own country for acts that face inward."""
        if code[:3] == "087":
            return self._place_left(cand, actors)
        return self._home_target(code, cand, actors)

    def _place_left(self, cand: Candidate, actors: DocActors) -> list[Actor]:
        """'withdrew from the Kalbajar district', 'the withdrawal of its forces from the southern
        city of Kherson': the country of the place left, unless it is the actor's own."""
        own = {a.country for a in cand.source}
        heads = {cand.anchor.i, *(t.i for t in cand.trigger)}
        for t in window(cand.anchor, cand.anchor.i - WINDOW, cand.anchor.i + WINDOW):
            prep = t.head
            if t.dep_ != "pobj" or not (prep.lower_ == "from" or prep.lower_ == "of" and prep.head.lower_ == "out"):
                continue
            governor = prep.head.head if prep.lower_ == "of" else prep.head
            if governor.i not in heads:
                continue
            country = actors._described_place(t)
            if not country:
                # "from the west bank of the Dnipro river near Kherson", "from positions around
                # Kyiv": the place the left spot lies in or near (targets8)
                for d in t.subtree:
                    if d.dep_ == "pobj" and d.i != t.i and d.head.lower_ in PLACE_LEFT_CHAIN_PREPS \
                            and (country := actors._described_place(d)):
                        t = d
                        break
            if country and country not in own:
                return [Actor(t.text, actors.d.country_name(country), country, country, None,
                              t.idx, t.idx + len(t.text), "country")]
        return []

    def _home_target(self, code: str, cand: Candidate, actors: DocActors) -> list[Actor]:
        """The actor's own country, for acts that face inward when nobody else is named: a protest
        or strike ("Navalny went on hunger strike": RUS -> RUS), repression ("dismissed the prime
        minister"), a concession ("scrapped the fuel tax increase" after protests), and forces sent
        to a place at home ("deployed troops to Los Angeles")."""
        root = code[:2]
        if code[:3] in HOME_DEMAND_CODES and cand.source and all(a.sector in HOME_DEMAND_SECTORS for a in cand.source):
            pass  # "Correa demanded early elections", "the opposition called for reforms": of its own government (stories12)
        elif not code.startswith(INWARD_CODES):
            return []  # returning, releasing, easing sanctions or blockades, seizing a ship: towards others
        homes = {a.country for a in cand.source}
        if len(homes) != 1 or None in homes:
            return []
        home = homes.pop()
        if root == "15":
            place = self._place_actor(cand.anchor, None, actors)
            if place is None or place.code != home:
                return []
            cand.base_conf -= 0.05  # inferred, not named: as sure as an event with no target
            return [place]
        first = cand.source[0]
        cand.base_conf -= 0.05
        return [Actor(actors.d.country_name(home), actors.d.country_name(home), home, home, None,
                      first.start, first.end, "country")]

    def _condition_party(self, cand: Candidate, actors: DocActors) -> list[Actor]:
        """Whom a threat is aimed at when it names a condition: the doer of the "if"/"unless"
        clause ("threatened to pull its troops out if the UN published the report": the UN;
        "unless the salaries were paid by the African Union": the AU). Not the threatener itself
        ("will strike back if it is attacked")."""
        own = {a.code for a in cand.source} | {a.primary for a in cand.source}
        for head in dict.fromkeys([cand.anchor, *cand.trigger]):
            for c in head.children:
                if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children):
                    continue
                if is_passive(c):
                    doer = next((p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
                else:
                    doer = active_subject(c)
                found = actors.actors(doer) if doer is not None else []
                if found and not any(a.code in own or a.primary in own for a in found):
                    return found
        return []

    def _author_of(self, n, actors) -> list[Actor]:
        """Who noun n is by: "a proposal by Macron", "a resolution drafted by Algeria" (not "a
        truce brokered by Egypt": a mediator stands between the parties, see _mediated_parties)."""
        for c in n.children:
            by = [c] if c.dep_ == "prep" and c.lower_ == "by" else [
                a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" \
                and not self._mediating(c) else []
            for p in (p for b in by for p in b.children if p.dep_ == "pobj"):
                found = actors.actors(p)
                if found:
                    return found
        if n.lemma_.lower() in PATIENT_NOUNS:
            # "condemned the arrest of a man by Ukrainian border guards": the parser hangs the
            # act's "by" on the one it was done to; its doer still wrote the act (targets23)
            for c in n.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and actors.name_at[p.i] is None:
                            for b in p.children:
                                if b.dep_ == "prep" and b.lower_ == "by":
                                    found = [a for q in b.children if q.dep_ == "pobj" for a in actors.actors(q)]
                                    if found:
                                        return found
        return []

    def _violent_act_source(self, subj, actors) -> list[Actor]:
        """The doer of a violent act named as a verb's subject ("Israeli strikes", "Turkey's
        shelling"), as the noun event itself would give it; empty for other subjects."""
        entry = self._noun_entry(subj)
        if entry is None or entry.cameo[:2] not in ("18", "19", "20"):
            return []
        return [a for a in self._noun_source(subj, actors) if not actors.is_guess(a)]

    def _mediating(self, v) -> bool:
        """Does the lexicon code verb v ("brokered", "mediated") as mediation (045)?"""
        entry = self._entry(v)
        return entry is not None and (entry.cameo or "")[:3] == "045"

    def _mediated_parties(self, cand: Candidate, actors: DocActors) -> list[Actor]:
        """The parties of a mediation named by a participle: "Israel and Hamas agreed to a truce
        brokered by Egypt", "under a deal brokered by Qatar, Hamas released ...": the actors of
        the clause the brokered thing belongs to (its subject), or its "between" phrase."""
        v = cand.anchor
        if v.dep_ not in ("acl", "relcl") or v.head.pos_ not in ("NOUN", "PROPN"):
            return []
        thing = v.head
        found = self._between(thing, actors)
        if found:
            return found
        gov = thing.head
        if thing.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if gov.pos_ not in ("VERB", "AUX") or gov.i == thing.i:
            return []
        source, passive = self._source(gov, actors)
        return [] if passive else source

    def _coded_from_place(self, cand: Candidate) -> bool:
        """Events with nobody named that are still coded, from the country where they happened
        (as CAMEO coders do): violence by an unnamed perpetrator ("a roadside bomb killed three
        soldiers near Samarra"), a protest by nobody named ("protests spread to a dozen Kenyan
        towns"), a passive arrest or probe with no agent ("was arrested in Moscow")."""
        if cand.modality != "asserted":
            return False
        root = cand.cameo[:2]
        if root == "14":
            return cand.trigger[0].pos_ in ("NOUN", "PROPN") or self._crowd_subject(cand.anchor)
        if root == "17" or (root == "09" and self._names_a_probe(cand.anchor, cand.trigger)) \
                or cand.cameo == "115":  # "four journalists were charged with terrorism" (realnews19a)
            # ("Opposition leader Kem Sokha arrested for treason": a headline's passive (stories12))
            # (one subject: "Supporters of X, the mayor detained in ..., clashed" is a misread participle)
            return bool(cand.target) and (any(c.dep_ == "nsubjpass" for c in cand.anchor.children)
                                          or cand.anchor.lemma_.lower() in SENTENCE_RECEIVER_VERBS
                                          and cand.cameo[:3] == "173"  # "received a prison term" (realnews19a)
                                          or headline_passive(cand.anchor)
                                          and sum(c.dep_ == "nsubj" for c in cand.anchor.children) == 1)
        return root in ("18", "19", "20") and self._unnamed_perpetrator(cand.anchor)

    @staticmethod
    def _victims_home(cand: Candidate, actors) -> Actor | None:
        """An act told as a passive with no doer and no place is coded from the victims' own country,
        when they are all of one country, as it would be from the place it happened:
        - an arrest, sentence or ban (HOME_CUSTODY_CODES: 'Two Belarusian journalists were jailed on
          Sunday', 'Cambodian opposition leader Kem Sokha was arrested for treason'), unless one of
          them is a state's official, spy, soldier or business person, who may be held abroad
          (HELD_ABROAD_SECTORS: "a Chinese businessman was detained" names no one), and not one told
          of in a relative clause ('Ennahda, which was banned under the ousted president');
        - violence (18-20: 'Nigeria's information minister was stabbed', 'two Pakistani soldiers were
          killed') when they are officials, forces or politicians (VICTIM_COUNTRY_SECTORS), not
          civilians.
        That country, else None (realnews18a, realnews18b and stories12 found these in real news
        and whole stories)."""
        held = cand.target
        if not held or None in (homes := {a.country for a in held}) or len(homes) != 1:
            return None
        if cand.cameo[:3] in HOME_CUSTODY_CODES:
            abroad = CHARGED_ABROAD_SECTORS if cand.cameo[:3] == "115" else HELD_ABROAD_SECTORS
            if cand.anchor.dep_ in ("relcl", "acl") or any(a.sector in abroad for a in held):
                return None
        elif cand.cameo[:2] in ("18", "19", "20"):
            # (or an active verb whose subject is a weapon or attack no one is named for: "a roadside
            # bomb killed five soldiers", "an attack on a convoy killed 12 Nigerien soldiers" (odds18))
            if held[0].sector not in VICTIM_COUNTRY_SECTORS or not any(
                    c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and c.pos_ == "NOUN" and cand.anchor.dep_ == "ROOT"
                    and c.lemma_.lower() in VIOLENCE_NOUNS
                    # ("five soldiers died in the ambush": the dead are the ones hit (realnews19a))
                    or c.dep_ == "nsubj" and cand.anchor.lemma_.lower() in VICTIM_SUBJECT_VERBS
                    for c in cand.anchor.children):
                # (the news itself, not a clause telling what an answer followed: "after a suicide
                # bombing killed 40 police in Kashmir", whose bombers came from elsewhere)
                return None
        else:
            return None
        t = held[0]
        return Actor(t.text, actors.d.country_name(t.country), t.country, t.country, None, t.start, t.end, "country")

    @staticmethod
    def _home_passive_act(cand: Candidate) -> bool:
        """A state's own act told as a passive with no doer (HOME_PASSIVE_CODES: "the bill was
        suspended", "the ban was lifted", "he was charged with murder"), not in a relative clause
        ("Ennahda, which was banned under the ousted president"): coded from the story's country
        only (_story_home_place), never from a place the sentence names (realstory19)."""
        if cand.modality != "asserted" or cand.cameo[:4] not in HOME_PASSIVE_CODES and cand.cameo[:3] not in HOME_PASSIVE_CODES:
            return False
        v = cand.anchor
        return v.dep_ not in ("relcl", "acl") and any(c.dep_ == "nsubjpass" for c in v.children) \
            and not any(c.dep_ == "agent" for c in v.children)

    @staticmethod
    def _story_home_victim(cand: Candidate, actors) -> list[Actor]:
        """Violence (18-20) with a doer but no target or place ("IS claimed responsibility for all
        three attacks", "the group carried out two bombings") in a story about one country is
        aimed at that country (DocActors.story_home), as an attack named with its place is; not
        when the story's country is a state doer's own ("Russian jets struck targets" in a story
        about Russia). [] otherwise (realstory19)."""
        if cand.cameo[:2] not in ("18", "19", "20") or not cand.source:
            return []
        country = actors.story_home(cand.anchor)
        if country is None or any(s.country == country and s.sector not in NONSTATE_ARMED_SECTORS for s in cand.source):
            return []
        t = cand.anchor
        cand.base_conf -= 0.05  # inferred, not named
        return [Actor(t.text, actors.d.country_name(country), country, country, None, t.idx, t.idx + len(t.text), "country")]

    @staticmethod
    def _story_home_place(cand: Candidate, actors, own_act: bool = False) -> Actor | None:
        """An act coded from its place (_coded_from_place) whose sentence names no place and no
        victims' home is placed where the whole story is (DocActors.story_home): "The bill has
        drawn protests" in a story about Alabama, "a bomb killed two soldiers" in one about
        Kabul. Never in a story's first sentence; for a state's own act (own_act: _home_passive_act)
        only when every target is of that country (realstory19)."""
        country = actors.story_home(cand.anchor)
        if country is None or own_act and any(a.country != country for a in cand.target):
            return None  # (own_act: "sanctions on Iran were lifted" in a story about Washington is not its own act)
        t = cand.anchor
        return Actor(t.text, actors.d.country_name(country), country, country, None, t.idx, t.idx + len(t.text), "country")

    @staticmethod
    def _actors_through_quantities(subj, actors) -> list[Actor]:
        """'Hundreds of thousands of Ukrainians marched': the parser may hang the people two "of"
        phrases below the subject; the actors are theirs."""
        steps = 0
        while steps < 3 and (subj.pos_ == "NUM" or subj.lemma_.lower() in QUANTITY_WORDS):
            nxt = after_of(subj)
            if nxt is subj:
                return []
            subj, steps = nxt, steps + 1
            found = actors.actors(subj)
            if found:
                return found
        return []

    @staticmethod
    def _crowd_subject(v) -> bool:
        """Is v's subject a bare number of people ("Thousands took to the streets", "tens of
        thousands marched")? Such a protest is coded from its place, like a protest noun."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        steps = 0
        while subj is not None and steps < 3 and (subj.pos_ == "NUM" or subj.lemma_.lower() in QUANTITY_WORDS):
            nxt = after_of(subj)
            if nxt is subj:
                return True  # nothing after "of": the number is the crowd
            subj, steps = nxt, steps + 1
        return False

    def _route_place(self, v, actors: DocActors) -> Actor | None:
        """The place a march goes to or through ("took to the streets of Minsk", "marched
        through Yangon", "poured onto the squares of Tbilisi")."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "onto", "into", "through"):
                for p in c.children:
                    country = actors._described_place(p) if p.dep_ == "pobj" else None
                    if country:
                        return Actor(p.text, actors.d.country_name(country), country, country, None,
                                     p.idx, p.idx + len(p.text), "country")
        return None

    @staticmethod
    def _tail_place(v, actors: DocActors) -> Actor | None:  # realnews25 helper
        """A place set after a comma at the end of a headline or sentence, the parser hanging it on
        the verb ("Thousands march in anti-Brexit protest, London", "Police clash with students,
        Santiago"): where the act took place, as "in London" would say."""
        doc = v.doc
        _, end = sent_bounds(v)
        last = end - 1
        while last > v.i and (doc[last].pos_ in ("PUNCT", "SPACE") or doc[last].is_space):
            last -= 1
        c = doc[last]  # the phrase's last word, hung on the verb or on the verb's last noun ("against pension reform, Madrid")
        if last > v.i and v.is_ancestor(c):
            c = c.head if c.dep_ in ("compound", "amod") and c.head.i > c.i else c
            if c.dep_ not in ("npadvmod", "appos") or c.pos_ != "PROPN" or c.left_edge.i < 1 \
                    or doc[c.left_edge.i - 1].text != ",":
                return None
            country = actors._described_place(c)
            if country:
                return Actor(c.text, actors.d.country_name(country), country, country, None, c.idx, c.idx + len(c.text), "country")
        return None

    @staticmethod
    def _names_a_probe(anchor, trigger) -> bool:
        """'investigated', 'put under investigation' (investigation codes also cover questioning)."""
        return any(t.lemma_.lower() in PROBE_WORDS for t in trigger) or any(
            p.lemma_.lower() in PROBE_WORDS for c in anchor.children if c.dep_ == "prep" for p in c.children)

    def _unnamed_perpetrator(self, v) -> bool:
        """True when the clause names no doer or only a weapon/attack ("a roadside bomb killed",
        "were killed by an explosive device"); False for "the tsunami killed", "locusts invaded",
        and for harm in an accident ("nine passengers were hurt in the collision")."""
        if any(c.dep_ == "prep" and p.dep_ == "pobj" and p.lemma_.lower() in ACCIDENT_NOUNS
               for c in v.children for p in c.children):
            return False
        if v.lemma_.lower() in VICTIM_SUBJECT_VERBS:
            return True  # "five soldiers died in the ambush": the subject is the one hit (realnews19a)
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

    def _talk_partner(self, v, actors) -> list[Actor]:
        """A consultation held "in a phone call with X", "during talks with X", "at a meeting with
        X" is with X; what was discussed ("the war in Syria") is only the topic."""
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during", "at", "over", "on"):
                continue
            for p in c.children:
                lemma = p.lemma_.lower()
                if p.dep_ != "pobj" or (lemma not in TALK_NOUNS and lemma not in CONVERSATION_NOUNS):
                    continue
                for w in p.children:
                    if w.dep_ == "prep" and w.lower_ == "with":
                        entry = self._entry(v)
                        if entry is None or not (entry.cameo or "").startswith("04"):
                            return []
                        return [a for q in w.children if q.dep_ == "pobj" for a in actors.actors(q)]
        return []

    @staticmethod
    def _trip_partner(v, actors) -> list[Actor]:
        """Whom a trip is made to meet: "flew to Hanoi for a summit with Kim", "travelled to Geneva
        to meet Putin", "flew to Bali, where he met Xi" (targets11 helper). Only v's children and
        the venue's are read."""
        def with_pobj(n):
            return [a for w in n.children if w.dep_ == "prep" and w.lower_ == "with"
                    for q in w.children if q.dep_ == "pobj" for a in actors.actors(q)]

        def met(m):
            if m.lemma_.lower() not in TRIP_MEET_VERBS:
                # "where he held talks with Trump", "to hold a summit with Kim"
                return [a for o in m.children if o.dep_ == "dobj" and o.lemma_.lower() in TALK_NOUNS
                        for a in with_pobj(o)]
            return [a for o in m.children if o.dep_ == "dobj" for a in actors.actors(o)] or with_pobj(m)

        for c in v.children:
            dep = c.dep_
            if dep == "prep":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if c.lower_ == "for" and p.lemma_.lower() in TALK_NOUNS and (found := with_pobj(p)):
                        return found
                    for r in p.children:  # the venue "where he met Xi"
                        if r.dep_ == "relcl" and any(w.lower_ == "where" for w in r.children) and (found := met(r)):
                            return found
            elif dep in ("advcl", "xcomp") and not any(s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in c.children) \
                    and (found := met(c)):
                # (not "Kishida visits Kyiv as Xi meets Putin": a clause with a subject of its own
                # tells someone else's meeting, not what the trip is for) (types13)
                return found
        return []

    @staticmethod
    def _settled_country(n, actors, own: str) -> list[Actor]:
        """'raided Armenian homes in Baku', 'attacked Uzbek neighbourhoods in the city of Osh': a
        community's homes in a town of another country are that country's (an ethnic group takes
        the country it lives in). The parser often hangs the place on the verb."""
        near = list(n.children) + (list(n.head.children) if n.dep_ == "dobj" else [])
        for c in near:
            if c.dep_ != "prep" or c.lower_ not in ("in", "near", "around", "outside"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                named = [p] + [q for o in p.children if o.dep_ == "prep" and o.lower_ == "of"
                               for q in o.children if q.dep_ == "pobj"]  # "the city of Osh"
                for q in named:
                    found = actors.place_country(q)
                    if found and found[0].country != own:
                        return found
        return []

    @staticmethod
    def _leader_word(t) -> bool:
        """Is t the name before a hyphenated "led" ("US" in "the US-led coalition")?"""
        h = t.head
        return t.i < h.i and t.dep_ in ("npadvmod", "compound", "nmod", "amod", "advmod") \
            and h.dep_ == "amod" and (h.lemma_.lower() in LEADER_PARTICIPLES or h.lower_ in LEADER_PARTICIPLES) \
            and h.i < h.head.i

    @staticmethod
    def _led_by(n, actors) -> list[Actor]:
        """Who leads the war, force or mission n: "refused to back the US-led invasion of Iraq",
        "declined to join the French-led campaign" (the US, France: not the place it is in or
        against). A force that is an actor itself ("the Saudi-led coalition") is left to be one."""
        if n.i in actors.actors_at:
            return []
        for c in n.children:
            if c.dep_ == "amod" and c.i < n.i and (c.lemma_.lower() in LEADER_PARTICIPLES or c.lower_ in LEADER_PARTICIPLES):
                for g in c.children:
                    if RoleFinder._leader_word(g):
                        found = actors.actors(g) or actors.country_actor(g)
                        if found:
                            return found
        return []

    @staticmethod
    def _in_label(t, anchor, trigger) -> bool:  # stories8 helper
        """Is t inside the 'as' label a verb of judging puts on its object ("condemned the killing
        as an aggression against Iraq and a breach of its sovereignty")? Whom the label says was
        wronged is the victim, not the one condemned."""
        heads = {anchor.i, *(x.i for x in trigger)}
        x = t
        for _ in range(5):
            if x.dep_ in ("pobj", "conj") and x.head.i != x.i:
                if x.dep_ == "pobj" and x.head.lower_ == "as" and x.head.head.i in heads:
                    return x.i != t.i
                x = x.head
            elif x.dep_ in ("prep", "poss") and x.head.i != x.i:
                x = x.head
            else:
                return False
        return False

    @staticmethod
    def _flight_clause(v) -> bool:
        """Is v the flight of a launched weapon told in a relative clause of the launch's object
        ('fired a missile that flew over Japan and fell into the sea')? (targets12)"""
        if v.dep_ == "conj":
            v = v.head
        return v.dep_ == "relcl" and v.lemma_.lower() in FLIGHT_VERBS and v.head.dep_ == "dobj" \
            and v.head.head.pos_ == "VERB"

    @staticmethod
    def _off_target_flight(t, anchor) -> bool:
        """Does t lie on the flight path of the weapon anchor launched, not where it hit: 'flew
        over Japan', 'dropped into Japan's economic zone west of Hokkaido' (only 'landed in
        Israeli towns', a place hit, names a target)? (targets12)"""
        hit = water = False
        for _ in range(8):
            h = t.head
            if h.i == t.i:
                return False
            water = water or t.lemma_.lower() in TEST_SHOT_LANDINGS or t.lemma_.lower() in COMPASS_WORDS  # ("zone west of Hokkaido")
            if t.dep_ == "pobj":
                hit = h.lower_ in ("in", "on", "into", "at") and h.head.pos_ == "VERB" and not water
            if h.pos_ == "VERB" and h.lemma_.lower() in FLIGHT_VERBS and RoleFinder._flight_clause(h):
                obj = h.head.head if h.dep_ == "conj" else h.head
                return obj.head.i == anchor.i and not hit
            t = h
        return False

    @staticmethod
    def _later_actor(cand: Candidate, actors: DocActors) -> list[Actor]:
        """Last resort: the first actor after the trigger inside the event's own clause
        (never in the attribution: "…, officials in Nairobi said" lies outside it)."""
        anchor = cand.anchor
        after = max(t.i for t in cand.trigger)
        source_codes = {a.code for a in cand.source}
        source_starts = {a.start for a in cand.source if a.start >= 0}
        meeting = cand.cameo[:2] == "04" and cand.cameo[:3] not in ("042",) or RoleFinder._venue_act(cand.cameo)
        own_clauses = None  # made when a word naming an actor first asks (none in most windows) (perf13a)
        fallback: list[Actor] = []
        guessed: list[Actor] = []
        actors_at = actors.actors_at
        for t in window(anchor, after + 1, after + WINDOW):
            if not actors_at.get(t.i) and not RoleFinder._leader_word(t):
                continue  # names no actor: every test below would end in nothing found
            if t.i <= after or t.dep_ in ("nsubj", "nsubjpass") and t.head.i == anchor.i:
                continue
            if t.idx in source_starts:
                continue  # the source's own mention read again: "criticism from Brussels" is the EU's, not Belgium (targets16)
            if own_clauses is None:
                own_clauses = RoleFinder._other_clauses(anchor) + RoleFinder._speech_participles(anchor) \
                    + RoleFinder._reaction_participles(anchor) + RoleFinder._voiced_reactions(anchor) \
                    + RoleFinder._absolute_with_clauses(anchor) + RoleFinder._subjected_clauses(anchor)
            if any(lo <= t.i <= hi for lo, hi in own_clauses):
                continue
            if RoleFinder._in_summary_comment(t, anchor):
                continue  # "sent warships, a decision criticised by Washington": the critic, no target (odds5)
            if t.dep_ in NAME_PARTS and t.head.i in actors.actors_at:
                continue
            if RoleFinder._free_relative_speaker(t):
                continue  # "struck what New Delhi said was a camp in Pakistan": New Delhi only says so
            first = conj_root(t)  # "brokered by Russia and the United Nations": the UN too
            if first.dep_ == "pobj" and (first.head.lower_ in NON_TARGET_PREPS or first.head.dep_ == "agent"):
                continue  # "said at a press conference", "released by Russia": not targets
            if RoleFinder._in_lapse(t):
                continue  # "hailed it as historic four months into Russia's invasion": a date (wire25)
            if first.dep_ == "pobj" and first.head.lower_ == "from" and first.head.head.lemma_.lower() in PRESSURE_NOUNS \
                    and cand.cameo[:2] != "12":
                # "lifted the blockade under pressure from Washington": who moved it, no target; a refusal
                # "defying demands from the EU" is aimed at the demanders (targets14)
                continue
            if t.i > anchor.i + 2 and RoleFinder._off_target_flight(t, anchor):
                continue  # "fired a missile that fell into Japan's economic zone": its path, no target (targets12)
            if cand.cameo[:2] in ("11", "12") and RoleFinder._in_label(t, anchor, cand.trigger):
                continue  # "condemned the killing as an aggression against Iraq": the label's victim (stories8)
            if RoleFinder._absolute_with(t):
                continue  # ", with officials saying ...": circumstances (realnews8)
            if RoleFinder._in_means(t, anchor):
                continue  # "struck the depot using two missiles": the means, not the target
            if meeting and t.dep_ in ("poss", "pobj") and (p := RoleFinder._apposed_place(t)) is not None \
                    and RoleFinder._phrase_of(p.head.head, {anchor.i, *(x.i for x in cand.trigger)}):
                continue  # "met in Astana, Kazakhstan's capital", "in Munich, a city in Germany": where again (realfix19)
            if meeting and t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near") and \
                    RoleFinder._phrase_of(t.head.head, {anchor.i, *(x.i for x in cand.trigger)}):
                # "met in Beijing", "resumed negotiations in Kinshasa": where, not with whom; also
                # at the end of the object's phrase ("reached a deal with world powers in Vienna")
                continue
            if t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in BROKER_PARTICIPLES \
                    and cand.cameo[:2] in ("03", "05", "08"):
                continue  # "agreed to a US-brokered ceasefire": the mediator, not the other side (targets8)
            if t.pos_ == "NOUN" and t.i in actors.actors_at:
                place = RoleFinder._named_place_of(t, actors.actors_at[t.i], actors)
                if place is not None:  # "the UN safe area of Srebrenica": the place, not the UN
                    if place:
                        return place[:1]
                    continue
            named = actors.actors_at.get(t.i, []) or (actors.country_actor(t) if RoleFinder._leader_word(t)
                                                        and t.head.head.i not in actors.actors_at else [])
            found = [a for a in named if a.code not in source_codes
                     and not own_possession(a, cand.source, t.doc)]
            if t.dep_ == "nsubj" and t.head.i != anchor.i and (cand.cameo[:2] in ("11", "12") or t.head.dep_ == "advcl"
                                                                and any(a.i == anchor.i for a in t.head.ancestors)):
                # "the embassy said the decision was regrettable and that Moscow would respond":
                # its own capital speaking in another clause is no one it criticises (stories8);
                # nor is it the one hit in a clause on the act ("Russian missiles struck Odesa's
                # port, days after Moscow quit the grain deal": targets25)
                found = [a for a in found if not (a.kind == "country" and not a.sector
                                                  and any(a.primary == (s.country or s.primary) for s in cand.source))]
            if found and (where := border_place(t)) is not None:
                # "camps near the Thai border": the place locates the act; it is the target only
                # when nothing else in the clause is one, and then never the far side of a border
                # whose owner is named ("villages near Macedonia's border with Bulgaria")
                if not far_side(t):
                    fallback = fallback or RoleFinder._demonym_place_near(t, actors) or found[:1]
                continue
            if found and all(actors.is_guess(a) for a in found):
                # "launched mortar fire against Kampuchean guerrilla camps": a weapon or unit whose
                # country was only guessed yields to an actor the clause names
                guessed = guessed or found[:1]
                continue
            if found and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-" and t.doc[t.i + 2].lower_ in BACKER_PARTICIPLES:
                # "struck targets belonging to Iran-backed militias in Iraq and Syria": the backer
                # only describes the group hit, which the clause names next (targets22)
                guessed = guessed or found[:1]
                continue
            if found:
                if t.dep_ == "pobj" and any(c.dep_ == "conj" for c in t.children):
                    # "recalled its ambassadors to the US and Australia": each listed side (targets12)
                    more = [a for c in t.conjuncts if c.i > t.i for a in actors_at.get(c.i, [])[:1]
                            if a.code not in source_codes and a.code != found[0].code]
                    return found[:1] + more
                return found[:1]
        return guessed or fallback

    @staticmethod
    def _in_lapse(t) -> bool:
        """Does t lie in the object of a time lapse's "into" ("four months into Russia's invasion",
        "two years into the war with Russia") or owns the object of a "since" that dates by an act
        ("the first since Russia's invasion"; not "since the accord between Macedonian and Albanian
        parties", whose parties may be acted on), a few heads up? (wire25)"""
        cur = t
        for _ in range(5):
            if cur.dep_ == "pobj" and (elapsed_into(cur.head) or cur.head.lower_ == "since" and t.head.i == cur.i
                                       and t.dep_ in ("poss", "compound", "amod")):
                return True
            if cur.head.i == cur.i or cur.pos_ == "VERB":
                return False
            cur = cur.head
        return False

    @staticmethod
    def _apposed_place(t):
        """The 'in'/'at' object a country word describes from an apposition after it ("in Astana,
        Kazakhstan's capital", "in Munich, a city in Germany"), else None (realfix19)."""
        h = t.head
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "of"):
            h = t.head.head  # "a city in Germany"
        if h.dep_ != "appos" or h.pos_ != "NOUN":
            return None
        p = h.head
        return p if p.dep_ == "pobj" and p.head.lower_ in ("in", "at", "near") else None

    @staticmethod
    def _demonym_place_near(t, actors) -> list[Actor]:
        """The country a demonym gives the place noun a border phrase locates: "landed in Israeli
        towns near the Gaza border", "hit Ukrainian cities near the Polish border" (Israel,
        Ukraine); the border only says where those towns lie (targets13)."""
        b = t.head if t.dep_ in ("poss", "compound", "amod", "nmod") else t.head.head
        prep = b.head
        if b.dep_ != "pobj" or prep.dep_ != "prep":
            return []
        place = prep.head
        if place.pos_ == "VERB":  # "hit Ukrainian cities near the Polish border": "near" hangs on the verb
            place = next((o for o in place.children if o.dep_ == "dobj"), place)
        if place.pos_ != "NOUN" or place.lemma_.lower() not in PLACE_NOUNS:
            return []
        for c in place.children:
            if c.dep_ == "amod" and c.i < place.i:
                m = actors.name_at[c.i]
                if m is not None and m.entry.kind in ("demonym", "country") and m.entry.country:
                    iso = m.entry.country
                    return [Actor(c.text, actors.d.country_name(iso), iso, iso, None, c.idx, c.idx + len(c.text), "country")]
        return []

    @staticmethod
    def _phrase_of(h, heads: set) -> bool:
        """Is h one of heads, or a noun inside the prepositional chain of one ("a deal with world
        powers": powers is in the phrase of deal)? Three steps at most (targets8 helper)."""
        for _ in range(4):
            if h.i in heads:
                return True
            if h.dep_ in ("pobj", "conj") and h.head.dep_ in ("prep", "cc") or h.dep_ == "conj":
                h = h.head.head if h.dep_ == "pobj" else h.head
            else:
                return False
        return False

    @staticmethod
    def _subjected_clauses(anchor) -> list[tuple[int, int]]:
        """Token ranges of the clauses hung on the anchor by "while" (SIDE_CLAUSE_MARKS) that have a
        subject of their own ("seized power while the prime minister was in New York"): their actors
        and places belong to their own act, not the anchor's (wire11)."""
        return [(c.left_edge.i, c.right_edge.i) for c in anchor.children
                if c.dep_ == "advcl" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and any(g.dep_ == "mark" and g.lower_ in SIDE_CLAUSE_MARKS for g in c.children)]

    @staticmethod
    def _absolute_with_clauses(anchor) -> list[tuple[int, int]]:
        """Token ranges of an absolute 'with' clause set off by a comma after the act (', with
        officials calling it a police action', ', with Olmert calling the capture an act of war'):
        it tells circumstances, and nothing it names is the act's target (_absolute_with covers its
        subject only). Not the clause the anchor itself is in (wire10)."""
        out = []
        doc, table = anchor.doc, token_table(anchor.doc)
        lower, deps, texts = table.lower, table.dep, table.text
        for i in range(anchor.i + 1, sent_bounds(anchor)[1]):
            if lower[i] != "with" or deps[i] != "prep" or texts[i - 1] != ",":
                continue  # (plain strings: a Token only for the few candidates)
            p = doc[i]
            if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" and any(g.dep_ == "nsubj" for g in c.children)
                       for c in p.children):
                continue
            lo, hi = p.left_edge.i, p.right_edge.i
            if not lo <= anchor.i <= hi:
                out.append((lo, hi))
        return out

    @staticmethod
    def _voiced_reactions(anchor) -> list[tuple[int, int]]:
        """Token ranges of a clause of speaking out set after the act by "as", "while" or "whereas"
        (', with Turkish jets striking the town, as the European Union demanded that Ankara halt the
        operation', 'pounded Khan Younis, as the UN urged both sides to show restraint'): the speaker
        reacts to the act and whom it addresses is its own business, not the act's target (wire10)."""
        out = []
        doc, table = anchor.doc, token_table(anchor.doc)
        pos, lemmas = table.pos, table.lemma
        for i in range(anchor.i + 1, sent_bounds(anchor)[1]):
            if pos[i] != "VERB" or lemmas[i].lower() not in VOICED_REACTION_VERBS:
                continue  # (plain strings: a Token only for the few candidates)
            v = doc[i]
            if any(c.dep_ == "mark" and c.lower_ in ("as", "while", "whereas") for c in v.children) \
                    and any(c.dep_ == "nsubj" for c in v.children):
                out.append((v.left_edge.i, v.right_edge.i))
        return out

    @staticmethod
    def _free_relative_speaker(t) -> bool:
        """Is t the subject of a verb that labels a free relative ("struck what New Delhi said was a
        training camp", "bombed what Islamabad called militant hideouts", "shelled what the rebels
        described as army posts")? The speaker names the thing hit; it is not hit (targets5)."""
        v = t.head
        if t.dep_ != "nsubj" or v.lemma_.lower() not in LABELLING_VERBS:
            return False
        if v.dep_ == "relcl":
            return True  # "bombed a compound that Islamabad said was a hideout": a relative clause too (actors7)
        for c in v.children:
            if c.lower_ == "what" and c.dep_ in ("dobj", "nsubj"):
                return True
            if c.dep_ == "ccomp" and any(g.lower_ == "what" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return True
        return False

    @staticmethod
    def _in_means(t, anchor) -> bool:
        """Is t inside a 'using ...' participle of the clause ("struck the base using missiles
        fired from warships")?"""
        cur, steps = t, 0
        while cur.i != cur.head.i and cur.i != anchor.i and steps < 8:
            if cur.lemma_.lower() == "use" and cur.tag_ == "VBG" and cur.dep_ in ("acl", "advcl"):
                return True
            cur, steps = cur.head, steps + 1
        return False

    @staticmethod
    def _other_clauses(anchor) -> list[tuple[int, int]]:
        """Token ranges of the verbs conjoined to an anchor that has an object of its own
        ("condemned the raid and urged Washington to act": Washington is whom the urging is aimed
        at, not the condemning). Without its own object the anchor shares the conjunct's ("stormed
        and looted a UN base": the base is both verbs'), nor when a preposition waits for the
        conjunct's object ("set up links with and built a consulate in Lima")."""
        # a conjoined clause with its own subject is never the anchor's (", and the United States
        # blamed Russia" after "an aid convoy was bombed near Aleppo") (targets8)
        own_subject = [(c.left_edge.i, c.right_edge.i) for c in anchor.children
                       if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > anchor.i
                       and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)]
        objs = [c for c in anchor.children if c.dep_ == "dobj"]
        if not objs:
            return own_subject
        if any(c.dep_ == "prep" and not any(p.dep_ == "pobj" for p in c.children)
               for h in (anchor, *objs) for c in h.children):
            return own_subject
        return [(c.left_edge.i, c.right_edge.i) for h in (anchor, *objs) for c in h.children
                if c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX") and h is anchor or c.pos_ in ("NOUN", "PROPN") and any(
                    m.dep_ == "amod" and verb_read_as_conj_modifier(m) is not None for m in c.children))]
        # ("and convened G7 leaders" read as a modifier of a noun joined to the anchor or its object, odds14)

    @staticmethod
    def _venue_act(cameo: str) -> bool:
        """Acts done somewhere rather than to a place: intent to meet or negotiate (036, 0356)
        and signing an agreement (057) name a venue with "in"/"at" ("agreed to meet again in
        Nairobi", "signed a truce in Pretoria"), not a target; so is agreeing to a prisoner swap
        ("agreed to a prisoner swap in Turkey": where, odds10)."""
        return cameo[:3] in ("036", "057") or cameo[:4] == "0356" or cameo[:4] == "0353"

    @staticmethod
    def _speech_participles(anchor) -> list[tuple[int, int]]:
        """Token ranges of a participle reporting speech hung on the anchor ("criticised the
        strikes, saying Moscow had not been consulted"): what is said there names no target of
        the anchor."""
        return [(c.left_edge.i, c.right_edge.i) for c in anchor.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and any(g.dep_ == "ccomp" for g in c.children)]

    @staticmethod
    def _reaction_participles(anchor) -> list[tuple[int, int]]:
        """Token ranges of a participle telling others' reaction to the anchor's act ("visited the
        Yasukuni shrine, drawing a protest from South Korea", "..., prompting Japan to lodge a
        protest"): the ones reacting there are not whom the act was aimed at."""
        # (also on the anchor's own infinitive: "refused to let the ship dock, prompting France to
        # take it in", where the parser hangs the participle on "let" (targets16))
        heads = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp" and c.tag_ == "VB")]
        return [(c.left_edge.i, c.right_edge.i) for h in heads for c in h.children
                if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                and c.lemma_.lower() in REACTION_VERBS | CAUSE_VERBS]

    @staticmethod
    def _place_actor(anchor, sent, actors: DocActors) -> Actor | None:
        # the words of the window and of the sentence around the anchor, in that order; only a
        # pobj is read by the first loop and only these labels by the second, so a Token is made
        # only for those (the labels from the plain column: perf14)
        doc, deps = anchor.doc, token_table(anchor.doc).dep
        first, stop = max(anchor.left_edge.i, anchor.i - WINDOW), min(anchor.right_edge.i, anchor.i + WINDOW) + 1
        near = [doc[k] for k in range(first, stop) if deps[k] in _NEAR_PLACE_DEPS]  # (= window(anchor, ...))
        if sent is not None:
            span = getattr(sent, "sent", sent)
            near += [doc[k] for k in range(max(span.start, anchor.i - WINDOW), min(span.end, anchor.i + WINDOW + 1))
                     if deps[k] in _NEAR_PLACE_DEPS]
        # "seized power while the premier was in New York", "raided monasteries, as the US called on ..."
        # "held a military parade, prompting Seoul to raise its alert level": the reactor is no place
        side = RoleFinder._subjected_clauses(anchor) + RoleFinder._voiced_reactions(anchor) \
            + RoleFinder._reaction_participles(anchor)
        # "North Korea, which has supplied Russia with shells, fired two missiles": the subject's
        # relative clause tells about the doer, it names no place of the act (targets11)
        side += [(r.left_edge.i, r.right_edge.i) for s in anchor.children if s.dep_ in ("nsubj", "nsubjpass")
                 for r in s.children if r.dep_ == "relcl"]
        for t in near:
            if side and any(lo <= t.i <= hi for lo, hi in side):
                continue
            if t.dep_ == "pobj" and (t.head.lower_ in ("in", "near", "outside", "at", "inside", "around", "off", "into", "across", "of")
                                     or t.head.lower_ == "on" and t.lemma_.lower() in PLACE_HEADS):
                # ("on the Indonesian island of Bali": a place noun only, not "blame on the Kremlin", wire11)
                if t.head.lower_ == "of" and t.head.head.lemma_.lower() not in PLACE_HEADS and not (
                        t.lemma_.lower() in PLACE_HEADS and t.head.head.lower_ in QUANTITY_WORDS) \
                        and t.head.head.lemma_.lower() not in VIOLENCE_NOUNS:  # ("in Syrian shelling of Homs": targets25)
                    continue  # (but "in dozens of Iranian cities": the cities counted are the place (realfix19))
                if t.i > anchor.i + 2 and RoleFinder._off_target_flight(t, anchor):
                    continue  # "fired a missile that flew over Japan": its path, not the place hit (targets12)
                place = actors.place_at(t)
                if place is None and located_border(t) and (owner := border_owner(t)) is not None \
                        and actors.country_actor(owner):
                    # "villages near Macedonia's border with Bulgaria": the owner's side, unless
                    # the villages are named by their own demonym ("Ukrainian cities near the
                    # Polish border", targets13)
                    own = RoleFinder._demonym_place_near(owner, actors)
                    place = (t.text, own[0].country if own else actors.country_actor(owner)[0].country, None)
                if place is None and t.lemma_.lower() in FOREIGN_POST_NOUNS and t.head.lower_ in ("in", "inside"):
                    # "was killed inside the Saudi consulate in Istanbul": on the premises of the
                    # state that holds them, not in the host country (actors9)
                    owner = next((a for c in t.children if c.dep_ in ("amod", "compound", "poss")
                                  for a in actors.country_actor(c)), None)
                    if owner is not None and owner.country:
                        return Actor(owner.text, actors.d.country_name(owner.country), owner.country, owner.country,
                                     None, owner.start, owner.end, "country")
                if place is None and t.lemma_.lower() not in FOREIGN_POST_NOUNS and t.lemma_.lower() not in VIOLENCE_NOUNS:
                    # "the Iraqi city of Basra", "the town of Samarra" ("the Ecuadorian embassy in
                    # London" is not in Ecuador: the place after it is tried next, actors5); an
                    # attack's demonym is its doer's, no place ("wounded in Russian shelling": targets25)
                    for c in t.children:
                        if c.dep_ in ("amod", "compound") and actors.country_actor(c):
                            country = actors.country_actor(c)[0].country
                            place = (t.text, country, None)
                            break
                if place is not None and place[1]:
                    name, country, _ = place
                    return Actor(name, actors.d.country_name(country), country, country, None,
                                 t.idx, t.idx + len(t.text), "country")
        for t in (doc[k] for k in range(first, stop) if deps[k] in _PLACE_WORD_DEPS):
            # "seized the Zaporizhzhia nuclear plant", "killed farmers in Borno state", "Kherson was
            # shelled by Russian forces" (a passive subject the tagger read as a person, targets12)
            if t.dep_ == "advmod" and t.head.i == anchor.i and t.i == anchor.i + 1 and (country := actors.misread_town(t)):
                # "Russian forces shelled Bakhmut overnight": the town the tagger read as an adverb (odds11)
                return Actor(t.text, actors.d.country_name(country), country, country, None,
                             t.idx, t.idx + len(t.text), "country")
            if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "pobj", "dobj", "nsubjpass") and not far_side(t) \
                    and (t.dep_ != "nsubjpass" or any(c.dep_ == "agent" for c in anchor.children)) \
                    and t.text[:1].isupper():  # "torched metro stations": a lowercase word is no town (targets8)
                if side and any(lo <= t.i <= hi for lo, hi in side):
                    continue
                if RoleFinder._in_summary_comment(t, anchor):
                    continue  # "..., a decision criticised by Washington": the critic, no place (odds5)
                if t.i > anchor.i + 2 and RoleFinder._off_target_flight(t, anchor):
                    continue  # "a missile that flew over Japan" (targets12)
                if t.i <= actors.dateline_end:
                    continue  # "SEOUL - North Korea test-fired a missile": where the story was filed (odds11)
                m = actors.name_at[t.i]
                if m is not None and t.dep_ == "compound" and actors.name_at[t.head.i] is m \
                        and t.head.dep_ in ("nsubj", "nsubjpass"):
                    continue  # "North Korea test-fired a missile": the doer's own name is no place (types11)
                if m is not None and m.entry.kind == "org":
                    continue  # "the UN safe area": the UN is no town (there is an Indian town 'Un')
                if t.ent_type_ == "NORP" or m is not None and m.entry.kind in ("demonym", "people"):
                    continue  # "the Thai military": a people's name is no town (there is a Malaysian 'Thai')
                place = actors.place_at(t)
                if place is not None and place[1]:
                    name, country, _ = place
                    return Actor(name, actors.d.country_name(country), country, country, None,
                                 t.idx, t.idx + len(t.text), "country")
        return None

    @staticmethod
    def _mutual_act(code: str) -> bool:
        """Is the CAMEO code an act two sides do together (meet, negotiate, agree to cooperate or
        restore ties, sign an accord, cooperate), not one done for a third party (aid, a visit)?"""
        return code[:3] in MUTUAL_CODES or code[:2] == "06" or code == "0356"  # "agreed to a ceasefire" (targets8)

    @staticmethod
    def _exchanged(cand) -> bool:
        """'Russia and Ukraine swapped 270 prisoners', 'the two Koreas exchanged artillery fire':
        two or more sides doing an act of giving each other the same thing (stories4 helper)."""
        return len({a.primary for a in cand.source}) > 1 and RoleFinder._exchange_verb(cand.anchor)

    @staticmethod
    def _reciprocal(v) -> bool:
        lo, hi = max(v.left_edge.i, v.i - WINDOW), min(v.right_edge.i, v.i + WINDOW) + 1  # (= window(v, ...))
        words = token_table(v.doc).lower[lo:hi]  # the forms from the plain column (perf14)
        return any(words[i:i + 2] in (["each", "other"], ["one", "another"]) for i in range(len(words) - 1)) \
            or RoleFinder._exchange_verb(v) or RoleFinder._fought_each_other(v)

    @staticmethod
    def _fought_each_other(v) -> bool:
        """"Chinese and Indian troops fought a battle in the Galwan valley": two sides fighting with
        no side fought named (asked only when no target was found) fight each other; not "fought
        alongside", "fought side by side" or "fought with" a partner (wire25)."""
        return v.pos_ == "VERB" and v.lemma_.lower() in FOUGHT_EACH_OTHER and not any(
            c.dep_ in ("prep", "advmod") and c.lower_ in ("alongside", "with", "beside", "together")
            and (c.lower_ != "with" or RoleFinder._with_names_partner(c)) for c in v.children) \
            and not any(c.dep_ == "npadvmod" and c.lower_ == "side" for c in v.children)

    @staticmethod
    def _exchange_verb(v) -> bool:
        """Is v a verb two sides do to each other without saying so ("Israel and Hamas exchanged
        fire", "Iran and Iraq swapped prisoners", "Indian and Chinese troops clashed"), with no
        "with" partner of its own? targets3 helper"""
        # ("completed a prisoner exchange", "carried out a swap": the act as a light verb's object, odds11)
        return v.pos_ == "VERB" and (v.lemma_.lower() in EXCHANGE_VERBS or any(
            c.dep_ == "dobj" and c.lemma_.lower() in EXCHANGE_NOUNS for c in v.children)) \
            and not any(c.dep_ == "prep" and c.lower_ == "with" and RoleFinder._with_names_partner(c) for c in v.children)

    @staticmethod
    def _with_names_partner(c) -> bool:
        """Does the "with" c name a partner, not open an absolute clause (", with Trump accusing his
        guest of ...": a subject and a participle, no object)? (wire25)"""
        return not any(g.dep_ == "pcomp" for g in c.children) or any(g.dep_ == "pobj" for g in c.children)


# stories2 helper: acts two named sides do with each other ("met", "held talks", "agreed to
# restore relations", "signed an accord"); an aid pledge or a visit has a third party as target
MUTUAL_CODES = frozenset({"030", "031", "032", "036", "037", "040", "041", "044", "046", "050", "057"})
# targets3 helper: codes of acts done to one's own measure or force ("the blockade was tightened",
# "sanctions were eased"), unlike reactions to another's act (praise, rejection, demands met: 083)
OWN_ACT_CODES = ("081", "085", "087", "15", "16", "17", "18", "19", "20")
