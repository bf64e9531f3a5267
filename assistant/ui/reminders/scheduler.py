"""When reminders go off: a single-shot timer armed for the next one.

After each check the scheduler asks the store (on its worker thread) which
reminders fell due since the last check and when the next one goes off, and
arms one precise single-shot timer for that instant, so a reminder is shown
on time rather than at the next poll. It checks again, and re-arms, after
any change to to-dos, events or snoozes, and when the wall clock jumps ahead
of the monotonic one (the machine woke from sleep, or the clock was set):
Qt's timers run on the monotonic clock, which stands still while asleep.

``now`` is the seam for tests: a callable giving the user's current instant
(``ctx.clock().now`` by default, pinned in most tests).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from assistant.clock import Clock
from assistant.reminders import Reminder, due_reminders, next_reminder_at
from assistant.ui.context import EVENTS, TODOS, AppContext
from assistant.ui.tasks import run_in_background

# After a long sleep only the last half day is looked at, not every missed reminder.
MAX_CATCH_UP = timedelta(hours=12)
# After a data change, reminders that fell due this long ago are still shown
# (an item just added with a reminder a moment ago); older ones were shown already.
CHANGE_GRACE = timedelta(minutes=1)
# How far ahead the next reminder is looked for; with none, the timer still
# wakes this often to look again (reminders beyond the horizon come closer).
LOOKAHEAD = timedelta(hours=1)
# How often the wall clock is compared with the monotonic clock, and the jump
# that counts as a wake or a clock change.
WATCH_MS = 20_000
JUMP = timedelta(seconds=5)
SNOOZES = "reminder_snoozes"
WATCHED_TABLES = frozenset({TODOS, EVENTS, SNOOZES})


class ReminderScheduler(QObject):
    """Announces each reminder once, when it falls due (``fired``)."""

    # (list[Reminder], Clock): reminders that just fell due, each shown once
    fired = Signal(list, object)
    # the latest check finished (its reminders were emitted, the timer re-armed)
    checked = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now or (lambda: ctx.clock().now)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check_now)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._watch_clock)
        self.next_at: datetime | None = None  # what the timer is armed for
        self._last_check: datetime | None = None
        self._announced: dict[str, datetime] = {}  # reminder key -> when it fired
        self._generation = 0
        self._running = False
        self._mark_clocks()
        ctx.bus.changed.connect(self._on_data_changed)

    def start(self) -> None:
        self._running = True
        self.watch.start()
        self.check_now()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()
        self.watch.stop()

    def check_now(self) -> None:
        self.check(self.now())

    def check(self, now: datetime, catch_up: timedelta = MAX_CATCH_UP) -> None:
        """Emit the reminders that fell due since the last check, up to ``now``; re-arm."""
        self._mark_clocks()
        end = now + timedelta(milliseconds=1)  # a reminder due at ``now`` is due
        start = max(self._last_check or now, now - catch_up)
        self._last_check = after = max(end, self._last_check or end)
        clock = Clock(now, self.ctx.clock().tz)
        store = self.ctx.store
        self._generation += 1
        generation = self._generation

        def work() -> tuple[list[Reminder], datetime | None]:
            found = due_reminders(store, clock, start, end) if start < end else []
            return found, next_reminder_at(store, clock, after, LOOKAHEAD)

        run_in_background(
            work,
            lambda result: self._checked(result, clock, generation),
            lambda _message: self._failed(generation),  # logged; a change or the watchdog retries
            kind="store",
        )

    # -- internals -----------------------------------------------------------

    def _checked(
        self, result: tuple[list[Reminder], datetime | None], clock: Clock, generation: int
    ) -> None:
        found, upcoming = result
        fresh = [r for r in found if r.key not in self._announced]
        for reminder in fresh:
            self._announced[reminder.key] = reminder.fire_at
        # Forget keys long past, so a months-long session does not grow without bound.
        horizon = clock.now - 2 * MAX_CATCH_UP
        self._announced = {k: t for k, t in self._announced.items() if t >= horizon}
        if fresh:
            self.fired.emit(fresh, clock)
        if generation == self._generation:  # else a later check is under way and knows better
            self._arm(upcoming or clock.now + LOOKAHEAD)
            self.checked.emit()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self.checked.emit()

    def _arm(self, at: datetime) -> None:
        self.next_at = at
        if not self._running:
            return
        wait = (at - self.now()).total_seconds() * 1000
        # Rounded up, so the timer is never early; an early one would find nothing.
        limit = LOOKAHEAD.total_seconds() * 1000
        self.timer.start(int(min(max(math.ceil(wait), 0), limit)))

    def _on_data_changed(self, tables: list[str]) -> None:
        if self._running and WATCHED_TABLES.intersection(tables):
            self.check(self.now(), MAX_CATCH_UP if self._clock_jumped() else CHANGE_GRACE)

    def _watch_clock(self) -> None:
        if self._clock_jumped():
            self.check_now()
        else:
            self._mark_clocks()

    def _clock_jumped(self) -> bool:
        """Whether the wall clock ran ahead of the monotonic one since the last mark."""
        wall = self.now() - self._wall
        steady = timedelta(seconds=time.monotonic() - self._steady)
        return wall - steady > JUMP

    def _mark_clocks(self) -> None:
        self._wall, self._steady = self.now(), time.monotonic()
