"""Tacitus: offline political event coding from news articles.

Public API::

    from tacitus import Coder, read_articles, open_store
    events = Coder().code("Putin and Xi met in Beijing on Friday.", date="2022-02-04")
"""
__version__ = "0.1.0"

from tacitus.errors import TacitusError  # noqa: E402
from tacitus.model import Actor, Article, ArticleResult, Event  # noqa: E402


def __getattr__(name):
    # Heavy modules (spaCy, DuckDB) load on first use, so `import tacitus` stays fast.
    if name == "Coder":
        from tacitus.pipeline import Coder

        return Coder
    if name == "read_articles":
        from tacitus.ingest import read_articles

        return read_articles
    if name == "open_store":
        from tacitus.store import open_store

        return open_store
    if name == "Settings":
        from tacitus.config import Settings

        return Settings
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


__all__ = [
    "__version__",
    "Actor",
    "Article",
    "ArticleResult",
    "Coder",
    "Event",
    "Settings",
    "TacitusError",
    "open_store",
    "read_articles",
]
