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

from bisect import bisect_left
import hashlib
from dataclasses import dataclass, field, replace

from tacitus.actors.resolver import DocActors
from tacitus.actors.resolver_words import state_owned
from tacitus.events.lexicon import Lexicon, NounEntry, VerbEntry
from tacitus.events.modality import (
    demand_words, durative_background, long_after_background, modality as clause_modality,
    obituary_background, _main_verb,
)
from tacitus.events.modality import aside_background  # stories3 helper
from tacitus.events.modality import PENDING_MARKS, CONDITION_MARKS  # targets9 helper
from tacitus.events.modality import FUTURE_AUX, WOULD_AUX  # types25 helper
from tacitus.events.modality import HYPOTHETICAL_AUX  # odds26 helper
from tacitus.events.words import FORECAST_VERBS, COST_VERBS  # odds26 helper
from tacitus.events.modality import dated_noun_event, market_background  # noevent4 helper
from tacitus.events.modality import days_after_in_story  # stories24 helper
from tacitus.events.modality import scheduled_or_spanned  # noevent5 helper
from tacitus.events.ontology import Ontology
from tacitus.nlp import heads_of_dep, heads_of_words  # perf9
from tacitus.nlp import sent_bounds  # perf14: Token.sent rescans the sentence
from tacitus.nlp import quote_positions  # perf15
from tacitus.nlp import token_table  # odds23 helper
from tacitus.model import Actor, Event
from tacitus.actors.resolver_words import STATE_SECTORS  # targets7 helper
from tacitus.actors.resolver_words import BACKER_PARTICIPLES  # realfix21 helper
from tacitus.actors.resolver_words import SAID_OF_VERBS  # quotes25 helper
from tacitus.events.words import HELPED_SIDE_VERBS  # realfix21 helper
from tacitus.events.words import HAUL_NOUNS, RECKONING_VERBS, WATCH_MARKS  # odds23 helpers
from tacitus.events.words import MARKET_SENSE_NOUNS  # targets14 helper
from tacitus.events.words import ENTITLEMENT_NOUNS  # types25 helper
from tacitus.events.words import DISINTEREST_VERBS  # odds13 helper
from tacitus.events.words import ATTEMPT_VERBS  # odds15 helper
from tacitus.events.words import WARNING_VERBS  # types24 helper
from tacitus.events.words import INSCRIPTION_NOUNS, FORCE_PARTICIPLES  # realnews24 helper
from tacitus.events.words import LEGAL_APPEAL_VERBS, RULING_NOUNS  # realnews25 helper
from tacitus.events.words import SEQUENCE_ADVERBS  # odds25 helper
from tacitus.events.words import SIGNED_INSTRUMENTS, HOSTILE_INSTRUMENT_ROOTS, RELIEF_CRAFT  # wire25 helper
from tacitus.events.words import COURT_CODES, DEMAND_CONTENT_NOUNS, ORDER_VERBS, POINTING_PRONOUNS, REMAND_VERBS, RETALIATION_WORDS, TALK_PURPOSE_VERBS  # odds9, stories10 helpers
from tacitus.events.words import TRIAL_NOUNS, TRIAL_VERBS  # realfix20 helper
from tacitus.events.words import CAUSATIVE_VERBS, PAYBACK_VERBS  # stories10 helper
from tacitus.events.words import PROMISE_AUX, PROMISED_PAYBACK_ROWS, QUOTED_SELF_WORDS, REPLY_MANNER_NOUNS  # quotes24 helper
from tacitus.events.words import SITUATION_NOUNS  # realnews19b helper
from tacitus.events.words import VERDICT_VERBS, FRUITLESS_END_VERBS, DEAL_NOUNS, SUMMARY_ACT_NOUNS  # odds5 helper
from tacitus.events.words import ENDED_FIGHT_VERBS, ENDED_FIGHT_NOUNS, HALT_NOUNS, RISK_NOUNS, TOLL_ACT_NOUNS, COUNT_NOUNS  # articles26 helper
from tacitus.events.words import VERDICT_ADJECTIVES, PRIVATE_ATTACKER_SECTORS  # realstory19 helper
from tacitus.events.words import INFINITIVE_INTENT_VERBS, PERMISSION_VERBS, UNBOUND_VERBS  # noevent4 helper
from tacitus.events.words import REFERRED_ACT_ROOTS  # lead, session 10
from tacitus.events.words import ASKING_ROOTS  # realfix19 helper
from tacitus.events.words import DEFIANCE_PARTICIPLES, REFERRED_ACT_DETS  # stories7 helper
from tacitus.events.words import ATTRIBUTION_VERBS  # stories8 helper
from tacitus.events.words import MODIFIED_WORKER_HEADS, NOUN_MODIFIER_VERBS, TRUCE_STATE_VERBS  # stories12 helper
from tacitus.events.words import FLIGHT_VERBS  # targets12 helper
from tacitus.events.words import BAN_VERBS, PROVOKE_VERBS  # realnews8 helper
from tacitus.events.words import TRADE_FLOW_VERBS  # actors19 helper
from tacitus.events.words import VIOLENCE_NOUNS  # actors26 helper
from tacitus.events.words import CAPTIVE_WORDS  # odds2 helper
from tacitus.events.words import MOURNING_WORDS, PHONE_CALL_VERBS, STRIKE_WEAPON_WORDS  # odds12 helper
from tacitus.events.words import NO_TOLERANCE_VERBS  # odds14 helper
from tacitus.events.words import DOUBTED_CLAIM_VERBS  # realfix18 helper
from tacitus.events.words import HELP_VERBS, VOICED_REACTION_VERBS  # odds17 helper
from tacitus.events.words import OFFICE_TITLES as OFFICE_TITLES_SET  # odds7 helper
from tacitus.events.words import PERSON_GRAB_VERBS, TARGET_ONLY_VERBS, CUSTODY_HOLD_VERBS, CUSTODY_PLACE_PREPS  # odds7 helper
from tacitus.events.words import NON_VISITOR_SECTORS, RESPONSE_ADVERBS  # odds3 helper
from tacitus.events.words import INTENT_NOUNS  # types6 helper
from tacitus.events.words import TAKEN_ACT_NOUNS, TAKEN_ACT_VERBS, TAKEN_ACT_CODES  # odds16
from tacitus.events.words import MEMBER_SUSPEND_VERBS  # actors8 helper
from tacitus.events.rules import arms_to_country  # types6 helper
from tacitus.events.rules import names_person  # types13 helper
from tacitus.events.words import (
    AGENT_OF_NOUNS,
    ANSWER_VERBS,
    RETALIATION_NOUNS,
    ANY_PREPS,
    BEHEST_NOUNS,
    EVIDENCE_VERBS,
    PACKAGE_NOUNS,
    CIRCUMSTANCE_PREPS,
    COLLECTIVE_NOUNS,
    COMMAND_VERBS,
    CONJUNCT_ESCALATION,
    CONTACT_TYPES,
    COOPERATIVE_ROOTS,
    DEFAULT_TARGET_PREPS,
    FACE_VERBS,
    HEAD_ONLY_WORDS,
    HOSTILE_ROOTS,
    LABEL_VERBS,
    PERSON_LABEL_NOUNS,
    LET_VERBS,
    MEASURE_NOUNS,
    MEASURE_TARGET_NOUNS,
    MONEY_WORDS,
    NON_EVENT_SAY,
    PARTICLES,
    PATIENT_NOUNS,
    VICTIM_NOUNS,
    POSTURE_VERBS,
    QUANTITY_WORDS,
    UNREAL_DETERMINERS,
    SURGE_IN_VERBS,
    REPORT_VERBS,
    SCORN_VERBS,
    TIME_PREPS,
    UNREAL_MODIFIERS,
    YIELD_VERBS,
)
from tacitus.events.words import HIT_VERBS  # targets6 helper
from tacitus.events.words import UNDER_ATTACK_VERBS  # targets10 helper
from tacitus.events.words import HOME_RIVAL_SECTORS, BREACH_VERBS, ALLEGE_VERBS  # targets9 helper
from tacitus.events.words import PLOT_VERBS, SINISTER_PLOT_VERBS, PLOTTED_ACT_NOUNS  # odds8 helper
from tacitus.events.words import SUBVERSION_VERBS  # odds18 helper
from tacitus.events.words import HOSTING_VERBS, INSTALLATION_NOUNS  # odds8 helper
from tacitus.events.words import HOME_RULE_CODES  # odds11 helper
from tacitus.events.words import STATE_AGENT_SECTORS  # places3 helper
from tacitus.events.words import COMING_VERBS  # realnews18a helper
from tacitus.events.words import RULE_BREAK_VERBS, FORCE_NAME_HEADS, ROUT_VERBS, ROUTED_SECTORS  # realnews18b helper
from tacitus.events.words import RETORT_VERBS, RETORT_MEANS, ANSWERED_ACTS, THREAT_NOUNS as _THREAT_WORDS  # odds8 helper
from tacitus.events.words import READY_FORCE_VERBS  # quotes26 helper
TOLD_CONTACT_NOUNS = {"call": "041", "telephone": "041", "phone": "041", "conversation": "041", "videoconference": "041",
                      "talk": "040", "talks": "040", "meeting": "040", "summit": "040"}  # quotes26 helper
from tacitus.actors.resolver_words import references, war_sides  # targets9 helper
from tacitus.events.words import ADMISSION_NOUNS, OFFICE_SECTORS  # targets11 helper
from tacitus.events.words import NATURE_EVENT_WORDS  # targets15 helper
from tacitus.events.words import LIGHT_PHRASE_PREPS  # types15 helper
from tacitus.events.words import TARGET_ROLE_NOUNS  # targets16 helper
from tacitus.events.words import ENVOY_NOUNS, FAILED_TALK_VERBS, CONSEQUENCE_NOUNS, TIE_NOUNS as _TIES  # types9 helper
from tacitus.events.words import PRIVATE_REASONS, DEPARTURE_VERBS, HOMELAND_NOUNS, ABSTRACT_FOES  # noevent6 helper
from tacitus.events.words import WARNED_CLASH_NOUNS  # reported26 helper
from tacitus.events.words import ABSENCE_VERBS, CIVIL_INSTITUTION_SECTORS, FORCES_TOLD_TO_LEAVE, TOLD_ADDRESS_VERBS  # threats22 helper
from tacitus.events.words import OUTCOME_VERBS, WAY_NOUNS  # stories11 helper
from tacitus.events.words import CONVEY_VERBS, MESSAGE_ROOTS, RECEIVE_VERBS, WIN_VERBS, CAMPAIGN_RALLY_WORDS  # light17 helper
from tacitus.events.syntax import conjunct_subjects  # wire11 helper
from tacitus.events.syntax import elapsed_into  # wire25 helper
from tacitus.events.syntax import verb_read_as_conj_modifier  # odds14 helper
from tacitus.events.syntax import passive_subject  # targets12 helper
from tacitus.events.syntax import hedged_noun, quoted_label_owner  # wire21 helper
from tacitus.events.words import SETTING_MEETING_VERBS  # wire21 helper
from tacitus.events.syntax import object_read_as_participle_subject  # odds12 helper
from tacitus.events.syntax import object_read_as_time_compound  # odds16
from tacitus.events.syntax import name_headed_gerund  # types26
from tacitus.events.syntax import hung_on_object, promised_answer
from tacitus.events.syntax import children_table  # perf11e
from tacitus.events.syntax import aim_participle, motive_purpose_head  # purpose22 helper
from tacitus.events.words import MOTIVE_PURPOSES, POISED_VERBS, PURPOSE_PARTICIPLES  # purpose22 helper
from tacitus.events.words import CAUSE_PREPS, CELEBRATE_VERBS, PREVENT_VERBS, SENT_FORCE_PURPOSES, SPAN_NOUNS  # wire26 helper
VIOLENT_ROOTS = frozenset({"14", "18", "19", "20"})  # wire26: acts whose damage done is their toll
from tacitus.events.syntax import (
    SentenceInfo, after_of, conjoined_verbs, finite_acl, free_relative_object, hyphen_prefix, in_attribution,
    in_relative_clause, is_passive, small_clause_participle,
    is_prep, noun_read_verb, own_possession, owns_its_object, name_read_modifier, dropped_subject_claim,
)
from tacitus.events.roles import RoleFinder
from tacitus.events.rules import craft_journey  # noevent7 helper
from tacitus.events.modality import BACKGROUND_MEMO_KEY
from tacitus.events.words import AWARD_VERBS, PENALTY_NOUNS, PRIVATE_SECTORS  # noevent7 helper
from tacitus.events.words import VICTIM_SUBJECT_VERBS, HOME_VISIT_SECTORS, HOME_BUDGET_NOUNS, WHERE_PREPS  # realnews19a
from tacitus.events.words import CRAFT_WORDS  # types22 helper
from tacitus.events.rules import SPORT_SENSE_ROOTS, ClauseRules, custody_act, spacecraft_probe, sport_contest, place_read_as_object, brussels_as_eu, employer_source

# a deadline keeps its preposition: "gave the separatists until Friday to withdraw" (verbs.tsv "give until")
DEADLINE_PREPS = ("until", "till")
# doc.user_data key of the current sentence's verb entries (EventCoder._entry), token index -> entry
ENTRY_MEMO_KEY = "tacitus.events.entry_memo"
# doc.user_data key of the current sentence's noun lemma sets (EventCoder._noun_lemmas), token index -> frozenset
NOUN_LEMMAS_MEMO_KEY = "tacitus.events.noun_lemmas_memo"
# The dependency labels some branch of EventCoder._deps reads a verb's child by; a child with any
# other label ("punct", "aux", "det", "neg", "cc", "mark", "conj" ...) passes every test there
# without effect, so the loop moves on at once (perf10)
_DEPS_READ = frozenset({"prt", "advmod", "acomp", "oprd", "advcl", "ccomp", "prep", "dobj", "nsubjpass", "attr",
                        "dative", "nsubj", "agent", "xcomp", "npadvmod"})



def _money_in(n):
    """'70 million dollars in security aid', '2 billion dollars of debt': a sum's 'of' or 'in'
    phrase names what the money is (a common noun; "dollars in Ethiopia" names a place)."""
    found = after_of(n)
    if found is not n:
        return found
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN":
                    return p
    return n

def _weightier(b: Event, a: Event) -> bool:
    """Is b the weightier of two conjoined acts of one actor (EventCoder._main_act_first)?"""
    if b.event in CONJUNCT_ESCALATION and a.event in CONJUNCT_ESCALATION:
        return CONJUNCT_ESCALATION.index(b.event) < CONJUNCT_ESCALATION.index(a.event)
    return a.event in CONTACT_TYPES and b.event not in CONTACT_TYPES and b.quad_class in (1, 2)


MATERIAL_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})  # purpose22: coded acts a motive may follow
# purpose22: acts besides 17x that an order with its object and a participle ("ordered X expelled / closed") does
ORDERED_DONE_CODES = frozenset({"161", "166", "174", "191"})


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


def _abstract_foe(v) -> bool:
    """'fighting the coronavirus', 'attacked the problem of bad loans', 'declared war on the virus':
    the verb's object, or what its object is 'on' or 'against', is an illness, hazard or social ill."""
    for c in v.children:
        if c.dep_ in ("dobj", "prep"):
            objs = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"]
            for o in objs:
                if o.lemma_.lower() in ABSTRACT_FOES:
                    return True
                if any(p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
                        q.dep_ == "pobj" and q.lemma_.lower() in ABSTRACT_FOES for q in p.children) for p in o.children):
                    return True
    return False


def _private_reasons(v) -> bool:
    """'resigned for health reasons', 'stepped down, citing personal reasons': a private cause
    given for leaving office (noevent6)."""
    for c in (*v.children, *(g for o in v.children if o.dep_ == "dobj" for g in o.children)):
        if c.dep_ == "prep" and c.lower_ == "for":
            reasons = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "advcl" and c.lemma_.lower() == "cite":
            reasons = [p for p in c.children if p.dep_ == "dobj"]
        else:
            continue
        if any(r.lemma_.lower() == "reason" and any(m.lemma_.lower() in PRIVATE_REASONS for m in r.children
                                                     if m.dep_ in ("amod", "compound")) for r in reasons):
            return True
    return False


HELP_PURPOSE_VERBS = frozenset({"join", "help", "assist", "support", "reinforce", "bolster"})  # stories20


def _sequenced(t) -> bool:
    """Has t a sequence adverb of its own ("and later with Zelenskiy", "then Kuleba")? (odds25)"""
    return any(k.dep_ == "advmod" and k.lower_ in SEQUENCE_ADVERBS for k in t.children)


