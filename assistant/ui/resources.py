"""Files under ``resources/`` (icons), found from a checkout or inside a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


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
    return icon
