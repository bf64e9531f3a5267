"""The recovery key of an encrypted database, in the window: shown once, and typed to unlock.

:class:`RecoveryKeyDialog` shows a new recovery key (turning encryption on,
changing the key); its action button works only once the user ticks that the
key is saved. :class:`UnlockDialog` asks for the recovery key at start where
the keychain has no key (a headless session, another desktop session, a
locked keychain): a wrong key is said plainly and can be typed again, and the
key that opens the data is kept in the keychain again if the user wants and a
keychain works here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import AssistantError
from assistant.store import cipher, passphrase
from assistant.ui.tasks import run_in_background


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; the action is enabled only when the user says it is saved.

    ``intro`` and ``action`` replace the words of turning encryption on (the
    default) for another use, such as changing the key.
    """

    def __init__(
        self,
        key: bytes,
        parent: QWidget | None = None,
        *,
        intro: str | None = None,
        action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save your recovery key"))
        text = QLabel(
            intro
            or self.tr(
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
            action or self.tr("&Encrypt my data"), QDialogButtonBox.ButtonRole.AcceptRole
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


class UnlockDialog(QDialog):
    """Asks for the recovery key (or the passphrase) of a database the keychain lacks the key of."""

    def __init__(self, file: Path, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self.key: bytes | None = None
        self.setWindowTitle(self.tr("Your data is locked"))
        self.intro = text = QLabel(
            self.tr(
                "Your data is encrypted, and the system keychain does not have its key "
                "(it may be locked, or this is another desktop session). Type the recovery "
                "key you saved when you turned encryption on."
            )
            if not passphrase.is_set(file.parent)
            else self.tr(
                "Your data is encrypted, and the system keychain does not have its key "
                "(it may be locked, or this is another desktop session). Type your "
                "passphrase, or the recovery key you saved when you turned encryption on."
            )
        )
        text.setWordWrap(True)
        text.setToolTip(reason)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("Recovery key"))
        self.entry.setPlaceholderText("ABCDE-FGHIJ-…")
        if passphrase.is_set(file.parent):  # a passphrase is not shown once typed
            self.entry.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Unlock error"))
        # Offered only where a keychain can hold the key; else say it will be asked again.
        self.has_keychain = cipher.keychain(file.parent) is not None
        self.keep = QCheckBox(self.tr("&Keep the key in the keychain of this computer"))
        self.keep.setChecked(True)
        self.keep.setVisible(self.has_keychain)
        self.no_keychain = QLabel(
            self.tr("No keychain works here, so the recovery key is asked for at each start.")
        )
        self.no_keychain.setWordWrap(True)
        self.no_keychain.setVisible(not self.has_keychain)
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
        layout.addWidget(self.keep)
        layout.addWidget(self.no_keychain)
        layout.addWidget(self.buttons)

    def try_key(self) -> None:
        """Accept when the typed key opens the database; else say why and stay open.

        A passphrase is unwrapped off the GUI thread: its key derivation takes
        about a second on purpose (store/passphrase.py).
        """
        text = self.entry.text()
        try:
            key = cipher.parse_recovery_key(text)
        except AssistantError as exc:
            if not passphrase.is_set(self.file.parent):
                self.error.setText(str(exc))
                return
            self._busy(True)
            self.error.setText(self.tr("Checking the passphrase…"))
            folder = self.file.parent
            run_in_background(
                lambda: passphrase.unwrap(folder, text), self._try, self._refused, kind="long"
            )
            return
        self._try(key)

    def _try(self, key: bytes) -> None:
        self._busy(False)
        if not cipher.opens(self.file, key):
            self.error.setText(
                self.tr("That recovery key does not open your data. Check it and try again.")
            )
            return
        self.key = key
        self.accept()

    def _refused(self, message: str) -> None:
        self._busy(False)
        self.error.setText(message)

    def _busy(self, busy: bool) -> None:
        self.entry.setEnabled(not busy)
        self.open_button.setEnabled(not busy)

    @property
    def keep_in_keychain(self) -> bool:
        return self.has_keychain and self.keep.isChecked()


def ask_for_recovery_key(file: Path, reason: str, parent: QWidget | None = None) -> bytes | None:
    """The key of ``file`` from the recovery key the user types; None when they cancel.

    The key is kept in the keychain again when the user leaves that ticked.
    """
    dialog = UnlockDialog(file, reason, parent)
    if not dialog.exec():
        return None
    if dialog.key is not None and dialog.keep_in_keychain:
        cipher.remember(file.parent, dialog.key)
    return dialog.key
