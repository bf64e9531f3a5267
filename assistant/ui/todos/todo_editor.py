"""Editing one to-do in its dialog: open it, then store what changed as one ``update_todo``.

One tool call, so one journal entry and one Undo, whatever the number of
fields changed. It runs on a worker thread and reports through
:attr:`TodoEditor.saved` (the tool's result) or :attr:`TodoEditor.failed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from assistant.todos.model import Todo
from assistant.tools.registry import ToolResult
from assistant.ui.context import AppContext
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background
from assistant.ui.todos.todo_dialog import Choice, TodoDialog
from assistant.ui.todos.todo_values import TodoValues, update_arguments


class TodoEditor(QObject):
    saved = Signal(object)  # the ToolResult of update_todo
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        # The open dialog, if any (tests fill it in and accept it).
        self.dialog: TodoDialog | None = None
        # The calendars a to-do of a calendar (by id) can be in, its own one picked (the view's).
        self.choices: Callable[[int | None], list[Choice]] = lambda _calendar_id: []

    def edit(self, todo: Todo, *, reminder: bool = False) -> None:
        """Open the dialog for ``todo``; ``reminder`` puts the focus on its reminder."""
        if self.dialog is not None:
            self.dialog.close()
        clock = self.ctx.clock()
        values = TodoValues.from_todo(todo, clock.tz)
        choices = self.choices(todo.calendar_id)
        dialog = TodoDialog(values, clock, "edit", self.window, calendars=choices)
        dialog.accepted.connect(lambda: self._save(todo.id, dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        (dialog.reminder if reminder else dialog.title_edit).setFocus()

    def _save(self, todo_id: int, dialog: TodoDialog) -> None:
        args = update_arguments(todo_id, dialog.initial, dialog.values(), self.ctx.clock().tz)
        if not args:
            return  # nothing changed: no journal entry
        ctx = self.ctx
        run_in_background(lambda: ctx.call_tool("update_todo", args), self._done, self.failed.emit)

    def _done(self, result: ToolResult) -> None:
        if result.ok:
            self.saved.emit(result)
        else:
            self.failed.emit(said(result.text.removeprefix("Error: "), self.ctx.clock()))

    def _forget(self, dialog: TodoDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
