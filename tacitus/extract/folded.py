"""Case-insensitive matching of lower-case patterns, at about half the cost of `re.I`.

A pattern written in lower case (date words, facility names) is run case-sensitively over the
lower-cased text, which has the same character offsets; each match is read back from the
original text, so capitals survive ("May" the month, "may" the verb). When lower-casing changes
the text's length ("İ" becomes two characters) the pattern runs with `re.I` on the original.
"""
from __future__ import annotations

import re


class FoldedMatch:
    """A match in the lower-cased text whose groups are read from the original text."""

    __slots__ = ("_m", "_text")

    def __init__(self, m, text: str):
        self._m, self._text = m, text

    def start(self, group: int = 0) -> int:
        return self._m.start(group)

    def end(self, group: int = 0) -> int:
        return self._m.end(group)

    def group(self, group: int = 0) -> str | None:
        s, e = self._m.span(group)
        return None if s < 0 else self._text[s:e]

    __getitem__ = group


class FoldedPattern:
    """A lower-case pattern matched without regard to case (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0, *, locate: bool = False, anchor: str | None = None,
                 before: int = 0):
        self.insensitive = re.compile(pattern, flags | re.I)
        self.sensitive = re.compile(pattern, flags & ~re.I)
        # the pattern without its opening word boundary: see _located
        self.unbounded = re.compile(pattern[2:], flags & ~re.I) if locate and pattern.startswith(r"\b") else None
        # a part every match holds, at most `before` characters and a run of whitespace after the
        # match's start: see _anchored
        self.anchor = re.compile(anchor, flags & ~re.I) if anchor is not None else None
        if self.anchor is not None:
            self.unbounded = None  # (one scan per pattern: the anchored one)
        self.before = before

    def finditer(self, text: str, lower: str | None = None):
        """Matches of the pattern in `text`; `lower` is `text.lower()` when the caller has it."""
        lower = text.lower() if lower is None else lower
        if len(lower) != len(text):
            yield from self.insensitive.finditer(text)
            return
        matches = self._located(lower) if self.unbounded is not None else \
            self._anchored(lower) if self.anchor is not None else self.sensitive.finditer(lower)
        for m in matches:
            yield FoldedMatch(m, text)

    def _located(self, lower: str):
        """What `self.sensitive.finditer(lower)` yields, found faster for a pattern that opens
        with a word boundary: `re` tries such a pattern at every position of the text, while the
        same pattern without its `\\b` lets it jump from one character that can open a match to
        the next (a C scan; "\\b(today|tonight|...)": 40-60 % less CPU, perf8).

        Exact: a match of the whole pattern is a match of it without the `\\b` (dropping an
        assertion only allows more), so the leftmost match of the unbounded pattern from `pos`
        starts at or before the leftmost whole match. There the whole pattern is tried with
        `match`, which reads the `\\b` against the character before that position, as
        `finditer` does, and finds the match `finditer` would; if there is none, the search goes
        on one character later. After a match it goes on at the match's end, as `finditer` does
        (an empty match, which no pattern given here can make, moves on one character)."""
        whole, loose = self.sensitive, self.unbounded
        pos, n = 0, len(lower)
        while pos <= n:
            cand = loose.search(lower, pos)
            if cand is None:
                return
            at = cand.start()
            m = whole.match(lower, at)
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > at else at + 1

    def _anchored(self, lower: str):
        """What `self.sensitive.finditer(lower)` yields, found from the places of a part every
        match holds (`anchor`: the year of "in 2019", the day of "last Friday", perf10), for a
        pattern that opens with optional words `re` cannot jump to, so that `finditer` tries it
        at every position of the text.

        Exact when the pattern's matches are made so: the text from a match's start to the
        first place the anchor matches inside it is at most `before` characters followed by a
        run of whitespace, and no place in that stretch is one where the anchor matches (the
        lead words hold no digit, no day or month name). Then, from `pos`, the leftmost anchor
        place `at` is the first anchor place of any match starting at or after `pos` and at or
        before `at` (a later one would put `at` inside the lead), so such a match starts between
        `lo` (`at` less the whitespace run before it and `before`) and `at`: those starts are
        tried in order with `match`, as `finditer` would try them, and the first match is the one
        `finditer` finds. If none matches, no match starts before `at + 1` and the search goes on
        from there; after a match, from its end (a pattern given here makes no empty match)."""
        whole, anchor, before = self.sensitive, self.anchor, self.before
        pos, n = 0, len(lower)
        while pos <= n:
            cand = anchor.search(lower, pos)
            if cand is None:
                return
            at = lo = cand.start()
            while lo > pos and lower[lo - 1].isspace():  # (str.isspace is what `\s` matches)
                lo -= 1
            m = None
            for start in range(max(pos, lo - before), at + 1):
                m = whole.match(lower, start)
                if m is not None:
                    break
            if m is None:
                pos = at + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1


def longest_first(words) -> str:
    """A regex matching any of `words`, as `"|".join(map(re.escape, sorted(words, key=len,
    reverse=True)))` does, written as a trie ("dam|danube" as "da(?:m|nube)"): `re` tries the
    alternatives of a group one after the other, so at each position of the text the joined
    list costs a test per word, the trie one per letter that can follow (perf11t: the facility
    names, -40 % CPU for that scan). Same matches: at a node that ends a word the longer words go
    first (a greedy `?`), and the only child that can match is the one of the next character, so
    the first match found at a position is the longest word there that lets the rest of the
    pattern match, as with the list sorted longest first (two words of one length cannot both
    match at one position). Words are literal strings; no word may be empty."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        kids = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        if "" in node:
            return body + "?" if len(kids) == 1 and len(kids[0]) == 1 else "(?:" + body + ")?"
        return body

    return branch(trie)

