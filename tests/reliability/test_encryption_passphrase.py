"""A passphrase the user sets opens the encrypted data too (issue 13, item 18).

Real SQLCipher files, the real scrypt wrapping and the real command line: the
passphrase opens the data where the keychain has no key, a wrong one or a
changed file changes nothing, the file next to the data holds nothing that
opens it without the passphrase, and a key change or turning encryption off
removes the passphrase that wrapped the old key.
"""

from __future__ import annotations

import io
import json
import os
import stat
from pathlib import Path

import pytest
from helpers import digest, encrypt, forget_keychain

from assistant.cli import main
from assistant.clock import Clock
from assistant.errors import InvalidInput, StoreError
from assistant.store import Store, cipher, passphrase
from assistant.store.encryption import status
from assistant.tools import ToolContext, default_registry

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)

PHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper derivation for speed; test_the_shipped_cost_works keeps the real one."""
    monkeypatch.setattr(passphrase, "SCRYPT_N", 2**12)


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Path:
    path = tmp_path / "data" / "assistant.db"
    path.parent.mkdir()
    store = Store.open(path)
    ctx, tools = ToolContext(store, clock), default_registry()
    assert tools.call(ctx, "add_todo", {"title": "Buy milk"}).ok
    store.close()
    return path


def test_the_passphrase_opens_the_data_where_the_keychain_has_no_key(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    monkeypatch.setattr("sys.stdin", io.StringIO(PHRASE + "\n"))
    assert main(["encryption", "passphrase", "--data-dir", str(db.parent)]) == 0
    assert "Passphrase set" in capsys.readouterr().out
    assert main(["encryption", "status", "--json", "--data-dir", str(db.parent)]) == 0
    assert json.loads(capsys.readouterr().out)["passphrase"] is True
    assert main(["doctor", "--data-dir", str(db.parent)]) in (0, 1)
    assert "a passphrase you set opens it too" in capsys.readouterr().out
    forget_keychain(db)
    assert "the recovery key or your passphrase is needed" in status(db).describe()
    monkeypatch.setattr("sys.stdin", io.StringIO(PHRASE + "\n"))
    assert main(["todos", "--data-dir", str(db.parent), "--recovery-key-stdin"]) == 0
    assert "Buy milk" in capsys.readouterr().out
    assert cipher.stored_key(db.parent) == key  # kept again, as a recovery key is


def test_a_wrong_passphrase_or_a_changed_file_changes_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    forget_keychain(db)
    before = digest(db)
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery stapler\n"))
    assert main(["todos", "--data-dir", str(db.parent), "--recovery-key-stdin"]) == 1
    err = capsys.readouterr().err
    assert "neither the recovery key nor the passphrase" in err and "Traceback" not in err
    with pytest.raises(passphrase.WrongPassphrase):
        passphrase.unwrap(db.parent, PHRASE.upper())
    record = json.loads(passphrase.path(db.parent).read_text())
    flipped = bytes.fromhex(record["wrapped"])
    record["wrapped"] = bytes([flipped[0] ^ 1, *flipped[1:]]).hex()
    passphrase.path(db.parent).write_text(json.dumps(record))
    with pytest.raises(passphrase.WrongPassphrase):  # the MAC catches a changed file
        passphrase.unwrap(db.parent, PHRASE)
    record["n"] = 3  # not a power of two: scrypt would refuse it with a ValueError
    passphrase.path(db.parent).write_text(json.dumps(record))
    with pytest.raises(StoreError, match="cannot be read"):
        passphrase.unwrap(db.parent, PHRASE)
    passphrase.path(db.parent).write_text("{not json")
    with pytest.raises(StoreError, match="cannot be read"):
        passphrase.unwrap(db.parent, PHRASE)
    assert digest(db) == before
    assert cipher.stored_key(db.parent) is None


def test_the_file_next_to_the_data_does_not_hold_the_key(db: Path) -> None:
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    text = passphrase.path(db.parent).read_text()
    assert key.hex() not in text and PHRASE not in text
    assert cipher.recovery_key(key) not in text
    if os.name == "posix":
        assert stat.S_IMODE(passphrase.path(db.parent).stat().st_mode) == 0o600
    passphrase.set_passphrase(db.parent, key, PHRASE)  # a new wrap: new salt, new pad
    assert passphrase.path(db.parent).read_text() != text
    assert passphrase.unwrap(db.parent, PHRASE) == key


def test_a_short_passphrase_is_refused_and_nothing_is_written(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        passphrase.set_passphrase(db.parent, key, "short pw ")
    monkeypatch.setattr("sys.stdin", io.StringIO("hunter2\n"))
    assert main(["encryption", "passphrase", "--data-dir", str(db.parent)]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not passphrase.is_set(db.parent)


def test_without_a_passphrase_only_a_recovery_key_is_accepted(db: Path) -> None:
    key = encrypt(db)
    with pytest.raises(InvalidInput, match="That is not a recovery key"):
        passphrase.key_from_typed(db.parent, PHRASE)
    assert passphrase.key_from_typed(db.parent, cipher.recovery_key(key)) == key


def test_a_plain_database_has_no_key_for_a_passphrase(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PHRASE + "\n"))
    assert main(["encryption", "passphrase", "--data-dir", str(db.parent)]) == 1
    assert "not encrypted" in capsys.readouterr().err
    assert not passphrase.is_set(db.parent)


def test_a_key_change_or_turning_encryption_off_removes_the_passphrase(db: Path) -> None:
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    store = Store.open(db)
    try:
        done = store.rotate_key(cipher.new_key())
    finally:
        store.close()
    assert done.passphrase_removed and "set one again" in done.describe()
    assert not passphrase.is_set(db.parent)  # it wrapped the old key
    store = Store.open(db)
    try:
        assert store.key is not None
        passphrase.set_passphrase(db.parent, store.key, PHRASE)
        store.decrypt()
    finally:
        store.close()
    assert not passphrase.is_set(db.parent)


def test_passphrase_off_forgets_it(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    assert main(["encryption", "passphrase-off", "--data-dir", str(db.parent)]) == 0
    assert "Passphrase forgotten" in capsys.readouterr().out
    assert not passphrase.is_set(db.parent)
    assert main(["encryption", "passphrase-off", "--data-dir", str(db.parent)]) == 0
    assert "No passphrase was set" in capsys.readouterr().out


def test_the_shipped_cost_works(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real scrypt cost (128 MiB) is within what the derivation may use, both ways."""
    monkeypatch.undo()
    assert passphrase.SCRYPT_N == 2**17
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    assert json.loads(passphrase.path(db.parent).read_text())["n"] == 2**17
    assert passphrase.unwrap(db.parent, PHRASE) == key


def test_at_a_terminal_the_passphrase_is_asked_for_with_the_recovery_key(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = encrypt(db)
    passphrase.set_passphrase(db.parent, key, PHRASE)
    forget_keychain(db)
    typed = ["correct horse battery stapler", PHRASE]
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return typed.pop(0)

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["todos", "--data-dir", str(db.parent)]) == 0
    out, err = capsys.readouterr()
    assert "Buy milk" in out and typed == []
    assert prompts == ["Recovery key or passphrase: "] * 2
    assert "Type the recovery key or your passphrase" in err
    assert "neither the recovery key nor the passphrase" in err and "Traceback" not in err
    assert cipher.stored_key(db.parent) == key
