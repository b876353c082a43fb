"""The embedded store (DuckDB): articles, actor mentions and events, written in transactions
per batch, queried by the CLI, the API and the analysis modules."""
from tacitus.store.duck import Store, open_store

__all__ = ["Store", "open_store"]
