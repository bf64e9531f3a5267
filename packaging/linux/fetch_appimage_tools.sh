#!/usr/bin/env bash
# Download the pinned appimagetool and AppImage runtime into build/appimage-tools,
# checking each against the SHA-256 recorded here (a mismatch stops the build).
#
#   packaging/linux/fetch_appimage_tools.sh [DEST]      (default: build/appimage-tools)
#
# Both projects publish a moving "continuous" release; these are tagged
# releases, so every build packs with the same tool and runtime. The runtime
# is the static type2 runtime: the AppImage starts without libfuse2, which
# current distributions no longer install. To move to newer releases, change
# a tag, download the file once, and record its sha256sum here.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DEST="${1:-$ROOT/build/appimage-tools}"
ARCH="$(uname -m)"
[[ "$ARCH" == "x86_64" ]] || { echo "Pinned for x86_64 only, not $ARCH." >&2; exit 1; }

APPIMAGETOOL_TAG="1.9.1"
APPIMAGETOOL_SHA256="ed4ce84f0d9caff66f50bcca6ff6f35aae54ce8135408b3fa33abfc3cb384eb0"
RUNTIME_TAG="20251108"
RUNTIME_SHA256="2fca8b443c92510f1483a883f60061ad09b46b978b2631c807cd873a47ec260d"

fetch() {  # URL SHA256 FILE: download unless the file is already there and verified
    local url="$1" sha="$2" file="$3"
    if [[ -f "$file" ]] && echo "$sha  $file" | sha256sum --check --status; then
        return
    fi
    curl -fsSL --retry 3 -o "$file.part" "$url"
    if ! echo "$sha  $file.part" | sha256sum --check --status; then
        echo "$(basename "$file") from $url does not match its pinned SHA-256 $sha." >&2
        rm -f "$file.part"
        exit 1
    fi
    mv "$file.part" "$file"
}

mkdir -p "$DEST"
fetch "https://github.com/AppImage/appimagetool/releases/download/$APPIMAGETOOL_TAG/appimagetool-x86_64.AppImage" \
    "$APPIMAGETOOL_SHA256" "$DEST/appimagetool"
fetch "https://github.com/AppImage/type2-runtime/releases/download/$RUNTIME_TAG/runtime-x86_64" \
    "$RUNTIME_SHA256" "$DEST/runtime-x86_64"
chmod +x "$DEST/appimagetool"
echo "$DEST/appimagetool (appimagetool $APPIMAGETOOL_TAG), $DEST/runtime-x86_64 (type2-runtime $RUNTIME_TAG)"
