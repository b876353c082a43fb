"""Modality of a clause: is the event asserted, intended, future, conditional, refused,
negated, denied or hypothetical? Decided from auxiliaries, negation, condition markers,
questions and denial verbs on the dependency parse."""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache

from tacitus.events.words import CAMPAIGN_NOUNS, NO_OBJECT_VERBS  # stories5 helper
from tacitus.events.words import FAIL_VERBS  # lead, session 10
from tacitus.events.words import TOLL_VERBS  # odds26 helper
from tacitus.nlp import conj_root, heads_of_words, sent_bounds, token_table
from tacitus.events.words import DEMAND_THAT_VERBS  # stories6 helper
from tacitus.events.words import ANNIVERSARY_NOUNS  # noevent6 helper
from tacitus.events.words import BLOCK_VERBS, CLAIM_NOUNS, DISMISS_VERBS, TEXT_NOUNS  # targets6 helper
from tacitus.events.words import APPEAL_VERBS, PLEDGE_VERBS  # purpose22 helper
from tacitus.events.words import WITHHELD_NOUNS  # odds23 helper
from tacitus.events.words import FORECAST_VERBS, REVOLT_NOUNS  # noevent4 helper
from tacitus.events.words import DEMAND_CONTENT_NOUNS, RECEIVE_VERBS  # odds9 helper
from tacitus.events.words import DEMAND_ANSWER_VERBS  # verbs17 helper
from tacitus.events.words import BLAME_VERBS  # targets7 helper
from tacitus.events.words import REPORT_VERBS  # odds5 helper
from tacitus.events.words import ADMIT_VERBS, SHORTFALL_WORDS, STANDING_AUX  # targets11 helper
from tacitus.events.words import RECOGNISE_VERBS  # targets14 helper
from tacitus.events.syntax import bare_name_subject  # odds10 helper
from tacitus.events.syntax import children_table  # perf11e
from tacitus.events.words import PAST_LIKE_BASE_VERBS  # odds10 helper
from tacitus.events.words import DENIAL_NOUNS  # types10 helper
from tacitus.events.words import PORTION_WORDS, TRADE_FLOW_VERBS  # odds14 helper
from tacitus.events.words import HABIT_ADVERBS, OPENING_VERBS, RATE_PERIODS, SCHEDULED_ADJECTIVES, SHARE_WORDS, SHUN_VERBS, SPAN_VERBS  # noevent5 helper
from tacitus.events.words import PUT_OFF_VERBS  # types12 helper
from tacitus.events.words import CHRONICLE_NOUNS, FORECAST_PASSIVES, SHUN_PHRASALS, WEIGH_VERBS, WORK_NOUNS  # noevent7 helper
from tacitus.events.words import BACKGROUND_LINKS, MARKET_NOUNS, NOT_YET_WORDS, READINESS, SCHEDULED_PASSIVES  # noevent4 helper
from tacitus.events.words import (
    STANDING_ADVERBS,
    BACKGROUND_ADVERBS, DEATH_VERBS, DURATION_NOUNS, EVIDENCE_NOUNS, GENERIC_HEADS,
    INSTRUMENT_NOUNS, LET_VERBS, REPORT_VERBS, REQUEST_NOUNS, SEEM_VERBS, STANDING_VERBS,
)

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
WOULD_AUX = {"would"}
EPISTEMIC_AUX = {"may", "might"}  # "may have done": a likely past event; "could have done" is often counterfactual
HYPOTHETICAL_AUX = {"may", "might", "could", "should", "can", "ca", "must"}
CONDITION_MARKS = {"if", "unless"}
# a clause in the present after these has not happened yet ("will fight until they gain control")
PENDING_MARKS = {"until", "till", "before"}
QUESTION_MARKS = {"whether"}
ACCEPT_VERBS = {"accept", "allow", "permit", "tolerate", "recognise", "recognize", "agree", "support", "endorse",
                "approve", "condone", "accede"}
DENIAL_VERBS = {"deny", "refute", "rebut", "dispute"}


def _agreement_not_reached(v, subj) -> bool:
    """'the two parties failed to agree on a coalition': sides that could not agree with
    one another (an "on" phrase, or a subject of two sides) reached no deal; nobody refused
    anything (realnews18a). 'Serbia could not agree to the plan' stays a refusal."""
    if v.lemma_.lower() != "agree":
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("on", "among", "between") for c in v.children) \
        or (subj is not None and any(c.dep_ == "conj" for c in subj.children))


def modality(v) -> str:
    """asserted | future | conditional | offer | hypothetical | negated | refusal for v's clause."""
    chain = [v]
    cur = v
    while (cur.dep_ in ("xcomp", "conj") or (cur.dep_ == "ccomp" and cur.head.lemma_.lower() in CAUSE_VERBS)
           or _purpose_infinitive(cur)) \
            and cur.head.i != cur.i and len(chain) < 4 \
            and not (cur.dep_ == "conj" and cur.tag_ == "VBD" and cur.head.tag_ != "VBD"):
        # ("would have faced impeachment but resigned": a verb in the past tense has its own tense)
        # "would make Taiwan recognise", "would have allowed China to extradite": the caused
        # clause is as real as its cause
        cur = cur.head
        chain.append(cur)
    doc = v.doc
    kids, dep_col = children_table(doc)  # the chain's children's labels, a Token only where read (perf11e)
    lower_col = token_table(doc).lower
    aux = {c.lower_ for t in chain for k in kids[t.i] if dep_col[k] in ("aux", "auxpass")
           and not ((c := doc[k]).tag_ == "MD" and c.text[:1].isupper() and bare_name_subject(c))}  # "May expelled": a name (odds10)
    if any(headline_future(t) for t in chain) or scheduled(chain):
        aux.add("will")
    if _is_question(v):
        return "hypothetical"
    if aux & (FUTURE_AUX | WOULD_AUX | HYPOTHETICAL_AUX) and forecast_by_others(chain[-1]):
        return "hypothetical"
    if counterfactual(v):
        return "hypothetical"
    if denied(v) or unsaid(v) or no_sign_of(v) or _unsaid_wh(v) or _dismisses_claim_that(v) or _shunned_gerund(v):
        return "negated"
    if generic(v) or standing(v) or _weighed_gerund(v) or _habit_or_rate(v) or any(_rule_says(t) for t in chain) or _indirect_question(v) or permitted_only(v) or _imperative(v) \
            or any(requested_only(t) for t in chain) or _demanded_conjunct(v) or _asked_beyond(chain):
        return "hypothetical"
    negated = any(dep_col[k] == "neg" or lower_col[k] == "never" or (dep_col[k] == "preconj" and lower_col[k] == "neither")
                  for t in chain for k in kids[t.i])  # (_neither, from the plain columns)
    if not negated and any(lower_col[k] == "longer" and dep_col[k] == "advmod" and any(dep_col[n] == "neg" for n in kids[k])
                           for k in kids[v.i]) and aux & (FUTURE_AUX | WOULD_AUX):  # (the columns: perf14)
        # wire18: "Iraq said it would no longer cooperate with U.N. inspectors": a refusal from now
        # on, as "would not cooperate" (the present "no longer recognises" is left as it was)
        negated = True
    subj = next((doc[k] for k in kids[v.i] if dep_col[k] == "nsubj" or dep_col[k] == "nsubjpass"), None)
    if subj is not None and any(lower_col[k] == "neither" or lower_col[k] == "no" for k in kids[subj.i]):
        negated = True  # (the subject and its words from the columns: perf14)
    if not negated and _no_object(v):
        negated = True
    if not negated and (_failed(chain) or _not_yet(chain) or _text_not_passed(v)):
        negated = True
    ready = v.i in heads_of_words(v.doc, "READINESS", READINESS) \
        and any(c.dep_ in ("acomp", "xcomp") and c.lower_ in READINESS for c in v.children)  # (perf9: a Token per child only when one can be)
    if not negated and ready and any(lower_col[k] == "longer" and any(dep_col[n] == "neg" for n in kids[k])
                                     for k in kids[v.i]):
        negated = True  # "is no longer willing to negotiate"
    if negated and ready:
        return "refusal"  # "is not / no longer willing to negotiate": a refusal, not an intent (noevent4)
    if negated:
        # "will not accept", "would not allow": a refusal; "did not meet": nothing happened
        if aux & (FUTURE_AUX | WOULD_AUX):
            return "refusal"
        if aux & {"can", "ca", "could"} and v.lemma_.lower() in ACCEPT_VERBS and not _agreement_not_reached(v, subj):
            return "refusal"  # "India said it could not accept any mediation": a refusal, not an inability
        if aux & STANDING_AUX and v.lemma_.lower() in ADMIT_VERBS \
                and not any(q.lower_ in SHORTFALL_WORDS for o in v.children if o.dep_ == "dobj" for q in o.children):
            return "refusal"  # "has not allowed OPCW inspectors into Douma": a standing refusal (targets11)
        if v.lemma_.lower() in RECOGNISE_VERBS and (aux & STANDING_AUX or ("did" in aux and v.dep_ == "ccomp")):
            return "refusal"  # "does not recognise Kosovo", "said it did not recognise him": a standing refusal (targets14)
        return "negated"
    if aux & (FUTURE_AUX | WOULD_AUX):
        for t in chain:
            for c in kids[t.i]:
                if dep_col[c] != "advcl":
                    continue
                marks = {lower_col[m] for m in kids[c] if dep_col[m] == "mark"}  # (the columns: perf14)
                if marks & CONDITION_MARKS:
                    # "will withdraw unless ..." threatens; "would meet if ..." offers
                    return "conditional" if "unless" in marks else "offer"
    marks = {lower_col[k] for k in kids[v.i] if dep_col[k] == "mark"}
    if marks & (CONDITION_MARKS | QUESTION_MARKS):
        return "hypothetical"
    top = chain[-1]
    if top.dep_ == "advcl" and top.head.lower_ == "long" and any(lower_col[k] == "as" and dep_col[k] == "mark" for k in kids[top.i]):
        return "hypothetical"  # "as long as Israel kept violating them", "so long as": a condition, not a report (types25)
    if "for" in marks and v.tag_ == "VB" and any(dep_col[k] == "aux" and lower_col[k] == "to" for k in kids[v.i]):
        return "hypothetical"  # "get ready for missiles to hit Syria": a for-to clause is not a report (purpose22)
    if marks & PENDING_MARKS and v.dep_ == "advcl" and (v.tag_ in ("VB", "VBP", "VBZ") or (
            # "said Moscow would keep fighting until Ukraine accepted its demands": the backshifted
            # pending clause of a future-in-the-past has not happened either (targets9)
            v.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in v.head.children))):
        return "hypothetical"
    if aux & EPISTEMIC_AUX and "have" in aux and v.tag_ == "VBN" and not aux & (HYPOTHETICAL_AUX - EPISTEMIC_AUX):
        # "Russian forces may have used cluster munitions": reported as likely to have happened
        return "asserted"
    if obliged(chain) or wished_only(v) or judged_only(v):
        return "hypothetical"  # "Germany has to import more gas": what must be done, not done
    if aux & HYPOTHETICAL_AUX or any(t.tag_ == "VBN" and {"would", "have"} <= {lower_col[k] for k in kids[t.i] if dep_col[k] == "aux"}
                                     for t in chain):  # (the tag first, the words from the columns: perf14)
        return "hypothetical"  # "may attack", "would have faced": not (yet) events
    if aux & (FUTURE_AUX | WOULD_AUX) or ("going" in aux and any(c.lower_ == "to" for c in v.children)):
        return "future"
    return "asserted"


