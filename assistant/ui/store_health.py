"""The database's health at start: a banner over the views when changes are off.

At start, off the GUI thread, the store runs SQLite's ``quick_check``. If the
file is damaged the store stops taking changes and a banner says so, with a
button that backs the file up and recovers what can be read, once the user
agreed. A folder that cannot be written shows the banner without a button:
the data can be read, not changed. When all is well the journal is trimmed to
the limits in the preferences, also in the background.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import DatabaseDamaged
from assistant.store.recover import Recovery
from assistant.store.upkeep import Pruned, prune_journal
from assistant.ui.context import ALL_TABLES, AppContext
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)

BANNER_STYLE = """
QFrame#storeBanner { background: #fff4ce; border-bottom: 1px solid #e0c36c; }
QFrame#storeBanner QLabel { color: #3b2f00; }
"""


class StoreBanner(QFrame):
    """A strip above the views that says why changes are off, and offers recovery."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("storeBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Database status"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("Back up and &recover…"))
        self.recover_button.setAccessibleDescription(
            self.tr("Keep the damaged file as a backup and rebuild it from what can be read.")
        )
        self.recover_button.clicked.connect(self.ask_to_recover)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.recover_button)
        self.confirm_box: QMessageBox | None = None
        self.hide()

    def show_damage(self, problems: list[str]) -> None:
        detail = problems[0] if problems else ""
        self.text.setText(
            self.tr(
                "The database is damaged (%1), so changes are off: you can still read "
                "your data. Back it up and recover what can be read?"
            ).replace("%1", detail)
        )
        self.recover_button.show()
        self.recover_button.setEnabled(True)
        self.show()

    def show_read_only(self, message: str) -> None:
        self.text.setText(message.replace("nothing was saved.", "your data is shown as it is."))
        self.recover_button.hide()
        self.show()

    def ask_to_recover(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Recover the database?"),
            self.tr(
                "The damaged file is kept next to the new one as a backup, unchanged. "
                "Every row that can still be read is copied into a fresh database; "
                "what cannot be read is missing from it."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("Back up and recover"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        box.buttonClicked.connect(lambda button: self.recover() if button is go else None)
        box.open()

    def recover(self) -> None:
        """Run the recovery (the user agreed) on a worker thread."""
        self.recover_button.setEnabled(False)
        self.text.setText(self.tr("Backing up and recovering…"))
        store = self.ctx.store
        run_in_background(store.recover, self._recovered, self._failed, kind="long")

    def _recovered(self, result: Recovery) -> None:
        self.text.setText(result.describe())
        self.recover_button.hide()
        self.ctx.bus.notify(ALL_TABLES)

    def _failed(self, message: str) -> None:
        self.text.setText(self.tr("Recovery failed: %1").replace("%1", message))
        self.recover_button.setEnabled(True)


def install_banner(window: QMainWindow, ctx: AppContext) -> StoreBanner:
    """Put a (hidden) banner above the window's central widget."""
    banner = StoreBanner(ctx)
    body = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if body is not None:
        layout.addWidget(body, 1)
    window.setCentralWidget(holder)
    return banner


def check_at_start(ctx: AppContext, banner: StoreBanner) -> None:
    """The integrity check, then the journal's trim, each off the GUI thread."""
    store = ctx.store
    if store.writes_off is not None and not isinstance(store.writes_off, DatabaseDamaged):
        banner.show_read_only(str(store.writes_off))

    def checked(problems: list[str]) -> None:
        if problems:
            banner.show_damage(problems)
        elif store.writes_off is None:
            prefs = ctx.prefs
            run_in_background(
                lambda: prune_journal(
                    store, max_days=prefs.journal_days, max_megabytes=prefs.journal_megabytes
                ),
                _pruned,
            )

    run_in_background(store.check_integrity, checked, kind="long")


def _pruned(result: Pruned) -> None:
    if result.entries:
        log.info("%s", result.describe())
