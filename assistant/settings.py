"""The settings file: one JSON object, owned here.

It sits at :func:`assistant.paths.config_path` and holds the model choice
(``model_path``, :mod:`assistant.models.config`), the model server
(:mod:`assistant.models.server`), the window's geometry, the encryption flag,
the sync interval, "Ask before changes", the update check's opt-in, the
window's language and the user's :class:`Preferences` under ``"preferences"``. Every feature
reads the whole object and writes it back with its own keys changed, so keys
it does not know are kept as they are.

Preferences are validated one by one: an unknown or badly typed value falls
back to its default, so a hand-edited file never stops the app from starting.
"""

from __future__ import annotations

import errno
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal

from assistant import paths
from assistant.errors import AssistantError

PREFERENCES_KEY = "preferences"
# {"minutes": N}: how often CalDAV sync and subscription refreshes run (besides at
# start, on demand and after a local change; 0: only those; assistant/sync/scheduler.py).
SYNC_KEY = "sync"
SYNC_MINUTES = 15
# {"ask_before_changes": bool}: whether the assistant's changes to existing items
# wait on the user's approval, as deletions do (off unless set; the chat reads it).
CHAT_KEY = "chat"
# {"check": bool, "last_check": ISO}: the opt-in update check (assistant/updates);
# no "check" means the user has not been asked yet, which counts as off.
UPDATES_KEY = "updates"
# "de": the window's language, one of LANGUAGES (assistant/ui/i18n.py); no key
# means the system's. Read once at start, so a change shows on the next start.
LANGUAGE_KEY = "language"
# The global shortcut that opens the quick-entry window, in Qt's portable text.
QUICK_ENTRY_KEY = "quick_entry_shortcut"
# No default of Windows, GNOME, KDE Plasma or macOS (where Qt's Ctrl is Command)
# uses it; Ctrl+Alt+Space would be macOS's Finder search (Command+Option+Space)
# or its next input source (Control+Option+Space).
QUICK_ENTRY_SHORTCUT = "Ctrl+Shift+Space"
MAX_SHORTCUT_CHARS = 64
MAX_SYNC_MINUTES = 24 * 60
Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
CONTEXT_SIZES = (2048, 4096, 8192, 16384, 32768)
# The window's languages (ISO 639-1); English is the source text, the others
# have catalogues under resources/translations (assistant/ui/i18n.py).
LANGUAGES: tuple[str, ...] = ("en", "pt", "es", "de", "fr", "it")


def load_settings(base: Path) -> dict[str, Any]:
    """The settings object of the data folder ``base``; ``{}`` when there is no file yet."""
    path = paths.config_path(base)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise AssistantError(
            f"The settings file {path} is not valid JSON ({exc}); fix it or delete it."
        ) from None
    except OSError as exc:
        raise AssistantError(f"The settings file {path} cannot be read: {exc.strerror}.") from None
    if not isinstance(data, dict):
        raise AssistantError(f"The settings file {path} should hold a JSON object.")
    return data


def save_settings(base: Path, data: dict[str, Any]) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    path = paths.config_path(base)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        paths.write_private(path, text)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise AssistantError(
                "The disk is full, so the settings were not saved; "
                "the old ones are kept. Free some space and try again."
            ) from None
        raise AssistantError(
            f"The settings file {path} cannot be written: {exc.strerror}."
        ) from None


@dataclass
class Preferences:
    """Model runtime settings, time zone, theme and upkeep, kept under ``"preferences"``."""

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
        raw = load_settings(base).get(PREFERENCES_KEY)
        prefs = cls()
        if not isinstance(raw, dict):
            return prefs
        for f in fields(cls):
            if f.name in raw and _valid(f.name, raw[f.name]):
                setattr(prefs, f.name, raw[f.name])
        return prefs

    def save(self, base: Path) -> None:
        data = load_settings(base)
        data[PREFERENCES_KEY] = asdict(self)
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


