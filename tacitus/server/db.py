"""The server's read access: a private snapshot of the database file, refreshed when the file
changes and no other process is writing it.

DuckDB lets one process write a file; while an ingest holds it, no other process can open it,
not even read-only, and a reader that keeps the file open would in turn lock ingests out. So
the server never keeps the real file open: when the file has changed, it opens it read-only
for a moment (which also keeps writers out while it copies), copies it (and its WAL) into a
private folder and serves every read from that copy. While an ingest runs, readers get the
last consistent snapshot; only when there is none yet (the server started during an ingest)
do they get "database busy" (HTTP 503 with Retry-After).
"""
from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

from tacitus.errors import BusyError, QueryTimeoutError, StoreError

log = logging.getLogger(__name__)


def _duckdb():
    import duckdb

    return duckdb


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting" in text


class _Watchdog:
    """Interrupts cursors that run past their deadline. One thread for all requests: a
    threading.Timer per request cost about 1 ms (a thread start) on every query."""

    def __init__(self):
        self._cond = threading.Condition()
        self._active: dict[threading.Event, tuple[float, object]] = {}
        self._thread = None

    def watch(self, cur, seconds: float) -> threading.Event:
        """Register `cur`; the returned event is set if it was interrupted."""
        fired = threading.Event()
        with self._cond:
            self._active[fired] = (time.monotonic() + seconds, cur)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tacitus-query-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        return fired

    def release(self, fired: threading.Event) -> None:
        with self._cond:
            self._active.pop(fired, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for fired, (deadline, cur) in list(self._active.items()):
                    if deadline <= now:
                        del self._active[fired]
                        fired.set()
                        with contextlib.suppress(Exception):
                            cur.interrupt()
                nearest = min((d for d, _ in self._active.values()), default=None)
                self._cond.wait(None if nearest is None else max(0.01, nearest - now))


class SnapshotDatabase:
    """Read-only connections to a private copy of `path`, refreshed when the file changes."""

    def __init__(self, path: str, *, refresh_interval: float = 1.0, query_timeout: float = 5.0):
        self.path = str(path)
        self.refresh_interval = refresh_interval
        self.query_timeout = query_timeout
        self._dir = tempfile.mkdtemp(prefix="tacitus-serve-")
        self._lock = threading.Lock()
        self._con = None
        self._signature = None
        self._checked = 0.0
        self._generation = 0
        self.stale = False  # True while a writer holds the file and the snapshot may be behind
        self._watchdog = _Watchdog()

    @property
    def generation(self) -> int:
        """Number of the snapshot being served (changes whenever a new one is taken)."""
        return self._generation

    # -- snapshot ------------------------------------------------------------------------
    def _file_signature(self):
        sig = []
        for p in (self.path, self.path + ".wal"):
            try:
                st = os.stat(p)
                sig.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                sig.append(None)
        if sig[0] is None:
            raise StoreError(f"{self.path}: the database file is gone")
        return tuple(sig)

    def refresh(self, *, force: bool = False) -> None:
        """Take a new snapshot if the file changed since the last one (checked at most once
        per refresh_interval unless forced). While another thread is taking one (a copy and
        the server's lookup table: seconds on a big database), readers are not held up: they
        use the current snapshot."""
        now = time.monotonic()
        if not force and self._con is not None and now - self._checked < self.refresh_interval:
            return
        if not force and self._con is not None:
            if not self._lock.acquire(blocking=False):
                return
        else:
            self._lock.acquire()
        try:
            if not force and self._con is not None and time.monotonic() - self._checked < self.refresh_interval:
                return
            self._checked = time.monotonic()
            signature = self._file_signature()
            if signature == self._signature and self._con is not None:
                self.stale = False
                return
            self._take_snapshot()
        finally:
            self._lock.release()

    def _take_snapshot(self) -> None:
        duckdb = _duckdb()
        try:
            source = duckdb.connect(self.path, read_only=True)  # shared lock: no writer while we copy
        except duckdb.Error as exc:
            if _is_lock_error(exc):
                if self._con is not None:
                    self.stale = True
                    log.info("%s is being written by another process; serving the last snapshot", self.path)
                    return
                raise BusyError(f"{self.path}: database busy (another process is writing it); retry in a few seconds") from None
            raise StoreError(f"{self.path}: cannot open database ({str(exc).splitlines()[0]})") from None
        try:
            signature = self._file_signature()
            # the number changes only once the new snapshot serves (below): the response cache
            # keys answers by it, and requests use the old one while this one is being built
            generation = self._generation + 1
            target = os.path.join(self._dir, f"snapshot-{generation}.duckdb")
            shutil.copyfile(self.path, target)
            if os.path.exists(self.path + ".wal"):
                shutil.copyfile(self.path + ".wal", target + ".wal")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot copy a snapshot to {self._dir} ({exc.strerror or exc})") from None
        finally:
            source.close()
        from tacitus.server.queries import prepare_snapshot
        from tacitus.store.duck import SCHEMA_VERSION

        try:
            con = duckdb.connect(target)  # our private copy: add the server's lookup table
            try:
                version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                if version and version[0] == SCHEMA_VERSION:
                    prepare_snapshot(con)
            finally:
                con.close()
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a Tacitus database or corrupted ({str(exc).splitlines()[0]})") from None
        if not version or version[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version[0] if version else '?'}, the server reads "
                             f"{SCHEMA_VERSION}; run 'tacitus doctor --fix --db {self.path}' to upgrade it")
        try:
            con = duckdb.connect(target, read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the snapshot copy ({str(exc).splitlines()[0]})") from None
        old, self._con, self._signature, self.stale = self._con, con, signature, False
        self._generation = generation
        log.info("snapshot %d of %s taken", self._generation, self.path)
        if old is not None:
            self._retire(old)

    def _retire(self, con) -> None:
        """Drop the previous snapshot; requests still using its cursors keep their connection
        alive until they finish (the unlinked file stays readable until then)."""
        for name in os.listdir(self._dir):
            if not name.startswith(f"snapshot-{self._generation}."):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self._dir, name))

    # -- queries -------------------------------------------------------------------------
    @contextlib.contextmanager
    def cursor(self):
        """A cursor on the current snapshot; a query running longer than query_timeout is
        interrupted and raises QueryTimeoutError."""
        self.refresh()
        cur = self._con.cursor()
        fired = self._watchdog.watch(cur, self.query_timeout)
        duckdb = _duckdb()
        try:
            yield cur
        except duckdb.Error as exc:
            if fired.is_set() or isinstance(exc, getattr(duckdb, "InterruptException", ())):
                raise QueryTimeoutError(
                    f"query took longer than {self.query_timeout:g}s and was stopped; narrow the filters") from None
            raise StoreError(f"query failed ({str(exc).splitlines()[0]})") from None
        except StoreError:
            if fired.is_set():  # the Store wrapped the interrupt in its own error
                raise QueryTimeoutError(
                    f"query took longer than {self.query_timeout:g}s and was stopped; narrow the filters") from None
            raise
        finally:
            self._watchdog.release(fired)
            cur.close()

    def refresh_due(self) -> bool:
        """Whether refresh() would look at the file now (else it returns at once)."""
        return self._con is None or time.monotonic() - self._checked >= self.refresh_interval

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
        shutil.rmtree(self._dir, ignore_errors=True)
