"""Small parse helpers shared by the event coder's modules: prepositions, windows, protest acts,
the speaker's own forces, and the valence of label words."""
from __future__ import annotations

from tacitus.events.words import ANNOUNCE_VERBS, ATTRIBUTION_VERBS, PROTEST_ACTS
from tacitus.events.words import CRITIC_NOUNS, OWN_PEOPLE_NOUNS  # targets3 helper
from tacitus.events.words import FLOATING_QUANTIFIERS  # wire8 helper
from tacitus.events.words import READINESS  # odds4 helper
from tacitus.events.words import NAME_MODALS  # odds10 helper
from tacitus.events.words import SUMMARY_ACT_NOUNS  # wire10 helper
from tacitus.events.words import PUNISHED_OFFICE_NOUNS  # targets8 helper
from tacitus.events.words import CLAUSE_PREPS  # targets18 helper
from tacitus.events.words import ELAPSED_TIME_NOUNS  # odds16
from tacitus.events.words import HEDGE_VERBS  # wire21
from tacitus.nlp import heads_of_dep  # perf9
from tacitus.model import Actor
from tacitus.nlp import positions_of, sent_bounds, span_ents, span_text, token_table


def valence(word: str) -> float:
    """The word's valence in VADER's lexicon (the analyzer tone.py already loads), 0 if absent."""
    from tacitus.extract.tone import _vader

    return _vader()[0].lexicon.get(word, 0.0)


def owns_its_object(v, entry) -> bool:
    """Is the subject of verb v (lexicon entry `entry`) the doer of the event its object noun
    names? Yes for light verbs ("staged rallies") and announcing ("announced sanctions"); not
    for other reporting verbs ("Reuters reported the attack")."""
    return entry.frame == "light" or (entry.frame == "say" and v.lemma_.lower() in ANNOUNCE_VERBS)


def is_protest(tok) -> bool:
    """Is tok a protest act: a protest verb or noun ("camped", "on hunger strike", "sit-in")?"""
    if tok.lemma_.lower() in PROTEST_ACTS:
        return True
    return any(c.lemma_.lower() in PROTEST_ACTS for c in tok.children if c.dep_ in ("prep", "dobj", "attr")
               for c in ([c] + [p for p in c.children if p.dep_ == "pobj"]))


def own_possession(actor: Actor, source: list[Actor], doc, code: str = "") -> bool:
    """Is the actor the source's own ("Russia withdrew its forces", "ordered his troops")? Such
    a phrase names the instrument of the act, not its target. An office-holder arrested, sacked
    or killed ("executed its defence minister", code 17x/18x) is the target (targets8)."""
    if actor.kind == "pronoun":
        return False
    span = doc.char_span(actor.start, actor.end)
    if span is None:
        return False
    head = span.root
    if moved_out(head) and actor.kind == "country" and actor.country in {s.country for s in source}:
        return True  # "Trump pulled the United States out of the deal": the US is what was moved
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ != "whose" for c in head.children):
        return False
    if own_people(head):
        return False  # "fired on its own citizens": the people are the target
    if code[:2] in ("17", "18") and head.lemma_.lower() in PUNISHED_OFFICE_NOUNS:
        return False  # "North Korea executed its defence minister", "sacked his finance minister"
    if any(m.lower_ == "former" for c in (head, *(k for k in head.children if k.dep_ in ("compound", "appos")))
           for m in c.children if m.dep_ == "amod"):
        return False  # "accused his former deputy Riek Machar": no longer the source's own (targets8)
    own = {s.country or s.code[:3] for s in source}
    return (actor.country or actor.code[:3]) in own


def own_people(head) -> bool:
    """Does head name the source's own people as the ones acted against ("sent snipers against its
    own citizens", "fired on its people", "gassed its own population")? Rulers act on them; an
    instrument ("its troops", "its envoy") is never one of these nouns, and people taken out of
    danger ("evacuated its citizens") are not acted against."""
    if head.lemma_.lower() in CRITIC_NOUNS:
        return True  # "executed four of its opponents", "jailed its critics"
    if head.lemma_.lower() not in OWN_PEOPLE_NOUNS:
        return False
    return any(c.dep_ == "amod" and c.lower_ == "own" for c in head.children) or (
        head.dep_ == "pobj" and head.head.lower_ in ("against", "on", "at"))


def moved_out(tok) -> bool:
    """Is tok the object of a verb that takes it out of something ("pulled the United States
    out of the deal", "took Britain out of the EU")?"""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head  # "United" of "the United States"
    v = tok.head
    return tok.dep_ == "dobj" and any(
        c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in v.children)


def is_prep(tok) -> bool:
    """A preposition attached to a verb; the parser labels "to" after a verb of giving
    ("is providing intelligence to Macedonia") as a dative."""
    return tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def hyphen_prefix(v):
    """The first part of a hyphenated verb ("test" of "test-fired", "force" of "force-fed"),
    which the parser hangs on the verb as a modifier, else None."""
    i = v.i
    if i < 2 or token_table(v.doc).text[i - 1] != "-":  # (a plain string: no Token for most verbs)
        return None
    if v.doc[i - 1].whitespace_ or v.doc[i - 2].whitespace_:
        return None
    first = v.doc[i - 2]
    return first if first.head.i == i and first.is_alpha else None


def noun_read_verb(tok):
    """A sentence root tagged as a noun that governs a to-infinitive ("Putin and Xi plan to
    meet"): the small model's reading of a plural subject followed by a verb like plan, vow, aim."""
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
            and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children) \
            and any(c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children):
        return tok
    return None


def is_passive(v) -> bool:
    """Is verb v passive ("was attacked", "troops sent to Mali")?"""
    if v.lower_ in READINESS and any(c.dep_ == "xcomp" for c in v.children):
        return False  # "China is poised to sign a pact": a stance, its subject the one poised (odds4)
    if small_clause_participle(v):
        return True
    doc = v.doc  # (a passive subject or auxiliary among v's children, from the columns: perf9)
    return v.i in heads_of_dep(doc, "nsubjpass") or v.i in heads_of_dep(doc, "auxpass") \
        or v.i in heads_of_dep(doc, "csubjpass") or (
        v.dep_ == "acl" and v.tag_ == "VBN" and not finite_acl(v) and not _contact_relative(v)) or conjoined_passive(v)


