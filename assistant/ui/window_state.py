"""The main window's size, position and last view, kept between launches.

Stored under ``"window"`` in the settings JSON (beside the model choice and
the preferences; other keys are kept as they are). Qt's own geometry bytes,
base64-encoded, so a position on a screen that is gone is brought back onto
one that is there by Qt itself. A missing or damaged entry means defaults.
"""

from __future__ import annotations

import base64
import binascii
import logging
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError
from assistant.settings import load_settings, save_settings

log = logging.getLogger(__name__)
KEY = "window"


@dataclass(frozen=True)
class WindowState:
    geometry: bytes
    view: int


def load_state(base: Path) -> WindowState | None:
    try:
        raw = load_settings(base).get(KEY)
    except AssistantError:
        return None
    if not isinstance(raw, dict):
        return None
    view, geometry = raw.get("view"), raw.get("geometry")
    if not isinstance(view, int) or isinstance(view, bool) or not isinstance(geometry, str):
        return None
    try:
        return WindowState(base64.b64decode(geometry, validate=True), view)
    except (binascii.Error, ValueError):
        return None


def save_state(base: Path, state: WindowState) -> None:
    """Write the state; a settings file that cannot be written is only logged."""
    try:
        data = load_settings(base)
        geometry = base64.b64encode(state.geometry).decode("ascii")
        data[KEY] = {"geometry": geometry, "view": state.view}
        save_settings(base, data)
    except (AssistantError, OSError):
        log.warning("could not save the window's size and view", exc_info=True)
