"""The to-do dialog from the to-do list: every field in one save, and reminders
shown in the row, set, changed and cleared the way the assistant's tools store them.

The clock is pinned to Friday 2026-11-27 10:00 in Berlin (tests/ui/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.todos.model import DUE, REMINDER_ROLE, TITLE
from assistant.ui.todos.todo_dialog import TodoDialog
from assistant.ui.todos.todo_values import TodoValues, add_arguments
from assistant.ui.todos.view import TodosView
from assistant.ui.tray import TrayController
from tests.ui.todo_helpers import add, stored

BERLIN = ZoneInfo("Europe/Berlin")


def actions(ctx: AppContext) -> list[str]:
    return [r["tool"] for r in ctx.store.query("SELECT tool FROM actions ORDER BY id")]


def titles(view: TodosView) -> list[str]:
    return [view.proxy.index(r, TITLE).data() for r in range(view.proxy.rowCount())]


def due_cell(view: TodosView, title: str) -> str:
    """The due cell as it reads: the date, then a bell and the reminder's time."""
    index = view.proxy.index(titles(view).index(title), DUE)
    reminder = index.data(REMINDER_ROLE)
    return " ".join(t for t in (index.data(), "[bell]" if reminder else "", reminder) if t)


@pytest.fixture
def ids(app_ctx: AppContext) -> dict[str, int]:
    return {
        "rent": add(app_ctx, "Pay rent", due="today 18:00"),
        "passport": add(app_ctx, "Renew passport", due="next monday"),
        "call": add(app_ctx, "Call Ana", reminder_minutes=30),  # as the assistant may
    }


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot, ids: dict[str, int]) -> Iterator[TodosView]:
    w = TodosView(app_ctx)
    qtbot.addWidget(w)
    w.resize(1030, 700)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: titles(w) == ["Pay rent", "Renew passport", "Call Ana"])
    yield w
    tasks.wait_idle()


