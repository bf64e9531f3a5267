"""The message box under the transcript: Enter sends, Shift+Enter breaks the line."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from assistant.ui.theme import error_colour

MAX_LINES = 8


class MessageInput(QPlainTextEdit):
    """A plain-text box that grows with its text up to MAX_LINES lines."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Message"))
        self.setPlaceholderText(
            self.tr("Ask or tell the assistant something… (Enter sends, Shift+Enter: new line)")
        )
        self.setTabChangesFocus(True)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")  # a real newline, not U+2028
            else:
                self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit(self, *_: object) -> None:
        # QPlainTextDocumentLayout measures its height in lines.
        lines = max(1, min(MAX_LINES, round(self.document().size().height())))
        margins = self.contentsMargins()
        frame = round(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + frame + 4)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


class Composer(QWidget):
    """Status line, message box, and Send / Stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Chat status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.input = MessageInput()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.send_button.setToolTip(self.tr("Send (Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop generating"))
        self.stop_button.setToolTip(self.tr("Stop generating (Esc)"))
        self.stop_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.input.textChanged.connect(self._update_send)
        self.running = False
        self._update_send()

    def text(self) -> str:
        return self.input.toPlainText().strip()

    def set_running(self, running: bool) -> None:
        """While a turn runs Stop replaces Send; the box stays editable."""
        self.running = running
        stop_had_focus = self.stop_button.hasFocus()
        self.stop_button.setVisible(running)
        self.send_button.setVisible(not running)
        if stop_had_focus and not running:
            self.input.setFocus()
        self._update_send()

    def say(self, text: str, *, error: bool = False) -> None:
        """An inline line above the box ('' hides it)."""
        palette = self.status.palette()
        role = QPalette.ColorRole.WindowText
        default = self.palette().color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(role, error_colour(self.palette()) if error else default)
        self.status.setPalette(palette)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _update_send(self) -> None:
        self.send_button.setEnabled(not self.running and bool(self.text()))
