"""Analyses over the stored events: dyad time series, the actor network, the actor list.

Each function takes an open :class:`tacitus.store.Store` and returns pandas objects::

    from tacitus import open_store
    from tacitus.analysis import dyad
    with open_store("demo.duckdb", read_only=True) as store:
        frame = dyad(store, "RUS", "CHN", by="month")
"""
from tacitus.analysis.actors import actors
from tacitus.analysis.dyad import dyad
from tacitus.analysis.network import Network, network

__all__ = ["Network", "actors", "dyad", "network"]
