"""Runs CalDAV syncs off the GUI thread and keeps the state the status bar shows.

The core :class:`~assistant.sync.scheduler.SyncScheduler` runs them: at start,
every N minutes (settings), soon after a local change, and on "Sync now". One
sync at a time: "Sync now" while one runs asks for one more after it (a change
made meanwhile still goes out). What a sync wrote goes to the
:class:`~assistant.ui.context.DataBus` like any write, so the views refresh;
the calendars' list and the conflicts are announced as ``calendars``.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal, SignalInstance

from assistant.app import Assistant
from assistant.clock import Clock
from assistant.settings import sync_minutes
from assistant.store import Store
from assistant.sync import SyncReport, accounts, conflicts
from assistant.sync.discovery import DEFAULT_TIMEOUT
from assistant.sync.scheduler import DEFAULT_DEBOUNCE, RunResult, SyncScheduler
from assistant.sync.subscriptions import RefreshReport
from assistant.ui.tasks import Notifier, run_in_background

log = logging.getLogger(__name__)
# The DataBus name for accounts, calendars and conflicts (no journaled table).
CALENDARS = "calendars"
# Quitting waits this long at most for a sync in progress to stop. It stops before its
# next request, so only the request in flight is waited for, which its own timeout
# (DEFAULT_TIMEOUT) ends; the margin is for writing what that request brought.
STOP_WAIT = DEFAULT_TIMEOUT + 5.0


@dataclass(frozen=True)
class SyncState:
    """What the status bar says about sync."""

    accounts: int = 0
    running: bool = False
    last_sync: datetime | None = None  # in the user's zone
    error: str | None = None  # the last sync's first failure, in one sentence
    errors: tuple[str, ...] = ()  # every failure of it, for the tooltip
    conflicts: int = 0


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
    """The window's one owner of the core :class:`SyncScheduler`.

    Every run (at start, each interval, after local changes, Sync now) goes
    through the scheduler's worker thread, one at a time; its results come back
    to the GUI thread as signals and never touch a widget from the worker.
    """

    # The state changed (a sync started or ended, accounts or conflicts changed).
    changed = Signal()
    # A sync ended: its SyncReport, or None when it could not run at all.
    finished = Signal(object)
    # From the scheduler's worker to the GUI thread (queued connections).
    _began = Signal()
    _ended = Signal(object)

    def __init__(self, core: Assistant, bus: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.bus = bus
        self.state = SyncState()
        self.scheduler: SyncScheduler | None = None
        self._ending: SyncScheduler | None = None  # asked to stop, maybe still running
        self.debounce = DEFAULT_DEBOUNCE
        self._stopped = False
        self._began.connect(self._show_running)
        self._ended.connect(self._done)

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

    # -- the scheduler --------------------------------------------------------------

    def start(self, minutes: float | None = None) -> None:
        """Start syncing in the background: a run now, then every ``minutes`` (the
        setting when not given; 0: only on demand) and after local changes."""
        if self.scheduler is not None:
            if minutes is not None:
                self.scheduler.set_interval(minutes)
            return
        self._stopped = False
        interval = sync_minutes(self.core.base) if minutes is None else minutes
        store = self.core.store
        scheduler = SyncScheduler(
            store, self.core.clock, interval_minutes=interval, debounce=self.debounce
        )
        plain = scheduler.work

        def work() -> tuple[SyncReport, list[RefreshReport]]:
            self._emit(self._began)
            return plain()

        def on_done(result: RunResult) -> None:
            # Still the worker: read what the status bar needs here, not on the GUI thread.
            try:
                state = read_state(store, self.core.clock())
            except Exception as exc:  # a closed store at shutdown, a locked file
                state = SyncState(error=str(exc) or type(exc).__name__)
            self._emit(self._ended, (result, state))

        scheduler.work = work
        scheduler.on_done = on_done
        self.scheduler = scheduler
        scheduler.start()

    def set_interval(self, minutes: int) -> None:
        """A new interval from the settings (0: only on demand), if syncing has started."""
        if self.scheduler is not None:
            self.scheduler.set_interval(minutes)

    def request_stop(self) -> None:
        """Ask a sync in progress to stop, without waiting (the window is closing)."""
        self._stopped = True
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            scheduler.request_stop()
            self._ending = scheduler  # for stop() to wait for

    def stop(self, timeout: float = STOP_WAIT) -> bool:
        """Stop the scheduler and wait for a sync in progress to stop (it ends before its
        next request); True when nothing of it runs any more, so the store may close."""
        self.request_stop()
        ending = self._ending
        if ending is None:
            return True
        if not ending.stop(timeout):  # a request longer than its own timeout
            log.warning("the sync did not stop within %s s", timeout)
            return False
        self._ending = None
        return True

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        if self._stopped:  # the window may be gone: nobody to tell
            return
        with contextlib.suppress(RuntimeError):  # the Qt half was deleted meanwhile
            signal.emit(*args)

    def sync_now(self) -> None:
        """Sync every account and refresh every subscription off the GUI thread (once
        more after the running one); starts the scheduler the first time."""
        if self.scheduler is None:
            self.start()
        else:
            self.scheduler.request()
        if not self.state.running:
            self._show_running()

    def _show_running(self) -> None:
        if not self.state.running:
            self.state = replace(self.state, running=True)
            self.changed.emit()

    def _done(self, done: tuple[RunResult, SyncState]) -> None:
        result, state = done
        if result.error is not None:
            state = replace(state, error=result.error, errors=(result.error,))
        else:
            problems = tuple(r.error for r in result.refreshed if r.error)
            if problems and state.error is None:
                state = replace(state, error=problems[0], errors=state.errors + problems)
        running = self.scheduler is not None and self.scheduler.running
        self.state = replace(state, running=running)
        self.changed.emit()
        self.bus.notify([*result.changes.tables, CALENDARS])
        self.finished.emit(None if result.error is not None else result.report)
