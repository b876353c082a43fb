"""Server settings: built once from the command line (and TACITUS_TOKEN), then frozen."""
from __future__ import annotations

import re
from dataclasses import dataclass

from tacitus.errors import ConfigError

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$", re.IGNORECASE)
_UNITS = {None: 1, "b": 1, "k": 1024, "kb": 1024, "m": 1024**2, "mb": 1024**2, "g": 1024**3, "gb": 1024**3}
_RATE = re.compile(r"^\s*(\d+)\s*(?:/\s*(s|sec|second|m|min|minute|h|hour))?\s*$", re.IGNORECASE)
_PER = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600}


@dataclass(frozen=True)
class ServerSettings:
    """What `tacitus serve` is configured with. Write endpoints are on only with a token."""

    db: str
    token: str | None = None
    cors_origin: str | None = None
    max_body: int = 2 * 1024 * 1024  # bytes of a request body
    rate_limit: float | None = None  # requests per second per client, None = unlimited
    rate_burst: int = 20
    page_max: int = 500  # largest page of /api/events
    query_timeout: float = 5.0  # seconds before a query is interrupted
    refresh_interval: float = 1.0  # seconds between checks whether the database file changed
    code_max_chars: int = 100_000  # longest text /api/code and /api/articles accept

    def __post_init__(self):
        if self.token is not None and len(self.token) < 8:
            raise ConfigError("--token must be at least 8 characters long (or unset TACITUS_TOKEN to disable writes)")
        if self.max_body < 1024:
            raise ConfigError(f"--max-body must be at least 1KB, got {self.max_body} bytes")
        if self.query_timeout <= 0:
            raise ConfigError(f"--query-timeout must be positive, got {self.query_timeout}")
        if self.cors_origin is not None and not re.match(r"^https?://[^\s/]+$", self.cors_origin):
            raise ConfigError(f"--cors-origin {self.cors_origin!r} must be an origin such as http://localhost:3000")


def parse_size(text: str) -> int:
    """'2MB' -> 2097152; plain numbers are bytes."""
    m = _SIZE.match(str(text))
    if not m:
        raise ConfigError(f"--max-body {text!r} is not a size such as 2MB, 500KB or 100000")
    return int(float(m.group(1)) * _UNITS[m.group(2).lower() if m.group(2) else None])


def parse_rate(text: str | None) -> float | None:
    """'120/min' -> 2.0 requests per second; None or '0' -> no limit."""
    if text is None:
        return None
    m = _RATE.match(str(text))
    if not m:
        raise ConfigError(f"--rate-limit {text!r} is not a rate such as 120/min or 10/s")
    n = int(m.group(1))
    if n == 0:
        return None
    return n / _PER[(m.group(2) or "min").lower()]


def parse_rate_burst(text: str | None) -> int:
    """How many requests a client may send at once: the N of 'N/period', at most 20."""
    m = _RATE.match(str(text or ""))
    return max(1, min(20, int(m.group(1)))) if m else 20
