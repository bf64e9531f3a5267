"""The window syncs by itself through the core scheduler, against a real Radicale: a
change on the server shows without Sync now, the interval is a setting, and closing
the window stops the scheduler's thread, a sync in progress included."""

from __future__ import annotations

import threading
import time

import pytest
from caldav_servers import BadServer, MemoryKeyring, Radicale, add
from pytestqt.qtbot import QtBot
from test_calendar import select, settle, shown
from test_sync_window import DAY, vevent

from assistant.settings import sync_minutes
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.sync.accounts_page import AccountsPage


@pytest.fixture
def work(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    radicale.make_calendar("work", "Work")
    radicale.put("work", "standup.ics", vevent("standup@phone", "Standup"))
    return radicale


def scheduler_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sync-scheduler" and t.is_alive()]


def test_a_server_change_appears_without_sync_now_and_closing_stops_it(
    window: MainWindow,
    work: Radicale,
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        app_ctx.sync.start(minutes=0.5 / 60)  # every half second, for the test
    view = window.calendar
    settle(view, qtbot)
    select(view, qtbot, DAY)
    qtbot.waitUntil(lambda: shown(view) == [(DAY, "Standup")], timeout=10_000)
    # Changed on the phone: the next timed run brings it, nobody presses Sync now.
    work.put("work", "standup.ics", vevent("standup@phone", "Standup moved"))
    qtbot.waitUntil(lambda: shown(view) == [(DAY, "Standup moved")], timeout=30_000)
    assert window.sync_status.text().startswith("Synced ")
    assert len(scheduler_threads()) == 1
    window.close()  # quitting (no tray in the tests)
    assert app_ctx.sync.scheduler is None
    qtbot.waitUntil(lambda: not scheduler_threads(), timeout=5_000)


def test_a_local_change_goes_out_after_a_pause(
    window: MainWindow,
    work: Radicale,
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    add(app_ctx.store, work, app_ctx.clock())
    app_ctx.sync.debounce = 0.1
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        app_ctx.sync.start(minutes=0)  # only on demand and after changes
    event_id = app_ctx.store.query("SELECT id FROM events")[0]["id"]
    with qtbot.waitSignal(app_ctx.sync.finished, timeout=30_000):
        assert app_ctx.call_tool("update_event", {"event_id": event_id, "title": "Mine"}).ok
    assert "SUMMARY:Mine" in (work.get("work", "standup.ics") or "")


def test_the_interval_is_set_in_the_accounts_page(app_ctx: AppContext, qtbot: QtBot) -> None:
    page = AccountsPage(app_ctx)
    qtbot.addWidget(page)
    assert page.interval.value() == 15
    app_ctx.sync.start(minutes=15)
    page.interval.setValue(0)
    assert page.interval.text() == "Only on demand"
    assert sync_minutes(app_ctx.base) == 0
    scheduler = app_ctx.sync.scheduler
    assert scheduler is not None and scheduler.interval == float("inf")
    page.interval.setValue(30)
    assert sync_minutes(app_ctx.base) == 30 and scheduler.interval == 30 * 60


def test_quitting_during_a_slow_sync_stops_it_before_the_store_closes(
    window: MainWindow,
    work: Radicale,
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    work.make_calendar("home", "Home")
    add(app_ctx.store, work, app_ctx.clock())
    slow = BadServer()
    try:
        slow.mode = "slow"  # 3 s for each answer; both calendars are there now
        app_ctx.store.db.execute("UPDATE sync_calendars SET url = replace(url, ?, ?)",
                                 [work.url, slow.url])  # fmt: skip
        before = app_ctx.store.query("SELECT last_sync, last_error FROM sync_calendars")
        app_ctx.sync.start(minutes=0)
        assert slow.reached.wait(10)
        started = time.monotonic()
        window.close()  # asks the sync to stop; the window does not wait for it
        assert time.monotonic() - started < 2 and len(scheduler_threads()) == 1
        assert app_ctx.sync.stop()  # what quitting does before it closes the store
        assert not scheduler_threads() and slow.requests == 1
        after = app_ctx.store.query("SELECT last_sync, last_error FROM sync_calendars")
        assert after == before  # a stopped sync records nothing, then or later
    finally:
        slow.close()
