# JMap Desktop — developer commands. Every target sets up .venv on its own first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLE := jmap_desktop/data/templates/b2c-online-purchase.jmap

.DEFAULT_GOAL := help
.PHONY: help setup run test lint fuzz soak bench screenshots font-table bundle packages check-packages translations clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install the project with its dev extra

run: $(STAMP) ## Open the editor on a bundled example map
	$(BIN)/jmap-desktop $(EXAMPLE)

lint: $(STAMP) ## ruff and the import-linter layer contracts
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint ## Lint, check the layers, run the whole test suite headless
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

fuzz: $(STAMP) ## Fuzz load_map with 20,000 examples per strategy (make test runs a few dozen)
	JMAP_FUZZ_EXAMPLES=20000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/hostile/test_fuzz_load.py

soak: $(STAMP) ## 1,000 SIGKILLs during saves and 100,000 edits for memory (make test: 30 and 800)
	JMAP_KILLS=1000 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/io/test_save_kills.py
	JMAP_SOAK_CYCLES=500 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/ui/test_memory_soak.py

BENCH_SIZES ?= 500 5000 20000
bench: $(STAMP) ## Benchmark 500/5,000/20,000-card maps against their floors (BENCH_SIZES="500 5000 20000 50000" adds the curve)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench.py --sizes $(BENCH_SIZES)

screenshots: $(STAMP) ## Render every template's canvas to build/screenshots/*.png
	mkdir -p build/screenshots
	for f in jmap_desktop/data/templates/*.jmap; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/jmap-desktop screenshot $$f -o build/screenshots/$$(basename $$f .jmap).png || exit 1; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/version_screenshots.py build/screenshots

font-table: $(STAMP) ## Regenerate layout/font_table.py (the start's text metrics) from the bundled fonts
	$(BIN)/python scripts/make_font_table.py

$(VENV)/.bundle-tools: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	touch $@

bundle: $(VENV)/.bundle-tools ## Build the app in dist/jmap-desktop/ (PyInstaller) and smoke-test it
	$(BIN)/python scripts/make_font_table.py --check
	@mkdir -p build; start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/jmap-desktop.spec > build/pyinstaller.log 2>&1 || { cat build/pyinstaller.log; exit 1; }; \
	grep -v 'required via ctypes not found' build/pyinstaller.log || true; \
	echo "bundle built in $$(( $$(date +%s) - start )) s"
	$(BIN)/python packaging/smoke_test.py dist/jmap-desktop/jmap-desktop

packages: ## Linux .tar.gz and .deb of the built app in dist/ (after make bundle)
	$(BIN)/python packaging/linux/build_packages.py

check-packages: ## As root: install the .deb, use the app, check its desktop integration, remove it
	bash scripts/system-deps.sh packaging
	PYTHON=$(BIN)/python bash packaging/linux/check_deb.sh

TRANSLATED := $(sort $(wildcard jmap_desktop/ui/*.py jmap_desktop/ui/*/*.py jmap_desktop/canvas/*.py jmap_desktop/canvas/*/*.py))
translations: $(STAMP) ## Update the German .ts from the source (pyside6-lupdate) and build the .qm
	$(BIN)/pyside6-lupdate -locations none $(TRANSLATED) -ts jmap_desktop/data/translations/jmap_desktop_de.ts
	$(BIN)/pyside6-lrelease jmap_desktop/data/translations/jmap_desktop_de.ts \
	  -qm jmap_desktop/data/translations/jmap_desktop_de.qm

clean: ## Remove the virtual environment and build output
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
