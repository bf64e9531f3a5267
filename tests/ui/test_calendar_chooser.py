"""The event dialog's calendar chooser, against a real Radicale: the local and the synced
calendars that hold events (never a subscription), the default one picked first, and a
new event stored in the calendar chosen."""

from __future__ import annotations

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from pytestqt.qtbot import QtBot
from test_calendar import accept, open_dialog, settle

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