def _failed(chain) -> bool:
    """'failed to reach an agreement', 'neglected to inform Kabul': the infinitive complement of a
    verb of failing did not happen (chain: the clause's verbs from the event verb upwards)."""
    return any(t.dep_ == "xcomp" and up.lemma_.lower() in FAIL_VERBS for t, up in zip(chain, chain[1:]))


def _asked_beyond(chain) -> bool:  # purpose22 helper
    """'urged Turkey to help it repel the offensive', 'pressed Kyiv to let the grain ships leave':
    a deed under the complement of a verb of appealing is part of what is asked, not done (the
    appeal codes its own complement; the deed one clause further down has no event of its own).
    So is one under the infinitive of a pledge, plan or refusal ('agreed to pause its offensive to
    allow Kurdish fighters to withdraw', 'refused to let inspectors visit the site')."""
    return any(t.dep_ in ("xcomp", "ccomp") and (up.lemma_.lower() in APPEAL_VERBS or (
        t.dep_ == "xcomp" and up.lemma_.lower() in PLEDGE_VERBS)) for t, up in zip(chain[1:], chain[2:]))


def _text_not_passed(v) -> bool:  # purpose22 helper
    """'the Security Council failed to agree on a statement condemning the coup', 'did not adopt a
    resolution demanding a truce': a text that was never agreed says nothing; its condemnation or
    demand is no event (as a vetoed one's is not: _dismissed_claim)."""
    if v.dep_ != "acl" or v.tag_ not in ("VBG", "VBN") or v.head.lemma_.lower() not in TEXT_NOUNS:
        return False
    g = v.head.head
    if v.head.dep_ == "pobj" and g.dep_ == "prep":
        g = g.head
    if g.pos_ not in ("VERB", "AUX") or v.head.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    return any(c.dep_ == "neg" for c in g.children) or _failed([g, g.head]) or _not_yet([g, g.head])


def scheduled(chain) -> bool:  # noevent4 helper
    """'Germany is set to deliver Patriots', 'the leaders are scheduled to meet': the infinitive
    after a passive verb of scheduling is the subject's deed to come, as after 'will'."""
    return any(t.dep_ == "xcomp" and (up.lemma_.lower() in SCHEDULED_PASSIVES and any(c.dep_ == "auxpass" for c in up.children)
                                      or _present_be_to(t, up)) for t, up in zip(chain, chain[1:]))


def _present_be_to(t, up) -> bool:  # realstory19 helper
    """'May is to step down today', 'the governor is to leave office next month': a present 'is /
    are' with a bare to-infinitive (no adjective or noun between: not 'is ready to', 'is the first
    to', 'is yet to') tells a deed arranged to come, as 'will' does. 'Was to' is a past plan that may
    not have come about, left as it is."""
    return up.lower_ in ("is", "are", "'s", "'re", "am") and up.pos_ == "AUX" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
        and not any(c.dep_ in ("acomp", "attr") or c.lower_ == "yet" for c in up.children)  # ('is yet to': _not_yet)


def scheduled_or_spanned(n, meeting: bool = False) -> bool:  # noevent5 helper
    """An event noun that is the subject of a schedule ('the G20 summit is due to open on Friday',
    'the NATO summit is set to start in Madrid', 'talks are scheduled for next week') has not happened, and one that is the subject of
    a verb measuring its length ('the Soviet war in Afghanistan lasted a decade', not 'talks lasted 14 hours') is background:
    neither is an event of the sentence; nor is a meeting (meeting=True) that 'will open' ('the
    summit will open on Tuesday'), which is the calendar's, not a side's pledge to meet (an
    offensive that 'will begin' is still a threat)."""
    if n.dep_ not in ("nsubj", "nsubjpass"):
        return False
    h = n.head
    lemma = h.lemma_.lower()
    if lemma in SPAN_VERBS and n.dep_ == "nsubj":
        # measured in years: history ("the talks lasted 14 hours" were held today)
        return any(c.dep_ in ("dobj", "npadvmod", "attr") and c.lemma_.lower() in DURATION_NOUNS for c in h.children)
    if meeting and lemma in OPENING_VERBS and n.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in h.children):
        return True  # "the summit will open on Tuesday": a date on the calendar
    if meeting and lemma in FORECAST_PASSIVES and n.dep_ == "nsubjpass" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in h.children) \
            and any(c.dep_ == "xcomp" for c in h.children):
        return True  # "the G20 summit is expected to focus on climate": a preview (noevent7)
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lower_ in SCHEDULED_ADJECTIVES
                   and any(x.dep_ == "xcomp" for x in c.children) for c in h.children)
    return lemma in SCHEDULED_PASSIVES and any(c.dep_ == "auxpass" for c in h.children) \
        and any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in h.children)


def _not_yet(chain) -> bool:  # noevent4 helper
    """'the EU has yet to agree on an embargo', 'Egypt is yet to open the crossing': the infinitive
    complement of 'has / is yet' has not happened."""
    return any(t.dep_ == "xcomp" and up.lemma_.lower() in ("have", "be")
               and any(c.dep_ == "advmod" and c.lower_ in NOT_YET_WORDS for c in up.children)
               for t, up in zip(chain, chain[1:]))


def forecast_by_others(top) -> bool:  # noevent4 helper
    """'Investors fear that China could invade Taiwan', 'few believe that North Korea will give
    up its weapons': a clause in the future or a modal that others believe, expect or fear is
    their forecast, not the doer's threat or pledge. The believer must be someone else: not a
    pronoun ('it believes it will win' may be the doer's own) nor the clause's own subject."""
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in FORECAST_VERBS:
        return False
    believer = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    doer = next((c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if believer is None or believer.pos_ == "PRON" or any(c.dep_ == "neg" for c in top.head.children):
        return False
    return doer is None or doer.lower_ != believer.lower_


def _purpose_infinitive(v) -> bool:  # stories6 helper
    """'would travel to Ankara to meet Erdogan', 'did not go to Geneva to sign the deal': an act
    done for a purpose is as real as the going, so the purpose shares its tense and negation."""
    return v.dep_ == "advcl" and v.tag_ == "VB" and v.head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
        and not any(c.dep_ == "mark" for c in v.children)


def _demanded_conjunct(v) -> bool:  # stories6 helper
    """'demanded that Canada correct the wrongdoing and free her': the second deed of a demanded
    'that' clause is asked for like the first, not done (a subjunctive or present the tagger reads
    as VB / VBP, joined to the clause the demand verb governs)."""
    if v.dep_ != "conj" or v.tag_ not in ("VB", "VBP"):
        return False
    h = v.head
    for _ in range(3):
        if h.dep_ != "conj":
            break
        h = h.head
    return h.dep_ == "ccomp" and h.head.lemma_.lower() in DEMAND_THAT_VERBS \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children)


def headline_future(v) -> bool:
    """Headline English writes the future as "to" + verb with no auxiliary ("Pakistan to release
    Indian pilot", "Russia to cut gas unless debt paid"): a root infinitive with a subject of its
    own, which no sentence of body text has; it means "will"."""
    return v.dep_ == "ROOT" and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _neither(c) -> bool:
    """"would neither accept nor recognise the ruling": "neither" before the first verb negates
    it and, through the chain of conjoined verbs, the verbs after "nor"."""
    return c.dep_ == "preconj" and c.lower_ == "neither"


def denied(v) -> bool:
    """Is v's clause the content of a denial ("denied backing the rebels", "denied that its
    troops were fighting")?"""
    if _denied_relative(v):
        return True
    cur, steps = v, 0
    while cur.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "advcl") and steps < 3:
        if cur.dep_ == "conj" and cur.head.lemma_.lower() in DENIAL_VERBS:
            break  # "denied the attack and accused Ukraine", "denied firing and said Baku had shelled
            # Stepanakert": a clause joined to the denial is the speaker's next act, not its content (stories12)
        cur = cur.head
        steps += 1
        if cur.lemma_.lower() in DENIAL_VERBS:
            if _claim_summed_up(cur, v):
                return False  # "accused Kyiv of the attack, a charge Ukraine denied": the charge was made
            return True
        if cur.dep_ == "prep":
            cur = cur.head
    if cur.dep_ in ("acl", "ccomp", "relcl") and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in DENIAL_NOUNS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children):
        return True  # "Riyadh's denial that the crown prince ordered the killing" (types10)
    return _dismissed_claim(cur)


