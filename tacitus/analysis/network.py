"""The actor interaction network: nodes are actor codes, directed edges count events."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from tacitus.errors import ConfigError, OutputError

log = logging.getLogger(__name__)

NODE_COLUMNS = ("code", "events_as_source", "events_as_target")
EDGE_COLUMNS = ("source", "target", "count", "goldstein_mean")


@dataclass(frozen=True)
class Network:
    """``nodes`` (code, events_as_source, events_as_target) and ``edges`` (source, target,
    count, goldstein_mean) as pandas DataFrames; edges are ordered by count."""

    nodes: object
    edges: object

    def to_dict(self) -> dict:
        return {
            "directed": True,
            "nodes": [_plain(r) for r in self.nodes.to_dict(orient="records")],
            "edges": [_plain(r) for r in self.edges.to_dict(orient="records")],
        }

    def to_networkx(self):
        """A networkx DiGraph with the node and edge attributes above."""
        import networkx as nx

        graph = nx.DiGraph()
        for r in self.nodes.to_dict(orient="records"):
            graph.add_node(r["code"], events_as_source=int(r["events_as_source"]),
                           events_as_target=int(r["events_as_target"]))
        for r in self.edges.to_dict(orient="records"):
            graph.add_edge(r["source"], r["target"], count=int(r["count"]),
                           goldstein_mean=float(r["goldstein_mean"]))
        return graph

    def write_graphml(self, path) -> None:
        import networkx as nx

        _write(path, lambda p: nx.write_graphml(self.to_networkx(), p, encoding="utf-8"))

    def write_json(self, path) -> None:
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
        _write(path, lambda p: Path(p).write_text(text + "\n", encoding="utf-8"))


def network(store, *, since: str | None = None, until: str | None = None, min_events: int = 1) -> Network:
    """The directed actor network of the stored events.

    An edge (source code, target code) counts the events with that code among their sources
    and that code among their targets (a compound actor gives one edge per pair), with their
    mean Goldstein score. Edges with fewer than ``min_events`` events are dropped, and so are
    actors with fewer than ``min_events`` events as source plus as target.
    """
    import pandas as pd

    if not isinstance(min_events, int) or min_events < 1:
        raise ConfigError(f"min_events must be a whole number of at least 1, got {min_events!r}")
    edges = pd.DataFrame(store.pair_counts(since=since, until=until), columns=list(EDGE_COLUMNS))
    edges = edges[edges["count"] >= min_events].reset_index(drop=True)
    edges["count"] = edges["count"].astype("int64")
    edges["goldstein_mean"] = edges["goldstein_mean"].astype("float64").round(3)
    nodes = pd.DataFrame(store.actor_event_counts(since=since, until=until),
                         columns=["code", "as_source", "as_target"])
    nodes = nodes.rename(columns={"as_source": "events_as_source", "as_target": "events_as_target"})
    keep = (nodes["events_as_source"] + nodes["events_as_target"]) >= min_events
    nodes = nodes[keep].reset_index(drop=True)
    for c in ("events_as_source", "events_as_target"):
        nodes[c] = nodes[c].astype("int64")
    log.debug("network: %d nodes, %d edges", len(nodes), len(edges))
    return Network(nodes=nodes[list(NODE_COLUMNS)], edges=edges)


def _plain(record: dict) -> dict:
    """numpy scalars -> Python numbers, for json."""
    return {k: (v.item() if hasattr(v, "item") else v) for k, v in record.items()}


def _write(path, writer) -> None:
    try:
        writer(str(path))
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
