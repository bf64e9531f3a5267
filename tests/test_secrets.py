"""Secrets: the private-file fallback (forced in tests, so no keychain prompt can
appear), the choice of backend, and an in-memory keyring behind the real interface."""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

from assistant import secrets
from assistant.errors import AssistantError, InvalidInput


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the collection is locked")


class EmptyChainer(chainer.ChainerBackend):
    backends = []  # noqa: RUF012 - what keyring builds when nothing is available


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any use of the real keychain fails the test."""

    def forbidden() -> None:
        raise AssertionError("the keychain was touched")

    monkeypatch.setattr(keyring, "get_keyring", forbidden)


@pytest.fixture
def keyring_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    yield backend


def test_the_forced_fallback_is_a_private_file(tmp_path: Path, no_keychain: None) -> None:
    assert secrets.get_secret("huggingface-token", tmp_path) is None
    secrets.set_secret("huggingface-token", " hf_abc \n", tmp_path)
    assert secrets.get_secret("huggingface-token", tmp_path) == "hf_abc"

    path = tmp_path / secrets.SECRETS_FILENAME
    assert json.loads(path.read_text()) == {"huggingface-token": "hf_abc"}
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    assert secrets.delete_secret("huggingface-token", tmp_path) is True
    assert secrets.delete_secret("huggingface-token", tmp_path) is False
    assert secrets.get_secret("huggingface-token", tmp_path) is None


def test_the_default_data_folder_is_used(no_keychain: None) -> None:
    # conftest points ASSISTANT_DATA_DIR at a temporary folder.
    secrets.set_secret("x", "1")
    store = secrets.get_store()
    assert isinstance(store, secrets.FileStore)
    assert store.path.parent == Path(os.environ["ASSISTANT_DATA_DIR"])
    assert store.get("x") == "1"


def test_an_unreadable_file_counts_as_empty_and_is_rewritten(
    tmp_path: Path, no_keychain: None
) -> None:
    (tmp_path / secrets.SECRETS_FILENAME).write_text("{not json")
    assert secrets.get_secret("a", tmp_path) is None
    secrets.set_secret("a", "b", tmp_path)
    assert secrets.get_secret("a", tmp_path) == "b"


def test_empty_secrets_are_refused(tmp_path: Path, no_keychain: None) -> None:
    with pytest.raises(InvalidInput, match="cannot be empty"):
        secrets.set_secret("huggingface-token", "  ", tmp_path)


@pytest.mark.parametrize("backend", [fail.Keyring(), EmptyChainer()])
def test_a_keyring_without_backends_falls_back_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend
) -> None:
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    store = secrets.get_store(tmp_path)
    assert isinstance(store, secrets.FileStore)
    assert "private file" in store.description


def test_a_usable_keyring_is_preferred(tmp_path: Path, keyring_backend: MemoryKeyring) -> None:
    store = secrets.get_store(tmp_path)
    assert isinstance(store, secrets.KeyringStore)
    assert "MemoryKeyring" in store.description
    secrets.set_secret("huggingface-token", "hf_kc", tmp_path)
    assert keyring_backend.values == {(secrets.SERVICE, "huggingface-token"): "hf_kc"}
    assert secrets.get_secret("huggingface-token", tmp_path) == "hf_kc"
    assert not (tmp_path / secrets.SECRETS_FILENAME).exists()
    assert secrets.delete_secret("huggingface-token", tmp_path) is True
    assert secrets.delete_secret("huggingface-token", tmp_path) is False


def test_the_environment_overrides_a_usable_keyring(
    tmp_path: Path, keyring_backend: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(secrets.ENV_KEYRING, "file")
    secrets.set_secret("a", "b", tmp_path)
    assert keyring_backend.values == {}
    assert (tmp_path / secrets.SECRETS_FILENAME).exists()


def test_a_locked_keyring_gives_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: LockedKeyring())
    with pytest.raises(AssistantError) as err:
        secrets.get_secret("huggingface-token", tmp_path)
    message = str(err.value)
    assert message.startswith("Could not read the system keychain (the collection is locked)")
    assert "ASSISTANT_KEYRING=file" in message
