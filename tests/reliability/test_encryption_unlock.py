"""Where the keychain has no key, a command at a terminal asks for the recovery key.

Real encrypted files; the keychain is the private-file fallback (tests/conftest.py
sets ASSISTANT_KEYRING=file), "the keychain lost its key" is that file deleted,
and "no keychain works" is keyring's own ``fail`` backend, as on a headless Linux.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from assistant import paths, secrets
from assistant.cli import main
from assistant.clock import Clock
from assistant.store import Store, cipher
from assistant.tools import ToolContext, default_registry

pytestmark = pytest.mark.skipif(
    cipher.unavailable_reason() is not None, reason=f"{cipher.unavailable_reason()}"
)


@pytest.fixture
def db(tmp_path: Path, clock: Clock) -> Path:
    """An encrypted database with one to-do."""
    path = paths.db_path(tmp_path / "data")
    store = Store.open(path)
    try:
        assert (
            default_registry().call(ToolContext(store, clock), "add_todo", {"title": "Buy milk"}).ok
        )
        store.encrypt(cipher.new_key())
    finally:
        store.close()
    return path


def the_key(db: Path) -> bytes:
    key = cipher.stored_key(db.parent)
    assert key is not None
    (db.parent / secrets.SECRETS_FILENAME).unlink()  # another session: no key kept
    return key


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Someone at a terminal; put what they type into the list, it is read in order."""
    typed: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)

    def getpass(prompt: str = "") -> str:
        assert prompt == "Recovery key: "
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", getpass)
    yield typed
    assert typed == []  # every answer was asked for


def test_at_a_terminal_the_recovery_key_is_asked_for_until_it_opens(
    db: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    key = the_key(db)
    before = db.read_bytes()
    terminal.extend(["not a key", cipher.recovery_key(cipher.new_key()), cipher.recovery_key(key)])
    assert main(["todos", "--data-dir", str(db.parent)]) == 0
    out, err = capsys.readouterr()
    assert "Buy milk" in out
    assert "does not have its key" in err and "That is not a recovery key" in err
    assert "That recovery key does not open the database; try again." in err
    assert "Traceback" not in err
    assert cipher.stored_key(db.parent) == key  # kept again: the next command asks nothing
    assert main(["todos", "--data-dir", str(db.parent)]) == 0
    assert db.read_bytes() == before


def test_three_wrong_keys_or_none_leave_it_locked_and_unchanged(
    db: Path, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    the_key(db)
    before = db.read_bytes()
    terminal.extend([cipher.recovery_key(cipher.new_key())] * 3)
    assert main(["todos", "--data-dir", str(db.parent)]) == 1
    err = capsys.readouterr().err
    assert err.count("does not open the database; try again") == 3
    assert "Error: The database in" in err and "Traceback" not in err
    terminal.append("")  # Enter: stop at once
    assert main(["todos", "--data-dir", str(db.parent)]) == 1
    assert "Nothing was changed" in capsys.readouterr().err
    assert db.read_bytes() == before and cipher.stored_key(db.parent) is None


def test_without_a_working_keychain_it_opens_and_says_it_will_ask_again(
    db: Path,
    terminal: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = the_key(db)
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert cipher.keychain(db.parent) is None
    terminal.append(cipher.recovery_key(key))
    assert main(["todos", "--data-dir", str(db.parent)]) == 0
    out, err = capsys.readouterr()
    assert "Buy milk" in out and "asked for again" in err
    assert not (db.parent / secrets.SECRETS_FILENAME).exists()  # not left next to the data


def test_without_a_terminal_nothing_is_asked(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    the_key(db)

    def never(prompt: str = "") -> str:
        raise AssertionError("asked without a terminal")

    monkeypatch.setattr("getpass.getpass", never)
    assert main(["todos", "--data-dir", str(db.parent)]) == 1
    assert "--recovery-key-stdin" in capsys.readouterr().err
