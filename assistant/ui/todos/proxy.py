"""The filter between the to-do model and the table: status tabs and search text.

The source model already reads only matching rows from SQL. The proxy applies
the same rule (`TodoFilter.matches`) to rows that change in place, so a to-do
checked off under "Open" leaves the list at once, without a reload. Sorting is
passed on to the source, which orders in SQL: sorting here would only order
the pages loaded so far, with a Python comparison per pair on the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from assistant.todos.filter import Status
from assistant.todos.query import TodoQuery
from assistant.ui.todos.model import TodoTableModel


class TodoFilterProxy(QSortFilterProxyModel):
    def __init__(self, source: TodoTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.todos = source

    @property
    def query(self) -> TodoQuery:
        return self.todos.query

    def set_status(self, status: Status) -> None:
        if status != self.query.status:
            self.todos.reload(replace(self.query, status=status))

    def set_search(self, text: str) -> None:
        if text.strip() != self.query.text.strip():
            self.todos.reload(replace(self.query, text=text))

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        todo = self.todos.todo_at(source_row)
        return self.query.filter.matches(todo, self.todos.clock)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.todos.sort(column, order)