def open_dialog(view: TodosView, qtbot: QtBot, title: str) -> TodoDialog:
    """Select the row and press Enter, as a keyboard user would."""
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(titles(view).index(title), TITLE))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    dialog = view.editor.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_reminder_set_in_the_dialog_is_stored_and_shown_in_the_row(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    assert due_cell(view, "Pay rent") == "Today 18:00"
    dialog = open_dialog(view, qtbot, "Pay rent")
    assert dialog.reminder.minutes() is None
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(30))
    assert "Today 17:30" in dialog.reminder_note.text()
    dialog.accept()

    qtbot.waitUntil(lambda: stored(app_ctx, ids["rent"])["reminder_minutes"] == 30)
    qtbot.waitUntil(lambda: due_cell(view, "Pay rent") == "Today 18:00 [bell] 17:30")
    view.table.selectRow(titles(view).index("Pay rent"))
    assert not view.table.viewport().grab().isNull()  # the bell is drawn, selected too
    row = titles(view).index("Pay rent")
    tip = view.proxy.index(row, DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Today 18:00\nReminder: 17:30"
    accessible = view.proxy.index(row, DUE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == tip
    assert actions(app_ctx)[-1] == "update_todo"
    # Stored as the assistant's tools store it: the same column add_todo writes.
    assert stored(app_ctx, ids["call"])["reminder_minutes"] == 30


def test_clearing_the_reminder_removes_it_from_store_and_row(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    assert app_ctx.call_tool("update_todo", {"todo_id": ids["passport"], "reminder_minutes": 60}).ok
    view.model.reload()
    # A bare date counts from 09:00, so an hour before is 08:00 on the day.
    qtbot.waitUntil(lambda: due_cell(view, "Renew passport") == "Mon 30 Nov [bell] 08:00")

    dialog = open_dialog(view, qtbot, "Renew passport")
    assert dialog.reminder.minutes() == 60
    assert "from 09:00" in dialog.reminder_note.text()
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(None))
    dialog.accept()

    qtbot.waitUntil(lambda: stored(app_ctx, ids["passport"])["reminder_minutes"] is None)
    qtbot.waitUntil(lambda: due_cell(view, "Renew passport") == "Mon 30 Nov")


def test_a_reminder_without_a_due_date_says_it_cannot_go_off(view: TodosView, qtbot: QtBot) -> None:
    assert due_cell(view, "Call Ana") == "[bell] no due date"
    dialog = open_dialog(view, qtbot, "Call Ana")
    assert "only once the to-do has a due date" in dialog.reminder_note.text()
    dialog.reject()


def test_one_save_changes_several_fields_in_one_undoable_action(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    before = len(actions(app_ctx))
    dialog = open_dialog(view, qtbot, "Renew passport")
    dialog.title_edit.setText("Renew the passport")
    dialog.set_due(datetime(2026, 12, 2, 15, 0, tzinfo=BERLIN))
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.tags.setText("admin, travel")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(1440))
    dialog.accept()

    qtbot.waitUntil(lambda: "Renew the passport" in titles(view))
    row = stored(app_ctx, ids["passport"])
    assert (row["title"], row["priority"], row["due_at"], row["reminder_minutes"]) == (
        "Renew the passport",
        "high",
        "2026-12-02T14:00:00",
        1440,
    )
    assert actions(app_ctx)[before:] == ["update_todo"]
    qtbot.waitUntil(
        lambda: due_cell(view, "Renew the passport") == "Wed 2 Dec 15:00 [bell] Tue 1 Dec 15:00"
    )

    app_ctx.store.undo()  # one Undo takes it all back
    row = stored(app_ctx, ids["passport"])
    assert (row["title"], row["due_date"], row["reminder_minutes"]) == (
        "Renew passport",
        "2026-11-30",
        None,
    )


def test_cancel_or_no_change_writes_nothing(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    before = actions(app_ctx)
    dialog = open_dialog(view, qtbot, "Pay rent")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(15))
    dialog.reject()
    dialog = open_dialog(view, qtbot, "Pay rent")
    dialog.accept()  # nothing changed
    tasks.wait_idle()
    assert actions(app_ctx) == before
    assert stored(app_ctx, ids["rent"])["reminder_minutes"] is None


def test_removing_the_due_date_and_a_bad_time(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    dialog = open_dialog(view, qtbot, "Pay rent")
    dialog.due_time.setText("blorf")
    dialog.due_time.commit()
    assert "blorf" in dialog.problem() and not dialog.ok_button.isEnabled()
    dialog.due_time.setText("3pm")
    dialog.due_time.commit()
    assert dialog.ok_button.isEnabled()
    dialog.set_due(None)
    assert dialog.due() is None
    dialog.accept()
    qtbot.waitUntil(lambda: stored(app_ctx, ids["rent"])["due_date"] is None)
    qtbot.waitUntil(lambda: due_cell(view, "Pay rent") == "")


def test_the_dialog_set_reminder_goes_off_in_the_tray(
    app_ctx: AppContext, qtbot: QtBot, ids: dict[str, int]
) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    tray = TrayController(app_ctx, window)
    with qtbot.waitSignal(tray.checked):
        tray.start()
    todos = window.todos
    qtbot.waitUntil(lambda: "Pay rent" in titles(todos))
    todos.table.setCurrentIndex(todos.proxy.index(titles(todos).index("Pay rent"), TITLE))
    todos.edit_current(reminder=True)
    dialog = todos.editor.dialog
    assert dialog is not None and dialog.focusWidget() is dialog.reminder
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(30))
    dialog.accept()
    qtbot.waitUntil(lambda: stored(app_ctx, ids["rent"])["reminder_minutes"] == 30)

    seen: list[tuple[str, str]] = []
    tray.reminder_due.connect(lambda title, body: seen.append((title, body)))
    with qtbot.waitSignal(tray.checked):
        tray.check(datetime(2026, 11, 27, 17, 29, tzinfo=BERLIN))
    assert seen == []
    with qtbot.waitSignal(tray.checked):
        tray.check(datetime(2026, 11, 27, 17, 31, tzinfo=BERLIN))
    assert seen == [("Pay rent", "To-do due today at 18:00")]
    tray.stop()
    tasks.wait_idle()


def test_dialog_values_round_trip(app_ctx: AppContext, qtbot: QtBot) -> None:
    clock = app_ctx.clock()
    values = TodoValues("Bins", date(2026, 12, 1), "low", "green ones", ("home",), 60)
    dialog = TodoDialog(values, clock, "new")
    qtbot.addWidget(dialog)
    assert dialog.values() == values
    assert dialog.ok_button.text() == "Add"
    assert add_arguments(values, clock.tz) == {
        "title": "Bins",
        "due": "2026-12-01",
        "priority": "low",
        "notes": "green ones",
        "tags": ["home"],
        "reminder_minutes": 60,
    }


def test_a_due_date_changed_in_the_dialog_moves_the_row_and_keeps_it_selected(
    view: TodosView, app_ctx: AppContext, ids: dict[str, int], qtbot: QtBot
) -> None:
    dialog = open_dialog(view, qtbot, "Pay rent")
    dialog.set_due(datetime(2026, 12, 2, 15, 0, tzinfo=BERLIN))  # after Monday's passport
    dialog.accept()
    qtbot.waitUntil(lambda: titles(view) == ["Renew passport", "Pay rent", "Call Ana"])
    current = view.table.currentIndex()
    assert view.proxy.index(current.row(), TITLE).data() == "Pay rent"
