"""All article facts of one parsed document: quotes, amounts, tone and themes.

One call per document, after actors are resolved (quote speakers need them)."""
from __future__ import annotations

from dataclasses import dataclass, field

from tacitus.extract.amounts import Amount, extract_amounts
from tacitus.extract.quotes import Quote, extract_quotes
from tacitus.extract.themes import ThemeHit, themes
from tacitus.extract.tone import Tone, tone


@dataclass
class Facts:
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    themes: list[ThemeHit] = field(default_factory=list)
    tone: Tone | None = None

    def to_dict(self) -> dict:
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "amounts": [a.to_dict() for a in self.amounts],
            "themes": [t.to_dict() for t in self.themes],
            "tone": {k: v for k, v in self.tone.to_dict().items() if k != "sentences"} if self.tone else None,
        }


def article_facts(doc, actors) -> Facts:
    return Facts(quotes=extract_quotes(doc, actors), amounts=extract_amounts(doc), themes=themes(doc), tone=tone(doc))