class EventCoder(RoleFinder, ClauseRules):
    def __init__(self, ontology: Ontology, lexicon: Lexicon, *, include_negated: bool = False):
        self.onto = ontology
        self.lex = lexicon
        self.include_negated = include_negated

    # ------------------------------------------------------------------ public
    def code_doc(self, doc, actors: DocActors, *, doc_id: str, date: str | None) -> list[Event]:
        events: list[Event] = []
        seen: set[tuple] = set()
        for sent in doc.sents:
            info = SentenceInfo(sent)  # computed once: a sentence may hold hundreds of events
            first, anchors = len(events), {}
            for cand in self._sentence(sent, actors):
                ev = self._to_event(cand, info, doc_id=doc_id, date=date, actors=actors, prior=events)
                if ev is None:
                    continue
                key = (ev.cameo, ev.span, tuple(ev.source_codes), tuple(ev.target_codes), ev.trigger)
                if key in seen:
                    continue
                seen.add(key)
                events.append(ev)
                anchors[id(ev)] = cand.anchor
            if len(events) == first and (told := self._told_in_contact(sent, actors)) is not None:
                # "Putin told Erdogan in a phone call that he hoped relations would recover": when
                # what was told codes nothing, the call itself is the event (041; talks 040) (quotes26)
                ev = self._to_event(told, info, doc_id=doc_id, date=date, actors=actors, prior=events)
                if ev is not None:
                    events.append(ev)
                    anchors[id(ev)] = told.anchor
            events[first:] = self._main_act_first(events[first:], anchors)
            self._relative_below_main(events[first:], anchors)
        doc.user_data.pop(ENTRY_MEMO_KEY, None)
        doc.user_data.pop(NOUN_LEMMAS_MEMO_KEY, None)
        return events

    def _answered_act(self, v):  # types25 helper
        """'said Riyadh would respond to the drone attacks', 'would answer the killing of its commander':
        the hostile act (a noun row coded 14x-20x, or ANSWERED_ACTS) a side will answer; None otherwise
        ('will respond to the Commission's letter')."""
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                nouns = [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "dobj" and v.lemma_.lower() == "answer":
                nouns = [c]
            else:
                continue
            for n in nouns:
                n = self._through_measure(n)
                if n.lemma_.lower() in ANSWERED_ACTS or (n.pos_ == "NOUN" and (entry := self._noun_entry(n)) is not None
                                                         and entry.cameo[:2] in HOSTILE_ROOTS):
                    return n
        return None

    def _relative_below_main(self, evs: list[Event], anchors: dict) -> None:
        """A relative clause describes a noun of the sentence ("A Saudi prince who funded Syrian
        rebels was detained", "condemned Israel, whose troops killed ..."): its event stays, but
        it is not the news when the main clause holds one, even a less certain one (a source found
        only from the place): it is made less confident than the main clause's best event."""
        if len(evs) < 2:
            return
        below = {id(e) for e in evs if in_relative_clause(anchors[id(e)]) or self._time_clause(anchors[id(e)])}
        # (a time clause the parser conjoined to the main verb is at its depth, yet no main event: wire25)
        main = [e.confidence for e in evs if self._clause_depth(anchors[id(e)]) == 0 and id(e) not in below]
        if not main:
            return
        top = max(main)
        for e in evs:
            if e.confidence >= top and id(e) in below:
                e.confidence = round(max(0.05, top - 0.01), 3)

    @staticmethod
    def _sent_to_help(v) -> bool:  # stories20 helper
        """'would send 600 troops to join a West African force', 'will deploy soldiers to help Mali
        fight the rebels': forces to be sent to join or help someone are promised to them, an
        intent to provide military protection (0334, as "pledged to send troops to the UN force"
        is labelled), not a threat."""
        return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELP_PURPOSE_VERBS
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in v.children)

    def _later_toll(self, cand, sent, first: Event) -> bool:  # stories23 helper
        """'Health officials said eight Palestinians were killed and about 50 wounded', 'the
        attorney general said 749 people had been arrested', 'the air force said 21 of the 24 drones
        were destroyed': a passive with no doer whose subject is a count, reported by someone in a
        sentence after one that already told an event of the story, counts the dead, held or downed
        of the news told before; the story labels code numbers and tolls, and acts with no
        identifiable actor, as no event of their own (corpus/README.md). The narrator's own count
        ("Nine Canadian tourists were killed") stays coded from its place (realstory19)."""
        v = cand.anchor
        if v.pos_ != "VERB" or first.span[1] > sent.span[0]:
            return False
        top = v
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if not (top.dep_ == "ccomp" and top.head.pos_ == "VERB" and self._is_say(top.head)
                or any(c.dep_ == "parataxis" and self._is_say(c) for c in top.children)
                or any(c.dep_ == "prep" and c.lower_ == "according" for c in top.children)
                or self._in_told_act(v)):
            # ("Sixty people were injured, according to hospital officials": the count's source
            # named in an 'according to' phrase reports it as a said clause does (realnews24))
            return False
        subj = None
        for c in v.children:
            if c.dep_ == "agent":
                return False
            if c.dep_ == "nsubjpass":
                subj = c
        if subj is None and v.dep_ == "conj":
            # "were killed and about 50 wounded": the second participle shares the first's subject
            subj = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
        if subj is None:
            return False
        return subj.pos_ == "NUM" or subj.lemma_.lower() in COUNT_NOUNS or any(
            c.dep_ == "nummod" or c.pos_ == "NUM" and c.dep_ in ("quantmod", "nummod") for c in subj.children)

    @staticmethod
    def _in_told_act(v) -> bool:  # articles26 helper
        """'At least five people were killed in the assault', 'Thousands of people were killed in the
        fighting', 'a dozen people were killed in the weekend violence': the dead counted 'in' an
        act the story names with 'the' (or a possessive), one it has already told, are its toll."""
        for c in v.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "during"):
                continue
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and (
                        p.lemma_.lower() in SUMMARY_ACT_NOUNS or p.lemma_.lower() in ENDED_FIGHT_NOUNS
                        or p.lemma_.lower() in TOLL_ACT_NOUNS) \
                        and any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an", "another") for d in p.children):
                    return True
        return False

    @staticmethod
    def _repression_toll(cand, sent, last: Event) -> bool:  # stories20 helper
        """'Soldiers opened fire on demonstrators, killing at least nine people': a participle that
        counts the dead of the clause's violent repression (175, just coded for the same side)
        tells its toll, as the corpus labels it (175), not an assault of its own (as "stormed two
        protest camps, killing hundreds" already reads)."""
        return last.cameo == "175" and last.span == sent.span and cand.anchor.head.text in last.trigger.split() \
            and {a.primary for a in cand.source} <= {a.primary for a in last.source}

    def _killed_dispersing(self, v) -> bool:  # types21 helper
        """'Police killed at least eighteen people as they dispersed protests': the dead of a
        clause whose time clause ("as", "while", "when") tells a violent repression by the same
        subject (175) are that repression's toll, as "opened fire on protesters, killing nine" is."""
        for c in v.children:
            if c.dep_ != "advcl" or c.pos_ != "VERB" or not any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when")
                                                                 for m in c.children):
                continue
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                continue  # another subject: "killed two as protesters stormed the gate" is no repression of theirs
            entry = self._entry(c)
            if entry is not None and entry.cameo == "175":
                return True
        return False

    @staticmethod
    def _main_act_first(evs: list[Event], anchors: dict) -> list[Event]:
        """One actor doing several things in conjoined verbs: a step up the escalation ladder
        ("raided the camp and killed nine gunmen", "surrounded the buildings and detained the
        prime minister") or a cooperative act on the occasion of a visit ("arrived in Baghdad
        and signed a security pact") is the news, reported first and so the primary event when
        the two are equally certain; a less certain one keeps its place, other pairs keep text
        order. Both events stay."""
        if len(evs) < 2:
            return evs
        out = list(evs)
        for j in range(1, len(out)):
            b = out[j]
            for i in range(j):
                a = out[i]
                if _weightier(b, a) and b.confidence >= a.confidence \
                        and {s.code for s in a.source} == {s.code for s in b.source} \
                        and conjoined_verbs(anchors[id(a)], anchors[id(b)]):
                    out.insert(i, out.pop(j))
                    break
        return out

    # ------------------------------------------------------------------ sentences
    def _sentence(self, sent, actors: DocActors) -> list[Candidate]:
        consumed: set[int] = set()
        out: list[Candidate] = []
        doc, pos, deps = sent.doc, *actors._parse_columns()[:2]  # plain lists: a Token only where needed
        doc.user_data.pop(NOUN_LEMMAS_MEMO_KEY, None)  # (none across the retagging below)
        verbs = [t for t in (doc[i] for i in range(sent.start, sent.end)
                             if pos[i] in ("VERB", "AUX") or (pos[i] == "NOUN" and deps[i] == "ROOT"))
                 if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_.startswith("VB"))
                 or self._plural_read_verb(t)]
        if (adj := self._adjective_read_verb(sent.root)) is not None:
            verbs.insert(0, adj)
        elif not verbs and sent.root.pos_ in ("NOUN", "PROPN") and (adj := self._adjective_after_set_off(sent)) is not None:
            verbs.append(adj)
        doc.user_data[ENTRY_MEMO_KEY] = {}  # a fresh memo once the retagging above is done (see _entry)
        doc.user_data[NOUN_LEMMAS_MEMO_KEY] = {}  # the same for _noun_lemmas (perf13a)
        if adj is not None:
            actors.forget_actors()  # (a retagged word's lemma and tag may change what actors() finds)
        doc.user_data[BACKGROUND_MEMO_KEY] = {}  # the same for modality.dated_background
        name_at = actors.name_at
        for v in verbs:
            if v.i in consumed or _helper_verb(v, self.lex):
                continue
            if v.dep_ == "acl" and v.tag_ == "VBG" and v.lemma_.lower() == "target" \
                    and v.head.lemma_.lower() in MEASURE_TARGET_NOUNS:
                continue  # "sanctions targeting Russian banks": what the measure aims at, no attack (stories24)
            if (m := name_at[v.i]) is not None and m.end - m.start > 2 and m.entry.kind in ("org", "group"):
                continue  # "the Group to Support Islam and Muslims": a word of a body's name (stories12)
            if v.dep_ == "ROOT" and v.tag_ in ("VBZ", "VBP", "VB") and (cand := self._headline_noun_verb(v, actors, consumed)) is not None:
                out.append(cand)
                continue
            cand = self._verb_event(v, actors, consumed)
            if cand is not None:
                out.append(cand)
                if cand.cameo[:2] == "04" and cand.source and cand.target:
                    out.extend(self._chained_meetings(v, cand, actors))
                if v.dep_ == "amod" and v.head.dep_ == "ROOT" and v.head.pos_ == "PROPN":
                    consumed.add(v.head.i)  # "Xi hosted Trump": the name is the verb's object, not
                    # a misread clause of its own (see _misread_predicate) (misread1)
        lowers, lemmas, _ = actors._columns()
        for i in range(sent.start, sent.end):
            if (pos[i] not in ("NOUN", "PROPN") and not (pos[i] == "VERB" and deps[i] in ("nsubj", "nsubjpass")
                                                         and doc[i].tag_ == "VBZ")) or i in consumed:
                continue  # (a "verb" that is a clause's subject is a plural noun: "ceasefire talks ... collapsed" (odds5))
            if deps[i] not in ("ROOT", "nsubj") and self._ends_no_noun_row(lemmas[i], lowers[i]):
                continue  # _noun_event answers None for it (only a ROOT or subject noun is tried as a
                # misread clause first: see _misread_predicate)
            cand = self._noun_event(doc[i], actors, consumed)
            if cand is not None:
                out.append(cand)
        for cand in out:
            self._hyphen_mediator(cand, actors)
        out = [c for c in out if not in_attribution(c.anchor)]  # "according to a report sent by ..."
        out = self._drop_envoy_sending(out)
        out = [c for c in out if not (c.cameo[:2] == "14" and any(
            k.dep_ in ("advcl", "xcomp") and k.tag_ == "VB" and k.lemma_.lower() in CELEBRATE_VERBS for k in c.anchor.children))]
        # ("crowds poured into the streets of Tehran to celebrate": joy, no protest (wire26))
        if len(out) > 1:
            out = self._drop_aims_and_motives(out)
            out = self._drop_signed_instruments(out)
        return self._drop_subject_acts(out, actors)

    @staticmethod
    def _chained_partner_heads(v, actors) -> list:
        """The heads of the later partners _chained_meetings reads after meeting verb v: a "with"
        phrase or a noun after v in v's own clause (no other verb between them), set off by a
        sequence word or conjoined to v's object."""
        doc = v.doc

        def own_clause(t) -> bool:  # no other verb between t and v
            while t.i != v.i:
                if t.head.i == t.i or (t.head.i != v.i and t.head.pos_ in ("VERB", "AUX")):
                    return False
                t = t.head
            return True

        heads = []
        pos_col, dep_col = actors._parse_columns()[:2]
        lowers = actors._columns()[0]
        for k in range(v.i + 1, v.right_edge.i + 1):
            # a Token (and the walk up of own_clause) only for a word the tests below can take: a
            # "with" or a noun in one of their slots. The column's labels and forms are the Token's;
            # its part of speech may be a retagged word's old one, but retagging only makes verbs,
            # so a word now a noun was one in the column (perf16)
            if not (lowers[k] == "with" and dep_col[k] in ("prep", "conj")
                    or pos_col[k] in ("NOUN", "PROPN") and dep_col[k] in ("conj", "dep", "appos")):
                continue
            t = doc[k]
            if not own_clause(t):
                continue
            dep = t.dep_
            if t.lower_ == "with" and dep in ("prep", "conj"):
                if _sequenced(t) or doc[t.i - 1].lower_ in ("and", *SEQUENCE_ADVERBS):
                    heads.extend(o for o in t.children if o.dep_ == "pobj")
            elif t.pos_ in ("NOUN", "PROPN") and dep in ("conj", "dep", "appos"):
                if _sequenced(t) or dep == "conj" and t.head.i == v.i:
                    heads.append(t)
                elif dep == "conj" and t.head.dep_ == "pobj" and t.head.ent_type_ in ("DATE", "TIME") \
                        and t.head.head.head.i == v.i and t.ent_type_ not in ("DATE", "TIME"):
                    heads.append(t)  # "phoned Putin on Tuesday and Zelenskiy on Wednesday"
        return heads

    @staticmethod
    def _chained_meetings(v, cand: Candidate, actors) -> list[Candidate]:  # odds25 helper
        """A second partner met or called after the first is a meeting of its own, by the same
        side: 'spoke by phone with Putin and later with Zelenskiy', 'held talks with X and then
        with Y', 'met Blinken in Munich and later Kuleba', 'met X in Jerusalem, then the
        Palestinian president', 'called his Iranian counterpart and afterwards the US secretary
        of state', 'phoned Putin on Tuesday and Zelenskiy on Wednesday', 'received the Turkish
        president on Monday and the Qatari emir a day later'. A partner of the same code as one
        already in the event adds nothing ('and then with Russia's prime minister')."""
        heads = EventCoder._chained_partner_heads(v, actors)
        if not heads:
            return []
        have = {a.code for a in (*cand.source, *cand.target)}
        out = []
        for h in heads:
            acts = [a for a in actors.actors(h) if a.code]
            codes = {a.code for a in acts}
            if acts and codes <= {a.code for a in cand.target} and len(cand.target) > len(acts) \
                    and h.dep_ == "conj" and _sequenced(h):
                # "called his Iranian counterpart and afterwards the US secretary of state": read as
                # one object phrase, the later call is its own
                cand.target = [a for a in cand.target if a.code not in codes]
                out.append(Candidate(cand.cameo, list(cand.trigger), list(cand.source), acts, cand.anchor,
                                     cand.modality, cand.base_conf))
                continue
            acts = [a for a in acts if a.code not in have]
            if acts:
                have.update(a.code for a in acts)
                out.append(Candidate(cand.cameo, list(cand.trigger), list(cand.source), acts, cand.anchor,
                                     cand.modality, cand.base_conf))
        return out

    @staticmethod
    def _drop_aims_and_motives(out: list[Candidate]) -> list[Candidate]:  # purpose22 helper
        """An act told with its reason: 'fired missiles at two bases to avenge the killing',
        'imposed tariffs to hit back at Washington' (a motive infinitive after a material or
        forceful act, 15x-20x, by the same side) and 'launched an offensive, seeking to disarm the
        rebels', 'shot down a drone, seeking to show it would defend its airspace' (what a participle
        of aiming aims at, after any coded act): the reason is no second event. An appeal aimed at
        is made in the trying ('arrived in Beijing, seeking to persuade Xi ...') and stays."""
        anchors = {c.anchor.i: c for c in out}
        keep = []
        for c in out:
            v = c.anchor
            head = motive_purpose_head(v, MOTIVE_PURPOSES) if v.pos_ == "VERB" else None
            main = anchors.get(head.i) if head is not None else None
            if main is not None and main is not c and main.cameo[:2] in MATERIAL_ROOTS \
                    and (not c.source or {a.primary for a in c.source} & {a.primary for a in main.source}):
                continue
            if (main := EventCoder._told_again_by(v, anchors, c)) is not None and main is not c \
                    and (not c.source or {a.primary for a in c.source} & {a.primary for a in main.source}):
                continue
            if (c.cameo[:2] == "02" or c.cameo[:2] == "10") and v.dep_ in ("advcl", "xcomp") \
                    and (trip := anchors.get(v.head.i)) is not None and trip.cameo[:3] == "042" \
                    and not any(k.dep_ in ("xcomp", "ccomp", "advcl") and k.pos_ in ("VERB", "AUX") for k in v.children) \
                    and (not c.source or {a.primary for a in c.source} & {a.primary for a in trip.source}):
                # "flew to Seoul to seek investment", "arrived in Cairo to push for more aid": what a
                # trip is for, with no one urged to act, is the visit's purpose, no appeal of its own
                # (the purpose22 labels); "flew to Pyongyang to persuade North Korea to join talks"
                # names the side urged and stays (odds23)
                continue
            if c.cameo[:2] != "02" and v.pos_ in ("VERB", "AUX"):
                aim = aim_participle(v, PURPOSE_PARTICIPLES)
                if aim is not None and any(m is not c and m.anchor.i != aim[0].i and not aim[0].is_ancestor(m.anchor)
                                           for m in out):
                    continue  # ("voted to expel US troops, hoping to avenge ...": the vote's complement is the act)
            keep.append(c)
        return keep

    def _told_in_contact(self, sent, actors) -> Candidate | None:  # quotes26 helper
        """'Putin told Erdogan in a telephone call that ...', 'Xi told Biden during their virtual summit
        that ...': a verb of telling (TOLD_ADDRESS_VERBS) with an addressee actor, a clause told and a
        phrase naming the call or the talks it was told in (TOLD_CONTACT_NOUNS). A Candidate for the
        contact (041 for a call, 040 for talks), else None. Only tried when the sentence codes nothing,
        so a told clause that codes (a threat, a demand, a pledge) is the event instead."""
        lemmas = actors._columns()[1]
        for i in range(sent.start, sent.end):
            if lemmas[i] not in TOLD_ADDRESS_VERBS:
                continue
            v = sent.doc[i]
            if v.pos_ != "VERB" or any(c.dep_ == "neg" for c in v.children):
                continue
            told = [a for c in v.children if c.dep_ in ("dobj", "dative") for a in actors.actors(c)]
            if not told:
                continue
            code, clause = None, any(c.dep_ == "ccomp" for c in v.children)
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "during", "by", "over", "on", "at"):
                    for o in p.children:
                        if o.dep_ == "pobj" and (kind := TOLD_CONTACT_NOUNS.get(o.lemma_.lower())):
                            code = code or kind
                            # ('told Putin in a phone call that trade ... was growing': "that" read as a
                            # determiner, the told clause hung on the call as a relative clause)
                            clause = clause or any(r.dep_ in ("relcl", "acl") and r.pos_ in ("VERB", "AUX") and any(
                                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in ("that", "which") for s in r.children)
                                for r in o.children)
            if code is None or not clause:
                continue
            source = self._source(v, actors)[0]
            target = [a for a in told if all(a.code != s.code for s in source)]
            if source and target:
                return Candidate(code, [v], source, target, v, clause_modality(v))
        return None

    @staticmethod
    def _bare_force_answer(x) -> bool:  # quotes26 helper
        """'ready to respond', 'prepared to intervene militarily', 'ready to respond with force': the
        answering verb with no object and no to / on / for / against phrase ('ready to respond to the
        proposal', 'ready to intervene on behalf of the workers' are no threats; 'ready to retaliate
        against any North Korean attack' is told by the verb's own row, with its target)."""
        return not any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("to", "on", "for", "against")
                       or c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for c in x.children)  # ('prepared to intervene to help stranded citizens': a purpose)

    @staticmethod
    def _conditioned_side(heads, source: list, actors) -> list[Actor]:  # quotes26 helper
        """The actors of the subject of an 'if' / 'unless' / 'until' clause hung on one of heads
        ('ready to intervene if the junta refuses to step down': the junta), not the source's own."""
        own = {a.code for a in source}
        marks = PENDING_MARKS | CONDITION_MARKS
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                    found = [a for n in c.children if n.dep_ in ("nsubj", "nsubjpass") for a in actors.actors(n)
                             if a.code not in own]
                    if found:
                        return found
        say = heads[-1].head if heads[-1].dep_ == "ccomp" else None
        for c in (say.children if say is not None else ()):
            if c.dep_ == "advcl" and c.lemma_.lower() == "warn":
                # '"We are prepared to respond within seconds," a commander said, warning Israel ...'
                found = [a for n in c.children if n.dep_ == "dobj" for a in actors.actors(n) if a.code not in own]
                if found:
                    return found
        return []

    @staticmethod
    def _told_again_by(v, anchors: dict, cand: Candidate):  # wire26 helper
        """The coded act that v only tells again or sends on its way (None otherwise): a participle of
        reprisal with no subject of its own after a material act ('launched 300 drones at Israel,
        retaliating for a strike on its consulate': the launch is the reprisal), and a bare purpose
        infinitive of fighting after a mobilisation ('called up 300,000 reservists to fight in
        Ukraine', 'sent troops to fight the rebels': the force sent is the news, 15x; the fighting
        is what it is for). So is a participle that weighs the act against a span of the past ('reached
        a deal, ending nearly two years of talks', 'recognised Jerusalem, reversing decades of U.S.
        policy') and one telling the damage a violent act did ('rioted in several cities, setting
        fire to banks and cars': the riot's toll, no second act)."""
        if v.pos_ != "VERB" or v.dep_ not in ("advcl", "xcomp") or v.head.i == v.i \
                or any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in v.children):
            return None
        main = anchors.get(v.head.i)
        lemma = v.lemma_.lower()
        up = v.head
        for _ in range(3):  # "recognised Jerusalem and said he would move the embassy, reversing ...": the act up the clauses
            if main is not None or v.tag_ != "VBG" or up.dep_ not in ("ccomp", "xcomp", "conj") or up.head.i == up.i:
                break
            up = up.head
            main = anchors.get(up.i)
        if main is None:
            return None
        if v.tag_ == "VBG" and v.dep_ == "advcl" and lemma in MOTIVE_PURPOSES and main.cameo[:2] in MATERIAL_ROOTS:
            return main
        if v.tag_ == "VBG" and v.dep_ == "advcl" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in SPAN_NOUNS and any(p.dep_ == "prep" and p.lower_ == "of" for p in o.children)
                for o in v.children):
            return main
        if v.tag_ == "VBG" and v.dep_ == "advcl" and cand.cameo[:3] == "171" and main.cameo[:2] in VIOLENT_ROOTS:
            return main
        if v.tag_ == "VB" and lemma in SENT_FORCE_PURPOSES and main.cameo[:2] == "15" \
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children):
            return main
        return None

    @staticmethod
    def _pending_side(cand: Candidate, actors) -> list[Actor]:  # targets9 helper
        """'would keep fighting until Ukraine accepted its demands', 'will strike unless Hamas frees
        the hostages': a threat whose end or condition waits on another side's act is aimed at that
        side (the subject of the 'until' / 'unless' / 'if' clause)."""
        v = cand.anchor
        own = {a.code for a in cand.source}
        marks = PENDING_MARKS | CONDITION_MARKS
        if v.lemma_.lower() in NO_TOLERANCE_VERBS:
            marks = marks | WATCH_MARKS  # "would not stand idly by while Israel annexed ...": Israel (odds23)
        for h in (v, v.head) if v.dep_ in ("xcomp", "dobj") else (v,):
            for c in h.children:
                if c.dep_ == "advcl" and c.pos_ == "VERB" and any(m.dep_ == "mark" and m.lower_ in marks
                                             for m in c.children):
                    found = [a for n in c.children if n.dep_ == "nsubj" for a in actors.actors(n) if a.code not in own]
                    if found:
                        return found
        return []

    @staticmethod
    def _foreign_addressee(v, source: list, actors) -> list:
        """The actors of the direct object of an order verb with a "to" complement ("ordered Russia
        to halt"), when they are another country's than the one giving the order; else []."""
        if not source or not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in v.children):
            return []
        home = {s.country or s.primary for s in source}
        found = [a for c in v.children if c.dep_ == "dobj" for a in actors.actors(c)]
        return found if found and all((a.country or a.primary) not in home for a in found) else []

    @staticmethod
    def _each_other(source: list) -> list:
        """The targets of sides acting on each other: every side, the second first ("Putin and Obama
        met": Obama is Putin's partner), so that the first target is not the first side (wire25)."""
        return list(source[1:]) + list(source[:1])

    @staticmethod
    def _met_at_body(cand: Candidate, target) -> bool:
        """Are all the targets international bodies named in an "at" phrase on the meeting verb
        ("met at the United Nations", "held talks at NATO headquarters")? (wire25)"""
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text))
                 for c in cand.anchor.children if c.dep_ == "prep" and c.lower_ == "at"
                 for p in c.children if p.dep_ == "pobj"]
        return bool(spans) and all(a.primary in ("IGO", "NGO") and any(lo <= a.start < hi for lo, hi in spans)
                                   for a in target)

    @staticmethod
    def _drop_signed_instruments(out: list[Candidate]) -> list[Candidate]:
        """"Putin signed treaties on Friday formally annexing four regions of Ukraine", "put his
        signature to a treaty absorbing Crimea": the treaty's own clause names the act (192); the
        signing is its form, not an accord with the side that loses the land (wire25). Only a
        hostile act (15x-20x) in a clause on the signed paper's noun replaces the signing; "signed a
        treaty settling their border" stays an accord (057)."""
        drop = set()
        for d in out:
            v = d.anchor
            if d.cameo[:2] not in HOSTILE_INSTRUMENT_ROOTS or v.pos_ != "VERB":
                continue
            if v.dep_ == "acl" and v.head.lemma_.lower() in SIGNED_INSTRUMENTS:
                paper = v.head
                signer = paper.head.head if paper.dep_ == "pobj" else paper.head
            elif v.dep_ == "advcl" and v.tag_ == "VBG" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in SIGNED_INSTRUMENTS for c in v.head.children):
                signer = v.head  # "signed treaties on Friday formally annexing ...": the parser hangs the clause on the verb
            else:
                continue
            drop.update(id(c) for c in out if c.cameo == "057" and c.anchor.i == signer.i)
        return [c for c in out if id(c) not in drop] if drop else out

    @staticmethod
    def _drop_envoy_sending(out: list[Candidate]) -> list[Candidate]:
        """"The AU sent Thabo Mbeki to mediate", "Norway sent its foreign minister to negotiate
        with the rebels": sending a person is the means; the purpose clause's event (mediation,
        talks) is the act, and the person's country received no aid."""
        purposes = {c.anchor.head.i for c in out if c.anchor.dep_ in ("advcl", "xcomp") and c.anchor.pos_ == "VERB"}
        keep = []
        for c in out:
            v = c.anchor
            if c.cameo == "070" and len(c.trigger) == 1 and v.i in purposes and c.target \
                    and all(a.kind == "person" or a.sector in ("GOV", "ELI", "IGO") for a in c.target):
                continue
            keep.append(c)
        return keep

    def _adjective_read_verb(self, t):
        """"Egypt's army chief, General Sisi, removed President Morsi from power": the tagger read
        the past tense as an adjective, the sentence's root, yet gave it a subject and a direct
        object, which no adjective takes. Such a root is retagged as the past-tense verb (its lemma
        the stem the lexicon knows) and coded as one; else None (misread1)."""
        if t.pos_ != "ADJ" or t.tag_ != "JJ" or not t.lower_.endswith("ed") \
                or not any(c.dep_ == "dobj" for c in t.children) or not any(c.dep_ == "nsubj" for c in t.children):
            return None
        lemma = self._verb_stem(t)
        if lemma is None:
            return None
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma
        return t

    def _verb_stem(self, t):
        """The lexicon verb lemma of an -ed word the tagger read as an adjective, else None."""
        w = t.lower_
        return next((b for b in (w[:-1], w[:-2], w[:-3], w[:-3] + "y") if b in self.lex.verbs), None)

    def _adjective_after_set_off(self, sent):
        """"Belarus's president, Alexander Lukashenko, jailed opposition figure Maria Kolesnikova":
        in a sentence left without a verb, an -ed adjective right after the comma closing a phrase
        set off after the root is the past tense (see syntax.name_read_modifier); retagged as
        one, else None (misread1). Only verb-less sentences are looked at."""
        doc = sent.doc
        for i in range(sent.root.i + 3, sent.end - 1):
            t = doc[i]
            if t.tag_ != "JJ" or t.dep_ != "amod" or doc[i - 1].text != "," or not t.lower_.endswith("ed"):
                continue
            lemma = self._verb_stem(t)
            if lemma is None:
                continue
            old = (t.pos_, t.tag_, t.lemma_)
            t.pos_, t.tag_, t.lemma_ = "VERB", "VBN", lemma
            if name_read_modifier(t) is not None:
                return t
            t.pos_, t.tag_, t.lemma_ = old
        return None

    @staticmethod
    def _plural_read_verb(t) -> bool:
        """A headline verb the tagger read as a plural noun ("US pledges $100 million for Haiti",
        "Kenya recalls envoy"): the root of its clause with a noun subject and an object."""
        return t.dep_ == "ROOT" and t.tag_ == "NNS" and t.pos_ == "NOUN" \
            and any(c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "dobj" or (
                c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)) for c in t.children)

    @staticmethod
    def _drop_subject_acts(out: list[Candidate], actors) -> list[Candidate]:
        """"Israeli strikes on Gaza killed 12 people": the strikes and the killing are one act of
        violence by one side; the verb's event stands for it (see RoleFinder._violent_act_source),
        aimed where the strikes fell when its own victims' side is only a guess."""
        verbs = {c.anchor.i: c for c in out if c.trigger and c.trigger[0].pos_ in ("VERB", "AUX")}
        keep = []
        for c in out:
            n = c.trigger[0] if len(c.trigger) == 1 else None
            v = verbs.get(n.head.i) if n is not None and n.pos_ == "NOUN" and n.dep_ == "nsubj" else None
            if v is not None and c.cameo[:2] in ("18", "19", "20") and v.cameo[:2] in ("18", "19", "20") \
                    and {a.code for a in c.source} == {a.code for a in v.source}:
                if c.target and all(actors.is_guess(a) for a in v.target):
                    v.target = list(c.target)
                continue
            keep.append(c)
        return keep

    def _hyphen_mediator(self, cand: Candidate, actors) -> None:
        """"held US-mediated talks", "began Saudi-brokered negotiations": the meeting is the
        mediator's act between the parties (045), as "talks mediated by the US" would be."""
        if cand.cameo[:2] != "04" or cand.cameo[:3] == "045" or not cand.source:
            return
        for n in cand.trigger:
            if n.pos_ != "NOUN":
                continue
            for m in n.children:
                if m.dep_ != "amod" or m.tag_ != "VBN":
                    continue
                entry = self.lex.match_verb(m.lemma_.lower(), set())
                first = hyphen_prefix(m)
                if entry is None or (entry.cameo or "")[:3] != "045" or first is None:
                    continue
                mediator = actors.actors(first) or actors.country_actor(first)
                if mediator and all(a.code != s.code for a in mediator for s in cand.source):
                    parties = list(cand.source) + [a for a in cand.target if all(a.code != s.code for s in cand.source)]
                    cand.cameo, cand.source, cand.target = "045", mediator, parties
                    return

    # ------------------------------------------------------------------ verbs
    def _particle_phrase(self, prep, lemmas: set, info: dict) -> list:
        """A phrase the parser hung on a particle, read as the verb's own ("pulled out of the deal",
        "put Cuba back on its list"): its preposition and object nouns join the verb's words; returns
        the object's wider phrase nouns."""
        lemmas.add(prep.lower_)
        info["preps"].append(prep)
        wider = []
        for o in prep.children:
            if o.dep_ == "pobj":
                nouns = self._noun_lemmas(o)
                lemmas.update(nouns)
                for w in nouns:
                    info["under"].setdefault(w, set()).add(prep.lower_)
                wider.extend(self._phrase_nouns(o))
        return wider

    @staticmethod
    def _noun_read_as_clause(v, c):  # stories8 helper
        """The noun subject of c when c, v's clausal complement, is a noun phrase misread as a
        clause: a bare present verb ending the clause with only a determined noun subject before
        it ("rejected the ceasefire offer", "welcomed the truce proposal"), and v has no object."""
        if c.tag_ not in ("VB", "VBP") or v.lemma_.lower() in ATTRIBUTION_VERBS or c.i != sent_bounds(c)[1] - 2 \
                or not c.doc[c.i + 1].is_punct or any(o.dep_ == "dobj" for o in v.children):
            return None
        kids = [k for k in c.children if not k.is_punct]
        if len(kids) != 1 or kids[0].dep_ != "nsubj" or kids[0].pos_ != "NOUN" or kids[0].i != c.i - 1 \
                or not any(d.dep_ == "det" and d.i < kids[0].i for d in kids[0].children):
            return None
        return kids[0]

    def _deps(self, v) -> tuple[set[str], dict]:
        """Lemmas of the dependents the lexicon can refer to, and the tokens behind them.

        info["wider"] holds the tokens one step further out (the noun of an object's "of" phrase,
        a name's apposition, a phrase the parser hung on the object); their lemmas are tried only
        when the near ones match no entry (see _entry)."""
        lemmas: set[str] = set()
        info = {"obj": [], "preps": [], "xcomp": None, "ccomp": None, "wider": [], "under": {}}
        wider = info["wider"]
        if v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN") and not finite_acl(v):
            # "a statement released by her family": the noun is the participle's object
            info["obj"].append(v.head)
            lemmas.update(self._noun_lemmas(v.head))
        elif v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and v.head.dep_ == "ROOT" and v.head.pos_ == "PROPN" \
                and v.head.i > v.i and any(c.dep_ == "nsubj" or c.dep_ in ("npadvmod", "nmod") and c.i == v.i - 1
                                           and c.i == sent_bounds(c)[0] and c.text[:1].isupper() for c in v.children):
            # (also with the opening surname hung on it as a modifier: "Starmer hosted Zelenskiy" (odds25))
            # "Xi hosted Trump in Beijing": a past tense with its own subject made a modifier of the
            # name after it, the root; that name is its object (misread1)
            info["obj"].append(v.head)
            lemmas.update(self._noun_lemmas(v.head))
        elif v.tag_ == "VBD" and v.dep_ in ("amod", "compound") and v.head.i > v.i and v.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "nsubj" and c.i < v.i for c in v.children):
            # "A Belarusian court jailed opposition activist Maria Kolesnikova", "said Russia bore
            # responsibility for the downing": a past tense with its own subject made a modifier of
            # the noun after it; that noun (or the name it titles) is its object (odds10)
            o = v.head
            while o.dep_ == "compound" and o.head.i > o.i and o.head.pos_ == "PROPN":
                o = o.head
            self._modified_as_object(v, o, info, lemmas, wider, after=v.i)
        elif v.dep_ == "amod" and dropped_subject_claim(v) is not None:
            # "Iran says seized foreign tanker in Gulf": the claimed act made a modifier of its
            # object, the say verb's object (odds10)
            self._modified_as_object(v, v.head, info, lemmas, wider)
        elif v.dep_ == "amod" and verb_read_as_conj_modifier(v) is not None:
            # "condemned the attack and convened G7 leaders for talks": the noun is the object and
            # its phrases are the verb's (odds14)
            info["obj"].append(v.head)
            lemmas.update(self._noun_lemmas(v.head))
            for c in v.head.children:
                if c.dep_ == "prep":
                    lemmas.add(c.lower_)
                    info["preps"].append(c)
                    wider.extend(p for p in c.children if p.dep_ == "pobj")
        elif name_read_modifier(v) is not None:
            # "Trump imposed sanctions on Turkey" read as a noun phrase: the noun is the object (odds3)
            o = v.head
            if o.dep_ == "compound" and o.head.pos_ == "PROPN" and o.head.i > o.i:
                o = o.head  # "jailed activist Loujain al-Hathloul": the name the title is part of (misread1)
            info["obj"].append(o)
            lemmas.update(self._noun_lemmas(o))
            for c in v.head.children:  # the verb's phrases, hung on the noun ("on Turkey"); their
                if c.dep_ == "prep":    # nouns only widen the phrase, as for any object
                    lemmas.add(c.lower_)
                    info["preps"].append(c)
                    wider.extend(p for p in c.children if p.dep_ == "pobj")
        doc = v.doc
        kids, dep_col = children_table(doc)
        for k in kids[v.i]:  # v.children, a Token made only for a label read below (perf11e)
            dep = dep_col[k]
            if dep not in _DEPS_READ:
                continue
            c = doc[k]
            if dep == "prt" or (dep == "advmod" and c.lower_ in PARTICLES):
                lemmas.add(c.lemma_.lower())
                for g in c.children:
                    if g.dep_ == "pobj":  # "put on ice the delivery": the particle read with its noun (types14)
                        lemmas.add(g.lemma_.lower())
                        if c.lower_ == "down" and c.i == v.i + 1:
                            # "a jet shot down the Chinese balloon": the noun is the verb's object (targets25)
                            g = self._through_quantity(g)
                            info["obj"].append(g)
                            lemmas.update(self._noun_lemmas(g))
                            wider.extend(self._phrase_nouns(g))
                    elif g.dep_ == "prep" and g.lower_ != "of":
                        # "put Cuba back on its list": the parser hangs the verb's phrase on the
                        # particle (odds4); also "walked away from the deal" (types8)
                        wider.extend(self._particle_phrase(g, lemmas, info))
            elif dep == "advmod" and c.n_lefts and (p := c.nbor(-1)).head.i == c.i and p.dep_ == "advmod" \
                    and p.lower_ in PARTICLES:
                lemmas.add(p.lemma_.lower())  # "would hit back hard at Hezbollah": the parser hangs the
                # particle on the adverb after it; it is the verb's ('hit back at') (types22)
            elif dep in ("acomp", "oprd", "advcl") and c.pos_ == "ADJ" \
                    and (hung := [o for o in c.children if o.dep_ == "dobj"]):
                # "shot dead the Russian ambassador": the parser hangs the verb's object on the
                # result adjective; it is the verb's object (targets6)
                lemmas.add(c.lemma_.lower())
                for o in hung:
                    o = self._through_quantity(o)
                    info["obj"].append(o)
                    lemmas.update(self._noun_lemmas(o))
                    wider.extend(self._phrase_nouns(o))
            elif dep == "advcl" and (o := object_read_as_participle_subject(c)) is not None:
                # "arrested hundreds of students marching against the coup": the parser makes the
                # object the subject of the participle after it; it is the verb's object, the
                # participle its modifier (odds12)
                o = self._through_quantity(o)
                info["obj"].append(o)
                lemmas.update(self._noun_lemmas(o))
                wider.extend(self._phrase_nouns(o))
            elif dep == "ccomp" and (o := object_read_as_participle_subject(c)) is not None \
                    and (bare := self.lex.match_verb(v.lemma_.lower(), {o.lemma_.lower()})) is not None \
                    and not bare.frame and "obj" in bare.target:
                # "beat protesters camped in the square": the same misreading with a past
                # participle, for a verb that acts on an object and takes no clause (odds18)
                o = self._through_quantity(o)
                info["obj"].append(o)
                lemmas.update(self._noun_lemmas(o))
                wider.extend(self._phrase_nouns(o))
            elif dep in ("advcl", "ccomp", "prep") and (o := object_read_as_time_compound(c)) is not None:
                # "declared martial law hours after Russian forces crossed the border": the object
                # the parser glued to the clause's time lapse is the verb's (odds16)
                info["obj"].append(o)
                lemmas.update(self._noun_lemmas(o))
                wider.extend(self._phrase_nouns(o))
            elif dep in ("advcl", "ccomp") and name_headed_gerund(c):
                # "reopened the Kerem Shalom crossing into Gaza": the noun after the name, read as a
                # participle clause, is the verb's object (types26)
                info["obj"].append(c)
                lemmas.add(c.lower_)
                wider.extend(self._phrase_nouns(c))
                for g in c.children:
                    if g.dep_ == "prep" and g.lower_ != "of":
                        wider.append(g)
                        wider.extend(p for p in g.children if p.dep_ == "pobj")
            elif dep == "dobj" and c.lemma_.lower() in SUMMARY_ACT_NOUNS and self._summary_noun(c) \
                    and any(o.dep_ == "dobj" and o.i < c.i for o in v.children):
                continue  # "seized power, a move condemned by the UN": the act summed up, no second object (odds5)
            elif dep in ("dobj", "nsubjpass", "attr", "oprd") or (dep == "dative" and c.pos_ in ("NOUN", "PROPN")) \
                    or (dep == "nsubj" and small_clause_participle(v)):
                if c.lemma_.lower() in demand_words("consignments"):
                    lemmas.add(c.lemma_.lower())  # "paused a shipment of bombs": 'pause shipment' too (types10)
                if dep == "dobj":
                    # wire18: "taking hundreds of children and parents hostage": the parser makes the
                    # bare complement noun an apposition of the object; it is the verb's ('take hostage')
                    # (c.rights' appositions from the children table: a Token only for one, perf12)
                    for g in (doc[j] for j in kids[c.i] if j > k and dep_col[j] == "appos"):
                        if g.pos_ == "NOUN" and g.n_lefts == 0 and g.n_rights == 0:
                            lemmas.add(g.lemma_.lower())
                c = self._through_quantity(c)
                info["obj"].append(c)
                lemmas.update(self._noun_lemmas(c))
                wider.extend(self._phrase_nouns(c))
                if dep == "dobj":
                    if c.lemma_.lower() in ENTITLEMENT_NOUNS:
                        for g in c.children:
                            if g.dep_ == "acl" and g.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children) \
                                    and not any(a.dep_ == "neg" for a in g.children):
                                # "had the right to use nuclear weapons": what the holder may do ('have right use weapon') (types25)
                                lemmas.add(g.lemma_.lower())
                                lemmas.update(o.lemma_.lower() for o in g.children if o.dep_ == "dobj")
                    for g in c.children:
                        if g.dep_ == "dobj" and g.pos_ == "NOUN":
                            # "put on hold a shipment of bombs": the parser makes the object the
                            # object of the noun "hold"; it is the verb's own object (types14)
                            info["obj"].append(g)
                            lemmas.update(self._noun_lemmas(g))
                            wider.extend(self._phrase_nouns(g))
                        if g.dep_ == "prep" and g.lower_ == "of" and self._takes_of(v):
                            # "stripped 94 critics of their citizenship": the parser hangs the
                            # verb's own "of" phrase on its object, like a genitive
                            wider.append(g)
                            wider.extend(p for p in g.children if p.dep_ == "pobj" and p not in wider)
                        if g.dep_ == "prep" and g.lower_ != "of":
                            # "removed three groups from the list of terrorist organisations":
                            # the parser hangs the verb's phrase on its object
                            wider.append(g)
                            for p in g.children:
                                if p.dep_ == "pobj":
                                    wider.append(p)
                                    wider.extend(self._phrase_nouns(p))
                        if g.dep_ == "acl" and g.tag_ in ("VBN", "VBD") and g.i > c.i:
                            # "ordered the investor held for two months": the parser hangs the
                            # complement participle on the object; it is the verb's word
                            # ('order hold', as "ordered him jailed") (stories10)
                            lemmas.add(g.lemma_.lower())
                        if g.dep_ == "amod" and g.i > c.i:
                            # "left the door open to talks", "took 200 people captive" (types8):
                            # the parser makes the complement adjective after the object its
                            # modifier, and hangs the verb's phrase on it
                            lemmas.add(g.lemma_.lower())
                            for h in g.children:
                                if h.dep_ == "prep" and h.lower_ != "of":
                                    if g not in wider:
                                        wider.append(g)
                                    wider.append(h)
                                    wider.extend(p for p in h.children if p.dep_ == "pobj")
                for conj in c.conjuncts:
                    # "provided photographs and other military intelligence": each object counts
                    if conj.pos_ in ("NOUN", "PROPN"):
                        lemmas.update(self._noun_lemmas(conj))
            elif dep == "prep" and c.lower_ == "down" and c.i == v.i + 1 \
                    and (o := next((p for p in c.children if p.dep_ == "pobj"), None)) is not None \
                    and (bare := self.lex.match_verb(v.lemma_.lower(), {"down"})) is not None and "obj" in bare.target:
                # (the verb's row with 'down' takes an object: "marched down the avenue" keeps its phrase)
                # "an American jet shot down the Chinese balloon": the parser reads the particle as a
                # preposition with the object as its noun; it is the verb's particle and object (targets25)
                lemmas.add("down")
                o = self._through_quantity(o)
                info["obj"].append(o)
                lemmas.update(self._noun_lemmas(o))
                wider.extend(self._phrase_nouns(o))
            elif dep == "prep" or (dep == "dative" and c.pos_ == "ADP") or dep == "agent":  # (is_prep(c))
                if c.lower_ == "according":
                    continue  # "struck near the base, according to the army": attribution, no "accord"
                if c.lower_ in TIME_PREPS and c.lower_ not in DEADLINE_PREPS \
                        and any(p.ent_type_ in ("DATE", "TIME") for p in c.children if p.dep_ == "pobj"):
                    continue  # "late on Tuesday" is no "call on"; "sentenced to ten years" keeps its "to"
                lemmas.add(c.lemma_.lower())
                info["preps"].append(c)
                for p in c.children:
                    if p.dep_ == "pobj":
                        nouns = self._noun_lemmas(p)
                        lemmas.update(nouns)
                        for w in nouns:
                            info["under"].setdefault(w, set()).add(c.lower_)
                        wider.extend(self._phrase_nouns(p))
                        if p.lemma_.lower() in QUANTITY_WORDS or p.pos_ == "NUM":
                            # "opened its borders to tens of thousands of refugees"
                            lemmas.update(self._noun_lemmas(self._through_quantity(p)))
                        for conj in p.conjuncts:  # "paid for fuel and salaries": each object counts
                            if conj.pos_ in ("NOUN", "PROPN"):
                                lemmas.update(self._noun_lemmas(conj))
                    elif p.dep_ == "pcomp" and not (c.lower_ == "in" and any(w.tag_ == "WP" and w.lower_ == "what" for w in p.children)):
                        # ("held the president, in what officials called a coup": the free relative
                        # names the act, it is no 'hold call' (types25))
                        lemmas.add(p.lemma_.lower())
                    elif p.dep_ == "prep" and c.lower_ in PARTICLES:
                        # "pulled out of the deal": the parser hangs "of the deal" on "out"
                        self._particle_phrase(p, lemmas, info)
                if c.lower_ == "as":
                    # "resigned as defence minister in protest": the parser hangs the verb's own
                    # phrase on the role noun; its words are the verb's ('resign in protest') (odds14)
                    for p in c.children:
                        if p.dep_ == "pobj":
                            for g in p.children:
                                if g.dep_ == "prep" and g.lower_ != "of":
                                    lemmas.add(g.lower_)
                                    lemmas.update(q.lemma_.lower() for q in g.children if q.dep_ == "pobj")
            elif dep == "xcomp" and (c.pos_ in ("ADJ", "NOUN") or (c.tag_ in ("VB", "VBP") and c.i == v.i + 1 and not any(a.dep_ == "aux" for a in c.children))) \
                    and (o := next((m for m in c.children if m.dep_ == "dobj" and m.pos_ == "NOUN" and m.i == c.i + 1), None)) is not None:
                # "began snap drills": the parser makes the modifier a complement holding the
                # object; the noun is the verb's object, its modifier one of its words (types13)
                info["obj"].append(o)
                lemmas.update(self._noun_lemmas(o))
                lemmas.add(c.lemma_.lower())
                wider.extend(self._phrase_nouns(o))
            elif dep == "xcomp" or (dep == "advcl" and info["xcomp"] is None and c.pos_ == "VERB"
                                    and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)):
                # "vowed to fight" is sometimes parsed as an adverbial clause: same complement
                if c.lemma_.lower() in HELP_VERBS \
                        and (x := next((g for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB"), None)) is not None \
                        and self._entry(x) is not None:
                    c = x  # "offered to help mediate between Russia and Ukraine": the helped act is the complement (odds17)
                info["xcomp"] = c
                if not any(a.dep_ == "neg" for a in c.children):
                    # "vowed not to attack Ukraine" is no 'vow attack' (a threat): the negated
                    # complement is read by the frame (types15)
                    lemmas.add(c.lemma_.lower())
                if dep == "advcl" and self._for_to_clause(c):
                    lemmas.add("for")  # "pushed for the US to back the plan": a "push for"

                if c.tag_ == "VBG":
                    lemmas.add(c.lower_)  # "stopped fighting": the lexicon writes "stop fighting"
            elif dep == "ccomp" and (subj := self._noun_read_as_clause(v, c)) is not None:
                # "rejected the ceasefire offer" read as "rejected [the ceasefire] offer": a
                # compound noun the parser made a subject and a bare verb is the object (stories8)
                info["obj"].append(c)
                lemmas.add(c.lemma_.lower())
                lemmas.update(self._noun_lemmas(subj))
            elif dep == "ccomp":
                info["ccomp"] = c
                if v.lemma_.lower() in LET_VERBS:
                    # "will allow U.N. inspectors to return": the parser makes the inspectors the
                    # subject of "return"; for the lexicon they are what is allowed, and the
                    # complement verb is part of the phrase ("allowed the state of emergency
                    # to expire" -> "allow state expire")
                    lemmas.add(c.lemma_.lower())
                    if c.pos_ == "NOUN" and c.i > v.i:
                        # "refused to let IAEA inspectors into the plant": the object read as a
                        # verbless clause is the object (odds14)
                        info["obj"].append(c)
                        lemmas.update(self._noun_lemmas(c))
                        wider.extend(self._phrase_nouns(c))
                    for s in c.children:
                        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN"):
                            info["obj"].append(s)
                            lemmas.update(self._noun_lemmas(s))
                            wider.extend(self._phrase_nouns(s))
                elif v.lemma_.lower() in CAUSATIVE_VERBS and c.lemma_.lower() in PAYBACK_VERBS:
                    # "would make Iran pay a price", "will make them regret it": the one made to
                    # pay is the verb's object ('make pay', a threat) (stories10)
                    lemmas.add(c.lemma_.lower())
                    info["obj"].extend(s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN", "PRON"))
                elif (word := self._object_predicate(v, c)) is not None:
                    lemmas.add(word)  # "held 20 police officers hostage"
                elif (held := self._captives_clause(c)) is not None:
                    lemmas.add(c.lemma_.lower())  # "held two police officers hostage for hours"
                    info["obj"].append(held)
                    lemmas.update(self._noun_lemmas(held))
                    wider.extend(self._phrase_nouns(held))
                elif c.pos_ == "NOUN" and c.i > v.i and (named := next(
                        (s for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i == v.i + 1), None)) is not None:
                    # "declared Russia a state sponsor of terrorism": a verbless small clause; its
                    # subject is the verb's object and its noun the predicate (odds4)
                    info["obj"].append(named)
                    lemmas.update(self._noun_lemmas(named))
                    lemmas.update(self._noun_lemmas(c))
            elif dep == "advcl" and (word := self._object_predicate(v, c)) is not None:
                lemmas.add(word)  # "took two police officers hostage in Cochabamba"
            elif dep == "acomp":
                lemmas.add(c.lemma_.lower())
                if c.n_rights:
                    # "was critical of the commission": the adjective's own preposition, so that a
                    # row can ask for it ('be critical of'; not "in critical condition") (realnews19a)
                    lemmas.update(p.lower_ for p in c.children if p.dep_ == "prep")
            elif dep == "advmod" and c.lower_ in RESPONSE_ADVERBS:
                lemmas.add(c.lower_)  # "would respond firmly to": a threat (verbs.tsv, odds3)
            elif dep == "npadvmod" and (any(n.dep_ == "nummod" for n in c.children) or (
                    any(n.dep_ == "det" and n.lower_ in ("a", "an") for n in c.children)
                    and any(r.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in r.children)
                            for r in c.rights))):  # "gave the junta a week to reinstate ..." (odds14)
                lemmas.add(c.lemma_.lower())  # "gave Qatar ten days to comply": a time limit
            elif dep == "nsubj" and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.lower_ in FORCE_NAME_HEADS):
                # a common-noun subject is written "@noun" in the lexicon: "leave @troop" is "the
                # last Syrian troops left Lebanon" (a retreat), not "the ministers left Geneva";
                # so is a force's capitalised name head ("the Pakistan Army massed along the border", realnews18b)
                lemmas.add("@" + c.lemma_.lower())
            elif dep == "nsubj" and c.pos_ == "PRON" and v.dep_ == "relcl" and c.lower_ in ("that", "which", "who") \
                    and v.head.pos_ == "NOUN":
                lemmas.add("@" + v.head.lemma_.lower())  # "mortar shells that landed in Bangladesh" (targets18)
        if (shared_subject := self._shared_noun_subject(v)) is not None:
            lemmas.add("@" + shared_subject.lemma_.lower())  # "rockets fired by Hamas landed": conjoined verbs
        if not info["obj"] and (shared := self._shared_object(v)) is not None:
            info["obj"].append(shared)
            lemmas.update(self._noun_lemmas(shared))
        if not info["obj"] and (paired := self._paired_verb_object(v)) is not None:
            # "Russia trained and equipped separatist fighters" read as a noun phrase
            info["obj"].append(paired)
            lemmas.update(self._noun_lemmas(paired))
            wider.extend(self._phrase_nouns(paired))
        if not info["obj"] and (named := free_relative_object(v)) is not None:
            # "rejected what he called the diktats of the IMF": the named noun is the object and
            # the "what" clause no complement event of its own
            info["obj"].append(named)
            info["ccomp"] = None
            lemmas.update(self._noun_lemmas(named))
            wider.extend(self._phrase_nouns(named))
        return lemmas, info

    @staticmethod
    def _object_predicate(v, c) -> str | None:
        """'held 20 police officers hostage': the parser may hang the bare noun that says what the
        object becomes on the verb as a clausal or adverbial complement; it is part of the verb's
        phrase ("hold hostage") when it has no subject or dependents of its own but prepositional
        phrases and follows the object."""
        if c.tag_ in ("VB", "VBD", "VBG", "VBN") or c.pos_ not in ("NOUN", "VERB") \
                or any(d.dep_ != "prep" for d in c.children):
            return None  # a mis-tagged noun ("hostage" read as VBP) counts, with a place or time
            # phrase hung on it ("hostage in Cochabamba", odds2); a bare verb does not
        obj = next((o for o in v.children if o.dep_ == "dobj"), None)
        return c.lemma_.lower() if obj is not None and obj.i < c.i else None

    @staticmethod
    def _captives_clause(c):
        """'held two police officers hostage for several hours': the parser may make 'hostage' a
        clausal complement whose subject is the captives; they are the verb's object. The
        subject, or None when c is no such clause (word set captive_words, odds2 helper)."""
        if c.lemma_.lower() not in CAPTIVE_WORDS and c.lower_ not in CAPTIVE_WORDS:
            return None
        subj = None
        for d in c.children:
            if d.dep_ == "nsubj" and d.pos_ in ("NOUN", "PROPN") and d.i < c.i:
                subj = d
            elif d.dep_ not in ("prep", "punct"):
                return None
        return subj

    def _takes_of(self, v) -> bool:
        """Does the lexicon write verb v with an "of" phrase of its own ("strip of citizenship")?"""
        return "of" in self.lex.verb_words(v.lemma_.lower())

    @staticmethod
    def _for_to_clause(c) -> bool:
        """Is c an infinitive with its own subject introduced by "for" ("for the US to support
        the plan")? The parser makes it an adverbial clause of the verb before it; after "push",
        "press", "call" or "appeal" it is what is asked for, and its subject the one asked."""
        return any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
            and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)  # "for sanctions to be eased" (odds4)

    @staticmethod
    def _shared_object(v):
        """The object v shares with the verb right after it: "rammed and boarded two boats"."""
        if v.i not in heads_of_dep(v.doc, "conj"):
            return None  # no conjunct: nothing to share (from the columns, perf9)
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == v.i + 2 and v.nbor(1).dep_ == "cc" \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                return next((g for g in c.children if g.dep_ == "dobj"), None)
        return None

    def _entry(self, v, deps: set[str] | None = None, info: dict | None = None) -> VerbEntry | None:
        """The lexicon entry of verb v. A hyphenated verb ("test-fired") is looked up whole
        first. The wider phrase (info["wider"]) only fills a gap: it never overrides an entry
        the verb's own dependents match.

        Asked without deps (the verb's own dependents, as `_deps` finds them), the answer is kept
        for the sentence being coded: the same verb is asked for again and again (by the verb
        rules, the roles, the noun rules: about one verb in five). It is exact: `_deps` and
        this function only read the parse, which nothing changes once `_sentence` has retagged
        the sentence's misread verbs and started the memo (its entries are frozen VerbEntry
        records or None); a doc being coded by no `code_doc` has no memo."""
        if deps is None:
            return self._kept_entry(v, lambda: self._deps(v))
        return self._entry_of(v, deps, info)

    def _own_entry(self, v, deps: set[str], info: dict) -> VerbEntry | None:
        """_entry(v) for deps, info just returned by _deps(v) (unchanged): the same answer, so
        it is taken from or put in the sentence's memo (see _entry)."""
        return self._kept_entry(v, lambda: (deps, info))

    def _kept_entry(self, v, deps_of) -> VerbEntry | None:
        """v's entry from the sentence's memo, worked out (with the dependents `deps_of()` gives)
        and kept the first time; worked out every time for a doc no `code_doc` is coding."""
        memo = v.doc.user_data.get(ENTRY_MEMO_KEY)
        if memo is None:
            return self._entry_of(v, *deps_of())
        if v.i not in memo:
            memo[v.i] = self._entry_of(v, *deps_of())
        return memo[v.i]

    def _entry_of(self, v, deps: set[str], info: dict | None) -> VerbEntry | None:
        """The work of _entry, for the dependents given."""
        lemmas = [v.lemma_.lower()]
        prefix = hyphen_prefix(v)
        if prefix is not None:
            lemmas.insert(0, f"{prefix.lower_}-{lemmas[0]}")
        if not any(lemma in self.lex.verbs for lemma in lemmas):
            return None  # no row starts with this verb: no dependents can make one match
        wide = None
        accept = self._prep_fit(info) if info else None
        head_fit = self._head_word_fit(deps, info, None)  # "handed over the power station"
        if head_fit is not None:
            accept = head_fit if accept is None else (lambda e, a=accept: head_fit(e) and a(e))
        order_fit = self._particle_order_fit(v)  # "gave a warning to Guyana ... in the region"
        if order_fit is not None:
            accept = order_fit if accept is None else (lambda e, a=accept: order_fit(e) and a(e))
        agent_fit = self._agent_word_fit(v, info) if info and info["obj"] else None
        if agent_fit is not None:
            accept = agent_fit if accept is None else (lambda e, a=accept: agent_fit(e) and a(e))
        doc = v.doc
        kids, dep_col = children_table(doc)  # v.children's labels from the columns (perf15)
        if any(dep_col[k] in ("dative", "nsubjpass") and doc[k].pos_ in ("NOUN", "PROPN") for k in kids[v.i]) \
                and any(dep_col[k] == "dobj" for k in kids[v.i]) \
                and not (any(dep_col[k] == "dative" for k in kids[v.i]) and self._to_phrase(v)) \
                or self._first_of_two_objects(v) is not None:
            # "sent Ukraine tanks", "will hand Kyiv 40 fighting vehicles", "Ukraine was sent 14
            # tanks" (the recipient made the passive's subject): a double object gives the thing to
            # the recipient; a force posture (15x: "sent tanks to the border") has
            # no recipient, so its rows do not apply (targets24). A "dative" beside a "to" phrase is
            # a misread model name ("sent Challenger 2 tanks to Ukraine"): no verb takes both
            given_fit = lambda e: not (e.cameo or "").startswith("15")
            accept = given_fit if accept is None else (lambda e, a=accept: given_fit(e) and a(e))
        if lemmas[-1] in HELPED_SIDE_VERBS and not self._helped_side(v):
            # "deployed troops to help fight an insurgency": no side is helped, so no cooperation
            # with anyone; the fight is the act ("helped Iraqi troops retake Mosul" helps them)
            side_fit = lambda e: e.cameo not in ("062", "072") or len(e.words) != 2
            accept = side_fit if accept is None else (lambda e, a=accept: side_fit(e) and a(e))
        for lemma in lemmas:
            entry = self.lex.match_verb(lemma, deps, accept)
            if entry is not None and entry.frame == "actor-object" and len(entry.words) == 1 \
                    and any(c.dep_ == "prt" for c in v.children):
                entry = None  # "called off a week of protests": a phrasal verb, not the bare verb's sense (odds12)
            if (entry is None or entry.cameo is None) and info and info["wider"]:
                # nothing, or only a light verb ("launched the Power of Siberia gas pipeline")
                if wide is None:
                    wide = set(deps)
                    for t in info["wider"]:
                        wide |= self._noun_lemmas(t) if t.pos_ in ("NOUN", "PROPN") else {t.lower_}
                found = self.lex.match_verb(lemma, wide, accept)
                if found is not None and (entry is None or found.cameo is not None):
                    entry = found
            elif entry is not None and info and info["wider"]:
                refined = self._refined_entry(lemma, entry, deps, info)
                entry = refined if head_fit is None or head_fit(refined) else entry
            if entry is not None:
                return entry
        return None

    @staticmethod
    def _condition_tail(v, comp) -> bool:  # types26 helper
        """Whether the clause `comp` the parser made v's content is only the verb of a condition:
        "threatened Armenia with a full-scale offensive if shelling of its positions continued" is
        read with "shelling" as an 'if' clause of its own and "continued", with no subject, as what
        was threatened; the threat is the object's ('with an offensive'), not the condition's."""
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
            return False
        return any(a.dep_ == "advcl" and v.i < a.i < comp.i
                   and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children)
                   for a in v.children)

    @staticmethod
    def _same_contact(cand, last) -> bool:  # stories10 helper
        """Whether `last`, the event coded just before, is the contact (a call, meeting, visit or
        a meeting promised) of the verb cand's purpose clause hangs on, by the same side, and the
        clause names no partner of its own ('met Macron to discuss the budget'; not 'flew to
        Riyadh to discuss the killing with King Salman')."""
        v = cand.anchor
        if last.event not in ("CONSULT", "AGREE") or (last.event == "AGREE" and last.cameo != "036"):
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in v.children):
            return False
        return last.sentence == v.sent.text and last.trigger.split()[0] == v.head.text \
            and bool({a.primary for a in last.source} & {a.primary for a in cand.source})

    def _held_person_entry(self, v, info):
        """'held President Bazoum in his palace', 'kept the ministers at a military camp': a named
        person or office-holder held somewhere is seized (the 'seize' row, 171, which
        rules._reclassify makes 173 or 181 by who holds them); None otherwise (odds7)."""
        if len(info["obj"]) != 1 or not any(p.lower_ in CUSTODY_PLACE_PREPS and any(
                n.dep_ == "pobj" and (n.ent_type_ in ("GPE", "LOC", "FAC") or any(d.dep_ in ("det", "poss") for d in n.children))
                for n in p.children) for p in info["preps"]):
            return None  # (a place he is kept in: "in his palace", not "in high regard")
        o = info["obj"][0]
        if o.dep_ != "dobj" or not (o.ent_type_ == "PERSON" or o.lemma_.lower() in OFFICE_TITLES_SET):
            return None
        return self.lex.match_verb("seize", {"seize"})

    def _agent_word_fit(self, v, info):
        """A test for verb entries that name their object ("seize sailor", "capture {abductees}"):
        in a passive their words must come from the object, not the doer's 'by' phrase, so
        "navy vessels were seized by Russian border guards" is a seizure of ships (171), as in the
        active voice, not of border guards (181) (targets12). None when the verb has no such phrase."""
        if v.i not in heads_of_dep(v.doc, "agent"):
            return None  # no agent child (from the columns: no Token per child, perf9)
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        by = {w for p in agent.children if p.dep_ == "pobj" for w in self._noun_lemmas(p)}
        own = {w for o in info["obj"] for w in self._noun_lemmas(o)}
        by -= own
        if not by:
            return None
        # (a row that writes "by" names the doer's phrase itself: "hit by missile")
        return lambda e: not (e.target[:1] == ("obj",) and len(e.words) > 1 and "by" not in e.words
                              and all(w in by for w in e.words[1:]))

    @staticmethod
    def _particle_order_fit(v):
        """A test for verb entries whose particle comes before a preposition ("give in to", "back
        down from"): the particle must come before that preposition in the clause too, so "gave a
        warning to Guyana over concessions in the Essequibo region" is no giving in to Guyana
        (targets8). None when the verb has no two such dependents."""
        if v.i not in heads_of_words(v.doc, "PARTICLES", PARTICLES):
            return None  # no child is a particle word: `first` below would hold none (perf9)
        first: dict[str, int] = {}
        for c in v.children:
            if c.dep_ in ("prt", "prep", "dative", "advmod") and c.pos_ in ("ADP", "ADV", "PART"):
                first.setdefault(c.lower_, c.i)
        if len(first) < 2 or not any(w in PARTICLES for w in first):
            return None

        def accept(entry: VerbEntry) -> bool:
            words = entry.words[1:]
            for a, b in zip(words, words[1:]):
                if a in PARTICLES and a in first and b in first and first[a] > first[b]:
                    return False
            return True
        return accept

    @staticmethod
    def _head_word_fit(deps, info, accept):
        """A test for verb entries: a word of HEAD_ONLY_WORDS that the clause has only as the
        modifier of another noun ("handed over the power station") fits a pattern only if the
        pattern also names that noun ("cut power supply"); wraps the `accept` test given."""
        words = deps & HEAD_ONLY_WORDS
        if not words or not info:
            return accept
        heads: set[str] = set()
        modified: dict[str, set[str]] = {}
        nouns = list(info["obj"]) + [p for c in info["preps"] for p in c.children if p.dep_ == "pobj"]
        for n in nouns:
            for x in (n, *n.conjuncts):
                heads.add(x.lemma_.lower())
                for c in x.children:
                    if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words:
                        modified.setdefault(c.lemma_.lower(), set()).add(x.lemma_.lower())
        bad = {w: hs for w, hs in modified.items() if w not in heads}
        if not bad:
            return accept

        def fit(entry: VerbEntry) -> bool:
            if any(w in entry.words and not hs & set(entry.words) for w, hs in bad.items()):
                return False
            return accept is None or accept(entry)
        return fit

    def _prep_fit(self, info):
        """A test for verb entries: a pattern noun found only in a phrase of circumstance ("under
        the agreement", "during the talks") counts only when the pattern names that preposition
        ("pulled out of Kosovo under the agreement" is a retreat, not leaving a treaty)."""
        scene = {w: ps for w, ps in info["under"].items() if ps <= CIRCUMSTANCE_PREPS}
        if not scene:
            return None
        direct: set[str] = set()
        for o in info["obj"]:
            direct |= self._noun_lemmas(o)
            for conj in o.conjuncts:
                direct |= self._noun_lemmas(conj)
        for p in info["preps"]:
            if p.lower_ not in CIRCUMSTANCE_PREPS:
                for c in p.children:
                    if c.dep_ == "pobj":
                        direct |= self._noun_lemmas(c)

        def accept(entry: VerbEntry) -> bool:
            named = set(entry.words[1:])
            return all(w in direct or w not in scene or scene[w] & named for w in entry.words[1:])
        return accept

    def _refined_entry(self, lemma: str, entry: VerbEntry, deps: set[str], info: dict) -> VerbEntry:
        """A longer entry that extends `entry` with a noun of the wider phrase says what kind of act
        it is ("took control of the gas fields": seizing property, not territory; "ordered the
        expulsion of the ambassador": a diplomatic expulsion); anything else keeps `entry`."""
        wide = set(deps)
        for o in info["obj"]:
            if o.dep_ == "dobj":
                # also what an "on" phrase restricts: "tightened controls on exports" (163)
                for t in self._phrase_nouns(o, ("of", "on", "to")):
                    # "to": "reaffirmed its commitment to Ukraine's territorial integrity" (types6)
                    wide |= self._noun_lemmas(t)
                # "expressed regret to Namibia": the parser hangs the verb's "to" on its object
                wide |= {c.lower_ for c in o.children if c.dep_ == "prep" and c.lower_ != "of"}
        if len(wide) == len(deps):
            return entry
        found = self.lex.match_verb(lemma, wide)
        if found is not None and len(found.words) > len(entry.words) and set(entry.words) <= set(found.words) \
                and (found.cameo is not None or any(o.dep_ == "dobj" and o.lemma_.lower() in HAUL_NOUNS for o in info["obj"])):
            return found  # (a light row only through an amount: "seized two tonnes of cocaine", odds23)
        return entry

    @staticmethod
    def _phrase_nouns(n, preps=("of",)) -> list:
        """Nouns one step beyond noun n that say what it is: the noun of its "of" phrase ("the
        state of emergency", "the list of terrorist organisations"; other prepositions when
        asked) and, for a name, its apposition and common nouns ("the Baltic Pipe, a new link",
        "the Power of Siberia gas pipeline")."""
        out = []
        doc = n.doc
        kids, dep_col = children_table(doc)
        for k in kids[n.i]:  # n.children, a Token made only for a label read below (perf11e)
            dep = dep_col[k]
            if dep == "prep":
                c = doc[k]
                if c.lower_ in preps:
                    for j in kids[k]:
                        if dep_col[j] != "pobj":
                            continue
                        p = doc[j]
                        if p.pos_ == "NOUN":
                            out.append(p)
                        elif p.pos_ == "PROPN":
                            # "seized control of Zaman, the country's largest newspaper": the name's
                            # apposition says what it is (types21)
                            out.extend(doc[m] for m in kids[j] if dep_col[m] == "appos" and doc[m].pos_ == "NOUN")
            elif dep == "appos" and n.pos_ == "PROPN":
                c = doc[k]
                if c.pos_ == "NOUN":
                    out.append(c)
        return out

    @staticmethod
    def _noun_lemmas(n) -> set[str]:
        """The words a noun can match a pattern by: its lemma and form, and those of its
        modifiers. A new set each call; while `_sentence` codes the noun's sentence the answer
        is kept per token (a third of the calls ask again), exact as the entry memo is (see
        _entry): nothing changes the parse once the sentence's retagging is done (perf13a)."""
        memo = n.doc.user_data.get(NOUN_LEMMAS_MEMO_KEY)
        if memo is None:
            return EventCoder._noun_lemmas_of(n)
        kept = memo.get(n.i)
        if kept is None:
            kept = memo[n.i] = frozenset(EventCoder._noun_lemmas_of(n))
        return set(kept)

    @staticmethod
    def _noun_lemmas_of(n) -> set[str]:
        """_noun_lemmas worked out."""
        out = {n.lemma_.lower(), n.lower_}
        doc = n.doc
        kids, dep_col = children_table(doc)
        for k in kids[n.i]:  # n.children, a Token made only for a label read below (perf11e)
            dep = dep_col[k]
            if dep != "amod" and dep != "compound" and dep != "nmod":
                if dep == "det" and token_table(doc).lower[k] == "no":
                    out.add("no")  # "show no mercy": the lexicon's rows may name the 'no' (odds23)
                continue  # no test below takes another label (_person_label: a compound) (perf10)
            c = doc[k]
            if EventCoder._person_label(n, c):
                continue
            if c.dep_ == "amod" and c.tag_ == "VBG" and c.i == n.i + 1 and not (c.n_lefts or c.n_rights):
                out.add(c.lower_)  # "on a war footing": the head noun misread as a participle after it (types13)
            elif c.dep_ in ("compound", "amod", "nmod") and c.i < n.i:  # nmod: "electricity and water supplies"
                if c.tag_ not in ("VBN", "VBG"):  # "planned hearing" is no "plan"
                    out.add(c.lemma_.lower())
                out.add(c.lower_)
        if n.pos_ == "PROPN" and n.i + 1 < len(doc) and (g := doc[n.i + 1]).tag_ == "VBG" \
                and g.dep_ in ("advcl", "acl") and g.head.i in (n.i, n.head.i) \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in n.children) \
                and not any(d.dep_ in ("dobj", "nsubj", "nsubjpass") for d in g.children):
            out.add(g.lower_)  # "reopened the Kerem Shalom crossing": the head noun misread as a participle of the verb (types26)
        return out

    @staticmethod
    def _person_label(n, c) -> bool:
        """c labels the person named by n ("opposition figure Ayman Nour"): a person noun, not
        the thing the verb acts on ("released figures" is statistics)."""
        return n.pos_ == "PROPN" and c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < n.i \
            and c.lemma_.lower() in PERSON_LABEL_NOUNS

    def _comment_which(self, v, o, actors) -> bool:
        """', which Pakistan called illegal': the relative pronoun of a comment on the clause before
        it, aimed at that clause's doer (RoleFinder._commented_clause_doer); not one naming what
        the doer acted on ("NATO bombed the television building, which the alliance called a
        propaganda tool")."""
        return v.dep_ == "relcl" and o.lower_ == "which" and o.i > 0 and o.doc[o.i - 1].text == "," \
            and bool(self._commented_clause_doer(v, self._source(v, actors)[0], actors))

    def _permitted_force(self, v, info, actors, consumed) -> Candidate | None:  # noevent4 helper
        """'Biden allowed Ukraine to strike targets inside Russia', 'Germany allowed Poland to send
        its fighter jets to Ukraine': one side letting another use force or pass on arms is military
        cooperation with it (062, as 'allowed American forces to use the air base', gold l-1499);
        the permitted deed has not happened by the permission, so it is not coded as done."""
        comp = info["ccomp"] or info["xcomp"]
        if comp is None or comp.pos_ != "VERB":
            return None
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None:
            subj = next((o for o in info["obj"] if o.dep_ == "dobj"), None)
        allowed = actors.actors(subj) if subj is not None else []
        source, passive = self._source(v, actors)
        if not allowed or not source or passive:
            return None
        entry = self._entry(comp)
        code = entry.cameo if entry is not None else None
        if code is None or not (code[:2] in ("15", "17", "18", "19", "20") or code[:3] == "072"):
            if all(a.primary in ("IGO", "NGO") and not a.code.startswith("IGONAT") for a in allowed) \
                    and not any(s.primary in ("IGO", "NGO") for s in source):
                # "Belarus let the Red Cross visit detained protesters", "allowed UN monitors to
                # enter the city": a state letting an international body in (086; types10)
                consumed.add(comp.i)
                return Candidate("086", [v], source, allowed, v, clause_modality(v))
            return None
        consumed.add(comp.i)
        consumed.update(c.i for c in comp.children if c.dep_ in ("dobj", "xcomp"))
        return Candidate("062", [v], source, allowed, v, clause_modality(v))

    @staticmethod
    def _announced_exit(v) -> bool:  # noevent4 helper
        """'the United States would withdraw from the ABM treaty in six months', 'will pull out of
        the nuclear deal': a side's plain future exit from an accord is the exit announced (a treaty
        is left by giving notice), coded as the act (160, gold l-3274), not as a threat; an exit
        under a condition ('would pull out unless ...') stays a threat (another branch)."""
        accords = demand_words("accords")
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        preps += [g for c in v.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                  for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
        return any(p.lemma_.lower() in accords for c in preps for p in c.children if p.dep_ == "pobj") \
            or any(c.dep_ == "dobj" and c.lemma_.lower() in accords for c in v.children)  # "will quit the pact"

    def _left_accord(self, v, actors, consumed: set[int]) -> Candidate | None:  # noevent4 helper
        """'Iran said it was no longer bound by some limits in the nuclear deal', 'Russia is no
        longer bound by the test ban treaty': a side that holds itself no longer bound by an
        accord has left it (160, as 'suspended its participation in'); the accord's other party,
        if named on it ('the treaty with the United States'), is the target."""
        if not any(c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
                   for c in v.children):
            return None
        accords = demand_words("accords")
        nouns = [p for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                 for p in a.children if p.dep_ == "pobj"]
        nouns += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "under")
                  for g in c.children if g.dep_ == "pobj"]
        accord = next((n for n in nouns if n.lemma_.lower() in accords), None)
        if accord is None:
            return None
        subj = next((c for c in v.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        source = actors.actors(subj) if subj is not None else []
        if not source:
            return None
        target = [a for c in accord.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
        consumed.add(accord.i)
        modality = clause_modality(v)
        if modality == "refusal":
            # "said it would no longer be bound by / abide by the accords": no refusal of something
            # cooperative (which drops a 16x act) but the exit announced for the future (types25)
            modality = "future"
        return Candidate("160", [v, accord], source, target, v, modality)

    @staticmethod
    def _ties_at_stake(comp, actors) -> tuple[list, object]:
        """'said the decision would have serious consequences for relations with Britain': a
        say-complement in the future ('would', 'will') whose object is consequences for the ties
        with someone threatens that someone (130). Their actors and the consequence word, else
        ([], None) (types9 helper)."""
        if comp.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in comp.children) \
                or not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in comp.children):
            return [], None
        for o in comp.children:
            if o.dep_ != "dobj" or o.lemma_.lower() not in CONSEQUENCE_NOUNS:
                continue
            for ties in (p for c in o.children if c.dep_ == "prep" and c.lower_ == "for"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _TIES):
                partner = [a for c in ties.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                           for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
                if partner:
                    return partner, o
        return [], None

    def _persona_non_grata(self, v, actors, consumed) -> Candidate | None:
        """'declared two Russian diplomats persona non grata': an expulsion of envoys (161). The
        small model reads 'persona' as a verb or noun whose subject or owner is the envoys; the
        envoys are whatever of the verb's words before 'persona' names an actor (types9 helper)."""
        if v.lemma_.lower() != "declare" or v.pos_ != "VERB":
            return None
        toks = list(v.subtree)
        at = next((i for i, t in enumerate(toks[:-2]) if t.lower_ == "persona" and toks[i + 1].lower_ == "non"
                   and toks[i + 2].lower_ == "grata"), None)
        if at is None:
            return None
        envoys = [t for t in toks[:at] if t.i > v.i and t.pos_ in ("NOUN", "PROPN", "ADJ")]
        target = next((found for t in reversed(envoys) if (found := actors.actors(t))), []) or next(
            (found for t in reversed(envoys) if t.pos_ == "ADJ" and (found := actors.country_actor(t))), [])
        source, _ = self._source(v, actors)
        for t in toks[at : at + 3]:
            consumed.add(t.i)
        return Candidate("161", [v, *toks[at : at + 3]], source, target, v, clause_modality(v))

    def _verb_event(self, v, actors: DocActors, consumed: set[int]) -> Candidate | None:
        if v.tag_ == "VBG" and v.dep_ == "pcomp" and v.lemma_.lower() in FORCE_PARTICIPLES and v.head.lower_ == "by" \
                and is_passive(v.head.head):
            return None  # "was heckled by protesting lawmakers": the crowd's descriptor, the passive codes the act (realnews24)
        if self._reduced_relative(v) or self._bare_participle_of_event_noun(v) or self._counted_participle(v) \
                or self._backer_descriptor(v, actors):
            return None
        if v.lemma_.lower() in NOUN_MODIFIER_VERBS and _modifier_read_as_verb(v):
            return None
        root = noun_read_verb(v.head) if v.dep_ == "xcomp" else None
        if root is not None and root.i not in consumed:
            entry = self.lex.match_verb(root.lemma_.lower(), set())
            if entry is not None and entry.frame in ("intent", "threat", "refuse"):
                # "Putin and Xi plan to meet" with "plan" parsed as a noun: code it as the verb
                _, info = self._deps(root)
                info["xcomp"] = v
                consumed.add(root.i)
                return self._frame_event(root, entry, actors, consumed, info)
        if (compound := self._compound_read_as_verb(v, actors, consumed)) is not None:
            return compound
        if (unwelcome := self._persona_non_grata(v, actors, consumed)) is not None:
            return unwelcome
        if self._met_with_reaction(v) and not self._met_with_threat(v):
            return None  # "the ruling was met with protests": no meeting; the noun is the event (realnews8)
        if v.dep_ == "acl" and (v.head.lemma_.lower() in INTENT_NOUNS or v.head.lemma_.lower() in TAKEN_ACT_NOUNS) \
                and (pledged := self._intended_deed(v, actors, consumed)) is not None:
            return pledged  # "Japan's pledge to send aid to Turkey": intent, not the deed (types6)
        lemma = v.lemma_.lower()
        if lemma in FLIGHT_VERBS and self._flight_clause(v):
            return None  # "fired a missile that landed in Japan's economic zone": part of the launch (targets12)
        if lemma in BREACH_VERBS and v.dep_ == "ccomp" and v.head.i > v.i and v.head.lemma_.lower() in ALLEGE_VERBS \
                and self._named_violator(v, actors):
            # '"Pakistan has violated Indian airspace," the air force said': the speaker's accusation,
            # coded on the say verb, is the event; the quoted violation is its claim (targets11)
            return None
        if lemma in UNBOUND_VERBS and (left := self._left_accord(v, actors, consumed)) is not None:
            return left  # "Iran said it was no longer bound by the deal's limits": a withdrawal
        if lemma in DEFIANCE_PARTICIPLES and v.tag_ == "VBG" and v.dep_ == "advcl" and v.head.i < v.i \
                and v.head.pos_ == "VERB" and self._clause_codes_event(v.head):
            return None  # "arrived in Taiwan, defying warnings from Beijing": how the act was done (stories7)
        if lemma in SETTING_MEETING_VERBS and v.tag_ == "VBG" and (v.dep_ in ("acl", "advcl") or v.dep_ == "ROOT" and v.i > 0
                and v.doc[v.i - 1].text == "," and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
                and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in v.children)) and not any(
                c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in ("with", "between") for c in v.children):
            # (also the participle read as the root, the real predicate joined to it: "Leaders of
            # ECOWAS, the West African bloc, meeting in Abuja, gave ...")
            # "Leaders of ECOWAS, meeting in Abuja on Sunday, gave the junta a week", "Meeting in
            # Pretoria, the two sides agreed to a truce": a partnerless meeting told as the occasion
            # of what the subject did, not an event of its own (wire21)
            return None
        if lemma in HOSTING_VERBS and v.dep_ not in ("xcomp", "acl") and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in INSTALLATION_NOUNS or c.lower_ in INSTALLATION_NOUNS)
                for c in v.children) \
                and clause_modality(v) == "asserted":
            return None  # "Qatar hosts the largest American air base": a standing arrangement (odds8)
        if lemma in HOSTING_VERBS and v.dep_ == "acl" and v.head.i < v.i \
                and (v.head.lemma_.lower() in INSTALLATION_NOUNS or v.head.lower_ in INSTALLATION_NOUNS):
            return None  # "a base hosting American forces": what the base is, not a visit hosted (odds11)
        deps, info = self._deps(v)
        entry = self._own_entry(v, deps, info)
        entry = self._of_specific(entry, info)
        if entry is not None and entry.cameo in ("062", "072") and lemma in HELPED_SIDE_VERBS:
            # "would help Syrian troops retake Aleppo": the act helped is part of the help, no
            # threat by the troops of their own (realfix21)
            consumed.update(c.i for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in entry.words)
        if (entry is None or entry.cameo == "190" and "under" in entry.words) and lemma in UNDER_ATTACK_VERBS \
                and (why := self._fire_reason(v)) is not None:
            # (also over the armed-fire rows: "troops came under fire from lawmakers over the raid", targets26)
            # "came under fire from Western leaders over the buildup": the reason hangs on the
            # critics, not on the verb; read as the verb's own (the 'come under fire over' row) (light17)
            entry = self.lex.match_verb(lemma, deps | {why})
        if self._wrong_sense(v, info, actors):
            consumed.update(o.i for o in info["obj"])
            return None  # "dismissed the lawsuit": see ClauseRules._wrong_sense
        if (retort := self._promised_retort(v, entry, info)) is not None and (target := self._retort_target(
                retort[1], actors)):
            # "vowed to meet North Korea's threats with fire", "would answer any Chinese aggression
            # with force": a threat of force against the owner of the act answered (odds8); with no
            # owner named ("respond to any attack on its facilities") the usual rules code it
            x, act, code = retort
            consumed.update((x.i, act.i))
            return Candidate(code, sorted({v, x, act}, key=lambda t: t.i), self._source(v, actors)[0], target, v,
                             clause_modality(v))
        ready = self._readiness(v)
        if ready is None and lemma in INFINITIVE_INTENT_VERBS and (entry is None or entry.frame == "light") \
                and info["xcomp"] is not None and any(a.dep_ == "aux" and a.lower_ == "to" for a in info["xcomp"].children):
            ready = info["xcomp"]  # "Turkey undertook to lift its veto": a pledge (noevent4)
        answering = ready
        if ready is None and lemma in ANSWER_VERBS and (entry is None or entry.frame in ("", "say", "light")) \
                and any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX | WOULD_AUX for a in v.children) \
                and not any(a.dep_ == "neg" for a in v.children):
            answering = v  # "said Russia would respond to any attack": answering any hostile act is a threat, as when ready to (types25)
        if answering is not None and (entry is None or entry.frame in ("", "say", "light")) \
                and (act := self._answered_any(answering) or (self._answered_act(v) if answering is v else None)) is not None:
            # "said his forces were ready to respond to any Indian aggression": a threat (138, odds6)
            target = [a for d in act.children if d.dep_ in ("amod", "compound", "poss") and d.i < act.i
                      for a in (actors.actors(d) or actors.country_actor(d))] or [
                a for p in act.children if p.dep_ == "prep" and p.lower_ == "by"
                for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
            consumed.add(act.i)
            return Candidate("138", sorted({v, answering}, key=lambda t: t.i), self._source(v, actors)[0], target, v, clause_modality(v))
        if ready is not None and (entry is None or entry.frame in ("", "say", "light")) \
                and ready.lemma_.lower() in READY_FORCE_VERBS and self._bare_force_answer(ready):
            # '"Our troops are ready to intervene if the junta refuses to step down"', '"we are
            # prepared to respond within seconds"': readiness to answer by force with nothing named
            # to answer is a threat of force (138), not intent; the side whose act the 'if' clause
            # waits on is warned (quotes26)
            source = self._source(v, actors)[0]
            return Candidate("138", sorted({v, ready}, key=lambda t: t.i), source,
                             self._conditioned_side((ready, v), source, actors), v, clause_modality(v))
        if ready is not None and (entry is None or entry.frame in ("", "say", "light")):
            # "is ready / willing / prepared to withdraw": intent, like "agreed to withdraw"
            info["xcomp"] = ready
            return self._frame_event(v, VerbEntry((lemma,), "030", "intent", ()), actors, consumed, info)
        if entry is None and (offered := self._open_to_talks(v)) is not None:
            # "said it was open to talks with Washington", "is ready for talks": an offer to
            # meet (036), as "left the door open to talks" (types8)
            word, noun, code = offered
            target = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                      for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)] \
                or [a for o in noun.children if o.dep_ == "dobj" for a in actors.actors(o)]  # "open to meeting Trump"
            consumed.add(noun.i)
            return Candidate(code, sorted({v, word, noun}, key=lambda t: t.i), self._source(v, actors)[0],
                             target, v, clause_modality(v))
        if entry is None and (braced := self._ready_for_war(v)) is not None:
            # "said Tehran was ready for war with the United States": a threat of force (138, odds6)
            word, noun = braced
            target = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("with", "against", "on")
                      for o in p.children if o.dep_ == "pobj" for a in actors.actors(o)]
            consumed.add(noun.i)
            return Candidate("138", sorted({v, word, noun}, key=lambda t: t.i), self._source(v, actors)[0],
                             target, v, clause_modality(v))
        # "called Duque a puppet": the name read as the verb's predicate, the label as its object (types9)
        named = [a for c in v.children if c.dep_ == "oprd" and c.pos_ == "PROPN"
                 for a in actors.actors(c)] if lemma in LABEL_VERBS else []
        # ", a move (that) Pakistan called illegal": the label's object is the summary noun the
        # relative clause hangs on, gapped or told by "that" (targets16)
        summary_gap = lemma in LABEL_VERBS and v.dep_ == "relcl" and self._summary_noun(v.head) \
            and all(o.lower_ == "that" for o in info["obj"] if o.dep_ == "dobj")
        if (lemma in LABEL_VERBS or (lemma in SCORN_VERBS and self._scorned_actor(info, actors))) \
                and not (entry is not None and entry.cameo == "016") and (named or summary_gap or any(
                # ("dismissed as baseless the accusations by Washington": a denial, as "dismissed
                # the accusations" is, whatever the order (types14))
                o.dep_ == "dobj" and (o.lower_ not in ("what", "which", "that", "whatever") or self._comment_which(v, o, actors))
                for o in info["obj"])):
            # ("in what aides called an assassination attempt" labels the gunman's act, not an actor's)
            label = self._negative_label(v, info)
            if label is not None:
                # "described the demands as unreasonable", "called the sanctions illegal": criticism
                source, _ = self._source(v, actors)
                owners = [w for o in info["obj"] if o.dep_ == "dobj" and (w := quoted_label_owner(o)) is not None]
                target = [a for w in owners for a in actors.actors(w)] or self._obj_actors(info, actors) or named or next(
                    (found for o in info["obj"] if (found := self._owner_of(o, actors))), [])
                if not target and summary_gap:
                    target = self._commented_clause_doer(v, source, actors)
                if not target and not summary_gap and all(
                        o.lemma_.lower() in SITUATION_NOUNS for o in info["obj"] if o.dep_ == "dobj"):
                    # "called the humanitarian crisis the worst in the world": an opinion of a state of
                    # affairs no one is named as causing, no criticism of an actor or an act (realnews19b)
                    label = None
            if label is not None:
                for o in info["obj"]:
                    consumed.add(o.i)
                return Candidate("111", sorted({v, label}, key=lambda t: t.i), source, target, v, clause_modality(v))
        if lemma in DISINTEREST_VERBS and (refused := self._disinterest(v, info, actors)) is not None:
            # "said it had no interest in further talks": a refusal to meet, not talks (odds13)
            consumed.update(t.i for t in refused[1])
            return Candidate("125", refused[1], self._source(v, actors)[0], refused[0], v, clause_modality(v))
        if (verdict := self._small_clause_verdict(v, actors)) is not None:
            # "the Supreme Court ruled the suspension unlawful", "declared the ban unconstitutional", "declared
            # the curfew unconstitutional" (no curfew declared) (realnews25)
            consumed.update(t.i for t in verdict[2])
            return Candidate("112", sorted({v, *verdict[2]}, key=lambda t: t.i), verdict[0], verdict[1], v, clause_modality(v))
        comp = info["ccomp"]
        if comp is not None and entry is None and (verdict := self._court_finding(v, actors, consumed)) is not None:
            # "the European Court of Human Rights ruled that Turkey had violated ...": the court accuses (odds5)
            code = "116" if verdict[2].lemma_.lower() in VERDICT_ADJECTIVES else "112"  # "found him guilty" (realstory19)
            return Candidate(code, sorted({v, verdict[2]}, key=lambda t: t.i), verdict[0], verdict[1], v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say" or lemma in ("hold", "consider", "deem")):
            blamed, word = self._blamed(comp, actors)
            if blamed:
                # "Britain said Russia was responsible for the poisoning", "Seoul said Pyongyang was
                # behind the cyberattack", "Israel held the Lebanese government responsible for ..."
                source, _ = self._source(v, actors)
                if word.pos_ == "VERB":
                    consumed.add(word.i)  # "was to blame for": no second blame by the blamed (targets10)
                return Candidate("112", sorted({v, word}, key=lambda t: t.i), source, blamed, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say"):
            judged, word = self._unfair_vote(comp, actors)
            if word is not None:  # "said the elections had been neither free nor fair": criticism
                return Candidate("111", sorted({v, word}, key=lambda t: t.i), self._source(v, actors)[0], judged, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say"):
            cheated, word = self._rigged_vote(comp, actors)
            if word is not None:  # "said the election won by Museveni was rigged": an accusation (odds5)
                source = self._source(v, actors)[0]
                if not cheated and source and all(s.country == source[0].country and s.sector in HOME_RIVAL_SECTORS
                                                  for s in source):
                    # "the opposition said the election was rigged": no winner or holder named, so the
                    # government that ran the speaker's own vote (targets9)
                    cheated = [Actor(text=word.text, name=source[0].country, code=source[0].country + "GOV",
                                     country=source[0].country, sector="GOV", start=source[0].start, end=source[0].end)]
                return Candidate("112", sorted({v, word}, key=lambda t: t.i), source, cheated, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say") and lemma in ALLEGE_VERBS \
                and (violator := self._named_violator(comp, actors)):
            # "Kenya's envoy said Russia had violated Ukraine's sovereignty": the speaker accuses the
            # violator (112); a broken ceasefire (196) stays the violation itself (targets9)
            consumed.add(comp.i)  # the alleged violation is the claim, not a second event
            return Candidate("112", sorted({v, comp}, key=lambda t: t.i), self._source(v, actors)[0], violator, v, clause_modality(v))
        if comp is not None and lemma in WARNING_VERBS and entry is not None and entry.frame == "threat" \
                and (doer := self._forewarned_doer(v, comp, actors)):
            # "Washington warned that Russia could invade Ukraine at any moment": a warning of what
            # another named side would do tells of its plans, an accusation (112) as "warned that
            # Russia was preparing an invasion" is, not the speaker's threat (types24)
            consumed.add(comp.i)
            consumed.update(c.i for c in comp.children if c.dep_ == "xcomp")  # "would try to blockade"
            return Candidate("112", sorted({v, comp}, key=lambda t: t.i), doer[0], doer[1], v, clause_modality(v))
        if comp is not None and lemma in DOUBTED_CLAIM_VERBS and (entry is None or entry.frame == "say") \
                and hedged_noun(v, comp) is None and (doer := self._claimed_doer(v, comp, actors)):
            # "activists claimed that police had attacked journalists": the claimant accuses the
            # doer (112), as "alleged that" does; "said" keeps the act itself (realfix18)
            consumed.add(comp.i)
            return Candidate("112", sorted({v, comp}, key=lambda t: t.i), doer[0], doer[1], v, clause_modality(v))
        if comp is not None and (comp.lemma_.lower() in PLOT_VERBS or comp.lemma_.lower() in ATTEMPT_VERBS and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in SUBVERSION_VERBS for c in comp.children)) \
                and ((entry is None or entry.frame == "say") and lemma in ALLEGE_VERBS
                     or lemma in WARNING_VERBS and entry is not None and entry.frame == "threat") \
                and (plotter := self._alleged_plotter(v, comp, actors)):
            # ("Poland warned that Russia was preparing an attack": a warning of another side's plan
            # tells of that side's plot, an accusation, not the speaker's threat (types24))
            # (also "said Egypt was trying to destabilise the region": an attempt at subversion (odds18))
            # "Kyiv said Moscow was preparing a false-flag attack": the speaker accuses the plotter
            # (112); the plan is the claim, not a second event (odds8)
            source = self._source(v, actors)[0]
            # not the speaker's own state ("Israeli officials said the army was preparing an
            # offensive": news of its own side); its insurgents or opposition may be accused
            plotter = [a for a in plotter if all(a.code != s.code and not (
                a.primary == s.primary and a.sector in (None, "", "GOV", "MIL", "COP", "SPY")) for s in source)]
            if source and plotter:
                consumed.add(comp.i)
                for c in comp.children:
                    if c.dep_ in ("dobj", "xcomp"):
                        consumed.add(c.i)
                        consumed.update(x.i for x in c.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB")
                return Candidate("112", sorted({v, comp}, key=lambda t: t.i), source, plotter, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say"):
            threatened, word = self._ties_at_stake(comp, actors)
            if word is not None:  # "said the move would have consequences for relations with Britain" (types9)
                return Candidate("130", sorted({v, word}, key=lambda t: t.i), self._source(v, actors)[0], threatened, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say") and (retort := next(
                ((c, p) for c in (comp, *(comp.conjuncts if self._named_doer(comp, actors) else ()))
                 if (p := self._own_retort(v, c, actors)) is not None), None)) is not None:
            # '"We will respond," the minister said', '"If NATO wants a war, we will respond," Putin
            # said', '"Kyiv crossed all red lines, and Russia will respond," Medvedev wrote': a side's
            # own answer promised with nothing named to answer is a threat, as "vowed to respond" is
            # (138); the side the saying is 'of' is its target (quotes24). A joined clause counts only
            # after a deed a named side did: "said the decision was regrettable and that Moscow would
            # respond" keeps its judgement (111) as the event (test_stories8)
            answer, promised = retort
            consumed.add(answer.i)
            if not promised[1] and answer is not comp:
                # the side whose deed the first joined clause tells ('Kyiv crossed all red lines')
                promised = promised[0], [a for c in comp.children if c.dep_ == "nsubj" for a in actors.actors(c)
                                         if not actors.is_guess(a) and all(a.primary != s.primary for s in promised[0])]
            return Candidate("138", sorted({v, answer}, key=lambda t: t.i), promised[0], promised[1], v, clause_modality(answer))
        if comp is not None and (entry is None or entry.frame == "say") and lemma in ALLEGE_VERBS:
            schemers, word = self._scheming_author(comp, actors)
            source = self._source(v, actors)[0] if word is not None else []
            if source and all(a.primary != s.primary for a in schemers for s in source):
                # "Beijing said the visit was an attempt by Washington to interfere" (odds18)
                return Candidate("112", sorted({v, word}, key=lambda t: t.i), source, schemers, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say"):
            judged, word = self._condemned_act(comp, actors)
            if word is None and (pointed := self._pointing_conjunct(comp)) is not None:
                # '"Russian missiles struck Kharkiv, and this is a war crime," Zelensky said': the
                # joined clause judges the act the first one told; its doer is the one judged (quotes21)
                judged, word = self._condemned_act(pointed, actors)
                if word is not None and not judged:
                    judged = [a for a in self._source(comp, actors)[0] if not actors.is_guess(a)]
            if word is not None and (doer := self._warned_doer(comp, actors)) is not None:
                # '"If Iran does anything, it will be a very bad mistake," Trump said': a harsh word
                # for a deed still to come, if it is done, warns its doer (130), no criticism (quotes25)
                return Candidate("130", sorted({v, word}, key=lambda t: t.i), self._source(v, actors)[0], doer or judged,
                                 v, clause_modality(v))
            if word is not None:  # "said the seizure was unacceptable": criticism (stories6)
                # "said the Iranian attack was a dangerous escalation": the act judged, named by a
                # definite noun, was told before; the judgement is the news, not a new attack (stories8)
                subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "NOUN" and any(
                        c.dep_ == "det" and c.lower_ in REFERRED_ACT_DETS for c in subj.children):
                    consumed.add(subj.i)
                return Candidate("111", sorted({v, word}, key=lambda t: t.i), self._source(v, actors)[0], judged, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say") and lemma in ALLEGE_VERBS:
            labelled, word = self._labelled_actor(comp, actors)
            source = self._source(v, actors)[0] if word is not None else []
            if source and all(a.primary != s.primary or a.sector in HOME_RIVAL_SECTORS and s.sector not in HOME_RIVAL_SECTORS
                              for a in labelled for s in source):
                # '"Putin is a war criminal," Biden said': criticism of the one labelled (quotes22);
                # a government may so label its own opposition ('"They are usurpers," the defence
                # minister said of the opposition') (quotes24)
                return Candidate("111", sorted({v, word}, key=lambda t: t.i), source, labelled, v, clause_modality(v))
        if comp is not None and (entry is None or entry.frame == "say") \
                and (demand := self._reported_demand(v, actors)) is not None:
            # "declared that China must drop barriers", "said Israel has to stop": a demand on
            # the clause's subject (should / ought to / need to: an appeal)
            return self._demand_event(v, demand[0], demand[1], actors, consumed, info)
        if comp is not None and (entry is None or entry.frame == "say") \
                and (mandated := self._mandative_demand(v, actors)) is not None:
            # "insisted that Turkey withdraw its troops": a demand on Turkey (stories4 helper)
            return self._demand_event(v, mandated[0], mandated[1], actors, consumed, info)
        if (told := self._told_to(v, entry, info, actors)) is not None:
            # "Kenya told Somalia to withdraw its troops": a demand on Somalia
            return self._demand_event(v, "100", told, actors, consumed, info)
        if (entry is None or lemma in demand_words("hope_verb") or (entry.frame == "intent" and lemma in demand_words("wish_verb"))) and (wished := self._wished_deed(v, info, actors)) is not None:
            # "Kyiv wants Berlin to send more air defence": an appeal to Berlin
            return self._demand_event(v, "020", wished, actors, consumed, info)
        if entry is not None and entry.frame == "say" and (boast := self._armed_boast(v, info, actors, consumed)) is not None:
            return Candidate(*boast, v, clause_modality(v))  # "claims to be making weapons to use against the US"
        if (by_means := self._means_event(v, entry, actors, consumed)) is not None:
            return by_means  # "Moscow retaliated by expelling 20 Czech diplomats": the expulsion
        if entry is not None and entry.frame == "request" and lemma in COMMAND_VERBS \
                and (held := self._ordered_custody(v, info, actors, consumed)) is not None:
            return held  # "ordered Bolsonaro placed under house arrest": the one who orders holds him
        if entry is not None and entry.frame == "request" and lemma in COMMAND_VERBS and self._ordered_act(info, actors):
            # "ordered the closure of its border", "ordered the seizure of two tankers": the one
            # who gives the order does the act (as "order arrest" / "order expulsion" rows say)
            return self._light_event(v, VerbEntry((lemma,), None, "light", ()), actors, consumed, info)
        if entry is None and lemma in ROUT_VERBS and (routed := self._routed_force(info, actors)):
            # "Iraqi forces defeated the Islamic State": fighting the armed side defeated (realnews18b)
            consumed.update(o.i for o in info["obj"])
            return Candidate("190", [v], self._source(v, actors)[0], routed, v, clause_modality(v))
        if entry is None and lemma in PERMISSION_VERBS and (permitted := self._permitted_force(v, info, actors, consumed)) is not None:
            return permitted  # "Biden allowed Ukraine to strike inside Russia": military cooperation
        if entry is None:
            return self._light_event(v, None, actors, consumed, info)
        if entry.frame == "say":
            return self._light_event(v, entry, actors, consumed, info)
        if entry.frame == "light" and lemma in CUSTODY_HOLD_VERBS and (held := self._held_person_entry(v, info)) is not None:
            entry = held  # "the presidential guard held President Bazoum in his palace": taken like "seized" (odds7)
        elif entry.frame == "light":
            return self._light_event(v, entry, actors, consumed, info)
        if lemma in CONVEY_VERBS and (entry.cameo or "")[:2] in ("07", "01") and len(entry.words) <= 2 \
                and self._sends_message(info):
            # "sent a warning to Iran", "delivered a rebuke": what is sent is an act in words, not
            # aid; the verb carries the noun's act (light17)
            return self._light_event(v, VerbEntry((lemma,), None, "light", tuple(p for p in entry.target if p != "obj")), actors, consumed, info)
        if lemma in RECEIVE_VERBS and (entry.cameo or "")[:2] == "07" and self._sends_message(info):
            # "got a warning from Washington over its drone sales", "received a pledge of aid from
            # Qatar": a message received, its noun coded as the sender's act (_noun_event) (light17)
            return None
        if entry.frame in ("intent", "threat", "refuse", "request", "appeal"):
            return self._frame_event(v, entry, actors, consumed, info)
        if entry.frame == "cease":
            return self._cease_event(v, entry, actors, consumed, info)
        if entry.frame == "actor-object" and self._no_call_made(v, entry, lemma, actors, info):
            return None
        if entry.frame == "actor-object" and any((o.dep_ == "dobj" or (v.dep_ == "acl" and o.i == v.head.i))
                                                  and not actors.actors(o) and not place_read_as_object(o)
                                                  for o in info["obj"]):
            # also the noun a participle describes: "a ceremony hosted by Trump" hosts no one (wire10)
            return self._light_event(v, entry, actors, consumed, info)  # "the court demonstrated ignorance"
        if v.tag_ == "VBN" and v.dep_ in ("acl", "amod", "advcl") and entry.words == (lemma,) \
                and any(p.lower_ == "with" for p in info["preps"]) and not info["obj"]:
            return None  # "people armed with a fire extinguisher", "a car laden with": a state, not an act
        if self._backed_by_own_side(v, entry, actors):
            return None  # "Syrian troops backed by tanks": a force and its own weapons, no support
        if entry.cameo == "057" and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in VOICED_REACTION_VERBS
                                        for o in info["obj"] for c in o.children):
            return None  # "signed a statement demanding the release ...": the paper carries the demand, no deal (odds17)
        if entry.cameo == "057" and lemma == "sign" and any(
                o.dep_ == "dobj" and o.pos_ == "PROPN" and o.lemma_.lower() not in entry.words and not actors.actors(o)
                for o in info["obj"]):
            return None  # "Real Madrid signed Kylian Mbappe on a five-year contract": a person hired, no accord (odds26)
        source, passive = self._source(v, actors)
        if not source and not passive:
            source = self._plotters(v, entry.cameo, actors)  # "a plot by militia members to kidnap the governor"
        if not passive and any(w.startswith("@") for w in entry.words) and (firer := self._fired_by(v, actors)):
            source = firer  # "rockets fired by Hamas landed near Tel Aviv": Hamas, not the rockets
        target = self._target(v, entry.target, actors, info, passive)
        third_place = False
        if entry.cameo == "042" and not passive and (partner := self._trip_partner(v, actors)) \
                and not {a.code for a in partner} & {a.code for a in source}:
            # "flew to Hanoi for a summit with Kim": the trip is to meet Kim; held in a third
            # country it is a meeting at a third location (044), not a visit to the venue (targets11)
            third_place = not {a.country for a in target} & {a.country for a in partner}
            target = partner
        if not target and entry.cameo == "196" and v.dep_ == "ccomp" and source and self._is_say(v.head) \
                and (speaker := self._source(v.head, actors)[0]) \
                and not {a.code for a in speaker} & {a.code for a in source}:
            # "'Azerbaijani troops violated the ceasefire,' the Armenian defence ministry said": a
            # breach reported by the other party to the truce is one against it (targets11)
            target = speaker
        if entry.cameo == "172" and not passive and (own := self._own_envoy(info, source)):
            target = own  # "sacked the country's ambassador to Washington": its own envoy (targets9)
        if entry.cameo[:2] == "19" and source and target and all(
                a.kind == "country" and a.country == source[0].country for a in target):
            target = self._contested_other_side(target, source)  # "Azerbaijani forces pushed into Nagorno-Karabakh"
        if target and not passive and entry.cameo[:2] in ("18", "19", "20") and all(actors.is_guess(a) for a in target) \
                and (hit := self._hit_place_of_subject(v, actors)) and hit[0].country \
                and not {a.country for a in target} & {hit[0].country}:
            # "Russian strikes on Kharkiv killed five people": victims of no named country are the
            # people of the place the act fell on, not of its doer's country guessed from the text (targets15)
            target = [replace(a, code=hit[0].country + (a.sector or ""), country=hit[0].country) for a in target]
        if target and all(actors.is_guess(a) for a in target) and (owner := self._cause_owner(v, info, actors, source, 2 if entry.cameo[:2] in ("17", "18") else 0)) \
                and not {a.country for a in owner} & {a.country for a in target}:
            target = owner  # "imposed bans on 21 officials over Moscow's annexation of Crimea" (targets8)
        if not target and not passive and info["xcomp"] is not None and not info["obj"]:
            target = self._taken_complement_target(v, entry, actors)  # "threatened to attack American bases"
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
        if not source and not passive and v.dep_ in ("nsubj", "csubj") and v.tag_ == "VBG":
            # "Fighting between the Sudanese army and the RSF erupted": a gerund subject read as a
            # verb has the sides of its "between" phrase, as the noun "fighting" would (types10)
            between = self._between(v, actors)
            if len(between) >= 2:
                source, target = between[:1], between[1:]
        if not passive and self._received_from(v, entry):
            if not target:
                # "came under criticism from health officials over ...": the parser hangs the
                # "from" phrase on the noun the subject came under (light17)
                target = self._object_from_phrase(v, actors)[1]
            source, target = target, source  # "Ukraine received F-16 jets from Denmark": Denmark gave
        if lemma == "pay" and entry.cameo[:2] == "13" and v.tag_ in ("VBG", "VBZ", "VBP", "VBD", "VBN") \
                and clause_modality(v) == "asserted":
            return None  # "farmers are paying the price for the drought": a cost borne now, no price promised (odds25)
        if "subj" in entry.target and not passive:
            # "said Lebanon would face a painful response": the one facing it is the target, the
            # speaker the source
            said = v.head if v.dep_ == "ccomp" else v.head.head if v.dep_ in ("compound", "amod") \
                and v.tag_ == "VBD" and v.head.dep_ == "dobj" else None  # "said Russia bore responsibility" read as
            # the said verb's object with the past tense its modifier (odds10)
            if said is None and v.dep_ == "conj":
                # "said Iran had made a big mistake and would pay a heavy price": the second verb of
                # the reported clause is said too (wire24)
                top = v
                while top.dep_ == "conj" and top.head.i != top.i:
                    top = top.head
                said = top.head if top.dep_ == "ccomp" else None
                if said is None and top.i != v.i and self._is_say(top) and top.i < v.i and any(
                        c.tag_ == "``" and top.i < c.i < v.i for c in top.children):
                    # '"Iran made a big mistake," Netanyahu said, "and it will pay for it."': the
                    # second half of a split quote, hung on the saying as its conjunct (quotes24)
                    said = top
            speaker = self._source(said, actors)[0] if said is not None and self._is_say(said) \
                and lemma not in VICTIM_SUBJECT_VERBS else []  # (not "said five soldiers died in the ambush" (realnews19a))
            if said is None and v.dep_ == "xcomp" and v.head.lemma_.lower() in TOLD_ADDRESS_VERBS \
                    and (told := self._child(v.head, ("dobj", "dative"))) is not None:
                # "told Ankara to expect crippling penalties": the teller threatens the one told (threats22)
                speaker, source = self._source(v.head, actors)[0], actors.actors(told)
            if not speaker and v.lemma_.lower() in RECEIVE_VERBS:
                # "Cuba faced sanctions from the United States": the one it came from did the
                # object noun's act, no threat spoken by anyone (light17)
                faced, speaker = self._object_from_phrase(v, actors)
                if lemma == "meet" and (entry.cameo or "")[:2] == "13":
                    speaker = []  # "the plan met a cool response from Germany": a reception, no threat (threats22)
                if speaker and (fentry := self._noun_entry(faced)) is not None and fentry.cameo[:2] != "13":
                    entry = VerbEntry(entry.words, fentry.cameo, entry.frame, entry.target, entry.line)
            if not source and speaker and (sj := self._child(v, ("nsubj",))) is not None and self._noun_entry(sj) is not None:
                # "said any intervention by ECOWAS would meet a vigorous response": the one whose
                # act is answered is the target (threats22)
                source = [a for a in self._noun_source(sj, actors) if all(a.code != s.code for s in speaker)]
            if not speaker and lemma in VICTIM_SUBJECT_VERBS:
                # "nine Iraqi soldiers died in a Turkish drone strike": the attack's own modifier names
                # its doer, as for "were killed in a Syrian air strike" (targets15); once the demonym stopped
                # being read as the act's place (targets25), nothing else named it
                speaker = self._by_under_prep_object(v, actors)
            source, target = speaker, source
            if entry.pattern in PROMISED_PAYBACK_ROWS and (
                    not target or not source or not any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX for c in v.children)
                    or any(a.primary == s.primary for a in target for s in source)):
                return None  # "the taxpayers will pay for it", "we regret it": no threat (quotes24)
        elif passive and not source and ("subj" in entry.target or entry.cameo[:2] == "13" and v.lemma_.lower() == "meet"):
            # "said North Korea would be met with fire and fury": the row 'meet with fire' (written
            # for "vowed to meet its threats with fire") read passive threatens the one to be met (types16)
            source, target = self._met_with_speaker(v, actors)
        if not [a for a in target if all(a.code != s.code for s in source)] and self._backs_a_cause(v, entry, info, actors):
            return None  # "supported education and health care": a stance, no one is backed
        self._consume_objects(info, consumed, entry)
        trigger = self._trigger_tokens(v, entry, info)
        code = self._attempted_code(v, entry.cameo, info)
        if third_place and code == "042":
            code = "044"
        elif code == "172" and target and not passive and all(a.code[:3] == "IGO" for a in target):
            code = "1245"  # "barred UN investigators from entering": international involvement refused (targets11)
        elif code == "120" and not passive and (found := self._denied_body(v, info, actors)):
            code, target = "1245", found  # "denied the IAEA access to the plant" (targets11)
        elif code == "016" and any(self._claim_to_place(o) for o in info["obj"]):
            code = "120"  # "rejected China's claim to Second Thomas Shoal": a territorial claim refused (targets11)
        elif code == "190" and lemma == "clash" and source and (target or len(source) > 1 or _joint_subject_of(v)) \
                and all(a.kind != "country" and a.sector in OFFICE_SECTORS for a in (*source, *target)):
            code = "110"  # "the defence minister often clashed with Netanyahu": a dispute in words (targets11)
        if code[:2] == "13" and (lemma in ANSWER_VERBS or lemma == "retaliate") \
                and any(c.dep_ == "advcl" and c.tag_ == "VBG" for c in v.children) and clause_modality(v) == "asserted":
            return None  # "Russia responded in kind, expelling 23 diplomats": the act done is the participle's (types13)
        if code == "051" and lemma == "welcome" and target and names_person(v, target) \
                and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in v.children):
            code = "043"  # "King Salman welcomed Iraqi Prime Minister al-Abadi in Jeddah": a visit hosted (types13)
        if code == "154" and arms_to_country(v, target) \
                and not {t.primary for t in target} & {s.primary for s in source}:
            code = "072"  # "Britain sent Challenger 2 tanks to Ukraine": arms handed over (types6)
        elif code == "154" and lemma in SURGE_IN_VERBS and target and source \
                and all(t.kind == "country" for t in target) and not {t.primary for t in target} & {s.primary for s in source}:
            code = "192"  # "Vietnamese troops poured into Cambodia": forces flowing into a foreign country invade it (odds6)
        if info["xcomp"] is not None and (lemma == "tell" or lemma in COMMAND_VERBS) and self._or_else(info["xcomp"]):
            code = "139"  # "told the junta to leave power or be forced from it": an ultimatum, no expulsion (types6)
        if code == "139" and self._envoys_told_to_leave(v):
            code = "161"  # "gave Iranian diplomats 48 hours to leave": an expulsion of envoys (types9)
        elif code == "139" and (forces := self._forces_told_to_leave(v)):
            code = forces  # "gave French special forces one month to leave": foreign forces expelled (threats22)
        return Candidate(code, trigger, source, target, v, clause_modality(v))

    @staticmethod
    def _denied_body(v, info, actors) -> list:
        """The international body refused something ("denied the IAEA access", "denied IAEA
        inspectors access"): a dative or object naming an IGO, or the parser's compound of the
        refused thing (targets11 helper)."""
        objs = info["obj"]
        if not any(o.lemma_.lower() in ADMISSION_NOUNS for o in objs):
            return []
        nouns = [c for c in v.children if c.dep_ == "dative"] + list(objs)
        for n in nouns:
            for t in (n, *(c for c in n.children if c.dep_ == "compound")):
                found = actors.actors(t)
                if found and all(a.code[:3] == "IGO" for a in found):
                    return found
        return []

    @staticmethod
    def _claim_to_place(o) -> bool:
        """Is the object a claim to or over a named place ("Venezuela's claim to the Essequibo
        region", "claims over the Spratly Islands"), not a claim that something happened (targets11)?"""
        if o.lemma_.lower() != "claim":
            return False
        for c in o.children:
            if c.dep_ in ("acl", "ccomp", "relcl"):
                return False
        # (through a part: "Beijing's claims to most of the South China Sea", targets26)
        return any(c.dep_ == "prep" and p.dep_ == "pobj" and (
                   c.lower_ in ("to", "over") and (p.pos_ == "PROPN" or any(q.pos_ == "PROPN" for q in p.children))
                   or c.lower_ == "in" and p.ent_type_ == "LOC")  # "Manila's claims in the South China Sea"
                   for c in (*o.children, *(c for c in o.head.children if c.i == o.right_edge.i + 1))
                   for p0 in c.children for p in {p0, after_of(p0)})  # (or hung on the verb right after it)

    @staticmethod
    def _envoys_told_to_leave(v) -> bool:
        """A time limit given to envoys to leave ('gave the Spanish ambassador two days to leave
        the country'): the envoy is the verb's dative or object, 'leave' its complement or the
        limit's clause (types9 helper)."""
        envoy = any(c.dep_ in ("dative", "dobj") and c.lemma_.lower() in ENVOY_NOUNS for c in v.children)
        leave = any(t.lemma_.lower() == "leave" and t.dep_ in ("xcomp", "advcl", "relcl", "acl")
                    and (t.head.i == v.i or t.head.head.i == v.i) for t in v.subtree)
        return envoy and leave


    @staticmethod
    def _forces_told_to_leave(v) -> str:
        """A time limit given to troops or a peacekeeping mission to leave ('gave French special
        forces one month to leave its territory', 'gave the UN mission 48 hours to go'): an
        expulsion of forces (166; 1661 for peacekeepers), no ultimatum; '' otherwise (threats22)."""
        told = [c for c in v.children if c.dep_ in ("dative", "dobj") and c.lemma_.lower() in FORCES_TOLD_TO_LEAVE]
        if not told or not any(t.dep_ in ("xcomp", "advcl", "relcl", "acl") and (
                t.lemma_.lower() in DEPARTURE_VERBS or t.lemma_.lower() == "withdraw"
                or t.lemma_.lower() == "pull" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children))
                for t in v.subtree):
            return ""  # (the clause may hang on the limit: "gave German troops until the end of August to leave")
        return "1661" if any(t.lemma_.lower() in ("peacekeeper", "mission") for t in told) else "166"

    def _met_with_speaker(self, v, actors) -> tuple[list[Actor], list[Actor]]:
        """'Any attack by Israel would be met with a firm response, Tehran said' (pattern 'meet
        with response', target subj): the speaker threatens, the one whose deed is to be met is
        the target (lex4 helper)."""
        if v.dep_ != "ccomp" or not self._is_say(v.head):
            return [], []
        subj = self._child(v, ("nsubjpass",))
        speaker = self._source(v.head, actors)[0]
        met = actors.actors(subj) if subj is not None else []
        if not met and subj is not None and self._noun_entry(subj) is not None:
            # "any military intervention by ECOWAS would be met with force": the intervener (threats22)
            met = [a for a in self._noun_source(subj, actors) if all(a.code != s.code for s in speaker)]
        if not met and subj is not None and subj.pos_ == "NOUN":
            # "said Finland's decision to join NATO would be met with a response": whose step it is (targets23)
            met = [a for c in subj.children if c.dep_ == "poss" for a in actors.actors(c)
                   if all(a.code != s.code for s in speaker)]
        return speaker, met

    def _taken_complement_target(self, v, entry: VerbEntry, actors) -> list[Actor]:
        """'threatened to attack American bases in Iraq' (pattern 'threaten attack'): when the
        lexicon's pattern took the complement verb and the verb has no object of its own (unlike
        'ordered troops to arrest ...', where the troops are the ones commanded), the complement's
        object is the target, not the place it stands in (regional2 helper)."""
        comp = next((c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if comp is None or comp.lemma_.lower() not in entry.words[1:]:
            return []
        return self._target(comp, ("obj",), actors, self._deps(comp)[1], False)

    @staticmethod
    def _aid_destination(cand: Candidate, actors, preps=("to", "into")) -> list[Actor]:
        """'sent search and rescue teams and tents to Herat province', 'flew medicine into Gaza':
        aid sent to a town or province the actor tables do not name goes to that place's country,
        when it is not the giver's own (regional2 helper)."""
        home = {s.country or s.primary for s in cand.source}
        for c in cand.anchor.children:
            if c.dep_ != "prep" or c.lower_ not in preps:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for t in (p, *(k for k in p.children if k.dep_ == "compound")):
                    place = actors.place_at(t)
                    if place is not None and place[1] and place[1] not in home:
                        return [Actor(place[0], actors.d.country_name(place[1]), place[1], place[1], None,
                                      t.idx, t.idx + len(t.text), "country")]
        return []

    @staticmethod
    def _relative_object(cand: Candidate, actors) -> list[Actor]:
        """'al Shabaab, which Nairobi has vowed to crush', 'the rebels, whom Kiir has vowed to
        defeat', 'al Shabaab, which Kenya attacked last year': the relative pronoun is the object of
        the relative clause's verb (or of the verb it governs), so the act is aimed at the noun the
        clause hangs on (wire10)."""
        v = cand.anchor
        if v.pos_ not in ("VERB", "AUX"):
            return []
        rel, chain = v, [v]
        while rel.dep_ == "xcomp" and rel.head.pos_ in ("VERB", "AUX"):
            rel = rel.head
            chain.append(rel)
        if rel.dep_ != "relcl":
            return []
        verbs = chain + [c for c in v.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        if not any(c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that") for x in verbs for c in x.children):
            return []
        own = {a.code for a in cand.source}
        found = [a for a in actors.actors(rel.head) if a.code not in own]
        # "..., an attack that Tehran vowed to avenge": a noun summing up the clause before it
        # stands for that clause's act, aimed back at its doer
        return found or RoleFinder._commented_clause_doer(rel, cand.source, actors)

    @staticmethod
    def _agent_relative_patient(cand: Candidate, actors) -> list[Actor]:
        """'Qatar was cut off by Saudi Arabia, which severed ties', 'the junta was condemned by
        ECOWAS, which imposed sanctions': a relative clause on the doer of a passive tells more of
        what the doer did to the passive's subject (targets12)."""
        v = cand.anchor
        while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            v = v.head  # "..., which imposed sanctions and threatened to use force"
        if v.dep_ != "relcl" or v.head.dep_ != "pobj" or v.head.head.dep_ != "agent":
            return []
        subj = passive_subject(v.head.head.head)
        if subj is None:
            return []
        own = {a.code for a in cand.source}
        return [a for a in actors.actors(subj) if a.code not in own]

    @staticmethod
    def _earlier_aid_recipient(cand: Candidate, prior: list) -> list[Actor]:
        """'The US sent troops and food to Haiti as Obama pledged $100 million in aid', 'flew rescue
        teams to Nepal and pledged $1 billion': aid given or promised with no recipient named goes
        to whom the same side's aid told just before in the same sentence went (wire10)."""
        v = cand.anchor
        own = {a.primary for a in cand.source}
        for ev in reversed(prior[-6:]):
            if not ev.span[0] <= v.idx < ev.span[1]:
                break  # an earlier sentence
            if (ev.cameo[:2] == "07" or ev.cameo[:3] == "033") and ev.target \
                    and {a.primary for a in ev.source} & own:
                return [a for a in ev.target if a.primary not in own]
        return []

    @staticmethod
    def _refused_asker(cand: Candidate, prior: list) -> list[Actor]:
        """A refusal with no one named is aimed at whoever asked the refuser for it in the same
        sentence or the one before ("Congress subpoenaed the report, but the department refused to
        hand it over", "requested the files from Belgrade, which refused to release them"): the
        source of the latest request, demand or inquiry whose target is the refuser (realfix19)."""
        own = {a.country or a.primary for a in cand.source}
        if not own:
            return []
        spans = set()
        for ev in reversed(prior[-6:]):
            spans.add(ev.span)
            if len(spans) > 2:
                break  # two sentences back: no longer the asking told just before
            if ev.cameo[:2] in ASKING_ROOTS and ev.source and ({a.country or a.primary for a in ev.target} & own or (
                    not ev.target and ev.span[0] <= cand.anchor.idx < ev.span[1])):  # "subpoenaed the records, and ... refused"
                return [a for a in ev.source if a.code not in {s.code for s in cand.source}]
        return []

    @staticmethod
    def _since_landmark(n) -> bool:
        """'the first meeting since the end of China's civil war in 1949', 'his first visit since
        Russia's invasion of Ukraine', 'for the first time since the war': an event noun in a
        "since" phrase dates the news by an earlier act; it is background, not an event told
        (wire10). Only up to the first verb: 'since troops began shelling' is a clause of its own."""
        cur, steps = n, 0
        while cur.head.i != cur.i and steps < 6 and cur.pos_ != "VERB":
            if cur.dep_ == "pobj" and (cur.head.lower_ == "since" or elapsed_into(cur.head)):
                return True  # (or "four months into Russia's invasion": a lapse since it, wire25)
            cur, steps = cur.head, steps + 1
        return False

    @staticmethod
    def _sent_itself(cand: Candidate, target) -> bool:  # odds17 helper
        """Do all the targets lie inside the verb's direct object ("sent aircraft and relief workers")?"""
        spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in cand.anchor.children if o.dep_ == "dobj"]
        return bool(spans) and all(any(lo <= a.start < hi for lo, hi in spans) for a in target)

    @staticmethod
    def _aid_phrase_receiver(cand: Candidate, actors) -> list[Actor]:
        """'sent planes loaded with tents to Turkey and Syria', 'aircraft carrying medicine to Nepal',
        'sent planes with relief supplies to Nepal': the "to" (else "in") phrase the parser hung
        inside the aid verb's object or "with" phrase names the receiver, when it is not the giver's
        own side (wire10, targets6)."""
        home = {s.country or s.primary for s in cand.source}
        for preps in (("to", "into"), ("in",)):
            for c in cand.anchor.children:
                if c.dep_ not in ("dobj", "prep") or c.lower_ in preps:
                    continue
                for t in c.subtree:
                    if t.dep_ == "prep" and t.lower_ in preps:
                        found = [a for p in t.children if p.dep_ == "pobj" for n in (p, *p.conjuncts)
                                 for a in actors.actors(n) if (a.country or a.primary) not in home]
                        if found:
                            return list({a.code: a for a in found}.values())
        return []

    @staticmethod
    def _agent_kind_word(n, actors) -> bool:
        """'Belarusian riot police', 'aid workers', 'protest organisers': an event noun that only
        modifies an agent noun names the kind of agent, not an event (regional2 helper)."""
        return n.dep_ == "compound" and n.head.pos_ == "NOUN" and actors.agent_at[n.head.i] is not None
    def _intended_deed(self, v, actors, consumed) -> Candidate | None:
        """'Japan's pledge to send aid to Turkey', 'announced its decision to send troops to
        Latvia', 'the decision by Britain to send tanks was announced': the infinitive on a noun
        of intent is what the noun's owner means to do (03x of the deed), not done. The owner is
        the noun's possessor or 'by' phrase, else the subject (or passive agent) of the verb the
        noun is the object of. None when no owner or no deed is found (types6 helper)."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return None
        n = v.head
        if n.dep_ == "pobj":
            return None  # "rallied against Norway's plan to deport the families": the reason, told in passing
        if n.dep_ in ("dobj", "nsubj", "nsubjpass") and n.head.pos_ == "VERB" and n.head.i not in consumed:
            hentry = self._entry(n.head)
            if hentry is not None and hentry.frame not in ("say", "light") and not (
                    n.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in n.head.children)):
                # ("Russia's offer to pull back troops was welcomed": a reaction by no one named
                # leaves the offer the sentence's act; types10)
                return None  # "rejected an offer by Trump to mediate": part of the rejection
        source = self._noun_source(n, actors) or next(
            (found for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
             for p in c.children if p.dep_ == "pobj" and (found := actors.actors(p))), [])
        if not source and n.head.pos_ == "VERB" and n.dep_ in ("dobj", "nsubjpass"):
            source = self._source(n.head, actors)[0]
        if not source:
            return None
        inner = self._complement_event(v, actors, consumed)
        if inner is None:
            return None
        nl = n.lemma_.lower()
        anchor = n.head if n.head.pos_ in ("VERB", "AUX") else v
        taken = nl in TAKEN_ACT_NOUNS and self._taken_act(inner.cameo) and anchor is not v \
            and clause_modality(anchor) == "asserted"
        if not taken and nl not in INTENT_NOUNS:
            return None  # "the order to withdraw": only a measure in force is read off 'move', 'order'
        consumed.add(n.i)
        code = self.onto.transform("intent", inner.cameo) or inner.cameo  # as "decided to ...", "pledged to ..."
        if self._pledged_help(inner, source, actors):
            code = "0334"  # "its pledge to send police officers to Haiti": protection promised
        target = [a for a in inner.target if all(a.code != s.code for s in source)]
        modality = clause_modality(anchor) if anchor is not v else "asserted"
        if taken:
            code = inner.cameo  # "Niger's decision to expel the French ambassador deepened the rift": the expulsion
        elif modality == "asserted":
            modality = "intended"
        # a measure told through a noun of the subject ranks as the intent did, below a reaction the
        # main verb tells ("Israel's decision to withhold revenues drew criticism from the EU")
        return Candidate(code, sorted({n, *inner.trigger}, key=lambda t: t.i), source, target, anchor, modality,
                         0.88 if taken else 0.9)

    @staticmethod
    def _taken_act(code: str) -> bool:
        """Is code a measure that takes effect when it is decided (TAKEN_ACT_CODES: 16x, 172x)?"""
        return code[:2] in TAKEN_ACT_CODES or code[:3] in TAKEN_ACT_CODES

    @staticmethod
    def _shared_noun_subject(v):
        """The common-noun subject a verb shares with the verb it is conjoined to, when it has no
        subject of its own ("rockets were fired and landed near Tel Aviv": rockets landed), wire7."""
        if v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        return next((c for c in v.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)

    def _fired_by(self, v, actors) -> list:
        """The agent of a participle on the verb's common-noun subject ("rockets fired by Hamas
        landed", "shells launched by the army fell"): the one whose rounds they are (wire7)."""
        subj = self._child(v, ("nsubj",))
        if subj is not None and (found := self._weapon_user(subj, actors)):
            return found
        if v.dep_ == "conj":  # "Rockets fired by Hamas landed ...", parsed as two verbs
            return self._participle_agent(v.head, actors)
        return []

    @staticmethod
    def _met_with_reaction(v) -> bool:
        """'The ruling was met with protests', 'the plan was met with criticism from Beijing': a
        passive 'met with' a common noun (not a person) tells how something was received; nobody
        met anybody."""
        if v.lemma_.lower() != "meet" or not any(c.dep_ == "nsubjpass" for c in v.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" and p.pos_ == "NOUN"
                                                                    and p.ent_type_ == "" for p in c.children)
                   for c in v.children)

    def _met_with_threat(self, v) -> bool:
        """'Any attack would be met with a firm response': a reaction still to come ('would',
        'will') that the lexicon reads as a threat ('meet with response', 13x) is threatened, not
        told as how something was received (lex4 helper)."""
        if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in v.children):
            return False
        entry = self._entry(v)
        return entry is not None and entry.cameo.startswith("13")

    def _provoked_reaction(self, n) -> bool:
        """A reaction noun a decision or act caused: the object of 'sparked', 'triggered' ("the
        plan sparked protests in Santiago") or of a passive 'met with' ("was met with protests in
        Hong Kong"). A protest so named by nobody is still coded from where it happened. A
        reaction joined to a feeling ("sparked anger and protests") is the object's conjunct."""
        while n.dep_ == "conj" and n.head.pos_ == "NOUN":
            n = n.head  # "prompted outrage and demonstrations": the conjunct stands where the object does
        head = n.head
        if n.dep_ == "dobj":
            return head.lemma_.lower() in PROVOKE_VERBS
        if n.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_.lower() in OUTCOME_VERBS:
            return head.dep_ == "prep"  # "the bill led to protests", "the arrest resulted in riots" (realfix19)
        return n.dep_ == "pobj" and head.lower_ == "with" and self._met_with_reaction(head.head)

    @staticmethod
    def _banned_sale_party(cand: Candidate, target: list, actors) -> list:
        """'Washington barred American firms from selling chips to Huawei': a state's ban on its own
        firms' trade ('from' + a trade verb, TRADE_FLOW_VERBS) with a foreign party named in the
        trade verb's 'to'/'with' phrase sanctions that party (actors19); else []."""
        home = {s.country for s in cand.source}
        if not all(a.country in home for a in target):
            return []
        for c in cand.anchor.children:
            if c.dep_ != "prep" or c.lower_ != "from":
                continue
            for v in c.children:
                if v.dep_ != "pcomp" or v.lemma_.lower() not in TRADE_FLOW_VERBS:
                    continue
                for p in v.children:
                    if p.dep_ not in ("prep", "dative") or p.lower_ not in ("to", "with"):
                        continue
                    for q in p.children:
                        found = actors.actors(q) if q.dep_ == "pobj" else []
                        if found and all(a.country and a.country not in home for a in found):
                            return found
        return []

    @staticmethod
    def _foreign_ban(code: str, cand: Candidate, target: list) -> str:
        """A state's plain ban (172) on another country's firms, carriers or goods ("Germany banned
        Iran's Mahan Air from flying", "India banned 59 Chinese apps") is a sanction (163); a ban at
        home (a party, a march) stays a restriction."""
        if code != "172" or not target or not cand.source:
            return code
        if cand.anchor.lemma_.lower() not in BAN_VERBS and not _limits_on_goods_from(cand.anchor):
            return code
        if any(not s.country or s.sector not in (None, "GOV", "MIL") for s in cand.source):  # "the Pentagon barred" (odds9)
            return code
        home = {s.country for s in cand.source}
        if all(a.country and a.country not in home for a in target):
            return "163"
        return code

    @staticmethod
    def _came_from(n, actors) -> list:
        """The side an act noun comes from when the noun (or the statements it is "of") is the
        subject of a verb of coming: "Condemnation came swiftly from the African Union",
        "statements of condemnation have come from the OIC and the Pope" (realnews18a)."""
        h = n
        if n.dep_ == "pobj" and n.head.lower_ == "of":
            h = n.head.head
        if h.dep_ != "nsubj" or h.head.lemma_.lower() not in COMING_VERBS:
            return []
        return [a for c in h.head.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]

    @staticmethod
    def _reaction_from(n, actors) -> list:
        """The reacting actor of a provoked reaction: its 'from' phrase ("criticism from Beijing")."""
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    if p.dep_ == "pobj" and (found := actors.actors(p)):
                        return found
        return []

    @staticmethod
    def _paired_verb_object(v):
        """The object of the first of two verbs that share it, when the parser misread the pair:
        "The US trained and equipped Syrian rebel units" (the finite verb made a modifier of the
        noun, with its own subject), "Iran trained and equipped Houthi fighters" (the second verb
        made an adjective of the noun, the noun a conjunct of the first verb)."""
        if v.tag_ not in ("VBD", "VBN"):
            return None
        kids, dep_col = children_table(v.doc)  # the children's labels without a Token each (perf11e)
        if any(dep_col[k] in ("dobj", "nsubjpass", "ccomp", "xcomp") for k in kids[v.i]):
            return None
        first = v.head if v.dep_ == "conj" and v.tag_ == "VBN" else v  # "equipped" after "trained and"
        if first.tag_ == "VBD" and first.dep_ == "amod" and first.head.pos_ == "NOUN" \
                and any(c.dep_ == "nsubj" for c in first.children) and any(c.dep_ == "cc" for c in first.children):
            return first.head
        if v.tag_ != "VBD":
            return None
        cc = next((c for c in v.children if c.dep_ == "cc" and c.i == v.i + 1), None)
        if cc is None:
            return None
        for c in v.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(
                    m.dep_ == "amod" and m.i == cc.i + 1 and m.tag_ in ("JJ", "VBN") and m.lower_.endswith("ed") for m in c.children):
                return c
        return None

    @staticmethod
    def _misread_compound_verb(n):
        """"Myanmar's junta cut internet access in Yangon" read as one noun phrase with the past
        tense "cut" a compound of "access" (and "junta" a compound of "cut"): that past-tense verb
        (types6 helper), else None."""
        return next((m for m in n.children if m.dep_ == "compound" and m.i < n.i and (
            (m.tag_ == "VBD" and m.pos_ == "VERB")
            # "Seoul eyes talks with Tokyo": a headline's present-tense verb read as a plural noun
            # compound of its object, the sentence's root (types13)
            or (m.tag_ == "NNS" and m.i == n.i - 1 and n.dep_ == "ROOT"))), None)

    def _headline_noun_verb(self, v, actors, consumed) -> Candidate | None:
        """A headline whose verb the tagger read as a plural noun subject and whose object noun as
        the verb ("Manila eyes talks with Beijing": "eyes" the subject of "talks"). When an actor
        is set before that noun and the noun as a verb with the root word is a lexicon phrase, the
        noun is the event verb, the actor before it the source, the root its object (types13)."""
        n = v.doc[v.i - 1] if v.i > sent_bounds(v)[0] else None
        joint = n is not None and n.dep_ in ("compound", "nsubj") and n.tag_ in ("NN", "VB", "VBP") and n.head.i == v.i
        if n is None or not joint and (n.dep_ != "nsubj" or n.tag_ not in ("NNS", "VBZ") or n.head.i != v.i):
            return None  # ("North Korea fires missiles into the sea": "fires" a verb as the subject of "missiles" (odds7))
        doers = [c for c in n.children if c.i < n.i and c.dep_ in ("compound", "nmod", "poss", "nsubj")]
        if joint:
            # "U.S. and Taliban sign deal": a base-form verb after two joined sides, read as a noun
            # before its object; the two sides act together (stories11)
            doers = [c for c in doers if any(k.dep_ == "conj" for k in c.children)]
            source = list({a.code: a for c in doers[-1:] for x in (c, *(k for k in c.children if k.dep_ == "conj"))
                           for a in actors.actors(x)}.values())
            if len({a.code for a in source}) < 2:
                return None
        else:
            source = next((found for c in reversed(doers) if (found := actors.actors(c))), [])
        if not source:
            return None
        preps = [c for c in v.children if is_prep(c)]
        deps = {v.lemma_.lower(), v.lower_} | {c.lemma_.lower() for c in preps} \
            | {p.lemma_.lower() for c in preps for p in c.children if p.dep_ == "pobj"}
        entry = self.lex.match_verb(n.lemma_.lower(), deps)
        if entry is None or not entry.cameo or entry.frame not in ("", "actor-object") or len(entry.words) < 2:
            return None
        target = [a for c in preps if c.lower_ in entry.target for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
        target = [a for a in target if all(a.code != s.code for s in source)]
        if joint:
            if entry.cameo[:2] not in ("03", "04", "05", "06"):
                return None  # only acts two sides do together: a deal, talks, cooperation
            target = list(source)
        consumed.update((n.i, v.i))
        return Candidate(entry.cameo, [n, v], source, target, n, "asserted", 0.7)

    def _misread_predicate(self, n, actors, consumed) -> Candidate | None:
        """A sentence the parser read as one noun phrase: "Myanmar's government relaxed censorship
        of newspapers" with "relaxed" a modifier of "censorship". When an actor stands before the
        participle and the participle with the noun is a lexicon verb phrase, that verb is the
        event, its actor the one before it and the noun its object."""
        verb = next((m for m in n.children if m.dep_ == "amod" and m.i < n.i and (
            m.tag_ in ("VBN", "VBD") or (m.tag_ == "JJ" and m.lower_.endswith("ed")))), None)
        if verb is None:
            verb = self._misread_compound_verb(n)
        if verb is None:
            return None
        if n.dep_ != "ROOT" and (verb.tag_ != "VBD" or not any(c.dep_ == "nsubj" for c in verb.children)):
            # "South Korea scrambled fighter jets after Chinese warplanes entered ...": the noun made
            # the subject of the later clause; only a past tense with its own subject is misread (odds6)
            return None
        doers = [c for c in n.children if c.i < verb.i and (c.dep_ in ("poss", "nmod", "compound", "nsubj")
                                                            or (c.dep_ == "amod" and c.ent_type_ == "GPE"))]  # "Islamabad eyes talks" (types13)
        doers += [c for c in verb.children if c.i < verb.i and c.dep_ in ("compound", "nsubj", "npadvmod")]  # "junta" of "junta cut"; "Washington" of "Washington relaxed" (types9)
        source = next((found for c in reversed(doers) if (found := actors.actors(c))), [])  # "Jordan's government"
        if not source:
            return None
        deps = self._noun_lemmas(n) - {verb.lemma_.lower(), verb.lower_}
        for lemma in dict.fromkeys((verb.lemma_.lower(), verb.lower_[:-1], verb.lower_[:-2])):
            entry = self.lex.match_verb(lemma, deps)
            # a one-word verb is taken only when the parse shows a clause: a past tense with its own
            # subject made a modifier of the root noun, "A Turkish court jailed Istanbul mayor Ekrem
            # Imamoglu pending trial" (the noun, an actor, is its object) (types14)
            lone = (entry is not None and len(entry.words) == 1 and "obj" in entry.target and n.dep_ == "ROOT"
                    and verb.tag_ in ("VBD", "VBN") and verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in verb.children))
            # (a participle with its own subject is as finite: "Egypt's army chief, General Sisi, ousted
            # President Morsi" (misread1))
            if entry is not None and entry.cameo and entry.frame in ("", "actor-object") and (len(entry.words) > 1 or lone):
                if lone and not (obj := actors.actors(n)):
                    return None
                consumed.update((n.i, verb.i))
                # the verb's phrase hung on the noun names the target ("relaxed sanctions on Sudanese banks") (types9)
                if lone:
                    target = obj
                else:
                    pobjs = [p for c in n.children if c.dep_ == "prep" and c.lower_ in entry.target
                             for p in c.children if p.dep_ == "pobj"]
                    target = [a for p in pobjs for a in actors.actors(p)]
                    if not target:
                        # "Trump doubled tariffs on Turkish steel": whose steel, as for a parsed object (targets14)
                        target = next((found for p in pobjs if (found := self._owner_of(p, actors, 1))), []) \
                            or self._linked_to(n, actors)  # "Switzerland froze assets linked to Gaddafi"
                target = [a for a in target if all(a.code != s.code for s in source)]
                return Candidate(entry.cameo, [verb, n], source, target, verb, "asserted", 0.7)
        return None

    def _bare_participle_of_event_noun(self, v) -> bool:  # types7 helper
        """'Israel's targeted killing of a Hezbollah commander', 'the newly imposed tariffs': a bare
        past participle before an event noun only describes it; the noun, whose owner is the doer,
        is the event. (A participle with its own doer, 'the UN-brokered truce', 'imposed by the EU',
        stays a verb.)"""
        if v.dep_ != "amod" or v.tag_ != "VBN" or v.head.i <= v.i:
            return False
        if any(c.dep_ in ("agent", "npadvmod", "nsubj", "compound", "prep", "dobj") for c in v.children):
            return False
        if name_read_modifier(v) is not None:
            return False  # "Trump imposed tariffs on ...": a verb the parser read as a modifier
        return self._noun_entry(v.head) is not None

    def _modified_as_object(self, v, o, info: dict, lemmas: set, wider: list, after: int = -1) -> None:
        """_deps for a verb the parser made a modifier of the noun it acts on (odds10): that noun
        `o` is its object, and the prepositions hung on the noun v modifies (after index `after`)
        are its own."""
        info["obj"].append(o)
        lemmas.update(self._noun_lemmas(o))
        for c in v.head.children:
            if c.dep_ == "prep" and c.i > after:
                lemmas.add(c.lower_)
                info["preps"].append(c)
                wider.extend(p for p in c.children if p.dep_ == "pobj")

    @staticmethod
    def _helped_side(v) -> bool:  # realfix21 helper
        """Does help/assist v name the side helped: its object ("helped the Malian army push back
        the rebels") or the subject of the act helped ("helped Iraqi troops advance on Mosul")?"""
        for c in v.children:
            if c.dep_ in ("dobj", "dative"):
                return True
            if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" for g in c.children):
                return True
        return False

    @staticmethod
    def _backer_descriptor(v, actors) -> bool:  # realfix21 helper
        """"Russia-backed rebels downed a plane", "Kremlin-backed separatists", "US-backed forces
        captured Raqqa": a hyphenated backer participle (BACKER_PARTICIPLES) before an armed or
        ruling group says whose side it is on, as "Russian-backed" does; no act of backing is news."""
        if v.dep_ != "amod" or v.tag_ != "VBN" or v.head.i <= v.i or v.lower_ not in BACKER_PARTICIPLES:
            return False
        prefix = hyphen_prefix(v)
        return prefix is not None and bool(actors.actors(v.head))

    @staticmethod
    def _counted_participle(v) -> bool:  # targets16 helper
        """"the annexation of four occupied Ukrainian regions": a participle right after a number,
        before its noun, describes the things counted, even when the parser gives it the phrase
        before as a subject; no act of its own."""
        if v.dep_ != "amod" or v.tag_ not in ("VBN", "VBD") or v.i == 0 or v.head.i <= v.i:
            return False
        return v.doc[v.i - 1].pos_ == "NUM" and not any(c.dep_ in ("dobj", "agent") for c in v.children)

    @staticmethod
    def _reduced_relative(v) -> bool:
        """ "Zelaya, ousted in a coup on Sunday, asked the OAS ...": the parser can make the bare
        participle the main verb with the name as its subject. A past participle with no auxiliary,
        set off from its subject by a comma, says what was done TO the subject; with no "by" agent
        there is no known doer, so no event."""
        if v.tag_ != "VBN" or v.i == 0 or v.doc[v.i - 1].text != ",":
            return False
        if any(c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in v.children):
            return False  # (a participle with a direct object is a finite verb: "Zimbabwe's army chief,
            # General Chiwenga, ousted President Mugabe" (misread1))
        return any(c.dep_ == "nsubj" and c.right_edge.i in (v.i - 2, v.i - 1)
                   # (not after a relative clause on the subject the comma closes: "Peru and Brazil,
                   # which have tried to mediate, called on the government to ...": the subject's
                   # own verb, the tagger's past participle a past tense (stories24))
                   and not any(r.dep_ == "relcl" and c.i < r.i < v.i for r in c.children)
                   for c in v.children)

    def _consume_objects(self, info, consumed, entry: VerbEntry) -> None:
        if entry.cameo == "015":
            return  # "claimed the attack": the attack stays an event of its own, done by the claimant
        words = set(entry.words[1:])
        for o in info["obj"]:
            if words & self._noun_lemmas(o) or self._noun_entry(o):
                consumed.add(o.i)
        for p in info["preps"]:
            for c in p.children:
                if c.dep_ == "pobj" and words & self._noun_lemmas(c):
                    consumed.add(c.i)
        for t in info["wider"]:
            if t.pos_ in ("NOUN", "PROPN") and words & self._noun_lemmas(t):
                consumed.add(t.i)  # "launched ten days of war games": the games are the verb's
        comp = info["xcomp"]
        if comp is not None and ({comp.lemma_.lower(), comp.lower_} & words or entry.cameo == "139"):
            # "stopped fighting" is one event, not also a fight; "asked Rwandans to forgive France":
            # the pattern took the complement; "gave Qatar ten days to comply": an ultimatum's
            # complement is its demand, not a deed of the giver
            consumed.add(comp.i)
        clause = info["ccomp"]
        if clause is not None and clause.lemma_.lower() in words and len(entry.words) > 2:
            # "let US warplanes use the base" (062): the pattern took the clause's verb, which
            # is no event of its own (no air strike)
            consumed.add(clause.i)

    def _trigger_tokens(self, v, entry: VerbEntry | None, info: dict | None = None) -> list:
        toks = [v]
        if entry is not None:
            words = set(entry.words[1:])
            for c in v.children:
                if (c.dep_ in ("prt", "dobj", "nsubjpass") or is_prep(c)) and (c.lemma_.lower() in words or c.lower_ in words):
                    toks.append(c)
            if info is not None:
                toks.extend(t for t in info["wider"] if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words)
                comp = info["xcomp"]
                if comp is not None and comp.tag_ == "VBG" and comp.lower_ in words:
                    toks.append(comp)
            prefix = hyphen_prefix(v)
            if prefix is not None and entry.words[0] == f"{prefix.lower_}-{v.lemma_.lower()}":
                toks.append(prefix)
        doc = v.doc
        kids, dep_col = children_table(doc)  # a Token only for a "neg" child (perf14)
        neg = [doc[k] for k in kids[v.i] if dep_col[k] == "neg"]
        return sorted(toks + neg, key=lambda t: t.i)

    def _light_event(self, v, entry, actors, consumed, info) -> Candidate | None:
        """A verb that carries no event itself but whose object noun does ('staged rallies')."""
        if entry is None:
            return None  # an unknown verb's object is not an event of its subject
        if not owns_its_object(v, entry):
            return None  # "Reuters reported the attack": the reporter is not the attacker
        objs, phrased = info["obj"], ()
        if len(entry.words) > 1 and entry.words[-1] in LIGHT_PHRASE_PREPS:
            # "took part in talks with Iran", "participated in a rally": a light row that ends
            # with its preposition carries the event of that phrase's noun (types15)
            phrased = [p for c in v.children if c.dep_ == "prep" and c.lower_ == entry.words[-1]
                       for p in c.children if p.dep_ == "pobj"]
            objs = [*objs, *phrased]
        for held in objs:
            o = self._through_measure(held)
            nentry = self._noun_entry(o)
            if nentry is None:
                continue
            if phrased and v.dep_ == "xcomp" and nentry.cameo[:2] in ("15", "16", "17", "18", "19", "20") \
                    and held in phrased:
                continue  # "refused to take part in the French-led operation in Mali": France's, not an act on Mali
            source, passive = self._source(v, actors)
            if passive and (held.dep_ != "nsubjpass" or not source):
                continue  # ("a warning was sent to Tehran by Washington": the event noun the passive
                # subject, its doer the agent (light17))
            if passive:
                # ("Washington's condemnation was echoed by Britain": the noun's own doer first)
                source = self._noun_source(o, actors) or source
            target = self._noun_target(o, nentry, actors)
            if not target:
                preps = nentry.target or DEFAULT_TARGET_PREPS
                target = self._prep_actors(v, preps, actors)
            if not target and entry.target and entry.target != nentry.target:
                # "levelled accusations at India": the light verb's own preposition (light17)
                target = self._prep_actors(v, entry.target, actors)
            if not target and held.head.i == v.i:
                # "handed Qatar a list of demands": the first of two objects (read as a dative or as
                # a second direct object) is the one the noun's event goes to (types15)
                first = next((c for c in v.children if c.dep_ in ("dative", "dobj") and c.i < held.i), None)
                target = actors.actors(first) if first is not None else []
            consumed.add(o.i)
            conf = 0.88 if entry is not None and entry.frame == "light" else 0.75
            return Candidate(nentry.cameo, [v, o], source, target, v, clause_modality(v), conf)
        return None

    @staticmethod
    def _fire_reason(v) -> str | None:  # light17 helper
        """'over' / 'for' when v came "under fire from" someone and the parser hung the reason
        ('over the buildup', 'for its handling') on the "from" phrase's noun, else None."""
        fire = next((n for c in v.children if c.dep_ == "prep" and c.lower_ == "under"
                     for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() == "fire"), None)
        if fire is None:
            return None
        for fr in (*fire.children, *v.children):  # (the parser may hang "from" on the verb)
            if fr.dep_ == "prep" and fr.lower_ == "from":
                for p in fr.children:
                    for r in p.children:
                        if r.dep_ == "prep" and r.lower_ in ("over", "for"):
                            return r.lower_
        return None

    @staticmethod
    def _object_from_phrase(v, actors) -> tuple:  # light17 helper
        """(noun, actors) of a "from" phrase hung on v's direct object or on the noun of its
        "under" phrase ("faced sanctions from the US", "came under fire from Western leaders"),
        or of an "of" phrase after a verb of winning ("won the support of parliament"), else (None, [])."""
        for c in v.children:
            if c.dep_ == "dobj":
                held = (c,)
            elif c.dep_ == "prep" and c.lower_ == "under":
                held = tuple(p for p in c.children if p.dep_ == "pobj")
            else:
                continue
            for h in held:
                # "drew a downgrade of ties from Beijing": the parser may hang the "from" phrase on
                # the noun of the object's "of" phrase (targets24)
                ofs = [p for pr in h.children if pr.dep_ == "prep" and pr.lower_ == "of"
                       for p in pr.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
                for pr in [*h.children, *(pr for o in ofs for pr in o.children if pr.lower_ == "from")]:
                    if pr.dep_ == "prep" and (pr.lower_ == "from" or pr.lower_ == "of" and v.lemma_.lower() in WIN_VERBS
                                              and not any(d.dep_ == "poss" for d in h.children)):
                        for p in pr.children:
                            if p.dep_ == "pobj" and (found := actors.actors(p)):
                                return h, found
                # the parser may hang the "from" phrase on the verb ("received a warning from NATO")
                for pr in v.children:
                    if pr.dep_ == "prep" and pr.lower_ == "from":
                        for p in pr.children:
                            if p.dep_ == "pobj" and (found := actors.actors(p)):
                                return h, found
        return None, []

    def _sends_message(self, info) -> bool:  # light17 helper
        """Is the direct object of a conveying verb an act done in words ("a warning", "an
        ultimatum", "an invitation", "a rebuke"), not goods sent?"""
        return any((nentry := self._noun_entry(self._through_measure(o))) is not None
                   and nentry.cameo[:2] in MESSAGE_ROOTS and nentry.cameo[:2] != "01"
                   for o in info["obj"] if o.dep_ in ("dobj", "nsubjpass"))  # ("sent a letter of protest": 114, not a letter's 010)

    def _passive_addressee(self, v, actors) -> list[Actor]:
        """'the Tamil Tigers were urged by Norway to return to talks', 'King Hussein was asked by
        Arab ministers to mediate': the passive subject is the one asked."""
        subj = self._child(v, ("nsubjpass",))
        return actors.actors(subj) if subj is not None else []

    def _warned_of_clash(self, v, info, actors) -> list[Actor]:  # reported26 helper
        """The actors v ('warned X of ...') warns of a clash with them (WARNED_CLASH_NOUNS, or a noun
        row of force, 18x-20x), else []."""
        if v.lemma_.lower() != "warn":
            return []
        warned = [a for o in info["obj"] if o.dep_ == "dobj" for a in actors.actors(o) if not actors.is_guess(a)]
        if not warned:
            return []
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for n in c.children:
                    if n.dep_ != "pobj" or n.pos_ != "NOUN":
                        continue
                    entry = self._noun_entry(n)
                    if n.lemma_.lower() in WARNED_CLASH_NOUNS or (entry is not None and (entry.cameo or "")[:2] in ("18", "19", "20")):
                        return warned
        return []

    def _frame_event(self, v, entry: VerbEntry, actors, consumed, info) -> Candidate | None:
        source, passive = self._source(v, actors)
        comp = info["xcomp"]
        target: list[Actor] = []
        attempted = None  # odds15: an appeal tried is made
        own_retort = False  # wire24
        if entry.frame in ("request", "appeal"):
            # "urged Russia to withdraw": object is the target; complement is xcomp or ccomp
            target = self._obj_actors(info, actors)
            if not target and passive:
                target = self._passive_addressee(v, actors)
            if comp is None and info["ccomp"] is not None:
                comp = info["ccomp"]
                if not target:
                    target = actors.actors(self._child(comp, ("nsubj",))) or self._national_subject(comp, actors)
            if not target and comp is not None and self._for_to_clause(comp):
                target = actors.actors(self._child(comp, ("nsubj",)))  # "pressed for Iran to ...": Iran
            if not target:
                target = self._prep_actors(v, entry.target or ("on", "to", "from"), actors)
            if not target and (dative := self._child(v, ("dative",))) is not None:
                # "a note asking for stricter checks to the transport minister": the one the request goes to
                target = actors.actors(dative) or next(
                    (found for p in dative.children if p.dep_ == "pobj" and (found := actors.actors(p))), [])
            if not target or all(o.pos_ == "PRON" for o in info["obj"]):
                target = self._addressee(v, actors) or target  # "wrote to the US Embassy asking to ..."
        elif entry.frame == "threat" and comp is None and info["ccomp"] is not None \
                and not self._condition_tail(v, info["ccomp"]):
            comp = info["ccomp"]
            if self._hazard_forecast(comp) or self._suffering_forecast(comp) or self._risk_forecast(comp, actors) \
                    or self._trend_forecast(comp, actors) or self._economy_forecast(comp, actors) \
                    or self._outcome_forecast(comp, actors):
                return None  # "officials warned that the cyclone could hit Vanuatu": a forecast
            centry = self._entry(comp)
            if clause_modality(comp) == "asserted" and not (centry is not None and (centry.cameo or "")[:2] == "13"):
                # "warned that drought has destroyed harvests": a warning about the past (but
                # "warned that independence means war" names the threat itself)
                faced = self._faced_harm(comp, info)
                if faced is None:
                    return None
                return self._faced_threat(v, entry, faced, source, actors, consumed, info)
        elif entry.frame == "intent" and comp is None and info["ccomp"] is not None \
                and (centry := self._entry(info["ccomp"])) is not None \
                and "subj" in centry.target and (centry.cameo or "")[:2] == "13":
            comp = info["ccomp"]  # "vowed that Hamas would pay a heavy price": a threat (stories7)
        elif entry.frame == "intent" and comp is None and info["ccomp"] is not None \
                and info["ccomp"].lemma_.lower() in PROMISED_RETORTS and promised_answer(info["ccomp"]) \
                and not any(c.dep_ == "neg" for c in info["ccomp"].children) \
                and not any(c.dep_ == "dobj" for c in info["ccomp"].children):
            # "vowed that the United States would respond", "pledged that Iran would retaliate": the
            # answer promised in a 'that' clause is a threat, as "vowed to respond" is (wire24)
            entry = VerbEntry(entry.words, "138", "", ("-",), entry.line)
            own_retort = True
        if not target and "obj" in entry.target:
            target = self._obj_actors(info, actors)  # "invited Xi to visit Russia": Xi
        inner = self._complement_event(comp, actors, consumed) if comp is not None else None
        if entry.frame == "refuse" and comp is None and not info["obj"] and not info["preps"] and v.dep_ == "conj" \
                and v.head.pos_ == "VERB" and any(e is not None and e.frame in ("request", "appeal") for e in (
                    self._entry(v.head), self.lex.match_verb(v.head.lemma_.lower(), set()))):
            # "asked the judge to delay his ruling, but he declined", "asked Uganda to extradite him, but
            # Kampala refused": a bare refusal joined to a request rejects it, its asker the target (realnews25)
            source, asker = self._source(v, actors)[0], self._source(v.head, actors)[0]
            if source and asker and {a.code for a in source} != {a.code for a in asker}:
                return Candidate("120", [v], source, asker, v, clause_modality(v))
        if entry.frame in ("intent", "refuse", "threat") and comp is None and not info["obj"] and not info["preps"]:
            return None  # "X agreed, saying ...", "the population declined": nothing named, no event
        if entry.frame == "refuse" and comp is None and not info["obj"] and entry.words == (v.lemma_.lower(),):
            return None  # "the penguin population has declined 40% since 1987": a fall, not a refusal
        if entry.frame == "request" and comp is None and info["ccomp"] is None and entry.words == (v.lemma_.lower(),) \
                and any(p.lower_ == "about" for p in info["preps"]) and not any(p.lower_ == "for" for p in info["preps"]):
            return None  # "reporters asked Trump about it": a question, not a request
        if comp is not None and inner is None and entry.cameo == "100" and entry.words == (v.lemma_.lower(),) \
                and self._entry(v) is None and v.lemma_.lower() not in VERDICT_VERBS or \
                (comp is not None and inner is None and self._is_say(comp) and entry.frame in ("refuse", "intent")
                 and comp.lemma_.lower() in NON_EVENT_SAY):
            # "said Europe must become less dependent": no event in the clause, no demand;
            # "declined to comment", "agreed to say": not events either
            return None
        if inner is None and comp is not None and entry.frame == "intent" and v.lemma_.lower() in POISED_VERBS \
                and comp.dep_ == "xcomp":
            return None  # "the ruling party is poised to win a landslide": a forecast, unless what is
            # to come is an act ("is poised to sign a security pact with the Solomons": 030) (purpose22)
        code = entry.cameo
        trigger = self._trigger_tokens(v, entry, info)
        if code == "012" and entry.frame == "threat" and (warned := self._warned_of_clash(v, info, actors)):
            # "Moscow warned Washington of a direct military confrontation if it supplied Tomahawks":
            # a side warning another of fighting between them threatens it (138); with no one
            # warned ("the UN chief warned of a wider conflict") it stays a gloomy forecast (reported26)
            code, target = "138", warned
        if code == "019" and comp is not None and comp.dep_ == "xcomp" and entry.frame == "intent":
            code = "030"  # "agreed with six powers to cut its stockpile": an undertaking, as "agreed to cut" (types21)
        if inner is None and comp is not None and entry.frame == "intent" \
                and (comp.lemma_.lower() in YIELD_VERBS or comp.lemma_.lower() in LET_VERBS) \
                and any(c.dep_ == "neg" for c in comp.children):
            # "vowed never to give up Kosovo", "vowed not to return the Golan": a promise not to
            # yield is a refusal to yield (124), not an intent to cooperate; so is a promise not to
            # let anything in ("vowed never to let US aid into Venezuela", types15)
            code = "124"
        if inner is not None:
            inner_code = inner.cameo
            frame = entry.frame
            if frame == "request" and (entry.cameo or "").startswith("02"):
                frame = "appeal"
            if frame == "intent" and any(c.dep_ == "neg" for c in comp.children):
                # "pledged not to attack": an intent to hold back (0356); "vowed not to return the
                # Golan": a refusal (12x)
                if inner_code[:2] in HOSTILE_ROOTS:
                    inner_code = self.onto.transform("cease", inner_code) or inner_code
                else:
                    frame = "refuse"
            if frame == "threat" and inner_code[:2] == "13":
                new = inner_code
            else:
                new = self.onto.transform(frame, inner_code)
            if frame == "intent" and new is None:
                new = inner_code  # "decided to impose sanctions": the decision is the event
            if frame == "intent" and v.lemma_.lower() in TAKEN_ACT_VERBS and self._taken_act(inner_code) \
                    and not any(c.dep_ == "neg" for c in comp.children) and clause_modality(v) == "asserted":
                new = attempted = inner_code  # "Niger decided to expel the French ambassador": the expulsion (odds16)
            if frame == "intent" and inner_code[:2] == "11" and (any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in inner.anchor.children)
                    or self._hits_back(inner)):  # ("vowed to hit back hard": 'back' on the adverb, types22)
                new = "130"  # "vowed to hit back at Saudi Arabia": retaliation promised, a threat (odds15)
            if frame == "intent" and inner_code[:2] == "02" and v.lemma_.lower() in ATTEMPT_VERBS:
                new = attempted = inner_code  # "sought to persuade Ankara to free him": the appeal made (odds15)
            if frame == "intent" and self._pledged_help(inner, source, actors):
                new = "0334"  # "pledged to send police officers to Haiti": peacekeeping promised
            if frame == "intent" and self._readying_attack(v, inner_code, source):
                new = "153" if all(s.sector == "COP" for s in source) else "154"
            code = new or code
            if frame in ("request", "appeal") and self._rallies_support(inner, source, target):
                code, target = "053", list(inner.target)  # "urged the EU to back Ukraine": for Ukraine
            if not target:
                target = inner.target
            if frame in ("request", "appeal") and inner_code[:2] == "08" and inner.source \
                    and is_passive(inner.anchor) and not self._obj_actors(info, actors):
                # "called for American sanctions to be eased", "wants Western sanctions lifted":
                # asking that a thing be given up asks the side that holds it (odds4)
                target = list(inner.source)
            if frame == "request" and self._commands_own_side(v, source, actors):
                code, target = inner_code, list(inner.target)  # "ordered its troops to withdraw": the deed itself
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
        if entry.frame == "request" and (ordered := self._coercive_order(v, comp, inner, source, target)):
            code = ordered  # "ordered the opposition newspaper to suspend publication": coercion
        elif entry.frame == "request" and (cut := self._ordered_cut_in_ties(v, inner, source, target)):
            code = cut  # "ordered Russia to cut its embassy staff": the orderer reduces relations
        if entry.frame in ("request", "appeal") and comp is not None and self._or_else(comp):
            code = "139"  # "told the junta to leave or be forced out": an ultimatum (types6 helper)
        target = [a for a in target if all(a.code != s.code for s in source) or self._other_person(a, source)]
        if entry.frame == "intent" and comp is not None and source and all(
                (a.country or a.primary) in {s.country or s.primary for s in source} for a in target) \
                and (partner := [a for a in self._prep_actors(v, ("with",), actors) if not actors.is_guess(a)
                                 and (a.country or a.primary) not in {s.country or s.primary for s in source}]):
            # "agreed with the European Commission to connect the Baltic states' grids": the side
            # agreed with, not the doers' own grids (targets26)
            target = partner
        if own_retort:
            # the one who will respond is the speaker's side, not the one threatened
            target = [a for a in target if all((a.country or a.primary) != (s.country or s.primary) for s in source)]
        if not target and entry.frame in ("request", "appeal"):
            target = self._other_owner(info, source, actors)  # "asked for Bolton's resignation"
        modality = clause_modality(v)
        if entry.frame == "intent" and modality == "asserted" and not attempted:
            modality = "intended"
        return Candidate(code, trigger, source, target, v, modality)

    @staticmethod
    def _contested_other_side(target: list[Actor], source: list[Actor]) -> list[Actor]:  # targets9 helper
        """'Azerbaijani forces pushed into Nagorno-Karabakh': a force fighting in a contested place its
        own country claims fights the other side of that conflict (war_sides: Armenia); other
        places are left as they are."""
        sides = war_sides(target[0].text)
        other = [c for c in sides if c != source[0].country]
        if len(other) != 1:
            return target
        return [Actor(text=target[0].text, name=other[0], code=other[0], country=other[0], kind="country",
                      start=target[0].start, end=target[0].end)]

    def _named_violator(self, comp, actors) -> list[Actor]:  # targets9 helper
        """'said Russia had violated Ukraine's sovereignty', 'said China had breached the agreement':
        a named actor the speaker says broke a rule (a BREACH_VERBS verb the lexicon codes 128, not
        a ceasefire violation) is accused; [] otherwise."""
        if (comp.lemma_.lower() not in BREACH_VERBS and comp.lemma_.lower() not in RULE_BREAK_VERBS) \
                or comp.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VBG") \
                or any(c.dep_ in ("neg", "auxpass") for c in comp.children):
            return []
        entry = self._entry(comp)
        if entry is None or entry.cameo != "128":
            return []
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN":
            # "said Guyana's oil exploration violated the agreement", "said the North's missile
            # launch violated UN resolutions": the act's possessor broke the rule (targets10)
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None and self._noun_entry(subj) is None:
                # "said the regime was breaking the law": the body itself (realnews18b)
                return [a for a in actors.actors(subj) if not actors.is_guess(a) and a.kind != "country"]
            subj = owner
        return [a for a in actors.actors(subj) if not actors.is_guess(a)] if subj is not None and subj.pos_ == "PROPN" else []

    @staticmethod
    def _named_doer(comp, actors) -> bool:
        """The clause's subject names a side ('Kyiv crossed all red lines'), not a thing ('the
        decision was regrettable')."""
        return any(not actors.is_guess(a) for c in comp.children if c.dep_ == "nsubj" for a in actors.actors(c))

    def _own_retort(self, v, comp, actors):  # quotes24 helper
        """'"We will respond," the minister said', 'said Iran would respond': the speaker's own side
        ("we", or an actor of the speaker's country) promising (will/would/shall) to answer, with no
        object and no 'to' phrase naming what it answers ('will respond to the letter' is a reply),
        unnegated. (speakers, target) where the target is the side the saying is 'of' ('said of
        Israel'), else None."""
        if comp.lemma_.lower() not in PROMISED_RETORTS or not promised_answer(comp) \
                or any(c.dep_ in ("neg", "dobj", "dative", "ccomp", "xcomp") for c in comp.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("to", "by", "within", "before", "after") for c in comp.children) \
                or any(c.dep_ == "advmod" and c.lower_ in ("later", "soon", "shortly", "tomorrow") for c in comp.children) \
                or any(c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in REPLY_MANNER_NOUNS for p in c.children)
                       for c in comp.children):
            return None
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        source = self._source(v, actors)[0]
        if subj is None or not source:
            return None
        if subj.lower_ not in QUOTED_SELF_WORDS:
            own = [a for a in actors.actors(subj) if not actors.is_guess(a)]
            if not own or not all(any(a.primary == s.primary for s in source) for a in own):
                return None  # "Iran will respond, an Israeli official said": a forecast of another side
        target = [a for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" for a in actors.actors(p) if a.kind in ("country", "org", "agent")]
        return source, [a for a in target if all(a.primary != s.primary for s in source)]

    def _forewarned_doer(self, v, comp, actors):  # types24 helper
        """'warned that Russia could invade Ukraine', 'cautioned that the North would launch more
        missiles': a clause with a modal ('would', 'could', 'might', 'may', 'will') whose named
        subject, of another side than the speaker's own state, is the doer of a hostile act (show of
        force or violence, CAMEO 15, 17-20). Returns (speakers, doers), or None. A clause whose subject
        suffers the act ('Washington would pay a price', a 'subj'-target row) is the speaker's threat."""
        if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in comp.children) \
                or not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will") for c in comp.children):
            return None
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            return None
        act = comp
        if comp.lemma_.lower() in ATTEMPT_VERBS:  # "would try to blockade the reef": the act tried
            act = next((c for c in comp.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), comp)
        entry = self._entry(act)
        if entry is None or not entry.cameo or entry.cameo[:2] not in ("15", "17", "18", "19", "20") \
                or entry.frame or "subj" in entry.target:
            return None
        doers = [a for a in actors.actors(subj) if not actors.is_guess(a)]
        source = self._source(v, actors)[0]
        if not doers or not source:
            return None
        if any(a.primary == s.primary or a.code == s.code for a in doers for s in source):
            return None  # "Xi warned that China would use force": the speaker's own side threatens
        return source, doers

    def _claimed_doer(self, v, comp, actors):  # realfix18 helper
        """'Activists claimed that police had attacked journalists': the active, unnegated hostile
        act (CAMEO 17-20) a claim reports, done by a named side other than the claimant's own.
        Returns (claimants, doers), or None: a claim about one's own side ('Russia claimed its
        forces had destroyed ...') reports the act."""
        if comp.pos_ != "VERB" or any(c.dep_ in ("neg", "auxpass") for c in comp.children):
            return None
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        if v.lemma_.lower() in FORECAST_VERBS and any(
                c.dep_ == "aux" and c.lower_ in FUTURE_AUX | WOULD_AUX | HYPOTHETICAL_AUX for c in comp.children):
            # "few people in Kyiv believe Russia will really invade": a belief about what a side
            # will or could do is a forecast, no claim of an act done (odds26)
            return None
        entry = self._entry(comp)
        if (entry is None or not entry.cameo or entry.cameo[:2] not in ("17", "18", "19", "20")) \
                and not (comp.lemma_.lower() in ORDER_VERBS and any(
                    o.dep_ == "dobj" and (e := self._noun_entry(o)) is not None and e.cameo[:2] in ("18", "19", "20")
                    for o in comp.children)):
            # ("believe the crown prince ordered the killing": the ordered act is the one claimed (realnews19b))
            return None
        doers = [a for a in actors.actors(subj) if not actors.is_guess(a) or a.sector]
        source = self._source(v, actors)[0]
        if not doers or not source:
            return None
        if any(a.code == s.code or (a.primary == s.primary and a.sector == s.sector) for a in doers for s in source):
            return None
        state = ("GOV", "MIL", "COP", "SPY", None, "")
        if any(a.primary == s.primary and s.sector in state and a.sector in state for a in doers for s in source):
            return None  # "Russia's defence ministry claimed its troops had shelled ...": its own side
        return source, doers

    @staticmethod
    def _retort_target(act, actors) -> list[Actor]:  # odds8 helper
        """The owner of an answered act: its possessor, demonym or name modifier ("North Korea's
        threats", "any Chinese aggression", "any US military action", "any NATO deployment")."""
        target = [a for d in act.children if d.dep_ in ("amod", "compound", "poss", "nmod") and d.i < act.i
                  for a in (actors.actors(d) or actors.country_actor(d))]
        if not target and any(d.dep_ == "compound" and d.pos_ == "PROPN" for d in act.children):
            target = actors.actors_at.get(act.i, [])  # "any NATO deployment": the phrase's actor sits on its head
        return target

    def _promised_retort(self, v, entry, info):  # odds8 helper
        """(answering verb, act answered, code) when v promises to answer a hostile act: "vowed to meet
        Hamas's attack with force", "warned it would answer any Israeli attack", "would respond to
        any NATO deployment with countermeasures"; else None. The answer is still to come: the
        verb's own 'would'/'will', or the complement of a pledge or warning. The act is a hostile
        one (or answered with force: "answer Washington's arms sales with sanctions")."""
        x = None
        if v.lemma_.lower() in RETORT_VERBS:
            if promised_answer(v):
                x = v
        elif entry is not None and entry.frame in ("intent", "threat"):
            x = info["xcomp"] if info["xcomp"] is not None else info["ccomp"]
            if x is not None and (x.lemma_.lower() not in RETORT_VERBS or (x.dep_ == "ccomp" and not promised_answer(x))):
                x = None
        if x is None:
            return None
        acts = [c for c in x.children if c.dep_ == "dobj"] + [
            p for b in x.children if b.dep_ == "prep" and b.lower_ == "to" for p in b.children if p.dep_ == "pobj"]
        for act in acts:
            if act.pos_ != "NOUN":
                continue
            # the 'with' phrase may hang on the verb or on the act ("meet North Korea's threats with fire")
            means = [p for h in (x, act) for b in h.children if b.dep_ == "prep" and b.lower_ == "with"
                     for p in b.children if p.dep_ == "pobj"]
            if x.lemma_.lower() == "meet" and not means:
                return None  # "vowed to meet the envoy": a meeting
            forceful = any(m.lemma_.lower() in RETORT_MEANS for m in means)
            word = act.lemma_.lower()
            found = self._noun_entry(act)
            root = found.cameo[:2] if found is not None and found.cameo else ""
            if forceful or word in ANSWERED_ACTS or word in _THREAT_WORDS or word in PLOTTED_ACT_NOUNS \
                    or root in ("15", "18", "19", "20"):
                return x, act, "138"
            if root in HOSTILE_ROOTS:
                return x, act, "130"  # "would respond firmly to Poland's expulsion of its diplomats"
        return None

    def _alleged_plotter(self, v, comp, actors) -> list[Actor]:  # odds8 helper
        """'said Moscow was preparing a false-flag attack', 'said Washington was plotting to drag the
        Gulf into war', 'said Russia was planning a coup': the named actor a speaker says readies a
        hostile act (any act for 'plot'/'scheme'); [] otherwise. Its own plans ('said it was
        preparing to strike': a threat) and a trailing source's report of troops readying an attack
        ('Russian forces are preparing to encircle Mariupol, British intelligence said': a show of
        force, 154) are not accusations."""
        if comp.dep_ != "ccomp" or comp.pos_ != "VERB" or comp.tag_ not in ("VBG", "VBD", "VBN") \
                or any(c.dep_ in ("neg", "auxpass") for c in comp.children):
            return []
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
            return []
        act = next((c for c in comp.children if c.dep_ in ("dobj", "xcomp")), None)
        if act is None:
            return []
        if act.dep_ == "xcomp" and v.i > comp.i and comp.lemma_.lower() in POSTURE_VERBS:
            return []  # "Russian forces are preparing to encircle Mariupol, British intelligence said"
        if comp.lemma_.lower() not in SINISTER_PLOT_VERBS:
            if act.dep_ == "dobj":
                found = self._noun_entry(act)
                # ("sabotage operations": the act named by the noun's modifier)
                if act.lemma_.lower() not in PLOTTED_ACT_NOUNS and (found is None or found.cameo[:2] not in HOSTILE_ROOTS) \
                        and not any(c.dep_ == "compound" and c.lemma_.lower() in PLOTTED_ACT_NOUNS for c in act.children):
                    return []
            else:
                # "planned to use saboteurs to overthrow her government": the act may be the purpose
                # of the planned step
                steps = (act, *(c for c in act.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"))
                if not any((found := self._entry(x)) is not None and found.cameo[:2] in HOSTILE_ROOTS for x in steps) \
                        and not any(x.lemma_.lower() in SUBVERSION_VERBS for x in steps):
                    return []  # ("planning to destabilise the country": a subversion (odds18))
        # a guessed country is no evidence, save for a group no state owns ("the militants")
        return [a for a in actors.actors(subj) if not actors.is_guess(a) or (
            subj.pos_ == "NOUN" and a.sector not in (None, "", "GOV", "MIL", "COP", "SPY"))]

    @staticmethod
    def _own_envoy(info, source: list[Actor]) -> list[Actor]:  # targets9 helper
        """'Xi sacked the country's ambassador to Washington', 'the king fired his envoy to Turkey':
        an envoy posted 'to' a host and owned by no named country ('its', 'his', 'the country's' or
        no owner) is the dismisser's own; dismissing him acts on the own government, not the host.
        [the source's government] when so, else []."""
        if not source or not source[0].country or any(s.country != source[0].country for s in source):
            return []
        for o in info["obj"]:
            if o.dep_ != "dobj" or o.lemma_.lower() not in ENVOY_NOUNS \
                    or not any(c.dep_ == "prep" and c.lower_ == "to" for c in o.children):
                continue
            poss = next((c for c in o.children if c.dep_ == "poss"), None)
            if poss is None or poss.pos_ == "PRON" or (poss.lemma_.lower() in references()
                                                        and references()[poss.lemma_.lower()][0] == "country"):
                c = source[0].country
                return [Actor(text=o.text, name=c, code=c + "GOV", country=c, sector="GOV",
                              start=source[0].start, end=source[0].end)]
        return []

    @staticmethod
    def _national_subject(comp, actors) -> list[Actor]:
        """'demanded that the Philippine ship leave the area', 'insisted that Turkish vessels stay
        away': a demanded clause whose subject is a thing of a nation (a ship, the vessels) asks
        that nation (stories4 helper)."""
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return []
        return [a for m in subj.children if m.dep_ in ("amod", "compound") and m.i < subj.i
                for a in actors.country_actor(m)]

    def _demand_event(self, v, code: str, comp, actors, consumed, info) -> Candidate | None:
        """A demand (code 100) or appeal (020) by v's subject that comp's subject act: the content
        comes from comp's event through the request frame ("must withdraw" -> 1056). Nothing when
        no actor is left to act: the speaker's own country ("Japan must never forget, Kishida
        said" is a 'we must') or no one named. "must not" / "should not": a hostile act to hold
        back is de-escalation (1056/0256); any other refraining is a plain demand or appeal."""
        info = dict(info)
        if comp.dep_ != "xcomp":
            info["ccomp"], info["xcomp"] = comp, None
        cand = self._frame_event(v, VerbEntry((v.lemma_.lower(),), code, "request", ()), actors, consumed, info)
        consumed.add(comp.i)
        consumed.update(c.i for c in comp.children if c.dep_ == "xcomp")
        if cand is None or not cand.source:
            return None
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if comp.dep_ == "ccomp" and info["obj"] and subj is not None and subj.pos_ != "PRON" \
                and (doer := actors.actors(subj)):
            # "told the European Parliament that Russia must withdraw": the demand is on the
            # clause's subject, not on the one told (odds4)
            cand.target = doer
        if any(c.dep_ == "neg" or c.lower_ == "never" for t in (comp, *(c for c in comp.children if c.dep_ == "xcomp"))
               for c in t.children):
            deed = next((c for c in comp.children if c.dep_ == "xcomp"), comp) if self._entry(comp) is None else comp
            entry = self._entry(deed)
            inner = entry.cameo if entry is not None and entry.cameo and entry.frame not in ("say", "light") else ""
            held = self.onto.transform("cease", inner) if inner[:2] in HOSTILE_ROOTS else None
            frame = "appeal" if code.startswith("02") else "request"
            cand.cameo = (self.onto.transform(frame, held) if held else None) or code
            if subj is not None:
                cand.target = actors.actors(subj)
        if cand.modality == "future" and v.lemma_.lower() in demand_words("wish_verb") \
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in v.children):
            cand.modality = "asserted"  # "would like Congress to approve": a wish held now
        own = {s.code for s in cand.source} | {s.primary for s in cand.source}
        cand.target = [a for a in cand.target if a.code not in own and not self._own_forces(a, cand.source)]
        if not cand.target:
            return None
        return cand

    @staticmethod
    def _own_forces(a: Actor, source: list[Actor]) -> bool:
        """'Netanyahu said the army must prepare for a long war': a government telling its own
        forces what they must do is a command, not a demand on another actor (a general's
        demand on his government, "the army chief said the government must restore order", is)."""
        return a.sector in ("MIL", "COP", "SPY") and any(
            s.primary == a.primary and (s.sector == "GOV" or s.code == s.primary) for s in source)

    @staticmethod
    def _readying_attack(v, inner_code: str, source) -> bool:
        """"Azerbaijani troops prepared to attack Armenian positions", "the army was preparing to
        storm Mekelle": readying an attack is done, not said; it is a show of force (PLOVER
        MOBILIZE), not a threat. "Kenya is prepared to send police" (a stated willingness: the
        adjective) and what is said to be prepared ("said it was preparing to strike") stay intent."""
        if v.lemma_.lower() not in POSTURE_VERBS or v.pos_ != "VERB" or inner_code[:2] not in ("18", "19", "20"):
            return False
        if v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() in REPORT_VERBS \
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children):
            return False  # "North Korea said it was preparing to strike": its own words, a threat
        return bool(source)

    def _faced_harm(self, comp, info):
        """The hostile event noun an addressed warning says its addressee faces ("warned Kenya that
        it faced more attacks"), or None."""
        if comp.lemma_.lower() not in FACE_VERBS or not info["obj"]:
            return None
        for o in comp.children:
            if o.dep_ == "dobj":
                found = self._noun_entry(o)
                if found is not None and found.cameo[:2] in HOSTILE_ROOTS | {"13"}:
                    return o, found
        for a in comp.children:
            # wire18: "warned North Korea that it faced isolation if it restarted its reactor": what
            # the addressee is told it faces on a condition is a threat (130), whatever it is
            if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children):
                return next(((o, None) for o in comp.children if o.dep_ in ("dobj", "xcomp")), None)
        return None

    def _faced_threat(self, v, entry: VerbEntry, faced, source, actors, consumed, info) -> Candidate:
        noun, found = faced
        code = "130" if found is None else (self.onto.transform("threat", found.cameo) or found.cameo)
        consumed.add(noun.i)
        trigger = sorted(set(self._trigger_tokens(v, entry, info)) | {noun}, key=lambda t: t.i)
        return Candidate(code, trigger, source, self._obj_actors(info, actors), v, clause_modality(v))

    def _cease_event(self, v, entry: VerbEntry, actors, consumed, info) -> Candidate | None:
        """'stopped targeting American ships', 'halted its bombardment of the city': stopping an
        act is its undoing (frames.tsv, frame cease: an attack becomes de-escalation, buying oil a
        boycott, a protest its easing). Nothing when no act is named or the act has no undoing."""
        comp, inner = info["xcomp"], None
        if comp is not None:
            if comp.tag_ != "VBG":
                return None  # "stopped to refuel": a purpose, coded on its own
            centry = self._entry(comp)
            if centry is None or centry.frame == "say":
                return None  # "stopped drinking water to escalate his hunger strike": the purpose is coded on its own
            inner = self._complement_event(comp, actors, consumed)
        else:
            for o in info["obj"]:
                o = self._through_measure(o)
                nentry = self._noun_entry(o)
                if nentry is not None and o.dep_ == "dobj" and any(
                        c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children):
                    # only the subject's own act ("halted its bombardment"): "police stopped the
                    # march" is no easing of a protest
                    consumed.add(o.i)
                    inner = Candidate(nentry.cameo, [o], [], self._noun_target(o, nentry, actors), o)
                    break
        code = self.onto.transform("cease", inner.cameo) if inner is not None else None
        if code is None:
            return self._suspended_member(v, entry, actors, info) if comp is None else None
        source, passive = self._source(v, actors)
        if passive:
            return None  # "shelling was halted": who halted it is not said
        target = inner.target or self._target(v, entry.target, actors, info, passive)
        target = [a for a in target if all(a.code != s.code for s in source)]
        trigger = sorted(set(self._trigger_tokens(v, entry, info)) | set(inner.trigger), key=lambda t: t.i)
        return Candidate(code, trigger, source, target, v, clause_modality(v))

    def _suspended_member(self, v, entry: VerbEntry, actors, info) -> Candidate | None:
        """'ECOWAS suspended Mali after the coup', 'the Arab League suspended Syria': a body
        suspending a state, named as the object with no act, reduces relations with it (160)."""
        if v.lemma_.lower() not in MEMBER_SUSPEND_VERBS:
            return None
        for o in info["obj"]:
            found = actors.actors(o) if o.dep_ == "dobj" else []
            media = found and all(a.sector == "MED" for a in found)
            if found and (media or all(a.kind == "country" for a in found)):
                source, passive = self._source(v, actors)
                if passive:
                    return None
                # "the junta suspended RFI and France 24": a named outlet silenced (1721, targets18)
                return Candidate("1721" if media else "160", self._trigger_tokens(v, entry, info), source, found, v,
                                 clause_modality(v))
        return None

    def _clause_codes_event(self, v) -> bool:
        """Does the lexicon give v (or its object noun) an event code?"""
        deps, info = self._deps(v)
        entry = self._own_entry(v, deps, info)
        if entry is not None and entry.cameo and entry.frame not in ("say", "light"):
            return True
        return any(self._noun_entry(self._through_measure(o)) for o in info["obj"])

    @staticmethod
    def _victims_of_attacked(cand: Candidate, target: list[Actor], actors) -> list[Actor]:
        """The people a participle of violence kills or wounds after an attack on a named foreign
        object are that object's ("Israeli commandos stormed a Turkish aid ship, killing nine
        activists": Turkey's; "attacked the US consulate in Benghazi, killing the ambassador":
        the US's), when their own country was only guessed, and guessed as the attacker's or
        the place's (targets8 helper)."""
        v = cand.anchor
        if v.tag_ != "VBG" or v.dep_ not in ("advcl", "xcomp", "conj") or v.head.pos_ != "VERB":
            return []
        own = {s.country for s in cand.source if s.country}
        for o in v.head.children:
            if o.dep_ != "dobj":
                continue
            named = actors.actors(o) or [a for m in o.children if m.dep_ in ("amod", "compound", "poss")
                                         for a in (actors.actors(m) or actors.country_actor(m))]
            found = [a for a in named if not actors.is_guess(a) and a.country
                     and a.country not in own and all(a.country != t.country for t in target)]
            if found:
                return found
        return []

    def _speaker_owned_object(self, cand: Candidate, actors) -> list[Actor]:
        """The speaker, when a hostile act it reports hit something the object calls "its" or
        "their": "Turkey said Syria had shot down one of its fighter jets", "Vietnam said Chinese
        ships had rammed its vessels" (Turkey, Vietnam; the doer does not hit its own things,
        which the news would call "its own"). targets8 helper."""
        v = cand.anchor
        if v.dep_ != "ccomp" or v.head.i > v.i or not self._is_say(v.head):
            return []  # not the attribution after the act (", Iraqi media said")
        objects = [c for c in v.children if c.dep_ == "dobj"]
        objects += [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against")
                    for p in c.children if p.dep_ == "pobj"]
        for o in objects:
            owners = [o] + [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"]
            for n in owners:
                if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in n.children) \
                        and not any(c.lower_ == "own" for c in n.children):
                    own = {a.code for a in cand.source} | {a.primary for a in cand.source}
                    speaker = self._source(v.head, actors)[0]
                    return [a for a in speaker if a.code not in own and a.primary not in own]
        return []

    def _is_say(self, tok) -> bool:
        entry = self._entry(tok)
        return entry is not None and entry.frame == "say"

    def _complement_event(self, comp, actors, consumed) -> Candidate | None:
        """Code the complement clause of a frame verb and mark it as used."""
        consumed.add(comp.i)
        # "implored Syria to stop shelling Homs and let in observers": a bare infinitive joined to
        # the complement is part of what was asked, vowed or threatened, not a deed of its own
        consumed.update(c.i for c in comp.conjuncts if c.tag_ == "VB")
        deps, info = self._deps(comp)
        entry = self._own_entry(comp, deps, info)
        if self._wrong_sense(comp, info, actors):
            consumed.update(o.i for o in info["obj"])
            return None
        if entry is not None and entry.frame == "request" and comp.lemma_.lower() in COMMAND_VERBS \
                and self._ordered_act(info, actors):
            # "retaliated by ordering the closure of the US consulate": the order's act, as in a main
            # clause (targets14)
            entry = VerbEntry((comp.lemma_.lower(),), None, "light", ())
        if entry is None or entry.frame in ("say", "light"):
            cand = self._light_event(comp, entry, actors, consumed, info)
            if cand is None and info["xcomp"] is not None:
                # "prepared to resume shelling": look through aspectual verbs
                return self._complement_event(info["xcomp"], actors, consumed)
            return cand
        if entry.frame in ("intent", "threat", "refuse", "request", "appeal"):
            return self._frame_event(comp, entry, actors, consumed, info)
        if entry.frame == "cease":
            return self._cease_event(comp, entry, actors, consumed, info)
        target = self._target(comp, entry.target, actors, info, is_passive(comp))  # "warned US troops would be attacked"
        if "subj" in entry.target and not is_passive(comp) and not target:
            # "warned that Hamas would pay a heavy price": the one to pay is the target (stories7)
            target = actors.actors(self._child(comp, ("nsubj",)))
        self._consume_objects(info, consumed, entry)
        code = "072" if entry.cameo == "154" and arms_to_country(comp, target) else entry.cameo  # types6
        return Candidate(code, self._trigger_tokens(comp, entry, info), [], target, comp)

    @staticmethod
    def _through_quantity(n):
        """'hundreds of drones', 'most of its restrictions' -> the noun after 'of'."""
        if n.pos_ == "NUM" or n.lemma_.lower() in QUANTITY_WORDS or n.lemma_.lower() in MONEY_WORDS \
                or (n.lemma_.lower() in COLLECTIVE_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)):
            # also "received a mission of observers", "sent a convoy of trucks"
            if n.lemma_.lower() in MONEY_WORDS:
                return _money_in(n)  # also "2 billion dollars of debt", "$50,000 worth of goods"
            m = after_of(n)
            if m is not n and m.lemma_.lower() in MONEY_WORDS:
                return _money_in(m)  # "billions of dollars of Mozambique's debt": the sum's own phrase (targets14)
            return m
        return n

    # ------------------------------------------------------------------ nouns
    @staticmethod
    def _through_measure(n):
        """'three hours of talks', 'a series of strikes' -> the event noun after 'of'."""
        return after_of(n) if n.lemma_.lower() in MEASURE_NOUNS else n

    def _ends_no_noun_row(self, lemma: str, lower: str) -> bool:
        """No nouns.tsv row ends in this word (lower-case lemma, lower-case form) and it is no attempt
        noun: `_noun_entry` is None for it whatever its modifiers. `_sentence` asks this from the
        plain columns before it makes a Token for the noun (perf2)."""
        nouns = self.lex.nouns
        return lemma not in nouns and lower not in nouns and not self._attempt_word(lemma)

    def _noun_entry(self, n) -> NounEntry | None:
        if n.pos_ not in ("NOUN", "PROPN") and not (n.pos_ == "VERB" and n.dep_ in ("nsubj", "nsubjpass") and n.tag_ == "VBZ"):
            return None  # (a subject tagged as a verb is a plural noun: "ceasefire talks ... collapsed" (odds5))
        if self._ends_no_noun_row(n.lemma_.lower(), n.lower_):
            return None  # no noun row ends in this word, whatever its modifiers: most nouns
        doc = n.doc
        kids, dep_col = children_table(doc)  # one Token per child read, not three walks (perf11e)
        near = [(dep_col[k], doc[k]) for k in kids[n.i] if dep_col[k] in ("compound", "amod", "nmod", "prep")]
        mods = {c.lemma_.lower() for dep, c in near if dep in ("compound", "amod")}
        mods |= {j.lemma_.lower() for dep, c in near if dep in ("compound", "nmod") for j in (c, *c.conjuncts)
                 if c.conjuncts}
        # ("a drone and missile barrage", "air and drone strikes": each joined modifier counts; types10)
        mods |= {c.lower_ for dep, c in near if dep in ("compound", "amod", "prep")}  # "call with X": a phone call
        mods |= self._of_kinds(n)
        entry = self.lex.match_noun(n.lemma_.lower(), mods)
        if entry is None and n.lower_ != n.lemma_.lower():
            entry = self.lex.match_noun(n.lower_, mods)
        if entry is not None and entry.cameo == "141" and mods & CAMPAIGN_RALLY_WORDS:
            return None  # "held a campaign rally", "a victory rally": campaigning, no protest (light17)
        if entry is not None and entry.cameo[:2] == "03" and mods & CAMPAIGN_RALLY_WORDS:
            return None  # "one of his campaign promises", "an election pledge": a vow to voters, no intent to any side (realnews24)
        if entry is not None and len(entry.words) == 1 and entry.cameo == "143" and self._armed_strike(n):
            entry = self.lex.match_noun(entry.words[0], mods | {"military"}) or entry
        if entry is None and "on" in mods and self._attempt_on_life(n):
            entry = self.lex.match_noun("attempt", {"assassination"})  # "an attempt on his life"
        if entry is not None and entry.cameo[:2] == "02" and n.lemma_.lower() == "appeal" and self._legal_appeal(n):
            return None  # "ruled on the appeal of that decision", "lost its appeal against the verdict" (realnews25)
        if entry is not None and n.tag_ == "NN" and n.lemma_.lower() in MARKET_SENSE_NOUNS \
                and not any(c.dep_ in ("det", "poss") for c in n.children):
            return None  # "worries over Chinese demand", "global demand for oil": the market's (targets14)
        return entry

    @staticmethod
    def _legal_appeal(n) -> bool:  # realnews25 helper
        """An 'appeal' in court, no request: one against, of or over a ruling ("its appeal against the
        verdict", "the appeal of that decision"), or one a party files, loses or wins, a court hears
        or rules on, or something waits on ("ruled on the appeal", "the court heard the appeal by the
        government", "pending appeal"). A court rejecting or dismissing it keeps its own verb rows."""
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("against", "of", "over", "on") and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in RULING_NOUNS for p in c.children):
                return True
        h = n.head
        if n.dep_ == "pobj" and h.dep_ in ("prep", "agent") and h.lower_ in ("on", "pending"):
            return h.lower_ == "pending" or h.head.lemma_.lower() in LEGAL_APPEAL_VERBS
        return n.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in LEGAL_APPEAL_VERBS

    def _record_of_told_act(self, cand, code: str, prior: list) -> bool:
        """'X is the highest-ranking US official to visit the island in 25 years', 'the first
        Chinese leader to visit Israel', 'it was the first visit by an Indian prime minister in a
        decade': an act told as a record held by someone is background when the story has already
        told that act by the same side (a visit, a strike). stories7, stories20"""
        v = cand.anchor
        if v.lemma_ == "be" and len(cand.trigger) == 1 and cand.trigger[0].pos_ == "NOUN":
            n = cand.trigger[0]  # "It was the first visit to Pakistan by an Indian prime minister in a decade" (stories20)
        elif v.pos_ != "VERB" or v.dep_ not in ("relcl", "acl") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return False
        else:
            n = v.head
        if n.dep_ != "attr" or not any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL"
                                       for t in n.doc[n.left_edge.i:n.i]):
            return False
        try:
            kind = self.onto.get(code).plover
        except KeyError:
            return False
        own = {a.primary for a in cand.source}
        return any(ev.event == kind and {a.primary for a in ev.source} & own for ev in prior[-12:])

    @staticmethod
    def _strike_told_before(n, prior: list) -> bool:
        """'the strike' in a story that has told an armed attack (within its last dozen events)
        names that attack again, not a labour strike; a bare definite noun only ('a general strike',
        'the strike by teachers' keep their own sense). stories7 helper"""
        if n.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in REFERRED_ACT_DETS for c in n.children) \
                or any(c.dep_ in ("amod", "compound", "prep", "poss") for c in n.children):
            return False
        # (police fighting strikers is no armed strike: "Police clashed with miners. The strike ...")
        return any(ev.cameo[:2] in ("18", "19", "20") and not any(a.sector == "COP" for a in ev.source)
                   for ev in prior[-12:])

    @staticmethod
    def _no_call_made(v, entry, lemma, actors, info) -> bool:
        """An actor-object row ("call 041") that does not apply: "called Kim a madman", "called the crown
        prince a pariah" give a name and "called the army to surrender" urges (odds12, types16); "the
        meeting was called by the EU" has no one called (types16). ("called off a week of protests" never
        reaches here: _entry_of drops a one-word actor-object row for a verb with a particle.)"""
        if lemma in PHONE_CALL_VERBS and any(
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not (c.dep_ == "oprd" and c.i == v.i + 1)
                for c in v.children):
            return True
        if any(c.dep_ == "oprd" for c in v.children):
            return True
        if any(o.dep_ == "dobj" and quoted_label_owner(o) is not None for o in info["obj"]):
            return True  # "called the demonstrators 'looters'": a label, no telephone call (wire21)
        if any(a.dep_ == "appos" and a.pos_ == "NOUN" and a.left_edge.i > 0 and a.doc[a.left_edge.i - 1].lower_ != ","
               for o in info["obj"] for a in o.children):
            return True
        return entry.cameo == "041" and any(c.dep_ == "nsubjpass" and not actors.actors(c) for c in v.children)

    def _armed_strike(self, n) -> bool:
        """A bare 'strike' read as a labour strike is an armed one when it falls "on" something
        ("Israeli strikes on Gaza"; "a strike on Monday" is a date) or is the subject of a verb the
        lexicon codes as violence ("the strikes killed 12 people"; "the strike destroyed a depot", 1712),
        or a state's own ("Israeli strikes hit a camp", "US strikes pounded militias": a labour strike
        carries a trade or a scope, "French rail strikes", "a nationwide strike", or its strikers, odds12)."""
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "on" and any(
                    p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children):
                return True
        mods = [c for c in n.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if mods and any(c.ent_type_ in ("NORP", "GPE") and c.dep_ != "poss" for c in mods) \
                and all(c.ent_type_ in ("NORP", "GPE") or c.lemma_.lower() in STRIKE_WEAPON_WORDS for c in mods) \
                and not any(c.dep_ == "prep" and c.lower_ in ("by", "over", "for") for c in n.children):
            return True
        if n.dep_ == "pobj" and n.head.lower_ in ("for", "to") and n.head.head.lemma_.lower() in RETALIATION_WORDS:
            return True  # "would retaliate for the US and British strikes": what is answered is armed (odds9)
        if any(c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in c.children)
               for c in n.children):
            return True  # "the strikes by the United States, Britain and France": no state goes on a labour strike (targets24)
        verbs = [n.head] if n.dep_ == "nsubj" and n.head.pos_ == "VERB" else []
        # "the strike that killed Soleimani", "a strike which destroyed the depot" (odds4)
        verbs += [c for c in n.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                  and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)]
        for h in verbs:
            hentry = self.lex.match_verb(h.lemma_.lower(), set())
            if hentry is None:
                # "Israeli strikes flattened the consulate": a verb coded as violence only with its
                # object ('flatten consulate', types12)
                hentry = self.lex.match_verb(h.lemma_.lower(), {o.lemma_.lower() for o in h.children if o.dep_ == "dobj"})
            if hentry is not None and ((hentry.cameo or "")[:2] in ("18", "19", "20") or hentry.cameo == "1712"):
                return True
        return False

    def _compound_read_as_verb(self, v, actors, consumed) -> Candidate | None:
        """'imposed asset freezes on four officials', 'imposed travel bans and asset freezes on
        ...': the plural head of an event-noun compound read as a present-tense verb after its
        modifier. The noun event of the compound, done by the verb that governs it (odds4)."""
        if v.tag_ != "VBZ" or v.i == 0 or v.head.i == v.i or v.head.pos_ != "VERB":
            return None
        n = v.doc[v.i - 1]
        if n.pos_ != "NOUN" or n.tag_ != "NN" or not (v.head.i in (n.head.i, n.head.head.i) or v.left_edge.i <= n.i):
            return None
        entry = self.lex.match_noun(v.lemma_.lower(), {n.lemma_.lower()})
        if entry is None or entry.words != (n.lemma_.lower(), v.lemma_.lower()):
            return None
        gov = v.head
        gentry = self._entry(gov)
        if gentry is None or gentry.frame != "light" and gentry.cameo != entry.cameo:
            return None  # "rejected asset freezes": the governing verb's own event
        source, passive = self._source(gov, actors)
        if passive:
            return None
        target = self._prep_actors(v, entry.target, actors)
        consumed.update({n.i, v.i})
        return Candidate(entry.cameo, [gov, n, v], source, target, v, clause_modality(gov))

    def _summoned_to_protest(self, v) -> bool:  # stories12 helper
        """Is v the purpose of a verb whose own event is a diplomatic complaint ("summoned the
        Chinese ambassador to protest the intrusion")?"""
        if v.dep_ not in ("advcl", "xcomp") or v.head.pos_ != "VERB":
            return False
        entry = self._entry(v.head)
        return entry is not None and entry.cameo == "114"

    @staticmethod
    def _state_protest(cand) -> bool:
        """Is cand a verb 'protest' whose subject is a state by its name ("Pakistan", "Beijing",
        "the Foreign Ministry"), not people ("thousands of Pakistanis", "Kenyans")?"""
        v = cand.anchor
        if v.lemma_.lower() != "protest" or v.pos_ != "VERB" or not cand.source:
            return False
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None and v.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
            # "Manila summoned the ambassador to protest ...": the purpose's doer is the summoner (stories12)
            subj = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "PRON" and subj.lower_ == "it":
            # "the ministry said it had summoned the ambassador to protest": a state body's "it" (stories23)
            return all(a.kind == "country" or a.sector == "GOV" for a in cand.source)
        if subj is None or subj.tag_ == "NNPS" or subj.pos_ not in ("PROPN", "NOUN"):
            return False
        if subj.pos_ == "NOUN" and subj.lemma_.lower() not in ("government", "ministry"):
            return False
        return all(a.kind == "country" or a.sector == "GOV" for a in cand.source)

    def _of_specific(self, entry: VerbEntry | None, info) -> VerbEntry | None:
        """'ordered the expulsion of four diplomats': a verb row naming its object noun ("order
        expulsion") yields to that noun's row for its "of" object ("expulsion of:diplomat")."""
        if entry is None or entry.cameo is None or entry.frame or len(entry.words) < 2:
            return entry
        for o in info["obj"]:
            if o.lemma_.lower() != entry.words[-1]:
                continue
            nentry = self._noun_entry(o)
            bare = self.lex.match_noun(entry.words[-1], set())
            if nentry is not None and any(w.startswith(("of:", "on:", "from:")) for w in nentry.words) and nentry.cameo != entry.cameo \
                    and ((bare is not None and bare.cameo == entry.cameo)
                         or (bare is None and entry.words[-1] in PACKAGE_NOUNS)):  # "unveiled a package of sanctions" (types14)
                # only when the verb row merely restates the noun's own event ("order expulsion"
                # is 174 like "expulsion"); "rejected an offer of talks" stays a rejection
                return VerbEntry(entry.words, nentry.cameo, entry.frame, entry.target, entry.line)
        return entry

    @staticmethod
    def _by_after_of(n, actors) -> list:
        """"the seizure of a British tanker by Iran": the parser hangs the doer's "by" phrase on
        the noun of the "of" phrase; it still names who did the act."""
        for objs in hung_on_object(n, ("of",), "by"):
            found = [a for q in objs for a in actors.actors(q)]
            if found:
                return found
        return []

    @staticmethod
    def _scorned_actor(info, actors) -> bool:
        """Is what a scorn verb labels an actor itself ("dismissed his opponents as foreign
        puppets", "mocked Biden as weak"), not a thing an actor made or imposed ("dismissed the
        UN sanctions as a violation", "the ICC's warrant as legally void", "the G7 communique as
        slander"): a thing dismissed is turned down (120), an actor dismissed is criticised
        (realfix20)."""
        return any(o.dep_ == "dobj" and (actors.name_at[o.i] is not None or actors.agent_at[o.i] is not None
                                         or o.pos_ in ("PROPN", "PRON")) and actors.actors(o)
                   for o in info["obj"])

    def _ordered_custody(self, v, info, actors, consumed) -> Candidate | None:
        """"ordered Aung San Suu Kyi placed under house arrest", "ordered the journalists detained":
        an order verb whose object is followed by a participle of a coercive act (17x) is that act,
        done by the one who gave the order to that object (odds13). An order to stand or face
        trial ("ordered Lula to stand trial") commits the object for trial: a charge (173) by the
        one who orders (realfix20)."""
        for c in v.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in TRIAL_VERBS \
                    and any(o.dep_ == "dobj" and o.lemma_.lower() in TRIAL_NOUNS for o in c.children):
                held = [o for o in info["obj"] if o.dep_ == "dobj"]
                target = [a for h in held for a in actors.actors(h)]
                source, _ = self._source(v, actors)
                if not source or not target:
                    return None
                consumed.add(c.i)
                return Candidate("173", [v, c], source, target, v, clause_modality(v))
            if c.dep_ in ("ccomp", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD") \
                    and not any(x.dep_ in ("aux", "mark") for x in c.children):
                held = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")] or \
                    [o for o in info["obj"] if o.dep_ == "dobj"]
                part = c
                break
        else:
            held = [o for o in info["obj"] if o.dep_ == "dobj"]
            part = next((a for o in held for a in o.children if a.dep_ in ("acl", "relcl") and a.tag_ in ("VBN", "VBD")
                         and a.i > o.i), None)
            if part is None:
                return None
            if part.dep_ == "relcl":
                # "ordered opposition politician Ilya Yashin held": the parser splits the name off
                # the title as the subject of a relative participle; the name is the one held (odds14)
                named = [x for x in part.children if x.dep_ == "nsubj" and x.pos_ == "PROPN" and x.i < part.i]
                if not named:
                    return None
                held = named
        if any(x.dep_ in ("nsubjpass", "auxpass") or (x.dep_ == "dobj" and actors.actors(x)) for x in part.children):
            return None  # "ordered troops deployed to ...": its own object or a full passive clause
            # (not "jailed pending trial", with "trial" read as an object)
        pentry = self._entry(part)
        if held and not any(x.dep_ == "dobj" for x in part.children) and (oentry := self.lex.match_verb(
                part.lemma_.lower(), {part.lemma_.lower(), *(h.lemma_.lower() for h in held)})) is not None \
                and oentry.cameo and oentry.cameo[:3] in ORDERED_DONE_CODES:
            # "ordered 35 Russian diplomats expelled", "ordered the consulate in Houston closed": the
            # one held is the participle's object (161) (purpose22)
            pentry = oentry
        if pentry is not None and pentry.cameo and (pentry.cameo[:2] == "17" or pentry.cameo[:3] in ORDERED_DONE_CODES):
            cameo = pentry.cameo
        elif part.lemma_.lower() in REMAND_VERBS:
            cameo = "173"  # "ordered the investor held for two months", "ordered him jailed" (stories10)
        else:
            return None
        target = [a for h in held for a in actors.actors(h)]
        source, _ = self._source(v, actors)
        if not source or not (target or all(h.pos_ == "NOUN" for h in held) and held):
            return None  # "ordered the two journalists jailed": the place or the court's land, as any arrest (stories10)
        consumed.add(part.i)
        trigger = [v, part] + [x for x in part.children if x.dep_ == "prep"]
        return Candidate(cameo, trigger, source, target, v, clause_modality(v))

    @staticmethod
    def _act_modifier_doer(v, actors) -> list:  # odds14 helper
        """The actor a modifier of v's object act names ("any Chinese incursion", "Washington's
        interference"), not a guess: the one who would do the act."""
        for o in v.children:
            if o.dep_ == "dobj" and o.pos_ == "NOUN":
                for found in RoleFinder._modifier_actors(o, actors):
                    named = [a for a in found if not actors.is_guess(a)]
                    if named:
                        return named
        return []

    @staticmethod
    def _pointing_conjunct(comp):  # quotes21 helper
        """The copular clause joined to a say-complement whose subject points back at it ("struck
        Kharkiv, and this is a war crime"), else None."""
        for c in comp.children:
            if c.dep_ == "conj" and c.lemma_.lower() == "be" and any(
                    s.dep_ == "nsubj" and s.lower_ in POINTING_PRONOUNS for s in c.children):
                return c
        return None

    @staticmethod
    def _passive_warning(v, actors) -> tuple[list, list]:  # realfix18 helper
        """"The president said attacks by Kurdish fighters will not be tolerated", "China told
        Taiwan any move toward independence would not be tolerated": a passive no-tolerance verb
        under a reporting verb warns for the speaker (source); the one warned is the doer the act
        noun names ("by Kurdish fighters", "any Chinese incursion"), else the one told. ([], [])
        when no reporting speaker is found."""
        if v.dep_ not in ("ccomp", "parataxis") or v.head.lemma_.lower() not in REPORT_VERBS:
            return [], []
        subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        speaker = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        if subj is None or speaker is None:
            return [], []
        source = actors.actors(speaker)
        if not source:
            return [], []
        warned = []
        for found in RoleFinder._modifier_actors(subj, actors):
            warned = [a for a in found if not actors.is_guess(a)]
            if warned:
                break
        if not warned:  # "attacks on soldiers by Kurdish fighters"
            by = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "by"
                       for g in c.children if g.dep_ == "pobj"), None)
            warned = actors.actors(by) if by is not None else []
        if not warned:
            told = next((c for c in v.head.children if c.dep_ == "dobj"), None)
            warned = actors.actors(told) if told is not None else []
        return source, warned

    def _own_guess_is_the_act(self, cand, target) -> bool:  # odds14 helper
        """Is each guessed target the verb's object noun itself, a violent act ("condemned the
        missile strikes", "denounced the shelling") the resolver read as a force?"""
        objs = [o for o in cand.anchor.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
        if not objs:
            return False
        for o in objs:
            entry = self._noun_entry(o)
            if entry is None or entry.cameo[:2] not in ("18", "19", "20"):
                return False
        spans = [(o.left_edge.idx, o.idx + len(o.text)) for o in objs]
        return all(any(lo <= a.start and a.end <= hi for lo, hi in spans) for a in target)

    @staticmethod
    def _routed_force(info, actors) -> list[Actor]:  # realnews18b helper
        """The armed side a rout verb's direct object names ("defeated the Islamic State", "routed the M23
        rebels"), when every actor it names is armed (ROUTED_SECTORS); [] otherwise."""
        for o in info["obj"]:
            if o.dep_ != "dobj":
                continue
            found = actors.actors(o)
            if found and all(a.sector in ROUTED_SECTORS and not actors.is_guess(a) for a in found):
                return found
        return []

    def _ordered_act(self, info, actors) -> bool:
        """Is the verb's direct object an eventive noun naming a deed (not an actor, a statement,
        an appeal or a demand)?"""
        for o in info["obj"]:
            if o.dep_ != "dobj":
                continue
            nentry = self._noun_entry(o)
            if actors.actors(o) and not (nentry is not None and nentry.cameo[:2] in HOSTILE_ROOTS and o.pos_ == "NOUN"):
                continue  # (the resolver may read "the drone strike that killed ..." as its force: odds4)
            if nentry is not None and nentry.cameo[:2] not in ("01", "02", "10"):
                return True
        return False

    @staticmethod
    def _sending_country(n, actors) -> list:
        """"the expulsion of the Russian ambassador from Moldova", "the extradition of two
        suspects from Spain": with no "by" phrase, the country they are sent from is the doer
        (the parser may hang the "from" phrase on the "of" object)."""
        heads = [n] + [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    found = [a for q in c.children if q.dep_ == "pobj" for a in actors.actors(q) if a.kind == "country"]
                    if found:
                        return found
        return []

    def _claimant(self, n, actors) -> list | None:
        """Who claimed event noun n, when a verb the lexicon codes as acknowledging responsibility
        (015) governs it: "the Taliban claimed the attack", "X claimed responsibility for the
        bombing", "the attack was claimed by X", "the attack, which was claimed by X". None when
        no such verb governs n."""
        m, v = n, None
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "NOUN":
            m = n.head.head  # "responsibility for the bombing"
        if m.dep_ in ("dobj", "nsubjpass") and m.head.pos_ == "VERB":
            v = m.head
        elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB":
            v = n.head.head  # "claimed responsibility for the bombing" with the phrase on the verb
        elif not (n.dep_ == "nsubj" and n.head.pos_ == "VERB" and self._entry(n.head) is not None):
            # ("a bombing, claimed by X, killed 22 people": the killing is the event, done by X)
            v = next((c for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        if v is None:
            return None
        entry = self._entry(v)
        if entry is None or entry.cameo != "015":
            return None
        source, _ = self._source(v, actors)
        return source or None

    def _of_kinds(self, n) -> set[str]:
        """'of:LEMMA' for the noun of n's "of" phrase and its conjuncts, past quantities ("the
        release of 200 prisoners and three hostages" -> of:prisoner, of:hostage); nouns.tsv rows
        name them to tell the expulsion of diplomats from the expulsion of migrants. Likewise
        'on:LEMMA' and 'from:LEMMA' ("a ban on exports", "the withdrawal from the deal")."""
        out: set[str] = set()
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "on", "from"):  # "a ban on exports", "exit from the deal" (types10)
                for p in c.children:
                    if p.dep_ == "pobj":
                        p = self._through_quantity(p)
                        for q in (p, *p.conjuncts):
                            if q.pos_ in ("NOUN", "PROPN"):
                                out.add(c.lower_ + ":" + q.lemma_.lower())
        return out

    @staticmethod
    def _grounds_of_act(n) -> bool:
        """An act named as the grounds of another: "imposed sanctions on Russia over its support
        for the separatists", "condemned Iran over its nuclear test" (an "over" phrase whose noun
        has an owner). The grounds are earlier or standing conduct, not the news of the clause."""
        # (or an owner named by a country word: "filed a complaint with the WTO over the new U.S.
        # tariffs", "protested over Russian air strikes" (stories11))
        if n.dep_ != "pobj":
            return False
        prep = n.head
        if prep.lower_ in ("of", "to") and prep.head.lower_ in CAUSE_PREPS:
            prep = prep.head  # "because of Russia's invasion of Ukraine", "due to its nuclear test" (wire26)
        elif prep.lower_ not in CAUSE_PREPS and prep.lower_ != "over":  # (or the parser's "because" -> "invasion")
            return False
        return prep.dep_ in ("prep", "amod", "advmod") \
            and any(c.dep_ == "poss" or c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP")
                    for c in n.children)

    def _noun_event(self, n, actors, consumed) -> Candidate | None:
        if n.dep_ in ("ROOT", "nsubj") and (misread := self._misread_predicate(n, actors, consumed)) is not None:
            return misread  # "Jordan's government loosened censorship of the press" read as a noun phrase
        entry = self._noun_entry(n)
        if entry is None:
            return None
        obj = n.head if n.dep_ == "conj" and n.head.dep_ == "dobj" and n.head.pos_ == "NOUN" else n  # "drew criticism and protests from"
        received = obj.dep_ == "dobj" and obj.head.lemma_.lower() in RECEIVE_VERBS \
            and getattr(self._object_from_phrase(obj.head, actors)[0], "i", -1) == obj.i  # "faced pressure from the EU" (light17)
        if n.lemma_.lower() in DEMAND_CONTENT_NOUNS and not received and not any(
                c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in n.children):
            return None  # "resigned amid Russian pressure": only pressure to do something is a demand (odds9)
        if n.dep_ == "dobj" and entry.cameo[:2] == "04" and n.head.lemma_.lower() in ABSENCE_VERBS:
            return None  # "Putin skipped the G20 leaders' meeting": held without him, no meeting of his (threats22)
        if n.dep_ == "pobj" and n.head.lower_ in ("at", "upon") and n.lemma_.lower() in BEHEST_NOUNS:
            return None  # "at his own request", "at the invitation of the king": circumstances, not events
        if n.dep_ == "pobj" and n.head.lower_ in ("at", "during") and entry.cameo[:2] == "04" \
                and any(c.dep_ == "poss" and c.lower_ == "its" for c in n.children) \
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in n.children):
            return None  # "kept rates unchanged at its meeting": one body's own sitting, the setting of its act (odds26)
        if n.dep_ == "pobj" and n.head.lower_ in ("with", "for", "of") and n.head.head.pos_ == "VERB" \
                and is_passive(n.head.head) and ((e := self._entry(n.head.head)) is not None and (e.cameo or "")[:2] == "11"):
            return None  # "was indicted for genocide by the U.N. tribunal": the charge, not an attack by the court (odds17)
        if n.ent_type_ in ("DATE", "TIME", "ORG", "PERSON", "GPE", "WORK_OF_ART", "EVENT", "LAW"):
            return None
        if self._agent_kind_word(n, actors):
            return None  # "Georgian riot police", "aid workers": a kind of agent, no riot or aid
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in NATURE_EVENT_WORDS for c in n.children):
            return None  # "lightning strikes sparked wildfires": nature's, no labour strike (targets15)
        if self._grounds_of_act(n):
            return None  # "sanctions on North Korea over its nuclear test": why, not what happened
        if _judged_or_prevented(n):
            return None  # "Moscow's invasion violated the charter", "averting a U.S. strike" (wire26)
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "of") and n.head.head.lemma_.lower() in ("side", "party"):
            return None  # "both sides in the Ukraine war": the war names whose sides they are (odds5)
        if self._since_landmark(n):
            return None  # "the first meeting since the end of China's civil war": a landmark in time (wire10)
        if self._fight_ended(n):
            return None  # "signed a deal to end six weeks of fighting", "ending a 52-year war" (articles26)
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB" \
                and n.head.head.lemma_.lower() in SAID_OF_VERBS:
            return None  # '"This is a war crime," X said of the strike', 'said of American aid': what the words are about, told before (quotes25)
        if entry.cameo == "057" and n.dep_ == "pobj" and n.head.lower_ in ("of", "with", "under", "to", "from", "in", "into", "within"):
            return None  # "part of a pact between the EU and Mercosur", "compliance with the accord": a thing, not its signing
        head = n.head
        if n.dep_ == "nsubj" and self._is_say(head) and head.lemma_.lower() not in EVIDENCE_VERBS:
            return None  # "..., the UN peacekeeping mission said": the speaker, not a deployment
            # ("Xi's visit to Pyongyang underlined Beijing's support": the visit is an event (types14))
        # the object of a coded verb is part of that verb's event
        claimant = self._claimant(n, actors)
        if n.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and claimant is None and not received:
            # (a noun received "from" someone is that one's act: "received a warning from the EU";
            # so is a message sent: "a warning was sent to Tehran by Washington" (light17))
            hentry = self._entry(head)
            if hentry is not None and hentry.frame not in ("say", "light") and not (
                    head.lemma_.lower() in CONVEY_VERBS and entry.cameo[:2] in MESSAGE_ROOTS):
                return None
        # a claimant is the act's doer, before a place named as the noun's modifier ("Islamic State
        # claims Brussels bombings", "X claimed the Kabul airport attack": carry22)
        source = claimant or self._noun_source(n, actors)
        if not source and self._provoked_reaction(n):
            source = self._reaction_from(n, actors)  # "was met with criticism from Beijing" (realnews8)
        if not source and n.dep_ in ("nsubj", "pobj"):
            source = self._came_from(n, actors)  # "condemnation came from the African Union" (realnews18a)
        if not source and claimant:
            source = claimant
        if not source and n.i > head.i and (n.dep_ in ("appos", "npadvmod") or (
                n.dep_ == "dobj" and n.doc[n.i - 1].text in ('"', "\u201c"))) and self._is_say(head):
            # 'Merkel wrote, "Congratulations to Johnson"', 'tweeted: "Condolences to ..."': a quoted
            # message with no verb is the writer's (realnews19b)
            source = self._source(head, actors)[0]
        target = self._survivor(n, actors) or self._noun_target(n, entry, actors)
        if entry.cameo[:2] in ("18", "19", "20") and n.dep_ == "pobj" and n.head.lower_ == "in" \
                and n.head.head.lemma_.lower() in VICTIM_NOUNS and (hit := self._victims_named(n.head.head, actors)):
            target = hit  # "the killing of Iran's top general in a US drone strike in Baghdad": Iran (targets23)
        if not target and n.dep_ == "pobj":
            target = self._copula_target(n, actors)  # "Ukraine's grid was the target of a Russian attack"
        if not source:
            source = self._by_after_of(n, actors)
            if source:
                # the "of" object's own owner is the target ("of the Qatari port by Saudi Arabia"),
                # not the doer the parser made its owner
                codes = {a.code for a in source}
                target = [a for a in target if a.code not in codes] or [
                    a for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                    for m in p.children if m.dep_ in ("amod", "compound", "poss") for a in actors.country_actor(m)]
        if not source and n.lemma_.lower() in PATIENT_NOUNS:
            source = self._sending_country(n, actors)
        if not source and target and entry.cameo[:2] in ("18", "19"):
            source = self._unnamed_assailant(n, target)  # "X survived an assassination attempt" (odds18)
        if not source and entry.cameo == "161" and "from" in entry.target:
            # "the recall of the French ambassador from Rome": a country calls back its own envoy
            source = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" for a in actors.actors(p)]
        pair = [a for c in n.doc[n.left_edge.i : n.i] if c.dep_ in ("amod", "compound", "nmod")
                for a in actors.country_actor(c)]
        if len(pair) >= 2 and len({a.code for a in pair}) >= 2:
            # "Chinese-Russian talks", "the Sino-Japanese dispute": both sides named by adjectives
            source, target = pair[:1], pair[1:2]
        if not source or (entry.cameo[:2] == "04" and not any(c.dep_ == "poss" for c in n.children)
                          and len(source) == 1 and source[0].kind == "country"):
            # (a country read from a modifier of a meeting is its venue when "between" names the
            # sides: "the Hanoi summit between Trump and Kim" (odds5))
            between = self._between(n, actors)
            if len(between) < 2 and any(w.startswith("of:") for w in entry.words):
                # "the signing of a peace agreement between Ethiopia and the TPLF": the parties
                # hang on the "of" noun the row names (types10)
                between = next((b for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                                for p in c.children if p.dep_ == "pobj"
                                if len(b := self._between(p, actors)) >= 2), between)
            if len(between) >= 2:
                source, target = between[:1], between[1:]
        if not source and entry.cameo[:2] == "04" and (side := self._after_talks_side(n, actors)):
            source = side  # "Moon said after talks with Kim in Pyongyang": Moon held the talks (wire24)
            target = [a for a in target if all(a.code != s.code for s in source)]
        if not source and entry.cameo[:2] in ("17", "18", "19", "20"):
            source = self._custodian(n, actors)  # "a detainee died of torture while held in Syrian police custody"
            v = _main_verb(n)
            if source and not target and v is not None:  # the one who died in custody
                target = [a for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for a in actors.actors(c)]
        struck = self._struck_by(n, entry, actors)
        if struck is not None and (hentry := self._entry(struck[0])) is not None and hentry.frame not in ("say", "light"):
            struck = None  # "were killed by a roadside bomb": the verb is the event
        if struck is not None and not source:
            source = struck[3]
        if struck is not None:
            # "a school in Gaza was hit by an Israeli strike": the passive subject is what the
            # attack hit (an attack by nobody named is left uncoded: PLOVER dev codes none) (targets6)
            target = (struck[1] or target) if struck[2] else (target or struck[1])
        if not source and not (entry.cameo[:2] == "14" and (n.dep_ in ("nsubj", "ROOT") or self._provoked_reaction(n))):
            return None  # a protest by nobody named may still be coded from its place (see _to_event)
        target = [a for a in target if all(a.code != s.code for s in source)]
        if entry.cameo[:2] == "04" and not target and len(source) == 1 and source[0].kind == "country" \
                and n.left_edge.idx <= source[0].start < n.idx and not any(c.dep_ == "poss" for c in n.children):
            return None  # "praised Kim after the Singapore summit", "at the Helsinki summit": a meeting named by its venue (targets20)
        anchor = head if head.pos_ in ("VERB", "AUX") else n
        modality = clause_modality(anchor) if anchor.i != n.i else "asserted"
        if any(c.dep_ in ("amod", "compound") and c.lower_ in UNREAL_MODIFIERS
               or c.dep_ == "det" and c.lower_ in UNREAL_DETERMINERS for c in n.children):
            modality = "hypothetical"  # "the proposed deal", "a planned trip", "any attack": not (yet) happened
        if n.dep_ == "dobj" and anchor.i != n.i and anchor.lemma_.lower() in RECEIVE_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
            modality = "hypothetical"  # "pledged cooperation to win Ankara's approval": a goal (light17)
        if scheduled_or_spanned(n, meeting=entry.cameo[:2] == "04"):
            modality = "hypothetical"  # "the summit is due to open", "the war lasted a decade" (noevent5)
        if n.dep_ in ("nsubj", "nsubjpass") and anchor.i != n.i \
                and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in anchor.children):
            # "a Chinese invasion of Taiwan would devastate the economy", "a deal between Armenia
            # and Azerbaijan would open trade routes": the act is supposed, to tell its outcome (noevent4)
            modality = "hypothetical"
        if n.dep_ == "pobj" and n.head.lower_ in ("to", "for") and _way_to(n.head.head):
            modality = "hypothetical"  # "paves the way for the withdrawal", "could lead to sanctions" (stories11)
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN" \
                and n.head.head.lemma_.lower() in RISK_NOUNS:
            modality = "hypothetical"  # "warned of the risk of an attack by the group" (articles26)
        consumed.add(n.i)
        cameo = entry.cameo
        if received and cameo == "042":
            # "Zelensky received a visit from Russian officials": he hosted them (light17)
            cameo, source, target = "043", target, source
        if cameo[:2] == "04" and cameo not in ("042", "043") and self._talks_failed(n):
            # (a visit that "ended without a breakthrough" still took place (odds5))
            cameo = "164"  # "talks between Serbia and Kosovo broke down": negotiations halted (types9)
        if cameo[:3] == "087" and n.dep_ == "nsubj" and _truce_state(n.head):
            return None  # "the ceasefire came under strain", "the truce appeared to be holding" (stories12)
        return Candidate(cameo, [n], source, target, anchor, modality, 0.7)

    @staticmethod
    def _fight_ended(n) -> bool:  # articles26 helper
        """A war or fighting named as what is ended: the object of 'end'/'halt'/'stop' ('to end the
        war', 'a peace deal ending the 52-year war'), also behind a span of time ('to end six weeks
        of fighting'), or the 'to' object of an end or halt noun ('an end to the war')."""
        if n.lemma_.lower() not in ENDED_FIGHT_NOUNS:
            return False
        m = n
        if m.dep_ == "pobj" and m.head.lower_ == "of" and m.head.head.pos_ == "NOUN" \
                and m.head.head.lemma_.lower() in ("day", "week", "month", "year", "decade"):
            m = m.head.head  # "six weeks of fighting"
        if m.dep_ == "dobj" and m.head.pos_ == "VERB" and m.head.lemma_.lower() in ENDED_FIGHT_VERBS:
            return True
        return m.dep_ == "pobj" and m.head.lower_ in ("to", "of") and m.head.head.lemma_.lower() in HALT_NOUNS

    @staticmethod
    def _victims_named(death, actors) -> list:  # targets23 helper
        """Whom a death or killing noun names as the dead: its "of" object or possessor."""
        return [a for c in death.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for p in ((c,) if c.dep_ == "poss" else (q for q in c.children if q.dep_ == "pobj"))
                for a in actors.actors(p)]

    @staticmethod
    def _copula_target(n, actors) -> list:  # targets16 helper
        """'Ukraine's power grid was the target of a massive Russian missile attack', 'Guaido has
        been the target of a campaign of intimidation': the act in the "of" phrase of a role noun
        said of a subject hit that subject (its owner, for a thing it owns)."""
        of = n.head
        if of.lower_ != "of" or of.head.lemma_.lower() not in TARGET_ROLE_NOUNS or of.head.dep_ not in ("attr", "oprd"):
            return []
        subj = next((c for c in of.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return []
        return actors.actors(subj) or [a for c in subj.children if c.dep_ in ("poss", "compound", "amod")
                                       for a in (actors.actors(c) or actors.country_actor(c))]

    def _hit_place_of_subject(self, v, actors) -> list:  # targets15 helper
        """The place a violent act named as v's subject fell on ("Russian strikes on Kharkiv",
        "the shelling of Kharkiv"): the actors of its "on"/"of" object."""
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "NOUN":
            return []
        entry = self._noun_entry(subj)
        if entry is None or entry.cameo[:2] not in ("18", "19", "20"):
            return []
        return [a for c in subj.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "against")
                for p in c.children if p.dep_ == "pobj" for a in (actors.actors(p) or actors.place_country(p))
                if a.kind == "country"]

    @staticmethod
    def _talks_failed(n) -> bool:
        """Talks or a meeting, the subject of a verb of failing ('collapsed', 'broke down',
        'foundered'): the talks ended without a deal (types9 helper)."""
        v = n.head
        if n.dep_ == "nsubj" and v.pos_ == "VERB" and v.lemma_.lower() in FRUITLESS_END_VERBS:
            # "the summit ended without a deal" (odds5)
            return any(p.dep_ == "prep" and p.lower_ == "without" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in DEAL_NOUNS for o in p.children) for p in v.children)
        if n.dep_ != "nsubj" or v.pos_ != "VERB" or v.lemma_.lower() not in FAILED_TALK_VERBS:
            return False
        return v.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in v.children)


    @staticmethod
    def _struck_by(n, entry, actors) -> tuple | None:
        """(verb, hit actors, whether they outrank the noun's own target) when the violent noun n
        is the "by" agent of a passive verb of hitting with a subject ("was hit by an Israeli air
        strike"); the hit actors are the subject's, else those of its "in"/"near" place (targets6).
        Also when the subject "came under" the noun (targets10)."""
        if entry.cameo[:2] not in ("18", "19", "20") or n.dep_ != "pobj":
            return None
        verb = n.head.head
        if n.head.dep_ == "prep" and n.head.lower_ == "under" and verb.lemma_.lower() in UNDER_ATTACK_VERBS:
            # "Ukrainian positions came under heavy Russian shelling", "a UN convoy came under
            # attack by Houthi rebels near Hodeidah": what came under the attack is what it hit (targets10)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            hit = actors.actors(subj) or [a for c in subj.children if c.dep_ in ("amod", "compound", "poss")
                                          for a in actors.country_actor(c)]  # "Ukrainian positions"
            # the parser may hang the attack's "by"/"from" doer on the verb ("came under attack by
            # Boko Haram fighters", "came under rocket fire from Hezbollah")
            doers = [a for c in (*verb.children, *n.children) if c.dep_ == "prep" and c.lower_ in ("by", "from")
                     for o in c.children if o.dep_ == "pobj" for a in actors.actors(o)]
            return verb, hit, True, doers
        if n.head.dep_ != "agent":
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.pos_ != "VERB" or subj is None or verb.lemma_.lower() not in HIT_VERBS:
            return None
        hit = actors.actors(subj)
        for c in subj.children if not hit else ():
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside"):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    hit = actors.actors(p)
                    if not hit and (place := actors.place_at(p)) is not None and place[1]:
                        hit = [Actor(place[0], actors.d.country_name(place[1]), place[1], place[1], None,
                                     p.idx, p.idx + len(p.text), "country")]  # "a market in Aleppo"
                    if hit:
                        return verb, hit, False, []
        return verb, hit, False, []

    # ------------------------------------------------------------------ actors


    # ------------------------------------------------------------------ modality
    # ------------------------------------------------------------------ records
    @staticmethod
    def _implied_court(cand: Candidate, actors) -> list[Actor]:  # realnews24 helper
        """'Two police officers received seven-year prison terms', 'the two men were found guilty
        of rape', 'was sentenced to ten years': a verdict or prison sentence with no court named is
        a court's of the country of the ones sentenced (only courts find guilty or sentence); an
        arrest ('were arrested') is not, police make those."""
        v = cand.anchor
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or not cand.target or cand.modality not in ("asserted", None):
            return []
        if any(c.dep_ == "neg" for c in v.children) or any(t.lower_ == "without" for t in v.ancestors):
            return []  # "died without ever having been convicted": no verdict at all
        if not (cand.cameo in ("173", "116") and lemma in ("receive", "get", "serve")
                or cand.cameo == "116" and lemma in ("find", "convict") and is_passive(v)
                or cand.cameo[:3] in ("173", "116") and lemma == "sentence" and is_passive(v)):
            return []
        countries = {a.country for a in cand.target}
        if len(countries) != 1 or None in countries:
            return []
        c = countries.pop()
        return [Actor(v.text, f"{actors.d.country_name(c)} court", c + "JUD", c, "JUD", v.idx, v.idx + len(v.text), "agent")]

    @staticmethod
    def _inscription_text(v) -> bool:  # realnews24 helper
        """Is v inside the quoted words a sign, banner or placard 'reads' or 'says' ("holding signs
        which read 'silenced'", "placards reading 'Lukashenko arrested our sons'")? The parser often
        makes such a slogan the sentence's root, so the words are read in order: an open quote
        before v, right after 'read'/'say', with a sign noun at most three words before that."""
        # (perf15: the nearest quote mark before v from the doc's list of quote positions, and the
        # sentence's start from sent_bounds, instead of a Token per word walked back and a
        # rescan of the sentence; with no quote mark between it and v, the walk's count of
        # quote marks from it to v is always one. Lemmas are still read from Tokens: the
        # coder's retagging changes them)
        doc = v.doc
        quotes = quote_positions(doc)
        at = bisect_left(quotes, v.i) - 1  # the last quote mark before v
        if at < 0:
            return False
        k = quotes[at]
        start = sent_bounds(v)[0]
        if k < start + 1:
            return False
        verb = doc[k - 1]
        if verb.lemma_.lower() not in ("read", "say"):
            return False
        return any(doc[j].lemma_.lower() in INSCRIPTION_NOUNS for j in range(max(start, verb.i - 3), verb.i))

    @staticmethod
    def _foreign_victim_of_place(cand: Candidate, place) -> bool:
        """'A Russian spy was poisoned in Salisbury', 'Russia's ambassador was shot dead in
        Ankara': a passive act of violence with no doer named, done to another state's officials,
        diplomats or spies abroad, says nothing of who did it; the host country is no source (the
        event keeps an empty source). Harm to the place's own people ('a journalist was shot dead
        in Veracruz'), to foreign civilians there ('two Chinese workers were abducted in Quetta')
        or to foreign troops in a war zone is still coded from the place, as CAMEO coders do
        (places3)."""
        if cand.cameo[:2] not in ("18", "19", "20") or not cand.target:
            return False
        if not all(a.sector in STATE_AGENT_SECTORS and a.country and a.country != place.code for a in cand.target):
            return False
        return any(c.dep_ == "nsubjpass" for c in cand.anchor.children)

    def _to_event(self, cand: Candidate, sent, *, doc_id, date, actors: DocActors,
                  prior: list[Event] | None = None) -> Event | None:
        if self._inscription_text(cand.anchor):
            return None  # "holding signs which read 'silenced'": the sign's words, no act (realnews24)
        if cand.cameo == "174" and any(t.lower_ == "into" for t in cand.trigger) and cand.anchor.pos_ == "VERB" \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in cand.anchor.children):
            return None  # wire18: "Taylor flew into exile in Nigeria": he went; "flew him into exile" expels
        if cand.anchor.tag_ == "VBG" and cand.anchor.dep_ in ("acl", "ccomp") and self._struck_doing(cand.anchor):
            return None  # "fired missiles at planes patrolling the no-fly zone": what the ones hit were doing
        if cand.cameo[:2] in ("18", "19", "20") and prior and cand.anchor.dep_ == "advcl" and cand.anchor.tag_ == "VBG" \
                and self._repression_toll(cand, sent, prior[-1]):
            cand.cameo = "175"  # "troops opened fire on protesters, killing nine": the repression's toll, not an assault
        elif cand.cameo[:2] in ("18", "19", "20") and cand.anchor.pos_ == "VERB" and self._killed_dispersing(cand.anchor):
            cand.cameo = "175"  # "police killed eighteen people as they dispersed protests": the same repression
        if cand.anchor.lemma_.lower() in ("land", "arrive") and any(t.lower_ == "at" for t in cand.trigger) \
                and not any(c.lower_ == "at" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
                            for c in cand.anchor.children):
            return None  # "arrived at their summit venue", "arriving at the airport": a site, not a country visited (odds25)
        if cand.cameo == "042" and cand.source and cand.anchor.dep_ == "acl" and cand.anchor.tag_ == "VBG" \
                and cand.anchor.head.i < cand.anchor.i:
            # "the attack on Copts travelling to a monastery": the travellers are the noun the
            # participle describes; with no side among them or none visited, no visit (odds25)
            travellers = actors.actors(cand.anchor.head)
            if not travellers or not cand.target:
                return None
            cand.source = travellers
        cand.source, cand.target = brussels_as_eu(cand.source, sent.stripped), brussels_as_eu(cand.target, sent.stripped)
        cand.source = employer_source(cand.anchor, actors, cand.source)  # "hackers working for Russian intelligence"
        if cand.cameo[:2] == "09" and not cand.target and (probed := [a for t in cand.trigger if t.pos_ == "NOUN"
                                                                   for a in self._probed_person(t, actors)]):
            # "announces Trump impeachment investigation": the person the inquiry is named after (realnews25)
            cand.target = probed
            cand.source = [a for a in cand.source if a not in probed]
        if cand.cameo[:2] in ("15", "17") and cand.cameo != "176" and cand.source \
                and all(a.sector in CIVIL_INSTITUTION_SECTORS for a in cand.source):
            return None  # "hospitals staged a drill", "a school expelled 40 pupils": no state's force or coercion (threats22)
        if cand.cameo[:2] == "14" and cand.source and all(
                a.kind == "agent" and a.text.rsplit(None, 1)[-1].lower() in CRAFT_WORDS for a in cand.source):
            return None  # "a container ship ran aground, blocking traffic": a hull or vehicle blocks, it does not protest (types22)
        if cand.cameo == "140" and self._state_protest(cand):
            # "Pakistan protested over the arrest of its fishermen": a state's protest is a
            # diplomatic complaint (114), as "protested to Israel" is (odds4)
            cand.cameo = "114"
            cand.target = [a for a in cand.target if all(a.country != s.country for s in cand.source)]
            if not cand.target and self._summoned_to_protest(cand.anchor):
                return None  # "summoned the Chinese ambassador to protest the intrusion": the summons is the complaint (stories12)
        if not cand.source and (court := self._implied_court(cand, actors)):
            cand.source = court  # "two officers received seven-year prison terms", "were found guilty" (realnews24)
        if not cand.source and cand.cameo[:2] in ("17", "18", "19", "20"):
            cand.source = self._custodian(cand.anchor, actors)  # "was beaten in Egyptian military custody"
        if not cand.source and cand.cameo[:2] == "17":
            cand.source = self._reporting_force(cand.anchor, actors)  # "police said two militants were arrested"
            if not cand.source:
                cand.source = self._home_force(cand, actors)  # "police arrested four Turkish journalists" (realnews19a)
        elif not cand.source and cand.cameo[:2] in ("04", "05"):
            cand.source = self._reporting_party(cand, actors)  # "the rebels said a deal was reached with Kabul"
        elif not cand.source and cand.cameo == "130" and cand.anchor.lemma_.lower() in NO_TOLERANCE_VERBS:
            # "said attacks by Kurdish fighters will not be tolerated", "told Taiwan any move toward
            # independence would not be tolerated": the passive warning is the speaker's (realfix18)
            cand.source, warned = self._passive_warning(cand.anchor, actors)
            if cand.source:
                cand.target = warned  # "violence against police will not be tolerated": the police are not warned
        if not cand.source and prior and (cand.cameo[:2] in ("17", "18", "19", "20") or cand.cameo == "145") \
                and self._later_toll(cand, sent, prior[0]):
            return None  # "Eight Palestinians were killed, officials said", told after the news: its toll (stories23)
        if not cand.source:
            if not self._coded_from_place(cand):
                # "the bill was suspended" in a story about Hong Kong: its government's (realstory19)
                place = self._story_home_place(cand, actors, own_act=True) if self._home_passive_act(cand) else None
                if place is None:
                    return None
            elif (owner := self._weapon_owner(cand, actors)) is not None:
                # "Russian bombs struck Kharkiv": a weapon's nationality is the side that fired it,
                # before the place it hit (actors26)
                cand.source = [owner]
                place = None
            else:
                place = self._place_actor(cand.anchor, sent, actors)
                if place is None and cand.cameo[:2] == "14":
                    place = self._route_place(cand.anchor, actors)  # "took to the streets of Minsk"
                if place is None:
                    place = self._tail_place(cand.anchor, actors)  # "Thousands march in anti-Brexit protest, London" (realnews25)
                if place is None:
                    place = self._victims_home(cand, actors)  # "two Belarusian journalists were arrested", "the minister was stabbed"
                if place is None:
                    place = self._story_home_place(cand, actors)  # a story about Hong Kong: "the bill drew protests" (realstory19)
                if place is None:
                    return None
            if place is not None and not self._foreign_victim_of_place(cand, place):
                if cand.cameo[:2] in ("18", "19", "20") and place.kind == "country" and place.country and not place.sector:
                    # "a roadside bomb killed five soldiers in North Waziristan": violence with no doer
                    # named is by unidentified attackers of that country (COUNTRY+UAF), as the corpus
                    # codes "gunmen" no group claims; the state itself did nothing (conventions26)
                    place = Actor(place.text, "unidentified attackers", place.country + "UAF", place.country, "UAF",
                                  place.start, place.end, "agent")
                cand.source = [place]
                # only guessed from the place: a group claiming the act later takes it (_credit_claimed_act, stories13)
                actors.context_guess[id(place)] = place
                actors.forget_actors()  # (actors() reads the guesses)
            cand.base_conf -= 0.2
        elif cand.cameo[:2] in ("18", "19", "20"):
            cand.source = [self._stray_weapon(a, actors) or a for a in cand.source]
        if (speakers := self._suspected_atrocity(cand, actors)):
            # "troops may have committed war crimes, the UN said": the UN accuses them
            cand.cameo, cand.target, cand.source, cand.modality = "1124", list(cand.source), speakers, "asserted"
        code = cand.cameo
        modality = cand.modality
        if modality == "asserted" and code[:2] in HOSTILE_ROOTS and _ordered_if(cand):
            modality = "conditional"  # "ordered the military to punish the North if it ..." (stories8)
        left_open = self._left_open(cand)
        if left_open is not None:  # "did not rule out military action": a threat of it
            cand.cameo, code, modality = left_open, left_open, "asserted"
        if code == "130" and cand.anchor.lemma_.lower() in NO_TOLERANCE_VERBS:
            if modality != "refusal":
                return None  # "the regime tolerated small protests": no warning to anyone (odds14)
            modality = "asserted"  # "would not tolerate any incursion": a warning (130), as the corpus codes it (odds14)
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
        if not self.include_negated and self._background(cand, date):
            return None  # history told in passing: "have fought three wars since 1947", "had refused earlier"
        code = self._forces_abroad(code, cand, actors)
        code = self._left_organisation(code, cand)
        code = self._left_talks(code, cand)  # "suspended its participation in the talks" (types24)
        code = self._bare_claim(code, cand)  # "the Taliban claimed responsibility" (realnews19a)
        if code == "180" and cand.cameo == "015" and not cand.target:
            cand.target = self._claimed_act_aim(cand, actors)  # "attacks on Saudi plants ..., and X claimed responsibility"
            if not cand.target and prior and cand.anchor.sent.start > 0:
                cand.target = _claimed_earlier_aim(prior, cand.anchor.doc[cand.anchor.sent.start - 1].sent)
        root = code[:2]
        if root == "11" and modality in ("offer", "conditional") and self._hits_back(cand):
            code, modality = "130", "conditional"  # "would hit back at Hezbollah if it fired" (types22)
        elif modality == "offer":
            frame = "threat" if root in HOSTILE_ROOTS else "intent"
            code = self.onto.transform(frame, code) or code
            modality = "conditional"
        elif modality == "conditional":
            code = self.onto.transform("threat", code) or code
        elif modality == "future":
            if root == "11" and self._hits_back(cand):
                code = "130"  # "said it would hit back at Hezbollah": retaliation promised, a threat, as
                # "vowed to hit back" (types22)
            elif root == "15" and (self._sent_to_help(cand.anchor) or self._pledged_help(cand, cand.source, actors)):
                code = "0334"  # "would send 600 troops to join a West African force": troops promised (stories20);
                # "announced it would send 1,000 police officers to Haiti", as "pledged to send" (types22)
            elif root in HOSTILE_ROOTS and not (root == "16" and self._announced_exit(cand.anchor)):
                code = self.onto.transform("threat", code) or code
            elif root in COOPERATIVE_ROOTS:
                code = self.onto.transform("intent", code) or code
            elif root not in HOSTILE_ROOTS and (t := self.onto.transform("intent", code)) and t[:2] == "13":
                code = t  # "Huawei said it would sue the US government": a lawsuit to come is a threat, as
                # frames.tsv's intent row for it says ('plans to sue'); criticism to come stays (conventions26)
        if len(cand.source) > 2 and cand.target and cand.source[0].start == cand.source[-1].start >= 0:
            # "Gulf states cut ties with Qatar": one phrase naming a group of states acts on one of
            # them; the others are the source (actors10)
            hit = {a.code for a in cand.target}
            rest = [s for s in cand.source if s.code not in hit]
            if rest and len(rest) < len(cand.source):
                cand.source = rest
        target = [a for a in cand.target if all(a.code != s.code or a.name != s.name for s in cand.source)
                  and not own_possession(a, cand.source, cand.anchor.doc, code)]
        if len(target) > 1 and cand.anchor.pos_ == "VERB" and (lost := conjunct_subjects(cand.anchor)):
            # "fired missiles at Kuwait and the United States bombed Baghdad": the next clause's
            # subject, read as one more object, is no target of this act (wire11)
            spans = [(t.left_edge.idx, t.idx + len(t.text)) for t in lost]
            target = [a for a in target if not any(lo <= a.start < hi for lo, hi in spans)] or target
        target = self._summit_venue(code, cand, target)
        if code[:2] == "16" and target and cand.anchor.pos_ == "VERB" \
                and all((a.country or a.primary) in {s.country or s.primary for s in cand.source} for a in target):
            # "withdrew the United States from the Iran nuclear deal": the leaver is no target; the
            # accord's other side is (odds5). Other 16x acts keep their target unless an accord's
            # side is found ("Bonn expelled two East German diplomats", 1988: DEU -> DEU)
            partner = self._accord_partner(cand.anchor, cand.source, actors)
            if partner or code == "160" or code[:3] == "162":
                # (one's own aid cut is no target of the cut: "cutting off most American aid" (stories10))
                target = partner
        if code[:2] == "16" and not target and prior and cand.anchor.dep_ == "advcl" and cand.anchor.tag_ == "VBG":
            # "imposed sanctions on India, cutting off most American aid": the participle tells
            # how the act before it was done, to the same side (stories10)
            head, last = cand.anchor.head, prior[-1]
            if last.sentence == cand.anchor.sent.text and last.trigger.split()[0] == head.text \
                    and {a.primary for a in last.source} & {a.primary for a in cand.source}:
                target = list(last.target)
        if code[:2] == "13" and (aimed := self._licensed_act_aim(cand, actors)):
            target = aimed  # "authorised Putin to use military force in Ukraine": Ukraine (targets7)
        if code[:2] == "13" and not target and modality != "asserted":
            target = self._pending_side(cand, actors)  # "will keep fighting until Hamas frees ..." (targets9)
        if code[:3] in ("086", "124") and (sent_in := self._admitted_party(cand, actors)):
            target = sent_in  # "refused to let IAEA inspectors into Parchin": the IAEA (targets7)
        unnamed_doer = ()
        if code in ("0253", "1053"):
            target = self._named_holder(cand.anchor, actors) or target  # "the release of citizens abducted by X" (targets4)
        elif code[:2] == "11" and (doer := [a for a in self._condemned_doer(cand, actors)
                                            if all(a.code != s.code for s in cand.source)]):
            target = doer  # "Turkey condemned Israel's raids on Gaza": Israel (targets4)
        elif code == "130" and cand.anchor.lemma_.lower() in NO_TOLERANCE_VERBS \
                and (doer := self._act_modifier_doer(cand.anchor, actors)):
            target = doer  # "would not tolerate any Chinese incursion into Ladakh": China is warned (odds14)
        elif code == "130" and not target and cand.anchor.lemma_.lower() in NO_TOLERANCE_VERBS \
                and (doer := self._pending_side(cand, actors)):
            target = doer  # "would not stand idly by while Israel annexed the West Bank": Israel (odds23)
        elif code[:2] == "11" and target and all(actors.is_guess(a) for a in target) \
                and {a.country for a in target} <= {s.country or s.primary for s in cand.source} \
                and self._own_guess_is_the_act(cand, target):
            unnamed_doer, target = target, []  # "Trump condemned the missile strikes": the strikes' doer is unnamed, not his own military (odds14)
        # violence against oneself by a target whose country was only guessed is a guess gone wrong
        # ("Ukraine's military said it shot down 43 of the missiles": not Ukraine's missiles)
        # (one side only: when two sides exchange fire, soldiers "on both sides" are either's)
        if code[:2] in ("17", "18", "19", "20") and target and all(actors.is_guess(a) for a in target) \
                and (hit := self._victims_of_attacked(cand, target, actors)):
            target = hit  # "stormed a Turkish aid ship bound for Gaza, killing nine activists": Turkey's (targets8)
        if cand.cameo[:2] in ("18", "19", "20") and len({s.code for s in cand.source}) == 1 \
                and cand.source[0].sector not in PRIVATE_ATTACKER_SECTORS:
            # (a civilian attacking civilians is no guess gone wrong: "Fields killed a woman" in a
            # story about Virginia, both that country's people (realstory19))
            target = [a for a in target if not (actors.is_guess(a) and a.code == cand.source[0].code)]
        if self._exchanged(cand):
            # "Russia and Ukraine exchanged 70 prisoners, including 24 Ukrainian sailors": each side
            # gives to the other; the prisoners or sailors exchanged are not the target
            target = self._each_other(cand.source)
        if target and len({a.code for a in cand.source}) > 1 and self._mutual_act(code) \
                and code[:2] == "04" and self._met_at_body(cand, target):
            target = []  # "Putin and Obama met at the United Nations": where they met, not a third party (wire25)
        if not target and len({a.code for a in cand.source}) > 1 and self._mutual_act(code):
            # "the two leaders held talks", "Saudi Arabia and Iran agreed to restore relations":
            # a meeting or accord of two sides is each side's with the other, not with a mediator
            target = self._each_other(cand.source)
        if not target and len(cand.source) > 1 and self._reciprocal(cand.anchor):
            # "Armenia and Azerbaijan accused each other": each side is the other's target
            target = self._each_other(cand.source)
        if not target and cand.cameo[:3] == "045":
            target = self._mediated_parties(cand, actors)  # "a truce brokered by Egypt"
        if code[:2] == "07" and target and cand.anchor.pos_ == "VERB" \
                and all((a.country or a.primary) in {s.country or s.primary for s in cand.source} for a in target):
            # "India sent aircraft loaded with food to Nepal": the giver's own planes, guessed from
            # the giver, are no receiver; the aid's "to"/"in" phrase names it (wire10, targets6)
            target = self._aid_phrase_receiver(cand, actors) or target
        if not target and code[:2] == "07":
            target = self._aid_destination(cand, actors) or self._aid_phrase_receiver(cand, actors)  # "sent rescue teams to Herat province"
        if not target and code[:2] in REFERRED_ACT_ROOTS:
            target = self._commented_clause_doer(cand.anchor, cand.source, actors)  # "..., which Pakistan called illegal"
        if not target and code[:2] == "11":
            target = self._alleged_clause_doer(cand.anchor, cand.source, actors)  # "Ankara sent mercenaries to Azerbaijan, Paris alleged"
        if not target and code == "042":
            # "landed in Lahore", "arrived in Shanghai": a visit to a city the actor tables do not
            # name is a visit to its country (odds3)
            target = self._aid_destination(cand, actors, ("to", "in", "into"))
        if not target and code[:2] == "13":
            target = self._answered_act_doer(cand, actors)  # "vowed revenge after an Israeli strike killed ..." (targets7)
        if not target:
            target = self._relative_object(cand, actors)  # "al Shabaab, which Nairobi has vowed to crush" (wire10)
        if not target and cand.anchor.dep_ in ("relcl", "conj"):
            target = self._agent_relative_patient(cand, actors)  # "was condemned by ECOWAS, which imposed sanctions" (targets12)
        # "Blinken and Yang clashed over China's rights record at talks in Alaska": two sides named
        # as subjects do it to each other; a later name or place is the topic or the venue (targets12)
        two_sided = not target and self._exchange_verb(cand.anchor) and _joint_subject_of(cand.anchor)
        if not target and prior and code[:2] == "11" and cand.anchor.pos_ == "VERB" \
                and (said := self._referring_noun(cand.anchor)) is not None and said.lower_ in POINTING_PRONOUNS:
            # '"This is an act of aggression," Poroshenko said, and asked parliament to ...': the
            # act pointed at is the story's latest, before any later name (stories10)
            target = self._referred_act_author(cand, code, prior)
        if not target and code[:2] in ("13", "18", "19", "20"):
            target = self._avenged_doer(cand, actors)  # "vowed to avenge the killing of its commander in an Israeli strike"
        if not target and not two_sided and code not in HOME_RULE_CODES:  # "declared martial law after Russia invaded" (odds11)
            target = self._later_actor(cand, actors)
            if code == "138" and any(c.dep_ == "ccomp" and c.lemma_.lower() in PROMISED_RETORTS for c in cand.anchor.children):
                # "vowed that the United States would respond": the responder named in the clause is
                # the speaker's own side, not the one threatened (wire24)
                home = {s.country or s.primary for s in cand.source}
                target = [a for a in target if (a.country or a.primary) not in home]
        if code[:2] == "07" and target and cand.source and cand.anchor.pos_ == "VERB" \
                and (all((a.country or a.primary) in {s.country or s.primary for s in cand.source} for a in target)
                     or self._sent_itself(cand, target)):
            # "sent soldiers and helicopters to help flood victims in Poland", "sent relief workers
            # to help ...": the giver's own helicopters, or the workers sent, are no receiver; the
            # helping purpose names it (odds17)
            target = self._helped_abroad(cand.anchor, {s.country or s.primary for s in cand.source}, actors) or target
        if code[:2] == "15":
            # "strengthened its forces in Lebanon": one's own forces are not the target
            target = [a for a in target if all(a.primary != s.primary for s in cand.source)]
            if not target and code == "150":
                target = self._intruder(cand, actors)  # "scrambled jets as Chinese warplanes crossed ..." (odds6)
            if not target:
                target = self._show_of_force_aim(cand, actors)  # "... to send a message to Iran"
        if not target and (code[:2] in HOSTILE_ROOTS or code[:2] in ("11", "12", "13")):
            target = self._cause_author(cand, actors)  # "..., prompting Japan to lodge a protest"
        if not target and prior:
            target = self._referred_act_author(cand, code, prior)  # "... Iraq condemned the strikes"
        if not target and code[:2] in REFERRED_ACT_ROOTS:
            target = self._uncoded_act_doer(cand, actors)  # "India revoked Kashmir's status. Pakistan condemned the decision"
        if not target and prior:
            target = self._conjunct_target(cand, code, prior)  # "accused Russia ... and threatened sanctions"
        if not target and prior and (code[:2] == "07" or code[:3] == "033"):
            target = self._earlier_aid_recipient(cand, prior)  # "sent food to Haiti as Obama pledged $100 million" (wire10)
        if not target and prior and code[:2] == "12":
            target = self._refused_asker(cand, prior)  # "Congress subpoenaed the files, but the White House refused to hand them over"
        if not target and code[:2] == "07" and cand.anchor.pos_ == "VERB" and _spent_on_thing(cand.anchor):
            return None  # "Gulf monarchies poured billions into football clubs": money spent, no one aided (odds18)
        told = self._told_act_noun(cand) if prior else None
        if not target and told is not None:
            target = self._told_act_target(cand, code, prior)  # "... killed 22 people. IS claimed the attack"
        if told is not None and cand.source and self._claimant(told, actors) \
                and self._credit_claimed_act(cand, code, prior, actors, sent.span):
            return None  # "A suicide bomber killed ... IS claimed the attack": the earlier event, now IS's
        if not target and prior and (code[:2] in ("13", "18", "19", "20") or code in ("0256", "1056")) \
                and not all(actors.is_guess(a) for a in cand.source):  # (a doer guessed from the place answers no one: stories13)
            # "Seoul would respond sternly", "Saakashvili called for an immediate ceasefire"
            target = self._answered_attacker(cand, prior)  # "North Korea shelled the island ... Seoul would respond sternly"
            if not target and code in ("0256", "1056"):
                target = self._fighting_sides(cand, prior)  # "... Guterres called for an immediate de-escalation" (stories9)
        if not target:
            target = self._told_addressee(cand, code, actors)  # "Iran told the IAEA it would allow inspections" (targets8)
        if not target and code[:2] in ("18", "19", "20"):
            target = self._story_home_victim(cand, actors)  # a story about Tunisia: "IS claimed the attacks" (realstory19)
        if code[:2] in HOSTILE_ROOTS and (not target or {a.primary for a in target} <= {s.primary for s in cand.source}):
            # "Turkey said Syria had shot down one of its jets", "Seoul said the North fired on one
            # of its boats" ("its" is the speaker's, not the doer's) (targets8)
            target = self._speaker_owned_object(cand, actors) or target
        if not target:
            target = self._purpose_addressee(cand, code, actors)  # "summoned the envoy to lodge a protest"
        if not target and prior:
            target = self._release_holder(cand, code, prior)  # "... police arrested X. The US demanded X's release"
        if not target and not two_sided and code[:2] in ("13", "14", "15", "17", "18", "19", "20"):
            # hostile acts aimed at a place: "shelled positions near Rafah", "on alert in the West
            # Bank"; domestic protest and repression keep their own country ("Kurds demonstrated
            # in Kirkuk": IRQ -> IRQ); a show of force at home is left to _home_target
            place = self._place_actor(cand.anchor, None, actors)
            if place is not None and (code[:2] != "15" or all(place.code != s.code[:3] for s in cand.source)):
                target = [place]
        target = target or self._implied_target(code, cand, actors)  # the place left; protests, concessions at home
        if code[:2] == "13":
            # "threatened to leave the alliance if the EU froze talks": the threat is aimed at the EU
            target = self._condition_party(cand, actors) or target
        before = code
        if unnamed_doer:
            target = [a for a in target if a not in unnamed_doer]  # no fallback brings the act's own guess back (odds14)
        if code[:3] == "124" and target and all(a.code == (a.country or a.primary) and
                (a.country or a.primary) in {s.country or s.primary for s in cand.source} for a in target):
            target = []  # "will not allow foreign aid into the country": its own land is no target (odds5)
        code = self._threat_of(cand, code) or self._reclassify(code, cand, target)  # "the threat of a strike"
        code = self._foreign_ban(code, cand, target)  # "Germany banned Iran's Mahan Air": a sanction (realnews8)
        if code == "172" and target and cand.source and cand.anchor.lemma_.lower() in BAN_VERBS \
                and (sold := self._banned_sale_party(cand, target, actors)):
            code, target = "163", sold  # "barred American firms from selling chips to Huawei" (actors19)
        if code == "173" and cand.source and cand.anchor.lemma_.lower() in ORDER_VERBS \
                and not any(t.pos_ == "VERB" and t.i != cand.anchor.i for t in cand.trigger) \
                and all(s.sector == "JUD" or s.code in COURT_CODES for s in cand.source):
            code = "1121"  # "the ICC ordered the arrest of X": a court's warrant accuses X (odds9)
        if (code[:2] == "04" or code == "036") and prior and cand.anchor.dep_ in ("advcl", "xcomp") and cand.anchor.lemma_.lower() in TALK_PURPOSE_VERBS \
                and self._same_contact(cand, prior[-1]):
            return None  # "telephoned Clinton to discuss the crisis": the call's purpose, no second meeting (stories10)
        if code == "171" and cand.anchor.lemma_.lower() in PERSON_GRAB_VERBS:
            return None  # "grabbed headlines", "snatched victory": only a person grabbed is an event (odds7)
        if code[:2] == "13" and target and any(a.text.lower() == "force" for a in target):
            # "vowed to meet force with force": the bare word names the means or the other side's
            # force, never the speaker's own forces as the one threatened (odds7)
            own = {s.country or s.primary for s in cand.source}
            target = [a for a in target if not (a.text.lower() == "force" and (a.country or a.primary) in own)]
        if not target and cand.anchor.lemma_.lower() in TARGET_ONLY_VERBS:
            return None  # "doctors isolated the virus": isolating no party is no event (odds7)
        if not target and modality in ("future", "intended") and code[:3] == "036" and (cand.cameo[:2] == "04" or any(
                t.i != cand.anchor.i and t.pos_ == "VERB" and (m := self.lex.match_verb(t.lemma_.lower(), {c.lower_ for c in t.children}))
                and (m.cameo or "")[:2] == "04" for t in cand.trigger)):
            # "G7 finance ministers are scheduled to meet in London", "will travel to the provinces
            # next week": a meeting or trip planned with no one named to meet is a schedule, not an
            # intent to meet a side (noevent6)
            return None
        if code[:3] == "084" and self._fighter_handed_over(cand, target, actors):
            code = "063"  # "handed over a separatist leader to India": an extradition
        if not target and code != before:
            # "protesters ... demanding a handover": a demand read as a protest faces home too
            target = self._implied_target(code, cand, actors)
        if prior and self._record_of_told_act(cand, code, prior):
            return None  # "Pelosi arrived in Taiwan ... She is the highest-ranking US official to visit the island"
        if code == "143" and prior and any(self._strike_told_before(t, prior) for t in cand.trigger if t.pos_ == "NOUN"):
            return None  # "Iran launched drones at Israel. Tehran said the strike was ...": that attack again
        if len(cand.trigger) == 1 and spacecraft_probe(cand.trigger[0]):
            return None  # "a Chinese probe returned to Earth": a spacecraft
        if craft_journey(cand.anchor):
            return None  # "NASA's rover landed in Jezero crater": a craft travels (noevent7)
        if code == "042" and cand.source and all(a.sector in NON_VISITOR_SECTORS for a in cand.source):
            return None  # "thousands of refugees arrived in Warsaw": people on the move, no visit (odds3)
        if code == "042" and cand.source and all(a.kind == "country" and _people_plural(cand.anchor.doc, a) for a in cand.source):
            return None  # "Five Americans freed by Iran land in Qatar": a nation's people travelling, no visit (stories11)
        if code == "1724" and target and cand.source:
            # "Armenia declared martial law after clashes with Azerbaijan": emergency rule binds the
            # declaring state's own land; a foreign side named beside it is no target (odds15)
            homes = {s.country for s in cand.source}
            target = [a for a in target if a.country in homes]
        if self._business_only(cand, target):
            return None  # "the Nigerian bank rejected a takeover bid from a South African rival": commerce
        if (code == "061" or code == "070") and cand.anchor.lemma_.lower() in TRADE_FLOW_VERBS \
                and self._firm_trade(cand, target):
            return None  # "chipmakers shipped chips to China", "German carmakers exported fewer cars to the US" (odds23)
        if code[:2] == "10" and self._civil_award(cand, target):
            return None  # "a Paris court ordered the energy group to compensate farmers" (noevent7)
        if code == "061" and cand.source and len({a.country for a in cand.source}) == 1 \
                and all(a.country == cand.source[0].country for a in target) and not any(
                    c.lower_ == "with" for o in (cand.anchor, *(x for x in cand.anchor.children if x.dep_ == "dobj"))
                    for c in o.children):
            # "The Tanzanian president opened the new railway line between Dar es Salaam and
            # Dodoma", "the mayor opened a new bridge": one country opening its own road, line or
            # bridge cooperates with no one; a link two sides open stays ("Iran and Turkmenistan
            # opened a railway link", sources of two countries), and so does a partner named by
            # 'with' that names no actor ("synchronised its grid with the European network") (noevent7)
            return None
        if code[:2] == "19" and cand.source and all(a.sector == "PTY" for a in cand.source) and any(
                c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in cand.anchor.children):
            # "Germany's Greens have invaded territory that belonged to the Social Democrats",
            # "Likud attacked its rivals": a party named as itself wages no war; its fighters or
            # gunmen do ("Fatah gunmen stormed a Hamas office" stays) (noevent7)
            return None
        if code[:2] in SPORT_SENSE_ROOTS and not custody_act(code) and not self._foreign_release(code, cand, target) \
                and sport_contest(cand.anchor, [*cand.source, *target]):
            return None  # a game: "Brazil and Argentina clashed in the World Cup qualifier"
        if (code[:2] in ("18", "19", "20") and self._accidental(cand.anchor)) or \
                (code in ("172", "1721", "1723", "1724") and self._disaster_declaration(cand.anchor)):
            return None  # an accident or a natural disaster: no actor acted on another
        if code[:2] in ("04", "05") and cand.anchor.pos_ == "VERB" and self._private_addressee(cand.anchor):
            return None  # "thanked her supporters", "forgave his parents": private life
        if code[:2] == "04" and cand.anchor.pos_ == "VERB" and (self._media_interview(cand.anchor, target) or (
                cand.anchor.dep_ in ("advcl", "xcomp") and self._media_interview(cand.anchor.head, []))):
            return None  # "spoke with reporters": a statement to the press
        if code == "042" and target and cand.source and all(a.sector and a.sector not in STATE_SECTORS for a in cand.source) \
                and all(a.primary in {s.primary for s in cand.source} for a in target):
            return None  # "Navalny flew back to Moscow": a private person going home is no visit (targets7)
        if code == "042" and target and cand.source and all(
                a.primary in {s.primary for s in cand.source} and (not a.sector or a.code in {s.code for s in cand.source})
                for a in target):
            # "the president was in Paris for talks", read as France's: no visit to one's own country; "the
            # defence minister (MIL) visited troops at a base in the north": to oneself (noevent6); the
            # chancellor visiting the army (GOV -> MIL) stays a visit
            return None
        if code == "042" and target and cand.source and all(a.sector in STATE_SECTORS for a in cand.source) \
                and all(a.sector in HOME_VISIT_SECTORS and a.primary in {s.primary for s in cand.source} for a in target):
            return None  # "Putin visited the wounded in hospital": a tour at home, no visit (realnews19a)
        if code[:2] == "07" and cand.source and all(a.sector == "LEG" for a in cand.source) \
                and all(a.primary in {s.primary for s in cand.source} for a in target) \
                and any(t.lemma_.lower() in HOME_BUDGET_NOUNS for t in cand.trigger):
            return None  # "Congress approved funding for the border wall": its own state's spending (realnews19a)
        if code == "042" and cand.anchor.lemma_.lower() in DEPARTURE_VERBS and any(
                d.dep_ == "dobj" and d.lemma_.lower() in HOMELAND_NOUNS for d in cand.anchor.children):
            return None  # "left the country for Lithuania", "quit his homeland for Canada": exile, no visit (noevent6)
        if not target and code[:2] in ("18", "19", "20") and cand.anchor.pos_ == "VERB" and _abstract_foe(cand.anchor):
            return None  # "is fighting the coronavirus", "declared war on the virus": a figure of speech (noevent6)
        if code == "0831" and cand.anchor.pos_ == "VERB" and _private_reasons(cand.anchor):
            return None  # "resigned for health reasons", "citing family reasons": no concession (noevent6)
        if code == "042" and cand.anchor.pos_ == "VERB" and any(
                d.dep_ == "dobj" and d.lemma_.lower() in RELIEF_CRAFT for d in cand.anchor.children):
            return None  # "flew military helicopters into Haiti's capital to evacuate staff": craft flown, no visit (wire25)
        if code[:2] == "08" and cand.anchor.lemma_.lower() in COMMAND_VERBS \
                and (told := self._foreign_addressee(cand.anchor, cand.source, actors)):
            # "the ICJ ordered Russia to halt its military operations": a demand on Russia, not
            # the court's own halt ('order halt' is for "ordered a halt to ...") (wire25)
            code, target = self.onto.transform("request", code) or "100", told
        if code == "100" and cand.anchor.lemma_.lower() in COMMAND_VERBS and (not target or all(
                a.kind == "country" and a.primary in {s.primary for s in cand.source}
                and _named_where(cand.anchor.sent, a) for a in target)):
            # "ordered the flags be lowered", "ordered fire safety checks": a directive to no one named;
            # "ordered checks on escape rooms across Poland": the own country is only where (realnews19a)
            return None
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
        if self._dated_lead_up(cand.anchor):
            conf -= 0.2  # ", a day after Lam suspended the bill": the news is the main clause's (targets7)
        if self._reaction_cause(cand.trigger[0]):
            # "X's ban drew a warning from Y": the warning is the news (targets4), even when the
            # act in the subject is a certain verb-like phrase ("X's decision to withhold
            # revenues drew criticism", targets10)
            conf -= 0.2
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

    def _struck_doing(self, part) -> bool:  # wire18 helper
        """'fired missiles at U.S. planes patrolling the no-fly zone', 'ambushed soldiers escorting
        a convoy', 'attacked Israeli soldiers occupying a hilltop': a participle after the object
        of an attack (18x-20x) says what its victims were doing when hit (an arrest keeps the
        protest of those it takes: "detained activists chanting slogans", odds12); the corpus codes the act
        only, as it does for 'arrested students protesting against the war'. Only the direct
        object: after a preposition ("fired on protesters ...") the participle's event may be
        news of its own (the first held-out file's F1 said so). (The parser may
        make the object the subject of the participle, as a clause: 'ambushed [soldiers escorting
        a convoy]'.)"""
        n = part.head
        if part.dep_ == "ccomp":
            if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < part.i for c in part.children):
                return False
            v = n
        elif n.dep_ == "dobj":
            v = n.head
        else:
            return False
        if v.pos_ != "VERB":
            return False
        entry = self._entry(v)
        return entry is not None and (entry.cameo or "")[:2] in ("18", "19", "20")

    def _background(self, cand: Candidate, date: str | None) -> bool:
        """Is the candidate's clause background to the story rather than its news: a standing
        state, history dated well before the story or told in the past perfect, a life told in an
        obituary (modality.*_background, rules._told_history)? A noun event is judged by the verb
        it hangs on. What the news followed ("followed months of secret talks") is not background:
        it happened recently and is often reported nowhere else."""
        v = cand.anchor if cand.anchor.pos_ in ("VERB", "AUX") else _main_verb(cand.anchor)
        # "Fighting between A and B has killed hundreds since April": a gerund subject is told
        # by its verb's tense and period (stories9)
        told = v.head if v.dep_ == "nsubj" and v.tag_ == "VBG" else v
        return durative_background(told, date) or obituary_background(v) or long_after_background(v) \
            or self._told_history(cand.anchor, date) or aside_background(v, date) or _answered_act(cand.anchor) \
            or market_background(cand.anchor) or _avenged_relative(v) or _mourned_relative(v) or _earlier_one(cand.anchor) \
            or (_characterised_act(cand.anchor) and self._same_kind_as_verb(cand)) \
            or days_after_in_story(cand.anchor) or _remained_so(v) \
            or (len(cand.trigger) == 1 and cand.trigger[0].pos_ == "NOUN" and dated_noun_event(cand.trigger[0], date))

    def _after_talks_side(self, n, actors: DocActors) -> list[Actor]:  # wire24 helper
        """'Moon said after talks with Kim Jong Un in Pyongyang', 'agreed a ceasefire after six hours
        of talks in Moscow': talks named as what the clause's act followed, with no owner of their
        own, were held by that clause's subject (with the 'with' side, if named)."""
        p = n
        if p.dep_ == "pobj" and p.head.lower_ == "of" and p.head.head.pos_ == "NOUN" \
                and p.head.head.lemma_.lower() in ("hour", "day", "night", "round") \
                and any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in p.head.head.children):
            p = p.head.head  # "after six hours of talks", "after a day of discussions" (not "after four years of talks": history)
        if p.dep_ != "pobj" or p.head.lower_ not in ("after", "following") or p.head.head.pos_ not in ("VERB", "AUX"):
            return []
        if any(c.dep_ in ("poss", "compound", "nmod") for c in n.children):
            return []  # "after the Pelosi visit", "after a cabinet meeting": talks of their own
        v = p.head.head
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        side = actors.actors(subj) if subj is not None else []
        # the talks have two sides: the 'with' one named, or the clause's subject is both
        # ("Putin and Erdogan agreed ... after talks"); "the Kremlin said after talks in Sochi" names one
        with_side = any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children)
        return side if with_side or len(side) >= 2 else []

    def _same_kind_as_verb(self, cand: Candidate) -> bool:  # wire24 helper
        """Does the verb the characterising 'in ...' phrase hangs on code an act of the candidate's
        family ('shot down a warplane, in one of the most serious clashes': both armed), so that
        the noun only describes it? 'led thousands through the streets in the biggest protests in
        decades' has no act but the protest."""
        prep = cand.anchor.head
        if prep.lower_ == "of":
            prep = prep.head.head
        entry = self._entry(prep.head)
        if entry is None or not entry.cameo or not cand.cameo:
            return False
        def fam(code):
            return "assault" if code[:2] in ("18", "19", "20") else code[:2]
        return fam(entry.cameo) == fam(cand.cameo)

    @staticmethod
    def _hits_back(cand: Candidate) -> bool:  # types22 helper
        """'would hit back at Hezbollah', 'will strike back hard': the verb of hitting back (its
        'back' read as the verb's particle, see _deps), not the answer in words of 'hit out at'."""
        v = cand.anchor
        return v.pos_ == "VERB" and v.lemma_.lower() in ("hit", "strike") and any(t.lower_ == "back" for t in cand.trigger) \
            or v.pos_ == "VERB" and v.lemma_.lower() in ("hit", "strike") and any(
                c.lower_ == "back" or any(g.lower_ == "back" for g in c.children if g.dep_ == "advmod")
                for c in v.children if c.dep_ in ("prt", "advmod"))

    @staticmethod
    def _foreign_release(code: str, cand: Candidate, target: list[Actor]) -> bool:
        """'Russia freed the American basketball player': a state freeing another country's
        citizen frees a prisoner, whatever the sport word; a team letting its own players go is a
        game's business (targets6)."""
        own = {s.country for s in cand.source}
        return code.startswith("084") and any(a.country and a.country not in own for a in target)

    @staticmethod
    def _civil_award(cand: Candidate, target: list[Actor]) -> bool:  # noevent7 helper
        """'A Paris court ordered the energy group to compensate farmers', 'a federal judge ordered
        the drugmaker to pay $465 million': a court of a country ordering a private party of the
        same country to pay (AWARD_VERBS) rules in a private dispute; no demand of the state's
        (a court ordering a state, a foreign company or an act other than paying is still coded)."""
        if not target or not cand.source or not all(a.sector == "JUD" for a in cand.source):
            return False
        if not any(c.dep_ == "xcomp" and c.lemma_.lower() in AWARD_VERBS and not any(
                o.dep_ == "dobj" and o.lemma_.lower() in PENALTY_NOUNS for o in c.children)
                   for c in cand.anchor.children):
            return False  # ("ordered the newspaper to pay a fine": a penalty the state exacts)
        home = {a.country for a in cand.source}
        return all(a.sector in PRIVATE_SECTORS and a.country in home for a in target)

    @staticmethod
    def _weapon_owner(cand: Candidate, actors: DocActors) -> Actor | None:  # actors26 helper
        """The armed forces of the country a violent act's weapon subject is named by ("Russian
        bombs struck Kharkiv", "Israeli bombs destroyed a camp"), or None; only for violence (18x-20x)
        told actively with a weapon or attack noun as the subject of the root."""
        if cand.cameo[:2] not in ("18", "19", "20"):
            return None
        subj = next((c for c in cand.anchor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in VIOLENCE_NOUNS), None)
        if subj is None:
            return None
        for c in subj.children:
            if c.dep_ in ("amod", "compound") and c.i < subj.i:
                found = actors.country_actor(c)
                if found and found[0].country:
                    iso = found[0].country
                    return Actor(c.text, f"{actors.d.country_name(iso)} military", iso + "MIL", iso, "MIL",
                                 found[0].start, found[0].end, "agent")
        return None

    @staticmethod
    def _firm_trade(cand: Candidate, target: list[Actor]) -> bool:  # odds23 helper
        """Firms selling, shipping or supplying goods abroad ("chipmakers shipped chips to China",
        "Brazilian farmers' cooperatives sold soybeans to China") trade; they give no aid and
        make no state's economic cooperation: every source is a private producer (not one a
        state owns: "Gazprom supplied gas to Hungary" stays). Arms a firm supplies (072) stay."""
        if not cand.source or not all(a.sector in ("BUS", "AGR", "LAB") for a in cand.source):
            return False  # (producers: "Australian miners exported record iron ore to China")
        doc = cand.anchor.doc
        return not any(state_owned(a, doc) for a in cand.source)

    @staticmethod
    def _business_only(cand: Candidate, target: list[Actor]) -> bool:
        """Companies acting on companies ("Brazil's state oil company struck a deal with a
        Chinese refiner", "the bank rejected a takeover bid from a South African rival") is
        commerce, not politics (the corpus codes no company as a source): every source is a
        business and no target is a government, armed group, organisation or a country named
        as such ("Gazprom cut gas supplies to Ukraine" stays). A company a state owns is that
        state's economy acting ("Russian state gas producer Gazprom agreed to supply CNPC")."""
        if not cand.source or not all(a.sector in ("BUS", "MED") for a in cand.source):
            return False  # (a news outlet is a company too: "Fox News agreed to pay Dominion")
        doc = cand.anchor.doc
        if any(state_owned(a, doc) for a in [*cand.source, *target]):
            return False
        for a in target:
            if a.code.startswith("IGO") or (a.sector and a.sector not in PRIVATE_SECTORS):
                return False  # (a private party is no state: "Shell agreed to compensate Nigerian farmers")
            if a.kind == "country":
                if any(s.sector != "BUS" for s in cand.source):
                    return False  # a journalist or outlet on a country ("Khashoggi criticised the Saudi crackdown") is politics
                span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.start >= 0 else None
                if span is None or not all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in span):
                    return False  # a country named as itself, not the nationality of a firm
        return True


