"""Article facts extracted from the parse, one module per concern, each a function of the parsed
spaCy Doc (plus DocActors where actors are needed) returning plain dataclass records:

- dates.py: temporal expressions resolved against the article date
- places.py: the offline GeoNames gazetteer
- quotes.py: `extract_quotes(doc, actors)` -> Quote (text, offsets, speaker actor, reporting verb)
- amounts.py: `extract_amounts(doc)` -> Amount (value, unit, counted, rate, kind)
- tone.py: `tone(doc)` -> Tone (GDELT V2Tone-style document and sentence scores, VADER lexicon)
- themes.py: `themes(doc)` -> ThemeHit (theme, count, triggers); taxonomy in docs/themes.md
"""
