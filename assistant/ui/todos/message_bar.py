"""A slim bar above the table that says what just happened, with an optional action.

Errors from the tools show here in plain words ("Could not understand the
date …"), and a deletion offers Undo here instead of asking first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from assistant.ui.todos.format import alert_color


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Message"))
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.error = False
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, error=True)

    def show_info(
        self, text: str, action: str | None = None, callback: Callable[[], None] | None = None
    ) -> None:
        self._show(text, error=False, action=action, callback=callback)

    def _show(
        self,
        text: str,
        *,
        error: bool,
        action: str | None = None,
        callback: Callable[[], None] | None = None,
    ) -> None:
        self.error = error
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._callback = callback
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        self.action.setAccessibleName(action or "")
        self._restyle()
        self.show()

    def _restyle(self) -> None:
        palette = self.palette()
        color = alert_color(palette) if self.error else palette.color(QPalette.ColorRole.Text)
        self.label.setStyleSheet(f"color: {color.name()};")

    def changeEvent(self, event: QEvent) -> None:
        # Light/dark switch while running: the text colour follows the palette.
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback is not None:
            callback()