def _claim_summed_up(denial, v) -> bool:  # targets24 helper
    """'Moscow accused Kyiv of the attack, a charge Ukraine denied': the parser makes the clause
    before the comma the content of the denial whose subject sums it up ("a charge", "an
    accusation"); the clause is the claim made, and only the one accused denies it."""
    doc = denial.doc
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in CLAIM_NOUNS and v.i < c.i < denial.i
               and any(doc[k].text == "," for k in range(v.i, c.i)) for c in denial.children)


def _dismissed_claim(v) -> bool:
    """Is v the "that" clause of a claim its speaker rejects ("rejected US accusations that it
    carried out the attacks", "dismissed reports that it had detained ...")? (targets6)"""
    n = v.head
    if v.dep_ in ("acl", "ccomp") and n is not v and n.pos_ == "NOUN" \
            and n.lemma_.lower() in CLAIM_NOUNS and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
            and n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in DISMISS_VERBS:
        return True
    # "Hungary vetoed an EU statement criticising China": a blocked text's criticism was never made
    return v.dep_ == "acl" and v.tag_ == "VBG" and n.pos_ == "NOUN" and n.lemma_.lower() in TEXT_NOUNS \
        and n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in BLOCK_VERBS


DENIED_PATH_DEPS = {"relcl", "acl", "dobj", "pobj", "prep", "ccomp", "xcomp", "pcomp", "conj", "compound", "appos"}


def _denied_relative(v) -> bool:  # noevent4 helper
    """'denied that it had launched the drones that struck Saudi oil facilities', 'denied any
    involvement in the attack that killed three US soldiers': a relative clause on what is
    denied describes the denied matter, told to name it, and its doer is left open; it is no
    event of the sentence (as 'denied involvement in the crash that killed X' codes nothing)."""
    if v.dep_ not in ("relcl", "acl"):
        return False
    cur, steps = v, 0
    while cur.dep_ in DENIED_PATH_DEPS and cur.head.i != cur.i and steps < 7:
        cur = cur.head
        steps += 1
        if cur.pos_ == "VERB" and cur.lemma_.lower() in DENIAL_VERBS:
            return True
    return False


PRESENT_TAGS = ("VBZ", "VBP")
CAUSE_VERBS = LET_VERBS | {"make", "force", "cause", "get"}
WH_ARGS = {"who", "whom", "what", "which", "whose"}


def unsaid(v) -> bool:
    """Is v's clause what a negated verb of telling leaves unsaid ("did not say he had ordered
    it", "would not yet say which candidate they back")?"""
    cur, steps = v, 0
    while cur.dep_ in ("ccomp", "xcomp", "conj") and steps < 3:
        cur = cur.head
        steps += 1
        if cur.lemma_.lower() in REPORT_VERBS and any(c.dep_ == "neg" for c in cur.children):
            return True
    return False


def _auxiliaries(v) -> list:
    """v's aux and auxpass children in text order, as `[c for c in v.children if c.dep_ in
    ("aux", "auxpass")]` gives them, a Token made only for those (children_table, perf14)."""
    doc = v.doc
    kids, dep_col = children_table(doc)
    return [doc[k] for k in kids[v.i] if dep_col[k] == "aux" or dep_col[k] == "auxpass"]


def _present(v) -> bool:
    """Is v in the present tense (its own tag, or its first auxiliary's: "is attacked", "have
    been raped")?"""
    aux = _auxiliaries(v)
    if aux:
        return aux[0].tag_ in PRESENT_TAGS
    return v.tag_ in PRESENT_TAGS


def _simple_present(v) -> bool:
    """'attacks', 'is backed': present, neither perfect nor progressive nor modal."""
    aux = _auxiliaries(v)
    if not aux:
        return v.tag_ in PRESENT_TAGS
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in PRESENT_TAGS


def _generic_noun(n) -> bool:
    """'those', 'anyone', 'any official', 'women in France': a noun that names no one in particular."""
    if n.lower_ in GENERIC_HEADS:
        return True
    dets = [c for c in n.children if c.dep_ in ("det", "poss", "nummod")]
    if any(c.lower_ in GENERIC_HEADS for c in dets):
        return True
    return n.tag_ in ("NNS", "NNPS") and not dets and not n.ent_type_  # "Women" after a quote mark is NNPS


def generic(v) -> bool:
    """A habit or a rule, not a happening: a simple-present relative clause ("a militia which
    supports the PKK", "a company that conducts trips"), a relative clause on a generic head
    under a present main clause ("those who attack journalists must be punished", "people who
    have been robbed need not ..."), a present 'when' clause under a present one ("when a
    mosque is attacked, the faithful gather")."""
    rel = conj_root(v)
    if rel.dep_ == "relcl" and v.tag_ != "VBG":
        head = rel.head
        if _simple_present(v) and not any(c.dep_ == "neg" for c in v.children) and not _enacted(head) \
                and not _stance_on_head(v):
            return True
        if _present(v) and _generic_noun(head) and _present(_main_verb(head)):
            return True
    if v.dep_ == "advcl" and any(c.lower_ in ("when", "whenever") and c.dep_ in ("advmod", "mark") for c in v.children) \
            and _present(v) and v.tag_ != "VBG" and _present(v.head) \
            and not any(c.lower_ in ("will", "wo", "shall") for c in v.head.children if c.dep_ == "aux"):
        return True
    return False


def _shunned_gerund(v) -> bool:  # noevent5 helper
    """'Germany opposes sending fighter jets to Ukraine', 'Hungary blocked imposing new sanctions':
    the gerund complement of a verb of opposing or avoiding is an act not done. So is the gerund
    of a verb of putting off ('Israel held off retaliating against Iran', parsed as an adverbial
    clause; types12)."""
    if v.tag_ != "VBG":
        return False
    if v.dep_ not in ("xcomp", "advcl"):
        # "Most Germans oppose sending tanks": the small parser hangs the verb of opposing on the
        # gerund as its auxiliary (noevent7)
        return any(c.dep_ == "aux" and c.lemma_.lower() in SHUN_VERBS for c in v.children)
    head = v.head.lemma_.lower()
    if v.dep_ == "xcomp" and head in SHUN_VERBS:
        return True
    prts = [c.lower_ for c in v.head.children if c.dep_ == "prt"]
    if not prts:
        return False
    # "ruled out sending fighter jets" (noevent7)
    return (head in PUT_OFF_VERBS and "off" in prts) or any(f"{head} {p}" in SHUN_PHRASALS for p in prts)


def _weighed_gerund(v) -> bool:  # noevent7 helper
    """'Germany is considering sending tanks to Ukraine', 'most voters support sending troops',
    'the ministers discussed imposing a price cap', 'Berlin delayed sending the jets': the gerund
    complement of a verb of weighing, proposing, backing or putting back is an act not (yet) done;
    the weighing verb is coded on its own."""
    return v.tag_ == "VBG" and v.dep_ == "xcomp" and v.head.lemma_.lower() in WEIGH_VERBS


def _dismisses_claim_that(v) -> bool:  # noevent5 helper
    """'The Kremlin dismissed reports that Putin was ill', 'rejected rumours that ...': turning down
    a claim told by its 'that' clause is a denial, no rejection of anyone's act (a report with no
    'that' clause, 'rejected a UN report blaming soldiers', is still rejected)."""
    if v.lemma_.lower() not in DISMISS_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS and any(
        a.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        for a in c.children) for c in v.children)


def _habit_or_rate(v) -> bool:  # noevent5 helper
    """A habit ('the coast guard often turns back boats') or a standing quantity told in the simple present
    ('Russia supplies about 40 percent of the EU's gas', 'the US imports 700,000 barrels a day'),
    or a poll's finding about a people ('most Israelis back an operation in Gaza'): no act of the day."""
    if v.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in v.children):
        return True  # (a past 'often clashed' may sum up acts of the story: left alone)
    if v.lemma_.lower() in STANDING_VERBS and any(
            c.dep_ == "nsubj" and c.ent_type_ == "NORP" and c.tag_ in ("NNS", "NNPS")
            and any(m.dep_ in ("amod", "compound", "det") and m.lower_ in SHARE_WORDS for m in c.children) for c in v.children):
        return True  # "most Israelis back an operation in Gaza": a poll's finding (standing_verbs)
    if v.lemma_.lower() in STANDING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in PORTION_WORDS and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    o.dep_ == "pobj" and o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS") for o in p.children)
                for p in c.children) for c in v.children):
        return True  # "a majority of Italians support sending troops": a poll's finding (noevent7)
    for c in v.children:
        if c.dep_ == "dobj" and (c.ent_type_ == "PERCENT" or c.lower_ == "%"):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in PORTION_WORDS and v.lemma_.lower() in TRADE_FLOW_VERBS \
                and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
            return True  # "Taiwan supplies most of the chips American firms use" (odds14)
        for m in ((c,) + tuple(c.children) if c.dep_ in ("dobj", "npadvmod") else ()):
            if m.dep_ == "npadvmod" and m.lemma_.lower() in RATE_PERIODS and any(
                    d.lower_ in ("a", "an", "each", "every", "per") for d in m.children):
                return True
    return False


