"""Stopping a running sync (quitting the app): it ends before its next request, what it
had done is recorded, nothing of it runs or writes afterwards, and the next sync carries
on. Against a real Radicale and a server that answers slowly."""

from __future__ import annotations

import threading
import time

import pytest
from caldav_servers import BadServer, MemoryKeyring, Radicale, add
from test_sync_errors import point_at
from test_sync_flow import call, vevent

from assistant.clock import Clock
from assistant.store import Store
from assistant.sync import sync
from assistant.sync.scheduler import RunResult, SyncScheduler
from assistant.sync.stop import StopFlag, Stopped, checkpoint

WAIT = 20.0
MANY = 12


@pytest.fixture
def work(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.make_calendar("home", "Home", ["VEVENT"])
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


def scheduler_of(store: Store, clock: Clock, runs: list[RunResult]) -> SyncScheduler:
    return SyncScheduler(store, lambda: clock, interval_minutes=0, on_done=runs.append)


def test_a_stop_ends_the_sync_before_its_next_request(
    sync_store: Store, work: Radicale, clock: Clock
) -> None:
    add(sync_store, work, clock)
    for n in range(MANY):
        call(sync_store, clock, "add_event", title=f"Item {n}", start=f"2026-12-{n + 1:02d} 9:00",
             calendar="work")  # fmt: skip
    reached, release = threading.Event(), threading.Event()

    def hold_the_first_put(method: str, _path: str) -> None:
        if method == "PUT" and not reached.is_set():
            reached.set()
            release.wait(WAIT)  # the server takes its time while quit asks to stop

    work.hook = hold_the_first_put
    earlier = len(work.requests)
    runs: list[RunResult] = []
    scheduler = scheduler_of(sync_store, clock, runs)
    scheduler.start()
    assert reached.wait(WAIT)
    scheduler.request_stop()
    release.set()
    assert scheduler.stop(timeout=WAIT)  # the worker has ended: nothing of it runs any more
    assert [m for m, _p in work.requests[earlier:]].count("PUT") == 1  # no more was sent
    assert runs == []  # a stopped run reports nothing
    # What went out is recorded (the status rows are what the server holds), so the next
    # sync sends the rest once, and makes no conflict of the one already sent.
    work.hook = None
    statuses = sync_store.query("SELECT count(*) AS n FROM sync_items")[0]["n"]
    assert statuses == len(work.files("work")) == 2
    report = sync(sync_store, clock)
    assert report.ok, report.describe()
    [_home, work_report] = report.calendars
    assert work_report.pushed["created"] == MANY - 1 and work_report.conflicts == 0
    assert len(work.files("work")) == MANY + 1


def test_a_stop_during_a_slow_answer_waits_for_it_only_and_writes_nothing_after(
    sync_store: Store, work: Radicale, bad_server: BadServer, clock: Clock
) -> None:
    add(sync_store, work, clock)
    assert sync(sync_store, clock).ok
    before = sync_store.query("SELECT id, last_sync, last_error FROM sync_calendars ORDER BY id")
    point_at(sync_store, work.url, bad_server.url)
    bad_server.mode = "slow"  # 3 s for each answer, then garbage
    runs: list[RunResult] = []
    scheduler = scheduler_of(sync_store, clock, runs)
    scheduler.start()
    assert bad_server.reached.wait(WAIT)
    started = time.monotonic()
    assert scheduler.stop()  # no limit: the answer in flight ends, then the run stops
    assert time.monotonic() - started < 10  # one slow answer, not a request per calendar
    assert bad_server.requests == 1 and runs == []
    # The failed calendar was not recorded: a stopped run writes nothing more.
    after = sync_store.query("SELECT id, last_sync, last_error FROM sync_calendars ORDER BY id")
    assert after == before
    sync_store.close()
    assert not [t for t in threading.enumerate() if t.name == "sync-scheduler"]


def test_a_checkpoint_obeys_only_the_flag_of_its_own_thread() -> None:
    checkpoint()  # no flag: a sync run by the CLI goes to its end
    flag = StopFlag()
    with flag.watching():
        checkpoint()
        flag.set()
        seen: list[BaseException] = []

        def elsewhere() -> None:
            try:
                checkpoint()
            except Stopped as exc:
                seen.append(exc)

        other = threading.Thread(target=elsewhere)
        other.start()
        other.join()
        assert seen == []  # another thread's sync is not this one
        with pytest.raises(Stopped):
            checkpoint()
    checkpoint()
