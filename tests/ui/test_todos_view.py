"""The to-dos view on a real store: check off, quick add, inline edits, filters, sorting.

The clock is pinned to Friday 2026-11-27 10:00 in Berlin (tests/ui/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from assistant.clock import Clock
from assistant.todos.filter import STATUSES, Status
from assistant.todos.query import PAGE_SIZE, TodoQuery, load_page
from assistant.ui.context import TODOS, AppContext
from assistant.ui.todos.model import DONE, DUE, PRIORITY, TITLE
from assistant.ui.todos.view import TodosView
from tests.ui.todo_helpers import add, stored


def titles(view: TodosView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def cell(view: TodosView, title: str, column: int) -> QModelIndex:
    row = titles(view).index(title)
    return view.proxy.index(row, column)


def open_view(ctx: AppContext, qtbot: QtBot, expected: list[str]) -> TodosView:
    view = TodosView(ctx)
    qtbot.addWidget(view)
    view.resize(1030, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: titles(view) == expected)
    return view


def edit_cell(view: TodosView, qtbot: QtBot, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double-click would, type, and press Enter."""
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.fixture
def sample(app_ctx: AppContext) -> dict[str, int]:
    return {
        "rent": add(app_ctx, "Pay rent", due="yesterday"),
        "milk": add(app_ctx, "Buy milk", due="today 9am", priority="low"),
        "mom": add(app_ctx, "Call mom", due="friday 5pm", priority="high", tags=["family"]),
        "passport": add(app_ctx, "Renew passport", due="next monday"),
        "dentist": add(app_ctx, "Book dentist"),
    }


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot, sample: dict[str, int]) -> Iterator[TodosView]:
    yield open_view(
        app_ctx, qtbot, ["Pay rent", "Buy milk", "Call mom", "Renew passport", "Book dentist"]
    )


# -- check off ---------------------------------------------------------------