def _stance_on_head(v) -> bool:
    """'a poisoning that he blames on the Kremlin', 'blasts which Kyiv blames on Moscow': the
    relative pronoun is the object of a verb of blaming, whose simple present is a stance the
    speaker takes now, not a habit (targets7)."""
    if v.lemma_.lower() in REPORT_VERBS and any(
            c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which")
                                      for s in c.children) for c in v.children):
        return True  # "the election, which the opposition says was rigged": a claim made now (odds5)
    return v.lemma_.lower() in BLAME_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in ("that", "which", "whom") for c in v.children)


def _enacted(n) -> bool:
    """'signed a decree that bars ...', 'passed a law that bans ...': the clause says what an
    instrument just enacted does, and the enacting makes it an act."""
    return n.lemma_.lower() in INSTRUMENT_NOUNS and n.dep_ in ("dobj", "nsubjpass") and (
        n.head.tag_ == "VBD" or any(a.lemma_ == "have" or a.tag_ == "VBD" for a in n.head.children if a.dep_ in ("aux", "auxpass")))


def _main_verb(n):
    """The verb whose argument noun n is (n itself when it is none)."""
    cur, steps = n, 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i and steps < 6:
        cur = cur.head
        steps += 1
    return cur


def standing(v) -> bool:
    """A standing relation or a state reached by a date, not an act: "the rebels are backed by
    Iran" (simple present passive of a relation verb), "the army had been disarmed by 2010"
    (a perfect up to a date)."""
    if v.tag_ != "VBN":
        return False
    if v.lemma_.lower() in STANDING_VERBS:
        if _simple_present(v) and any(c.dep_ == "auxpass" for c in v.children):
            return True
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children) and any(
                c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in v.children):
            return True  # "had previously opposed impeachment", "has long backed Assad": a stance
        rel = v.head if v.dep_ == "conj" else v
        if rel.dep_ in ("acl", "relcl") and (v.dep_ == "acl" or any(c.dep_ == "auxpass" for c in v.children)) \
                and any(c.dep_ == "agent" for c in v.children) \
                and not any(c.ent_type_ in ("DATE", "TIME") for c in v.subtree if c.i > v.i):
            # "rebel groups backed by Ankara", "the territory, which was occupied by Israel": who
            # stands behind whom, told in passing; no date, no act
            return True
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children):
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "by" and any(
                    p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in c.children):
                return True
    return False


