"""`tacitus serve`: the REST API and the dashboard (FastAPI + uvicorn).

    from tacitus.server import ServerSettings, create_app
    app = create_app(ServerSettings(db="tacitus.duckdb"))
"""
from tacitus.server.app import create_app
from tacitus.server.settings import ServerSettings, parse_rate, parse_size

__all__ = ["ServerSettings", "create_app", "parse_rate", "parse_size"]
