"""A private D-Bus session for tests (import the fixture by name)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection


@pytest.fixture
def private_bus(tmp_path: Path, qapp: Any) -> Iterator[tuple[str, QDBusConnection]]:
    """A dbus-daemon of the test's own, and a Qt connection to it."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    started = subprocess.run(
        [daemon, "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    address, pid = started.stdout.split()[:2]
    name = f"bus-test-{os.getpid()}-{tmp_path.name}"
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    yield address, bus
    QDBusConnection.disconnectFromBus(name)
    os.kill(int(pid), signal.SIGTERM)
