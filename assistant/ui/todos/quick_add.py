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
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistant.todos.quick_add import QuickTodo, parse_quick_todo
from assistant.ui.calendar.calendars import swatch
from assistant.ui.context import AppContext
from assistant.ui.people_text import said
from assistant.ui.tasks import run_in_background
from assistant.ui.todos.calendars import TaskList, TaskLists
from assistant.ui.todos.format import alert_color, format_due


class QuickAddBox(QWidget):
    # The added to-do's record, as add_todo returns it, and its calendar's id (None: local).
    added = Signal(dict, object)

    def __init__(
        self, ctx: AppContext, lists: TaskLists | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.lists = lists if lists is not None else TaskLists(self)
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
        # Which calendar the to-do goes to; shown only where there is a choice.
        self.calendar = QComboBox()
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setToolTip(self.tr("The calendar the new to-do goes to"))
        self.calendar.setVisible(False)
        self.lists.loaded.connect(self._fill_calendars)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar)
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

    # -- the calendar -------------------------------------------------------

    def _fill_calendars(self) -> None:
        """The choices as loaded; the one picked stays picked, else the default."""
        picked = self.chosen()
        lists = self.lists.lists
        self.calendar.clear()
        for one in lists:
            self.calendar.addItem(swatch(one.colour), one.name, one)
        same = [n for n, one in enumerate(lists) if picked is not None and one.id == picked.id]
        default = [n for n, one in enumerate(lists) if one.is_default]
        self.calendar.setCurrentIndex((same or default or [0])[0])
        self.calendar.setVisible(self.lists.several)

    def chosen(self) -> TaskList | None:
        """The calendar picked in the chooser (None: none shown, the default one)."""
        if not self.lists.several or self.calendar.count() == 0:
            return None
        value = self.calendar.currentData()
        return value if isinstance(value, TaskList) else None

    # -- adding ------------------------------------------------------------

    def submit(self) -> None:
        text = self.edit.text()
        if self._busy or not text.strip():
            return
        ctx = self.ctx
        chosen = self.chosen()

        def add() -> Any:
            clock = ctx.clock()
            parsed = parse_quick_todo(text, clock)
            args = parsed.arguments(clock)
            if chosen is not None:
                args["calendar"] = chosen.target
            result = ctx.call_tool("add_todo", args)
            row = ctx.store.get("todos", result.data["id"]) if result.ok else None
            return result, row["calendar_id"] if row else None

        self._busy = True
        run_in_background(add, lambda answer: self._added(text, *answer), self._failed)

    def _added(self, text: str, result: Any, calendar_id: int | None) -> None:
        self._busy = False
        if not result.ok:
            self._failed(said(result.text.removeprefix("Error: "), self.ctx.clock()))
            return
        if self.edit.text() == text:  # keep anything typed meanwhile
            self.edit.clear()
        self.added.emit(result.data, calendar_id)

    def _failed(self, message: str) -> None:
        self._busy = False
        self._say(message, error=True)