def _contact_relative(v) -> bool:
    """'a move Ukraine's President Volodymyr Zelenskiy condemned as a land grab': a relative clause
    with no 'that' whose past verb the parser tags a participle; its own subject before it makes
    it active, the subject its doer (wire24)."""
    return any(c.dep_ == "nsubj" and c.i < v.i and c.pos_ in ("PROPN", "NOUN") for c in v.children) \
        and not any(c.dep_ in ("auxpass", "agent", "mark") for c in v.children)
    # ("reports that its aircraft had struck targets": a 'that' clause telling the noun's content
    # is no relative clause)


def small_clause_participle(v) -> bool:
    """'wants Western sanctions lifted', 'wanted the blockade ended': a bare participle after a
    wish verb with a noun subject and no auxiliary, a passive whose subject is what is acted on
    (odds4)."""
    return v.dep_ == "ccomp" and v.tag_ == "VBN" and v.head.lemma_.lower() in ("want", "wish", "like", "need") \
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in v.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def object_read_as_participle_subject(c):
    """'arrested hundreds of students marching against the coup': the parser makes the object
    right after a verb the subject of the participle that describes it (an advcl of the verb).
    For that participle c, the noun that is the verb's object, else None (odds12)."""
    if c.dep_ == "advcl":
        if c.tag_ != "VBG":
            return None
    elif c.dep_ != "ccomp" or c.tag_ not in ("VBD", "VBN") \
            or any(x.dep_ in ("aux", "auxpass", "mark", "dobj", "nsubjpass") for x in c.children):
        # "detained students gathered outside the university", "beat protesters camped in the
        # square": a reduced relative the parser read as a finite clause of the verb (odds18);
        # the caller makes sure the verb takes no clause ("said protesters gathered" does)
        return None
    v = c.head
    if c.i <= v.i + 1 or v.i + 1 >= len(v.doc):
        return None
    o = v.doc[v.i + 1]
    if o.dep_ != "nsubj" or o.head.i != c.i or o.pos_ != "NOUN" \
            or any(x.dep_ in ("dobj", "mark") for x in v.children):
        return None
    return o


def object_read_as_time_compound(c):
    """'imposed sanctions days after the invasion began', 'declared martial law hours after
    Russian forces crossed the border': the parser glues the bare object noun right after the
    verb to the time lapse of the clause after it ('sanctions' a compound of 'days', the
    npadvmod of 'began' or of its 'after'). For that clause or 'after' phrase c of the verb, the
    noun that is the verb's object, else None (odds16)."""
    v = c.head
    if c.i <= v.i + 2 or v.i in heads_of_dep(v.doc, "dobj"):  # (v has a direct object: from the columns, perf9)
        return None
    if token_table(v.doc).dep[v.i + 1] not in ("amod", "compound"):
        return None  # the word after v is no modifier or compound: the walk below ends on it (perf13a)
    o = v.doc[v.i + 1]
    while o.dep_ in ("amod", "compound") and o.head.i == o.i + 1 and o.head.lemma_.lower() not in ELAPSED_TIME_NOUNS:
        o = o.head  # "martial law", "emergency rule": to the last word before the lapse
    t = o.head
    if o.dep_ != "compound" or o.pos_ != "NOUN" or t.i != o.i + 1 or t.dep_ != "npadvmod" \
            or t.lemma_.lower() not in ELAPSED_TIME_NOUNS:
        return None
    if t.head.i != c.i and not (t.head.head.i == c.i and t.head.dep_ in ("mark", "prep")):
        return None  # (the lapse on the clause, on its 'after', or on the verb's own 'after' phrase)
    return o


def name_headed_gerund(c):
    """'reopened the Kerem Shalom crossing into Gaza': the parser reads the head noun after a
    name as a participle clause of the verb (ccomp/advcl 'crossing', the name its compounds, the
    article on the name). For such a clause c of a verb with no direct object, True (types26)."""
    v = c.head
    if c.tag_ != "VBG" or c.i <= v.i + 2 or v.i in heads_of_dep(v.doc, "dobj"):
        return False
    doc = c.doc
    prev = doc[c.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != c.i:
        return False
    first = prev
    while first.i > v.i + 1 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
        first = doc[first.i - 1]
    if first.i != v.i + 2 or doc[v.i + 1].lower_ != "the":
        return False
    return not any(d.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass", "mark") for d in c.children)


def conjoined_passive(v) -> bool:
    """A participle conjoined to a passive with a by-agent of its own ("was approved by
    parliament but blocked by a court", "backed by the UN and funded by the US"; the tagger
    sometimes reads the participle as a past tense): passive too,
    and its agent, not the first verb's, did it. A past tense with a subject of its own is
    active, its "by" phrase a means ("and the two leaders flew by helicopter to ...", stories20)."""
    return v.dep_ == "conj" and v.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in v.children) \
        and not (v.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in v.children))


def finite_acl(v) -> bool:
    """A verb the parser hung on the noun before it as a participle although it takes an object
    of its own and names no agent ("Gunmen on motorcycles killed at least 20 villagers, officials
    said"): a finite verb whose subject is that noun, not a passive ("the villagers killed"). A
    clause with its own subject ("reports that its aircraft had struck targets") is no such verb."""
    return v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and v.head.pos_ in ("NOUN", "PROPN") \
        and (any(c.dep_ == "dobj" for c in v.children) or _object_in_conjunct(v) or _asks_of_someone(v)
             or _named_complement(v)) \
        and not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "mark") for c in v.children)


def _named_complement(v) -> bool:
    """"Ukraine's security service named Russia as the culprit": a verb right after the root noun
    of a sentence the parser left without a main verb, whose object is a name it calls an object
    predicate (oprd), is the noun's finite verb (odds16)."""
    n = v.head
    return v.i == n.i + 1 and n.dep_ == "ROOT" and any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in v.children)


def _asks_of_someone(v) -> bool:
    """"Ban Ki-moon called on Muammar Gaddafi to end the violence": a verb hung on the name right
    before it, the sentence's root, with a phrase naming someone and a to-clause of its own, is the
    name's finite verb (the passive "X called on to serve" has no one after its preposition)
    (misread1)."""
    n = v.head
    return v.i == n.i + 1 and n.dep_ == "ROOT" and n.pos_ == "PROPN" \
        and any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in v.children) \
        and any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children) for c in v.children)


