"""Resolve temporal expressions against the article date.

`resolve("last Friday", date(2022, 2, 4))` -> DateRange(2022-01-28, 2022-01-28).
Days resolve to a one-day range; "last week", "in March", "in 2019" to longer ranges.
`find_dates(text, base)` -> DateMention for every temporal expression of a text, with offsets,
the resolved range, its granularity (day, weekend, week, month, year, range) and whether it
was written as a calendar date (explicit) or relative to the article date (relative).
Deterministic, regex-based and linear in the input: no network, no model.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from tacitus.extract.folded import FoldedPattern

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    m: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        1,
    )
    for m in names
}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_RE = "|".join(WEEKDAYS)
_RX = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("rel_day", re.compile(r"\b(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)|the day before yesterday|the day before|the previous day)\b", re.I)),
    ("weekday", re.compile(rf"\b(last|next|this|on|earlier|late|early)?\s*({_DAY_RE})\b", re.I)),
    ("within", re.compile(r"\b(?:in|within)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(day|week|month|year)s?(?:'|\u2019)?(?:\s+time)?\b(?!\s+of\b)", re.I)),
    ("ago", re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(day|week|month|year)s?\s+ago\b", re.I)),
    ("period", re.compile(r"\b(last|this|next|past|earlier this|later this|over the|during the)\s+(week|weekend|month|year)\b", re.I)),
    ("season", re.compile(r"\b(last|this|next|past)\s+(summer|winter|spring|autumn|fall)\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during|of|by|until|from|before|after|early|late|mid-?|end of)\s*(?<=\s|-)({_MONTH_RE})(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("rel_month", re.compile(rf"\b(last|next|this|past)\s+({_MONTH_RE})\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH_RE})\.?,?\s+((?:19|20)\d{{2}})\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during|by|until|before|after|of|from|between|early|late|mid-?|end of|the end of)\s*(?<=\s|-)((?:19|20)\d{2})\b(?!\s*(?:people|troops|votes|soldiers|tonnes|km|miles|[,.]\d))", re.I)),
    ("year", re.compile(r"\b(?:between (?:19|20)\d{2}|the)\s+((?:19|20)\d{2})\b(?=\s+[a-z])", re.I)),
    ("year", re.compile(r"(?<=\b(?:19|20)\d{2} and )((?:19|20)\d{2})\b", re.I)),
]


# The same patterns for find_dates, matched case-sensitively over the lower-cased text (folded.py).
# Those of the kinds below open with a word boundary and a group of words: they are scanned by
# first jumping to where the group can start (FoldedPattern._located; same matches, measured
# 25-60 % less CPU per pattern on corpus articles). Not the others: "weekday", "ago", "month" and
# the year patterns open with an optional group, a repeat or a look-behind, and `re` cannot jump
# ahead to those (the jump made "weekday" and "ago" slower).
_LOCATED_KINDS = frozenset({"dmy", "rel_day", "within", "season", "rel_month"})
# These are scanned from the places of a part each of their matches holds (FoldedPattern._anchored;
# perf10: the year patterns and "iso" 70-95 % less CPU, the others 20-75 %): a day name, a year,
# the first digit, a unit or the "-dd-" of an ISO date, with at most the given number of
# characters and then whitespace before it in a match; no such lead holds a place where the
# anchor matches (no digit, day name or unit word), and the lead "between 2019" of the second
# year pattern holds the first year, its anchor. (Not "month" or "rel_month": month names and
# their abbreviations occur inside many words, and the scan was no faster; nor "dmy".)
_YEAR_ANCHOR = r"(?:19|20)\d{2}"
_ANCHORS = {
    ("iso", 0): (r"-\d\d-", len("2019")),
    ("mdy", 0): (r"\d", len("september.")),
    ("weekday", 0): (rf"(?:{_DAY_RE})", len("earlier")),
    ("period", 0): (r"(?:week|month|year)", len("earlier this")),
    ("month_year", 0): (_YEAR_ANCHOR, len("september.,")),
    ("year", 0): (_YEAR_ANCHOR, len("the end of")),
    ("year", 1): (_YEAR_ANCHOR, len("between")),  # ("the")
    ("year", 2): (_YEAR_ANCHOR, 0),  # the match starts at its year, the look-behind before it
}


def _folded(k: int, kind: str, rx) -> FoldedPattern:
    anchor, before = _ANCHORS.get((kind, sum(x == kind for x, _ in _RX[:k])), (None, 0))
    return FoldedPattern(rx.pattern, rx.flags, locate=kind in _LOCATED_KINDS, anchor=anchor, before=before)


_RX_FOLDED = [(kind, _folded(k, kind, rx)) for k, (kind, rx) in enumerate(_RX)]
# Words that every match of a pattern contains, literally: a text without any of them is not
# scanned with that pattern (each scan costs about as much as any other, found or not)
_NEEDS = {
    "rel_day": ("today", "tonight", "yesterday", "tomorrow", "last night", "this morning", "this afternoon",
                "this evening", "the day before", "the previous day"),
    "weekday": tuple(WEEKDAYS),
    "ago": ("ago",),
    "season": ("summer", "winter", "spring", "autumn", "fall"),
}


@dataclass(frozen=True)
class DateRange:
    start: dt.date
    end: dt.date
    text: str

    @property
    def is_day(self) -> bool:
        return self.start == self.end

    def iso(self) -> str:
        return self.start.isoformat()


def _safe_date(y, m, d) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _past_year(base: dt.date, month: int, day: int = 1) -> int:
    """Year of the latest month/day on or before the base date, allowing a week of lookahead."""
    cand = _safe_date(base.year, month, min(day, 28))
    if cand and cand > base + dt.timedelta(days=7):
        return base.year - 1
    return base.year


def _month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    start = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


_SENTENCE_END = re.compile(r"[a-z0-9)\"\u201d]\.\s+(?=[A-Z\"\u201c]|$)")
_FUTURE = re.compile(r"\b(will|'ll|would|shall|might|due to|plans? (?:to|another|a|an)|planned to|expected to|set to|scheduled|"
                     r"is to|are to|going to|to be held|next)\b", re.I)


def _future_context(text: str, start: int) -> bool:
    """Does the clause before a date (up to 120 characters, not across a sentence end) speak of
    the future ('will meet on Sunday', 'are due to meet again on May 14')?"""
    lo = max(0, start - 120)
    window = text[lo:start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    cut = max([window.rfind("\n"), window.rfind('," ')] + [e - 1 for e in ends])
    if cut >= 0:
        window = window[cut + 1:]
    return bool(_FUTURE.search(window))


def _to_future(kind: str, m, r: DateRange, base: dt.date) -> DateRange:
    """Move a date that was resolved to the past to its next occurrence (on or after the base)."""
    if kind == "weekday" and not m[1]:
        if r.start < base:
            d = r.start + dt.timedelta(days=7)
            return DateRange(d, d, r.text)
    elif kind == "weekday" and m[1].lower() in ("on", "this"):
        if r.start < base:
            d = r.start + dt.timedelta(days=7)
            return DateRange(d, d, r.text)
    elif kind in ("mdy", "dmy") and not m[3]:
        if r.start < base - dt.timedelta(days=7):
            d = _safe_date(r.start.year + 1, r.start.month, r.start.day)
            return DateRange(d, d, r.text) if d else r
    elif kind == "month" and not m[2]:
        if r.end < base:
            start, end = _month_range(r.start.year + 1, r.start.month)
            return DateRange(start, end, r.text)
    return r


_YEAR_AFTER = re.compile(r"\s*,?\s*(last|this|next) year\b", re.I)


def _named_year(m, base: dt.date) -> int | None:
    """The year a month's match is followed by in words ("in October last year", "on March 3 this
    year"), else None: the month is then that year's, not the last one before the story (odds18)."""
    text = m.string if isinstance(m, re.Match) else m._text  # (a FoldedMatch keeps its original text)
    after = _YEAR_AFTER.match(text, m.end())
    if after is None:
        return None
    return base.year + {"last": -1, "this": 0, "next": 1}[after.group(1).lower()]


