"""The Privacy page of Settings ("Encrypt my data"), and the dialog that unlocks an
encrypted database where the keychain has no key.

Turning encryption on first shows the recovery key, once; the Encrypt button
works only after the user ticks that they saved it. The conversion runs on the
store's worker thread (store/encryption.py: copy, verify, swap); the page shows
what happened, and a failure leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import AssistantError
from assistant.store import cipher
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background
from assistant.ui.updates.settings_box import UpdatesBox


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; Encrypt is enabled only when the user says it is saved."""

    def __init__(self, key: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save your recovery key"))
        text = QLabel(
            self.tr(
                "Your data will be encrypted with a key kept in the system keychain. Where "
                "the keychain cannot give it (another desktop session, a new computer), only "
                "this recovery key opens your data. It is shown only now: save it in a "
                "password manager or write it down."
            )
        )
        text.setWordWrap(True)
        self.key_text = QLineEdit(cipher.recovery_key(key))
        self.key_text.setReadOnly(True)
        self.key_text.setAccessibleName(self.tr("Recovery key"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_text.setFont(mono)
        self.key_text.setMinimumWidth(520)
        copy = QPushButton(self.tr("&Copy"))
        copy.setObjectName("copy_recovery_key")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.key_text.text()))
        row = QHBoxLayout()
        row.addWidget(self.key_text)
        row.addWidget(copy)
        self.saved = QCheckBox(self.tr("I have saved my recovery key somewhere safe"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.encrypt_button = self.buttons.addButton(
            self.tr("&Encrypt my data"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.encrypt_button.setEnabled(False)
        self.saved.toggled.connect(self.encrypt_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)


class PrivacyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key_dialog: RecoveryKeyDialog | None = None
        self.off_box: QMessageBox | None = None
        self.encrypt = QCheckBox(self.tr("&Encrypt my data"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setAccessibleDescription(
            self.tr("Encrypt the database on this computer with a key kept in the keychain.")
        )
        note = QLabel(
            self.tr(
                "Encrypts your to-dos, events, notes and conversations on disk (SQLCipher), "
                "so a lost or shared disk does not give them away. The key is kept in the "
                "system keychain; a recovery key, shown once, opens your data where the "
                "keychain cannot."
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Encryption status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt)
        layout.addWidget(note)
        layout.addWidget(self.status)
        # What leaves the computer is a privacy matter: the opt-in update check lives here.
        self.updates = UpdatesBox(ctx.base)
        layout.addWidget(self.updates)
        layout.addStretch(1)
        self._show_state()
        self.encrypt.toggled.connect(self._toggled)

    def _show_state(self, message: str | None = None) -> None:
        on = self.ctx.store.encrypted
        reason = cipher.unavailable_reason()
        self.encrypt.blockSignals(True)
        self.encrypt.setChecked(on)
        self.encrypt.blockSignals(False)
        can = self.ctx.store.path is not None and (on or reason is None)
        self.encrypt.setEnabled(can)
        if message is None:
            if on:
                message = self.tr("Your data is encrypted.")
            elif reason is not None:
                message = self.tr("Encryption is not available: %1.").replace("%1", reason)
            else:
                message = self.tr("Your data is not encrypted.")
        self.status.setText(message)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._ask_to_encrypt()
        else:
            self._ask_to_decrypt()

    def _ask_to_encrypt(self) -> None:
        key = cipher.new_key()
        dialog = RecoveryKeyDialog(key, self)
        dialog.accepted.connect(lambda: self._run(lambda: self.ctx.store.encrypt(key).describe()))
        dialog.rejected.connect(lambda: self._show_state())
        self.key_dialog = dialog
        dialog.open()

    def _ask_to_decrypt(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Turn encryption off?"),
            self.tr("Your data will be stored unencrypted on this computer from now on."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        go = box.addButton(self.tr("&Turn off"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda b: (
                self._run(lambda: self.ctx.store.decrypt().describe())
                if b is go
                else self._show_state()
            )
        )
        self.off_box = box
        box.open()

    def _run(self, work: Callable[[], str]) -> None:
        self.encrypt.setEnabled(False)
        self.status.setText(self.tr("Converting the database… (the app waits meanwhile)"))
        run_in_background(work, self._show_state, self._show_state)


class UnlockDialog(QDialog):
    """Asks for the recovery key of an encrypted database whose key the keychain lacks."""

    def __init__(self, file: Path, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Your data is locked"))
        text = QLabel(
            self.tr(
                "Your data is encrypted, and the system keychain does not have its key "
                "(it may be locked, or this is another desktop session). Type the recovery "
                "key you saved when you turned encryption on."
            )
        )
        text.setWordWrap(True)
        text.setToolTip(reason)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Recovery key"))
        self.entry.setPlaceholderText("ABCDE-FGHIJ-…")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_key)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.entry)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def try_key(self) -> None:
        """Accept when the typed key opens the database; else say why and stay open."""
        try:
            key = cipher.parse_recovery_key(self.entry.text())
            if not cipher.opens(self.file, key):
                raise AssistantError(
                    self.tr("That recovery key does not open your data. Check it and try again.")
                )
        except AssistantError as exc:
            self.error.setText(str(exc))
            return
        self.key = key
        self.accept()


def ask_for_recovery_key(file: Path, reason: str, parent: QWidget | None = None) -> bytes | None:
    """The key of ``file`` from the recovery key the user types; None when they cancel."""
    dialog = UnlockDialog(file, reason, parent)
    return dialog.key if dialog.exec() else None
