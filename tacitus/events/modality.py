"""Modality of a clause: is the event asserted, intended, future, conditional, refused,
negated, denied or hypothetical? Decided from auxiliaries, negation, condition markers,
questions and denial verbs on the dependency parse."""
from __future__ import annotations

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


def modality(v) -> str:
    """asserted | future | conditional | offer | hypothetical | negated | refusal for v's clause."""
    chain = [v]
    cur = v
    while cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    aux = {c.lower_ for t in chain for c in t.children if c.dep_ in ("aux", "auxpass")}
    if _is_question(v):
        return "hypothetical"
    if denied(v):
        return "negated"
    negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for t in chain for c in t.children)
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.lower_ in ("neither", "no") for c in subj.children):
        negated = True
    if negated:
        # "will not accept", "would not allow": a refusal; "did not meet": nothing happened
        if aux & (FUTURE_AUX | WOULD_AUX):
            return "refusal"
        if aux & {"can", "ca", "could"} and v.lemma_.lower() in ACCEPT_VERBS:
            return "refusal"  # "India said it could not accept any mediation": a refusal, not an inability
        return "negated"
    for t in chain:
        for c in t.children:
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.dep_ == "advcl" and marks & CONDITION_MARKS and aux & (FUTURE_AUX | WOULD_AUX):
                # "will withdraw unless ..." threatens; "would meet if ..." offers
                return "conditional" if "unless" in marks else "offer"
    marks = {m.lower_ for m in v.children if m.dep_ == "mark"}
    if marks & (CONDITION_MARKS | QUESTION_MARKS):
        return "hypothetical"
    if marks & PENDING_MARKS and v.dep_ == "advcl" and v.tag_ in ("VB", "VBP", "VBZ"):
        return "hypothetical"
    if aux & EPISTEMIC_AUX and "have" in aux and v.tag_ == "VBN" and not aux & (HYPOTHETICAL_AUX - EPISTEMIC_AUX):
        # "Russian forces may have used cluster munitions": reported as likely to have happened
        return "asserted"
    if aux & HYPOTHETICAL_AUX or ({"would", "have"} <= aux and v.tag_ == "VBN"):
        return "hypothetical"  # "may attack", "would have faced": not (yet) events
    if aux & (FUTURE_AUX | WOULD_AUX) or ("going" in aux and any(c.lower_ == "to" for c in v.children)):
        return "future"
    return "asserted"


def denied(v) -> bool:
    """Is v's clause the content of a denial ("denied backing the rebels", "denied that its
    troops were fighting")?"""
    cur, steps = v, 0
    while cur.dep_ in ("xcomp", "ccomp", "pcomp", "conj", "advcl") and steps < 3:
        cur = cur.head
        steps += 1
        if cur.lemma_.lower() in DENIAL_VERBS:
            return True
        if cur.dep_ == "prep":
            cur = cur.head
    return False


def _is_question(v) -> bool:
    """Does v's sentence end with a question mark (before closing quotes and spaces)?

    The sentence end is the right edge of the root of v's tree: found by walking up the parse
    (Token.sent would rescan the sentence for every event)."""
    root, steps = v, 0
    while root.head.i != root.i and steps < 200:
        root = root.head
        steps += 1
    i = root.right_edge.i
    doc = v.doc
    while i >= 0 and (doc[i].is_space or doc[i].text in ('"', "'", "”", "’", "»")):
        i -= 1
    return i >= 0 and doc[i].text.endswith("?")
