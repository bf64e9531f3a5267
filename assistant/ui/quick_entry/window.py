"""The quick-entry window: one line, what it means as chips, Enter saves.

A small frameless window that stays on top, opened from the tray, a global
shortcut or ``assistant --quick-add``. The line is read as the to-do view's
quick-add reads it (:mod:`assistant.todos.quick_add`) and saved through the
same ``add_todo`` tool, so the save is one step in the undo history. Ctrl+Enter
hands the text to the assistant instead. Escape closes without saving.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QCursor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.todos.quick_add import parse_quick_todo
from assistant.ui.context import TODOS, AppContext
from assistant.ui.people_text import said
from assistant.ui.quick_entry.chips import ChipRow, chips_for
from assistant.ui.tasks import run_in_background
from assistant.ui.todos.format import alert_color

WIDTH = 560


class QuickEntryWindow(QWidget):
    # The saved to-do's record, as add_todo returns it.
    saved = Signal(dict)
    # The text to send to the assistant instead.
    ask_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.ctx = ctx
        self._busy = False
        # macOS hides tool windows while their app is in the background.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setObjectName("quickEntry")
        self.setWindowTitle(self.tr("Quick entry"))
        self.setAccessibleName(self.tr("Quick entry"))
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("New to-do"))
        self.edit.setPlaceholderText(self.tr("call mom friday 5pm !high #family"))
        self.edit.textChanged.connect(self._understand)
        self.edit.returnPressed.connect(self.save)
        self.chips = ChipRow()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("Save to-do"))
        self.save_button.setToolTip(self.tr("Enter: save the to-do"))
        self.save_button.clicked.connect(self.save)
        self.ask_button = QPushButton(self.tr("Ask the assistant"))
        self.ask_button.setToolTip(self.tr("Ctrl+Enter: send the text to the chat instead"))
        self.ask_button.clicked.connect(self.ask)
        self._build()
        # Ctrl+Enter is caught before the line edit reads it as Enter.
        self.edit.installEventFilter(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setFixedWidth(WIDTH)
        self._understand("")

    def _build(self) -> None:
        frame = QFrame()  # frameless window: the frame draws its edge
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.save_button)
        inner = QVBoxLayout(frame)
        inner.addWidget(self.edit)
        inner.addWidget(self.chips)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.ask()
            return True
        return super().eventFilter(watched, event)

    # -- showing -------------------------------------------------------------

    def open(self) -> None:
        """Show it near the top of the screen under the pointer, ready to type."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None and not self.isVisible():
            area = screen.availableGeometry()
            self.move(QPoint(area.center().x() - WIDTH // 2, area.top() + area.height() // 4))
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.edit.selectAll()

    # -- what the text means ------------------------------------------------

    def _understand(self, text: str) -> None:
        if not text.strip():
            self.chips.show_chips([])
            self._say(self.tr("A date at the start or end; !high or !low, #tags."))
            return
        clock = self.ctx.clock()
        parsed = parse_quick_todo(text, clock)
        self.chips.show_chips(chips_for(parsed, clock))
        if parsed.title:
            self._say("")
        else:
            self._say(self.tr("Write what needs doing, not only when."), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        palette = self.palette()
        color = alert_color(palette) if error else palette.color(QPalette.ColorRole.PlaceholderText)
        self.message.setStyleSheet(f"color: {color.name()};")
        self.message.setProperty("error", error)

    # -- saving and asking ---------------------------------------------------

    def save(self) -> None:
        text = self.edit.text()
        if self._busy:
            return
        if not text.strip():
            self._say(self.tr("Type a to-do first, e.g. “call mom friday 5pm”."), error=True)
            return
        ctx = self.ctx

        def add() -> Any:
            # Read again now: "in 20 minutes" counts from the moment Enter is pressed.
            clock = ctx.clock()
            return ctx.call_tool("add_todo", parse_quick_todo(text, clock).arguments(clock))

        self._busy = True
        run_in_background(add, lambda result: self._saved(text, result), self._failed)

    def _saved(self, text: str, result: Any) -> None:
        self._busy = False
        if not result.ok:
            self._failed(said(result.text.removeprefix("Error: "), self.ctx.clock()))
            return
        self.ctx.bus.notify([TODOS])
        if self.edit.text() == text:
            self.edit.clear()
        self.hide()
        self.saved.emit(result.data)

    def _failed(self, message: str) -> None:
        self._busy = False
        self._say(message, error=True)

    def ask(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._say(self.tr("Type what to ask first."), error=True)
            return
        self.edit.clear()
        self.hide()
        self.ask_requested.emit(text)
