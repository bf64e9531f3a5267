"""A strip above the views about updates: the one-time question, or what is new.

Never a dialog: the user reads it when they like, and Dismiss hides it. On
Windows a release with a setup program can be downloaded and installed from
here; elsewhere the button opens the release page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.updates.check import CheckResult
from assistant.updates.schedule import WHAT_IS_SENT

NOTICE_STYLE = """
QFrame#updateNotice { background: #e8f1fb; border-bottom: 1px solid #9cbfe6; }
QFrame#updateNotice QLabel { color: #0b2a4a; }
"""


class UpdateNotice(QFrame):
    answered = Signal(bool)  # the one-time question: check for updates?
    open_page = Signal()
    install = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAccessibleName(self.tr("Updates"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("updateNotes")
        self.yes_button = QPushButton(self.tr("&Check once a day"))
        self.no_button = QPushButton(self.tr("&No, thanks"))
        self.page_button = QPushButton(self.tr("Open the &release page"))
        self.install_button = QPushButton(self.tr("Download and &install"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.page_button.clicked.connect(self.open_page)
        self.install_button.clicked.connect(self.install)
        self.dismiss_button.clicked.connect(self.hide)
        words = QVBoxLayout()
        words.addWidget(self.text)
        words.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(words, 1)
        for button in self._buttons():
            layout.addWidget(button)
        self.hide()

    def _buttons(self) -> list[QPushButton]:
        return [
            self.yes_button,
            self.no_button,
            self.page_button,
            self.install_button,
            self.dismiss_button,
        ]

    def _only(self, *shown: QPushButton) -> None:
        for button in self._buttons():
            button.setVisible(button in shown)

    def ask(self) -> None:
        """The one-time question, asked before anything is sent."""
        self.text.setText(
            self.tr("Check for new versions? The app would send %1.").replace("%1", WHAT_IS_SENT)
        )
        self.notes.hide()
        self._only(self.yes_button, self.no_button)
        self.show()

    def _answer(self, on: bool) -> None:
        self.hide()
        self.answered.emit(on)

    def show_release(self, result: CheckResult, *, can_install: bool) -> None:
        release = result.release
        if release is None:
            return
        self.text.setText(
            self.tr("Assistant %1 is available (you have %2).")
            .replace("%1", release.version.text)
            .replace("%2", result.current.text)
        )
        self.notes.setText(release.notes)
        self.notes.setVisible(bool(release.notes))
        shown = [self.page_button, self.dismiss_button]
        if can_install:
            shown.insert(1, self.install_button)
        self._only(*shown)
        self.install_button.setEnabled(True)
        self.show()

    def show_progress(self, text: str) -> None:
        self.text.setText(text)
        self.install_button.setEnabled(False)
        self.show()

    def show_failure(self, message: str) -> None:
        self.text.setText(message)
        self.install_button.setEnabled(True)
        self.show()


def install_notice(window: QMainWindow, notice: UpdateNotice) -> None:
    """Put ``notice`` at the top of the window's central area."""
    body = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(notice)
    if body is not None:
        layout.addWidget(body, 1)
    window.setCentralWidget(holder)
