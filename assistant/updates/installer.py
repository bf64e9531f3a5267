"""Windows only: download the release's signed setup and start it.

The setup.exe is an Inno Setup installer with a fixed AppId, so it upgrades the
installed app in place (packaging/windows/assistant.iss). It is downloaded with
the model downloader (resume, TLS trust of the app) and kept only when its size
is the one GitHub published and, where the release has a SHA256SUMS.txt, its
SHA-256 is the one listed there. Starting it is behind a platform check; the app
quits afterwards so the setup can replace its files.
"""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.errors import ModelError
from assistant.models.fetch import (
    ProgressCallback,
    TokenRequired,
    download_file,
    format_bytes,
)
from assistant.updates.check import fetch_bounded
from assistant.updates.release import CHECKSUMS_NAME, Asset, UpdateError

# Inno Setup: show progress but ask nothing; close the running app (Restart Manager).
SETUP_ARGUMENTS = ("/SILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CLOSEAPPLICATIONS")

Spawn = Callable[[Sequence[str]], object]
_SUM_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *]?(.+)")


def can_install(asset: Asset | None, platform: str = sys.platform) -> bool:
    """Whether this system can install ``asset`` itself: a setup .exe on Windows."""
    return platform == "win32" and asset is not None and asset.name.lower().endswith("-setup.exe")


def download_installer(
    asset: Asset,
    folder: Path,
    *,
    sums: Asset | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """``asset`` in ``folder``, its size (and SHA-256 where ``sums`` lists it) checked."""
    if "/" in asset.name or "\\" in asset.name or asset.name.startswith("."):
        raise UpdateError(f"The installer's name {asset.name!r} is not a plain file name.")
    sha256 = listed_sha256(fetch_bounded(sums.url), asset.name) if sums else None

    def check_size(part: Path) -> None:
        size = part.stat().st_size
        if size != asset.size:
            raise ModelError(
                f"it has {format_bytes(size)}, but the release lists {format_bytes(asset.size)}"
            )

    try:
        return download_file(
            asset.url,
            folder / asset.name,
            expected_sha256=sha256,
            expected_size=asset.size,
            on_progress=on_progress,
            cancel=cancel,
            check=check_size,
        )
    except TokenRequired:  # its words are about Hugging Face tokens
        raise UpdateError(
            f"The server refused the download of {asset.name}; open the release page instead."
        ) from None
    except ModelError as exc:
        raise UpdateError(str(exc)) from None


def listed_sha256(sums: bytes, name: str) -> str:
    """The SHA-256 that a ``sha256sum`` listing gives for ``name``; UpdateError if none."""
    for line in sums.decode("utf-8", "replace").splitlines():
        match = _SUM_LINE.fullmatch(line.strip())
        if match and match[2] == name:
            return match[1].lower()
    raise UpdateError(f"The release's {CHECKSUMS_NAME} does not list {name}; not installing it.")


def setup_command(installer: Path) -> list[str]:
    return [str(installer), *SETUP_ARGUMENTS]


def start_installer(
    installer: Path, *, platform: str = sys.platform, spawn: Spawn | None = None
) -> list[str]:
    """Start the setup (Windows only) and return its command; the caller then quits."""
    if platform != "win32":
        raise UpdateError("Installing updates from the app is only possible on Windows.")
    if not installer.is_file() or not installer.name.lower().endswith("-setup.exe"):
        raise UpdateError(f"{installer.name} is not a downloaded setup program.")
    command = setup_command(installer)
    run = spawn or _detached
    try:
        run(command)
    except OSError as exc:
        raise UpdateError(f"The setup could not be started: {exc.strerror or exc}.") from None
    return command


def _detached(command: Sequence[str]) -> object:  # pragma: no cover - Windows only
    flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(
        subprocess, "CREATE_NEW_PROCESS_GROUP", 0
    )
    return subprocess.Popen(list(command), creationflags=flags, close_fds=True)
