# Anfragen-Desk: every command a user or CI needs. `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help run demo test test-all check format lint types contract bench faults screenshots translations clean

help:
	@echo "make run     start the app (creates .venv and installs on first use)"
	@echo "make test    run the test suite headless"
	@echo "make demo    import the seed inquiry into ./demo and export it"
	@echo "make check   format, lint, types, import contract and tests"
	@echo "make bench   all benchmarks; writes bench/results/latest.json"
	@echo "make faults  all fault tests (kills, full disk, hostile text), slow ones too"
	@echo "make translations  extract the gettext and Qt catalogues, list what is untranslated, compile"

# One progress line; the installers' output goes to $(VENV)/install.log and is
# shown only on failure (tools/install.sh: uv where it can be had, else pip).
$(STAMP): pyproject.toml tools/install.sh
	@tools/install.sh $(PYTHON) $(VENV)
	@touch $(STAMP)

run: $(STAMP)
	@tools/system_deps.sh
	@$(BIN)/python main.py

demo: $(STAMP)
	@$(BIN)/python -m desk_app.demo demo

test: $(STAMP)
	@tools/system_deps.sh --test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m "not slow"

test-all: $(STAMP)
	@tools/system_deps.sh --test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

format: $(STAMP)
	$(BIN)/ruff format .

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

types: $(STAMP)
	$(BIN)/mypy desk_app

contract: $(STAMP)
	$(BIN)/lint-imports

check: lint types contract test

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

faults: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests/faults

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots

translations: $(STAMP)
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py check || true
	$(BIN)/pyside6-lupdate -no-obsolete -extensions py -recursive desk_app/gui -ts resources/i18n/anfragen_desk_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/anfragen_desk_en.ts -qm resources/i18n/anfragen_desk_en.qm

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache demo
