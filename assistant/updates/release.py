"""A release as GitHub describes it: its version, notes and the installer for this system.

Tags are read as the project spells its versions (``v0.2.0``, ``0.2.0rc1``,
``0.2.0.post1``; packaging/versions.py). A pre-release (by GitHub's flag or
by its version) is offered only to someone already running a pre-release.
"""

from __future__ import annotations

import re
import sys
import urllib.parse
from dataclasses import dataclass
from typing import Any

from assistant.errors import AssistantError

# Release notes longer than this are cut (the rest is on the release page).
NOTES_LIMIT = 2000
# The subset of PEP 440 the project uses (packaging/versions.py): no epochs, no local part.
_VERSION = re.compile(
    r"v?(?P<release>\d+(?:\.\d+){0,3})"
    r"(?:(?P<pre_kind>a|b|rc)(?P<pre>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?",
    re.IGNORECASE,
)
_PRE_ORDER = {"a": 0, "b": 1, "rc": 2}
# The installer each system takes, by file name ending (the release workflow's names).
_INSTALLERS: dict[str, tuple[str, ...]] = {
    "win32": ("-setup.exe",),
    "darwin": (".dmg",),
    "linux": (".deb", ".appimage"),
}

CHECKSUMS_NAME = "SHA256SUMS.txt"

VersionKey = tuple[tuple[int, ...], tuple[int, int], int, tuple[int, int]]


class UpdateError(AssistantError):
    """An update check or download failed; the message is one sentence for the user."""


@dataclass(frozen=True)
class Version:
    text: str
    key: VersionKey

    @property
    def is_prerelease(self) -> bool:
        return self.key[1][0] < 3 or self.key[3][0] == 0  # dev/a/b/rc, or a .dev build


def parse_version(text: str) -> Version | None:
    """The version a tag or ``__version__`` names; None for anything else."""
    match = _VERSION.fullmatch(text.strip())
    if match is None:
        return None
    numbers = tuple(int(n) for n in match["release"].split("."))
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers = numbers[:-1]  # 1.0 == 1.0.0
    pre_kind = (match["pre_kind"] or "").lower()
    post = int(match["post"]) if match["post"] else -1
    # A final release sorts after its pre-releases, and a bare .dev build before all of them.
    if pre_kind:
        pre = (_PRE_ORDER[pre_kind], int(match["pre"]))
    else:
        pre = (-1, 0) if match["dev"] and post < 0 else (3, 0)
    dev = (0, int(match["dev"])) if match["dev"] else (1, 0)
    shown = text.strip().removeprefix("v").removeprefix("V")
    return Version(shown, (numbers, pre, post, dev))


@dataclass(frozen=True)
class Asset:
    name: str
    url: str
    size: int


@dataclass(frozen=True)
class Release:
    version: Version
    notes: str
    page_url: str
    prerelease: bool
    assets: tuple[Asset, ...]

    @property
    def checksums(self) -> Asset | None:
        """The release's SHA256SUMS.txt (the release workflow writes one), if it has one."""
        return next((a for a in self.assets if a.name.lower() == CHECKSUMS_NAME.lower()), None)

    def installer(self, platform: str = sys.platform) -> Asset | None:
        """This system's installer: the setup .exe, the .dmg, or a .deb/.AppImage on Linux."""
        key = "linux" if platform.startswith("linux") else platform
        for ending in _INSTALLERS.get(key, ()):
            for asset in self.assets:
                if asset.name.lower().endswith(ending):
                    return asset
        return None


def read_release(data: Any) -> Release:
    """The release in GitHub's JSON (``/releases/latest``); UpdateError when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("tag_name"), str):
        raise UpdateError("GitHub's answer did not describe a release.")
    version = parse_version(data["tag_name"])
    if version is None:
        raise UpdateError(
            f"The latest release's tag {data['tag_name'][:40]!r} is not a version this app "
            "can compare; see the release page."
        )
    page = data.get("html_url")
    return Release(
        version=version,
        notes=trim_notes(data.get("body")),
        page_url=page if isinstance(page, str) and allowed_url(page) else "",
        prerelease=data.get("prerelease") is True or data.get("draft") is True,
        assets=tuple(_assets(data.get("assets"))),
    )


def trim_notes(body: Any, limit: int = NOTES_LIMIT) -> str:
    """The release notes as plain text, cut at a line end near ``limit`` characters."""
    if not isinstance(body, str):
        return ""
    text = body.replace("\r\n", "\n").strip()
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip() + "\n…"


def _assets(raw: Any) -> list[Asset]:
    found: list[Asset] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        name, url, size = item.get("name"), item.get("browser_download_url"), item.get("size")
        if (
            isinstance(name, str)
            and isinstance(url, str)
            and allowed_url(url)
            and isinstance(size, int)
            and not isinstance(size, bool)
            and size > 0
        ):
            found.append(Asset(name, url, size))
    return found


def allowed_url(url: str) -> bool:
    """HTTPS, or plain HTTP only to this computer (the tests' imitation of GitHub)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https":
        return bool(parts.hostname)
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")


def is_newer(release: Release, current: Version) -> bool:
    """Whether ``release`` should be offered to someone running ``current``."""
    if (release.prerelease or release.version.is_prerelease) and not current.is_prerelease:
        return False
    return release.version.key > current.key
