"""When sync runs: at start, every N minutes, on demand, and soon after a local change.

:class:`SyncScheduler` owns one worker thread (never the GUI's): each run syncs
every CalDAV account and refreshes every subscription, one run at a time.
Requests that arrive during a run are folded into one more run after it. A
local change (a journaled write, undo or redo of events or to-dos, heard
through :meth:`Store.listen`) starts a run once the changes have paused for
``debounce`` seconds, so a burst of edits is one sync (a run that starts
meanwhile takes those changes with it). An interval of 0 minutes means no
timed runs: only at start, on demand and after changes. A failure is recorded
in :attr:`SyncScheduler.last` and passed to ``on_done``; it is never raised
into the caller, and the next run tries again. :meth:`stop` asks the run in
progress to stop (:mod:`assistant.sync.stop`: it ends before its next request,
so at most the request in flight is waited for) and waits for the thread to
end, so nothing of it touches the store after the caller closes it. No Qt
here: the window wraps ``on_done`` in a signal.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.clock import Clock
from assistant.store import Changes, Store
from assistant.sync.report import SyncReport
from assistant.sync.service import sync
from assistant.sync.stop import StopFlag, Stopped
from assistant.sync.subscriptions import RefreshReport, refresh

log = logging.getLogger(__name__)

DEFAULT_DEBOUNCE = 5.0
# Local tables whose changes go out with a sync.
SYNCED_TABLES = ("events", "todos", "todo_tags")

Work = Callable[[], tuple[SyncReport, list[RefreshReport]]]


@dataclass(frozen=True)
class RunResult:
    """One run: why it ran, what sync and the refreshes said, or the error that stopped it."""

    reason: str  # "start", "interval", "demand" or "change"
    report: SyncReport = field(default_factory=SyncReport)
    refreshed: tuple[RefreshReport, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return (
            self.error is None and self.report.ok and all(r.error is None for r in self.refreshed)
        )

    @property
    def changes(self) -> Changes:
        """The local tables the run wrote (for the views to refresh)."""
        touched = any(r.added or r.changed or r.removed for r in self.refreshed)
        return self.report.changes | (Changes.of(["events"]) if touched else Changes())

    def describe(self) -> str:
        if self.error is not None:
            return f"Sync failed: {self.error}"
        lines = [self.report.describe()] if self.report.calendars else []
        lines += [r.describe() for r in self.refreshed]
        return "\n".join(lines) or "Nothing to sync."


class SyncScheduler:
    """Runs sync and subscription refreshes off the caller's thread (see the module text)."""

    def __init__(
        self,
        store: Store,
        clock: Callable[[], Clock],
        *,
        interval_minutes: float = 15,
        debounce: float = DEFAULT_DEBOUNCE,
        on_done: Callable[[RunResult], None] | None = None,
        work: Work | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.clock = clock
        self.interval = _seconds(interval_minutes)
        self.debounce = debounce
        self.on_done = on_done
        self.work: Work = work or self._sync_all
        self.monotonic = monotonic
        self.last: RunResult | None = None
        self._cond = threading.Condition()
        self._asked: str | None = None
        self._change_due: float | None = None
        self._stopping = False
        self._flag = StopFlag()  # the run in progress watches it
        self._interval_changed = False
        self._running = False
        self._thread: threading.Thread | None = None
        self._unlisten: Callable[[], None] | None = None

    # -- the caller's side ---------------------------------------------------------

    def start(self) -> None:
        """Start the worker; the first run begins at once."""
        if self._thread is not None:
            return
        self._unlisten = self.store.listen(self._changed)
        self._asked = "start"
        self._thread = threading.Thread(target=self._loop, name="sync-scheduler", daemon=True)
        self._thread.start()

    def request(self) -> None:
        """Sync now (on demand); during a run, once more right after it."""
        with self._cond:
            self._asked = self._asked or "demand"
            self._cond.notify_all()

    def set_interval(self, minutes: float) -> None:
        """Runs every ``minutes`` from now on (0: no timed runs); the next tick moves."""
        seconds = _seconds(minutes)
        with self._cond:
            self.interval = seconds
            self._interval_changed = True
            self._cond.notify_all()

    @property
    def running(self) -> bool:
        """Whether a run is in progress now."""
        with self._cond:
            return self._running

    def stop(self, timeout: float | None = None) -> bool:
        """Stop the run in progress at its next request and end the worker; True when
        it has ended (within ``timeout`` seconds; None: however long the request in
        flight takes, which its own timeout bounds)."""
        self.request_stop()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def request_stop(self) -> None:
        """Ask the worker to stop (the run in progress at its next request); no waiting."""
        if self._unlisten is not None:
            self._unlisten()
            self._unlisten = None
        self._flag.set()
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    def _changed(self, changes: Changes) -> None:
        """Heard from the store on the writer's thread: only note when to run."""
        if not changes.touches(*SYNCED_TABLES):
            return
        with self._cond:
            self._change_due = self.monotonic() + self.debounce
            self._cond.notify_all()

    # -- the worker -----------------------------------------------------------------

    def _loop(self) -> None:
        next_tick = self.monotonic() + self.interval
        with self._flag.watching():
            while True:
                reason = self._wait(next_tick)
                if reason is None:
                    return
                if not self._run(reason):
                    return
                next_tick = self.monotonic() + self.interval

    def _wait(self, next_tick: float) -> str | None:
        """Block until a run is due; its reason, or None when stopping."""
        with self._cond:
            while not self._stopping:
                now = self.monotonic()
                if self._interval_changed:
                    self._interval_changed = False
                    next_tick = now + self.interval
                if self._asked is not None:
                    reason, self._asked = self._asked, None
                    self._change_due = None  # this run takes the changes made so far
                    return reason
                if self._change_due is not None and now >= self._change_due:
                    self._change_due = None
                    return "change"
                if now >= next_tick:
                    self._change_due = None
                    return "interval"
                due = min(next_tick, self._change_due or next_tick)
                self._cond.wait(None if math.isinf(due) else max(due - now, 0.001))
            return None

    def _run(self, reason: str) -> bool:
        """One run; False when it was stopped (nothing more is reported or read)."""
        with self._cond:
            self._running = True
        try:
            report, refreshed = self.work()
            result = RunResult(reason, report, tuple(refreshed))
        except Stopped:
            log.debug("sync run stopped")
            return False
        except Exception as exc:  # recorded, never raised: the next run tries again
            log.debug("sync run failed", exc_info=True)
            result = RunResult(reason, error=str(exc) or type(exc).__name__)
        finally:
            with self._cond:
                self._running = False
        self.last = result
        if self.on_done is not None:
            try:
                self.on_done(result)
            except Exception:
                log.exception("the sync scheduler's on_done failed")
        return True

    def _sync_all(self) -> tuple[SyncReport, list[RefreshReport]]:
        clock = self.clock()
        return sync(self.store, clock), refresh(self.store, clock)


def _seconds(minutes: float) -> float:
    """An interval in seconds; 0 minutes is never (no timed runs)."""
    if minutes < 0:
        raise ValueError("interval_minutes must be 0 or more")
    return minutes * 60 if minutes > 0 else math.inf
