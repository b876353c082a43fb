"""Headline lines the tagger leaves without a verb.

Headline English drops articles and auxiliaries ("Belarus police fire rubber bullets at
protesters", "Spain summons Moroccan ambassador"), and the small model then often reads the verb
as a noun and the whole line as one noun phrase, so no event can be found. For a line with no
finite verb heading a clause, this stage tries the words that could be the verb (a lowercase noun
reading of a lemma the event lexicon knows, after a noun or name): it parses the line once more
with "will" put before the word's base form ("Belarus police will fire rubber bullets ..."), where
the model has no choice but a verb, and, when that parse makes the word the root verb with a
subject, copies the tags and the tree back onto the original tokens. The text, the tokens and
their character offsets are never changed; the extra parse only runs for verb-less lines.

Headline lines that do have a verb get two tree repairs without a new parse: subjects left off
the verb ("Xi, Biden hold talks", "Putin phones Erdogan": repair_subject) and a speaker named
before a colon ("US: Russia must pull troops back": colon_quote). The headline "to"-future
("Pakistan to release pilot") is read in tacitus/events/modality.py (headline_future).
"""
from __future__ import annotations

import functools

from tacitus.tables import resource_path

COMPONENT = "tacitus_headline_verbs"

FINITE = ("VBZ", "VBP", "VBD", "MD")
NOT_CLAUSE = ("compound", "amod", "nmod")  # a finite-tagged word glued into a noun phrase
NOUN_READ = ("NN", "NNS", "VBZ", "VBP", "VB")
BEFORE = ("NOUN", "PROPN", "ADJ")  # what ends a headline subject ("police", "Mali", "Houthis")
MAX_TRIES = 2
MAX_LEN = 20  # headlines are short; a long verb-less line is a list or a caption