def _helper_verb(v, lex: Lexicon) -> bool:  # perf4
    """An auxiliary (tagged AUX, attached as one) with no dependents of its own ("has" in "has
    imposed", "would", "was" in "was arrested"): a part of the verb it helps, whose rules read it
    (modality, tense, voice), with no phrase for a verb rule to code. `EventCoder._sentence` does
    not send it to `_verb_event`, which answers None for it and marks nothing consumed
    (tests/test_perf4.py checks this on the lane sentences, so a later rule that codes such a word
    fails that test rather than being skipped in silence). A word that is an event verb by itself
    (a verbs.tsv row of the bare lemma) is no auxiliary misread: "say they oppose sending tanks",
    with "oppose" tagged and attached as one, is still coded."""
    return v.dep_ in ("aux", "auxpass") and v.pos_ == "AUX" and not (v.n_lefts or v.n_rights) \
        and not any(len(e.words) == 1 for e in lex.verbs.get(v.lemma_.lower(), ()))


def _spent_on_thing(v) -> bool:  # odds18 helper
    """'poured billions into football clubs', 'spent millions on stadiums': the verb's 'into'/'on'
    phrase names a thing the money (its object) went to; aid needs someone it is for. With no object
    the 'on' phrase is the aid itself ('signed off on a credit for Pakistan')."""
    return any(c.dep_ == "dobj" for c in v.children) and any(c.dep_ == "prep" and c.lower_ in ("into", "on") and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
               for c in v.children)


