"""Fixtures of the sync tests: Radicale, a misbehaving server, an in-memory keychain, a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from caldav_servers import BadServer
from feed_server import FeedServer, vcalendar, vevent
from server_fixtures import keychain as keychain  # the shared fixtures
from server_fixtures import radicale as radicale

from assistant.store import Store


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
