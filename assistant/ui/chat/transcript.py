"""The scrolling column of messages and cards, pinned to the bottom while it grows.

Messages hold live controls (Undo, Approve), so they are widgets rather than an
item view; the view keeps their number bounded by showing only the latest part
of a long conversation until "Show earlier messages" is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.ui.chat.wrapping import install_copy_cleaner

# Lines of text stay readable on wide windows.
COLUMN_WIDTH = 860
# Within this many pixels of the end counts as "at the bottom".
STICK_MARGIN = 32


class Transcript(QScrollArea):
    show_earlier = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # Everything wraps (chat/wrapping.py): the column never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        install_copy_cleaner()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Conversation"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setBackgroundRole(QPalette.ColorRole.Base)
        body.setForegroundRole(QPalette.ColorRole.Text)
        body.setAutoFillBackground(True)
        outer = QHBoxLayout(body)
        outer.setContentsMargins(20, 16, 20, 16)
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        outer.addStretch(0)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        self.items = QVBoxLayout(column)
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(12)
        self.earlier_button = QPushButton(self.tr("Show earlier messages"))
        self.earlier_button.setAccessibleName(self.tr("Show earlier messages"))
        self.earlier_button.clicked.connect(self.show_earlier.emit)
        self.earlier_button.hide()
        self.empty_label = QLabel(
            self.tr(
                "Ask about your to-dos, calendar and notes, for example\n"
                "“What's on tomorrow?” or “Remind me to call Anna on Friday at 5pm”."
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.items.addWidget(self.earlier_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.items.addWidget(self.empty_label)
        self.items.addStretch(1)
        self.setWidget(body)
        self._fixed = self.items.count()  # button, empty label, stretch
        self._stick = True
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range)
        bar.valueChanged.connect(self._on_value)

    def add(self, widget: QWidget) -> QWidget:
        """Append below the last message (above the closing stretch)."""
        self.items.insertWidget(self.items.count() - 1, widget)
        self.empty_label.hide()
        return widget

    def widgets(self) -> list[QWidget]:
        found = (self.items.itemAt(i) for i in range(2, self.items.count() - 1))
        return [w for item in found if item is not None and (w := item.widget()) is not None]

    def clear(self, *, earlier: bool = False) -> None:
        while self.items.count() > self._fixed:
            item = self.items.takeAt(2)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.earlier_button.setVisible(earlier)
        self.empty_label.show()
        self.stick_to_bottom()

    def stick_to_bottom(self) -> None:
        """Follow new content again (after sending, or switching conversations)."""
        self._stick = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # Growing content moves the range, not the value: follow it only if the
    # user was at the bottom, so reading further up is never interrupted.
    def _on_range(self, _minimum: int, maximum: int) -> None:
        if self._stick:
            self.verticalScrollBar().setValue(maximum)

    def _on_value(self, value: int) -> None:
        self._stick = value >= self.verticalScrollBar().maximum() - STICK_MARGIN
