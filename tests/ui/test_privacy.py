"""Settings → Privacy: "Encrypt my data" and "Change key…" show the recovery key once and
convert off the GUI thread; the window asks for the recovery key where the keychain has
none (or no keychain works) and keeps it there again if the user wants."""

from __future__ import annotations

import argparse
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from assistant import paths, secrets
from assistant.errors import AssistantError
from assistant.models import hardware
from assistant.store import Store, cipher
from assistant.ui import app as ui_app
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.recovery_key import RecoveryKeyDialog, UnlockDialog, ask_for_recovery_key
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.settings_privacy import PrivacyPage

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)


@pytest.fixture(autouse=True)
def no_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)


@pytest.fixture
def dialog(app_ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    d = SettingsDialog(app_ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def test_encrypt_my_data_shows_the_key_once_and_converts(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    page = dialog.privacy
    assert app_ctx.call_tool("create_note", {"title": "Diary", "body": "a private thought"}).ok
    assert not page.encrypt.isChecked() and page.status.text() == "Your data is not encrypted."
    page.encrypt.click()
    shown = page.key_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    key_text = shown.key_text.text()
    assert shown.key_text.isReadOnly() and key_text.count("-") == 10
    assert not shown.encrypt_button.isEnabled()  # not before the user says it is saved
    shown.saved.click()
    assert shown.encrypt_button.isEnabled()
    shown.encrypt_button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Your data is encrypted ("))
    assert app_ctx.store.encrypted and page.encrypt.isChecked() and page.encrypt.isEnabled()
    db = app_ctx.store.path
    assert db is not None and b"private thought" not in db.read_bytes()
    assert cipher.opens(db, cipher.parse_recovery_key(key_text))  # the key shown opens it
    # The app goes on with the same store, on the encrypted file.
    assert app_ctx.call_tool("add_todo", {"title": "After"}).ok
    assert "1 note match" in app_ctx.call_tool("search_notes", {"query": "private"}).text

    page.encrypt.click()  # off again, after a confirmation
    box = page.off_box
    assert isinstance(box, QMessageBox)
    turn_off = next(b for b in box.buttons() if b.text() == "&Turn off")
    turn_off.click()
    qtbot.waitUntil(lambda: "plain file again" in page.status.text())
    assert not app_ctx.store.encrypted and not page.encrypt.isChecked()
    assert app_ctx.store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 1


def test_cancelling_the_recovery_key_changes_nothing(
    dialog: SettingsDialog, app_ctx: AppContext
) -> None:
    page = dialog.privacy
    page.encrypt.click()
    assert page.key_dialog is not None
    page.key_dialog.reject()
    assert not page.encrypt.isChecked() and not app_ctx.store.encrypted
    assert page.status.text() == "Your data is not encrypted."


def test_the_window_asks_for_the_recovery_key_where_the_keychain_has_none(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "data"
    db = paths.db_path(base)
    store = Store.open(db)
    key = cipher.new_key()
    store.encrypt(key)
    store.close()
    (base / secrets.SECRETS_FILENAME).unlink()  # another desktop session: no key kept

    answers = iter(["not a key", cipher.recovery_key(cipher.new_key()), cipher.recovery_key(key)])
    seen: list[str] = []

    def type_into(dialog: UnlockDialog) -> None:
        seen.append(dialog.error.text())
        dialog.entry.setText(next(answers))
        dialog.open_button.click()
        if dialog.isVisible():
            QTimer.singleShot(0, lambda: type_into(dialog))

    real_exec = UnlockDialog.exec

    def exec_(dialog: UnlockDialog) -> int:
        QTimer.singleShot(0, lambda: type_into(dialog))
        return real_exec(dialog)

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    ctx, window = ui_app.build(argparse.Namespace(data_dir=str(base)))
    qtbot.addWidget(window)
    try:
        assert ctx.store.encrypted
        assert seen[1].startswith("That is not a recovery key")
        assert seen[2] == "That recovery key does not open your data. Check it and try again."
        assert cipher.stored_key(base) == key  # kept again for the next start
    finally:
        window.close()
        ctx.models.unload()
        tasks.wait_idle()  # the views' and the sync status's first reads, as the app does
        ctx.store.close()


def test_cancelling_the_unlock_keeps_the_data_locked(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = tmp_path / "data"
    store = Store.open(paths.db_path(base))
    store.encrypt(cipher.new_key())
    store.close()
    (base / secrets.SECRETS_FILENAME).unlink()
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: 0)
    with pytest.raises(AssistantError, match="stays locked"):
        ui_app.build(argparse.Namespace(data_dir=str(base)))


def encrypted_page(app_ctx: AppContext, qtbot: QtBot) -> tuple[PrivacyPage, bytes]:
    """Settings → Privacy over the app's store, encrypted with the returned key."""
    assert app_ctx.call_tool("add_todo", {"title": "Before"}).ok
    old = cipher.new_key()
    app_ctx.store.encrypt(old)
    page = PrivacyPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    return page, old


def test_change_key_shows_the_new_key_once_then_re_encrypts(
    app_ctx: AppContext, qtbot: QtBot
) -> None:
    plain = PrivacyPage(app_ctx)
    qtbot.addWidget(plain)
    assert plain.rotate.isHidden()  # no key to change on a plain file
    page, old = encrypted_page(app_ctx, qtbot)
    assert not page.rotate.isHidden() and page.rotate.isEnabled()
    page.rotate.click()
    shown = page.key_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    assert shown.encrypt_button.text() == "C&hange the key"
    assert not shown.encrypt_button.isEnabled()  # not before the user says it is saved
    new = cipher.parse_recovery_key(shown.key_text.text())
    shown.saved.click()
    shown.encrypt_button.click()
    # Busy at once: the re-encryption runs on the store's worker thread.
    assert page.busy.isVisibleTo(page) and not page.rotate.isEnabled()
    assert page.status.text().startswith("Changing the key")
    qtbot.waitUntil(lambda: not page.busy.isVisibleTo(page))
    assert page.status.text().startswith("Your data is encrypted with a new key (")
    db = app_ctx.store.path
    assert db is not None and cipher.opens(db, new) and not cipher.opens(db, old)
    assert cipher.stored_key(app_ctx.base) == new and app_ctx.store.key == new
    assert page.rotate.isEnabled() and page.encrypt.isChecked()
    assert app_ctx.call_tool("add_todo", {"title": "After"}).ok  # the app goes on
    assert app_ctx.store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 2


def test_cancelling_the_new_key_changes_nothing(app_ctx: AppContext, qtbot: QtBot) -> None:
    page, old = encrypted_page(app_ctx, qtbot)
    page.rotate.click()
    assert page.key_dialog is not None
    page.key_dialog.reject()
    assert app_ctx.store.key == old and cipher.stored_key(app_ctx.base) == old
    assert page.status.text() == "Your data is encrypted." and page.rotate.isEnabled()


def test_a_failed_key_change_says_why_plainly_and_keeps_the_old_key(
    app_ctx: AppContext, qtbot: QtBot
) -> None:
    page, old = encrypted_page(app_ctx, qtbot)
    db = app_ctx.store.path
    assert db is not None
    other = Store.open(db)  # another window or command has the file open
    try:
        page.rotate.click()
        assert page.key_dialog is not None
        page.key_dialog.saved.click()
        page.key_dialog.encrypt_button.click()
        qtbot.waitUntil(lambda: not page.busy.isVisibleTo(page))
    finally:
        other.close()
    text = page.status.text()
    assert "in use by another window" in text and "Nothing was changed" in text
    assert "Traceback" not in text
    assert cipher.opens(db, old) and cipher.stored_key(app_ctx.base) == old
    assert cipher.stored_key(app_ctx.base, pending=True) is None
    assert page.rotate.isEnabled()  # can try again
    assert app_ctx.call_tool("add_todo", {"title": "Still works"}).ok


def locked_folder(tmp_path: Path) -> tuple[Path, bytes]:
    """A data folder with an encrypted database whose key the keychain does not have."""
    base = tmp_path / "data"
    store = Store.open(paths.db_path(base))
    key = cipher.new_key()
    store.encrypt(key)
    store.close()
    (base / secrets.SECRETS_FILENAME).unlink()
    return base, key


def test_unticking_keep_opens_the_data_without_keeping_the_key(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, key = locked_folder(tmp_path)

    def exec_(dialog: UnlockDialog) -> int:
        assert not dialog.keep.isHidden() and dialog.no_keychain.isHidden()
        dialog.keep.setChecked(False)
        dialog.entry.setText(cipher.recovery_key(key))
        dialog.try_key()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    assert ask_for_recovery_key(paths.db_path(base), "why") == key
    assert cipher.stored_key(base) is None


def test_without_a_working_keychain_the_recovery_key_still_opens_the_data(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, key = locked_folder(tmp_path)
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # a headless Linux
    seen: list[tuple[bool, bool]] = []

    def exec_(dialog: UnlockDialog) -> int:
        seen.append((dialog.keep.isHidden(), dialog.no_keychain.isHidden()))
        dialog.entry.setText(cipher.recovery_key(key))
        dialog.try_key()
        return int(dialog.result())

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    ctx, window = ui_app.build(argparse.Namespace(data_dir=str(base)))
    try:
        assert seen == [(True, False)]  # no offer to keep it; says it will be asked again
        assert ctx.store.encrypted and ctx.call_tool("add_todo", {"title": "Headless"}).ok
        assert not (base / secrets.SECRETS_FILENAME).exists()  # never next to the data
    finally:
        window.close()
        ctx.models.unload()
        tasks.wait_idle()
        ctx.store.close()
