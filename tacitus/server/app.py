"""The REST API and the dashboard: `create_app(settings)` builds the ASGI app.

Routes are thin: each validates its parameters, opens a cursor on the read snapshot and calls
one function of `tacitus.server.queries` or `tacitus.analysis`.
"""

import datetime as dt
import hmac
import logging
from contextlib import asynccontextmanager
from enum import Enum
from importlib import resources
from typing import Annotated

from fastapi import Body, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from tacitus import __version__
from tacitus.errors import BusyError, ConfigError, QueryTimeoutError, StoreError
from tacitus.model import Article
from tacitus.server import queries
from tacitus.server.coding import CodingService
from tacitus.server.db import SnapshotDatabase
from tacitus.server.guard import SECURITY_HEADERS, Guard, RateLimiter, ResponseCache
from tacitus.server.settings import ServerSettings

log = logging.getLogger(__name__)

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9:_.\-]{0,99}$"
CODE_PATTERN = r"^[A-Za-z0-9]{1,16}$"
EVENT_PATTERN = r"^[A-Za-z_]{1,20}$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class Period(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class Order(str, Enum):
    asc = "asc"
    desc = "desc"


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, description="Article text (title on the first line)")
    date: str | None = Field(default=None, pattern=DATE_PATTERN, description="Article date, YYYY-MM-DD")


class ArticleRequest(CodeRequest):
    id: str | None = Field(default=None, pattern=ID_PATTERN, description="Your id; default a hash of the text")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200, description="Outlet name")


class FastJSON(Response):
    """JSON by orjson: several times faster than json.dumps on pages of events, and no
    FastAPI encoder pass over the content. Same JSON values (dates as ISO strings, NaN as null)."""

    media_type = "application/json"

    def render(self, content) -> bytes:
        import orjson

        return orjson.dumps(content, default=_json_default)


def _json_default(value):
    if hasattr(value, "item"):  # a numpy scalar
        return value.item()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _error(status: int, message: str, parameter: str | None = None, headers: dict | None = None) -> JSONResponse:
    body = {"error": message}
    if parameter:
        body["parameter"] = parameter
    return JSONResponse(body, status_code=status, headers=headers)


class ApiError(Exception):
    def __init__(self, status: int, message: str, parameter: str | None = None):
        self.status, self.message, self.parameter = status, message, parameter


def create_app(settings: ServerSettings, *, database: SnapshotDatabase | None = None,
               coding: CodingService | None = None) -> FastAPI:
    """The API and dashboard over settings.db. The database file must exist; it is read
    through a snapshot (see tacitus.server.db) and written only by POST /api/articles."""
    db = database or SnapshotDatabase(settings.db, refresh_interval=settings.refresh_interval,
                                      query_timeout=settings.query_timeout)
    coder = coding or CodingService()

    @asynccontextmanager
    async def lifespan(app):
        from anyio import to_thread

        await to_thread.run_sync(_warm_up, db)
        yield
        coder.close()
        db.close()

    app = FastAPI(title="Tacitus API", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None,
                  description="Political event data (CAMEO, PLOVER 2021) coded from news articles. "
                              "Write endpoints need the server's token as 'Authorization: Bearer <token>'.")
    app.state.settings, app.state.db, app.state.coding = settings, db, coder
    _install_error_handlers(app)
    app.add_middleware(ResponseCache, database=db)
    app.add_middleware(Guard, max_body=settings.max_body,
                       limiter=RateLimiter(settings.rate_limit, settings.rate_burst) if settings.rate_limit else None)
    if settings.cors_origin:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=[settings.cors_origin], allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    _add_read_routes(app, settings, db)
    _add_write_routes(app, settings, db, coder)
    _add_static_routes(app)
    return app


def _warm_up(db: SnapshotDatabase) -> None:
    """Import the analysis stack (pandas) and take the first snapshot before the first request."""
    import tacitus.analysis  # noqa: F401
    import pandas  # noqa: F401

    try:
        db.refresh()
    except StoreError as exc:  # busy or unreadable: requests will say so
        log.warning("%s", exc)


def app_from_env() -> FastAPI:
    """The app of one worker process of `tacitus serve --workers N` (settings from the parent)."""
    import json
    import os

    return create_app(ServerSettings(**json.loads(os.environ["TACITUS_SERVE_SETTINGS"])))


