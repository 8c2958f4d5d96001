# The two commands a new user needs: `make run` and `make test`.
# Each target creates .venv and installs the project into it when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
TS := i18n/workstation_fi.ts i18n/workstation_sv.ts i18n/workstation_en.ts
UI_SOURCES := $(shell find ui -name '*.py')

.PHONY: run test test-postgres lint i18n translations screenshots bench server clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# `make run DEMO_USER=sari` logs the demo straight in as that demo user (README: demo users).
run: $(STAMP)
	$(PY) main.py --demo $(if $(DEMO_USER),--user $(DEMO_USER))

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The server, sync and end-to-end tests again, against PostgreSQL on 127.0.0.1:5432.
test-postgres: $(STAMP)
	NEUVO_TEST_DATABASE=postgres QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/server tests/workstation tests/e2e

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Extract tr() strings into the .ts files (keeps existing translations) ...
i18n: $(STAMP)
	for lang in fi sv en; do $(BIN)/pyside6-lupdate -silent -no-obsolete -target-language $$lang $(UI_SOURCES) -ts i18n/workstation_$$lang.ts; done
# ... and compile them into the .qm files the application loads.
translations: $(STAMP)
	for f in $(TS); do $(BIN)/pyside6-lrelease -silent $$f -qm $${f%.ts}.qm; done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --demo --screenshot docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

server: $(STAMP)
	$(PY) -m server

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
