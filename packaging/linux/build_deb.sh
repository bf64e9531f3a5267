#!/usr/bin/env bash
# Build dist/assistant_<version>_<arch>.deb from the PyInstaller folder.
#
#   packaging/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]    (defaults: dist/assistant dist)
#
# Layout: the bundle in /opt/assistant, /usr/bin/local-assistant ->
# ../../opt/assistant/assistant, the desktop entry, AppStream metainfo and
# hicolor icons in /usr/share, all named after the app id. Not
# /usr/bin/assistant: qtchooser (pulled in by many Qt 5 developer packages)
# owns that path, and dpkg would refuse one package or the other. No
# maintainer scripts: dpkg triggers (hicolor icon cache, desktop database)
# refresh the menus. Needs only dpkg-deb, so it runs unprivileged.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUNDLE="${1:-$ROOT/dist/assistant}"
OUT="${2:-$ROOT/dist}"
APP_ID="io.github.localassistant.Assistant"  # desktop file, icon and AppStream id
COMMAND="local-assistant"

[[ -x "$BUNDLE/assistant" ]] || { echo "No bundle at $BUNDLE: run pyinstaller first." >&2; exit 1; }
# Debian's spelling of pyproject's version: 0.2.0rc1 -> 0.2.0~rc1 (packaging/versions.py).
VERSION="$(python3 "$ROOT/packaging/versions.py" debian)"
ARCH="$(dpkg --print-architecture)"
STAGE="$ROOT/build/deb/assistant_${VERSION}_${ARCH}"
DEB="$OUT/assistant_${VERSION}_${ARCH}.deb"

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$OUT" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/assistant"

cp -a "$BUNDLE" "$STAGE/opt/assistant"
ln -s ../../opt/assistant/assistant "$STAGE/usr/bin/$COMMAND"
install -m 644 "$ROOT/resources/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "$ROOT/resources/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 644 "$ROOT/resources/icons/assistant.svg" \
    "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 16 32 48 64 128 256 512; do
    dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 644 "$ROOT/resources/icons/assistant-$size.png" "$dir/$APP_ID.png"
done
cat > "$STAGE/usr/share/doc/assistant/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: assistant

Files: *
License: MIT
Comment: The bundle in /opt/assistant also contains Python, Qt for Python
 (LGPL-3.0), llama.cpp (MIT) and their dependencies under their own licenses,
 listed with their texts in
 /opt/assistant/_internal/resources/THIRD_PARTY_NOTICES.txt.
COPYRIGHT

# Directories 755 and files 644 unless executable: umask-independent, lintian-clean.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f ! -perm -u+x -exec chmod 644 {} +
find "$STAGE" -type f -perm -u+x -exec chmod 755 {} +

# PyInstaller bundles the libraries Python and Qt link to that the build
# machine has, except those that must come from the system: glibc, the GL/EGL
# driver stack (libglvnd) and the display client libraries. The xcb helper
# libraries Qt's X11 plugin links to are named in Depends as well (Qt's own
# list for Linux deployment): a build machine without them bundles nothing,
# and the X11 plugin would then fail to load on a desktop that lacks them.
# glibc: the newest symbol version any bundled file asks for, i.e. the build
# machine's (hence CI builds on the oldest supported Ubuntu).
command -v objdump >/dev/null || { echo "objdump (binutils) is needed to read the glibc version." >&2; exit 1; }
# (objdump fails on the few non-ELF files matched; that is fine.)
GLIBC="$({ find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null || true; } |
    grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
[[ -n "$GLIBC" ]] || { echo "Could not read the bundle's glibc version." >&2; exit 1; }
DEPENDS="libc6 (>= $GLIBC), libegl1, libgl1, libdrm2, libxcb1, libwayland-client0, \
libwayland-cursor0, libwayland-egl1, libfontconfig1, libx11-6, libx11-xcb1, \
libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, \
libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, \
libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: assistant
Version: $VERSION
Architecture: $ARCH
Maintainer: The Assistant developers <assistant@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring
Section: utils
Priority: optional
Description: local-first assistant for to-dos, calendar and notes
 Manage to-dos, calendar events and notes by typing plain sentences. A
 small language model (llama.cpp) runs on this computer; nothing is sent
 to a cloud service. The model is downloaded on the first run.
CONTROL

# xz: every dpkg since Debian 7 / Ubuntu 12.04 reads it (zstd only newer ones).
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
echo "$DEB ($(du -h "$DEB" | cut -f1))"
