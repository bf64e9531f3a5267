"""The to-do view's calendars, against a real Radicale: each row in its calendar's colour,
the quick-add box's chooser, and moving to-dos between calendars, which sync follows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from caldav_servers import MemoryKeyring, Radicale, add
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from test_todos_view import add as add_todo
from test_todos_view import cell, open_view, titles

from assistant.ical.ics_import import import_ics
from assistant.sync import sync
from assistant.sync.calendars import resolve
from assistant.ui.context import AppContext
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.todos.model import TITLE
from assistant.ui.todos.view import TodosView


@pytest.fixture
def server(radicale: Radicale, keychain: MemoryKeyring) -> Radicale:
    radicale.make_calendar("work", "Work", ["VEVENT"])
    radicale.make_calendar("tasks", "Tasks", ["VTODO"])
    radicale.make_calendar("errands", "Errands", ["VTODO"])
    return radicale


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[TodosView]:
    add_todo(app_ctx, "Book dentist")
    v = open_view(app_ctx, qtbot, ["Book dentist"])
    yield v
    v.close()


def colour_of(view: TodosView, title: str) -> int:
    """The swatch's colour as an RGB number (0: no swatch)."""
    icon = cell(view, title, TITLE).data(Qt.ItemDataRole.DecorationRole)
    if not isinstance(icon, QIcon):
        return 0
    return icon.pixmap(8, 8).toImage().pixel(4, 4) & 0xFFFFFF


def load_calendars(view: TodosView, app_ctx: AppContext, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.model.lists.loaded, timeout=10_000):
        app_ctx.bus.notify([CALENDARS])


