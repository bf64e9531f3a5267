"""Fail when a Mach-O file in the .app needs a newer macOS than the app says it runs on.

    python3 packaging/macos/check_minos.py dist/Assistant.app

Info.plist's LSMinimumSystemVersion promises a macOS version; every binary
inside carries its own minimum (``otool -l``: ``LC_BUILD_VERSION``'s
``minos``, or ``LC_VERSION_MIN_MACOSX``'s ``version`` in older files). A wheel
built for a newer macOS than the promise installs fine and then refuses to
load on the older one, so the release workflow runs this on the built app
(only macOS has otool).
"""

from __future__ import annotations

import argparse
import plistlib
import re
import subprocess
import sys
from pathlib import Path

_MACHO_MAGIC = {
    b"\xfe\xed\xfa\xce",
    b"\xce\xfa\xed\xfe",
    b"\xfe\xed\xfa\xcf",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # universal
}

# (load command, field) that holds the minimum macOS version.
_MINIMUM_FIELDS = {("LC_BUILD_VERSION", "minos"), ("LC_VERSION_MIN_MACOSX", "version")}


def minimum_versions(otool_output: str) -> list[str]:
    """The minimum macOS versions ``otool -l`` reports (one per architecture slice)."""
    found = []
    command = None
    for line in otool_output.splitlines():
        words = line.split()
        if len(words) != 2:
            continue
        if words[0] == "cmd":
            command = words[1]
        elif (command, words[0]) in _MINIMUM_FIELDS:
            found.append(words[1])
    return found


def version_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def too_new(otool_output: str, promised: str) -> list[str]:
    return [v for v in minimum_versions(otool_output) if version_key(v) > version_key(promised)]


def is_macho(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in _MACHO_MAGIC
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", type=Path)
    args = parser.parse_args(argv)
    with (args.app / "Contents" / "Info.plist").open("rb") as handle:
        promised = str(plistlib.load(handle)["LSMinimumSystemVersion"])
    problems, checked = [], 0
    for path in sorted(args.app.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_macho(path):
            continue
        checked += 1
        output = subprocess.run(
            ["otool", "-l", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for version in too_new(output, promised):
            problems.append(f"{path.relative_to(args.app)} needs macOS {version}")
    if problems:
        print(f"LSMinimumSystemVersion is {promised}, but:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"{checked} Mach-O files, none needs more than macOS {promised}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
