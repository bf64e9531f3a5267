"""What every view shares: the core :class:`~assistant.app.Assistant` and a change bus."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from assistant.app import Assistant
from assistant.clock import Clock
from assistant.settings import Preferences
from assistant.store import Store
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolRegistry, ToolResult
from assistant.ui.model_controller import ModelController
from assistant.ui.sync.controller import CALENDARS, SyncController

# Names a DataBus change carries.
TODOS = "todos"
EVENTS = "events"
NOTES = "notes"
CONVERSATIONS = "conversations"
ALL_TABLES = (TODOS, EVENTS, NOTES, CONVERSATIONS, CALENDARS)


# The view a journal table's rows show in (links belong to what they tag).
_SHOWN_IN = {"todo_tags": TODOS, "note_tags": NOTES, "event_instances": EVENTS}


class DataBus(QObject):
    """Says which kinds of data changed, so every view showing them refreshes.

    Takes table names, or a write's ``Changes``: views subscribe by table.
    """

    changed = Signal(list)

    def notify(self, tables: Iterable[str]) -> None:
        names = sorted({_SHOWN_IN.get(t, t) for t in tables})
        if names:
            self.changed.emit(names)


class ShortcutStatus(QObject):
    """The quick-entry shortcut of the running app, between Settings and what holds it.

    Settings asks for new keys with ``change_requested(keys)`` ("" for none);
    the holder (``QuickEntry``) rebinds at once and, when the system refuses,
    says why with ``failed(message)`` and keeps the message in ``problem``
    (empty while the shortcut works), which Settings shows next to the field.
    """

    change_requested = Signal(str)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.problem = ""


class AppContext:
    """Shared state of one running app: the core :class:`Assistant`, plus signals.

    Safe to use from worker threads, except ``bus``, whose signals may be
    emitted from anywhere but live on the GUI thread.
    """

    def __init__(self, core: Assistant) -> None:
        self.core = core
        self.bus = DataBus()
        # The core's model holder, reported as signals; loads run on the long-work pool.
        self.models = ModelController(core.models)
        # CalDAV syncs, run on the long-work pool; its state is what the status bar shows.
        self.sync = SyncController(core, self.bus)
        # The global quick-entry shortcut: Settings changes it while the app runs.
        self.shortcut = ShortcutStatus()

    @property
    def base(self) -> Path:
        return self.core.base

    @property
    def store(self) -> Store:
        return self.core.store

    @property
    def prefs(self) -> Preferences:
        return self.core.prefs

    @property
    def registry(self) -> ToolRegistry:
        return self.core.registry

    def clock(self) -> Clock:
        return self.core.clock()

    def tool_context(self) -> ToolContext:
        return self.core.tool_context()

    def call_tool(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run one tool as the user (no approval needed); never raises."""
        return self.core.run_tool(name, arguments)