def _joint_subject_of(v) -> bool:  # targets12 helper
    """Does v have a subject joined to another ('Trump and Comey clashed')?"""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


EARLIER_WORDS = frozenset({"previous", "prior", "past", "last"})  # stories23 ("earlier" may be the same day)


LIMIT_NOUNS = frozenset({"ban", "cap", "control", "curb", "limit", "quota", "restriction"})  # stories24


def _limits_on_goods_from(v) -> bool:  # stories24 helper
    """'imposed restrictions on seafood from ten Japanese prefectures', 'put curbs on steel from
    China': limits laid on goods that come from another country (an "on" phrase whose noun has a
    "from" phrase) are a trade sanction when that country is the target, as a ban on its goods is
    (see _foreign_ban); restrictions on people's movement stay 172."""
    for o in v.children:
        if o.dep_ != "dobj" or o.lemma_.lower() not in LIMIT_NOUNS:
            continue
        goods = [g for p in [*o.children, *v.children] if p.dep_ == "prep" and p.lower_ == "on"
                 for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        # (the parser may hang "on" on the verb, and "from" on the limit noun)
        if goods and any(f.dep_ == "prep" and f.lower_ == "from" for f in [*o.children, *(c for g in goods for c in g.children)]):
            return True
    return False


def _remained_so(v) -> bool:  # wire26 helper
    """'Arafat remained besieged in his Ramallah headquarters', 'the crossing stayed closed': a
    participle after 'remain' / 'stay' with no doer named tells a standing state, not an act of the
    day (as the gold and lane records label 'remained closed': a-0655, l-10381)."""
    if v.tag_ != "VBN" or any(c.dep_ == "agent" for c in v.children):
        return False
    return (v.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and v.head.lemma_.lower() in ("remain", "stay")) \
        or any(c.dep_ == "auxpass" and c.lower_.rstrip("eds") in ("remain", "stay") for c in v.children)
    # (the parser's "remained/auxpass", left unlemmatised)


def _claimed_earlier_aim(prior: list, before) -> list:  # wire26 helper
    """'Drones struck two oil plants of Saudi Aramco on Saturday. Yemen's Houthis claimed
    responsibility.': a bare claim right after a sentence that told an attack claims that attack;
    whom it hit is the target the attack was coded with (the last one with a target from the
    sentence before), else []."""
    for ev in reversed(prior):
        if ev.cameo[:2] in ("18", "19", "20") and ev.target and before.start_char <= ev.span[0] < before.end_char:
            return list(ev.target)
    return []


def _judged_or_prevented(n) -> bool:  # wire26 helper
    """An act noun that is only judged or kept from happening: the subject of a verb that says it
    breaks a rule ("told Putin that Moscow's invasion of Ukraine violated the U.N. charter": what
    the words are about, told before) and the object of a verb of preventing ("averting a U.S.
    military strike", "to prevent a war", "staved off a default": it did not happen)."""
    h = n.head
    if h.pos_ not in ("VERB", "AUX") or h.i == n.i:
        return False
    lemma = h.lemma_.lower()
    if n.dep_ == "nsubj":
        if lemma in COST_VERBS or any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in h.children):
            return True  # "Georgia's war with Russia caused $1 billion in damage": what the act cost (odds26)
        if n.lemma_.lower() in ("war", "conflict") and h.tag_ == "VBN" \
                and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in h.children):
            return True  # "Syria's civil war has driven two million people abroad": a standing war's toll (odds26)
        return lemma in BREACH_VERBS or lemma == "remain"  # ("while U.S. sanctions remained": a standing state)
    if n.dep_ != "dobj" or lemma not in PREVENT_VERBS:
        return False
    return lemma not in ("head", "stave", "ward") or any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in h.children)