@functools.lru_cache(maxsize=4096)
def resolve(text: str, base: dt.date | str | None) -> DateRange | None:
    """The first temporal expression of `text`, resolved against `base`; None if none or no base.
    Cached: the event coder asks it for each clause's date entity ("Saturday", "last week"), which
    recur through an article with the same article date; the answer is an immutable DateRange."""
    if base is None:
        return None
    if isinstance(base, str):
        try:
            base = dt.date.fromisoformat(base)
        except ValueError:
            return None
    best = None
    for kind, rx in _RX:
        m = rx.search(text)
        if m and (best is None or m.start() < best[1].start()):
            r = _resolve_match(kind, m, base)
            if r is not None:
                best = (r, m)
    return best[0] if best else None


def _resolve_match(kind, m, base: dt.date) -> DateRange | None:
    s = m.group(0)
    if kind == "iso":
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return DateRange(d, d, s) if d else None
    if kind in ("mdy", "dmy"):
        mon, day = (m[1], m[2]) if kind == "mdy" else (m[2], m[1])
        if mon.lower() in ("may", "mar", "march", "jan", "sept") and not mon[0].isupper():
            return None  # "they may 2", "march 10 km": a verb, not a month
        month, dd = MONTHS[mon.lower()], int(day)
        year = int(m[3]) if m[3] else _named_year(m, base) or _past_year(base, month, dd)
        d = _safe_date(year, month, dd)
        return DateRange(d, d, s) if d else None
    if kind == "rel_day":
        w = m[1].lower()
        delta = -1 if w in ("yesterday", "last night", "the day before", "the previous day") else \
            -2 if w == "the day before yesterday" else 1 if w == "tomorrow" else 0
        d = base + dt.timedelta(days=delta)
        return DateRange(d, d, s)
    if kind == "weekday":
        mod = (m[1] or "").lower()
        wd = WEEKDAYS.index(m[2].lower())
        if mod == "next":
            ahead = (wd - base.weekday()) % 7 or 7
            d = base + dt.timedelta(days=ahead)
        else:
            back = (base.weekday() - wd) % 7
            if mod == "last" and back == 0:
                back = 7
            d = base - dt.timedelta(days=back)
        return DateRange(d, d, s)
    if kind == "ago":
        n = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1].lower(), 1)
        unit = m[2].lower()
        if unit == "day":
            d = base - dt.timedelta(days=n)
            return DateRange(d, d, s)
        if unit == "week":  # "two weeks ago": the calendar week two weeks back, Monday to Sunday
            monday = base - dt.timedelta(days=base.weekday() + 7 * n)
            return DateRange(monday, monday + dt.timedelta(days=6), s)
        if unit == "month":
            y, mo = divmod(base.year * 12 + base.month - 1 - n, 12)
            start, end = _month_range(y, mo + 1)
            return DateRange(start, end, s)
        return DateRange(dt.date(base.year - n, 1, 1), dt.date(base.year - n, 12, 31), s)
    if kind == "period":
        rel, unit = m[1].lower(), m[2].lower()
        if unit in ("week", "weekend"):
            monday = base - dt.timedelta(days=base.weekday())
            rel = {"over the": "last", "during the": "last"}.get(rel, rel)
            shift = {"last": -7, "past": -7, "next": 7}.get(rel, 0)
            start = monday + dt.timedelta(days=shift)
            if unit == "weekend":
                sat = start + dt.timedelta(days=5)
                if rel in ("last", "past", "this") and sat > base:
                    sat -= dt.timedelta(days=7)
                return DateRange(sat, sat + dt.timedelta(days=1), s)
            end = start + dt.timedelta(days=6)
            if rel == "earlier this":
                end = min(end, base)
            elif rel == "later this":
                start = max(start, base)
            return DateRange(start, end, s)
        if unit == "month":
            y, mo = base.year, base.month
            if rel in ("last", "past"):
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            elif rel == "next":
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            start, end = _month_range(y, mo)
            if rel == "later this":
                start = base
            elif rel == "earlier this":
                end = base
            return DateRange(start, end, s)
        y = base.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
        if rel == "later this":
            start = base
        elif rel == "earlier this":
            end = base
        return DateRange(start, end, s)
    if kind == "month":
        month = MONTHS[m[1].lower()]
        if m[1].lower() == "may" and not m[2]:
            return None  # "in May" is a month, but "may" alone is usually the modal verb
        year = int(m[2]) if m[2] else _named_year(m, base) or _past_year(base, month)
        start, end = _month_range(year, month)
        return DateRange(start, end, s)
    if kind == "season":  # northern-hemisphere meteorological seasons
        rel, season = m[1].lower(), m[2].lower()
        first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]

        def span(y):  # the season starting in year y
            start = dt.date(y, first, 1)
            ey, em = (y + 1, 2) if first == 12 else (y, first + 2)
            return start, _month_range(ey, em)[1]
        cands = [span(y) for y in (base.year - 2, base.year - 1, base.year, base.year + 1)]
        if rel in ("last", "past"):
            start, end = [c for c in cands if c[1] < base][-1]
        elif rel == "next":
            start, end = [c for c in cands if c[0] > base][0]
        else:
            start, end = [c for c in cands if c[1] >= base][0]
        return DateRange(start, end, s)
    if kind == "rel_month":
        rel, month = m[1].lower(), MONTHS[m[2].lower()]
        if not m[2][0].isupper():
            return None
        if rel in ("last", "past"):
            year = base.year if month < base.month else base.year - 1
        elif rel == "next":
            year = base.year if month > base.month else base.year + 1
        else:
            year = base.year
        start, end = _month_range(year, month)
        return DateRange(start, end, s)
    if kind == "month_year":
        if not m[1][0].isupper():
            return None
        start, end = _month_range(int(m[2]), MONTHS[m[1].lower()])
        return DateRange(start, end, s)
    if kind == "within":
        n = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1].lower(), 1)
        unit = m[2].lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        d = base + dt.timedelta(days=days)
        return DateRange(d, d, s) if unit == "day" else DateRange(d - dt.timedelta(days=3), d + dt.timedelta(days=3), s)
    if kind == "year":
        y = int(m[1])
        part = s[: m.start(1) - m.start()].strip().lower()
        if part.startswith("early"):  # "early 2019": January to April
            return DateRange(dt.date(y, 1, 1), dt.date(y, 4, 30), s)
        if part.startswith("mid"):
            return DateRange(dt.date(y, 5, 1), dt.date(y, 8, 31), s)
        if part.startswith("late"):
            return DateRange(dt.date(y, 9, 1), dt.date(y, 12, 31), s)
        return DateRange(dt.date(y, 1, 1), dt.date(y, 12, 31), s)
    return None