def _rule_says(v) -> bool:
    """'NATO guidelines call for 2%', 'the EU rules require Hungary to accept refugees': what a
    law or a rule says, in the simple present, is no act of anyone."""
    if not _simple_present(v) or any(c.dep_ == "auxpass" for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in INSTRUMENT_NOUNS


def permitted_only(v) -> bool:
    """What a law, licence or deal allows ("the law allows police to detain suspects", "a
    licence allowing him to buy weapons") or what a verb of appearance reads into the facts
    ("seems to let her cut the budget") is a possibility, not an act."""
    let = v.head
    if v.dep_ not in ("ccomp", "xcomp") or let.lemma_.lower() not in LET_VERBS:
        return False
    cur, steps = let, 0
    while steps < 3:
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in SEEM_VERBS and cur.tag_ == "VB":
            return True
        if cur.dep_ == "acl":
            subj = cur.head
            break
        subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subj is not None or cur.dep_ not in ("xcomp", "conj"):
            break
        cur = cur.head
        steps += 1
    if subj is None:
        return False
    words = {subj.lemma_.lower()} | {p.lemma_.lower() for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                                     for p in c.children if p.dep_ == "pobj"}
    return bool(words & INSTRUMENT_NOUNS)


def _pressed_to(v, h) -> bool:
    """'Israel faced calls from the US to scale back', 'came under pressure from NATO to pull
    back': the parser hangs the demanded act on the verb of the one pressed, not on the demand
    noun; it is what was asked for, not done (odds9)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    asks = REQUEST_NOUNS | DEMAND_CONTENT_NOUNS
    for c in h.children:
        if c.i > v.i:
            break
        if c.dep_ == "dobj" and (h.lemma_.lower() in RECEIVE_VERBS or h.lemma_.lower() in DEMAND_ANSWER_VERBS) \
                and c.lemma_.lower() in asks:
            return True  # also "defied calls from the opposition to step down" (verbs17)
        if c.dep_ == "prep" and c.lower_ == "under" \
                and any(p.dep_ == "pobj" and p.lemma_.lower() in asks for p in c.children):
            return True
    return False


def requested_only(v) -> bool:
    """'its demand that Russia withdraw its forces', 'Seoul's request that Tokyo return the
    archives', 'a plea for the army to hand over power': the clause of a request noun says what
    is asked for (a bare infinitive or a 'to' infinitive), not what was done."""
    n = v.head
    if v.dep_ in ("advcl", "xcomp") and v.tag_ == "VB" and _pressed_to(v, n):
        return True
    if v.dep_ not in ("acl", "ccomp", "advcl", "relcl") or n.pos_ != "NOUN" or n.lemma_.lower() not in REQUEST_NOUNS:
        return False
    if v.tag_ == "VBP":
        # a subjunctive the tagger reads as a present ("that Beijing lift its ban"); a relative
        # clause in the present ("the demands that they make") has no "that" marker
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)
    if v.tag_ != "VB":
        return False  # "the demand that was made", "the call that Israel made"
    # the parser sometimes makes the "that" of a subjunctive the verb's object
    return any((c.lower_ == "that" and c.i < v.i) or (c.dep_ == "mark" and c.lower_ == "for")
               or (c.dep_ == "aux" and c.lower_ == "to") for c in v.children)


def _indirect_question(v) -> bool:
    """'whom the party will back', 'how many weapons were delivered': a clause that asks who or
    how much is no report that it happened ('who attacked the convoy' keeps its act)."""
    if v.dep_ not in ("ccomp", "pcomp"):
        return False
    for c in v.children:
        if c.i > v.i:
            continue
        if c.lower_ in WH_ARGS and c.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
            return True
        for m in (c, *c.children):
            if m.lower_ in ("much", "many") and any(h.lower_ == "how" for h in m.children):
                return True
    return False


def _imperative(v) -> bool:
    """'Ask anyone close to her': a command to the reader, not a report."""
    if v.tag_ == "VB" and v.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass", "nsubjpass", "expl") for c in v.children):
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        if subj is not None and any(t.text == ":" for t in v.doc[subj.right_edge.i + 1 : v.i]):
            # "Biden to Putin: invade Ukraine and face severe sanctions": the speaker and addressee
            # before the colon, then a bare verb, a command quoted (odds26)
            return True
    if v.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in v.children):
        return False
    if v.dep_ == "ROOT":
        return True
    return v.dep_ == "conj" and v.head.dep_ == "ROOT" and v.head.tag_ in ("VBD", "VBZ", "VBP") \
        and not (v.head.tag_ == "VBD" and v.lower_ in PAST_LIKE_BASE_VERBS
                 and any(c.dep_ == "dobj" for c in v.children))  # "imposed martial law and cut ties" (odds10)


def _is_question(v) -> bool:
    """Does v's sentence end with a question mark (before closing quotes and spaces)?

    The sentence end is the right edge of the root of v's tree: found by walking up the parse
    (Token.sent would rescan the sentence for every event)."""
    doc = v.doc
    table = token_table(doc)  # plain heads and strings: no Token made along the walk
    heads, texts = table.head, table.text
    root, steps = v.i, 0
    while heads[root] != root and steps < 200:
        root = heads[root]
        steps += 1
    i = doc[root].right_edge.i
    while i >= 0 and (texts[i].isspace() or texts[i] in ('"', "'", "”", "’", "»")):  # isspace: Token.is_space
        i -= 1
    if not (i >= 0 and texts[i].endswith("?")):
        return False
    dash = next((k for k in range(i - 1, v.i, -1) if texts[k] in ("-", "–", "—")), None)
    if dash is not None and dash > 0 and texts[dash - 1] not in ("-", "–", "—") \
            and not any(doc[k].pos_ in ("VERB", "AUX") for k in range(dash + 1, i)) \
            and not (doc[doc[root].left_edge.i].pos_ == "AUX" or doc[doc[root].left_edge.i].tag_ in ("WDT", "WP", "WRB", "MD")):
        return False  # "Russian jets begin air strikes in Syria - against whom, exactly?": the tag asks, the clause tells (odds26)
    return True


# ---------------------------------------------------------------- background (noevent3)
# History and standing states told around the news: "the two countries have fought three wars
# since 1947", "the rebels, who have held the north since 2012", "Moscow seized Crimea in 2014"
# (in a 2024 story). A careful coder codes none of them (corpus/README.md: background is not
# coded); they are dropped, not kept with their own past date, so one old act named in a
# thousand later stories does not become a thousand events.
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)(s)?$")
RECENT_DAYS = 365  # a period that began (or ended) within a year of the story is news, not history
TALLY_DAYS = 30  # a perfect since a date this long before the story tallies, not tells, its acts (stories9)
ASIDE_DAYS = 90  # an aside dated this long before the story is background, not the day's news (targets11)


def _period_start(tokens, date: str, lead: str = ""):
    """The first day of the period named by tokens ("1947", "the 1990s", "April 2023", "last
    year"), or None when it names no date. `lead` is the word the tokens follow ("since"), which
    places a bare month ("since November": the last November before the story)."""
    years = [int(m.group(1)) for t in tokens if (m := _YEAR.match(t.text))]
    if years:
        return _date(min(years), 1, 1)
    from tacitus.extract import dates as dates_mod
    words = [t for t in tokens if t.ent_type_ in ("DATE", "TIME")]
    if not words:
        return None
    r = dates_mod.resolve(lead + " ".join(t.text for t in words), date)
    return r.start if r is not None else None


def _perfect(v) -> bool:
    """'have fought', 'has been fighting', 'had deployed', 'has been under': a perfect."""
    return any(c.lemma_ == "have" for c in _auxiliaries(v))  # (a Token only for an auxiliary: perf14)


def _in_relative(v) -> bool:
    """Is v's clause a relative clause ("who have fought", "where protests have flared"), or
    joined to one?"""
    cur, steps = v, 0
    while cur.dep_ == "conj" and cur.head.i != cur.i and steps < 3:
        cur = cur.head
        steps += 1
    if cur.dep_ in ("relcl", "acl"):
        return True
    return cur.dep_ == "advcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in cur.children)


def _long_since(v, date: str | None):
    """v's 'since X' / 'for decades' / 'ever since' phrase: 'long' when it reaches back a year or
    more before the story (or names no date a reader can place), 'recent' when it does not,
    None when v has none."""
    for c in v.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            # "have fired missiles at Saudi cities since a coalition intervened in Yemen in 2015" (stories8)
            start = _period_start(list(c.subtree), date) if date else None
            if start is None:
                return "recent"
            return "long" if (_date.fromisoformat(date[:10]) - start).days >= RECENT_DAYS else "recent"
        if c.dep_ == "prep" and c.lower_ == "since":
            start = _period_start(_phrase(c)[1:], date, "since ") if date else None
            if start is None:
                return "recent"  # "since the invasion", "since the state of emergency was declared"
            # "has fired drones at ships since November": a tally over a dated stretch (stories9)
            days = (_date.fromisoformat(date[:10]) - start).days
            return "long" if days >= RECENT_DAYS else "dated" if days >= TALLY_DAYS else "recent"
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                p.lemma_.lower() in DURATION_NOUNS and p.tag_ in ("NNS", "NN") for p in c.subtree):
            nouns = [p for p in c.subtree if p.lemma_.lower() in DURATION_NOUNS]
            # "for decades", "for most of its history", "for more than a decade"; not "for a year"
            if any(p.tag_ == "NNS" or p.lemma_.lower() != "year" for p in nouns):
                return "long"
        if c.dep_ == "advmod" and c.lower_ == "since" and any(a.lower_ == "ever" for a in c.children):
            return "long"  # "has held it ever since"
    return None


def durative_background(v, date: str | None) -> bool:
    """A perfect that spans a period ("have fought three wars since 1947", "has been fighting
    since April 2023" in a 2024 story, "has waged wars for most of its history") is a standing
    state or a tally, not an act of the story's day. Told in a relative clause ("who have
    protested since October", "where protests have flared since March") it is background however
    recent; in a main clause only when the period reaches back a year or more, so "16 journalists
    have been detained since the state of emergency" stays an event."""
    if not _perfect(v):
        return False
    span = _long_since(v, date)
    if span is None:
        # "has refused to recognise Kosovo since it declared independence in 2008": the parser
        # may hang the period on the perfect's complement (background22)
        span = next((x for c in v.children if c.dep_ == "xcomp" for x in [_long_since(c, date)] if x), None)
    if span is None and any(c.dep_ == "advmod" and c.lower_ == "since" and not any(c.children) for c in v.children):
        # "al Shabaab, which has since carried out attacks in Kenya": a tally since the act told;
        # "The group, which seized Sanaa in 2014, has since fought a coalition": since that old act (background22)
        if any(s.dep_ == "nsubj" and any(r.dep_ == "relcl" and dated_background(r, date) for r in s.children)
               for s in v.children):
            return True
        span = "recent"
    if span is None:
        return False
    # a main-clause perfect over a stretch a calendar date opens ("has killed hundreds since
    # April") tallies what went before the news; "since the state of emergency" names no date
    # (told after the lead: a lead sentence so shaped is the story's news)
    if span == "dated" and v.lemma_.lower() in TOLL_VERBS and any(c.dep_ == "auxpass" for c in v.children) \
            and not any(c.dep_ == "agent" for c in v.children):
        # "Nearly 30,000 Palestinians have been killed in Gaza since October": a toll over a
        # dated stretch with no doer named counts the dead, even in a lead (odds26)
        return True
    return span == "long" or (span == "dated" and sent_bounds(v)[0] > 0) or _in_relative(v)


DATED_PREPS = {"in", "during", "from", "between", "by"}  # "seized Crimea in 2014", "fought from 1998 to 2000"


def _period_end(tokens, date: str, lead: str = ""):
    """The last day of the period named by tokens ("1967", "the 1980s", "two years ago"), or None.
    `lead` is the preposition the tokens follow ("in "), which places a bare month ("in April":
    the last April up to the story)."""
    years = [(int(m.group(1)), bool(m.group(2))) for t in tokens if (m := _YEAR.match(t.text))]
    if years:
        y, decade = max(years)
        if not decade and len(years) == 1:
            day = _day_of_year(tokens, y)  # "on August 20, 2018": that day, not the year's end (realnews19b)
            if day is not None:
                return day
        return _date(y + 9 if decade else y, 12, 31)
    from tacitus.extract import dates as dates_mod
    words = [t for t in tokens if t.ent_type_ in ("DATE", "TIME")]
    if not words:
        return None
    text = " ".join(t.text for t in words)
    last = words[-1]
    if last.i + 2 < len(last.doc) and last.doc[last.i + 2].lower_ == "year" \
            and last.doc[last.i + 1].lower_ in ("last", "this", "next"):
        # "in October last year": the parser hangs "last year" on the verb apart from the month;
        # it names the month's year (odds18)
        text += " " + last.doc[last.i + 1].text + " year"
    r = dates_mod.resolve(lead + text, date)
    if r is None and lead and len(words) == 1 and words[0].text == "May":
        # the resolver leaves a bare "May" to the modal verb; a capital "May" the parser reads as a date is the month
        r = dates_mod.resolve(f"{lead}May {dates_mod._past_year(_date.fromisoformat(date[:10]), 5)}", date)
    return r.end if r is not None else None


def _day_of_year(tokens, year: int):
    """The day "August 20, 2018" or "20 August 2018" names (the month's last day for "March
    2018"), from a month word among the date tokens; None without one."""
    from calendar import monthrange
    from tacitus.extract.dates import MONTHS
    for t in tokens:
        if t.ent_type_ != "DATE":
            continue
        m = MONTHS.get(t.lower_.rstrip("."))
        if m is None or (t.lower_ == "may" and t.text != "May"):
            continue
        last = monthrange(year, m)[1]
        day = next((int(n.text) for n in (t.nbor(-1) if t.i > 0 else t, t.nbor(1) if t.i + 1 < len(t.doc) else t)
                    if n.like_num and n.text.isdigit() and 1 <= int(n.text) <= last), last)
        return _date(year, m, day)
    return None


RELATIVE_DAYS = 7  # a relative clause dated this long before the story tells who its noun is, not the news (articles26)
STALE_DAYS = 14  # told after the lead, an act a calendar date puts this long before the story is its background (stories11)
HISTORY_DAYS = 180  # even in a lead, an act a calendar date puts half a year before the story is history (background22)


STORY_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "today", "yesterday", "tonight"})  # a day of the story's own week (stories20)


def _calendar_words(tokens) -> bool:
    """Does the phrase name a month or a year ("in April", "on Dec. 6", "in June 2023", "last
    month"), not a weekday or a span ("on Monday", "last week")?"""
    from tacitus.extract.dates import MONTHS
    return any(t.ent_type_ == "DATE" and (t.lower_.rstrip(".") in MONTHS or _YEAR.match(t.text)
                                          or t.lower_ == "month" and t.i > 0 and t.nbor(-1).lower_ == "last")
               for t in tokens)


def _fronted(c, v) -> bool:
    """Is the phrase c set before its clause, opening the sentence ("Last year, protesters ...")?"""
    return c.i < v.i and c.left_edge.i == sent_bounds(v)[0]


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"}


def _phrase(tok) -> list:
    """The tokens of tok's phrase without the clauses nested in it ("in a raid in Waziristan,
    where the army has fought since 2004": the year is the relative clause's)."""
    out, todo = [], [tok]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _dates_a_nested_act(v, prep) -> bool:
    """'apologised for the killing of civilians on Bloody Sunday in 1972': a date after a noun
    of an act (or a named event) dates that act, not the verb, however the parser attached it."""
    return any(t.ent_type_ == "EVENT" or (t.tag_ == "NN" and t.lower_.endswith("ing") and t.dep_ in ("pobj", "dobj"))
               for t in v.doc[v.i + 1:prep.i])


def _without_record_since(tokens: list) -> list:
    """A phrase's tokens without a 'since' phrase on one of its nouns, which measures a record
    rather than dating the act ("walked out in the biggest rail strike since 1989", "met in their
    first summit since 2019"): the strike and the summit are today's (wire8 helper)."""
    since = [t for t in tokens if t.dep_ == "prep" and t.lower_ == "since" and t.head.pos_ in ("NOUN", "PROPN")]
    if not since:
        return tokens
    drop = {d.i for t in since for d in _phrase(t)}
    return [t for t in tokens if t.i not in drop]


# the labels of the children _dated_background's loop reads (besides 'ago' / 'earlier' of any label)
_DATING_LABELS = frozenset({"advmod", "advcl", "prep", "npadvmod"})
BACKGROUND_MEMO_KEY = "tacitus.dated_background"  # doc.user_data: (verb index, date) -> answer


def dated_background(v, date: str | None) -> bool:
    """An act the clause itself dates a year or more before the story ("Moscow seized Crimea in
    2014" in a 2024 story, "the Golan, which Israel occupied in 1967", "was jailed in the 1980s"),
    or told in a 'since' clause ("since Spain withdrew from the territory", "since the two
    countries restored ties"), is history recalled, not news: dropped rather than kept with its
    own past date. A date inside a nested clause or a noun phrase dates that, not v.
    The answer depends only on the parse and the date, and every event of a clause asks it of the
    same verbs (and a reported clause of its report's verb), so it is kept per doc: the date
    phrases are resolved once per verb, not once per question."""
    memo = v.doc.user_data.setdefault(BACKGROUND_MEMO_KEY, {})
    key = (v.i, date)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _dated_background(v, date)
    return found


def _dated_background(v, date: str | None) -> bool:
    # v's children read from the plain label and lower-case columns, a Token made only for a child
    # a test below reads further (perf13a: the same tests, in the same order, as over v.children)
    doc = v.doc
    kids, dep_col = children_table(doc)
    lower_col = token_table(doc).lower
    own = kids[v.i]
    if v.dep_ == "advcl" and v.tag_ == "VBD" and any(dep_col[k] == "mark" and lower_col[k] == "since" for k in own):
        return True
    if any(dep_col[k] == "prep" and lower_col[k] in ("in", "at", "during") and _then_phrase(doc[k]) for k in own):
        return True  # "In the past, Pyongyang has fired missiles over Japan", "At the time, Turkey accused Sweden" (background22)
    if not date or v.tag_ in ("VB", "VBG"):
        return False  # "agreed to increase trade in 1983": a plan for that year, not a past act
    if any(lower_col[k] in STORY_DAY_WORDS or dep_col[k] == "prep" and lower_col[k] == "on" and any(
            lower_col[o] in STORY_DAY_WORDS for o in kids[k]) for k in own):
        # "sentenced the leaders on Monday for their role in a failed bid in 2017": a day of the
        # story's week dates the act; an older date the parser also hangs on the verb dates one
        # of its nouns (stories20)
        return False
    today = _date.fromisoformat(date[:10])
    if v.dep_ in ("acl", "relcl") and v.tag_ in ("VBN", "VBD") and _standing_since(v, date, today):
        return True
    for k in own:
        if dep_col[k] not in _DATING_LABELS and lower_col[k] not in ("ago", "earlier"):
            continue  # no test below takes this child (perf13a)
        c = doc[k]
        if c.lower_ in ("ago", "earlier") and _years_ago(c):
            return True  # ("A decade earlier, NATO had bombed Libya", "two years earlier" (background22))
        if c.dep_ == "advmod" and c.lower_ == "back" and c.i < v.i:
            # "Back in 2015, Moscow sent warplanes to Syria": the date hangs on "back" (background22)
            c = next((p for p in c.children if p.dep_ == "prep" and p.lower_ in DATED_PREPS), None)
            if c is None:
                continue
        if c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") and any(
                m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "while") for m in c.children) \
                and dated_background(c, date):
            # "Iran backed Hezbollah when it fought a war with Israel in 2006": the 'when' clause's
            # old date is the main act's time as well (background22)
            return True
        if c.dep_ == "prep" and (c.lower_ in DATED_PREPS or c.lower_ == "on") and not _dates_a_nested_act(v, c):
            # ("on Dec. 6", "on June 5, 1967": a day dates the act as a month does (stories11))
            tokens = _without_record_since(_phrase(c)[1:])
        elif c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in c.children) \
                and not _dates_a_nested_act(v, c):
            # "On September 1, 1939, German troops invaded Poland": a day named with its year
            # (only a date as the object: "on the anniversary of the 1994 genocide" is today's) (noevent7)
            tokens = _phrase(c)[1:]
        elif c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE":
            tokens = _phrase(c)  # "two decades ago"
        else:
            continue
        end = _period_end(tokens, date, c.lower_ + " " if c.dep_ == "prep" else "")
        if end is not None and (today - end).days >= RECENT_DAYS:
            return True
        if v.dep_ == "relcl" and v.tag_ == "VBD" and any(lower_col[k] == "who" for k in own) and (end is not None and (today - end).days >= RELATIVE_DAYS
                                                      and _calendar_words(tokens) or _last_period(tokens)):
            # "the Taliban, who seized Kabul on Aug. 15, have said" (an Aug. 26 story), "the officers
            # who overthrew President Bazoum last month": a 'who' clause that says who a side is by an
            # earlier dated act tells its history (not a 'where' clause: "camps along the border,
            # where NATO agreed last week to deploy Patriots" tells news) (articles26)
            return True
        if end is not None and (today - end).days >= STALE_DAYS and sent_bounds(v)[0] > 0 and _calendar_words(tokens):
            # "Trump withdrew from the agreement in May" (a November story), "resigned in October",
            # "was shot dead in June 2023": told after the lead, an act weeks or months old is
            # background, as the story rules have it (corpus/README.md) (stories11)
            return True
        if end is not None and ((today - end).days >= HISTORY_DAYS and _calendar_words(tokens) and conj_root(v).dep_ == "ROOT"
                                or (today - end).days >= ASIDE_DAYS and _fronted(c, v) and _last_year(tokens)):
            # "The Taliban seized Kabul in August last year" (a June story), "Last year, protesters
            # stormed government buildings": a month named half a year back, or a past year set as
            # the scene before the clause, recalls history even in a lead (background22)
            return True
        if end is not None and end.year < today.year and sent_bounds(v)[0] > 0 and _last_year(tokens):
            # "tested a hydrogen bomb in September last year", told after the lead: a past year's
            # act recalled (a lead so dated is the story's news: "trained recruits last year") (stories9)
            return True
    return _dated_complement(v, date, today)


