#!/usr/bin/env bash
# Reinstall the build venv's binary wheels in builds for MACOSX_DEPLOYMENT_TARGET.
#
#   MACOSX_DEPLOYMENT_TARGET=12.0 packaging/macos/match_deployment_target.sh build/pkg-venv/bin/python
#
# pip picks wheels for the machine it runs on: on a macOS 15 runner, numpy's
# macosx_14_0 wheel, whose libraries refuse to load on macOS 12-13 although
# the app's Info.plist promises 12.0. This asks pip for the newest wheel of
# each installed version that runs on the deployment target instead
# (pure-Python wheels come back unchanged), and stops the build when there is
# none. Local builds (the project, llama-cpp-python compiled here with the
# same target) are left alone. packaging/macos/check_minos.py then checks
# every Mach-O file of the finished app.
set -euo pipefail

PY="${1:?usage: match_deployment_target.sh PYTHON}"
TARGET="${MACOSX_DEPLOYMENT_TARGET:?set MACOSX_DEPLOYMENT_TARGET (LSMinimumSystemVersion)}"
ARCH="$(uname -m)"
PLATFORM="macosx_${TARGET//./_}_${ARCH}"
PYVER="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}{sys.version_info[1]}")')"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# name==version of every installed distribution except local builds (name @ file://...).
"$PY" -m pip list --format=freeze --exclude-editable |
    grep -v -i -E '^(assistant|llama[-_]cpp[-_]python|pip|setuptools)==' > "$WORK/installed.txt"
"$PY" -m pip download --quiet --no-deps --only-binary=:all: --dest "$WORK/wheels" \
    --platform "$PLATFORM" --python-version "$PYVER" --implementation cp \
    --requirement "$WORK/installed.txt"
"$PY" -m pip install --quiet --no-deps --force-reinstall "$WORK"/wheels/*.whl
echo "$(ls "$WORK/wheels" | wc -l | tr -d ' ') wheels reinstalled for $PLATFORM"