def _object_in_conjunct(v) -> bool:
    """"Doctors from two aid groups donated and delivered supplies to ...": in a sentence the
    parser left without a main verb (its root is the noun the participle hangs on), a verb pair
    whose second verb takes the object is as finite as one verb with an object."""
    root = v.head
    while root.dep_ in ("pobj", "prep") and root.head is not root:
        root = root.head
    return root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "conj" and c.tag_ in ("VBD", "VBN") and any(o.dep_ == "dobj" for o in c.children)
        and not any(o.dep_ in ("agent", "nsubj", "nsubjpass") for o in c.children) for c in v.children)


def passive_subject(v):
    """The subject of passive verb v. The parser reads a title participle ("Visiting Chinese
    Foreign Minister Wang Yi was received by ...") as a clausal subject governing the name;
    the name is then the subject."""
    for c in v.children:
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and small_clause_participle(v)):
            return c
    for c in v.children:
        if c.dep_ == "csubjpass" and c.tag_ == "VBG" and c.i == c.left_edge.i:
            for o in c.children:
                if o.dep_ == "dobj":
                    return o
    return None


def active_subject(v):
    """The subject of active verb v: a noun subject before a clausal one ("Visiting Chinese
    Foreign Minister Wang Yi met ..." also carries a csubj "Visiting"). When the parser hung a
    fronted "after ..." phrase on the verb as a clause (a mark before the first of two noun
    subjects: "A month after the attacks on New York, American and British forces launched ..."),
    the subject is the second one."""
    doc = v.doc
    kids, dep_col = children_table(doc)  # a Token only for a subject (perf11e)
    subjects = [doc[k] for k in kids[v.i] if dep_col[k] == "nsubj"]
    if subjects and v.dep_ == "ccomp" and v.head.lemma_.lower() in HEDGE_VERBS and (noun := hedged_noun(v.head, v)) is not None:
        return noun  # "Gunmen believed to belong to the sect Boko Haram abducted ..." (wire21)
    if subjects:
        if len(subjects) > 1 and subjects[1].i < v.i and \
                any(c.dep_ == "mark" and c.i < subjects[1].i for c in v.children):
            # also "Taiwan scrambled fighter jets as Chinese warplanes crossed the median line": the
            # main clause read as a noun subject before the mark; the clause's own subject follows it (types13)
            return subjects[1]
        s = subjects[0]
        if len(subjects) > 1 and s.i == sent_bounds(v)[0] and s.lower_.endswith("ing") and s.tag_ in ("VBG", "NN") \
                and subjects[1].i < v.i and subjects[1].left_edge.i > 0 and s.doc[subjects[1].left_edge.i - 1].text == ",":
            # "Meeting in Brussels on Monday, EU ministers agreed ...", "Speaking in Geneva, the
            # minister said ...": the opening participle read as a second noun subject (wire21)
            return subjects[1]
        if s.n_rights and (s.tag_ == "POS" or s.pos_ == "PROPN") and (name := _possessed_name_read_as_prep(s)) is not None:
            return name
        return s
    if v.lower_ in READINESS and not is_passive(v):
        subjects = [c for c in v.children if c.dep_ == "nsubjpass"]
        if subjects:
            return subjects[0]  # "China is poised to sign": the parser's passive subject (odds4)
    for c in v.children:
        if c.dep_ in ("csubj", "expl"):
            if c.tag_ == "VBG" and c.i == sent_bounds(v)[0] and c.i < v.i:
                # "Investigating magistrates in Paris issued a warrant", "Striking workers blocked
                # the port": a sentence-opening participle read as a clause whose object is the
                # noun it describes; that noun is the subject (actors12)
                obj = next((o for o in c.children if o.dep_ == "dobj" and o.left_edge.i == c.i + 1
                            and o.pos_ == "NOUN" and o.tag_ == "NNS"), None)
                if obj is not None:
                    return obj
            return c
    for c in v.children:
        if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < v.i and _opens_sentence(c, v) \
                and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and v.tag_ in ("VBD", "VBN") \
                and not any(a.dep_ in ("aux", "auxpass") for a in v.children):
            return c  # "Armenia recalled troops": the sentence-opening name read as a modifier (odds4)
        if c.dep_ == "advmod" and c.pos_ == "PROPN" and c.i == sent_bounds(v)[0] and c.i < v.i \
                and c.text[:1].isupper() and (v.tag_ == "VBD" or v.tag_ == "VBN" and v.dep_ == "ROOT") and not any(a.dep_ in ("aux", "auxpass") for a in v.children):
            return c  # "Baerbock accused China": a sentence-opening surname the model read as an adverb (actors8)
        if c.dep_ == "prep" and c.i + 1 < v.i and c.text[:1].isupper() and c.i == sent_bounds(v)[0] \
                and v.tag_ in ("VBD", "VBZ") and c.doc[c.i + 1].dep_ == "pobj" and c.doc[c.i + 1].head.i == c.i \
                and c.doc[c.i + 1].pos_ == "PROPN" and c.i + 2 == v.i:
            # "To Lam met Xi Jinping": a sentence-opening name whose first word is a preposition
            # ("To", "An"), read as a phrase hung on the verb; its object is the name's last part (odds8)
            return c.doc[c.i + 1]
        if c.dep_ == "aux" and c.tag_ == "MD" and bare_name_subject(c):
            return c  # "May expelled 23 Russian diplomats": a surname read as a modal (odds10)
    h = v.head
    if v.dep_ == "ccomp" and (noun := hedged_noun(h, v)) is not None:
        return noun  # "Gunmen believed to belong to Boko Haram abducted 200 girls" (wire21)
    if v.dep_ == "advcl" and h.pos_ == "ADJ" and h.dep_ == "ROOT" and h.i < v.i and v.tag_ == "VBD" \
            and not any(c.dep_ in ("cop", "aux", "auxpass") for c in h.children):
        # "Turkish soldiers loyal to the coup plotters opened fire on civilians": with no verb "be",
        # the parser made the adjective the root and the verb its clause; the adjective's subject
        # is the verb's (actors12)
        return next((c for c in h.children if c.dep_ == "nsubj"), None)
    if v.n_lefts >= 2 and v.tag_ in ("VBD", "VBN"):
        # "Myanmar's military shot dead 100 protesters": the parser hangs the subject's possessor
        # and its noun on the verb ("shot" read as a noun); the possessor names who acted (targets18)
        poss = next((c for c in v.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if poss is not None and any(c.dep_ in ("amod", "compound") and c.i > poss.i for c in v.lefts):
            return poss
    return None


def hedged_noun(h, v=None):
    """'Gunmen believed to belong to Boko Haram abducted 200 girls', 'troops, thought to be Russian,
    seized the airport': a noun with a passive verb of belief and its to-infinitive is a reduced
    relative (a hedge on who the doers are), which the parser reads as the belief verb's subject,
    with the real predicate (v) as its clause. The noun, when h is such a belief verb (and v, if
    given, the subjectless finite clause after its infinitive), else None (wire21)."""
    if h.tag_ not in ("VBN", "VBD") or h.lemma_.lower() not in HEDGE_VERBS:
        return None
    subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > h.i or any(c.dep_ in ("aux", "auxpass", "neg") for c in h.children):
        return None
    gap = h.i - subj.right_edge.i
    if gap != 1 and not (gap == 2 and h.doc[h.i - 1].text == ","):
        return None
    inf = next((c for c in h.children if c.dep_ == "xcomp" and c.i > h.i
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if inf is None:
        return None
    if v is not None:
        if v.i < inf.i or v.tag_ not in _FINITE_TAGS:
            return None
        for c in v.children:
            if c.dep_ in ("nsubjpass", "expl") or c.dep_ == "nsubj" and not (
                    c.pos_ == "PROPN" and c.left_edge.i == inf.right_edge.i + 1 and c.left_edge.dep_ == "compound"):
                return None  # ("belong to the sect Boko Haram abducted": the name's last word read as the subject)
    return subj


def quoted_label_owner(o):
    """"called the demonstrators 'looters'": the opening quote of a label in single quotes read as a
    possessive ("the demonstrators' looters"), the label becoming the object. The possessor (the
    one labelled) when o is such a quoted object (a closing quote right after it), else None (wire21)."""
    if o.i + 1 >= len(o.doc) or o.doc[o.i + 1].text not in ("'", "’"):
        return None
    if o.doc[o.i - 1].text in ("'", "‘"):  # "called the opposition 'rats'": the name a modifier of the label
        return next((p for p in o.children if p.dep_ in ("nmod", "compound", "poss") and p.i < o.i - 1), None)
    return next((p for p in o.children if p.dep_ == "poss" and p.i < o.i
                 and any(c.dep_ == "case" and c.text in ("'", "‘", "’") for c in p.children)), None)


def date_read_name(h) -> bool:  # odds10 helper
    """'May and Merkel agreed', 'Putin accused May of lying', 'Merkel met May': a capitalised
    one-word date in a subject or object slot of a verb other than "be", with nothing hung on it
    but a conjunct, may be a surname (the namesake check decides whose); a month there takes a
    number, an article or a preposition ("in May", "May 5", "last May")."""
    if h.ent_type_ != "DATE" or h.ent_iob_ != "B" or not h.text[:1].isupper():
        return False
    if h.i + 1 < len(h.doc) and h.doc[h.i + 1].ent_iob_ == "I":
        return False
    if h.dep_ not in ("nsubj", "dobj", "conj", "npadvmod", "oprd", "pobj") \
            or any(c.dep_ not in ("cc", "conj", "punct", "prep") for c in h.children):
        return False
    if h.dep_ == "pobj":
        return h.head.lower_ == "with"  # "held talks with May": no month is "with" anyone (odds12)
    if h.dep_ in ("npadvmod", "oprd") and h.i != h.head.i + 1:
        return False  # "Merkel met May in Berlin", "Trump called May": right after the verb, its object (odds12)
    if h.is_sent_start and not any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in h.children):
        return False  # a sentence-opening subject alone: see bare_name_subject; "May and Juncker agreed" passes
    head = h.head
    if h.dep_ == "conj":
        return head.dep_ in ("nsubj", "dobj") and head.ent_type_ == "PERSON"
    return head.pos_ == "VERB" and head.lemma_ != "be"


def dropped_subject_claim(v):
    """'Ukraine says downed 20 Russian drones', 'Iran says seized foreign tanker in Gulf': a
    headline drops the subject of the claimed act, a past tense right after the say verb (read as
    its clause or as a modifier of its object). The say verb, whose subject did the act, else None
    (odds10)."""
    if v.tag_ not in ("VBD", "VBN") or v.i == 0:
        return None
    h = v.doc[v.i - 1]
    if h.lemma_ not in ("say", "claim") or h.tag_ not in ("VBZ", "VBP"):
        return None
    if v.dep_ == "ccomp" and v.head.i == h.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in v.children):
            return None
        return h
    if v.dep_ == "amod" and v.head.dep_ == "dobj" and v.head.head.i == h.i:
        return h
    return None


def _possessed_name_read_as_prep(s):
    """'Vietnam's To Lam met Biden', 'Vietnam's To Lam and Russia's Putin signed': a name after a
    possessive whose first word is a preposition, read as a phrase hung on the possessor (or on the
    broken-off "'s"); the name's last part, its object, is the subject (odds10)."""
    for c in s.children:
        if c.dep_ == "prep" and c.i > s.i and c.text[:1].isupper() and c.i + 1 < len(c.doc) \
                and (pos := c.doc[c.i - 1]).tag_ == "POS" and (pos.i == s.i or pos.head.i == s.i) \
                and (o := c.doc[c.i + 1]).dep_ == "pobj" and o.head.i == c.i \
                and o.pos_ == "PROPN":
            return o
    return None


def opens_clause(h) -> bool:  # quotes21 helper
    """Does h open its sentence, or open the attribution after a quotation ('"..., " May said':
    a closing quote mark after a comma, question or exclamation mark)?"""
    return h.is_sent_start or (h.i >= 2 and h.doc[h.i - 1].is_quote and h.doc[h.i - 2].text in (",", "?", "!"))


def bare_name_subject(h) -> bool:  # odds10 helper
    """Is h a capitalised word opening its sentence or the attribution after a quotation
    (opens_clause), tagged no entity and with nothing hung on it, that is the subject of a
    past-tense verb, read by the parser as a modal ("May expelled 23 Russian diplomats", '"...,"
    May told MPs': a modal takes the bare verb) or as a plain subject word ("Major held talks with
    Reynolds")? Such a word is a surname; the sitting namesake check decides whose."""
    if not opens_clause(h) or not h.text[:1].isupper() or h.text.isupper() or h.n_lefts or h.n_rights:
        return False
    v = h.head
    # "May will visit Jordan", "May has invited Trump": the name the may_name component made the
    # subject of a verb whose own auxiliary follows it (actors25)
    helped = h.dep_ == "nsubj" and h.pos_ == "PROPN" and v.tag_ in ("VB", "VBN") and h.i + 1 < v.i \
        and (a := h.doc[h.i + 1]).dep_ in ("aux", "auxpass") and a.head.i == v.i and a.tag_ in ("MD", "VBZ")
    if v.i <= h.i or v.tag_ not in ("VBD", "VBN") and not helped:
        return False
    if h.dep_ == "aux":
        return h.tag_ == "MD" and h.lower_ in NAME_MODALS \
            and not any(a.dep_ in ("aux", "auxpass") and a.i != h.i for a in v.children)
    return h.dep_ == "nsubj" and h.pos_ in ("ADJ", "PROPN") and (v.tag_ == "VBD" or helped)


def _opens_sentence(c, v) -> bool:
    """Does the name c open v's sentence, alone or after an article the parser hung on the verb
    ("The TPLF fired rockets at Asmara": "The" a child of "fired", actors8)?"""
    start = sent_bounds(v)[0]
    if c.left_edge.i == start:
        return True
    first = c.doc[start]
    return c.left_edge.i == start + 1 and first.dep_ == "det" and first.head.i == v.i


def surname_read_adverb(tok) -> bool:
    """'Orban, on a peace mission, met Xi in Beijing': the small model may read a sentence-opening
    surname as an adverb of the verb, which then has no subject. True for such a word: capitalised,
    first in its sentence, an adverbial of a verb after it that has no subject (odds25 helper)."""
    if tok.dep_ not in ("advmod", "npadvmod") or not tok.text[:1].isupper() or tok.i != sent_bounds(tok)[0]:
        return False
    v = tok.head
    return v.i > tok.i and v.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in v.children)


def name_read_modifier(v):
    """'Trump imposed sanctions on Turkey': the small model may read a sentence-opening name as
    the root (an adjective, "trump") and the past-tense verb after it as a modifier of its
    object ("imposed sanctions" as a noun phrase). The name, the verb's subject, else None
    (odds3 helper)."""
    if v.dep_ != "amod" or v.tag_ not in ("VBD", "VBN") or v.i == 0:
        return None
    n, r = v.head, v.doc[v.i - 1]
    if n.dep_ == "ROOT" and n.pos_ == "NOUN" and n.i > v.i and r.head.i == v.i and r.pos_ == "PROPN" \
            and r.dep_ in ("npadvmod", "nmod", "compound") and r.ent_type_ in ("GPE", "NORP", "ORG") \
            and r.left_edge.i == sent_bounds(r)[0]:
        return r  # "Eritrea massed troops along its border": the name hung on the verb (odds4)
    if n.i == v.i + 1 and n.pos_ == "PROPN" and n.dep_ == "ROOT" and r.head.i == n.i and r.i == sent_bounds(r)[0] \
            and r.dep_ in ("amod", "compound", "nmod") and r.text[:1].isupper() \
            and (r.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or r.dep_ == "nmod" and r.tag_ == "NNP"):
        return r  # "Orban accused Brussels of ...": the name read as an adjective of the object name (actors9)
    if (n.i == v.i + 1 or _compounds_between(v, n)) and n.pos_ == "NOUN" and r.pos_ in ("NOUN", "PROPN", "ADJ") and r.head.i in (n.i, n.head.i) \
            and (n.dep_ == "ROOT" or n.dep_ == "appos" and n.head.dep_ == "ROOT" and n.head.pos_ in ("NOUN", "PROPN")
                 or n.dep_ == "nsubj" and any(c.dep_ == "cc" for c in n.children)):
        # "Zimbabwe's military seized power", "Thailand's army chief General Prayuth seized power":
        # with no verb left in the sentence (or the phrase, joined by "and" to the next clause,
        # read as that clause's subject), the modifier before the noun is the predicate and the
        # phrase before it its subject (wire11)
        if r.dep_ == "appos":
            return r.head
        owner = next((c for c in n.children if c.dep_ == "poss" and c.i < r.i), None)
        return owner  # "Zimbabwe's military seized power": the possessor names the actor
    if n.dep_ == "appos" and n.i > v.i and (root := n.head).dep_ == "ROOT" \
            and root.pos_ in ("NOUN", "PROPN") and root.i < v.i and r.head.i != n.i \
            and any(c.dep_ == "prep" and c.i < v.i and c.right_edge.i == r.i for c in root.children):
        # "Police in Tbilisi fired water cannon at protesters": the verb after the subject's place
        # phrase made a modifier of its object, the object an apposition of the subject, the root
        # (odds16)
        return root
    if r.text == "," and (root := v.sent.root).pos_ in ("NOUN", "PROPN") and root.i + 1 < r.i \
            and root.doc[root.i + 1].text == "," and root.i <= r.head.i < r.i and n.i > v.i and n.dep_ == "compound" \
            and n.head.pos_ == "PROPN" and n.head.dep_ == "appos":
        # "Saudi Arabia's crown prince, Mohammed bin Salman, jailed activist Loujain al-Hathloul":
        # the verb after the phrase set off by commas hung on the title of its object's name, the
        # name made an apposition; the sentence's root noun is the subject (misread1)
        return root
    if n.dep_ != "dobj" or n.head.i != r.i or r.dep_ != "ROOT" or r.pos_ in ("VERB", "AUX") \
            or not r.text[:1].isupper() or n.i < v.i:
        return None
    return r


def _compounds_between(v, n) -> bool:
    """Whether only n's own compound words stand between modifier v and noun n ("detained
    government ministers"): the noun phrase v would take as its object (misread1)."""
    return 1 < n.i - v.i <= 4 and all(n.doc[k].head.i == n.i and n.doc[k].dep_ == "compound"
                                      for k in range(v.i + 1, n.i))


def window(head, lo: int, hi: int):
    """Tokens of head's subtree between positions lo and hi (inclusive), in order.

    Subtrees are contiguous in spaCy's projective parses, so this is a slice, not a walk."""
    left, right = head.left_edge.i, head.right_edge.i
    return head.doc[max(left, lo) : min(right, hi) + 1]


class SentenceInfo:
    """What every event of a sentence needs, computed once per sentence."""

    def __init__(self, sent):
        self.sent = sent
        text = span_text(sent)
        self.stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        self.span = (sent.start_char + lead, sent.start_char + lead + len(self.stripped))
        self.dates = [e for e in span_ents(sent) if e.label_ in ("DATE", "TIME")]

    def __iter__(self):
        return iter(self.sent)


def after_of(n):
    """The object of n's 'of' phrase, or n itself when it has none."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return n


def hung_on_object(n, outer, inner: str):
    """The objects of each `inner` phrase the parser hung on the object of one of n's `outer`
    phrases, phrase by phrase, in order: "the seizure of a British tanker by Iran" ("by" on
    "tanker"), "shared intelligence on X's launch with Japan" ("with" on "launch")."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in outer:
            for p in c.children:
                if p.dep_ == "pobj":
                    for g in p.children:
                        if g.dep_ == "prep" and g.lower_ == inner:
                            yield [q for q in g.children if q.dep_ == "pobj"]


def promised_answer(v) -> bool:
    """Is v told as still to come ("would answer", "will respond", "'ll meet", "shall reply")?"""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "shall") for c in v.children)


