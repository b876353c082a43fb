# Two commands do everything: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
TACITUS := $(VENV)/bin/tacitus
DEMO_DB ?= demo.duckdb
# `make test` runs the suite in parallel (pytest-xdist): one worker per CPU, at most 4 (each worker
# loads its own spaCy model and coder); whole files go to one worker, so a module's fixtures are
# built once; the longest files go first (tests/conftest.py LONG_FILES). TEST_WORKERS=0 runs it in
# this one process.
TEST_WORKERS ?= auto

.PHONY: demo test setup setup-test eval bench clean

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml $(VENV)/bin/activate
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install --quiet -e '.[test,ray]'
	touch $@

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(TACITUS) ingest examples/ --db $(DEMO_DB)
	$(TACITUS) summary --db $(DEMO_DB)

test: setup-test
	$(PY) -m pytest -q -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile --no-loadscope-reorder

eval: setup
	$(TACITUS) eval ../shared/data/plover-gsr-dev.json

bench: setup
	$(PIP) install --quiet -e '.[bench]'
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) *.egg-info demo.duckdb demo.duckdb.wal .pytest_cache
