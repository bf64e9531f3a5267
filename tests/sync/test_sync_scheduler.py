"""The sync scheduler against a real Radicale and feed: at start, on demand, after a local
change (debounced), every interval; one run at a time; failures recorded; a clean stop.

Runs are awaited through ``on_done`` (a queue), never with fixed sleeps."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from feed_server import FeedServer
from test_sync_flow import call, titles, vevent

from assistant.app import Assistant
from assistant.clock import Clock
from assistant.errors import AssistantError
from assistant.settings import load_settings, save_settings, save_sync_minutes, sync_minutes
from assistant.store import Store
from assistant.sync.calendars import set_default
from assistant.sync.report import SyncReport
from assistant.sync.scheduler import RunResult, SyncScheduler
from assistant.sync.subscriptions import RefreshReport, add_subscription

WAIT = 20.0  # the most a test waits for a run (each ends far sooner)


class Runs:
    def __init__(self) -> None:
        self.done: queue.Queue[RunResult] = queue.Queue()

    def __call__(self, result: RunResult) -> None:
        self.done.put(result)

    def next(self) -> RunResult:
        return self.done.get(timeout=WAIT)


@pytest.fixture
def work(radicale: Radicale) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


@pytest.fixture
def runs() -> Runs:
    return Runs()


@pytest.fixture
def scheduler(sync_store: Store, clock: Clock, runs: Runs) -> Iterator[SyncScheduler]:
    made = SyncScheduler(
        sync_store, lambda: clock, interval_minutes=60, debounce=0.05, on_done=runs
    )
    yield made
    assert made.stop(timeout=WAIT)


def test_it_syncs_at_start_on_demand_and_after_a_local_change(
    sync_store: Store,
    work: Radicale,
    feed: FeedServer,
    clock: Clock,
    keychain: MemoryKeyring,
    scheduler: SyncScheduler,
    runs: Runs,
) -> None:
    add(sync_store, work, clock)
    add_subscription(sync_store, clock, "Holidays", feed.url)
    scheduler.start()
    first = runs.next()
    assert first.reason == "start" and first.ok, first.describe()
    assert "Standup" in titles(sync_store)
    assert [r.unchanged for r in first.refreshed] == [True]  # the feed: one 304
    work.put("work", "lunch.ics", vevent("lunch@phone", "Lunch", "20261203T120000"))
    scheduler.request()
    second = runs.next()
    assert second.reason == "demand" and "Lunch" in titles(sync_store)
    assert second.changes.touches("events")
    set_default(sync_store, "work")
    call(sync_store, clock, "add_event", title="Dentist", start="2026-12-04 15:00")
    call(sync_store, clock, "add_event", title="Gym", start="2026-12-05 18:00")
    third = runs.next()  # the two edits: one run, once they paused
    assert third.reason == "change" and third.ok
    assert third.report.calendars[0].pushed["created"] == 2
    assert len(work.files("work")) == 4
    assert runs.done.empty()


def test_it_runs_every_interval(
    sync_store: Store, clock: Clock, runs: Runs, feed: FeedServer
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    scheduler = SyncScheduler(sync_store, lambda: clock, interval_minutes=0.1 / 60, on_done=runs)
    scheduler.start()
    try:
        assert runs.next().reason == "start"
        assert runs.next().reason == "interval"
        assert runs.next().reason == "interval"
    finally:
        assert scheduler.stop(timeout=WAIT)
    assert all(r.status == 304 for r in feed.requests[1:])


def test_writes_outside_events_and_todos_start_no_run(
    sync_store: Store, clock: Clock, scheduler: SyncScheduler, runs: Runs
) -> None:
    scheduler.start()
    assert runs.next().reason == "start"
    call(sync_store, clock, "create_note", title="Ideas")
    scheduler.request()
    assert runs.next().reason == "demand"  # the note's write was not a reason to run
    assert runs.done.empty()


def test_a_failure_is_recorded_not_raised_and_the_next_run_tries_again(
    sync_store: Store, clock: Clock, runs: Runs
) -> None:
    answers: list[Exception | None] = [RuntimeError("server on fire"), None]

    def work() -> tuple[SyncReport, list[RefreshReport]]:
        problem = answers.pop(0)
        if problem is not None:
            raise problem
        return SyncReport(), []

    scheduler = SyncScheduler(sync_store, lambda: clock, work=work, on_done=runs)
    scheduler.start()
    try:
        failed = runs.next()
        assert not failed.ok and failed.error == "server on fire"
        assert scheduler.last is failed
        scheduler.request()
        assert runs.next().ok
    finally:
        assert scheduler.stop(timeout=WAIT)


def test_one_run_at_a_time_and_requests_meanwhile_are_one_more_run(
    sync_store: Store, clock: Clock, runs: Runs
) -> None:
    release, inside = threading.Event(), threading.Event()
    active, most = [0], [0]
    lock = threading.Lock()

    def work() -> tuple[SyncReport, list[RefreshReport]]:
        with lock:
            active[0] += 1
            most[0] = max(most[0], active[0])
        inside.set()
        release.wait(WAIT)
        with lock:
            active[0] -= 1
        return SyncReport(), []

    scheduler = SyncScheduler(sync_store, lambda: clock, work=work, on_done=runs)
    scheduler.start()
    try:
        assert inside.wait(WAIT) and scheduler.running
        for _ in range(5):
            scheduler.request()
        release.set()
        assert [runs.next().reason, runs.next().reason] == ["start", "demand"]
        assert runs.done.empty() and most[0] == 1
    finally:
        assert scheduler.stop(timeout=WAIT)


def test_stop_is_clean_and_listens_no_more(
    sync_store: Store, clock: Clock, scheduler: SyncScheduler, runs: Runs
) -> None:
    scheduler.start()
    runs.next()
    assert scheduler.stop(timeout=WAIT)
    call(sync_store, clock, "add_event", title="After", start="2026-12-04 15:00")
    scheduler.request()
    assert runs.done.empty() and not scheduler.running


def test_the_interval_is_a_setting_of_15_minutes_by_default(tmp_path: Path) -> None:
    assert sync_minutes(tmp_path) == 15
    save_sync_minutes(tmp_path, 5)
    assert sync_minutes(tmp_path) == 5
    save_sync_minutes(tmp_path, 0)  # only on demand
    assert sync_minutes(tmp_path) == 0
    with pytest.raises(AssistantError, match="0 to 1440 minutes"):
        save_sync_minutes(tmp_path, -1)
    save_settings(tmp_path, {**load_settings(tmp_path), "sync": {"minutes": "often"}})
    assert sync_minutes(tmp_path) == 15  # a hand-edited bad value falls back


def test_the_app_core_builds_one_with_the_setting(tmp_path: Path, runs: Runs) -> None:
    with Assistant.open(tmp_path / "data", now="2026-11-27T10:00", tz="Europe/Berlin") as app:
        save_sync_minutes(app.base, 7)
        scheduler = app.sync_scheduler(on_done=runs)
        assert scheduler.interval == 7 * 60
        scheduler.start()
        try:
            assert runs.next().describe() == "Nothing to sync."
        finally:
            assert scheduler.stop(timeout=WAIT)


def test_an_interval_of_0_means_no_timed_runs_until_one_is_set(
    sync_store: Store, clock: Clock, runs: Runs, feed: FeedServer
) -> None:
    add_subscription(sync_store, clock, "Holidays", feed.url)
    scheduler = SyncScheduler(sync_store, lambda: clock, interval_minutes=0, on_done=runs)
    scheduler.start()
    try:
        assert runs.next().reason == "start"
        with pytest.raises(queue.Empty):
            runs.done.get(timeout=0.5)  # nothing timed
        scheduler.set_interval(0.1 / 60)
        assert runs.next().reason == "interval"
    finally:
        assert scheduler.stop(timeout=WAIT)
    with pytest.raises(ValueError):
        scheduler.set_interval(-1)
