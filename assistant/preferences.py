"""The user's preferences: model runtime settings, time zone and theme.

They live under ``"preferences"`` in the settings JSON that also holds the
model choice (:mod:`assistant.models.config`); other keys are kept as they are.
Unknown or badly typed values fall back to the defaults, so a hand-edited file
never stops the app from starting.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal

from assistant.models.config import load_settings, save_settings

KEY = "preferences"
Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
CONTEXT_SIZES = (2048, 4096, 8192, 16384, 32768)


@dataclass
class Preferences:
    # None: one thread per physical core.
    threads: int | None = None
    # Layers offloaded to a GPU: None lets the runtime decide (all when the
    # build has a GPU backend), 0 runs on the CPU only, -1 offloads all.
    gpu_layers: int | None = None
    context_size: int = 8192
    # None: the operating system's zone.
    time_zone: str | None = None
    theme: Theme = "system"
    # Closing the window keeps reminders running in the tray.
    close_to_tray: bool = True
    # The undo history is trimmed at start to this many days and megabytes.
    journal_days: int = 90
    journal_megabytes: int = 50

    @classmethod
    def load(cls, base: Path) -> Preferences:
        raw = load_settings(base).get(KEY)
        prefs = cls()
        if not isinstance(raw, dict):
            return prefs
        for f in fields(cls):
            if f.name in raw and _valid(f.name, raw[f.name]):
                setattr(prefs, f.name, raw[f.name])
        return prefs

    def save(self, base: Path) -> None:
        data = load_settings(base)
        data[KEY] = asdict(self)
        save_settings(base, data)


def _valid(name: str, value: Any) -> bool:
    if name == "threads":
        return value is None or (
            isinstance(value, int) and not isinstance(value, bool) and value > 0
        )
    if name == "gpu_layers":
        return value is None or (
            isinstance(value, int) and not isinstance(value, bool) and value >= -1
        )
    if name == "context_size":
        return value in CONTEXT_SIZES
    if name == "time_zone":
        return value is None or (isinstance(value, str) and bool(value))
    if name == "theme":
        return value in THEMES
    if name == "close_to_tray":
        return isinstance(value, bool)
    if name in ("journal_days", "journal_megabytes"):
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    return False


def theme_of(value: str) -> Theme:
    for theme in THEMES:
        if value == theme:
            return theme
    return "system"
