"""Direct quotations and who said them.

`extract_quotes(doc, actors)` -> [Quote(text, start, end, speaker, speaker_text, verb)]

Finding quotes (`find_quotes(text)`) is one left-to-right scan over the quote marks and line
breaks of the text (a single character-class regex, so no backtracking; linear time):
- double quotes: straight ("), curly (“ ”), low-9 („) and guillemets (« »). A straight quote
  opens when none is open and closes otherwise; an unclosed quote never outlives its paragraph
  (a line), except in news style: a paragraph that ends inside a quote continues into the next
  paragraph when that one opens with a quote mark. Such a quote is one Quote whose `start`..`end`
  covers all its paragraphs and whose `text` joins the quoted parts with newlines.
- single quotes (' ‘ ’) only outside double quotes and inside one paragraph, at most 300
  characters long: the opening mark begins a word (after a space or bracket) and the closing
  mark ends one. Apostrophes ("don't", "Russia's") and plural possessives ("countries'") never
  open a quote, so they are never quotes.
- quotes in a headline (the first line, when the text has more lines and that line is short
  and does not end like a sentence) are not quotes.

Speakers: the quote's sentences (minus the quoted words, within 60 tokens of the quote) are
searched for a reporting verb from `data/reporting_verbs.tsv` (said, told, stated, slammed,
urged...); the verb of the innermost clause containing the quote wins, else the nearest. The speaker is that
verb's subject; a verb without a subject takes the subject of the clause it hangs from
("..., writing on Twitter that" -> the writer), "quoted X as saying" takes X, and "according to X"
serves when no verb is found. A quote with no attribution of its own inherits the speaker of
the previous quote in the same paragraph or the previous quoted paragraph (news style). Subjects
resolve to actors through DocActors, so pronouns ("he said") become the person they refer to.
"""
from __future__ import annotations

import bisect
import functools
import logging
import re
from dataclasses import dataclass

from tacitus.model import Actor
from tacitus.nlp import MAYBE_VERB_POS, doc_text, token_table
from tacitus.tables import read_tsv, resource_path

log = logging.getLogger(__name__)

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
SINGLES = "'‘’"
_MARKS = re.compile("[\"“”„«»'‘’\n]")
MAX_SINGLE = 300
WINDOW = 60  # tokens either side of a quote searched for its reporting verb
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLIMB_DEPS = ("advcl", "xcomp", "conj", "acl", "ccomp", "pcomp", "relcl", "dobj", "pobj", "prep", "parataxis")
NAME_LEFT_DEPS = ("compound", "amod", "det", "poss", "nmod", "flat", "nummod", "case")


@dataclass
class Quote:
    text: str
    start: int  # character offsets of the quoted text (without the marks) in doc.text
    end: int
    speaker: Actor | None
    speaker_text: str | None
    verb: str | None  # reporting verb lemma

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "speaker_text": self.speaker_text, "verb": self.verb}


@functools.lru_cache(maxsize=1)
def reporting_verbs(path=None) -> frozenset[str]:
    """Lemmas of the reporting verbs (default: the bundled data/reporting_verbs.tsv)."""
    path = path or resource_path("tacitus.extract", "data/reporting_verbs.tsv")
    return frozenset(row["lemma"].lower() for _, row in read_tsv(path, ("lemma", "note"), required=("lemma",)))


# ----------------------------------------------------------------------------- finding
def _headline_end(text: str) -> int:
    """End offset of a headline first line, or 0 when the first line is not a headline."""
    stripped = len(text) - len(text.lstrip())
    nl = text.find("\n", stripped)
    if nl < 0:
        return 0
    line = text[stripped:nl].rstrip()
    if not line or line.rstrip("\"'”’").endswith((".", "!", "?", ":")) or len(line.split()) > 25:
        return 0
    return nl


