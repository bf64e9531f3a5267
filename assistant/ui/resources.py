"""Files under ``resources/`` (icons), found from a checkout or inside a bundle.

A pip install (the Flatpak's among them) has no ``resources/`` folder: the
app's icon then comes from the icon theme, where the .deb and the Flatpak
install it under the app id.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon

# The desktop file's and the installed icon's name (resources/linux, packaging/).
APP_ID = "io.github.localassistant.Assistant"


def resources_dir() -> Path | None:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks here
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for folder in candidates:
        if folder.is_dir():
            return folder
    return None


def resource(name: str) -> Path | None:
    folder = resources_dir()
    path = folder / name if folder else None
    return path if path is not None and path.exists() else None


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256, 512):
        path = resource(f"icons/assistant-{size}.png")
        if path is not None:
            icon.addFile(str(path))
    svg = resource("icons/assistant.svg")
    if icon.isNull() and svg is not None:
        icon.addFile(str(svg))
    if icon.isNull():
        # Without one the tray icon would be blank.
        icon = QIcon.fromTheme(APP_ID)
    return icon
