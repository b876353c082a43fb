"""Resolve temporal expressions against the article date.

`resolve("last Friday", date(2022, 2, 4))` -> DateRange(2022-01-28, 2022-01-28).
Days resolve to a one-day range; "last week", "in March", "in 2019" to longer ranges.
Deterministic, regex-based and linear in the input: no network, no model.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

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
    ("rel_day", re.compile(r"\b(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b", re.I)),
    ("weekday", re.compile(rf"\b(last|next|this|on|earlier|late|early)?\s*({_DAY_RE})\b", re.I)),
    ("ago", re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(day|week|month|year)s?\s+ago\b", re.I)),
    ("period", re.compile(r"\b(last|this|next|past|earlier this|later this|over the|during the)\s+(week|weekend|month|year)\b", re.I)),
    ("month", re.compile(rf"\b(?:in|since|during|of|early|late|mid-?)\s+({_MONTH_RE})(?:\s+(\d{{4}}))?\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|during)\s+((?:19|20)\d{2})\b", re.I)),
]


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


def resolve(text: str, base: dt.date | str | None) -> DateRange | None:
    """The first temporal expression of `text`, resolved against `base`; None if none or no base."""
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
        month, dd = MONTHS[mon.lower()], int(day)
        year = int(m[3]) if m[3] else _past_year(base, month, dd)
        d = _safe_date(year, month, dd)
        return DateRange(d, d, s) if d else None
    if kind == "rel_day":
        w = m[1].lower()
        delta = -1 if w in ("yesterday", "last night") else 1 if w == "tomorrow" else 0
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
        n = NUMBERS.get(m[1].lower()) or int(m[1]) if not m[1].isdigit() else int(m[1])
        unit = m[2].lower()
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        d = base - dt.timedelta(days=days)
        return DateRange(d, d, s) if unit == "day" else DateRange(d - dt.timedelta(days=3), d + dt.timedelta(days=3), s)
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
            if rel in ("earlier this", "this"):
                end = min(end, base)
            return DateRange(start, end, s)
        if unit == "month":
            y, mo = base.year, base.month
            if rel in ("last", "past"):
                y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
            elif rel == "next":
                y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
            start, end = _month_range(y, mo)
            return DateRange(start, end, s)
        y = base.year + {"last": -1, "past": -1, "next": 1}.get(rel, 0)
        return DateRange(dt.date(y, 1, 1), dt.date(y, 12, 31), s)
    if kind == "month":
        month = MONTHS[m[1].lower()]
        if m[1].lower() == "may" and not m[2]:
            return None  # "in May" is a month, but "may" alone is usually the modal verb
        year = int(m[2]) if m[2] else _past_year(base, month)
        start, end = _month_range(year, month)
        return DateRange(start, end, s)
    if kind == "year":
        y = int(m[1])
        return DateRange(dt.date(y, 1, 1), dt.date(y, 12, 31), s)
    return None
