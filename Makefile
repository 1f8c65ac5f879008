# Inspector — the two commands are `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.stamp-install

.PHONY: run test lint bundle bench demo selftest screenshots translations clean

$(STAMP): pyproject.toml scripts/bootstrap.sh
	bash scripts/bootstrap.sh
	touch $(STAMP)

## Open the app on the default workspace (created on first run).
run: $(STAMP)
	$(PY) -m ui.app

## Everything CI checks: lint, the import contract, the whole test suite.
test: $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

## One-folder PyInstaller build in dist/inspector/.
bundle: $(STAMP)
	$(PY) -c "from ui.i18n import compile_translations; compile_translations()"
	$(VENV)/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/inspector.spec

bench: $(STAMP)
	$(PY) bench/answer_latency.py
	$(PY) bench/keypress.py
	$(PY) bench/write_stress.py
	$(PY) bench/storage_layer.py
	$(PY) bench/large_workspace.py
	$(PY) bench/ui_startup.py
	$(PY) bench/visit_open.py
	$(PY) bench/photo_import.py
	$(PY) bench/minutes_render.py

demo: $(STAMP)
	$(VENV)/bin/inspector-cli demo

## PNGs of the main screens on a demo workspace, into docs/screenshots/.
screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1366x768x24" $(PY) scripts/screenshots.py
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) scripts/screenshots.py --size 1920x1080
	xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) scripts/screenshots.py --scale 2

## Bring resources/i18n/inspector_vi.ts up to date with every string in ui/; then translate.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/inspector_vi.ts

selftest: $(STAMP)
	$(VENV)/bin/inspector-cli selftest

clean:
	rm -rf build dist .pytest_cache