def _earlier_one(n) -> bool:  # stories23 helper
    """'Previous ceasefires announced by the two sides collapsed', 'a prior raid on the camp':
    an act told by a noun marked as an earlier one (or by a participle describing such a noun) is
    another, older act than the news, background."""
    if n.pos_ == "VERB" and n.dep_ == "acl":
        n = n.head
    return n.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in n.children)


def _answered_act(n) -> bool:
    """An act named as what someone replies or responds to ("the Taliban have not replied to
    Karzai's offer of talks", "Iran responded to the Western proposal"): the earlier act the
    news answers, told as background (wire7 helper)."""
    if n.pos_ == "VERB" and n.dep_ in ("relcl", "acl") and n.head.pos_ == "NOUN":
        # "retaliating for an Indian raid that killed four civilians": what the avenged act did
        # is told with it (wire24)
        return _answered_act(n.head)
    if n.pos_ != "NOUN" or n.dep_ != "pobj":
        return False
    if _avenged(n):
        return True
    cur = n
    for _ in range(3):
        # "in retaliation for the killing of its commander in an Israeli air strike", "in response
        # to the seizure of a tanker by British marines": a noun inside the avenged act's phrase
        # is that act told again (wire24)
        if cur.dep_ != "pobj" or cur.head.head.pos_ not in ("NOUN", "PROPN") or cur.head.head.i == cur.i:
            break
        cur = cur.head.head
        if _avenged(cur):
            return True
    if n.head.lower_ == "to" and n.head.head.lemma_.lower() in ANSWER_VERBS:
        return True
    # "fired rockets in retaliation for an Israeli strike", "said the strike was revenge for the
    # killing of its commander", "a response to the attack": the act avenged is told in passing
    # (stories7 helper)
    if n.head.lower_ != "for" and n.head.lower_ != "to":
        return False
    if n.head.lower_ == "for" and n.head.head.lemma_.lower() in RECKONING_VERBS:
        return True  # "would pay a price for Pelosi's visit": the deed to be paid for is the reason told (odds23)
    if n.head.lower_ == "for" and n.head.head.pos_ == "VERB" and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children) and any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "on") and c.i < n.i
            for c in n.head.head.children):
        # (also "vowed to retaliate against Iran for its missile attack" (targets15))
        # "vowed to punish North Korea for its nuclear test", "condemned Iran for its missile
        # launch": the act blamed on the object is the reason told, no new event (odds7)
        return True
    return n.head.head.pos_ == "NOUN" and n.head.head.lemma_.lower() in RETALIATION_NOUNS


