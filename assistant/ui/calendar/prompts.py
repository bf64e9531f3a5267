"""The questions the calendar asks before changing a series or deleting.

Kept as plain functions so the view reads as a sequence of steps, and tests
can answer them without a modal dialog. The file choosers and the yes-or-no
question are the app's own (:mod:`assistant.ui.prompts`), named here too so
the calendar asks everything through this one module.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from assistant.ui.prompts import confirm, open_files, save_file

__all__ = ["Scope", "ask_delete", "ask_edit_scope", "ask_replace", "open_files", "save_file"]

# "occurrence": only the chosen date; "series": every date; "event": a one-time event.
Scope = Literal["occurrence", "series", "event"]


def ask_edit_scope(parent: QWidget, title: str) -> Scope | None:
    """For a repeating event: change this occurrence or the whole series?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CalendarPrompts", "Edit repeating event"))
    box.setText(
        QCoreApplication.translate(
            "CalendarPrompts", "'%1' repeats. What do you want to change?"
        ).replace("%1", title)
    )
    this = box.addButton(
        QCoreApplication.translate("CalendarPrompts", "This event"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    series = box.addButton(
        QCoreApplication.translate("CalendarPrompts", "All events in the series"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.exec()
    clicked = box.clickedButton()
    return "occurrence" if clicked is this else "series" if clicked is series else None


def ask_delete(parent: QWidget, title: str, when: str, recurring: bool) -> Scope | None:
    """Confirm a deletion; for a repeating event also ask which dates go."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CalendarPrompts", "Delete event"))
    box.setInformativeText(
        QCoreApplication.translate("CalendarPrompts", "You can undo this right afterwards.")
    )
    if recurring:
        box.setText(
            QCoreApplication.translate(
                "CalendarPrompts",
                "'%1' repeats. Delete only the occurrence on %2, or every event in the series?",
            )
            .replace("%1", title)
            .replace("%2", when)
        )
        this = box.addButton(
            QCoreApplication.translate("CalendarPrompts", "Delete this event"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        series = box.addButton(
            QCoreApplication.translate("CalendarPrompts", "Delete all events"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    else:
        box.setText(
            QCoreApplication.translate("CalendarPrompts", "Delete '%1' on %2?")
            .replace("%1", title)
            .replace("%2", when)
        )
        this = box.addButton(
            QCoreApplication.translate("CalendarPrompts", "Delete"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        series = None
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(this)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is this:
        return "occurrence" if recurring else "event"
    return "series" if series is not None and clicked is series else None


def ask_replace(parent: QWidget, path: str) -> bool:
    """Replace an existing file? Asked where the save dialog could not ask itself."""
    return confirm(
        parent,
        QCoreApplication.translate("CalendarPrompts", "Replace file"),
        QCoreApplication.translate(
            "CalendarPrompts", "%1 already exists. Do you want to replace it?"
        ).replace("%1", path),
    )
