"""The project's version in each installer format's own syntax.

pyproject.toml holds one PEP 440 version (``0.2.0``, ``0.2.0rc1``,
``0.2.0.post1``). The formats disagree on how to spell it:

- Debian sorts ``0.2.0rc1`` after ``0.2.0``; a pre-release needs a tilde
  (``0.2.0~rc1``), which sorts before everything, and a post-release a plus
  (``0.2.0+post1``), which sorts after the release but before ``0.2.1``.
- Windows version resources (Inno Setup's VersionInfoVersion, the .exe's
  FileVersion) take four numbers from 0 to 65535 and abort on anything else.
  The fourth is the post-release number; a pre-release gets its release's
  numbers, and the full version goes into the display strings (AppVersion,
  ProductVersion). Inno Setup upgrades by AppId, not by these numbers.
- macOS's CFBundleShortVersionString and CFBundleVersion are up to three
  numbers; the same rule as on Windows.
- AppImage file names and AppStream take the PEP 440 string as it is.

Used by packaging/linux/build_deb.sh and the Makefile (``python3
packaging/versions.py debian``), packaging/assistant.spec (Info.plist and the
Windows version resource) and the release workflow (iscc's /D values). Only
the standard library: the scripts run with the system's python3.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The subset of PEP 440 this project uses: no epochs, no local versions.
_PEP440 = re.compile(
    r"""
    (?P<release>\d+(?:\.\d+)*)
    (?:(?P<pre_kind>a|b|rc)(?P<pre>\d+))?
    (?:\.post(?P<post>\d+))?
    (?:\.dev(?P<dev>\d+))?
    """,
    re.VERBOSE,
)
_WINDOWS_MAX = 65535


@dataclass(frozen=True)
class Versions:
    pep440: str  # pyproject, wheels, AppImage file name, AppStream
    debian: str  # the .deb's Version field and file name
    windows_numeric: str  # VersionInfoVersion, FileVersion: four numbers
    windows_display: str  # AppVersion, ProductVersion, the setup.exe name
    macos_short: str  # CFBundleShortVersionString
    macos_build: str  # CFBundleVersion

    @property
    def windows_tuple(self) -> tuple[int, int, int, int]:
        a, b, c, d = (int(n) for n in self.windows_numeric.split("."))
        return a, b, c, d


def derive(version: str) -> Versions:
    """Every format's spelling of ``version``; ValueError for what they cannot carry."""
    match = _PEP440.fullmatch(version.strip())
    if match is None:
        raise ValueError(
            f"version {version!r} is not of the form 1.2.3[a|b|rcN][.postN][.devN] "
            "(epochs and local versions cannot be spelled by every installer)"
        )
    release = [int(n) for n in match["release"].split(".")]
    if len(release) > 3:
        raise ValueError(f"version {version!r} has more than three release numbers")
    numbers = [*release, 0, 0][:3]
    post = int(match["post"]) if match["post"] else 0
    if max([*numbers, post]) > _WINDOWS_MAX:
        raise ValueError(f"version {version!r} has a number above {_WINDOWS_MAX}")
    plain = ".".join(map(str, numbers))
    return Versions(
        pep440=version.strip(),
        debian=_debian(match),
        windows_numeric=f"{plain}.{post}",
        windows_display=version.strip(),
        macos_short=plain,
        macos_build=plain,
    )


def _debian(match: re.Match[str]) -> str:
    text = match["release"]
    if match["pre"]:
        text += f"~{match['pre_kind']}{match['pre']}"
    if match["post"]:
        text += f"+post{match['post']}"
    if match["dev"]:
        # dev sorts before its pre- or post-release, and a bare dev before every pre-release.
        text += f"~dev{match['dev']}" if match["pre"] or match["post"] else f"~~dev{match['dev']}"
    return text


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def main(argv: list[str] | None = None) -> int:
    fields = list(Versions.__dataclass_fields__)
    parser = argparse.ArgumentParser(description="Print the version in one format's syntax.")
    parser.add_argument("format", choices=[name.replace("_", "-") for name in fields])
    parser.add_argument("--version", help="instead of pyproject.toml's version")
    args = parser.parse_args(argv)
    try:
        versions = derive(args.version or project_version())
    except ValueError as exc:
        print(f"versions.py: {exc}", file=sys.stderr)
        return 1
    print(asdict(versions)[args.format.replace("-", "_")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