PROMISED_RETORTS = {"respond"}  # wire24: what 'vowed that X would ...' promises (retaliate has its own rows)


CHARACTERISING_WORDS = {"latest", "first", "last", "new", "fresh", "further", "another"}


def _characterised_act(n) -> bool:  # wire24 helper
    """'shot down a Russian warplane, in one of the most serious clashes between a NATO member and
    Russia in decades', 'in the latest escalation of tensions with Seoul': a noun that ranks or
    places the clause's own act among others of its kind describes that act, no new event."""
    if n.pos_ != "NOUN" or n.dep_ != "pobj":
        return False
    prep = n.head
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in one of the ... clashes"
        ranked = True
    else:
        ranked = False
    if prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    if ranked:
        return True
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in CHARACTERISING_WORDS
                                     or any(d.tag_ == "RBS" for d in c.children))
               for c in n.children)


def _avenged(n) -> bool:  # wire24 helper
    """Is noun n what a reprisal or reply answers: 'in retaliation for the strike', 'a response to
    the attack', 'retaliating for the raid', 'responded to the offer'?"""
    if n.dep_ != "pobj" or n.head.lower_ not in ("for", "to"):
        return False
    h = n.head.head
    if h.pos_ == "NOUN" and h.lemma_.lower() in RETALIATION_NOUNS:
        return True
    return h.pos_ == "VERB" and (h.lemma_.lower() in ("retaliate", "avenge") and n.head.lower_ == "for"
                                 or h.lemma_.lower() in ANSWER_VERBS and n.head.lower_ == "to")


