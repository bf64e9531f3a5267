#!/usr/bin/env bash
# Sign dist/Assistant.app (hardened runtime), notarize and staple it, build the
# .dmg from the stapled app, then sign, notarize and staple the .dmg too: the
# app keeps its ticket once copied out of the image, so Gatekeeper accepts it
# offline. Every secret comes from the environment; each step that lacks its
# variables is skipped with a note, so forks and pull requests still get an
# unsigned .dmg.
#
#   packaging/macos/sign_and_notarize.sh [APP] [OUT_DIR]   (defaults: dist/Assistant.app dist)
#
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in a keychain
#                             (the workflow imports it from MACOS_CERTIFICATE_P12)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
APP="${1:-$ROOT/dist/Assistant.app}"
OUT="${2:-$ROOT/dist}"
# The full version (0.2.0rc1): Info.plist holds only its numbers (packaging/versions.py).
VERSION="$(python3 "$ROOT/packaging/versions.py" pep440)"
ARCH="$(uname -m)"
DMG="$OUT/Assistant-$VERSION-macos-$ARCH.dmg"
IDENTITY="${MACOS_CODESIGN_IDENTITY:-}"
NOTARIZE=false
if [[ -n "$IDENTITY" && -n "${APPLE_ID:-}" && -n "${APPLE_TEAM_ID:-}" && -n "${APPLE_APP_PASSWORD:-}" ]]; then
    NOTARIZE=true
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Submit FILE (a .zip, .dmg or .pkg) to Apple's notary service and wait for the
# verdict; anything but Accepted prints Apple's log and fails.
notarize() {
    local auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    local result id status
    result="$(xcrun notarytool submit "$1" "${auth[@]}" --wait --timeout 30m --output-format json)"
    echo "$result"
    id="$(python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' <<<"$result")"
    status="$(python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])' <<<"$result")"
    if [[ "$status" != "Accepted" ]]; then
        xcrun notarytool log "$id" "${auth[@]}" || true
        echo "Notarization of $1 ended as: $status" >&2
        return 1
    fi
}

if [[ -n "$IDENTITY" ]]; then
    echo "Signing $APP as $IDENTITY"
    # Inside out: every Mach-O first (libllama, Qt frameworks, Python), then the app.
    # --deep is deprecated for signing and misses files in Resources.
    find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
        while IFS= read -r -d '' file; do
            if file -b "$file" | grep -q 'Mach-O'; then
                codesign --force --timestamp --options runtime \
                    --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$file"
            fi
        done
    codesign --force --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$APP"
    codesign --verify --strict --deep --verbose=2 "$APP"
else
    echo "MACOS_CODESIGN_IDENTITY is not set: the app and .dmg stay unsigned (Gatekeeper will warn)."
fi

# The app itself first (notarytool takes a zip of it, not the folder), so the
# ticket stapled to it travels inside the .dmg.
if $NOTARIZE; then
    echo "Notarizing $APP"
    ditto -c -k --keepParent "$APP" "$WORK/Assistant.zip"
    notarize "$WORK/Assistant.zip"
    xcrun stapler staple "$APP"
    xcrun stapler validate "$APP"
    spctl --assess --type execute --verbose "$APP"
fi

# A compressed, read-only image with the app and a link to /Applications.
STAGE="$WORK/dmg"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p "$OUT"
rm -f "$DMG"
hdiutil create -volname "Assistant $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 "$DMG"

if [[ -n "$IDENTITY" ]]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
if $NOTARIZE; then
    echo "Notarizing $DMG"
    notarize "$DMG"
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
else
    echo "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not all set: notarization skipped."
fi
echo "$DMG ($(du -h "$DMG" | cut -f1))"
