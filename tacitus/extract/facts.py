"""All article facts of one parsed document: quotes, amounts, places, dates, tone and themes.

One call per document, after actors are resolved (quote speakers and place disambiguation
need them). Places are extracted first (`article_places`) so that the event coder can use the
same resolved places for each event's location; dates come last because they are attached
to the events of their clause."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tacitus.extract.amounts import Amount, extract_amounts
from tacitus.extract.dates import DateMention, find_dates
from tacitus.extract.places import PlaceMention, extract_places
from tacitus.extract.quotes import Quote, extract_quotes
from tacitus.extract.themes import ThemeHit, themes
from tacitus.extract.tone import SentenceTone, Tone, tone
from tacitus.model import Actor
from tacitus.nlp import doc_text


@dataclass
class DateFact:
    """A temporal expression of the article and the ids of the events of its clause."""

    mention: DateMention
    event_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return self.mention.to_dict() | {"event_ids": list(self.event_ids)}


@dataclass
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    themes: list[ThemeHit] = field(default_factory=list)
    tone: Tone | None = None

    def to_dict(self, *, full: bool = False) -> dict:
        """As printed by `tacitus code --facts`; with `full`, also speaker offsets and the
        per-sentence tone, so that `from_dict` rebuilds the same object."""
        if full:
            return {
                "quotes": [q.to_dict() | {"speaker": q.speaker.to_dict(full=True) if q.speaker else None}
                           for q in self.quotes],
                "amounts": [a.to_dict() for a in self.amounts],
                "places": [p.to_dict() for p in self.places],
                "dates": [d.to_dict() for d in self.dates],
                "themes": [t.to_dict() for t in self.themes],
                "tone": self.tone.to_dict() if self.tone else None,
            }
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [a.to_dict() for a in self.amounts],
            "places": [p.to_dict() for p in self.places],
            "dates": [d.to_dict() for d in self.dates],
            "themes": [t.to_dict() for t in self.themes],
            "tone": {k: v for k, v in self.tone.to_dict().items() if k != "sentences"} if self.tone else None,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Facts":
        quotes = [Quote(**(q | {"speaker": Actor.from_dict(q["speaker"]) if q.get("speaker") else None}))
                  for q in d.get("quotes") or []]
        tone_d = d.get("tone")
        tone_obj = None
        if tone_d is not None:
            tone_obj = Tone(**(tone_d | {"sentences": [SentenceTone(**s) for s in tone_d.get("sentences") or []]}))
        dates = []
        for x in d.get("dates") or []:
            fields = {k: x.get(k) for k in ("start", "end", "text", "granularity", "kind")}
            for k in ("date_start", "date_end"):
                fields[k] = dt.date.fromisoformat(x[k]) if x.get(k) else None
            dates.append(DateFact(DateMention(**fields), list(x.get("event_ids") or [])))
        return cls(
            quotes=quotes,
            amounts=[Amount(**a) for a in d.get("amounts") or []],
            places=[PlaceMention(**p) for p in d.get("places") or []],
            dates=dates,
            themes=[ThemeHit(**(t | {"triggers": list(t.get("triggers") or [])})) for t in d.get("themes") or []],
            tone=tone_obj,
        )


def article_places(doc, actors, gazetteer=None) -> list[PlaceMention]:
    return extract_places(doc, actors, gazetteer)


def attach_dates(mentions: list[DateMention], events) -> list[DateFact]:
    """Each date goes to the events of its sentence that took it as their date (the coder's
    clause-level `date_text`); when the sentence holds one event without a date of its own,
    the date belongs to it."""
    facts = []
    for m in mentions:
        in_sent = [e for e in events if e.span[0] <= m.start and m.end <= e.span[1]]
        ids = [e.event_id for e in in_sent if e.date_text and (m.text in e.date_text or e.date_text in m.text)]
        if not ids and len(in_sent) == 1 and not in_sent[0].date_text:
            ids = [in_sent[0].event_id]
        facts.append(DateFact(m, ids))
    return facts


def article_facts(doc, actors, *, events=(), date: str | None = None, places=None) -> Facts:
    if places is None:
        places = article_places(doc, actors, getattr(actors, "gazetteer", None))
    return Facts(quotes=extract_quotes(doc, actors), amounts=extract_amounts(doc), places=places,
                 dates=attach_dates(find_dates(doc_text(doc), date), list(events)), themes=themes(doc), tone=tone(doc))