def sync_minutes(base: Path) -> int:
    """Minutes between background syncs (0: only on demand), or 15 where missing or bad."""
    raw = load_settings(base).get(SYNC_KEY)
    value = raw.get("minutes") if isinstance(raw, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SYNC_MINUTES:
        return value
    return SYNC_MINUTES


def save_sync_minutes(base: Path, minutes: int) -> None:
    """Keep how often to sync (0, only on demand, to 1440 minutes); other keys stay."""
    if isinstance(minutes, bool) or not 0 <= minutes <= MAX_SYNC_MINUTES:
        raise AssistantError(f"Sync every 0 to {MAX_SYNC_MINUTES} minutes, not {minutes}.")
    data = load_settings(base)
    section = data.get(SYNC_KEY)
    data[SYNC_KEY] = {**(section if isinstance(section, dict) else {}), "minutes": minutes}
    save_settings(base, data)


def ask_before_changes(base: Path) -> bool:
    """Whether the assistant's changes to existing items wait for approval (off by default)."""
    raw = load_settings(base).get(CHAT_KEY)
    return isinstance(raw, dict) and raw.get("ask_before_changes") is True


def save_ask_before_changes(base: Path, ask: bool) -> None:
    """Keep "Ask before changes"; other keys stay."""
    data = load_settings(base)
    section = data.get(CHAT_KEY)
    data[CHAT_KEY] = {**(section if isinstance(section, dict) else {}), "ask_before_changes": ask}
    save_settings(base, data)


def window_language(base: Path) -> str | None:
    """The language chosen for the window, or None for the system's (also when the value is bad)."""
    value = load_settings(base).get(LANGUAGE_KEY)
    return value if value in LANGUAGES else None


def save_window_language(base: Path, code: str | None) -> None:
    """Keep the window's language (None: follow the system); other keys stay."""
    if code is not None and code not in LANGUAGES:
        raise AssistantError(f"The window cannot be shown in {code!r}; choose one of {LANGUAGES}.")
    data = load_settings(base)
    if code is None:
        data.pop(LANGUAGE_KEY, None)
    else:
        data[LANGUAGE_KEY] = code
    save_settings(base, data)


def quick_entry_shortcut(base: Path) -> str:
    """The quick-entry window's global shortcut ("" for none); the default where unset or bad."""
    value = load_settings(base).get(QUICK_ENTRY_KEY)
    if isinstance(value, str) and len(value) <= MAX_SHORTCUT_CHARS:
        return value
    return QUICK_ENTRY_SHORTCUT


def save_quick_entry_shortcut(base: Path, keys: str) -> None:
    """Keep the quick-entry shortcut ("" for none; the default is not written); other keys stay."""
    if len(keys) > MAX_SHORTCUT_CHARS:
        raise AssistantError(f"A shortcut has at most {MAX_SHORTCUT_CHARS} characters.")
    data = load_settings(base)
    if keys == QUICK_ENTRY_SHORTCUT:
        if QUICK_ENTRY_KEY not in data:
            return
        data.pop(QUICK_ENTRY_KEY)
    else:
        data[QUICK_ENTRY_KEY] = keys
    save_settings(base, data)


def update_checks(base: Path) -> bool | None:
    """Whether the user turned update checks on; None when never asked (then they are off)."""
    raw = load_settings(base).get(UPDATES_KEY)
    value = raw.get("check") if isinstance(raw, dict) else None
    return value if isinstance(value, bool) else None


def save_update_checks(base: Path, on: bool) -> None:
    """Keep the user's answer about update checks; other keys stay."""
    _save_updates(base, {"check": on})


def _save_updates(base: Path, values: dict[str, Any]) -> None:
    data = load_settings(base)
    section = data.get(UPDATES_KEY)
    data[UPDATES_KEY] = {**(section if isinstance(section, dict) else {}), **values}
    save_settings(base, data)


def last_update_check(base: Path) -> str | None:
    """When the last update check was made (ISO text), as :func:`record_update_check` kept it."""
    raw = load_settings(base).get(UPDATES_KEY)
    value = raw.get("last_check") if isinstance(raw, dict) else None
    return value if isinstance(value, str) else None


def record_update_check(base: Path, when: str) -> None:
    _save_updates(base, {"last_check": when})
