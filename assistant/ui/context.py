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

# Names a DataBus change carries.
TODOS = "todos"
EVENTS = "events"
NOTES = "notes"
CONVERSATIONS = "conversations"
ALL_TABLES = (TODOS, EVENTS, NOTES, CONVERSATIONS)

# Which bus names a tool's writes touch.
_TOOL_TABLES = {"todo": TODOS, "event": EVENTS, "note": NOTES}


class DataBus(QObject):
    """Says which kinds of data changed, so every view showing them refreshes."""

    changed = Signal(list)

    def notify(self, tables: Iterable[str]) -> None:
        names = sorted(set(tables))
        if names:
            self.changed.emit(names)


def tables_for_tool(name: str) -> list[str]:
    """The bus names a tool may have changed (e.g. ``add_todo`` → ``todos``)."""
    return sorted({table for key, table in _TOOL_TABLES.items() if key in name})


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
