"""Push buttons that give up padding, not text, when a window is narrow.

Qt's styles give a push button with text at least 80 px, so a row of short
buttons ("Day", "Week", "Edit…") made the calendar's toolbar alone wider
than an 800 px window. A compact button keeps that size when there is room
and may shrink to its text plus a little padding when there is not.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy

# Room beside the text of a button at its least width.
PADDING = 20


def compact(button: QPushButton) -> QPushButton:
    """Let ``button`` shrink, below its usual size, to its text and PADDING."""
    words = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    button.setMinimumWidth(min(button.sizeHint().width(), words + PADDING))
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button