# ----------------------------------------------------------------------------- errors
def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
        parameter = ".".join(loc) or "body"
        return _error(400, f"invalid {parameter}: {first.get('msg', 'bad value')}", parameter)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _error(exc.status, exc.message, exc.parameter)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = {404: "no such endpoint", 405: "method not allowed"}.get(exc.status_code, str(exc.detail))
        return _error(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError):
        return _error(400, str(exc))

    @app.exception_handler(BusyError)
    async def busy(request: Request, exc: BusyError):
        return _error(503, "database busy (another process is writing it); retry in a few seconds",
                      headers={"Retry-After": "2"})

    @app.exception_handler(QueryTimeoutError)
    async def timeout(request: Request, exc: QueryTimeoutError):
        return _error(503, str(exc), headers={"Retry-After": "5"})

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(503, "the database cannot be read right now; the server log has the details",
                      headers={"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"error": "internal error; the server log has the details"}, status_code=500,
                            headers={k.decode(): v.decode() for k, v in SECURITY_HEADERS})


# ----------------------------------------------------------------------------- reads
Source = Annotated[str | None, Query(pattern=CODE_PATTERN, description="Source actor code or prefix (RUS matches RUSGOV)")]
Target = Annotated[str | None, Query(pattern=CODE_PATTERN, description="Target actor code or prefix")]
EventType = Annotated[str | None, Query(pattern=EVENT_PATTERN, description="PLOVER event type, e.g. SANCTION")]
Since = Annotated[dt.date | None, Query(description="Events on or after this date (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="Events on or before this date (YYYY-MM-DD)")]
Text = Annotated[str | None, Query(min_length=1, max_length=200, description="Words the evidence sentence contains")]


def _check_range(since, until):
    if since and until and since > until:
        raise ApiError(400, "since is after until", "since")


def _add_read_routes(app: FastAPI, settings: ServerSettings, db: SnapshotDatabase) -> None:
    @app.get("/api/events", summary="Events, filtered and paged (newest first)")
    def events(source: Source = None, target: Target = None, event: EventType = None,
               since: Since = None, until: Until = None, q: Text = None,
               limit: Annotated[int, Query(ge=1, le=settings.page_max)] = 50,
               cursor: Annotated[str | None, Query(max_length=400, pattern=r"^[A-Za-z0-9_\-]+$",
                                                   description="next_cursor of the previous page")] = None,
               order: Order = Order.desc):
        _check_range(since, until)
        with db.cursor() as cur:
            try:
                return FastJSON(queries.list_events(cur, limit=limit, cursor=cursor, order=order.value,
                                                        source=source, target=target, event=event, since=since,
                                                        until=until, q=q))
            except queries.CursorError as exc:
                raise ApiError(400, f"invalid cursor: {exc}", "cursor") from None

    @app.get("/api/events/{event_id}", summary="One event with all its mentions (evidence sentences)")
    def event_detail(event_id: Annotated[str, Path(pattern=ID_PATTERN)]):
        with db.cursor() as cur:
            found = queries.get_event(cur, event_id)
        if found is None:
            raise ApiError(404, f"no event with id {event_id}", "event_id")
        return FastJSON(found)

    @app.get("/api/articles/{doc_id}", summary="An article's text with highlighted actors, events and quotes")
    def article(doc_id: Annotated[str, Path(pattern=ID_PATTERN)]):
        with db.cursor() as cur:
            found = queries.get_article(cur, doc_id)
        if found is None:
            raise ApiError(404, f"no article with id {doc_id}", "doc_id")
        return FastJSON(found)

    @app.get("/api/actors", summary="Actors seen: mentions, events as source and target, first and last dates")
    def actors(q: Annotated[str | None, Query(pattern=CODE_PATTERN, description="Code prefix")] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 200):
        from tacitus.analysis import actors as actor_frame

        with db.cursor() as cur:
            rows = actor_frame(queries.as_store(cur)).to_dict(orient="records")
        if q:
            rows = [r for r in rows if str(r["code"]).startswith(q.upper())]
        return {"actors": [_plain(r) for r in rows[:limit]], "total": len(rows)}

    @app.get("/api/dyads/{a}/{b}", summary="Events between A and B per period, both directions")
    def dyad(a: Annotated[str, Path(pattern=CODE_PATTERN)], b: Annotated[str, Path(pattern=CODE_PATTERN)],
             by: Period = Period.week, since: Since = None, until: Until = None):
        _check_range(since, until)
        with db.cursor() as cur:  # the rows of tacitus.analysis.dyad, computed in SQL
            rows = queries.dyad_rows(cur, a, b, by=by.value, since=since, until=until)
        return FastJSON({"a": a.upper(), "b": b.upper(), "by": by.value, "rows": rows})

    @app.get("/api/actors/{code}/timeline", summary="Events with one actor (as source or target) per period")
    def actor_timeline(code: Annotated[str, Path(pattern=CODE_PATTERN)], by: Period = Period.week,
                       since: Since = None, until: Until = None):
        _check_range(since, until)
        with db.cursor() as cur:
            rows = queries.actor_timeline(cur, code, by=by.value, since=since, until=until)
        return FastJSON({"actor": code.upper(), "by": by.value, "rows": rows})

    @app.get("/api/network", summary="The actor network: nodes and directed edges with event counts")
    def network(since: Since = None, until: Until = None,
                min_events: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                limit: Annotated[int, Query(ge=1, le=2000, description="Most frequent edges kept")] = 150):
        from tacitus.analysis import network as network_of

        _check_range(since, until)
        with db.cursor() as cur:
            net = network_of(queries.as_store(cur), since=since.isoformat() if since else None,
                             until=until.isoformat() if until else None, min_events=min_events).to_dict()
        edges = net["edges"][:limit]
        keep = {e["source"] for e in edges} | {e["target"] for e in edges}
        nodes = [n for n in net["nodes"] if n["code"] in keep]
        return {"directed": True, "nodes": nodes, "edges": edges, "total_edges": len(net["edges"])}

    @app.get("/api/stats", summary="Counts: articles, events by type and quad class, top actor pairs")
    def stats():
        with db.cursor() as cur:
            out = queries.stats(cur)
        out["stale"] = db.stale
        return out

    @app.get("/api/places", summary="Event locations with coordinates, for the map")
    def places(source: Source = None, target: Target = None, event: EventType = None,
               since: Since = None, until: Until = None,
               limit: Annotated[int, Query(ge=1, le=2000)] = 500):
        _check_range(since, until)
        with db.cursor() as cur:
            return FastJSON({"places": queries.places(cur, limit=limit, source=source, target=target, event=event,
                                                      since=since, until=until)})


def _plain(record: dict) -> dict:
    out = {}
    for k, v in record.items():
        if hasattr(v, "item"):
            v = v.item()
        if isinstance(v, float) and v != v:  # NaN is not JSON
            v = None
        out[k] = v
    return out


# ----------------------------------------------------------------------------- writes
def _check_token(settings: ServerSettings, request: Request) -> None:
    if not settings.token:
        raise ApiError(403, "writing is disabled on this server; start it with --token T (or TACITUS_TOKEN) "
                            "and send 'Authorization: Bearer T'")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'", "Authorization")


def _add_write_routes(app: FastAPI, settings: ServerSettings, db: SnapshotDatabase, coder: CodingService) -> None:
    def check_text(text: str) -> None:
        if len(text) > settings.code_max_chars:
            raise ApiError(413, f"text longer than {settings.code_max_chars} characters", "text")
        if not text.strip():
            raise ApiError(400, "text is empty", "text")

    @app.post("/api/code", summary="Code a text and return its events and facts without storing anything "
                                   "(open to all: it reads no stored data)")
    async def code(req: Annotated[CodeRequest, Body()]):
        check_text(req.text)
        _valid_date(req.date)
        return await coder.code(req.text, req.date)

    @app.post("/api/articles", status_code=201, summary="Code and store an article (needs the server's token)")
    async def store_article(request: Request, req: Annotated[ArticleRequest, Body()]):
        _check_token(settings, request)
        check_text(req.text)
        _valid_date(req.date)
        article = Article(text=req.text, doc_id=req.id or "", title=req.title or _first_line(req.text),
                          date=req.date, date_source="given" if req.date else "unknown",
                          url=req.url, source=req.source, path="api")
        try:
            out = await coder.store(article, settings.db)
        except StoreError as exc:
            if "in use" in str(exc):
                raise BusyError(str(exc)) from None
            raise
        db.refresh(force=True)
        return out


def _valid_date(value: str | None) -> None:
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"date {value!r} is not a calendar date (YYYY-MM-DD)", "date") from None


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:300]


# ----------------------------------------------------------------------------- dashboard
def _add_static_routes(app: FastAPI) -> None:
    static = resources.files("tacitus.server") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(static / "index.html"), media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return FileResponse(str(static / "docs.html"), media_type="text/html")
