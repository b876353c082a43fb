"""The actors seen in a database: mentions, events as source and target, first and last dates."""
from __future__ import annotations

COLUMNS = ("code", "name", "mentions", "articles", "events_as_source", "events_as_target", "first_date", "last_date")


def actors(store):
    """Every actor code in the store's mentions or events, as a pandas DataFrame.

    ``mentions``/``articles`` count the actor_mentions rows and the articles they are in;
    ``events_as_source``/``events_as_target`` count events; ``first_date``/``last_date``
    span the article dates of the mentions and the event dates; ``name`` is the name most
    often resolved to the code. Rows are ordered by events, then mentions.
    """
    import pandas as pd

    rows = store.actor_stats()
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for c in ("mentions", "articles", "events_as_source", "events_as_target"):
        frame[c] = frame[c].astype("int64")
    return frame