def _standing_since(v, date: str, today) -> bool:  # articles26 helper
    """'Sanctions imposed by the United Nations since 2006 have cut Iran's oil exports', 'the
    blockade Israel imposed on Gaza since 2007': a participle or relative clause on a noun, the
    noun or the clause in force 'since' a date a year or more before the story, tells what stands,
    not the day's act (the parser hangs the 'since' phrase on either)."""
    for h in (v, v.head):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "since" and (h is v or c.i > v.i):
                end = _period_end(_phrase(c)[1:], date, "since ")
                if end is not None and (today - end).days >= RECENT_DAYS:
                    return True
    return False


def _then_phrase(prep) -> bool:  # background22 helper
    """'in the past', 'at the time', 'at that time' (not 'in the past week', 'at the time of the vote');
    'in an earlier protest', 'during a previous visit' (realnews25: an act told as done on an earlier
    occasion, not the story's own)."""
    for p in prep.children:
        if p.dep_ != "pobj":
            continue
        if prep.lower_ in ("in", "during") and any(c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "prior")
                                                   for c in p.children):
            return True
        if any(c.dep_ == "prep" for c in p.children):
            continue
        if prep.lower_ == "in" and p.lower_ == "past" or prep.lower_ == "at" and p.lower_ == "time" and any(
                d.dep_ == "det" and d.lower_ in ("the", "that") for d in p.children):
            return True
    return False


def _last_period(tokens) -> bool:  # articles26 helper
    """'last month', 'last week', 'last year': a period before the story's."""
    return any(t.lower_ in ("year", "month", "week") and t.i > 0 and t.nbor(-1).lower_ == "last" for t in tokens)


def _last_year(tokens) -> bool:
    """'last year', 'September last year': the calendar year before the story's."""
    return any(t.lower_ == "year" and t.i > 0 and t.nbor(-1).lower_ == "last" for t in tokens)


def _dated_complement(v, date: str, today) -> bool:  # stories5 helper
    """'Turkey agreed to buy the S-400 batteries in 2017', 'the two countries fought a six-week war
    in 2020' (told in 2019 and 2022 stories): a date a year or more before the story on the act
    the verb plans, or on the war or campaign it wages, dates the verb's own act as well."""
    doc = v.doc
    kids, dep_col = children_table(doc)
    for k in kids[v.i]:
        if dep_col[k] != "xcomp" and dep_col[k] != "dobj":
            continue  # no test below takes this child: a Token only for an object or complement (perf13a)
        c = doc[k]
        if (c.dep_ == "xcomp" and c.tag_ == "VB") or (c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGN_NOUNS):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in DATED_PREPS:
                    end = _period_end(_phrase(p)[1:], date)
                    if end is not None and (today - end).days >= RECENT_DAYS:
                        return True
        if c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGN_NOUNS | REVOLT_NOUNS:
            # "crushed the 1956 uprising", "fought the 1971 war": the year before the noun (noevent4)
            for p in c.children:
                if p.dep_ in ("nummod", "compound", "amod") and _YEAR.match(p.text):
                    end = _period_end([p], date)
                    if end is not None and (today - end).days >= RECENT_DAYS:
                        return True
    return False


def _years_ago(ago) -> bool:
    """'two decades ago', 'five years ago' (not 'a year ago', 'days ago')."""
    for n in ago.children:
        lemma = n.lemma_.lower()
        if lemma in ("decade", "century", "generation"):
            return True
        if lemma == "year" and n.tag_ == "NNS" and not any(c.lower_ in ("a", "one", "1") for c in n.children):
            return True
    return False