@functools.lru_cache(maxsize=1)
def verb_lemmas() -> frozenset[str]:
    """Verb lemmas of the event lexicon (first word of every verbs.tsv pattern)."""
    out = set()
    with open(resource_path("tacitus.events", "data/verbs.tsv"), encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t", 1)[0].split(" ", 1)[0]
            if word.isalpha():
                out.add(word.lower())
    return frozenset(out)


def is_headline(sent) -> bool:
    """A short line with no full stop at its end (a sentence of body text ends with one; a
    headline does not)."""
    if len(sent) < 3 or len(sent) > MAX_LEN:
        return False
    for t in reversed(sent):  # from the end: body sentences stop at their last token
        if not (t.is_space or t.is_quote):
            return t.text not in (".", "!", "?")
    return False


@functools.lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """One-word agent nouns of the actor dictionary ("protester", "force", "troop")."""
    out = set()
    with open(resource_path("tacitus.actors", "data/agents.tsv"), encoding="utf-8") as fh:
        next(fh, None)
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word = line.split("\t", 1)[0]
            if word.isalpha():
                out.add(word.lower())
    return frozenset(out)


def plural_agent(t) -> bool:
    """A plural agent noun the tagger read as a present-tense verb ("Sri Lanka protesters storm
    president's house", "Bolivian security forces fire on coca growers": "protesters", "forces"
    tagged VBZ and made the root, the real verb left as a noun)."""
    return t.tag_ == "VBZ" and agent_plural(t.text)


def agent_plural(word: str) -> bool:
    """A lower-case plural of a one-word agent noun ("forces", "protesters")."""
    if not word.endswith("s") or not word.islower():
        return False
    nouns = agent_nouns()
    return word[:-1] in nouns or word.endswith("es") and word[:-2] in nouns


def _clause_verb(t) -> bool:
    """A finite word that heads a clause: not glued into a noun phrase, not an auxiliary hung on a
    noun ("Israel launches ground offensive in Gaza": "launches" read as an auxiliary of the root
    noun "ground"), not a plural agent noun followed by the line's real verb."""
    if t.tag_ not in FINITE or t.dep_ in NOT_CLAUSE:
        return False
    if t.dep_ == "aux" and t.head.pos_ not in ("VERB", "AUX"):
        return False
    if plural_agent(t) and t.i + 1 < len(t.doc):
        nxt = t.doc[t.i + 1]
        if nxt.is_alpha and nxt.text.islower() and nxt.tag_ in NOUN_READ and base_form(nxt.text, verb_lemmas()):
            return False
    return True


def needs_reread(sent) -> bool:
    """A headline line with no finite verb heading a clause."""
    return is_headline(sent) and not any(_clause_verb(t) for t in sent)


SUBJECT_WORDS = ("PROPN", "NOUN", "ADJ", "DET", "PUNCT")


def repair_subject(sent) -> None:
    """Headline subjects the parser leaves off the verb: names joined by commas instead of
    "and" ("Xi, Biden hold first talks": the first name read as an adverbial or an apposition)
    and a lone name read as a compound of the verb ("Putin phones Erdogan", whose object then
    hangs on the verb as an apposition). The names before the root verb become its subject and
    that subject's conjuncts; an apposition of the verb becomes its object."""
    verb = sent.root
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE:
        return
    doc = sent.doc
    front = doc[sent.start:verb.i]
    if not len(front) or any(t.pos_ not in SUBJECT_WORDS or t.pos_ == "PUNCT" and t.text != "," for t in front):
        return
    groups, cur = [], []
    for t in front:
        if t.text == ",":
            groups.append(cur)
            cur = []
        else:
            cur.append(t)
    groups.append(cur)
    if any(not g for g in groups) or not any(t.pos_ == "PROPN" for t in front):
        return
    if len(groups) == 1 and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    heads = [g[-1] for g in groups]
    subject = heads[0]
    for g, head in zip(groups, heads):
        for t in g:
            if t is not head and not (g[0].i <= t.head.i <= head.i):
                t.head, t.dep_ = head, "compound"
        if head is subject:
            head.head, head.dep_ = verb, "nsubj"
        else:
            head.head, head.dep_ = subject, "conj"
    for t in front:
        if t.text == ",":
            t.head, t.dep_ = subject, "punct"
    for c in list(verb.children):
        if c.dep_ == "appos" and c.i > verb.i and c.pos_ in ("PROPN", "NOUN"):
            c.dep_ = "dobj"


def base_form(word: str, lemmas) -> str | None:
    """The lexicon lemma a headline verb form stands for ("summons" -> "summon", "fire",
    "rallies" -> "rally")."""
    if word.endswith("ies") and word[:-3] + "y" in lemmas:  # lexicon24: "Kazakhstan rallies behind Tokayev"
        return word[:-3] + "y"
    for cut in (0, 1, 2):
        if cut and not word.endswith("s"):
            return None
        stem = word[: len(word) - cut] if cut else word
        if stem in lemmas:
            return stem
    return None


def candidates(sent, lemmas):
    """Words of the line that may be its verb, left to right, with their base form."""
    for t in sent[1:]:
        if t.tag_ not in NOUN_READ or not t.is_alpha or not t.text.islower() or t.dep_ == "ROOT" and t.pos_ == "VERB" and not plural_agent(t):
            continue
        prev = t.doc[t.i - 1]
        base = base_form(t.text, lemmas)
        if base is not None and (prev.pos_ in BEFORE or plural_agent(prev)) and not (agent_plural(t.text) and t.i + 1 < sent.end and base_form(t.doc[t.i + 1].text, lemmas)):
            yield t, base


def _parse_upto(stages, nlp, text):
    doc = nlp.make_doc(text)
    for proc in stages:
        doc = proc(doc)
    return doc


def reread(doc, nlp, stages) -> None:
    lemmas = verb_lemmas()
    for sent in list(doc.sents):
        if not needs_reread(sent):
            if is_headline(sent) and not colon_quote(sent):
                repair_subject(sent)
            continue
        for tries, (tok, base) in enumerate(candidates(sent, lemmas)):
            if tries >= MAX_TRIES:
                break
            if _try_verb(doc, sent, tok, base, nlp, stages):
                break


def _try_verb(doc, sent, tok, base, nlp, stages) -> bool:
    from tacitus.nlp import doc_text

    start = sent.start_char
    line = doc_text(doc)[start:sent.end_char]
    off = tok.idx - start
    text = line[:off] + "will " + base + line[off + len(tok.text):]
    new = _parse_upto(stages, nlp, text)
    k = tok.i - sent.start  # the verb's place in the line; "will" sits at k in the new parse
    if len(new) != len(sent) + 1 or new[k].text != "will":
        return False
    verb = new[k + 1]
    if verb.pos_ != "VERB" or verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    old_of = lambda j: j if j < k else j - 1  # new index -> line index
    pairs = [(sent[old_of(j)], new[j]) for j in range(len(new)) if j != k]
    if any(o.text != n.text for o, n in pairs if o.i != tok.i):
        return False
    for o, n in pairs:
        if n.head.i == k:  # nothing but the verb should hang on "will"
            return False
    for o, n in pairs:
        o.head = doc[sent.start + old_of(n.head.i)]
        o.dep_ = n.dep_
        if o.i == tok.i:
            o.tag_ = "VBZ" if tok.text.endswith("s") and tok.text != base else "VBP"
            o.pos_ = "VERB"
            o.lemma_ = base
        else:
            o.tag_, o.pos_, o.lemma_ = n.tag_, n.pos_, n.lemma_
    return True


def register() -> None:
    from spacy.language import Language

    if COMPONENT in Language.factories:
        return

    @Language.factory(COMPONENT)
    def make_headline_verbs(nlp, name):
        def headline_verbs(doc):
            stages = [proc for pname, proc in nlp.pipeline if pname != COMPONENT]
            reread(doc, nlp, stages)
            return doc

        return headline_verbs


SPEAKER_ENTS = ("PERSON", "GPE", "ORG", "NORP")


def colon_quote(sent) -> bool:
    """"US: Russia must pull troops back", "Putin: West will pay": in a headline a name and a
    colon before a clause say who said it. The colon is read as the verb "say" ("US says Russia
    must ..."): the name is its subject, the clause its complement. Only when everything before
    the colon is one named speaker and the clause after it has a finite or modal verb."""
    doc = sent.doc
    colon = next((t for t in sent[1:5] if t.text == ":"), None)
    if colon is None:
        return False
    name = doc[sent.start:colon.i]
    root = sent.root
    if root.i < colon.i:  # "Germany: Iran must release ...": the clause hung on the name
        root = next((c for c in root.children if c.i > colon.i and c.pos_ in ("VERB", "AUX")
                     and c.dep_ in ("acl", "relcl", "dep", "appos", "ccomp", "parataxis")), None)
    if root is None or root.i <= colon.i or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(t.pos_ != "PROPN" for t in name) or any(t.ent_type_ not in SPEAKER_ENTS for t in name):
        return False
    if root.tag_ not in FINITE and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return False
    speaker = name[-1]
    if speaker.head.i != speaker.i and not (sent.start <= speaker.head.i < colon.i):
        speaker = next(t for t in name if t.head.i == t.i or not (sent.start <= t.head.i < colon.i))
    colon.head, colon.dep_, colon.tag_, colon.pos_, colon.lemma_ = colon, "ROOT", "VBZ", "VERB", "say"
    root.head, root.dep_ = colon, "ccomp"
    for t in name:
        if t is not speaker:
            t.head, t.dep_ = speaker, "compound"
    speaker.head, speaker.dep_ = colon, "nsubj"
    return True
