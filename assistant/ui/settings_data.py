"""The Data page of Settings: where the data lives, export, forget deleted items, erase.

Export and erase run on the store's worker thread; erase is guarded by a
confirmation that needs a typed word, and afterwards tells every view (through
the bus) that all its data changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.export_all import erase_everything, export_everything
from assistant.store.upkeep import forget_deleted
from assistant.ui import prompts
from assistant.ui.context import ALL_TABLES, AppContext
from assistant.ui.tasks import run_in_background

ERASE_WORD = "ERASE"


class EraseDialog(QDialog):
    """A destructive confirmation: the Erase button works only once ERASE is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase everything?"))
        text = QLabel(
            self.tr(
                "This deletes every to-do, event, note and conversation, and the undo "
                "history. It cannot be undone. Export everything first if you may want "
                "it back.\n\nType %1 to confirm."
            ).replace("%1", ERASE_WORD)
        )
        text.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setAccessibleName(self.tr("Type %1 to confirm").replace("%1", ERASE_WORD))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(
            lambda t: self.erase_button.setEnabled(t.strip() == ERASE_WORD)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.word)
        layout.addWidget(self.buttons)


class DataPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.erase_dialog: EraseDialog | None = None
        self.forget_box: QMessageBox | None = None
        folder = QLabel(str(ctx.base))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Data folder"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Data status"))
        form = QFormLayout(self)
        form.addRow(self.tr("Data folder:"), folder)
        for key, text, note, slot in (
            ("open", self.tr("&Open folder"), self.tr("Show the data files."), self.open_folder),
            (
                "export",
                self.tr("E&xport everything…"),
                self.tr(
                    "Calendar (.ics), notes (Markdown) and all records (JSON), "
                    "in a new dated folder."
                ),
                self.export_everything,
            ),
            (
                "forget",
                self.tr("&Forget deleted items…"),
                self.tr(
                    "Remove the text of deleted to-dos, events and notes from the undo "
                    "history and the database file."
                ),
                self.forget_deleted,
            ),
            (
                "erase",
                self.tr("Erase e&verything…"),
                self.tr("Delete all to-dos, events, notes and conversations."),
                self.erase_everything,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(note)
            button.clicked.connect(slot)
            form.addRow(button, QLabel(note))
        form.addRow("", self.status)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.base)))

    def export_everything(self) -> None:
        """Export into a new "Assistant export <date>" folder inside the one chosen."""
        folder = prompts.folder(self, self.tr("Export everything to"))
        if not folder:
            return
        self.status.setText(self.tr("Exporting…"))
        store, clock = self.ctx.store, self.ctx.clock()
        run_in_background(
            lambda: export_everything(store, clock, Path(folder)).describe(),
            self.status.setText,
            self.status.setText,
        )

    def forget_deleted(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Forget deleted items?"),
            self.tr(
                "Deleted items stay in the undo history so that a deletion can be undone. "
                "This removes their text for good; their deletion can no longer be undone."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("&Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self._forget() if button is go else None)
        self.forget_box = box
        box.open()

    def _forget(self) -> None:
        self.status.setText(self.tr("Forgetting deleted items…"))
        store = self.ctx.store
        run_in_background(
            lambda: forget_deleted(store).describe(), self.status.setText, self.status.setText
        )

    def erase_everything(self) -> None:
        self.erase_dialog = EraseDialog(self)
        self.erase_dialog.accepted.connect(self._erase)
        self.erase_dialog.open()
        self.erase_dialog.word.setFocus()

    def _erase(self) -> None:
        self.status.setText(self.tr("Erasing…"))

        def erased(description: str) -> None:
            self.status.setText(description)
            self.ctx.bus.notify(ALL_TABLES)

        store = self.ctx.store
        run_in_background(lambda: erase_everything(store).describe(), erased, self.status.setText)
