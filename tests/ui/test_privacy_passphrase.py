"""Settings → Privacy → "Passphrase…", and the unlock dialog taking the passphrase.

Real widgets (offscreen), a real encrypted file and the real wrapping (with a
cheaper scrypt cost for speed; tests/reliability/test_encryption_passphrase.py
runs the shipped one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from assistant import paths, secrets
from assistant.models import hardware
from assistant.store import Store, cipher, passphrase
from assistant.ui.context import AppContext
from assistant.ui.passphrase_dialog import PassphraseDialog
from assistant.ui.recovery_key import UnlockDialog
from assistant.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)

PHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)
    monkeypatch.setattr(passphrase, "SCRYPT_N", 2**12)


def test_the_privacy_page_sets_and_removes_a_passphrase(app_ctx: AppContext, qtbot: QtBot) -> None:
    store = app_ctx.store
    store.encrypt(cipher.new_key())
    assert store.path is not None and store.key is not None
    folder = store.path.parent
    settings = SettingsDialog(app_ctx)
    qtbot.addWidget(settings)
    settings.show()
    page = settings.privacy
    assert page.passphrase.isVisibleTo(page) and page.passphrase.isEnabled()
    page.passphrase.click()
    dialog = page.passphrase_dialog
    assert isinstance(dialog, PassphraseDialog) and dialog.isVisible()
    assert not dialog.remove_button.isVisibleTo(dialog)  # nothing to remove yet
    dialog.first.setText(PHRASE)
    dialog.second.setText(PHRASE + "!")
    dialog.set_button.click()
    assert dialog.error.text() == "The two passphrases differ; type them again."
    dialog.first.setText("too short")
    dialog.second.setText("too short")
    dialog.set_button.click()
    assert dialog.error.text() == "A passphrase needs at least 10 characters."
    assert not passphrase.is_set(folder)
    dialog.first.setText(PHRASE)
    dialog.second.setText(PHRASE)
    dialog.set_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.status.text() == "Passphrase set: it opens your data too."
    assert passphrase.unwrap(folder, PHRASE) == store.key

    page.passphrase.click()
    again = page.passphrase_dialog
    assert again is not None and again.remove_button.isVisibleTo(again)
    again.remove_button.click()
    assert not again.isVisible() and not passphrase.is_set(folder)
    assert page.status.text() == "Passphrase removed: the recovery key still opens your data."


def test_the_passphrase_button_is_there_only_when_the_data_is_encrypted(
    app_ctx: AppContext, qtbot: QtBot
) -> None:
    settings = SettingsDialog(app_ctx)
    qtbot.addWidget(settings)
    settings.show()
    assert not settings.privacy.passphrase.isVisibleTo(settings.privacy)


def test_the_unlock_dialog_takes_the_passphrase(tmp_path: Path, qtbot: QtBot) -> None:
    base = tmp_path / "data"
    db = paths.db_path(base)
    store = Store.open(db)
    key = cipher.new_key()
    store.encrypt(key)
    store.close()
    passphrase.set_passphrase(base, key, PHRASE)
    (base / secrets.SECRETS_FILENAME).unlink()  # another desktop session: no key kept
    dialog = UnlockDialog(db, "locked")
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        "Type your passphrase, or the recovery key"
        in dialog.findChildren(type(dialog.error))[0].text()
    )
    dialog.entry.setText("correct horse battery stapler")
    dialog.open_button.click()
    assert dialog.error.text() == "Checking the passphrase…"  # off the GUI thread
    assert not dialog.open_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled())
    assert dialog.isVisible() and dialog.error.text().startswith(
        "That is neither the recovery key nor the passphrase"
    )
    dialog.entry.setText(PHRASE)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.key == key
