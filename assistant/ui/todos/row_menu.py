"""The to-do table's context menu: done, edit, reminder, priority, calendar, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from assistant.todos.model import Todo
from assistant.ui.calendar.calendars import swatch
from assistant.ui.todos.model import DUE, TITLE

if TYPE_CHECKING:
    from assistant.ui.todos.view import TodosView


def row_menu(view: TodosView, index: QModelIndex, todos: list[Todo]) -> QMenu:
    """The menu for the selected ``todos`` (``index``: the cell clicked)."""
    menu = QMenu(view)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    all_done = all(t.done for t in todos)
    toggle = menu.addAction(
        QCoreApplication.translate("RowMenu", "Mark as not done")
        if all_done
        else QCoreApplication.translate("RowMenu", "Mark as done")
    )
    toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
    toggle.triggered.connect(view.toggle_selected)
    here = view.model.todo_at(view.proxy.mapToSource(index).row())
    edit = menu.addAction(
        QCoreApplication.translate("RowMenu", "Edit…"), lambda: view.editor.edit(here)
    )
    edit.setShortcut(QKeySequence(Qt.Key.Key_Return))
    menu.addAction(
        QCoreApplication.translate("RowMenu", "Reminder…"),
        lambda: view.editor.edit(here, reminder=True),
    )
    menu.addAction(
        QCoreApplication.translate("RowMenu", "Edit title"), lambda: view.edit_cell(index, TITLE)
    )
    menu.addAction(
        QCoreApplication.translate("RowMenu", "Change due date"), lambda: view.edit_cell(index, DUE)
    )
    priority = menu.addMenu(QCoreApplication.translate("RowMenu", "Priority"))
    for value in ("high", "normal", "low"):
        action = priority.addAction(view.priority_labels[value])
        action.setCheckable(True)
        action.setChecked(all(t.priority == value for t in todos))
        action.triggered.connect(lambda _=False, v=value: view.set_priority(v))
    lists = view.model.lists
    if lists.several:  # move them to another calendar (sync moves them on the server)
        calendars = menu.addMenu(QCoreApplication.translate("RowMenu", "Calendar"))
        for one in lists.lists:
            action = calendars.addAction(swatch(one.colour), one.name)
            action.setCheckable(True)
            action.setChecked(all(lists.of(t.calendar_id).id == one.id for t in todos))
            action.triggered.connect(lambda _=False, c=one: view.move_to(c))
    menu.addSeparator()
    delete = menu.addAction(QCoreApplication.translate("RowMenu", "Delete"))
    delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    delete.triggered.connect(view.delete_selected)
    return menu
