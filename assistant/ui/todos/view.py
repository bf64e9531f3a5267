"""To-dos view: quick add, filter tabs with counts, search, and the editable table.

Every change goes through the to-do tools in the background (so it is
validated, journaled and undoable like the assistant's own changes); the
tool's record then replaces the row. Changes made elsewhere (the chat, undo,
an import) arrive on the data bus and reload the table in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.calendar.model import shown_title
from assistant.store.changes import changes_of
from assistant.todos.filter import STATUSES, Status
from assistant.todos.model import Todo
from assistant.todos.query import count_by_status, load_todo
from assistant.tools.registry import ToolResult
from assistant.ui.context import TODOS, AppContext
from assistant.ui.people_text import said
from assistant.ui.sync.controller import CALENDARS
from assistant.ui.tasks import run_in_background, run_write
from assistant.ui.todos.calendars import TaskList
from assistant.ui.todos.delegates import PriorityDelegate, TextDelegate
from assistant.ui.todos.due_delegate import DueDelegate
from assistant.ui.todos.edits import edit_call, edit_summary
from assistant.ui.todos.model import DUE, PRIORITY, TAGS, TITLE, TodoTableModel
from assistant.ui.todos.proxy import TodoFilterProxy
from assistant.ui.todos.quick_add import QuickAddBox
from assistant.ui.todos.row_menu import row_menu
from assistant.ui.todos.table import TodoTable
from assistant.ui.todos.todo_editor import TodoEditor
from assistant.ui.widgets.message_bar import MessageBar

SEARCH_DELAY_MS = 250
CLOCK_TICK_MS = 60_000


class TodosView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # True while this view announces its own write, so it skips the echo.
        self._notifying = False
        # The row and scroll position to restore after a reload from the bus.
        self._keep_id: int | None = None
        self._keep_scroll = 0
        # A to-do to show even when it is not on the first page (Search everything).
        self._reveal_id: int | None = None
        self.model = TodoTableModel(ctx, self)
        self.proxy = TodoFilterProxy(self.model, self)
        self.editor = TodoEditor(ctx, self)
        self.editor.choices = self.model.lists.choices_for
        self._build()
        self._connect()
        self.model.reload()
        self.refresh_counts()
        self.model.lists.load(ctx.store)

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.quick_add = QuickAddBox(self.ctx, self.model.lists)
        self.filters = QTabBar()
        self.filters.setAccessibleName(self.tr("Show"))
        self.filters.setDocumentMode(True)
        self.filters.setExpanding(False)
        self.filters.setDrawBase(False)
        self._filter_names = {
            "all": self.tr("All"),
            "open": self.tr("Open"),
            "today": self.tr("Today"),
            "overdue": self.tr("Overdue"),
            "done": self.tr("Done"),
        }
        for status in STATUSES:
            self.filters.addTab(self._filter_names[status])
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search to-dos"))
        self.search.setPlaceholderText(self.tr("Search, or #tag"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(260)
        self.delete_button = QToolButton()
        self.delete_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_button.setAccessibleName(self.tr("Delete selected to-dos"))
        self.delete_button.setToolTip(self.tr("Delete the selected to-dos (Delete)"))
        self.delete_button.setEnabled(False)
        self.messages = MessageBar()
        self.table = TodoTable()
        self.table.setAccessibleName(self.tr("To-dos"))
        self.table.setModel(self.proxy)
        self._set_delegates()

        bar = QHBoxLayout()
        bar.addWidget(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.search)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.quick_add)
        layout.addSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        for first, second in [
            (self.quick_add.edit, self.quick_add.button),
            (self.quick_add.button, self.filters),
            (self.filters, self.search),
            (self.search, self.delete_button),
            (self.delete_button, self.table),
        ]:
            QWidget.setTabOrder(first, second)

    def _set_delegates(self) -> None:
        self.table.setItemDelegateForColumn(
            TITLE, TextDelegate(self.tr("Title"), self.tr("What needs doing"), self.table)
        )
        self.table.setItemDelegateForColumn(
            DUE,
            DueDelegate(
                self.tr("Due date"),
                self.tr("e.g. tomorrow 9am, friday, 2026-12-24; empty for none"),
                self.table,
            ),
        )
        self.priority_labels = {
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
        }
        self.table.setItemDelegateForColumn(
            PRIORITY, PriorityDelegate(self.priority_labels, self.tr("Priority"), self.table)
        )
        self.table.setItemDelegateForColumn(
            TAGS, TextDelegate(self.tr("Tags"), self.tr("Tags, separated by commas"), self.table)
        )

    def _connect(self) -> None:
        self.quick_add.added.connect(self._on_added)
        self.filters.currentChanged.connect(self._on_filter_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.proxy.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.toggle_requested.connect(self.toggle_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.open_requested.connect(self.edit_current)
        self.editor.saved.connect(lambda result: self._show_records([result], resort=True))
        self.editor.failed.connect(self.messages.show_error)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.edit_requested.connect(self.apply_edit)
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self.messages.show_error)
        self.proxy.modelReset.connect(self._update_placeholder)
        self.proxy.rowsInserted.connect(self._update_placeholder)
        self.proxy.rowsRemoved.connect(self._update_placeholder)
        self.ctx.bus.changed.connect(self._on_bus_changed)
        # Ctrl+F is the window's "Search everything"; this box has Ctrl+Shift+F.
        find = QAction(self.tr("Search to-dos"), self)
        find.setShortcut(QKeySequence("Ctrl+Shift+F"))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        self._clock_timer = QTimer(self, interval=CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(self._on_clock_tick)
        self._clock_timer.start()

    # -- public ------------------------------------------------------------

    def new_todo(self) -> None:
        """Focus the quick-add box."""
        self.quick_add.focus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_todo(self, todo_id: int) -> None:
        """List every to-do with ``todo_id`` selected (Search everything opens it here)."""
        self._search_timer.stop()
        for widget, change in (
            (self.search, self.search.clear),
            (self.filters, lambda: self.filters.setCurrentIndex(STATUSES.index("all"))),
        ):
            widget.blockSignals(True)  # one reload below, not one per change
            change()
            widget.blockSignals(False)
        self._keep_id, self._keep_scroll = todo_id, 0
        self._reveal_id = todo_id
        self.model.reload(replace(self.model.query, status="all", text=""))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_status(self, status: Status) -> None:
        self.filters.setCurrentIndex(STATUSES.index(status))

    def selected_todos(self) -> list[Todo]:
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        )
        return [self.model.todo_at(r) for r in rows]

    def refresh_counts(self) -> None:
        store, clock = self.ctx.store, self.ctx.clock()
        run_in_background(lambda: count_by_status(store, clock), self._show_counts)

    # -- edits ---------------------------------------------------------------

    def edit_current(self, *, reminder: bool = False) -> None:
        """Open the dialog of the current row's to-do (all its fields, and its reminder)."""
        current = self.table.currentIndex()
        if current.isValid():
            todo = self.model.todo_at(self.proxy.mapToSource(current).row())
            self.editor.edit(todo, reminder=reminder)

    def apply_edit(self, todo_id: int, field: str, value: Any) -> None:
        """Run the tool for one edit; the row changes only when the store did."""
        self._apply_edits([todo_id], field, value)

    def toggle_selected(self) -> None:
        todos = self.selected_todos()
        done = not all(t.done for t in todos)
        self._apply_edits([t.id for t in todos if t.done != done], "done", done)

    def set_priority(self, priority: str) -> None:
        ids = [t.id for t in self.selected_todos() if t.priority != priority]
        self._apply_edits(ids, "priority", priority)

    def _apply_edits(self, ids: list[int], field: str, value: Any) -> None:
        """The same edit of several to-dos: one journal entry, so one Undo."""
        if not ids:
            return
        calls = [edit_call(todo_id, field, value) for todo_id in ids]
        ctx = self.ctx
        # A checked-off row stays put until the next reload (a mis-click is easy to take
        # back); any other edit can move the row, so the list is read again in its order.
        resort = field != "done"

        def edit() -> list[ToolResult]:
            if len(calls) == 1:
                return [ctx.call_tool(*calls[0])]
            with ctx.store.group(calls[0][0], edit_summary(field, value, len(calls))) as group:
                results = [ctx.call_tool(name, args) for name, args in calls]
                group.summary = edit_summary(field, value, sum(r.ok for r in results))
            return results

        def done(results: list[ToolResult]) -> None:
            shown = [r for r in results if r.ok]
            if shown:
                self._show_records(shown, resort=resort)
            failed = [
                said(r.text.removeprefix("Error: "), ctx.clock()) for r in results if not r.ok
            ]
            if failed:
                self.messages.show_error("\n".join(failed))

        run_in_background(edit, done, self.messages.show_error)

    def _show_records(self, results: list[ToolResult], *, resort: bool) -> None:
        self.messages.hide()
        for result in results:
            # A move reloads below; any other edit leaves the calendar as shown.
            self.model.put(Todo.from_record(result.data), same_calendar=True)
        self._announce(changes_of(results))
        if resort:
            self._keep_id = int(results[-1].data["id"])
            self._keep_scroll = self.table.verticalScrollBar().value()
            self.model.reload(keep_position=True)

    def _on_added(self, record: dict[str, Any], calendar_id: int | None) -> None:
        todo = replace(Todo.from_record(record), calendar_id=calendar_id)
        self.model.put(todo)
        self._announce([TODOS])  # the quick-add box hands over the record only
        row = self.model.row_of(todo.id)
        index = self.proxy.mapFromSource(self.model.index(row or 0, TITLE))
        if index.isValid():
            self.messages.hide()
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:
            self.messages.show_info(
                self.tr("Added “%1”; the current filter hides it.").replace("%1", todo.title)
            )

    def _announce(self, changes: Iterable[str]) -> None:
        """Tell the other views; this one is already up to date (but its counts are not)."""
        self._notifying = True
        try:
            self.ctx.bus.notify(changes)
        finally:
            self._notifying = False
        self.refresh_counts()

    # -- delete and undo -----------------------------------------------------

    def delete_selected(self) -> None:
        todos = self.selected_todos()
        if not todos:
            return
        ctx = self.ctx

        def delete() -> list[ToolResult]:
            if len(todos) == 1:
                return [ctx.call_tool("delete_todo", {"todo_id": todos[0].id})]
            # One journal entry, so one Undo (here or Edit > Undo) brings all back.
            with ctx.store.group("delete_todo", f"Delete {len(todos)} to-dos") as group:
                results = [ctx.call_tool("delete_todo", {"todo_id": t.id}) for t in todos]
                group.summary = f"Delete {sum(r.ok for r in results)} to-dos"
            return [replace(r, action_id=group.action_id) if r.ok else r for r in results]

        run_in_background(delete, self._deleted, self.messages.show_error)

    def _deleted(self, results: list[ToolResult]) -> None:
        done = [r for r in results if r.ok]
        for result in done:
            self.model.remove(result.data["id"])
        if done:
            self._announce(changes_of(done))
        failed = [
            said(r.text.removeprefix("Error: "), self.ctx.clock()) for r in results if not r.ok
        ]
        if failed:
            self.messages.show_error("\n".join(failed))
            return
        actions = [r.action_id for r in done if r.action_id is not None]
        if len(done) == 1:
            text = self.tr("Deleted “%1”.").replace("%1", shown_title(done[0].data["title"]))
        else:
            text = self.tr("Deleted %1 to-dos.").replace("%1", str(len(done)))
        journal = self.ctx.store.journal
        self.messages.show_text(
            text,
            action=self.tr("&Undo"),
            callback=lambda: self._undo(actions),
            holds=lambda: bool(actions) and journal.is_latest_open(actions[-1]),
        )

    def _undo(self, actions: list[int]) -> None:
        store = self.ctx.store
        # The bus then reloads this view too.
        run_write(
            self.ctx.bus,
            lambda: store.undo(actions[-1]),
            lambda _: self.messages.hide(),
            self.messages.show_error,
        )

    # -- reacting ------------------------------------------------------------

    def _on_bus_changed(self, tables: list[str]) -> None:
        self.messages.recheck()  # an Undo goes with the next change
        if CALENDARS in tables:
            self.model.lists.load(self.ctx.store)  # recolours the rows when they changed
        if TODOS not in tables or self._notifying:
            return
        current = self.table.currentIndex()
        if current.isValid():
            self._keep_id = self.model.todo_at(self.proxy.mapToSource(current).row()).id
        self._keep_scroll = self.table.verticalScrollBar().value()
        self.model.reload(keep_position=True)
        self.refresh_counts()

    def _on_loaded(self) -> None:
        keep, self._keep_id = self._keep_id, None
        reveal, self._reveal_id = self._reveal_id, None
        if keep is None:
            return
        self.table.verticalScrollBar().setValue(self._keep_scroll)
        row = self.model.row_of(keep)
        if row is not None:
            self._select_row(row)
        elif reveal == keep:  # beyond the first page: fetch it and show it first
            store, tz = self.ctx.store, self.ctx.clock().tz
            run_in_background(lambda: load_todo(store, keep, tz), self._reveal)

    def _reveal(self, todo: Todo | None) -> None:
        if todo is not None:
            self.model.put(todo)
            self._select_row(self.model.row_of(todo.id) or 0)

    def _select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)  # a row that moved stays in sight

    def _on_filter_changed(self, index: int) -> None:
        if 0 <= index < len(STATUSES):
            self.proxy.set_status(STATUSES[index])

    def _on_clock_tick(self) -> None:
        if self.isVisible():
            self.model.set_clock(self.ctx.clock())
            self.refresh_counts()

    def _on_selection(self) -> None:
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())

    def _show_counts(self, counts: dict[Status, int]) -> None:
        for number, status in enumerate(STATUSES):
            text = self.tr("%1 (%2)").replace("%1", self._filter_names[status])
            self.filters.setTabText(number, text.replace("%2", f"{counts[status]:,}"))
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.proxy.query.status == "all" and not self.proxy.query.text.strip():
            text = self.tr("No to-dos yet. Type one above and press Enter.")
        else:
            text = self.tr("Nothing here.")
        self.table.set_placeholder(text)

    def _show_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        todos = self.selected_todos()
        if not index.isValid() or not todos:
            return
        menu = row_menu(self, index, todos)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def move_to(self, calendar: TaskList) -> None:
        """Move the selected to-dos that are elsewhere into ``calendar``."""
        lists = self.model.lists
        ids = [t.id for t in self.selected_todos() if lists.of(t.calendar_id).id != calendar.id]
        self._apply_edits(ids, "calendar", calendar.target)

    def edit_cell(self, index: QModelIndex, column: int) -> None:
        cell = index.siblingAtColumn(column)
        self.table.setCurrentIndex(cell)
        self.table.edit(cell)
