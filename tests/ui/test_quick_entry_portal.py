"""The quick-entry shortcut through the GlobalShortcuts portal, on a real
private session bus: tests/ui/portal_service.py plays the portal. Without a
portal (or a bus) nothing is bound and nothing breaks. A shortcut saved in
Settings replaces the bound one at once; a refused one is said, not raised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from assistant import settings
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.quick_entry.controller import QuickEntry
from assistant.ui.quick_entry.portal import PortalShortcut, portal_trigger
from assistant.ui.settings_dialog import SettingsDialog
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


# -- a new shortcut from Settings, while the app runs ---------------------------------

Portal = Callable[..., Path]  # start the stand-in portal (refusing some triggers); its log


@pytest.fixture
def portal(
    private_bus: tuple[str, QDBusConnection],
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Portal]:
    """The stand-in portal on the private bus, which is the session bus for the app."""
    address, bus = private_bus
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    started: list[subprocess.Popen[bytes]] = []

    def start(refused: str = "") -> Path:
        log = tmp_path / "portal.jsonl"
        log.touch()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        script = str(HERE / "portal_service.py")
        started.append(subprocess.Popen([sys.executable, script, str(log), refused], env=env))
        qtbot.waitUntil(lambda: has_portal(bus), timeout=30_000)
        return log

    yield start
    for service in started:
        service.terminate()
        service.wait(timeout=10)


def calls(log: Path, member: str) -> list[list[Any]]:
    lines = (json.loads(line) for line in log.read_text().splitlines())
    return [c["body"] for c in lines if c["member"] == member]


def trigger(bind_call: list[Any]) -> str:
    _session, shortcuts, _parent, _options = bind_call
    return str(shortcuts[0][1]["preferred_trigger"][1])


@pytest.fixture
def bound(
    portal: Portal, app_ctx: AppContext, qtbot: QtBot
) -> Callable[[str], tuple[QuickEntry, MainWindow, Path]]:
    """The app's quick entry with the shortcut from Settings bound through the portal."""

    def bind(refused: str = "") -> tuple[QuickEntry, MainWindow, Path]:
        log = portal(refused)
        window = MainWindow(app_ctx)
        qtbot.addWidget(window)
        quick = QuickEntry(app_ctx, window)
        quick.bind_shortcut()
        qtbot.waitUntil(lambda: quick.bound_sequence == "Ctrl+Shift+Space", timeout=30_000)
        assert [trigger(c) for c in calls(log, "BindShortcuts")] == ["CTRL+SHIFT+space"]
        return quick, window, log

    return bind


def save_shortcut(app_ctx: AppContext, window: MainWindow, keys: str, qtbot: QtBot) -> None:
    dialog = SettingsDialog(app_ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shortcut.setText(keys)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip


def press(bus: QDBusConnection) -> None:
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "test.Portal",
        "Press",
    )  # fmt: skip
    assert bus.call(message).type() == QDBusMessage.MessageType.ReplyMessage


def test_a_shortcut_saved_in_settings_replaces_the_bound_one_at_once(
    bound: Callable[[str], tuple[QuickEntry, MainWindow, Path]],
    private_bus: tuple[str, QDBusConnection],
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    quick, window, log = bound("")
    first_session = calls(log, "BindShortcuts")[0][0]

    save_shortcut(app_ctx, window, "Meta+J", qtbot)
    assert settings.quick_entry_shortcut(app_ctx.base) == "Meta+J"
    # No restart: a second session asks for the new keys, and the old one is given back.
    qtbot.waitUntil(lambda: len(calls(log, "BindShortcuts")) == 2, timeout=30_000)
    assert trigger(calls(log, "BindShortcuts")[1]) == "LOGO+j"
    qtbot.waitUntil(lambda: calls(log, "SessionClosed") == [[first_session]], timeout=30_000)
    qtbot.waitUntil(lambda: quick.bound_sequence == "Meta+J", timeout=30_000)
    assert app_ctx.shortcut.problem == ""

    _address, bus = private_bus
    press(bus)
    qtbot.waitUntil(quick.window.isVisible, timeout=30_000)  # the new binding opens it
    quick.stop()


def test_clearing_the_shortcut_in_settings_gives_it_back(
    bound: Callable[[str], tuple[QuickEntry, MainWindow, Path]],
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    quick, window, log = bound("")
    first_session = calls(log, "BindShortcuts")[0][0]
    save_shortcut(app_ctx, window, "", qtbot)
    qtbot.waitUntil(lambda: calls(log, "SessionClosed") == [[first_session]], timeout=30_000)
    assert quick.portal is None and quick.bound_sequence is None
    assert len(calls(log, "BindShortcuts")) == 1
    quick.stop()


def test_a_refused_shortcut_is_said_in_the_status_bar_and_settings(
    bound: Callable[[str], tuple[QuickEntry, MainWindow, Path]],
    app_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    quick, window, log = bound("LOGO+x")
    with qtbot.waitSignal(app_ctx.shortcut.failed, timeout=30_000) as failed:
        save_shortcut(app_ctx, window, "Meta+X", qtbot)
    message = failed.args[0]
    assert "Meta+X could not be set" in message and "assistant --quick-add" in message
    assert "Traceback" not in message
    assert window.statusBar().currentMessage() == message
    assert [trigger(c) for c in calls(log, "BindShortcuts")] == ["CTRL+SHIFT+space", "LOGO+x"]
    assert quick.bound_sequence is None

    again = SettingsDialog(app_ctx, window)  # the next visit to Settings says it too
    qtbot.addWidget(again)
    again.show()
    again.tabs.setCurrentIndex(1)  # General
    assert again.shortcut.text() == "Meta+X"
    assert again.shortcut_note.isVisible() and again.shortcut_note.text() == message

    quick.open()  # the app still works: the tray and the command open the window
    assert quick.window.isVisible()
    quick.stop()
