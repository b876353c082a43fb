"""Dyad time series: events between two actors per period, in both directions."""
from __future__ import annotations

import logging

from tacitus.errors import ConfigError
from tacitus.events.ontology import PLOVER_TYPES

log = logging.getLogger(__name__)

PERIODS = ("day", "week", "month")
UNTYPED = "untyped"  # events without a PLOVER type (CAMEO 01/02 codes, e.g. from GDELT)
QUAD_COLUMNS = ("quad1", "quad2", "quad3", "quad4")
COLUMNS = (
    "period", "direction", "source", "target", "events", *QUAD_COLUMNS,
    "goldstein_sum", "goldstein_mean", *PLOVER_TYPES, UNTYPED,
)


def dyad(store, a: str, b: str, *, by: str = "day", since: str | None = None, until: str | None = None):
    """Events from A to B and from B to A, per period, as a pandas DataFrame.

    One row per (period, direction) with at least one event. ``period`` is the first day of
    the period (ISO date; weeks start on Monday); ``direction`` is ``"A->B"``; codes match by
    prefix (``RUS`` matches ``RUSGOV``). Columns: events, quad1..quad4 (counts by quad
    class), goldstein_sum, goldstein_mean, and one count column per PLOVER type plus
    ``untyped``. An event with a compound source or target counts once per direction.
    """
    import pandas as pd

    if by not in PERIODS:
        raise ConfigError(f"by={by!r} is not a period; choose from {', '.join(PERIODS)}")
    a, b = _code(a, "A"), _code(b, "B")
    rows = store.directed_events(a, b, since=since, until=until)
    log.debug("dyad %s %s: %d directed event rows", a, b, len(rows))
    if not rows:
        text, floats = ("period", "direction", "source", "target"), ("goldstein_sum", "goldstein_mean")
        return pd.DataFrame({c: pd.Series(dtype="object" if c in text else "float64" if c in floats else "int64")
                             for c in COLUMNS})
    raw = pd.DataFrame(rows, columns=["date", "dir", "quad_class", "goldstein", "event"])
    raw["period"] = _period(pd.to_datetime(raw["date"]), by)
    raw["event"] = raw["event"].fillna(UNTYPED)
    groups = raw.groupby(["period", "dir"], sort=True)
    out = groups.agg(events=("goldstein", "size"), goldstein_sum=("goldstein", "sum"),
                     goldstein_mean=("goldstein", "mean"))
    # counts per quad class and per type: grouped sizes, not crosstab (whose len() runs in Python)
    quads = raw.groupby(["period", "dir", "quad_class"], sort=True).size().unstack(fill_value=0)
    types = raw.groupby(["period", "dir", "event"], sort=True).size().unstack(fill_value=0)
    quads = quads.reindex(index=out.index, columns=range(1, 5), fill_value=0)
    quads.columns = list(QUAD_COLUMNS)
    types = types.reindex(index=out.index, columns=[*PLOVER_TYPES, UNTYPED], fill_value=0)
    out = pd.concat([out, quads, types], axis=1)
    out = out.reset_index()
    out["direction"] = out["dir"].map({"AB": f"{a}->{b}", "BA": f"{b}->{a}"})
    out["source"] = out["dir"].map({"AB": a, "BA": b})
    out["target"] = out["dir"].map({"AB": b, "BA": a})
    out["goldstein_sum"] = out["goldstein_sum"].round(3)
    out["goldstein_mean"] = out["goldstein_mean"].round(3)
    for c in ("events", *QUAD_COLUMNS, *PLOVER_TYPES, UNTYPED):
        out[c] = out[c].astype("int64")
    return out[list(COLUMNS)].reset_index(drop=True)


def _code(value: str, name: str) -> str:
    code = (value or "").strip().upper()
    if not code.isalnum():
        raise ConfigError(f"actor {name} {value!r} must be a CAMEO-style code or prefix such as RUS or RUSGOV")
    return code


def _period(dates, by: str):
    """First day of each date's period as an ISO string."""
    if by == "week":
        dates = dates.dt.to_period("W-SUN").dt.start_time  # weeks ending on Sunday start on Monday
    elif by == "month":
        dates = dates.dt.to_period("M").dt.start_time
    return dates.dt.strftime("%Y-%m-%d")
