#!/usr/bin/env bash
# Build dist/Assistant-<version>-<arch>.AppImage from the PyInstaller folder.
#
#   packaging/linux/build_appimage.sh [BUNDLE_DIR] [OUT_DIR]   (defaults: dist/assistant dist)
#
# Needs appimagetool (https://github.com/AppImage/appimagetool/releases) on
# PATH or in $APPIMAGETOOL; the release workflow downloads it. The AppDir is
# the bundle plus AppRun, the desktop entry, the icon and the metainfo, which
# is all appimagetool asks for: PyInstaller already carries every library
# except the glibc/X11/GL ones a desktop always has (see docs/packaging.md).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="${1:-$ROOT/dist/assistant}"
OUT="${2:-$ROOT/dist}"
APP_ID="io.github.localassistant.Assistant"
TOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"

[[ -x "$BUNDLE/assistant" ]] || { echo "No bundle at $BUNDLE: run pyinstaller first." >&2; exit 1; }
[[ -n "$TOOL" ]] || { echo "appimagetool not found: put it on PATH or set APPIMAGETOOL." >&2; exit 1; }
VERSION="$(python3 "$ROOT/packaging/versions.py" pep440)"
ARCH="$(uname -m)"
APPDIR="$ROOT/build/appimage/Assistant.AppDir"

rm -rf "$APPDIR"
mkdir -p "$APPDIR/opt" "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/applications" "$OUT"
cp -a "$BUNDLE" "$APPDIR/opt/assistant"
install -m 755 "$HERE/AppRun" "$APPDIR/AppRun"
# The desktop entry and icon at the top are named after the app id, as the
# AppStream metainfo's launchable says (appimagetool matches Icon= to the file).
install -m 644 "$ROOT/resources/linux/$APP_ID.desktop" "$APPDIR/$APP_ID.desktop"
install -m 644 "$ROOT/resources/linux/$APP_ID.desktop" "$APPDIR/usr/share/applications/"
install -m 644 "$ROOT/resources/icons/assistant-256.png" "$APPDIR/$APP_ID.png"
ln -s "$APP_ID.png" "$APPDIR/.DirIcon"
# appimagetool validates the metainfo and expects the legacy .appdata.xml name.
install -m 644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" \
    "$APPDIR/usr/share/metainfo/$APP_ID.appdata.xml"

TARGET="$OUT/Assistant-$VERSION-$ARCH.AppImage"
# appimagetool is itself an AppImage and CI runners have no FUSE: the runtime
# unpacks it instead of mounting. The metainfo was validated by check_deb.py
# (appstreamcli), so appimagetool's own validation is not needed again.
APPIMAGE_EXTRACT_AND_RUN=1 ARCH="$ARCH" "$TOOL" --no-appstream "$APPDIR" "$TARGET"
echo "$TARGET ($(du -h "$TARGET" | cut -f1))"