def obituary_background(v) -> bool:
    """'Mikhail Gorbachev, who negotiated arms treaties with Reagan, died in Moscow', 'the general,
    a veteran who fought in three wars, was buried on Friday': a past relative clause on the
    person whose death is the news tells their life, not the story's events."""
    rel = conj_root(v)
    if rel.dep_ != "relcl" or v.tag_ not in ("VBD", "VBN"):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for c in v.children if c.dep_ != "dobj"
           and not (c.dep_ == "prep" and c.lower_ in ("for", "throughout")) for t in _phrase(c)):
        # "a rebel who attacked an army post on Monday died of his wounds": news (old dates:
        # dated_background); a span ("defied the United States for half a century") is a life (noevent6)
        return False
    person = rel.head
    while person.dep_ == "appos":
        person = person.head  # "Kissinger, a diplomat who opened ties with China, died"
    if person.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = person.head
    lemma = main.lemma_.lower()
    return lemma in DEATH_VERBS or (lemma == "pass" and any(c.lower_ == "away" for c in main.children))


LONG_SPANS = {"month", "year", "decade", "century", "generation"}


def long_after_background(v) -> bool:
    """'seized two tankers, a month after Greece helped the US confiscate Iranian oil', 'halted
    arms deliveries three months after the army ousted Morsi': what a clause dated months or
    years before the main act recalls is its background. Days or weeks before ('two weeks after
    troops cleared the camps', 'days after the vote') it is still the news of the moment."""
    steps = 0
    while v.dep_ in ("xcomp", "ccomp", "conj") and v.head.i != v.i and steps < 2:
        v = v.head  # "after Greece helped the US confiscate Iranian oil": the confiscation too
        steps += 1
    if v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.i != v.i and not any(c.dep_ == "mark" for c in v.children):
        v = v.head  # "three years after militants stormed a mall, killing 67 people": the killing too (stories8)
    if v.dep_ == "relcl" and _long_after_phrase(v.head):
        return True  # "eight months after the sinking of the Cheonan, which Seoul blamed on ..." (stories8)
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in v.children):
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in v.children):
        return True
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for m in v.children
           if m.dep_ == "mark" and m.lower_ == "after" for c in m.children):
        return True  # "came two months after a suicide bombing killed 38 people": the span on "after" (stories8)
    # "Decades after American troops left Vietnam, ...": the parser hangs the span just before
    # "after" on the main verb (noevent4)
    mark = next(c for c in v.children if c.dep_ == "mark" and c.lower_ == "after")
    # ("was set up last month after ...": a dated main clause, no span; the span is a quantity:
    # "decades", "two years", "a decade")
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS and c.i == mark.i - 1
               and (c.tag_ == "NNS" or any(d.dep_ == "nummod" or (d.dep_ == "det" and d.lower_ in ("a", "an"))
                                           for d in c.children))
               for c in v.head.children)


SHORT_SPANS = frozenset({"day", "week"})  # stories24: "a day after", "two weeks after"


def _counted(c) -> bool:
    """'two days', 'a day', '10 days': a span with a number or 'a' ('days after' is no count)."""
    return any(d.dep_ == "nummod" or (d.dep_ == "det" and d.lower_ in ("a", "an")) for d in c.children)


def _in_story(v) -> bool:
    """Is v's sentence one of several (a headline or a story's sentence, not a lone sentence)?"""
    return v.sent.start > 0 or v.sent.end < len(v.doc)


def days_after_in_story(anchor) -> bool:
    """In a story, an act told in an 'after' phrase or clause that a counted span of days or weeks
    measures ("Pakistan strikes militant hideouts inside Iran, two days after Iranian missile
    attack", "agreed to disarm, a day after Azerbaijan launched an offensive") is an earlier
    event the story recalls, reported the day it happened, not its news (the story labelling
    rules: earlier events are background). A lone sentence keeps it (long_after_background: "days
    after the vote" is the news of the moment there), and so does a span of hours (stories24)."""
    if not _in_story(anchor):
        return False
    n = anchor
    for _ in range(3):  # a noun event: "two days after Iranian missile attack"
        if n.dep_ == "pobj" and n.head.lower_ == "after":
            return any(c.dep_ == "npadvmod" and c.lemma_.lower() in SHORT_SPANS and _counted(c) for c in n.head.children)
        if n.dep_ not in ("pobj", "compound", "dobj") or n.head.i == n.i or n.pos_ not in ("NOUN", "PROPN"):
            break
        n = n.head.head if n.dep_ == "pobj" else n.head
    v, steps = anchor, 0
    if v.pos_ != "VERB":
        v = anchor.head if anchor.dep_ == "dobj" else anchor
    while v.dep_ in ("xcomp", "advcl", "conj") and not any(c.dep_ == "mark" and c.lower_ == "after" for c in v.children) \
            and v.head.i != v.i and steps < 2:
        v = v.head  # "launched an offensive to take control": the purpose too
        steps += 1
    if v.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in v.children):
        return False
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in SHORT_SPANS and _counted(c) for c in v.children)


def _long_after_phrase(n) -> bool:  # stories8 helper
    """Is noun n (or the noun it is 'of') the object of an 'after' phrase that a span of months or
    years measures ('eight months after the sinking of the warship', 'two years after the coup')?"""
    for _ in range(3):
        if n.dep_ == "pobj" and n.head.lower_ == "after":
            return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in n.head.children)
        if n.dep_ not in ("pobj", "appos", "compound") or n.head.i == n.i:
            return False
        n = n.head.head if n.dep_ == "pobj" else n.head
    return False


INVERTED_CONDITION_AUX = {"had", "should", "were"}


def counterfactual(v) -> bool:
    """A condition, not a report: 'Had the government asked for help earlier, aid could have
    arrived' (an inverted 'had', 'should', 'were' opens the clause), 'Iraq could face action if it
    fails to comply' (the act is the complement of a verb inside an 'if' clause)."""
    for a in (v.children if v.i in heads_of_words(v.doc, "INVERTED_CONDITION_AUX", INVERTED_CONDITION_AUX) else ()):
        # (only a verb with such a word among its children walks them: perf9)
        if a.dep_ in ("aux", "auxpass") and a.lower_ in INVERTED_CONDITION_AUX and any(
                s.dep_ in ("nsubj", "nsubjpass") and a.i < s.i < v.i for s in v.children):
            return True
    head = v.head
    if v.dep_ == "ccomp" and head.lower_ in INVERTED_CONDITION_AUX and head.dep_ == "advcl" and head.i < v.i \
            and (head.i == 0 or head.nbor(-1).is_punct or head.nbor(-1).is_sent_start):
        return True  # the parser's reading of "Had the government asked ...": 'Had' heads the clause
    cur, steps = v, 0
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i and steps < 3:
        cur = cur.head
        steps += 1
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in cur.children):
            return True
    return False


def _no_object(v) -> bool:  # stories5 helper
    """'Estonia had offered no proof', 'made no commitment to intervene', 'offered no concessions':
    an object determined by "no" negates the act of giving or making it as "did not offer" does.
    Only such verbs (word set no_object_verbs): "the call showed no sign of a crisis" still
    reports the call."""
    return v.lemma_.lower() in NO_OBJECT_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in WITHHELD_NOUNS
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in v.children)
    # ("promised no mercy for the kidnappers": what is withheld is the threat itself, odds23)


def no_sign_of(v) -> bool:
    """'There was no sign of Bosnian Serb forces withdrawing', 'no evidence that the army had
    shelled the town': an act nothing shows happened. So is an act told inside such a clause ('no
    evidence that the missile which hit the village had been fired by Russia': the hit) (quotes25)."""
    if _no_sign_of(v):
        return True
    cur, hops = v, 0
    while v.pos_ == "VERB" and v.dep_ in ("relcl", "acl") and cur.head.i != cur.i and hops < 4:
        cur, hops = cur.head, hops + 1
        if cur.pos_ in ("VERB", "AUX") and _no_sign_of(cur):
            return True
    return False


def _no_sign_of(v) -> bool:
    cur = v
    if cur.dep_ == "pcomp" and cur.head.lower_ == "of":
        noun = cur.head.head
    elif cur.dep_ in ("acl", "ccomp") and cur.head.pos_ == "NOUN":
        noun = cur.head  # "no evidence that ...", a clause on the noun
    else:
        return False
    return noun.lemma_.lower() in EVIDENCE_NOUNS and any(c.lower_ == "no" and c.dep_ == "det" for c in noun.children)


WH_MARKS = {"when", "whether", "where", "how", "if"}


def _unsaid_wh(v) -> bool:
    """'The junta has not said when it will hand power back', 'did not say whether troops had
    seized any vessels': what a negated verb of telling leaves open (the parser hangs these
    clauses as adverbial ones, which unsaid() does not follow)."""
    if v.dep_ != "advcl" or v.head.lemma_.lower() not in REPORT_VERBS:
        return False
    if not any(c.lower_ in WH_MARKS and c.dep_ in ("advmod", "mark") and c.i < v.i for c in v.children):
        return False
    return any(c.dep_ == "neg" for c in v.head.children)


@lru_cache(maxsize=1)
def _pattern_classes() -> dict:
    from tacitus.events.lexicon import load_pattern_classes
    return load_pattern_classes()


@lru_cache(maxsize=8)
def demand_words(name: str) -> frozenset:
    """A word class of pattern_classes.tsv (demand_modal, appeal_modal, wish_verb) as a set."""
    return frozenset(_pattern_classes().get(name, ()))


