# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
# Everything installs from hashed lock files (requirements/*.lock) into .venv.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EXAMPLE := examples/edan-alexander-backchannel.txt

.PHONY: demo test bench install lock clean chromium screenshot

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"

$(VENV)/.main: requirements/main.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements/main.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.test: requirements/test.lock pyproject.toml | $(VENV)/.main
	$(BIN)/pip install -q --require-hashes -r requirements/test.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

$(VENV)/.bench: requirements/bench.lock pyproject.toml | $(VENV)/.test
	$(BIN)/pip install -q --require-hashes -r requirements/bench.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.main

demo: $(VENV)/.main
	$(BIN)/backchannel analyze $(EXAMPLE)
	$(BIN)/backchannel analyze $(EXAMPLE) --format json -o out --html out/edan-alexander-backchannel.html --force
	@echo "wrote out/edan-alexander-backchannel.json and out/edan-alexander-backchannel.html"
	rm -f out/demo-corpus.duckdb out/demo-corpus.duckdb.wal
	$(BIN)/backchannel corpus add out/demo-corpus.duckdb examples/corpus --no-progress
	$(BIN)/backchannel corpus stats out/demo-corpus.duckdb
	$(BIN)/backchannel corpus resolve out/demo-corpus.duckdb
	$(BIN)/backchannel corpus export out/demo-corpus.duckdb --format json > out/demo-corpus.json
	$(BIN)/backchannel corpus export out/demo-corpus.duckdb --format html > out/demo-corpus.html
	@echo "wrote out/demo-corpus.duckdb, its corpus dossier out/demo-corpus.json and its report out/demo-corpus.html (docs/store.md, docs/across.md)"

# The browser test drives Debian's chromium; install it when missing (root on Debian).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian chromium for the browser test"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "warning: could not install chromium; the browser test will be skipped"; }

test: $(VENV)/.test chromium
	$(BIN)/python -m pytest -q

# The benchmarks (< 10 min on 2 cores): table, benchmarks/results.json, docs/bench.png.
# `make bench BENCH_ARGS=--quick` is a ~1 min run that writes under benchmarks/work/ only.
# Refresh docs/report-screenshot.png (the README's picture) from the example.
screenshot: $(VENV)/.test chromium
	BACKCHANNEL_SCREENSHOT=1 $(BIN)/python -m pytest -q tests/test_browser.py -k screenshot

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)

# Regenerate the hashed lock files (needs network to PyPI; uses uv inside .venv).
lock: $(BIN)/python
	$(BIN)/pip install -q uv
	cd requirements && for n in main test bench; do \
	  ../$(BIN)/uv pip compile -q --python-version 3.11 --generate-hashes $$n.in -o $$n.lock || exit 1; done
	$(BIN)/python requirements/pin_model.py requirements/*.lock

clean:
	rm -rf $(VENV) out .pytest_cache
