"""The quick-entry shortcut through the GlobalShortcuts portal, on a real
private session bus: tests/ui/portal_service.py plays the portal. Without a
portal (or a bus) nothing is bound and nothing breaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from assistant.ui.quick_entry.portal import PortalShortcut, portal_trigger
from tests.ui.dbus_helpers import private_bus as private_bus  # the fixture

HERE = Path(__file__).parent


def has_portal(bus: QDBusConnection) -> bool:
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
    )
    message.setArguments(["org.freedesktop.portal.Desktop"])
    reply = bus.call(message)
    return bool(reply.arguments() and reply.arguments()[0])


def test_the_shortcut_is_bound_and_its_press_opens_quick_entry(
    private_bus: tuple[str, QDBusConnection], tmp_path: Path, qtbot: QtBot
) -> None:
    address, bus = private_bus
    log = tmp_path / "portal.jsonl"
    log.touch()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    service = subprocess.Popen([sys.executable, str(HERE / "portal_service.py"), str(log)], env=env)
    try:
        qtbot.waitUntil(lambda: has_portal(bus), timeout=30_000)
        shortcut = PortalShortcut("Ctrl+Shift+Space", "Open the quick-entry window", bus=address)
        with qtbot.waitSignal(shortcut.finished, timeout=30_000) as done:
            shortcut.start()
        assert done.args == [True]
        calls = [json.loads(line) for line in log.read_text().splitlines()]
        assert [c["member"] for c in calls] == ["Get", "CreateSession", "BindShortcuts"]
        _session, shortcuts, _parent, _options = calls[-1]["body"]
        assert shortcuts == [
            [
                "quick-entry",
                {
                    "description": ["s", "Open the quick-entry window"],
                    "preferred_trigger": ["s", "CTRL+SHIFT+space"],
                },
            ]
        ]

        press = QDBusMessage.createMethodCall(
            "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "test.Portal",
            "Press",
        )  # fmt: skip
        with qtbot.waitSignal(shortcut.activated, timeout=30_000):
            assert bus.call(press).type() == QDBusMessage.MessageType.ReplyMessage
        shortcut.stop()
    finally:
        service.terminate()
        service.wait(timeout=10)


def test_a_bus_without_the_portal_binds_nothing(
    private_bus: tuple[str, QDBusConnection], qtbot: QtBot
) -> None:
    address, _bus = private_bus
    shortcut = PortalShortcut("Ctrl+Shift+Space", "Quick entry", bus=address)
    with qtbot.waitSignal(shortcut.finished, timeout=30_000) as done:
        shortcut.start()
    assert done.args == [False]
    shortcut.stop()


def test_no_bus_at_all_binds_nothing(tmp_path: Path, qtbot: QtBot, qapp: Any) -> None:
    shortcut = PortalShortcut("Ctrl+Shift+Space", "Quick entry", bus=f"unix:path={tmp_path}/none")
    with qtbot.waitSignal(shortcut.finished, timeout=30_000) as done:
        shortcut.start()
    assert done.args == [False]


def test_qt_key_names_become_the_portal_s() -> None:
    assert portal_trigger("Ctrl+Shift+Space") == "CTRL+SHIFT+space"
    assert portal_trigger("Meta+Alt+K") == "LOGO+ALT+k"