def test_rows_show_their_calendar_and_quick_add_chooses_one(
    view: TodosView, server: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert not view.quick_add.calendar.isVisibleTo(view)  # only the local calendar
    assert colour_of(view, "Book dentist") == 0
    add(app_ctx.store, server, app_ctx.clock())
    load_calendars(view, app_ctx, qtbot)
    box = view.quick_add.calendar
    assert box.isVisibleTo(view)
    names = [box.itemText(i) for i in range(box.count())]
    assert names == ["Local calendar", "Errands (home)", "Tasks (home)"]  # Work: events only
    assert box.currentText() == "Local calendar"  # the default
    local = colour_of(view, "Book dentist")
    assert local == 0x3B78D8
    assert "Calendar: Local calendar" in cell(view, "Book dentist", TITLE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    box.setCurrentIndex(box.findText("Tasks (home)"))
    qtbot.keyClicks(view.quick_add.edit, "Expenses")
    with qtbot.waitSignal(view.quick_add.added, timeout=10_000):
        view.quick_add.button.click()
    [row] = app_ctx.store.query("SELECT calendar_id FROM todos WHERE title = 'Expenses'")
    assert row["calendar_id"] == resolve(app_ctx.store, "home/Tasks", "todo").id
    qtbot.waitUntil(lambda: colour_of(view, "Expenses") not in (0, local))
    assert box.currentText() == "Tasks (home)"  # stays picked for the next one


def synced_errand(view: TodosView, server: Radicale, app_ctx: AppContext, qtbot: QtBot) -> None:
    """The account, and "Buy stamps" in its Errands calendar, synced and shown in colour."""
    clock = app_ctx.clock()
    add(app_ctx.store, server, clock)
    add_todo(app_ctx, "Buy stamps", calendar="errands")
    assert sync(app_ctx.store, clock).ok and len(server.files("errands")) == 1
    app_ctx.bus.notify(["todos"])
    load_calendars(view, app_ctx, qtbot)
    qtbot.waitUntil(lambda: colour_of(view, "Buy stamps") not in (0, 0x3B78D8))


def test_moving_to_dos_between_calendars_moves_them_on_the_server(
    view: TodosView, server: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    clock = app_ctx.clock()
    synced_errand(view, server, app_ctx, qtbot)
    errands = colour_of(view, "Buy stamps")
    lists = {one.name: one for one in view.model.lists.lists}
    index = cell(view, "Buy stamps", TITLE)
    view.table.selectRow(index.row())
    view.table.customContextMenuRequested.emit(view.table.visualRect(index).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    calendars = next(a.menu() for a in menu.actions() if a.text() == "Calendar")
    assert isinstance(calendars, QMenu)
    choices = {a.text(): a for a in calendars.actions()}
    assert list(choices) == ["Local calendar", "Errands (home)", "Tasks (home)"]
    assert choices["Errands (home)"].isChecked() and not choices["Tasks (home)"].isChecked()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        choices["Tasks (home)"].trigger()
    menu.close()
    tasks_id = resolve(app_ctx.store, "home/Tasks", "todo").id
    [row] = app_ctx.store.query("SELECT calendar_id FROM todos WHERE title = 'Buy stamps'")
    assert row["calendar_id"] == tasks_id
    assert colour_of(view, "Buy stamps") not in (0, errands)
    assert sync(app_ctx.store, clock).ok
    assert server.files("errands") == [] and len(server.files("tasks")) == 1
    # Both to-dos to the local calendar at once: one Undo, and gone from the server.
    view.table.selectAll()
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        view.move_to(lists["Local calendar"])
    rows = app_ctx.store.query("SELECT calendar_id FROM todos")
    assert [r["calendar_id"] for r in rows] == [None, None]
    assert sync(app_ctx.store, clock).ok and server.files("tasks") == []


def test_the_to_do_dialog_moves_a_to_do_to_the_calendar_chosen(
    view: TodosView, server: Radicale, app_ctx: AppContext, qtbot: QtBot
) -> None:
    clock = app_ctx.clock()
    synced_errand(view, server, app_ctx, qtbot)
    todo = view.model.todo_at(view.proxy.mapToSource(cell(view, "Buy stamps", TITLE)).row())
    view.editor.edit(todo)
    dialog = view.editor.dialog
    assert dialog is not None and dialog.calendar.isVisibleTo(dialog)
    names = [dialog.calendar.itemText(i) for i in range(dialog.calendar.count())]
    assert names == ["Local calendar", "Errands (home)", "Tasks (home)"]
    assert dialog.calendar.currentText() == "Errands (home)"  # its own, not the default
    dialog.calendar.setCurrentIndex(dialog.calendar.findText("Tasks (home)"))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        dialog.accept()
    [row] = app_ctx.store.query(
        "SELECT calendar_id, priority FROM todos WHERE title = 'Buy stamps'"
    )
    tasks = resolve(app_ctx.store, "home/Tasks", "todo").id
    assert (row["calendar_id"], row["priority"]) == (tasks, "high")  # one save, one Undo
    assert sync(app_ctx.store, clock).ok
    assert server.files("errands") == [] and len(server.files("tasks")) == 1


def test_an_untitled_to_do_shows_a_placeholder_and_saves_without_a_title(
    view: TodosView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VTODO\r\n"
        "UID:meter@example.org\r\nDTSTAMP:20261101T080000Z\r\nDUE;VALUE=DATE:20261130\r\n"
        "END:VTODO\r\nEND:VCALENDAR\r\n"
    )
    import_ics(app_ctx.store, ics.encode(), app_ctx.clock(), source_name="meter.ics")
    app_ctx.bus.notify(["todos"])
    qtbot.waitUntil(lambda: "(no title)" in titles(view))
    index = cell(view, "(no title)", TITLE)
    assert index.data(Qt.ItemDataRole.EditRole) == ""  # the editor starts empty
    view.editor.edit(view.model.todo_at(view.proxy.mapToSource(index).row()))
    dialog = view.editor.dialog
    assert dialog is not None and dialog.title_edit.text() == ""
    dialog.priority.setCurrentIndex(dialog.priority.findData("low"))
    assert dialog.ok_button.isEnabled()  # its other fields can change; it stays untitled
    with qtbot.waitSignal(view.model.loaded, timeout=10_000):
        dialog.accept()
    [row] = app_ctx.store.query("SELECT title, priority FROM todos WHERE uid = 'meter@example.org'")
    assert (row["title"], row["priority"]) == ("", "low")