WHAT_HOLDERS_KEY = "tacitus.events.what_holders"
CHILDREN_KEY = "tacitus.events.children"


def children_table(doc) -> tuple[list[tuple[int, ...]], list[str]]:
    """(each token's children's indices in text order, each token's dependency label), made once
    per doc from the TokenTable's plain head and label columns (perf11e). `kids[t.i]` holds what
    `t.children` gives (a token whose head is t, not t itself; spaCy yields them in text order), so a
    loop that reads only children of a few labels tests `deps[k]` and makes a Token (`doc[k]`) only
    for those, without the generator walking t's whole subtree. Exact for the same reason as
    nlp.heads_of_dep: heads and labels are read after the parse and nothing later changes them
    (the event coder's retagging changes tags and lemmas)."""
    found = doc.user_data.get(CHILDREN_KEY)
    if found is None:
        table = token_table(doc)
        lists: dict[int, list[int]] = {}
        for k, h in enumerate(table.head):
            if h != k:
                at = lists.get(h)
                if at is None:
                    lists[h] = [k]
                else:
                    at.append(k)
        # tuples, the empty one shared: a leaf (most tokens) costs no object, and tuples of ints
        # leave the garbage collector's lists (a list per token, kept with the doc, made every
        # collection walk them all)
        kids = [()] * len(table.head)
        for h, at in lists.items():
            kids[h] = tuple(at)
        found = doc.user_data[CHILDREN_KEY] = (kids, table.dep)
    return found


