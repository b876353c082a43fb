"""A polite, bounded HTTP client for feeds and article pages.

- a clear User-Agent naming Tacitus and its version;
- conditional requests (If-None-Match / If-Modified-Since) so an unchanged feed costs a 304;
- a minimum interval between two requests to the same host (politeness), shared by threads;
- a timeout per request, bounded retries with exponential backoff on 5xx, 429 and timeouts;
- a redirect limit (a redirect loop is a clear failure, not a hang);
- a size cap: the body is read streamed and refused once it passes `max_bytes`, so a huge
  page never sits in memory.
Every failure is a SourceError with a one-line message naming the URL.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from tacitus import __version__
from tacitus.errors import SourceError

log = logging.getLogger(__name__)

PROJECT_URL = "https://tacitus.invalid/watch"
USER_AGENT = f"Tacitus/{__version__} (+{PROJECT_URL})"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchPolicy:
    """How feeds and pages are fetched; every number is configurable (tests use tiny ones)."""

    timeout: float = 20.0  # seconds for each step of a request (connect, each read, write, pool)
    total_timeout: float = 120.0  # seconds for a whole response (a server dripping bytes is cut off)
    retries: int = 2  # extra attempts after a 5xx/429/timeout/connection error
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    max_backoff: float = 30.0
    max_redirects: int = 5
    max_bytes: int = 10_000_000  # bigger bodies are refused
    host_interval: float = 1.0  # minimum seconds between two requests to one host
    user_agent: str = USER_AGENT

    def validate(self) -> None:
        from tacitus.errors import ConfigError

        for name in ("timeout", "total_timeout", "backoff", "max_backoff", "host_interval"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must not be negative, got {getattr(self, name)}")
        if self.timeout == 0:
            raise ConfigError("timeout must be more than 0 seconds")
        if self.retries < 0 or self.max_redirects < 0 or self.max_bytes < 1:
            raise ConfigError("retries and max_redirects must be >= 0 and max_bytes >= 1")


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""
    attempts: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _HostClock:
    """When each host may next be asked (politeness); one lock for all threads."""

    interval: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: dict = field(default_factory=dict)

    def wait(self, url: str) -> None:
        if self.interval <= 0:
            return
        host = urlsplit(url).netloc.lower()
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_at.get(host, now))
            self.next_at[host] = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


class Fetcher:
    """One HTTP client for a watch run (connection pooling), safe to share between threads."""

    def __init__(self, policy: FetchPolicy | None = None):
        import httpx

        self.policy = policy or FetchPolicy()
        self.policy.validate()
        self._httpx = httpx
        self._clock = _HostClock(self.policy.host_interval)
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=True,
            max_redirects=self.policy.max_redirects,
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            limits=httpx.Limits(max_connections=32, max_keepalive_connections=16),
            trust_env=False,  # never route through a proxy picked up from the environment
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*", stop=None) -> Response:
        """GET with retries; a 304 comes back as a Response with status 304 and no body.

        Raises SourceError for 4xx, exhausted retries, redirect loops and oversized bodies.
        `stop` (an object with `.requested`) cuts the backoff waits short."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        httpx = self._httpx
        attempt = 0
        while True:
            attempt += 1
            self._clock.wait(url)
            try:
                resp = self._get_once(url, headers)
                resp.attempts = attempt
                if resp.status not in RETRY_STATUS:
                    if resp.status >= 400:
                        raise SourceError(f"{url}: HTTP {resp.status}")
                    return resp
                problem = f"HTTP {resp.status}"
            except httpx.TooManyRedirects:
                raise SourceError(f"{url}: more than {self.policy.max_redirects} redirects (redirect loop?)") from None
            except httpx.TimeoutException:
                problem = f"timed out after {self.policy.timeout:g}s"
            except httpx.TransportError as exc:
                problem = f"connection failed ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'})"
            except httpx.InvalidURL as exc:
                raise SourceError(f"{url}: invalid URL ({exc})") from None
            except httpx.HTTPError as exc:
                raise SourceError(f"{url}: {type(exc).__name__}: {exc}") from None
            if attempt > self.policy.retries or (stop is not None and stop.requested):
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                raise SourceError(f"{url}: {problem}{tries}")
            delay = min(self.policy.backoff * 2 ** (attempt - 1), self.policy.max_backoff)
            log.info("%s: %s; retrying in %.2fs", url, problem, delay)
            _sleep(delay, stop)

    def _get_once(self, url: str, headers: dict) -> Response:
        cap = self.policy.max_bytes
        with self.client.stream("GET", url, headers=headers) as r:
            out = Response(url=str(r.url), status=r.status_code, etag=r.headers.get("etag"),
                           last_modified=r.headers.get("last-modified"),
                           content_type=r.headers.get("content-type", ""))
            if r.status_code != 200:
                return out
            declared = r.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise SourceError(f"{url}: response of {int(declared) / 1e6:.1f} MB refused (limit {cap / 1e6:g} MB)")
            chunks, size = [], 0
            deadline = time.monotonic() + self.policy.total_timeout
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise SourceError(f"{url}: response larger than {cap / 1e6:g} MB refused (read stopped at {size / 1e6:.1f} MB)")
                if time.monotonic() > deadline:
                    raise SourceError(f"{url}: response took longer than {self.policy.total_timeout:g}s (read stopped at {size / 1e6:.1f} MB)")
                chunks.append(chunk)
            out.content = b"".join(chunks)
            return out


def _sleep(seconds: float, stop) -> None:
    """Sleep, waking early when a stop is requested."""
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0 or (stop is not None and stop.requested):
            return
        time.sleep(min(left, 0.1))
