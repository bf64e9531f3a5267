"""Search everything (Ctrl+F): the popup, its keys, and opening a hit in its view."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.search import Hit
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.main_window import CALENDAR, NOTES, TODOS, MainWindow
from assistant.ui.search_popup import SearchPopup


def make(ctx: AppContext, tool: str, **args: Any) -> int:
    result = ctx.call_tool(tool, args)
    assert result.ok, result.text
    return int(result.data["id"])


def open_popup(window: MainWindow, qtbot: QtBot, *, again: bool = False) -> SearchPopup:
    """Ctrl+F; ``again``: the popup has words from before, wait for their fresh hits."""
    # Closing the popup gives the focus back to the window on a desktop; offscreen, do it here.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if again:
        assert window.search_popup is not None
        with qtbot.waitSignal(window.search_popup.results_shown, timeout=10_000):
            qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.edit.hasFocus())
    return popup


def type_query(popup: SearchPopup, qtbot: QtBot, text: str) -> list[Hit]:
    with qtbot.waitSignal(popup.results_shown, timeout=10_000):
        qtbot.keyClicks(popup.edit, text)
    return [h for row in range(popup.model.rowCount()) if (h := popup.model.hit_at(row))]


def test_ctrl_f_finds_all_three_kinds_and_opens_each_in_its_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctx = window.ctx
    todo = make(ctx, "add_todo", title="Call the dentist", due="2026-12-01")
    event = make(ctx, "add_event", title="Dentist", start="2026-12-03 09:00")
    note = make(ctx, "create_note", title="Dentists nearby", body="Dr. Silva")
    make(ctx, "add_todo", title="Unrelated chore")

    popup = open_popup(window, qtbot)  # the box has the focus
    hits = type_query(popup, qtbot, "dent")
    assert [(h.kind, h.id) for h in hits] == [("event", event), ("note", note), ("todo", todo)]
    assert popup.current_hit() == hits[0]

    # Down twice, Enter: the to-do, selected in the to-dos view.
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    assert popup.current_hit() == hits[2]
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.stack.currentIndex() == TODOS
    qtbot.waitUntil(lambda: [t.id for t in window.todos.selected_todos()] == [todo])

    # The event: the calendar on its day, the event selected in the agenda.
    popup = open_popup(window, qtbot, again=True)
    assert popup.current_hit() == hits[0]
    assert popup.edit.selectedText() == "dent"  # the last words, searched again
    with qtbot.waitSignal(window.calendar.agenda_loaded, timeout=10_000):
        qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == CALENDAR
    assert window.calendar.grid.selected_day() == date(2026, 12, 3)
    entry = window.calendar.agenda.current_entry()
    assert entry is not None and entry.event_id == event

    # The note: open in the editor and selected in the list.
    popup = open_popup(window, qtbot, again=True)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Down)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == NOTES
    notes = window.notes
    qtbot.waitUntil(
        lambda: notes.editor.isEnabled() and notes.editor.title.text() == "Dentists nearby"
    )
    qtbot.waitUntil(lambda: notes.list.currentIndex().isValid())
    tasks.wait_idle()


def test_a_todo_beyond_the_first_page_and_filter_is_still_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    ctx = window.ctx
    done = make(ctx, "add_todo", title="Renew passport")
    assert ctx.call_tool("complete_todo", {"todo_id": done}).ok
    window.show_page(TODOS)
    window.todos.set_status("open")  # the done one is not listed
    popup = open_popup(window, qtbot)
    type_query(popup, qtbot, "passport")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [t.id for t in window.todos.selected_todos()] == [done])
    assert window.todos.filters.currentIndex() == 0  # "All"
    tasks.wait_idle()


def test_esc_closes_and_enter_right_after_typing_opens_the_best_hit(
    window: MainWindow, qtbot: QtBot
) -> None:
    note = make(window.ctx, "create_note", title="Packing list", body="socks")
    popup = open_popup(window, qtbot)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.stack.currentIndex() != NOTES

    popup = open_popup(window, qtbot)
    qtbot.keyClicks(popup.edit, "sock")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # before the pause has passed
    qtbot.waitUntil(lambda: window.stack.currentIndex() == NOTES)
    qtbot.waitUntil(lambda: window.notes.editor.title.text() == "Packing list")
    assert window.notes.saver.current_id() == note
    tasks.wait_idle()


def test_no_words_and_no_matches_say_so(window: MainWindow, qtbot: QtBot) -> None:
    popup = open_popup(window, qtbot)
    assert "Type to search" in popup.status.text()
    assert type_query(popup, qtbot, "zzzz") == []
    assert popup.status.text() == "Nothing matches."
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # nothing to open: stays
    assert popup.isVisible()
    tasks.wait_idle()


def test_only_the_latest_query_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    make(window.ctx, "add_todo", title="Alpha")
    make(window.ctx, "add_todo", title="Beta")
    popup = open_popup(window, qtbot)
    shown: list[list[str]] = []
    popup.results_shown.connect(
        lambda: shown.append([popup.model.data(popup.model.index(r, 0)) for r in range(2)])
    )
    popup.edit.setText("alpha")
    popup.run_query()
    popup.edit.setText("beta")
    popup.run_query()
    tasks.wait_idle()
    qtbot.waitUntil(lambda: len(shown) > 0)
    assert len(shown) == 1 and shown[0][0].endswith("Beta")
    assert shown[0][1] is None


def test_every_control_has_an_accessible_name(window: MainWindow, qtbot: QtBot) -> None:
    popup = open_popup(window, qtbot)
    for widget in (popup, popup.edit, popup.list, popup.status):
        assert widget.accessibleName(), widget
    assert popup.list.accessibleName() == "Search results"
    assert popup.edit.accessibleName() == "Search to-dos, events and notes"
    window.show_shortcuts  # noqa: B018 - the action is listed with its key
    names = {a.text().replace("&", ""): a.shortcut().toString() for a in window.actions()}
    assert names["Search everything…"] == "Ctrl+F"


def test_the_todo_search_box_keeps_a_shortcut_of_its_own(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(TODOS)
    window.todos.table.setFocus()
    qtbot.waitUntil(window.todos.table.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.todos.table, Qt.Key.Key_F, modifiers)
    assert window.todos.search.hasFocus()
    assert window.search_popup is None
    # Ctrl+F inside the to-dos is Search everything too (two Ctrl+F would cancel out).
    qtbot.keyClick(window.todos.search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    tasks.wait_idle()
