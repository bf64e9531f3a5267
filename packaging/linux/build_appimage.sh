#!/usr/bin/env bash
# Build dist/Assistant-<version>-<arch>.AppImage from the PyInstaller folder.
#
#   packaging/linux/build_appimage.sh [BUNDLE_DIR] [OUT_DIR]   (defaults: dist/assistant dist)
#
# Uses the pinned appimagetool and static runtime that fetch_appimage_tools.sh
# downloads and checks (or $APPIMAGETOOL and $APPIMAGE_RUNTIME). Update
# information goes into the image when $APPIMAGE_UPDATE_INFO is set, or, in
# GitHub Actions, for this repository's latest release
# (gh-releases-zsync|owner|repo|latest|Assistant-*x86_64.AppImage.zsync); the
# matching .zsync file is written next to the AppImage. The AppDir is
# the bundle plus AppRun, the desktop entry, the icon and the metainfo, which
# is all appimagetool asks for: PyInstaller already carries every library
# except the glibc/X11/GL ones a desktop always has (see docs/packaging.md).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="${1:-$ROOT/dist/assistant}"
OUT="${2:-$ROOT/dist}"
APP_ID="io.github.localassistant.Assistant"
TOOLS="$ROOT/build/appimage-tools"
TOOL="${APPIMAGETOOL:-$TOOLS/appimagetool}"
RUNTIME="${APPIMAGE_RUNTIME:-$TOOLS/runtime-x86_64}"

[[ -x "$BUNDLE/assistant" ]] || { echo "No bundle at $BUNDLE: run pyinstaller first." >&2; exit 1; }
if [[ ! -x "$TOOL" || ! -f "$RUNTIME" ]]; then
    echo "No appimagetool or runtime: run packaging/linux/fetch_appimage_tools.sh first." >&2
    exit 1
fi
TOOL="$(realpath "$TOOL")" RUNTIME="$(realpath "$RUNTIME")"
UPDATE_INFO="${APPIMAGE_UPDATE_INFO:-}"
if [[ -z "$UPDATE_INFO" && -n "${GITHUB_REPOSITORY:-}" ]]; then
    UPDATE_INFO="gh-releases-zsync|${GITHUB_REPOSITORY%%/*}|${GITHUB_REPOSITORY#*/}|latest|Assistant-*x86_64.AppImage.zsync"
fi
VERSION="$(python3 "$ROOT/packaging/versions.py" pep440)"
ARCH="$(uname -m)"
APPDIR="$ROOT/build/appimage/Assistant.AppDir"

rm -rf "$APPDIR"
mkdir -p "$APPDIR/opt" "$APPDIR/usr/share/metainfo" "$APPDIR/usr/share/applications" "$OUT"
OUT="$(cd "$OUT" && pwd)"  # appimagetool runs from there (the .zsync lands in its folder)
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
UPDATE_ARGS=()
[[ -n "$UPDATE_INFO" ]] && UPDATE_ARGS=(--updateinformation "$UPDATE_INFO")
rm -f "$TARGET" "$TARGET.zsync"
(cd "$OUT" && APPIMAGE_EXTRACT_AND_RUN=1 ARCH="$ARCH" "$TOOL" --no-appstream \
    --runtime-file "$RUNTIME" "${UPDATE_ARGS[@]}" "$APPDIR" "$TARGET")
if [[ -n "$UPDATE_INFO" && ! -f "$TARGET.zsync" ]]; then
    # Older appimagetools leave the .zsync to zsyncmake (Debian: zsync).
    (cd "$OUT" && zsyncmake -u "$(basename "$TARGET")" -o "$TARGET.zsync" "$TARGET")
fi
echo "$TARGET ($(du -h "$TARGET" | cut -f1))${UPDATE_INFO:+, update information: $UPDATE_INFO}"
