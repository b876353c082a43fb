"""An ASGI layer in front of the API: security headers on every response, the request body
cap (413), optional per-client rate limiting (429) and a last-resort JSON 500."""
from __future__ import annotations

import json
import logging
import threading
import time

log = logging.getLogger(__name__)

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class RateLimiter:
    """A token bucket per client address: `rate` requests per second, bursts up to `burst`."""

    def __init__(self, rate: float, burst: int):
        self.rate, self.burst = rate, max(1, burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 when allowed, else seconds until the next request would be."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[client] = (tokens - 1, now)
                if len(self._buckets) > 10_000:  # forget idle clients
                    self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 600}
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate


async def send_json(send, status: int, body: dict, extra_headers=()) -> None:
    payload = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()),
               *SECURITY_HEADERS, *extra_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


class Guard:
    def __init__(self, app, *, max_body: int, limiter: RateLimiter | None = None):
        self.app, self.max_body, self.limiter = app, max_body, limiter

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        if self.limiter is not None and path.startswith("/api/"):
            client = (scope.get("client") or ("?", 0))[0]
            wait = self.limiter.allow(client)
            if wait:
                return await send_json(send, 429, {"error": "too many requests; slow down",
                                                   "retry_after": round(wait, 2)},
                                       [(b"retry-after", str(max(1, round(wait))).encode())])
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return await send_json(send, 400, {"error": "Content-Length is not a number", "parameter": "Content-Length"})
            if too_big:
                return await send_json(send, 413, self._too_large())
        started = False
        rejected = False
        received = 0

        async def limited_receive():
            # A body without Content-Length (chunked) is counted as it arrives: past the cap we
            # answer 413 ourselves and tell the app the client went away.
            nonlocal received, rejected, started
            if rejected:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    rejected = True
                    if not started:
                        started = True
                        await send_json(send, 413, self._too_large())
                    return {"type": "http.disconnect"}
            return message

        async def secured_send(message):
            nonlocal started
            if rejected:
                return  # the 413 has been sent; whatever the app answers is dropped
            if message["type"] == "http.response.start":
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = dict(message)
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in SECURITY_HEADERS if h[0] not in names]
                if path.startswith("/api/") and b"cache-control" not in names:
                    message["headers"].append((b"cache-control", b"no-store"))
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except Exception:  # noqa: BLE001 - the last resort: log it, answer JSON, never a traceback
            log.exception("unhandled error on %s", path)
            if not started:
                await send_json(send, 500, {"error": "internal error; the server log has the details"})

    def _too_large(self) -> dict:
        return {"error": f"request body larger than {self.max_body} bytes (the server's --max-body)",
                "parameter": "body"}


class ResponseCache:
    """Remembers successful GET /api/ answers per snapshot: a repeated query (the same dyad,
    the same page of events) is answered from memory until the snapshot changes."""

    def __init__(self, app, *, database, size: int = 2048):
        from collections import OrderedDict

        self.app, self.db, self.size = app, database, size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            return await self.app(scope, receive, send)
        from anyio import to_thread

        from tacitus.errors import TacitusError

        if self.db.refresh_due():  # at most once per refresh interval: no thread hop otherwise
            try:
                await to_thread.run_sync(self.db.refresh)  # may copy the file: off the event loop
            except TacitusError:
                return await self.app(scope, receive, send)  # the route reports it (busy, ...)
        key = (self.db.generation, self.db.stale, scope["path"], _normalised(scope.get("query_string", b"")))
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                self.hits += 1
        if hit is not None:
            headers, body = hit
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        captured: dict = {"status": None, "headers": None, "body": [], "complete": False}

        async def capture(message):
            if message["type"] == "http.response.start":
                captured["status"], captured["headers"] = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
                captured["complete"] = not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, capture)
        if captured["status"] == 200 and captured["complete"]:
            with self._lock:
                self._entries[key] = (captured["headers"], b"".join(captured["body"]))
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)


def _normalised(query: bytes) -> bytes:
    """The query string with its parameters in a fixed order, so ?a=1&b=2 and ?b=2&a=1 share
    one cache entry. Sorted by name only (a stable sort): a repeated parameter keeps its order,
    since the last value of a repeated parameter is the one used."""
    if b"&" not in query:
        return query
    return b"&".join(sorted(query.split(b"&"), key=lambda part: part.partition(b"=")[0]))
