"""The quick-add box: type "call mom friday 5pm", see what it means, press Enter.

The text is read by `assistant.todos.quick_add` (plain code, no model), live
for the preview and again when the to-do is added, so "in 20 minutes" counts
from the moment Enter is pressed. The write runs in the background.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.todos.quick_add import QuickTodo, parse_quick_todo
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background
from assistant.ui.todos.format import alert_color, format_due


class QuickAddBox(QWidget):
    # The added to-do's record, as add_todo returns it.
    added = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.edit = QLineEdit()
        self.edit.setObjectName("quickAdd")
        self.edit.setAccessibleName(self.tr("New to-do"))
        self.edit.setPlaceholderText(
            self.tr("Add a to-do, e.g. “call mom friday 5pm !high #family”")
        )
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self._show_preview)
        self.edit.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("&Add"))
        self.button.setAccessibleName(self.tr("Add to-do"))
        self.button.clicked.connect(self.submit)
        self.preview = QLabel()
        self.preview.setObjectName("quickAddPreview")
        self.preview.setAccessibleName(self.tr("What will be added"))
        self.preview.setWordWrap(True)
        self.preview.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        self._show_preview("")

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    # -- preview -----------------------------------------------------------

    def _show_preview(self, text: str) -> None:
        if not text.strip():
            self._say(
                self.tr(
                    "Put a date at the start or end; !high or !low sets the priority, #word a tag."
                )
            )
            return
        parsed = parse_quick_todo(text, self.ctx.clock())
        if not parsed.title:
            self._say(self.tr("Write what needs doing, not only when."), error=True)
            return
        self._say(self.describe(parsed))

    def describe(self, parsed: QuickTodo) -> str:
        """ "Call mom — due Fri 27 Nov 17:00 · high priority · #family"."""
        parts = [parsed.title]
        if parsed.due is not None:
            due = format_due(parsed.due, self.ctx.clock(), relative=False)
            parts[0] += " — " + self.tr("due %1").replace("%1", due)
        else:
            parts[0] += " — " + self.tr("no due date")
        if parsed.priority == "high":
            parts.append(self.tr("high priority"))
        elif parsed.priority == "low":
            parts.append(self.tr("low priority"))
        parts += ["#" + tag for tag in parsed.tags]
        return " · ".join(parts)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.preview.setText(text)
        self.preview.setAccessibleDescription(text)
        palette = self.palette()
        color = alert_color(palette) if error else palette.color(QPalette.ColorRole.PlaceholderText)
        rgba = f"{color.red()}, {color.green()}, {color.blue()}, {color.alpha()}"
        self.preview.setStyleSheet(f"color: rgba({rgba});")

    def changeEvent(self, event: QEvent) -> None:
        # Light/dark switch while running: the preview colour follows the palette.
        if event.type() == QEvent.Type.PaletteChange:
            self._show_preview(self.edit.text())
        super().changeEvent(event)

    # -- adding ------------------------------------------------------------

    def submit(self) -> None:
        text = self.edit.text()
        if self._busy or not text.strip():
            return
        ctx = self.ctx

        def add() -> Any:
            clock = ctx.clock()
            parsed = parse_quick_todo(text, clock)
            return ctx.call_tool("add_todo", parsed.arguments(clock))

        self._busy = True
        run_in_background(add, lambda result: self._added(text, result), self._failed)

    def _added(self, text: str, result: Any) -> None:
        self._busy = False
        if not result.ok:
            self._failed(result.text.removeprefix("Error: "))
            return
        if self.edit.text() == text:  # keep anything typed meanwhile
            self.edit.clear()
        self.added.emit(result.data)

    def _failed(self, message: str) -> None:
        self._busy = False
        self._say(message, error=True)
