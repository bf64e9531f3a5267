"""Reminders as freedesktop notifications, against a real private session bus.

A private ``dbus-daemon`` runs per test, and tests/ui/notification_service.py
(a separate process) plays the desktop's notification server: it logs each
Notify call and emits ActionInvoked when the test "presses" a button.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from assistant.reminders import Reminder, due_reminders
from assistant.ui.context import AppContext
from assistant.ui.reminders.actions import ReminderActions
from assistant.ui.reminders.freedesktop import INTERFACE, PATH, SERVICE, FreedesktopNotifier
from assistant.ui.reminders.notifier import DONE, SNOOZE_5MIN, UNDO
from tests.ui.dbus_helpers import private_bus as private_bus  # the fixture

HERE = Path(__file__).parent


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    log: Path
    bus: QDBusConnection

    def calls(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def press(self, number: int, action: str) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "Press")
        message.setArguments([number, action])
        reply = self.bus.call(message)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()


def has_owner(bus: QDBusConnection) -> bool:
    message = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
    )
    message.setArguments([SERVICE])
    reply = bus.call(message)
    return bool(reply.arguments() and reply.arguments()[0])


@pytest.fixture
def server(
    private_bus: tuple[str, QDBusConnection], tmp_path: Path, qtbot: QtBot
) -> Iterator[Server]:
    address, bus = private_bus
    log = tmp_path / "notifications.jsonl"
    log.touch()
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
    script = str(HERE / "notification_service.py")
    process = subprocess.Popen([sys.executable, script, str(log)], env=env)
    try:
        qtbot.waitUntil(lambda: has_owner(bus), timeout=30_000)
        yield Server(process, log, bus)
    finally:
        process.terminate()
        process.wait(timeout=10)


def fired(ctx: AppContext, title: str) -> Reminder:
    clock = ctx.clock()
    found = due_reminders(
        ctx.store, clock, clock.now - timedelta(hours=1), clock.now + timedelta(minutes=1)
    )
    return next(r for r in found if r.title == title)


def add(ctx: AppContext, tool: str, **arguments: object) -> None:
    result = ctx.call_tool(tool, dict(arguments))
    assert result.ok, result.text


def test_a_reminder_is_a_notification_whose_buttons_snooze_and_undo(
    server: Server, app_ctx: AppContext, qtbot: QtBot
) -> None:
    notifier = FreedesktopNotifier.create(bus=server.bus)
    assert notifier is not None
    actions = ReminderActions(app_ctx, notifier)
    add(app_ctx, "add_event", title="Dentist", start="today 10:15", reminder_minutes=30)
    actions.announce("Dentist", "Starts today at 10:15", fired(app_ctx, "Dentist"))

    [shown] = server.calls()
    assert shown["replaces"] == 0 and shown["summary"] == "Dentist"
    assert shown["actions"] == [
        SNOOZE_5MIN, "Snooze 5 min", "snooze-1h", "Snooze 1 hour",
        "snooze-tomorrow", "Tomorrow", DONE, "Done",
    ]  # fmt: skip
    assert shown["timeout"] == 0  # stays until acted on

    with qtbot.waitSignal(actions.finished, timeout=10_000) as done:
        server.press(shown["id"], SNOOZE_5MIN)
    assert done.args[1] == "Snoozed until 10:05."
    rows = app_ctx.store.query("SELECT until FROM reminder_snoozes")
    assert rows == [{"until": "2026-11-27T09:05:00+00:00"}]
    confirm = server.calls()[-1]
    assert confirm["replaces"] == shown["id"] and confirm["actions"] == [UNDO, "Undo"]

    with qtbot.waitSignal(actions.finished, timeout=10_000):
        server.press(shown["id"], UNDO)
    assert app_ctx.store.query("SELECT * FROM reminder_snoozes") == []
    qtbot.waitUntil(lambda: server.calls()[-1]["actions"][:1] == [SNOOZE_5MIN])  # shown again


def test_done_from_the_notification_completes_the_todo(
    server: Server, app_ctx: AppContext, qtbot: QtBot
) -> None:
    notifier = FreedesktopNotifier.create(bus=server.bus)
    assert notifier is not None
    actions = ReminderActions(app_ctx, notifier)
    add(app_ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30)
    actions.announce("Call Ana", "To-do due today at 10:30", fired(app_ctx, "Call Ana"))
    number = server.calls()[-1]["id"]
    server.press(number + 100, DONE)  # not ours: nothing happens
    with qtbot.waitSignal(actions.finished, timeout=10_000):
        server.press(number, DONE)
    assert app_ctx.store.query("SELECT done FROM todos") == [{"done": 1}]


def test_without_a_server_or_when_it_goes_the_popup_shows_reminders(
    server: Server, app_ctx: AppContext, qtbot: QtBot
) -> None:
    notifier = FreedesktopNotifier.create(bus=server.bus)
    assert notifier is not None
    actions = ReminderActions(app_ctx, notifier)
    server.process.terminate()
    server.process.wait(timeout=10)
    qtbot.waitUntil(lambda: not has_owner(server.bus))
    assert FreedesktopNotifier.create(bus=server.bus) is None  # a bus, but no server

    add(app_ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30)
    reminder = fired(app_ctx, "Call Ana")
    actions.announce("Call Ana", "To-do due today at 10:30", reminder)  # no traceback
    assert actions.primary is None and actions.popup is not None
    card = actions.popup.card(reminder.key)
    assert card is not None and card.button(DONE) is not None
    actions.stop()
