"""Shared fixtures: one Coder per test session (loading spaCy takes a second), temporary
databases, the CLI runner, and ../shared/data when it exists."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def coder():
    from tacitus import Coder

    return Coder()


@pytest.fixture()
def db_path(tmp_path):
    return str(tmp_path / "test.duckdb")


@pytest.fixture(scope="session")
def shared_data():
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present beside the checkout")
    return SHARED_DATA


def run_cli(*args, input=None, env=None, timeout=300):
    """Run the real `tacitus` command in a subprocess; returns CompletedProcess (text)."""
    full_env = dict(os.environ)
    full_env.pop("TACITUS_DB", None)
    if env:
        full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "tacitus.cli", *args],
        input=input,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=str(ROOT),
    )


@pytest.fixture()
def cli():
    return run_cli


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory):
    """The bundled sample articles ingested once per test session (treat as read-only)."""
    path = str(tmp_path_factory.mktemp("examples") / "examples.duckdb")
    r = run_cli("ingest", "examples", "--db", path)
    assert r.returncode == 0, r.stderr
    return path
