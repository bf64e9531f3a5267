"""The Privacy page of Settings: "Encrypt my data", and changing the key.

Turning encryption on first shows the recovery key, once; the Encrypt button
works only after the user ticks that they saved it. "Change key…" does the same
with a new key: the new recovery key is shown and confirmed first, then the
database is re-encrypted (the old recovery key stops working). Conversions run
on the store's worker thread (store/encryption.py: copy, verify, swap); the
page shows that it is busy, then what happened, and a failure leaves the
database as it was. The dialogs of the recovery key are in ui/recovery_key.py.
"Passphrase…" sets a passphrase that opens the data too (ui/passphrase_dialog.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.store import cipher
from assistant.ui.context import AppContext
from assistant.ui.passphrase_dialog import PassphraseDialog
from assistant.ui.recovery_key import RecoveryKeyDialog
from assistant.ui.tasks import run_in_background
from assistant.ui.updates.settings_box import UpdatesBox


class PrivacyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key_dialog: RecoveryKeyDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
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
        self.rotate = QPushButton(self.tr("C&hange key…"))
        self.rotate.setObjectName("rotate_key")
        self.rotate.setAccessibleDescription(
            self.tr("Re-encrypt your data with a new key and show its new recovery key.")
        )
        self.rotate.clicked.connect(self._ask_to_rotate)
        self.passphrase = QPushButton(self.tr("&Passphrase…"))
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleDescription(
            self.tr("Choose a passphrase that opens your data too, where the keychain cannot.")
        )
        self.passphrase.clicked.connect(self._ask_for_passphrase)
        # Busy while a conversion runs (it cannot say how far it is: one SQLite export).
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Converting the database"))
        self.busy.setVisible(False)
        rotate_row = QHBoxLayout()
        rotate_row.addWidget(self.rotate)
        rotate_row.addWidget(self.passphrase)
        rotate_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt)
        layout.addWidget(note)
        layout.addLayout(rotate_row)
        layout.addWidget(self.busy)
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
        self.rotate.setVisible(on)
        self.rotate.setEnabled(on and can)
        self.passphrase.setVisible(on)
        self.passphrase.setEnabled(on and can and self.ctx.store.key is not None)
        self.busy.setVisible(False)
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

    def _ask_to_rotate(self) -> None:
        """The new recovery key first, confirmed saved; then the re-encryption."""
        key = cipher.new_key()
        dialog = RecoveryKeyDialog(
            key,
            self,
            intro=self.tr(
                "Your data will be encrypted again with a new key. Once it is, the old "
                "recovery key no longer opens your data; this new one does. It is shown "
                "only now: save it in a password manager or write it down."
            ),
            action=self.tr("C&hange the key"),
        )
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.ctx.store.rotate_key(key).describe(),
                self.tr("Changing the key… (the app waits meanwhile)"),
            )
        )
        dialog.rejected.connect(lambda: self._show_state())
        self.key_dialog = dialog
        dialog.open()

    def _ask_for_passphrase(self) -> None:
        store = self.ctx.store
        if store.path is None or store.key is None:
            return
        dialog = PassphraseDialog(store.path.parent, store.key, self)
        dialog.accepted.connect(lambda: self._show_state(dialog.done_text))
        self.passphrase_dialog = dialog
        dialog.open()

    def _run(self, work: Callable[[], str], busy: str | None = None) -> None:
        self.encrypt.setEnabled(False)
        self.rotate.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.busy.setVisible(True)
        self.status.setText(busy or self.tr("Converting the database… (the app waits meanwhile)"))
        run_in_background(work, self._show_state, self._show_state)
