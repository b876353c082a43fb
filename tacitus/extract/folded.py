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

    def __init__(self, pattern: str, flags: int = 0):
        self.insensitive = re.compile(pattern, flags | re.I)
        self.sensitive = re.compile(pattern, flags & ~re.I)

    def finditer(self, text: str, lower: str | None = None):
        """Matches of the pattern in `text`; `lower` is `text.lower()` when the caller has it."""
        lower = text.lower() if lower is None else lower
        if len(lower) != len(text):
            yield from self.insensitive.finditer(text)
            return
        for m in self.sensitive.finditer(lower):
            yield FoldedMatch(m, text)
