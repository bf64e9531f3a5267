"""Shared fixtures: a real SQLite file per test, a fixed clock, no user files touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

# Qt tests run headless; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Module- and session-scoped fixtures run before the per-test guard below: the
# private file stands in for the keychain for them too.
os.environ["ASSISTANT_KEYRING"] = "file"

from assistant.clock import Clock
from assistant.store import Store
from assistant.tools.context import ToolContext

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the real data folder or keychain."""
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ASSISTANT_KEYRING", "file")
    for name in ("ASSISTANT_NOW", "ASSISTANT_TZ", "ASSISTANT_MODEL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> Clock:
    """Friday 2026-11-27 10:00 in Berlin."""
    return Clock(datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN), BERLIN)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def ctx(store: Store, clock: Clock) -> ToolContext:
    return ToolContext(store, clock)
