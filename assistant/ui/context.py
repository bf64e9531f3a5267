"""What every view shares: the store, the clock, the tools and a change bus."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from assistant.clock import Clock
from assistant.model_holder import ModelHolder
from assistant.settings import Preferences
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolResult
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
    """Shared state of one running app. Safe to use from worker threads,
    except ``bus``, whose signals may be emitted from anywhere but live on the
    GUI thread."""

    def __init__(
        self,
        base: Path,
        store: Store,
        *,
        prefs: Preferences | None = None,
        now: str | None = None,
        tz: str | None = None,
    ) -> None:
        self.base = base
        self.store = store
        self.prefs = prefs or Preferences.load(base)
        # --now / --tz pin the clock (tests, screenshots); otherwise it runs.
        self.pinned_now = now
        self.pinned_tz = tz
        self.registry = default_registry()
        self.bus = DataBus()
        self.models = ModelController(ModelHolder(base))

    def clock(self) -> Clock:
        return Clock.from_options(self.pinned_now, self.pinned_tz or self.prefs.time_zone)

    def tool_context(self) -> ToolContext:
        return ToolContext(self.store, self.clock())

    def call_tool(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run one tool as the user (no approval needed); never raises."""
        return self.registry.call(self.tool_context(), name, arguments)
