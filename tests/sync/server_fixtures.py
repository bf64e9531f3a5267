"""The in-memory keychain and Radicale fixtures, shared by tests/sync and tests/ui."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from caldav_servers import MemoryKeyring, Radicale

from assistant import secrets


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A keychain in memory: the real keyring interface, nothing of the OS's."""
    backend = MemoryKeyring()
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A real Radicale on 127.0.0.1 with a temporary storage folder."""
    logging.getLogger("radicale").setLevel(logging.CRITICAL)
    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()
