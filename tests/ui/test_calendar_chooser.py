"""The event dialog's calendar chooser, against a real Radicale: the local and the synced
calendars that hold events (never a subscription), the default one picked first, and a
new event stored in the calendar chosen."""

from __future__ import annotations

from datetime import date

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from pytestqt.qtbot import QtBot
from test_calendar import accept, answer_prompts, open_dialog, select, settle

from assistant.sync import sync
from assistant.sync.calendars import resolve, set_default
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow


@pytest.fixture
def work(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    radicale.make_calendar("work", "Work")
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    return radicale


def test_a_new_event_goes_to_the_calendar_chosen(
    window: MainWindow, work: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    view = window.calendar
    view.new_event()
    dialog = open_dialog(view, qtbot)
    assert dialog.calendar.count() == 1 and not dialog.calendar.isVisibleTo(dialog)
    dialog.reject()  # only the local calendar: nothing to choose
    add(app_ctx.store, work, app_ctx.clock())
    set_default(app_ctx.store, "work")
    with qtbot.waitSignal(view.calendars.loaded, timeout=10_000):
        app_ctx.sync.refresh()
        app_ctx.bus.notify(["calendars"])
    view.new_event()
    dialog = open_dialog(view, qtbot)
    assert dialog.calendar.isVisibleTo(dialog)
    names = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
    assert names == ["Local calendar", "Work (home)"]  # Tasks holds no events
    assert dialog.calendar.currentText() == "Work (home)"  # the default
    qtbot.keyClicks(dialog.title_edit, "Review")
    dialog.calendar.setCurrentIndex(0)
    accept(view, dialog, qtbot)
    [row] = app_ctx.store.query("SELECT calendar_id FROM events WHERE title = 'Review'")
    assert row["calendar_id"] is None
    view.new_event()
    dialog = open_dialog(view, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Demo")
    accept(view, dialog, qtbot)
    [row] = app_ctx.store.query("SELECT calendar_id FROM events WHERE title = 'Demo'")
    assert row["calendar_id"] == resolve(app_ctx.store, "home/Work", "event").id
    settle(view, qtbot)


def test_editing_an_event_moves_it_to_another_calendar_and_sync_follows(
    window: MainWindow,
    work: Radicale,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = window.calendar
    clock = app_ctx.clock()
    add(app_ctx.store, work, clock)
    work_id = resolve(app_ctx.store, "home/Work", "event").id
    for title, repeat in (("Lunch", None), ("Yoga", "every tuesday")):
        args = {"title": title, "start": "2026-12-01T12:00", "calendar": "work"}
        assert app_ctx.call_tool("add_event", {**args, **({"repeat": repeat} if repeat else {})}).ok
    assert sync(app_ctx.store, clock).ok and len(work.files("work")) == 2
    with qtbot.waitSignal(view.calendars.loaded, timeout=10_000):
        app_ctx.sync.refresh()
        app_ctx.bus.notify(["calendars"])
    select(view, qtbot, date(2026, 12, 1))
    [lunch] = [e for e in view.model.entries() if e.title == "Lunch"]
    view.flow.edit(lunch)
    dialog = open_dialog(view, qtbot)
    assert dialog.calendar.isVisibleTo(dialog)
    assert dialog.calendar.currentText() == "Work (home)"  # its own, not the default
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Local calendar"))
    accept(view, dialog, qtbot)
    [row] = app_ctx.store.query("SELECT calendar_id FROM events WHERE title = 'Lunch'")
    assert row["calendar_id"] is None
    # One occurrence of a series cannot move alone: its dialog has no chooser.
    [yoga] = [e for e in view.model.entries() if e.title == "Yoga"]
    answer_prompts(monkeypatch, "occurrence")
    view.flow.edit(yoga)
    dialog = open_dialog(view, qtbot)
    assert not dialog.calendar.isVisibleTo(dialog)
    dialog.reject()
    report = sync(app_ctx.store, clock)
    assert report.ok and len(work.files("work")) == 1  # Lunch left the server calendar
    rows = app_ctx.store.query("SELECT calendar_id FROM events WHERE title = 'Yoga'")
    assert [r["calendar_id"] for r in rows] == [work_id]
    settle(view, qtbot)
