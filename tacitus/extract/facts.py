"""All article facts of one parsed document: quotes, amounts, tone and themes.

One call per document, after actors are resolved (quote speakers need them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from tacitus.extract.amounts import Amount, extract_amounts
from tacitus.extract.quotes import Quote, extract_quotes
from tacitus.extract.themes import ThemeHit, themes
from tacitus.extract.tone import SentenceTone, Tone, tone
from tacitus.model import Actor


@dataclass
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
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
                "themes": [t.to_dict() for t in self.themes],
                "tone": self.tone.to_dict() if self.tone else None,
            }
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [a.to_dict() for a in self.amounts],
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
        return cls(
            quotes=quotes,
            amounts=[Amount(**a) for a in d.get("amounts") or []],
            themes=[ThemeHit(**(t | {"triggers": list(t.get("triggers") or [])})) for t in d.get("themes") or []],
            tone=tone_obj,
        )


def article_facts(doc, actors) -> Facts:
    return Facts(quotes=extract_quotes(doc, actors), amounts=extract_amounts(doc), themes=themes(doc), tone=tone(doc))
