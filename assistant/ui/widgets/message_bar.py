"""A slim strip above a view that says what just happened, with an optional action.

Tool errors show here in plain words, and changes offer Undo here instead of
asking first. Hidden until there is something to say; tinted, so it reads on
light and dark palettes alike (the text keeps the palette's colour).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

_INFO = "rgba(60, 120, 215, 0.16)"
_ERROR = "rgba(208, 69, 58, 0.20)"


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(name or self.tr("Message"))
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback: Callable[[], None] | None = None
        self.error = False
        self.hide()

    def show_error(self, text: str) -> None:
        self.show_text(text, error=True)

    def show_info(
        self, text: str, action: str | None = None, callback: Callable[[], None] | None = None
    ) -> None:
        self.show_text(text, action=action, callback=callback)

    def show_text(
        self,
        text: str,
        *,
        error: bool = False,
        action: str | None = None,
        callback: Callable[[], None] | None = None,
    ) -> None:
        """Say ``text``; ``action`` names a button that runs ``callback`` once."""
        self.error = error
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._callback = callback
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        self.action.setAccessibleName(action.replace("&", "") if action else "")
        tint = _ERROR if error else _INFO
        self.setStyleSheet(f"#messageBar {{ background: {tint}; border-radius: 6px; }}")
        self.show()

    def text(self) -> str:
        return self.label.text()

    def is_error(self) -> bool:
        return self.error

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.action.hide()
        if callback is not None:
            callback()