class _Scanner:
    """The state of the one-pass quote scan (see the module docstring)."""

    def __init__(self, text: str):
        self.text = text
        self.out: list[list[tuple[int, int]]] = []
        self.dq: int | None = None  # offset after the open double quote
        self.parts: list[tuple[int, int]] = []  # earlier paragraphs of a multi-paragraph quote
        self.pending = False  # a quote ran to the end of the previous paragraph
        self.sq: int | None = None

    def newline(self, i: int) -> None:
        if self.dq is not None:
            end = i
            while end > self.dq and self.text[end - 1].isspace():
                end -= 1
            self.parts.append((self.dq, end))
            self.dq, self.pending = None, True
        self.sq = None

    def paragraph_start(self, ch: str) -> None:
        """First non-space character of a paragraph: does a pending quote continue?"""
        if self.pending and not (ch in OPEN_DOUBLE or ch == '"'):
            self.parts, self.pending = [], False

    def double(self, i: int, ch: str) -> None:
        text = self.text
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if self.pending:  # the opening mark of a continued paragraph
            self.dq, self.pending = i + 1, False
            return
        if ch in OPEN_DOUBLE or (ch == '"' and self.dq is None):
            if ch == '"' and (nxt.isspace() or (i > 0 and text[i - 1].isdigit())):
                return  # a stray mark or inches (12")
            self.dq, self.parts = i + 1, []
            return
        if self.dq is not None:  # a closing mark
            self.emit(self.parts + [(self.dq, i)])
            self.dq, self.parts = None, []

    def single(self, i: int, ch: str) -> None:
        if self.dq is not None or self.pending:
            return  # nested quotes belong to the outer quote
        text = self.text
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'‘" and (prev.isspace() or prev in "([{—–-") and nxt.isalnum():
            self.sq = i + 1
            return
        if ch in "'’" and self.sq is not None and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]—–-"):
            if i - self.sq <= MAX_SINGLE:
                self.emit([(self.sq, i)])
            self.sq = None

    def emit(self, parts: list[tuple[int, int]]) -> None:
        if any(any(c.isalnum() for c in self.text[s:e]) for s, e in parts):
            self.out.append(parts)


def find_quotes(text: str) -> list[list[tuple[int, int]]]:
    """Character spans of the quotes of `text`; each quote is a list of (start, end) parts, one per paragraph."""
    scan = _Scanner(text)
    headline = _headline_end(text)
    line_start, last_nl = True, -1
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if scan.pending and line_start and text[last_nl + 1 : i].strip():
                scan.paragraph_start(text[last_nl + 1 : i].lstrip()[0])  # a line without marks
            scan.newline(i)
            line_start, last_nl = True, i
            continue
        if line_start:
            before = text[last_nl + 1 : i].lstrip()
            scan.paragraph_start(before[0] if before else ch)
            line_start = False
        if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == '"':
            scan.double(i, ch)
        else:
            scan.single(i, ch)
    scan.newline(len(text))
    return [parts for parts in scan.out if parts[0][0] >= headline]


