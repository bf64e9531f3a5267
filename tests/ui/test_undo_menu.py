"""Edit > Undo and Redo in a real window, on a real store: one step, named."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.ui.context import AppContext
from assistant.ui.main_window import TODOS, MainWindow
from assistant.ui.todos.model import TITLE


def count(ctx: AppContext) -> int:
    return int(ctx.store.query("SELECT count(*) AS n FROM todos")[0]["n"])


def shown(window: MainWindow) -> int:
    return window.todos.proxy.rowCount()


def test_undo_is_off_with_nothing_to_undo(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.undo_actions
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo")
    assert not actions.undo.isEnabled() and not actions.redo.isEnabled()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]


def test_deleting_40_todos_is_one_undo_named_in_the_edit_menu(
    window: MainWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    for n in range(40):
        assert app_ctx.call_tool("add_todo", {"title": f"Task {n}"}).ok
    app_ctx.bus.notify(["todos"])
    window.show_page(TODOS)
    qtbot.waitUntil(lambda: shown(window) == 40)
    window.todos.table.selectAll()
    window.todos.delete_selected()
    qtbot.waitUntil(lambda: count(app_ctx) == 0 and shown(window) == 0)

    actions = window.undo_actions
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Delete 40 to-dos")
    assert actions.undo.isEnabled() and not actions.redo.isEnabled()

    window.todos.table.setFocus()  # not a text field: Ctrl+Z is the window's
    qtbot.keyClick(window.todos.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: count(app_ctx) == 40)
    qtbot.waitUntil(lambda: shown(window) == 40)  # the view heard of the change
    assert window.statusBar().currentMessage() == "Undid Delete 40 to-dos."
    qtbot.waitUntil(lambda: actions.redo.text() == "&Redo Delete 40 to-dos")
    assert actions.undo.text() == "&Undo Add to-do 'Task 39'"

    actions.redo.trigger()
    qtbot.waitUntil(lambda: count(app_ctx) == 0 and shown(window) == 0)
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Delete 40 to-dos")
    assert not actions.redo.isEnabled()


def test_a_refused_undo_is_said_in_the_status_bar(
    window: MainWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    result = app_ctx.call_tool("add_todo", {"title": "Milk"})
    app_ctx.store.db.execute("UPDATE todos SET title = 'Oat milk'")  # outside the journal
    app_ctx.bus.notify(["todos"])
    actions = window.undo_actions
    qtbot.waitUntil(lambda: actions.undo.isEnabled())
    actions.undo.trigger()
    qtbot.waitUntil(lambda: "Cannot undo" in window.statusBar().currentMessage())
    assert app_ctx.store.get("todos", result.data["id"]) is not None
    assert window.todos.proxy.index(0, TITLE).data() == "Oat milk"


def test_checking_off_a_selection_is_one_undo(
    window: MainWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    for title in ("A", "B", "C"):
        assert app_ctx.call_tool("add_todo", {"title": title}).ok
    app_ctx.bus.notify(["todos"])
    window.show_page(TODOS)
    qtbot.waitUntil(lambda: shown(window) == 3)
    window.todos.table.selectAll()
    window.todos.toggle_selected()

    def done() -> int:
        return int(app_ctx.store.query("SELECT count(*) AS n FROM todos WHERE done")[0]["n"])

    qtbot.waitUntil(lambda: done() == 3)
    actions = window.undo_actions
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Check off 3 to-dos")
    actions.undo.trigger()
    qtbot.waitUntil(lambda: done() == 0)
    qtbot.waitUntil(lambda: actions.undo.text() == "&Undo Add to-do 'C'")