def _ordered_if(cand) -> bool:  # stories8 helper
    """'ordered the military to punish the North severely if it launched further provocations':
    a hostile act ordered only on a condition ('if', 'unless' on the ordered verb) has not been
    done; it is a threat (CAMEO 13x) against whom it would strike."""
    for t in cand.trigger:
        if t.dep_ == "xcomp" and t.head.i in {x.i for x in cand.trigger} and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in t.children):
            return True
    return False


def _mourned_relative(v) -> bool:  # odds12 helper
    """'held a vigil for the victims who were killed in the mosque attacks', 'a vigil for the 21
    people killed at the school': the clause on whom a vigil is for tells the deaths mourned, told
    before; it is background to the vigil, not a new attack."""
    if v.dep_ not in ("relcl", "acl"):
        return False
    n = v.head
    if n.dep_ != "pobj" or n.head.lower_ != "for":
        return False
    n = n.head.head
    # ("held a vigil for the victims": the 'for' phrase hangs on the verb of the vigil)
    return n.lemma_.lower() in MOURNING_WORDS or n.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MOURNING_WORDS for c in n.children)


def _avenged_relative(v) -> bool:  # stories8 helper
    """'vowed harsh revenge against the criminals who killed him', 'promised retaliation against
    those who attacked the base': the relative clause on whom revenge is sworn against tells the
    act avenged, told before; it is background to the threat, not a new act."""
    if v.dep_ != "relcl":
        return False
    n = v.head
    return n.dep_ == "pobj" and n.head.lower_ in ("against", "on") and n.head.head.pos_ == "NOUN" \
        and n.head.head.lemma_.lower() in RETALIATION_NOUNS


