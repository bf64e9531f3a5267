"""Runs CalDAV syncs off the GUI thread and keeps the state the status bar shows.

One sync at a time: "Sync now" while one runs asks for one more after it (a
change made meanwhile still goes out). What a sync wrote goes to the
:class:`~assistant.ui.context.DataBus` like any write, so the views refresh;
the calendars' list and the conflicts are announced as ``calendars``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from assistant.app import Assistant
from assistant.clock import Clock
from assistant.store import Changes, Store
from assistant.sync import SyncReport, accounts, conflicts, sync
from assistant.ui.tasks import Notifier, run_in_background, run_write

# The DataBus name for accounts, calendars and conflicts (no journaled table).
CALENDARS = "calendars"


@dataclass(frozen=True)
class SyncState:
    """What the status bar says about sync."""

    accounts: int = 0
    running: bool = False
    last_sync: datetime | None = None  # in the user's zone
    error: str | None = None  # the last sync's first failure, in one sentence
    errors: tuple[str, ...] = ()  # every failure of it, for the tooltip
    conflicts: int = 0


@dataclass
class _Done:
    """A sync's result as a write: its report, and the state afterwards."""

    report: SyncReport | None
    state: SyncState
    changes: Changes = field(default_factory=Changes)


def read_state(store: Store, clock: Clock) -> SyncState:
    """The sync state as stored (worker thread)."""
    found = accounts(store)
    stamps = [a.last_sync for a in found if a.last_sync]
    errors = tuple(
        c.last_error for a in found for c in a.calendars if c.kinds and c.last_error
    ) or tuple(a.last_error for a in found if a.last_error)
    last = max(stamps) if stamps else None
    return SyncState(
        accounts=len(found),
        last_sync=datetime.fromisoformat(last).astimezone(clock.tz) if last else None,
        error=errors[0] if errors else None,
        errors=errors,
        conflicts=len(conflicts(store, clock)),
    )


class SyncController(QObject):
    # The state changed (a sync started or ended, accounts or conflicts changed).
    changed = Signal()
    # A sync ended: its SyncReport, or None when it could not run at all.
    finished = Signal(object)

    def __init__(self, core: Assistant, bus: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.bus = bus
        self.state = SyncState()
        self._again = False

    @property
    def running(self) -> bool:
        return self.state.running

    def refresh(self) -> None:
        """Read the stored state again (after accounts or conflicts changed)."""
        store, clock = self.core.store, self.core.clock()
        run_in_background(lambda: read_state(store, clock), self._show, lambda _m: None)

    def _show(self, state: SyncState) -> None:
        if self.state.running:  # the running sync reports when it ends
            return
        self.state = state
        self.changed.emit()

    def sync_now(self) -> None:
        """Sync every account off the GUI thread (once more after the running one)."""
        if self.state.running:
            self._again = True
            return
        self._again = False
        self.state = replace(self.state, running=True)
        self.changed.emit()
        store, clock = self.core.store, self.core.clock()

        def work() -> _Done:
            report = sync(store, clock)
            return _Done(report, read_state(store, clock), report.changes)

        run_write(self.bus, work, self._done, self._failed, kind="long")

    def _done(self, done: _Done) -> None:
        self._end(done.state)
        self.bus.notify([CALENDARS])
        self.finished.emit(done.report)

    def _failed(self, message: str) -> None:
        self._end(replace(self.state, running=False, error=message, errors=(message,)))
        self.finished.emit(None)

    def _end(self, state: SyncState) -> None:
        self.state = state
        self.changed.emit()
        if self._again:
            self.sync_now()
