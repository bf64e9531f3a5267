"""The to-do table's item model: pages of rows loaded off the GUI thread.

Filtering and ordering happen in SQL (`assistant/todos/query.py`), so 100,000 to-dos cost one
page at a time: `canFetchMore`/`fetchMore` read the next page in the
background as the user scrolls. Edits are not applied here: `setData` emits
`edit_requested`, the view runs the tool, and the tool's record replaces the
row, so the table only ever shows what the store holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon, QPalette

from assistant.calendar.model import shown_title
from assistant.clock import Clock
from assistant.todos.filter import is_overdue
from assistant.todos.model import Todo
from assistant.todos.query import MAX_KEEP, PAGE_SIZE, SortKey, TodoQuery, load_page
from assistant.ui.calendar.calendars import swatch
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background
from assistant.ui.todos.calendars import TaskLists
from assistant.ui.todos.format import alert_color, format_due, format_reminder

Index = QModelIndex | QPersistentModelIndex

DONE, TITLE, DUE, PRIORITY, TAGS = range(5)
SORT_KEYS: dict[int, SortKey] = {
    DONE: "done",
    TITLE: "title",
    DUE: "due",
    PRIORITY: "priority",
    TAGS: "tags",
}
EDIT_FIELDS = {TITLE: "title", DUE: "due", PRIORITY: "priority", TAGS: "tags"}
# The whole row, for views and tests that need more than one cell shows.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The due cell's reminder: when it goes off ("17:30"), or None (drawn beside the date).
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 2


class TodoTableModel(QAbstractTableModel):
    # todo id, field ("done", "title", "due", "priority", "tags"), new value
    edit_requested = Signal(int, str, object)
    loaded = Signal()
    load_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = TodoQuery()
        self.clock: Clock = ctx.clock()
        self._rows: list[Todo] = []
        self._more = False
        self._fetching = False
        # Bumped on every reload so that pages of an older query are dropped.
        self._generation = 0
        # The calendars to-dos can be in: each row's colour beside its title.
        self.lists = TaskLists(self)
        self.lists.loaded.connect(self._recolour)
        self._swatches: dict[str, QIcon] = {}
        self._headers = {
            DONE: self.tr("Done"),
            TITLE: self.tr("Title"),
            DUE: self.tr("Due"),
            PRIORITY: self.tr("Priority"),
            TAGS: self.tr("Tags"),
        }
        self._priorities = {
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
        }

    # -- loading -----------------------------------------------------------

    def reload(self, query: TodoQuery | None = None, *, keep_position: bool = False) -> None:
        """Read the first page again (or as many rows as are loaded, to keep the place)."""
        if query is not None:
            self.query = query
        self._generation += 1
        generation, query_now = self._generation, self.query
        limit = min(max(PAGE_SIZE, len(self._rows)), MAX_KEEP) if keep_position else PAGE_SIZE
        clock = self.ctx.clock()
        store = self.ctx.store
        self._fetching = True

        def done(rows: list[Todo]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self.clock = clock
            self._rows = rows
            self._more = len(rows) == limit
            self._fetching = False
            self.endResetModel()
            self.loaded.emit()

        run_in_background(
            lambda: load_page(store, clock, query_now, 0, limit),
            done,
            lambda message: self._failed(generation, message),
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, offset = self._generation, self.query, len(self._rows)
        clock, store = self.clock, self.ctx.store

        def done(rows: list[Todo]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._more = len(rows) == PAGE_SIZE
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()

        run_in_background(
            lambda: load_page(store, clock, query, offset, PAGE_SIZE),
            done,
            lambda message: self._failed(generation, message),
        )

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._fetching = False
            self.load_failed.emit(message)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order in SQL, so that every page (not just the loaded ones) is in order."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            self.reload(replace(self.query, sort=key, descending=descending))

    # -- rows --------------------------------------------------------------

    def todo_at(self, row: int) -> Todo:
        return self._rows[row]

    def row_of(self, todo_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == todo_id:
                return number
        return None

    def put(self, todo: Todo, *, same_calendar: bool = False) -> None:
        """Show the store's new state of a to-do: in its place, or first when new.

        ``same_calendar``: ``todo`` came from a tool's record, which does not say the
        calendar, and the edit did not move it, so the row keeps the one it shows.
        """
        number = self.row_of(todo.id)
        if number is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, todo)
            self.endInsertRows()
            return
        if same_calendar:
            todo = replace(todo, calendar_id=self._rows[number].calendar_id)
        self._rows[number] = todo
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._headers) - 1))

    def remove(self, todo_id: int) -> None:
        number = self.row_of(todo_id)
        if number is not None:
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self.endRemoveRows()

    def _recolour(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self._rows) - 1, TITLE))

    def set_clock(self, clock: Clock) -> None:
        """A new "now": overdue marks follow the time of day without a reload."""
        self.clock = clock
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, TAGS))

    # -- Qt model API ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if section == DONE else self._headers.get(section)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        todo = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(todo, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(todo, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            return Qt.CheckState.Checked if todo.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == TITLE:
            return self._swatch(todo)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(todo, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(todo, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(todo, column)
        if role == ROW_ROLE:
            return todo
        if role == REMINDER_ROLE and column == DUE:
            return format_reminder(todo, self.clock) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        todo = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == DONE:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != todo.done:
                self.edit_requested.emit(todo.id, "done", done)
            return True
        if role != Qt.ItemDataRole.EditRole or column not in EDIT_FIELDS:
            return False
        if value == self._edit_text(todo, column):
            return True  # nothing changed: no journal entry
        self.edit_requested.emit(todo.id, EDIT_FIELDS[column], value)
        return True

    # -- how cells look ------------------------------------------------------

    def _display(self, todo: Todo, column: int) -> str | None:
        if column == TITLE:
            return shown_title(todo.title)  # an imported to-do may have none
        if column == DUE:
            return self.due_text(todo.due)
        if column == PRIORITY:
            return self._priorities.get(todo.priority, todo.priority)
        if column == TAGS:
            return ", ".join(todo.tags)
        return None

    def _edit_text(self, todo: Todo, column: int) -> Any:
        if column == DUE:
            # ISO text: resolve_when reads it back exactly, and words replace it.
            if isinstance(todo.due, datetime):
                return todo.due.astimezone(self.clock.tz).strftime("%Y-%m-%d %H:%M")
            return todo.due.isoformat() if isinstance(todo.due, date) else ""
        if column == PRIORITY:
            return todo.priority
        if column == TAGS:
            return ", ".join(todo.tags)
        if column == TITLE:
            return todo.title  # the editor starts empty, not with the placeholder
        return self._display(todo, column)

    def due_text(self, due: datetime | date | None) -> str:
        return format_due(due, self.clock)

    def _reminder_tip(self, todo: Todo) -> str:
        if todo.reminder_minutes is None:
            return ""
        if todo.due is None:
            return self.tr("A reminder is set, but it goes off only once there is a due date.")
        return self.tr("Reminder: %1").replace("%1", format_reminder(todo, self.clock))

    def _swatch(self, todo: Todo) -> QIcon | None:
        """The colour of the to-do's calendar, when there is more than the local one."""
        if not self.lists.several:
            return None
        colour = self.lists.of(todo.calendar_id).colour
        if colour not in self._swatches:
            self._swatches[colour] = swatch(colour)
        return self._swatches[colour]

    def _font(self, todo: Todo, column: int) -> QFont | None:
        if todo.done and column != DONE:
            font = QFont()
            font.setStrikeOut(column == TITLE)
            return font
        if column == PRIORITY and todo.priority == "high" and not todo.done:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _foreground(self, todo: Todo, column: int) -> QBrush | None:
        palette = QGuiApplication.palette()
        if todo.done or (column == PRIORITY and todo.priority == "low"):
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if column == DUE and is_overdue(todo, self.clock):
            return QBrush(alert_color(palette))
        return None

    def _tooltip(self, todo: Todo, column: int) -> str | None:
        if column == DONE:
            return self.tr("Done") if todo.done else self.tr("Not done")
        if column == DUE and (todo.due is not None or todo.reminder_minutes is not None):
            text = self.due_text(todo.due)
            if is_overdue(todo, self.clock):
                text = self.tr("Overdue: %1").replace("%1", text)
            return "\n".join(t for t in (text, self._reminder_tip(todo)) if t)
        if column == TITLE and self.lists.several:
            where = self.tr("Calendar: %1").replace("%1", self.lists.of(todo.calendar_id).name)
            return f"{todo.notes}\n{where}" if todo.notes else where
        if column == TITLE and todo.notes:
            return todo.notes
        return self._display(todo, column) or None