def test_checking_off_persists_and_reopening_too(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    box = cell(view, "Call mom", DONE)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with qtbot.waitSignal(app_ctx.bus.changed):
        view.proxy.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored(app_ctx, sample["mom"])["done"] == 1
    # Done rows sink only on reload; in place, the row shows its new state.
    qtbot.waitUntil(
        lambda: (
            cell(view, "Call mom", DONE).data(Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Checked
        )
    )
    assert cell(view, "Call mom", TITLE).data(Qt.ItemDataRole.FontRole).strikeOut()

    # Space on the selected row reopens it.
    view.table.setFocus()
    view.table.selectRow(titles(view).index("Call mom"))
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stored(app_ctx, sample["mom"])["done"] == 0)
    qtbot.waitUntil(
        lambda: (
            cell(view, "Call mom", DONE).data(Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Unchecked
        )
    )
    assert app_ctx.store.query("SELECT tool FROM actions ORDER BY id")[-2:] == [
        {"tool": "complete_todo"},
        {"tool": "reopen_todo"},
    ]


def test_checking_off_under_open_removes_the_row(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    view.set_status("open")
    qtbot.waitUntil(lambda: view.filters.tabText(1) == "Open (5)")
    view.proxy.setData(
        cell(view, "Buy milk", DONE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.waitUntil(lambda: "Buy milk" not in titles(view))
    assert stored(app_ctx, sample["milk"])["done"] == 1
    qtbot.waitUntil(lambda: view.filters.tabText(1) == "Open (4)")
    assert view.filters.tabText(4) == "Done (1)"


# -- quick add ---------------------------------------------------------------


def test_quick_add_reads_title_and_date_in_code(
    view: TodosView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    box = view.quick_add.edit
    qtbot.keyClicks(box, "call mom friday 5pm")
    assert view.quick_add.preview.text() == "Call mom — due Fri 27 Nov 17:00"
    qtbot.keyClicks(box, " !high #family")
    assert (
        view.quick_add.preview.text() == "Call mom — due Fri 27 Nov 17:00 · high priority · #family"
    )
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.text() == "")
    row = app_ctx.store.query("SELECT * FROM todos ORDER BY id DESC LIMIT 1")[0]
    assert (row["title"], row["due_date"], row["due_at"], row["priority"]) == (
        "Call mom",
        "2026-11-27",
        "2026-11-27T16:00:00",  # 17:00 in Berlin
        "high",
    )
    tags = app_ctx.call_tool("list_todos", {"text": "Call mom"}).data
    assert [t["tags"] for t in tags] == [["family"], ["family"]]
    # The new to-do is first in the table and selected.
    assert titles(view)[0] == "Call mom"
    current = view.proxy.mapToSource(view.table.currentIndex()).row()
    assert view.model.todo_at(current).id == row["id"]


def test_quick_add_without_a_title_adds_nothing(
    view: TodosView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    before = app_ctx.store.query("SELECT count(*) AS n FROM todos")
    qtbot.keyClicks(view.quick_add.edit, "tomorrow 5pm")
    assert "what needs doing" in view.quick_add.preview.text()
    view.quick_add.button.click()
    qtbot.waitUntil(lambda: "e.g." in view.quick_add.preview.text())
    assert app_ctx.store.query("SELECT count(*) AS n FROM todos") == before
    assert view.quick_add.edit.text() == "tomorrow 5pm"


def test_ctrl_t_path_focuses_the_quick_add_box(view: TodosView, qtbot: QtBot) -> None:
    view.table.setFocus()
    view.new_todo()
    qtbot.waitUntil(view.quick_add.edit.hasFocus)


# -- inline edits --------------------------------------------------------------


def test_editing_the_title_persists(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    edit_cell(view, qtbot, cell(view, "Book dentist", TITLE), "Book the dentist")
    qtbot.waitUntil(lambda: stored(app_ctx, sample["dentist"])["title"] == "Book the dentist")
    qtbot.waitUntil(lambda: "Book the dentist" in titles(view))
    assert app_ctx.store.query("SELECT tool FROM actions ORDER BY id DESC LIMIT 1") == [
        {"tool": "update_todo"}
    ]


def test_editing_the_due_date_in_words_persists(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    due = cell(view, "Book dentist", DUE)
    assert due.data() == ""
    edit_cell(view, qtbot, due, "tomorrow 9am")
    qtbot.waitUntil(lambda: stored(app_ctx, sample["dentist"])["due_at"] == "2026-11-28T08:00:00")
    qtbot.waitUntil(lambda: cell(view, "Book dentist", DUE).data() == "Tomorrow 09:00")


def test_an_edit_moves_the_row_to_its_place_in_the_order(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    edit_cell(view, qtbot, cell(view, "Book dentist", DUE), "tomorrow 9am")
    # Sorted by due date: tomorrow comes after Friday 17:00 and before next Monday.
    qtbot.waitUntil(
        lambda: (
            titles(view) == ["Pay rent", "Buy milk", "Call mom", "Book dentist", "Renew passport"]
        )
    )
    current = view.table.currentIndex()
    assert view.proxy.index(current.row(), TITLE).data() == "Book dentist"  # still selected


def test_a_bad_due_date_changes_nothing_and_says_why(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    before = stored(app_ctx, sample["passport"])
    actions = app_ctx.store.query("SELECT count(*) AS n FROM actions")
    edit_cell(view, qtbot, cell(view, "Renew passport", DUE), "tomorrow blorf")
    qtbot.waitUntil(view.messages.isVisible)
    assert view.messages.error
    assert "blorf" in view.messages.label.text()
    assert not view.messages.label.text().startswith("Error")
    assert stored(app_ctx, sample["passport"]) == before
    assert app_ctx.store.query("SELECT count(*) AS n FROM actions") == actions
    assert cell(view, "Renew passport", DUE).data() == "Mon 30 Nov"


def test_priority_is_picked_from_the_tools_values(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    index = cell(view, "Book dentist", PRIORITY)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == ["low", "normal", "high"]
    combo.setCurrentIndex(combo.findData("high"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: stored(app_ctx, sample["dentist"])["priority"] == "high")
    qtbot.waitUntil(lambda: cell(view, "Book dentist", PRIORITY).data() == "High")


# -- filters, search and sorting ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("all", ["Pay rent", "Buy milk", "Call mom", "Renew passport", "Book dentist", "Old"]),
        ("open", ["Pay rent", "Buy milk", "Call mom", "Renew passport", "Book dentist"]),
        ("today", ["Buy milk", "Call mom"]),
        ("overdue", ["Pay rent", "Buy milk"]),  # 9:00 today has passed at 10:00
        ("done", ["Old"]),
    ],
)
def test_filters_show_the_right_rows(
    app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot, status: Status, expected: list[str]
) -> None:
    old = add(app_ctx, "Old", due="today")
    app_ctx.call_tool("complete_todo", {"todo_id": old})
    # Done to-dos sink to the bottom under "All".
    every = ["Pay rent", "Buy milk", "Call mom", "Renew passport", "Book dentist", "Old"]
    view = open_view(app_ctx, qtbot, every)
    tab = STATUSES.index(status)
    view.filters.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: titles(view) == expected)
    qtbot.waitUntil(lambda: view.filters.tabText(tab).endswith(f"({len(expected)})"))


def test_overdue_due_dates_are_marked(view: TodosView) -> None:
    red = cell(view, "Pay rent", DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().red() > 150
    assert cell(view, "Renew passport", DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Overdue" in cell(view, "Pay rent", DUE).data(Qt.ItemDataRole.ToolTipRole)


def test_search_by_text_and_tag(view: TodosView, qtbot: QtBot) -> None:
    qtbot.keyClicks(view.search, "mil")
    qtbot.waitUntil(lambda: titles(view) == ["Buy milk"])
    view.search.setText("#family")
    qtbot.waitUntil(lambda: titles(view) == ["Call mom"])
    view.search.clear()
    qtbot.waitUntil(lambda: len(titles(view)) == 5)


def test_sorting_by_clicking_headers(view: TodosView, qtbot: QtBot) -> None:
    header = view.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(TITLE) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorSection() == TITLE
    qtbot.waitUntil(
        lambda: (
            titles(view) == ["Book dentist", "Buy milk", "Call mom", "Pay rent", "Renew passport"]
        )
    )
    view.table.sortByColumn(DUE, Qt.SortOrder.DescendingOrder)
    # Latest first; no due date stays last either way.
    qtbot.waitUntil(
        lambda: (
            titles(view) == ["Renew passport", "Call mom", "Buy milk", "Pay rent", "Book dentist"]
        )
    )
    view.table.sortByColumn(PRIORITY, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: titles(view)[0] == "Call mom" and titles(view)[-1] == "Buy milk")


# -- outside changes, delete, many rows ------------------------------------------------


def test_refreshes_when_the_bus_says_todos_changed(
    view: TodosView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, "Water plants", due="tomorrow")  # as the chat agent would
    app_ctx.bus.notify(["events"])
    assert "Water plants" not in titles(view)
    app_ctx.bus.notify([TODOS])
    qtbot.waitUntil(lambda: "Water plants" in titles(view))
    qtbot.waitUntil(lambda: view.filters.tabText(0) == "All (6)")


def test_delete_key_deletes_and_undo_brings_it_back(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    view.table.setFocus()
    view.table.selectRow(titles(view).index("Renew passport"))
    assert view.delete_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Renew passport" not in titles(view))
    assert app_ctx.store.get("todos", sample["passport"]) is None
    assert view.messages.label.text() == "Deleted “Renew passport”."
    view.messages.action.click()
    qtbot.waitUntil(lambda: "Renew passport" in titles(view))
    assert stored(app_ctx, sample["passport"])["title"] == "Renew passport"


def test_an_undo_offer_goes_with_the_next_change_or_after_seconds(
    view: TodosView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    from assistant.ui.widgets import message_bar

    view.table.selectRow(titles(view).index("Renew passport"))
    view.delete_selected()
    qtbot.waitUntil(view.messages.has_offer)
    assert view.messages._expiry.isActive()
    assert view.messages._expiry.interval() == message_bar.OFFER_SECONDS * 1000
    app_ctx.bus.notify(["events"])  # news that is no change after it: the offer stands
    qtbot.wait(200)
    assert view.messages.has_offer()
    add(app_ctx, "Water plants")  # the next change, as the chat would make it
    app_ctx.bus.notify([TODOS])
    qtbot.waitUntil(lambda: not view.messages.isVisible())

    qtbot.waitUntil(lambda: "Water plants" in titles(view))
    view.table.selectRow(titles(view).index("Book dentist"))
    view.messages._expiry.setInterval(100)  # the seconds, shortened
    view.delete_selected()
    qtbot.waitUntil(view.messages.has_offer)
    qtbot.waitUntil(lambda: not view.messages.isVisible(), timeout=3000)


def test_many_rows_load_a_page_at_a_time(app_ctx: AppContext, qtbot: QtBot) -> None:
    total = PAGE_SIZE + 30
    with app_ctx.store.lock, app_ctx.store.transaction():
        app_ctx.store.db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO todos (uid, title, due_date, created, updated) "
            "SELECT 'u' || i, printf('Task %05d', i), "
            "date('2026-11-27', '+' || (i % 90) || ' days'), 'x', 'x' FROM n",
            [total],
        )
    view = TodosView(app_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == PAGE_SIZE)
    assert view.proxy.canFetchMore(QModelIndex())
    view.proxy.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: view.model.rowCount() == total)
    assert not view.proxy.canFetchMore(QModelIndex())
    ids = [view.model.todo_at(r).id for r in range(total)]
    assert len(set(ids)) == total  # pages neither overlap nor skip
    qtbot.waitUntil(lambda: view.filters.tabText(0) == f"All ({total:,})")


def test_memory_filter_agrees_with_sql(app_ctx: AppContext, sample: dict[str, int]) -> None:
    """A row changed in place stays or leaves exactly as a reload would decide."""
    app_ctx.call_tool("complete_todo", {"todo_id": sample["rent"]})
    clock: Clock = app_ctx.clock()
    every = load_page(app_ctx.store, clock, TodoQuery(), 0, 100)
    for status in STATUSES:
        for text in ("", "mo", "call", "#family"):
            query = TodoQuery(status=status, text=text)
            in_sql = {r.id for r in load_page(app_ctx.store, clock, query, 0, 100)}
            in_memory = {r.id for r in every if query.filter.matches(r, clock)}
            assert in_sql == in_memory, (status, text)


def test_context_menu_sets_priority(
    view: TodosView, app_ctx: AppContext, sample: dict[str, int], qtbot: QtBot
) -> None:
    row = titles(view).index("Renew passport")
    view.table.selectRow(row)
    pos = view.table.visualRect(view.proxy.index(row, TITLE)).center()
    view.table.customContextMenuRequested.emit(pos)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Mark as done",
        "Edit…",
        "Reminder…",
        "Edit title",
        "Change due date",
        "Priority",
        "Delete",
    ]
    priority = next(a.menu() for a in menu.actions() if a.text() == "Priority")
    assert isinstance(priority, QMenu)
    next(a for a in priority.actions() if a.text() == "High").trigger()
    menu.close()
    qtbot.waitUntil(lambda: stored(app_ctx, sample["passport"])["priority"] == "high")


def test_controls_have_accessible_names(view: TodosView) -> None:
    controls = [
        view.quick_add.edit,
        view.quick_add.button,
        view.filters,
        view.search,
        view.delete_button,
        view.table,
    ]
    assert all(c.accessibleName() for c in controls)