def obliged(chain) -> bool:
    """'has to import', 'needs to act', 'ought to recognise' (in the present): the clause says what
    someone must do, not what was done ("had to evacuate" in a narrative did happen; "would have
    to use nuclear weapons" is a consequence the future or condition rules judge)."""
    if len(chain) < 2:
        return False  # no verb above v in its chain (most clauses): no pair to test (perf13a)
    words = demand_words("demand_modal") | demand_words("appeal_modal")
    return any(t.dep_ == "xcomp" and h.lemma_.lower() in words and h.tag_ in ("VBZ", "VBP", "MD")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               and not any(c.lower_ == "yet" or (c.dep_ == "aux" and c.tag_ == "MD") for c in h.children)
               for t, h in zip(chain, chain[1:]))


def wished_only(v) -> bool:
    """'expects Hezbollah to attack', 'wants Berlin to send more air defence': what a subject
    wants or expects another to do (an infinitive with a subject of its own, or after the wished
    one's object) has not been done."""
    h = v.head
    if v.dep_ == "ccomp" and h.dep_ == "xcomp" and h.head.lemma_.lower() in demand_words("wish_verb") \
            and wished_through_see(h) == v:
        return True  # "wants to see Beijing release the Canadians"
    if h.i == v.i or h.lemma_.lower() not in demand_words("wish_verb") \
            or not any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children):
        return False
    if v.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" for c in v.children)
    return v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in h.children)


def judged_deed(v):
    """'it was time for Russia to withdraw', 'it is essential that Serbia recognise Kosovo', 'it
    was important for Iran to release the sailors': the deed a judgement of necessity asks of the
    deed's subject (v is the 'be' of 'it is ...'), or None."""
    if v.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children):
        return None
    words = demand_words("necessity_word")
    judged = [c for c in v.children if c.dep_ in ("attr", "acomp") and c.lemma_.lower() in words]
    if not judged:
        return None
    for h in (v, *judged):
        for d in h.children:
            if d.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and d.pos_ in ("VERB", "AUX") and _asked_of(d):
                return d
    return None


def _asked_of(d) -> bool:
    """A clause with a subject of its own that says what that subject is to do: 'for X to do',
    or a subjunctive 'that X do'."""
    if not any(c.dep_ == "nsubj" for c in d.children):
        return False
    marks = {c.lower_ for c in d.children if c.dep_ == "mark"}
    if "for" in marks:
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in d.children)
    return "that" in marks and d.tag_ in ("VB", "VBP", "VBZ")


def judged_only(v) -> bool:
    """Is v the deed of 'it is time / essential for X to ...' (asked for, not done)?"""
    h = v.head
    for cop in (h, h.head):
        if cop.i != v.i and judged_deed(cop) == v:
            return True
    return False


def wished_through_see(x):
    """'wants to see Beijing release the Canadians': the bare-infinitive clause (with a subject of
    its own) of the 'see' a wish verb governs, or None."""
    if x is None or x.lemma_.lower() not in demand_words("wish_see") or x.dep_ != "xcomp":
        return None
    return next((c for c in x.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                 and any(s.dep_ == "nsubj" for s in c.children)), None)


def aside_background(v, date: str | None = None) -> bool:
    """What a story says in passing about an actor: a past active relative clause set off by commas on
    the active subject of the sentence ("The Syrian Democratic Forces, which fought alongside U.S.
    troops against Islamic State, accused Turkey ...", "The juntas, which expelled French troops,
    formed a pact"), or a perfect of long standing ("exercises, which Pyongyang has long condemned
    as rehearsals", "has never ruled out using force"). Neither is the news of the day; a clause
    with its own recent date ("which attacked Israel on Saturday") is news; one dated months or more
    before the story ("The Taliban, who seized Kabul a year ago, said", "Putin, who annexed Crimea
    in 2014, met") is background (targets11)."""
    kids, dep_col = children_table(v.doc)  # the children's labels and forms from the columns (perf14)
    lower_col = token_table(v.doc).lower
    if any(dep_col[k] in ("aux", "auxpass") and lower_col[k] in ("has", "have") for k in kids[v.i]) and \
            any(lower_col[k] in STANDING_ADVERBS and dep_col[k] in ("advmod", "neg") for k in kids[v.i]):
        return True
    if v.dep_ == "advcl" and v.tag_ in ("VBD", "VBN"):
        # "Sweden, which applied to join NATO after Russia invaded Ukraine, won Turkey's backing":
        # what dates the aside is as much background as the aside (targets11)
        h = v.head
        if h.dep_ == "xcomp" and h.head.i != h.i:
            h = h.head
        if h.dep_ == "relcl" and h.i != v.i:
            return aside_background(h, date)
    rel = conj_root(v)
    if rel.dep_ != "relcl" or v.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        # passive: what others did to the subject ("who was criticised by Russia") is kept, unless
        # dated months before the story ("the journalist, who was murdered last October", "the
        # opposition leader, who was poisoned last August"): who the person is, not news (realfix18)
        dated = [c for c in v.children if c.dep_ in ("npadvmod", "prep", "advmod", "tmod")
                 and any(t.ent_type_ in ("DATE", "TIME") for t in _phrase(c))]
        return bool(date) and bool(dated) and _all_dated_long_before(dated, date)
    start = rel.left_edge.i
    if (start == 0 or v.doc[start - 1].text != ",") and not _set_off_apposition(rel.head):
        return False  # "the sailors it had seized", "a man who attacked police": part of the news
    dated = [c for c in v.children if c.dep_ != "dobj" and any(t.ent_type_ in ("DATE", "TIME") for t in _phrase(c))]
    # ("Suu Kyi, who defended her country before the judges in December, had denied ...": a
    # month named weeks before the story dates history as well (stories11))
    if dated and not (date and _all_dated_long_before(dated, date, calendar_stale=True)):
        return False
    head = rel.head
    while head.dep_ == "appos":
        head = head.head
    # the subject of an active verb: of a passive ("The rebel leader, who attacked an army post,
    # was arrested") the clause gives the grounds of what was done to it, often news itself
    return head.dep_ == "nsubj"


def _set_off_apposition(n) -> bool:
    """Is n an apposition set off by a comma ("Khashoggi, a columnist who had criticised the crown
    prince, disappeared"), so that a relative clause on it is as much an aside as one right after
    the comma? (wire25)"""
    if n.dep_ != "appos" or n.head.pos_ != "PROPN":
        return False  # (of a name only: "..., a claim London dismissed as absurd" sums up the news and answers it)
    lo = n.left_edge.i
    return lo > 0 and n.doc[lo - 1].text == ","


def _all_dated_long_before(dated, date: str, calendar_stale: bool = False) -> bool:
    """Does every date phrase in dated (children of an aside's verb) end ASIDE_DAYS or more before
    the story's date, or, with calendar_stale, STALE_DAYS or more when it names a month or day
    ("in December" in a February story)? A phrase that gives no date answers no (targets11,
    stories11; realfix18 for passive asides)."""
    today = _date.fromisoformat(date[:10])
    for c in dated:
        end = _period_end(_phrase(c), date)
        if end is None:
            return False
        days = (today - end).days
        if days < ASIDE_DAYS and not (calendar_stale and days >= STALE_DAYS and _calendar_words(_phrase(c))):
            return False
    return True


def market_background(t) -> bool:  # noevent4 helper
    """'Oil jumped 4% after Hamas attacked Israel', 'the shekel slipped after Iran's drone attack
    on Israel', 'gas prices soared following the invasion': an act hung by 'after' / 'following' /
    'amid' on the move of a market (a price, a share, a currency as the verb's subject) is told
    as the move's cause, the news being the market; the act is reported elsewhere as news."""
    linked, steps = False, 0
    while t.head.i != t.i and steps < 8:
        if t.lower_ in BACKGROUND_LINKS and t.dep_ in ("prep", "xcomp", "advcl", "acl"):
            linked = True  # ("surged following the attack": the parser may read "following" as a verb)
        if t.dep_ == "advcl" and (not any(c.dep_ == "mark" for c in t.children)
                                  or any(c.dep_ == "mark" and c.lower_ in BACKGROUND_LINKS for c in t.children)
                                  or t.lemma_.lower() in FORECAST_VERBS):
            linked = True  # (also "jumped as traders bet that Iran would block the strait", odds23)
        t, steps = t.head, steps + 1
        if linked and t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lemma_.lower() in MARKET_NOUNS and not subj.ent_type_:
                return True
    return False


def dated_noun_event(n, date: str | None) -> bool:  # noevent4 helper
    """'Russia's annexation of Crimea in 2014 led to years of sanctions', 'the 2008 invasion of
    Georgia still shapes its politics': an event noun dated by its own phrase or a year before it a
    year or more before the story names history, as a verb so dated does (dated_background)."""
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in ANNIVERSARY_NOUNS:
        return True  # "marked the 80th anniversary of the German invasion": remembered history (noevent6)
    if n.dep_ == "attr" and n.head.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "since" for c in n.children) \
            and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in n.children):
        # "It was the first visit by a Chinese foreign minister since 2017": a record noted of an
        # act the story reports elsewhere, no act of its own (background22)
        return True
    if n.dep_ == "pobj" and n.head.lower_ in ("about", "on", "of") and n.head.head.pos_ == "NOUN":
        work = n.head.head.lemma_.lower()
        if work in CHRONICLE_NOUNS or (n.head.lower_ != "of" and work in WORK_NOUNS):
            return True  # "a documentary about the Russian invasion of Ukraine": a work's topic (noevent7)
    if not date:
        return False
    today = _date.fromisoformat(date[:10])
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in DATED_PREPS:
            end = _period_end(_phrase(c)[1:], date)
        elif c.dep_ in ("nummod", "compound", "amod", "npadvmod") and _YEAR.match(c.text):
            end = _period_end([c], date)
        else:
            continue
        if end is not None and (today - end).days >= RECENT_DAYS:
            return True
    return False
