"""One line of feedback under a control: plain information or an error."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from assistant.ui.theme import error_colour

__all__ = ["MessageLabel", "error_colour"]


class MessageLabel(QLabel):
    """A word-wrapped label that says what happened, in red when it went wrong."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.is_error = False
        self.hide()

    def show_info(self, text: str) -> None:
        self._show(text, error=False)

    def show_error(self, text: str) -> None:
        self._show(text, error=True)

    def clear_message(self) -> None:
        self.setText("")
        self.is_error = False
        self.hide()

    def _show(self, text: str, *, error: bool) -> None:
        self.is_error = error
        parent = self.parentWidget()
        palette = parent.palette() if parent is not None else QApplication.palette()
        colour = error_colour(palette) if error else palette.color(QPalette.ColorRole.WindowText)
        own = self.palette()
        own.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(own)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
