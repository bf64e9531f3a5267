"""The questions and file choosers the views put to the user, in one replaceable place.

Qt's static dialogs (``QMessageBox.question``, ``QFileDialog.getOpenFileNames``)
run a modal loop of their own that a test cannot answer, so a flow behind one
("delete this note?") could not be tested. Views ask through the functions
here instead; they pass the question to the active :class:`Prompts`, which asks
with those same dialogs, and a test puts its own answers in with
:func:`answered_by`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# The button that says no: "No", or "Cancel" where nothing is being decided but
# whether to go on (and Escape means the same).
Decline = Literal["no", "cancel"]


class Prompts:
    """Asks with Qt's own modal dialogs; a test replaces it with one that answers."""

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        warning: bool = False,
        decline: Decline = "no",
    ) -> bool:
        """Yes, or not: the decline button is the default, so Enter changes nothing."""
        no = (
            QMessageBox.StandardButton.Cancel
            if decline == "cancel"
            else QMessageBox.StandardButton.No
        )
        ask = QMessageBox.warning if warning else QMessageBox.question
        answer = ask(parent, title, text, QMessageBox.StandardButton.Yes | no, no)
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_file(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> str | None:
        """One existing file, or None when the user cancels."""
        name, _ = QFileDialog.getOpenFileName(parent, caption, directory, filter)
        return name or None

    def open_files(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> list[str]:
        """Existing files; empty when the user cancels."""
        names, _ = QFileDialog.getOpenFileNames(parent, caption, directory, filter)
        return list(names)

    def save_file(
        self, parent: QWidget, caption: str, directory: str = "", filter: str = ""
    ) -> str | None:
        """A name to write to, or None. The dialog itself asks before replacing a file."""
        name, _ = QFileDialog.getSaveFileName(
            parent, caption, directory, filter, options=QFileDialog.Option(0)
        )
        return name or None

    def folder(self, parent: QWidget, caption: str) -> str | None:
        """An existing folder, or None when the user cancels."""
        return QFileDialog.getExistingDirectory(parent, caption) or None


_active = Prompts()


@contextmanager
def answered_by(prompts: Prompts) -> Iterator[Prompts]:
    """Every question asked inside the block goes to ``prompts`` (tests, scripted runs)."""
    global _active
    before, _active = _active, prompts
    try:
        yield prompts
    finally:
        _active = before


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    *,
    warning: bool = False,
    decline: Decline = "no",
) -> bool:
    return _active.confirm(parent, title, text, warning=warning, decline=decline)


def warn(parent: QWidget, title: str, text: str) -> None:
    _active.warn(parent, title, text)


def inform(parent: QWidget, title: str, text: str) -> None:
    _active.inform(parent, title, text)


def open_file(parent: QWidget, caption: str, directory: str = "", filter: str = "") -> str | None:
    return _active.open_file(parent, caption, directory, filter)


def open_files(parent: QWidget, caption: str, directory: str = "", filter: str = "") -> list[str]:
    return _active.open_files(parent, caption, directory, filter)


def save_file(parent: QWidget, caption: str, directory: str = "", filter: str = "") -> str | None:
    return _active.save_file(parent, caption, directory, filter)


def folder(parent: QWidget, caption: str) -> str | None:
    return _active.folder(parent, caption)