# ----------------------------------------------------------------------------- all mentions
EXPLICIT_KINDS = {"iso", "mdy", "dmy", "month", "month_year", "year"}


@dataclass(frozen=True)
class DateMention:
    """One temporal expression of a text: offsets, resolved range and granularity."""

    start: int
    end: int
    text: str
    date_start: dt.date | None
    date_end: dt.date | None
    granularity: str  # day | weekend | week | month | season | year | range
    kind: str  # explicit (a calendar date, month or year) | relative (to the article date)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "date_start": self.date_start.isoformat() if self.date_start else None,
                "date_end": self.date_end.isoformat() if self.date_end else None,
                "granularity": self.granularity, "kind": self.kind}


_LEAD = re.compile(r"^(?:in|since|during|of|by|until|before|after|from|between|on|over the|during the|the end of|end of)\s+", re.I)


def _granularity(kind: str, m, r: DateRange) -> str:
    if r.start == r.end:
        return "day"
    text = m.group(0).lower()
    if "weekend" in text:
        return "weekend"
    if kind in ("month", "month_year", "rel_month") or (kind == "period" and "month" in text):
        return "month"
    if kind == "year" or (kind == "period" and "year" in text):
        return "year"
    if kind == "season":
        return "season"
    if kind == "period" and "week" in text:
        return "week"
    return "range"


