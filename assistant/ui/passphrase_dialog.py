"""Settings → Privacy → "Passphrase…": a passphrase that opens the encrypted data too.

The passphrase is typed twice (hidden) and must be long enough
(:data:`passphrase.MIN_LENGTH`); the wrapping runs off the GUI thread, since
its key derivation takes about a second on purpose (store/passphrase.py). A
passphrase already set can be replaced or removed here; the recovery key keeps
working either way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import AssistantError
from assistant.store import passphrase
from assistant.ui.tasks import run_in_background


class PassphraseDialog(QDialog):
    """Sets (or removes) the passphrase of the data folder ``folder`` for ``key``."""

    def __init__(self, folder: Path, key: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.key = key
        self.done_text = ""
        self.setWindowTitle(self.tr("Passphrase"))
        intro = QLabel(
            self.tr(
                "A passphrase you choose opens your data where the keychain cannot, like the "
                "recovery key. It is kept next to your data, so choose a long one (at least "
                "%1 characters) that you use nowhere else."
            ).replace("%1", str(passphrase.MIN_LENGTH))
        )
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.first.setPlaceholderText(self.tr("New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("The same again"))
        self.second.setPlaceholderText(self.tr("The same again"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Passphrase error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = self.buttons.addButton(
            self.tr("&Set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.remove_button = QPushButton(self.tr("&Remove passphrase"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(passphrase.is_set(folder))  # after addButton, which shows it
        self.remove_button.clicked.connect(self._remove)
        self.buttons.accepted.connect(self._set)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.first)
        layout.addWidget(self.second)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _set(self) -> None:
        text = self.first.text()
        if text != self.second.text():
            self.error.setText(self.tr("The two passphrases differ; type them again."))
            return
        try:
            passphrase.check(text)
        except AssistantError:
            self.error.setText(
                self.tr("A passphrase needs at least %1 characters.").replace(
                    "%1", str(passphrase.MIN_LENGTH)
                )
            )
            return
        self._busy(True)
        self.error.setText(self.tr("Saving…"))
        run_in_background(
            lambda: passphrase.set_passphrase(self.folder, self.key, text),
            lambda _: self._finish(self.tr("Passphrase set: it opens your data too.")),
            self._failed,
            kind="long",  # not the store's worker: this touches no database
        )

    def _remove(self) -> None:
        passphrase.remove(self.folder)
        self._finish(self.tr("Passphrase removed: the recovery key still opens your data."))

    def _busy(self, busy: bool) -> None:
        for widget in (self.first, self.second, self.set_button, self.remove_button):
            widget.setEnabled(not busy)

    def _finish(self, text: str) -> None:
        self.done_text = text
        self.accept()

    def _failed(self, message: str) -> None:
        self._busy(False)
        self.error.setText(message)