# ----------------------------------------------------------------------------- speakers
class _Index:
    """Token start offsets and sentence lookup for one doc, built once."""

    def __init__(self, doc):
        self.doc = doc
        table = token_table(doc)
        self.starts = table.idx
        bounds = table.sents
        self.sent_starts = [b[0] for b in bounds]
        self.sent_bounds = bounds

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range [start, end) of the sentence holding token i (Token.sent is linear in the sentence)."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        return self.sent_bounds[max(k, 0)]

    def first_token(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def tokens(self, start: int, end: int) -> tuple[int, int]:
        """Token range [a, b) of the tokens that start inside [start, end)."""
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


def extract_quotes(doc, actors=None, *, verbs: frozenset[str] | None = None) -> list[Quote]:
    """Quotes of a parsed document with speakers resolved through `actors` (a DocActors, optional)."""
    verbs = verbs or reporting_verbs()
    text = doc_text(doc)
    index = _Index(doc)
    spans = find_quotes(text)
    in_quote = bytearray(len(doc))
    ranges = []
    for parts in spans:
        a, b = index.tokens(parts[0][0], parts[-1][1])
        ranges.append((a, b))
        in_quote[a:b] = b"\x01" * (b - a)
    out: list[Quote] = []
    last_end_para = None
    for parts, (a, b) in zip(spans, ranges):
        start, end = parts[0][0], parts[-1][1]
        quote_text = "\n".join(text[s:e] for s, e in parts)
        verb_tok = _reporting_verb(index, a, b, in_quote, verbs)
        speaker_tok = _speaker_token(verb_tok) if verb_tok is not None else _according_to(index, a, b, in_quote)
        speaker, speaker_text, verb = None, None, verb_tok.lemma_.lower() if verb_tok is not None else None
        if speaker_tok is not None:
            speaker_text = _phrase_text(speaker_tok)
            speaker = _actor_of(actors, speaker_tok)
        elif out and last_end_para is not None and _same_or_next_paragraph(text, last_end_para, start):
            prev = out[-1]
            speaker, speaker_text, verb = prev.speaker, prev.speaker_text, prev.verb
        out.append(Quote(quote_text, start, end, speaker, speaker_text, verb))
        last_end_para = end
    return out


def _same_or_next_paragraph(text: str, prev_end: int, start: int) -> bool:
    """No blank-line-separated paragraph of narration between the previous quote and this one."""
    between = text[prev_end:start]
    if between.count("\n") == 0:
        return True
    # the next paragraph must open with this quote
    return between.rstrip(" \t\"“„«'‘").endswith("\n")


def _reporting_verb(index: _Index, a: int, b: int, in_quote, verbs):
    """The reporting verb of the quote tokens [a, b): in its sentences, outside quotes, nearest first."""
    doc = index.doc
    n = len(doc)
    if n == 0:
        return None
    lo = max(index.sentence(min(max(a - 1, 0), n - 1))[0], a - WINDOW)
    if a >= 2 and doc[a - 2].text == ":":  # 'Putin said: "..."' across a sentence split
        lo = max(min(lo, index.sentence(a - 2)[0]), a - WINDOW)
    hi = min(index.sentence(min(b, n - 1))[1], b + WINDOW)
    if b + 1 < n and hi == b + 1 and doc[b + 1].is_lower:
        # '"Go away!" the crowd chanted': the quote's own "!" or "?" ended the sentence
        hi = min(index.sentence(b + 1)[1], b + WINDOW)
    best, best_key = None, None
    table = token_table(doc)
    pos_col, tag_col = table.pos, table.tag
    for i in range(lo, hi):
        if in_quote[i]:
            continue
        if pos_col[i] not in MAYBE_VERB_POS and tag_col[i] != "JJ":
            continue  # (perf17: from the columns, no Token; see MAYBE_VERB_POS)
        tok = doc[i]
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs:
            continue
        contains = tok.left_edge.i <= a <= tok.right_edge.i  # the clause holds the start of the quote
        dist = a - i if i < a else i - b
        key = (0, tok.right_edge.i - tok.left_edge.i, dist) if contains else (1, 0, dist)  # innermost clause
        if best_key is None or key < best_key:
            best, best_key = tok, key
    return best


def _speaker_token(verb):
    """The subject of the reporting verb, climbing to governing clauses when it has none."""
    node = verb
    for _ in range(5):
        if node.lemma_.lower() == "quote":
            for c in node.children:
                if c.dep_ == "dobj":
                    return c
        for c in node.children:
            if c.dep_ in SUBJECT_DEPS:
                if c.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                    return node.head
                return c
        if node.dep_ not in CLIMB_DEPS or node.head is node:
            return None
        node = node.head
    return None


def _according_to(index: _Index, a: int, b: int, in_quote):
    """'..., according to the Kremlin' -> the Kremlin token."""
    doc = index.doc
    n = len(doc)
    if n == 0:
        return None
    sent_start, sent_end = index.sentence(min(b, n - 1))
    for i in range(max(sent_start, a - WINDOW), min(sent_end, b + WINDOW)):
        tok = doc[i]
        if tok.lower_ == "according" and not in_quote[i]:
            for to in tok.children:
                if to.lower_ == "to":
                    for p in to.children:
                        if p.dep_ == "pobj":
                            return p
    return None


def _phrase_text(tok) -> str:
    """The subject phrase: the head with its name-like modifiers, not its relative clauses."""
    left = tok.i
    for c in tok.lefts:
        if c.dep_ in NAME_LEFT_DEPS:
            left = min(left, c.left_edge.i)
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("flat", "compound") and c.i == right + 1:
            right = c.right_edge.i
    return tok.doc[left : right + 1].text


def _actor_of(actors, tok) -> Actor | None:
    if actors is None:
        return None
    found = actors.actors(tok)
    if found:
        return found[0]
    for c in tok.subtree:
        hit = actors.actors_at.get(c.i)
        if hit:
            return hit[0]
    return None