def what_clauses(v):
    """For each "what" clause that is v's object ("rejected what he called X", "struck what New
    Delhi said was a camp"), the clause and the clause it holds; nothing when v has a direct
    object of its own."""
    doc = v.doc
    holders = doc.user_data.get(WHAT_HOLDERS_KEY)
    if holders is None:  # the tokens a "what" is two or three steps below, once per doc (perf11e)
        heads = token_table(doc).head
        holders = doc.user_data[WHAT_HOLDERS_KEY] = {x for w in positions_of(doc, "what")
                                                     for x in (heads[heads[w]], heads[heads[heads[w]]])}
    if v.i not in holders:
        return  # no "what" two or three steps below v (most verbs): no such clause
    if any(c.dep_ == "dobj" for c in v.children):
        return
    for c in v.children:
        if c.dep_ != "ccomp":
            continue
        clauses = ([c] + [g for g in c.children if g.dep_ == "ccomp"])[:2]
        if any(w.lower_ == "what" and w.dep_ in ("dobj", "nsubj", "nsubjpass") for cl in clauses for w in cl.children):
            yield clauses


def free_relative_object(v):
    """"rejected what he called the diktats of the IMF", "struck what New Delhi said was a
    training camp", "bombed what it described as a weapons factory": the object of v is a
    "what" clause naming the thing in someone's words; the named noun stands for the object.
    None when v has a direct object of its own or no such clause."""
    for clauses in what_clauses(v):
        for cl in clauses:
            for g in cl.children:
                if g.dep_ in ("oprd", "attr") and g.pos_ in ("NOUN", "PROPN"):
                    return g
                if g.dep_ == "prep" and g.lower_ == "as":
                    found = next((p for p in g.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
                    if found is not None:
                        return found
    return None


def _told_act_phrase(prep) -> bool:
    """', the UAE said, in an attack that Washington blamed on Iran': an "in" phrase set off by a
    comma after a reporting verb whose news comes first, naming an act (SUMMARY_ACT_NOUNS), sums
    up the news; it is not the vehicle of the report ("said in a statement") (wire10)."""
    head = prep.head
    if prep.i == 0 or prep.doc[prep.i - 1].text != "," or prep.i < head.i:
        return False
    if not any(c.dep_ in ("ccomp", "parataxis") and c.i < head.i for c in head.children) \
            and not (head.dep_ == "parataxis" and head.head.i < head.i):
        return False
    return any(p.dep_ == "pobj" and p.lemma_.lower() in SUMMARY_ACT_NOUNS for p in prep.children)


def in_attribution(tok) -> bool:
    """Does tok lie in the phrase that says where the news comes from, rather than in the news?
    Inside "according to ..." ("according to a study by a doctor flown to Kenya"), in the
    speaker of a reporting verb that follows its content ("..., an official who met opposition
    leaders told Reuters", "..., a report submitted to the UN by experts said"), in the vehicle
    of a statement ("said in a statement sent to reporters") or in what is cited ("citing
    witnesses who fled"). Walks up from tok once; the speaker is the stretch after the last comma
    before a sentence-final reporting verb whose content clause comes first."""
    # The walk up reads the doc's columns, no Token per step (perf16): heads, labels and forms,
    # which nothing changes after the parse, and lemmas, which only the event coder's retagging
    # changes, of an -ed adjective (a column ADJ) made a verb: only such a word's lemma is the Token's.
    doc = tok.doc
    table = token_table(doc)
    heads, deps, lowers, pos, lemmas = table.head, table.dep, table.lower, table.pos, table.lemma_lower
    kids = children_table(doc)[0]
    cur, steps = tok.i, 0
    while heads[cur] != cur and steps < 30:
        head = heads[cur]
        if lowers[head] == "according" and deps[head] == "prep":
            return True
        if deps[cur] in ("relcl", "acl") and any(deps[k] == "mark" and lowers[k] == "that" for k in kids[cur]):
            # "told parliament in a speech that Russian troops had shelled Kharkiv": a that-clause
            # hung on the statement's noun is what was said, not the vehicle (sources20)
            return False
        lemma = lemmas[head] if pos[head] != "ADJ" else doc[head].lemma_.lower()
        if lemma in ATTRIBUTION_VERBS and ((deps[cur] == "prep" and lowers[cur] == "in" and not _told_act_phrase(doc[cur]))
                                           or (lemma == "cite" and deps[cur] == "dobj")):
            return True
        cur, steps = head, steps + 1
    root = doc[cur]
    if root.lemma_.lower() not in ATTRIBUTION_VERBS or tok.i >= root.i or tok.i == root.i:
        return False
    content = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
    if not content or tok.i <= content[0].i:
        return False
    doc = tok.doc
    for i in range(root.i - 1, max(content[0].i, root.i - 25), -1):
        if doc[i].text == ",":
            return tok.i > i
    return False


def conjoined_verbs(x, y) -> bool:
    """Are x and y verbs of one coordination ("raided the camp and killed", "A, B and C": the
    parser hangs every later conjunct on the first)?"""
    if x.i == y.i or x.pos_ not in ("VERB", "AUX") or y.pos_ not in ("VERB", "AUX"):
        return False
    return (x.dep_ == "conj" and x.head.i == y.i) or (y.dep_ == "conj" and y.head.i == x.i) \
        or (x.dep_ == "conj" and y.dep_ == "conj" and x.head.i == y.head.i)


def in_relative_clause(tok) -> bool:
    """Is tok's own clause a relative clause ("a prince who funded rebels", "Israel, whose troops
    killed ...")? Walks up to the first clause boundary; a conjoined verb shares its first
    conjunct's clause."""
    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 12:
        if cur.dep_ == "relcl":
            return True
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in ATTRIBUTION_VERBS and cur.head.dep_ == "relcl":
            cur, steps = cur.head, steps + 1  # "strikes that Riyadh says are supplied by Iran" (wire10)
            continue
        if cur.dep_ in ("ccomp", "advcl", "acl", "xcomp", "pcomp", "csubj", "parataxis"):
            return False
        cur, steps = cur.head, steps + 1
    return False


# wire8 helper: a long fronted phrase that swallowed the main clause's subject
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
_SWALLOW_DEPS = ("conj", "appos", "npadvmod")
_SECOND_CLAUSE_DEPS = ("conj", "advcl", "ccomp")  # how the parser joins "X did A and Y did B" (wire11)


def _object_of(n, verb, steps: int = 3) -> bool:
    """Is noun n the object of verb, directly or through a preposition or the object's own phrase
    ("imposed sanctions on Russian officials", "fired missiles at Kuwait")? wire11"""
    if n.dep_ not in ("dobj", "pobj"):
        return False
    h = n
    for _ in range(steps):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.i == verb.i:
            return True
        if h.dep_ not in ("prep", "pobj", "dobj"):
            return False
    return False


def conjunct_subjects(v) -> list:
    """The subjects that the finite verbs joined to v lost to v's object ("imposed sanctions on
    Russia and the United States froze assets": 'United States' is no second target of v). wire11"""
    found = []
    for c in v.children:
        if c.dep_ in _SECOND_CLAUSE_DEPS and c.pos_ == "VERB" and c.i > v.i:
            for t in swallowed_subject(c):
                if t.i < c.i and t.dep_ == "conj":
                    found.append(t)
    return found


def prep_read_subject(v):
    """'Gonzalez fled to Spain after a court in Caracas issued a warrant': the parser reads the
    clause's subject as the object of 'after' and joins 'issued' to 'fled' with no subject of its
    own. The subject is that object when its phrase ends right before v and its preposition hangs
    on v's head (targets18). Returns the object's head or None."""
    if v.dep_ != "conj" or v.tag_ not in _FINITE_TAGS or v.i < 2:
        return None
    t = v.doc[v.i - 1]
    if t.pos_ in ("CCONJ", "PUNCT", "VERB", "AUX", "ADV"):
        return None
    for _ in range(5):
        if t.dep_ == "pobj" and t.head.lower_ in CLAUSE_PREPS:
            if t.right_edge.i == v.i - 1 and t.head.head.i == v.head.i and t.pos_ in ("NOUN", "PROPN", "PRON"):
                return t
            return None
        if t.head.i == t.i or t.head.i > v.i:
            return None
        t = t.head
    return None


def swallowed_subject(v) -> list:
    """The subject of finite verb v that the parser hung on the last noun of a long fronted
    phrase ("As the toll passed 100,000, India, Japan and the US set up a core group": the
    countries as conjuncts of '100,000'; "..., according to the Kremlin, Putin and Merkel
    discussed Libya": of 'Kremlin'; "As fighting spread through Juba, the Security Council,
    meeting in emergency session, demanded ...": a loose noun of the fronted clause), leaving
    v with no subject of its own. Only a noun phrase that opens right after a comma and ends
    right before v (or before an aside set off by commas, or a floating 'each' / 'both')
    counts; the fronted phrase's own noun, which the list was joined to, is not part of it.
    Returns the heads of the subject's conjuncts, or []."""
    if v.tag_ not in _FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                         and c.lower_ not in FLOATING_QUANTIFIERS for c in v.children):
        return []  # ('Serbia and Kosovo each accused ...' may hang 'each' as the subject)
    doc, j = v.doc, v.i - 1
    if j < 2:
        return []
    start = sent_bounds(v)[0]  # once: Token.sent rescans the sentence on every call
    if doc[j].text == ",":  # ", meeting in emergency session," between the subject and its verb
        k = j - 1
        while k > start and doc[k].text != "," and j - k < 10:
            k -= 1
        if doc[k].text != "," or (doc[k + 1].tag_ not in ("VBG", "VBN") and doc[k + 1].dep_ not in ("advcl", "acl")):
            return []
        j = k - 1
    while j > start and doc[j].lower_ in FLOATING_QUANTIFIERS:
        j -= 1
    h, described = doc[j], False
    if h.dep_ in ("dobj", "pobj") and h.head.i > start:
        # "looted army depots and rebels controlling the south demanded ...": the subject's own
        # participle phrase ends right before v; climb to the noun it describes (wire21)
        t, steps = h.head, 0
        while t.dep_ == "prep" and steps < 3:
            t, steps = t.head, steps + 1
        noun = doc[t.i - 1]  # (the participle may hang on the first of the joined nouns)
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.right_edge.i == j and (
                noun.i == t.head.i or noun.dep_ == "conj" and noun.head.i == t.head.i):
            h, described = noun, True
    if h.pos_ not in ("PROPN", "NOUN") or h.dep_ not in _SWALLOW_DEPS:
        return []
    if h.dep_ != "conj":
        opener = h.left_edge.i - 1
        return [h] if opener > start and doc[opener].text == "," and h.head.i < opener else []
    root = h
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    chain = sorted((t for t in root.conjuncts if root.i < t.i <= h.i), key=lambda t: t.i)
    loose = root.left_edge.i - 1
    if root.dep_ in ("appos", "npadvmod") and loose > start and doc[loose].text == "," and root.head.i < loose:
        chain.insert(0, root)  # the list itself hung loose: "..., Russia, China and Iran held drills"
        root = root.head
    if not chain or chain[-1].i != h.i:
        return []
    # a list ends in 'and X': the subject is the run of comma-joined conjuncts ending with it;
    # a last conjunct after a bare comma stands alone ("talks with France, Germany and Britain, Iran ...")
    joined = doc[h.left_edge.i - 1].pos_ == "CCONJ"
    subject = [h]
    for t in reversed(chain[:-1]):
        if not joined or doc[t.left_edge.i - 1].text != ",":
            break
        subject.insert(0, t)
    opener = subject[0].left_edge.i - 1
    if doc[opener].pos_ == "CCONJ" and v.dep_ in _SECOND_CLAUSE_DEPS and len(subject) == 1 and root.i < opener \
            and not any(c.dep_ == "mark" for c in v.children) and (_object_of(root, v.head) or described and root.dep_ in ("dobj", "pobj")):
        # "demanded that Indonesia disarm the militias and the United States threatened to cut
        # ties", "fired missiles at Kuwait and the United States bombed Baghdad": the second
        # clause's subject read as one more object of the first verb (wire11)
        return subject
    if doc[opener].text != "," or root.i >= opener:
        return []
    return subject




def verb_read_as_conj_modifier(v):
    """'Biden condemned the attack and convened G7 leaders for talks': the small model may read the
    second verb of a coordination as a modifier of its object and join that object to the first
    verb ("and [convened G7 leaders]"). The first verb, whose subject the second shares, else None
    (odds14 helper)."""
    if v.dep_ != "amod" or v.tag_ != "VBD" or v.i == 0:
        return None
    n = v.head
    if n.dep_ != "conj" or n.i <= v.i or n.pos_ not in ("NOUN", "PROPN"):
        return None
    cc = v.doc[v.i - 1]
    if cc.dep_ != "cc" or cc.head.i != n.head.i:
        return None
    first = n.head
    if first.dep_ == "dobj" and first.pos_ in ("NOUN", "PROPN"):
        first = first.head  # "condemned the raid and convened EU ministers": joined to the object
    return first if first.pos_ == "VERB" else None


def motive_purpose_head(v, motive_verbs):  # purpose22 helper
    """The verb whose act v is only the motive of: v a bare purpose infinitive with no subject or
    mark of its own ('fired missiles at two bases to avenge the killing', 'imposed tariffs to hit
    back at Washington'), its lemma one of motive_verbs ('hit' only with 'back'). None otherwise."""
    if v.dep_ != "advcl" or v.tag_ != "VB" or v.head.i == v.i or v.head.pos_ != "VERB":
        return None
    lemma = v.lemma_.lower()
    if lemma not in motive_verbs:
        return None
    to = back = False
    for c in v.children:
        if c.dep_ in ("mark", "nsubj", "nsubjpass"):
            return None
        if c.dep_ == "aux" and c.lower_ == "to":
            to = True
        elif c.dep_ in ("prt", "advmod") and c.lower_ == "back":
            back = True
    if not to or (lemma == "hit" and not back):
        return None
    return v.head


def aim_participle(tok, aim_verbs, steps: int = 3):  # purpose22 helper
    """The participle of aiming ('seeking', 'hoping', 'trying') that tok is, or whose infinitive
    tok is (up to `steps` clause links up), when that participle hangs without a subject of its own
    on another verb's clause ('launched an offensive, seeking to disarm the rebels'): the aim of
    that act, not an act. Returns (participle, the verb it hangs on) or None."""
    cur = tok
    for _ in range(steps + 1):
        if cur.tag_ == "VBG" and (cur.lemma_.lower() in aim_verbs or cur.lower_ in aim_verbs) and cur.dep_ in ("advcl", "acl") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in cur.children):
            up = cur.head
            for _ in range(3):  # "in Nagorno-Karabakh seeking ...": the participle read as a noun's
                if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                    break
                up = up.head
            return (cur, up) if up.pos_ in ("VERB", "AUX") and up.i < cur.i else None
        if cur.dep_ not in ("xcomp", "ccomp") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def elapsed_into(prep) -> bool:  # wire25 helper
    """Is `prep` the "into" of a time lapse ("four months into Russia's invasion", "two years into
    the war", "a year into his term")? Its object dates the news by an earlier act: no event told,
    no side acted on. Read by word order, as the parser hangs the phrase on the lapse or the verb."""
    if prep.lower_ != "into" or prep.i == 0:
        return False
    unit = prep.doc[prep.i - 1]
    return unit.lemma_.lower() in ELAPSED_TIME_NOUNS and unit.pos_ == "NOUN"
