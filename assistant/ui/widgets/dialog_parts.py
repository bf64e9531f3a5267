"""Parts the event and to-do dialogs share: the calendar chooser, the problem line, OK/Cancel."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel

from assistant.ui.theme import error_style

# A calendar to choose: (shown name, the tools' name, whether picked first).
Choice = tuple[str, str, bool]


def calendar_box(calendars: Sequence[Choice]) -> QComboBox:
    """A chooser of (shown name, calendar name, picked) entries, the picked one current."""
    box = QComboBox()
    box.setAccessibleName(QCoreApplication.translate("DialogParts", "Calendar"))
    for shown, name, picked in calendars:
        box.addItem(shown, name)
        if picked:
            box.setCurrentIndex(box.count() - 1)
    return box


def problem_label() -> QLabel:
    """The line under a form that says what is wrong, in the error colour."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(error_style(label.palette()))
    label.setAccessibleName(QCoreApplication.translate("DialogParts", "Problem"))
    return label


def ok_cancel() -> QDialogButtonBox:
    return QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
