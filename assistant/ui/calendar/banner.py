"""An inline message strip above the calendar: results, problems and Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

# Tints that read on light and dark palettes alike (the text keeps the palette's colour).
_INFO = "rgba(60, 120, 215, 0.16)"
_ERROR = "rgba(208, 69, 58, 0.20)"


class Banner(QFrame):
    """Hidden until there is something to say; Undo appears when a change can be undone."""

    undo_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarBanner")
        self._action_id: int | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Calendar message"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last calendar change"))
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, *, error: bool = False, action_id: int | None = None) -> None:
        self._action_id = action_id
        self.label.setText(text)
        self.undo_button.setVisible(action_id is not None)
        tint = _ERROR if error else _INFO
        self.setStyleSheet(f"#calendarBanner {{ background: {tint}; border-radius: 6px; }}")
        self.setProperty("error", error)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def is_error(self) -> bool:
        return bool(self.property("error"))

    def _undo(self) -> None:
        if self._action_id is not None:
            action_id, self._action_id = self._action_id, None
            self.undo_button.hide()
            self.undo_requested.emit(action_id)
