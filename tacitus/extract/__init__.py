"""Article facts extracted from the parse: dates (and, later, quotes, amounts, places, tone)."""
