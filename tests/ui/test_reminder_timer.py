"""Reminders go off on time: one single-shot timer armed for the next one, re-armed
after data changes and when the wall clock jumps (a wake from sleep).

The scheduler's ``now`` runs in real time here, from an instant just before a
reminder, so the real Qt timer is what fires it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.reminders.scheduler import ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")
REMINDER = datetime(2026, 11, 27, 10, 5, tzinfo=BERLIN)  # the Dentist's, below


class RunningClock:
    """A wall clock that starts at ``start`` and then runs with the real one."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.began = time.monotonic()
        self.skipped = timedelta()  # time the "machine" slept

    def __call__(self) -> datetime:
        return self.start + self.skipped + timedelta(seconds=time.monotonic() - self.began)


Maker = Callable[["RunningClock"], ReminderScheduler]


@pytest.fixture
def dentist(app_ctx: AppContext) -> None:
    result = app_ctx.call_tool(
        "add_event", {"title": "Dentist", "start": "today 10:15", "reminder_minutes": 10}
    )
    assert result.ok, result.text


@pytest.fixture
def scheduler_at(app_ctx: AppContext) -> Iterator[Callable[[RunningClock], ReminderScheduler]]:
    made: list[ReminderScheduler] = []

    def make(clock: RunningClock) -> ReminderScheduler:
        made.append(ReminderScheduler(app_ctx, now=clock))
        return made[-1]

    yield make
    for scheduler in made:
        scheduler.stop()
    tasks.wait_idle()


@pytest.mark.usefixtures("dentist")
def test_a_reminder_due_in_300_ms_fires_on_time(scheduler_at: Maker, qtbot: QtBot) -> None:
    clock = RunningClock(REMINDER - timedelta(milliseconds=300))
    scheduler = scheduler_at(clock)
    fired: list[tuple[str, datetime, float]] = []
    scheduler.fired.connect(
        lambda found, at: fired.append((found[0].title, at.now, time.monotonic()))
    )
    began = time.monotonic()
    scheduler.start()
    # Generous for a loaded machine, yet far below a 30-second poll.
    qtbot.waitUntil(lambda: bool(fired), timeout=10_000)
    title, at, when = fired[0]
    assert title == "Dentist"
    assert at >= REMINDER  # not early
    assert when - began < 10
    assert scheduler.timer.isSingleShot()


@pytest.mark.usefixtures("dentist")
def test_the_timer_waits_for_the_next_reminder_and_rearms_after_a_change(
    scheduler_at: Maker, app_ctx: AppContext, qtbot: QtBot
) -> None:
    clock = RunningClock(datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN))
    scheduler = scheduler_at(clock)
    with qtbot.waitSignal(scheduler.checked):
        scheduler.start()
    assert scheduler.next_at == REMINDER
    assert 4 * 60_000 < scheduler.timer.remainingTime() <= 5 * 60_000  # no 30 s poll

    sooner = app_ctx.call_tool(
        "add_todo", {"title": "Tea", "due": "today 10:03", "reminder_minutes": 1}
    )
    with qtbot.waitSignal(scheduler.checked):
        app_ctx.bus.notify(sooner.changes)
    assert scheduler.next_at == datetime(2026, 11, 27, 10, 2, tzinfo=BERLIN)
    assert scheduler.timer.remainingTime() <= 2 * 60_000


@pytest.mark.usefixtures("dentist")
def test_after_a_sleep_the_missed_reminder_shows_at_once(scheduler_at: Maker, qtbot: QtBot) -> None:
    clock = RunningClock(datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN))
    scheduler = scheduler_at(clock)
    with qtbot.waitSignal(scheduler.checked):
        scheduler.start()
    seen: list[str] = []
    scheduler.fired.connect(lambda found, _at: seen.extend(r.title for r in found))
    # The machine "sleeps" 20 minutes: the monotonic timer stood still meanwhile.
    clock.skipped = timedelta(minutes=20)
    scheduler.watch.setInterval(50)  # instead of waiting for the watchdog's tick
    scheduler.watch.start()
    qtbot.waitUntil(lambda: seen == ["Dentist"], timeout=10_000)
    assert scheduler.next_at is not None and scheduler.next_at > clock()