def _way_to(g) -> bool:  # stories11 helper
    """Does the 'to'/'for' phrase's head name a way to an act not yet taken: a way noun ("paves
    the way for", "opens the door to") or an outcome verb under a modal ("could lead to")?"""
    lemma = g.lemma_.lower()
    if lemma in WAY_NOUNS:
        return g.pos_ == "NOUN"
    return lemma in OUTCOME_VERBS and g.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may") for c in g.children)


def _people_plural(doc, a) -> bool:  # stories11 helper
    """Is the actor named by a plural nationality word ('Americans', 'five Britons'), not a state?"""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None:
        return False
    r = span.root  # (the tagger reads "Britons" as a person's name: NNP, PERSON)
    return r.ent_type_ in ("NORP", "PERSON") and r.text[-1] == "s" and r.text[0].isupper()


def _modifier_read_as_verb(v) -> bool:
    """Is v the first noun of a compound naming people, read as a verb whose object is the next
    word ('Freed French aid worker and Malian politician arrive', 'US aid worker abducted')?
    stories12 helper"""
    if v.i + 1 >= len(v.doc):
        return False
    n = v.doc[v.i + 1]
    return n.head.i == v.i and n.dep_ in ("dobj", "nsubj", "attr") and n.lemma_.lower() in MODIFIED_WORKER_HEADS


def _truce_state(v) -> bool:
    """Is v a verb telling how a ceasefire named as its subject fares ("came under strain",
    "appeared to be holding", "collapsed", "faltered"), not its making? stories12 helper"""
    lemma = v.lemma_.lower()
    if lemma == "come":  # "came under strain", not "came into force"
        return any(c.dep_ == "prep" and c.lower_ == "under" for c in v.children)
    return lemma in TRUCE_STATE_VERBS


def _named_where(sent, actor) -> bool:
    """Is the actor named only as where something applies ('checks on escape rooms across Poland'):
    its token the object of a WHERE_PREPS preposition (realnews19a)?"""
    tok = next((t for t in sent if t.idx == actor.start), None)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in WHERE_PREPS
