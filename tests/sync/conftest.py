"""Fixtures of the sync tests: Radicale, a misbehaving server, an in-memory keychain, a store."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from caldav_servers import BadServer, MemoryKeyring, Radicale
from feed_server import FeedServer, vcalendar, vevent

from assistant import secrets
from assistant.store import Store


@pytest.fixture
def keychain(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    monkeypatch.delenv(secrets.ENV_KEYRING, raising=False)
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    return backend


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    logging.getLogger("radicale").setLevel(logging.CRITICAL)
    server = Radicale(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sync_store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "sync.db")
    yield store
    store.close()


@pytest.fixture
def bad_server() -> Iterator[BadServer]:
    server = BadServer()
    yield server
    server.close()


@pytest.fixture
def feed() -> Iterator[FeedServer]:
    server = FeedServer(
        vcalendar(
            vevent("xmas@feed", "Christmas Day"),
            vevent("boxing@feed", "Boxing Day", "20261226"),
            vevent("newyear@feed", "New Year's Day", "20270101"),
        )
    )
    yield server
    server.close()
