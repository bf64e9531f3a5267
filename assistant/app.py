"""The app without a face: what the command line and the window both run on.

:class:`Assistant` holds one data folder's store, settings, tool registry and
model holder, and does the things every front end does with them: run a tool
as the user, undo, import and export a calendar. :meth:`Assistant.open` is the
one way to build it from the options a user gives (data folder, pinned clock,
recovery key), so the two front ends cannot drift apart in how they open the
data. The window wraps it in ``assistant/ui/context.py``, which adds only Qt
signals; nothing here imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from assistant import paths
from assistant.clock import Clock
from assistant.ical.ics_export import ExportReport, export_to_file
from assistant.ical.ics_import import import_file
from assistant.ical.import_report import ImportReport
from assistant.model_holder import ModelHolder
from assistant.settings import Preferences, sync_minutes
from assistant.store import Store, cipher
from assistant.store.journal import UndoResult
from assistant.sync.scheduler import RunResult, SyncScheduler
from assistant.tools import default_registry
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolResult

# ask_key(database, why) -> a key that opens it, or raises to leave the data locked.
# The asker keeps that key in the keychain where the user wants it and one works.
KeyAsker = Callable[[Path, str], bytes]


def open_store(db: Path, key: bytes | None = None, ask_key: KeyAsker | None = None) -> Store:
    """The store at ``db``; an encrypted one opens with ``key``, the keychain's, or one asked for.

    A key that was given is kept in the keychain, so the next start needs no
    recovery key; one that was asked for is kept by the asker, if the user wants.
    """
    try:
        store = Store.open(db) if key is None else Store.open(db, key)
    except cipher.KeyNeeded as exc:
        if ask_key is None or key is not None:
            raise
        return Store.open(db, ask_key(db, str(exc)))
    if key is not None and store.encrypted:
        cipher.remember(db.parent, key)
    return store


class Assistant:
    """One data folder, opened: the store, the settings, the tools and the model.

    Safe to use from worker threads (the store serialises its writes). ``now``
    and ``tz`` pin the clock (tests, screenshots, ``--now``/``--tz``).
    ``preferred_zone`` lets the time zone chosen in Settings win over
    ``$ASSISTANT_TZ`` and the system's, as in the window; the command line
    keeps its documented order (``--tz``, ``$ASSISTANT_TZ``, the system).
    """

    def __init__(
        self,
        base: Path,
        store: Store,
        *,
        prefs: Preferences | None = None,
        now: str | None = None,
        tz: str | None = None,
        preferred_zone: bool = True,
        idle_seconds: float | None = None,
    ) -> None:
        self.base = base
        self.store = store
        self._prefs = prefs
        self.pinned_now = now
        self.pinned_tz = tz
        self.preferred_zone = preferred_zone
        self.registry = default_registry()
        self.models = ModelHolder(base, idle_seconds=idle_seconds)

    @classmethod
    def open(
        cls,
        data_dir: str | Path | None = None,
        *,
        now: str | None = None,
        tz: str | None = None,
        key: bytes | None = None,
        ask_key: KeyAsker | None = None,
        preferred_zone: bool = True,
        idle_seconds: float | None = None,
    ) -> Assistant:
        """Open the data folder (``data_dir``, else ``$ASSISTANT_DATA_DIR``, else the OS's).

        Nothing slow happens here: the model is loaded later, through :attr:`models`.
        """
        base = paths.data_dir(data_dir)
        store = open_store(paths.db_path(base), key, ask_key)
        return cls(
            base,
            store,
            now=now,
            tz=tz,
            preferred_zone=preferred_zone,
            idle_seconds=idle_seconds,
        )

    @property
    def prefs(self) -> Preferences:
        """The preferences, read from the settings file on first use."""
        if self._prefs is None:
            self._prefs = Preferences.load(self.base)
        return self._prefs

    def clock(self) -> Clock:
        zone = self.pinned_tz or (self.prefs.time_zone if self.preferred_zone else None)
        return Clock.from_options(self.pinned_now, zone)

    def tool_context(self) -> ToolContext:
        return ToolContext(self.store, self.clock())

    def run_tool(self, name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run one tool as the user (no approval needed); never raises."""
        return self.registry.call(self.tool_context(), name, arguments)

    def undo(self, action_id: int | None = None) -> UndoResult:
        """Undo one step: the latest one, or the one that journaled ``action_id``."""
        return self.store.undo(action_id)

    def redo(self) -> UndoResult:
        """Do again the step undone last, if nothing was done since."""
        return self.store.redo()

    def import_ics(self, path: Path | str) -> ImportReport:
        """Import an .ics file's events and to-dos as one journaled action."""
        return import_file(self.store, path, self.clock())

    def export(self, path: Path | str, *, overwrite: bool = False) -> ExportReport:
        """Write the calendar and to-dos to ``path``; never into the data folder."""
        return export_to_file(
            self.store, path, self.clock(), overwrite=overwrite, data_dir=self.base
        )

    def sync_scheduler(self, on_done: Callable[[RunResult], None] | None = None) -> SyncScheduler:
        """Background sync and subscription refreshes every ``sync_minutes`` (not started)."""
        return SyncScheduler(
            self.store, self.clock, interval_minutes=sync_minutes(self.base), on_done=on_done
        )

    def close(self) -> None:
        """Free the model and close the store."""
        self.models.close()
        self.store.close()

    def __enter__(self) -> Assistant:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