def find_dates(text: str, base: dt.date | str | None) -> list[DateMention]:
    """Every temporal expression of `text` resolved against `base` (the article date), in text
    order, overlapping matches resolved in favour of the longer one. Without a base only
    expressions that carry their own year are resolved. Linear in the text: each pattern
    scans it once."""
    if isinstance(base, str):
        try:
            base = dt.date.fromisoformat(base)
        except ValueError:
            base = None
    found = []
    lower = text.lower()
    same_length = len(lower) == len(text)  # else the patterns run case-insensitively on the text itself
    for order, (kind, rx) in enumerate(_RX_FOLDED):
        needs = _NEEDS.get(kind)
        if needs and same_length and not any(w in lower for w in needs):
            continue
        for m in rx.finditer(text, lower):
            if base is None:
                if kind not in ("iso", "month_year", "year") and not (kind in ("mdy", "dmy") and m[3]):
                    continue
                r = _resolve_match(kind, m, dt.date(2000, 1, 1))
            else:
                r = _resolve_match(kind, m, base)
                if r is not None and _future_context(text, m.start()):
                    r = _to_future(kind, m, r, base)
            if r is None:
                continue
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            lead = _LEAD.match(text[s:e]) or (kind == "year" and re.match(r"(?i)the\s+", text[s:e]))
            if lead and kind not in ("period",):
                s += lead.end()  # "in March": the expression is "March"
            if kind == "weekday" and m[1] and m[1].lower() == "on":
                s = m.start(2)
            found.append((s, e, order, kind, m, r))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0]), x[2]))
    out: list[DateMention] = []
    last_end = -1
    for s, e, _, kind, m, r in found:
        if s < last_end:
            continue
        last_end = e
        out.append(DateMention(s, e, text[s:e], r.start, r.end, _granularity(kind, m, r),
                               "explicit" if kind in EXPLICIT_KINDS else "relative"))
    return out
