"""Reminders as freedesktop notifications with buttons, over the session D-Bus.

``Notify`` carries the reminder and an actions list; the server answers
``ActionInvoked(id, action)`` when a button is pressed and
``NotificationClosed(id, reason)`` when the notification goes. Used only
where a session bus exists and the notification server offers "actions";
otherwise :func:`~assistant.ui.reminders.notifier.platform_notifier` returns
None and the in-app popup shows reminders.

Notify's ``replaces_id`` must be an unsigned 32-bit integer, which a plain
Python int is not marshalled as, so the call goes through the introspected
interface with typed arguments. Calls block for at most ``TIMEOUT_MS``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage

from assistant.ui.reminders.notifier import UNDO, Notice, ReminderNotifier

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "Assistant"
TIMEOUT_MS = 2_000
# -1: the server's default time; 0: until the user acts (reminders stay).
STAYS = 0
CONFIRM_MS = 10_000


class NotifyFailed(Exception):
    """The notification server refused or did not answer."""


class FreedesktopNotifier(ReminderNotifier):
    """Reminders in the desktop's notification centre, with Snooze and Done."""

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
        self.iface.setTimeout(TIMEOUT_MS)
        self._ids: dict[int, str] = {}  # server id -> notice id
        for name, slot in (
            ("ActionInvoked", "on_action_invoked(QDBusMessage)"),
            ("NotificationClosed", "on_closed(QDBusMessage)"),
        ):
            # PySide takes the SLOT() text its stubs do not describe.
            if not bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot)):  # type: ignore[call-overload]
                log.warning("cannot listen to %s; buttons may do nothing", name)

    @classmethod
    def create(
        cls, parent: QObject | None = None, bus: QDBusConnection | None = None
    ) -> FreedesktopNotifier | None:
        """A notifier on the session bus, or None without a bus or a server with actions."""
        bus = bus or QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        probe = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "GetCapabilities")
        reply = bus.call(probe, QDBus.CallMode.Block, TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("no notification server: %s", reply.errorMessage())
            return None
        if "actions" not in list(reply.arguments()[0]):
            log.info("the notification server offers no buttons; the popup shows reminders")
            return None
        notifier = cls(bus, parent)
        return notifier if notifier.iface.isValid() else None

    # -- showing -------------------------------------------------------------

    def show(self, notice: Notice) -> None:
        actions = [part for pair in self.button_labels() for part in pair] if notice.actions else []
        replaces = self._server_id(notice.id)  # the same reminder again: one notification
        self._post(notice.id, notice.title, notice.body, actions, STAYS, replaces=replaces)

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        title = text
        actions = [UNDO, self.tr("Undo")] if can_undo else []
        self._post(notice_id, title, "", actions, CONFIRM_MS, replaces=self._server_id(notice_id))

    def withdraw(self, notice_id: str) -> None:
        server_id = self._server_id(notice_id)
        if server_id:
            self._ids.pop(server_id, None)
            self._invoke("CloseNotification", None, Q_ARG("uint", server_id))

    def stop(self) -> None:
        for notice_id in list(self._ids.values()):
            self.withdraw(notice_id)

    def arguments(
        self, title: str, body: str, actions: list[str], timeout: int, replaces: int
    ) -> list[Any]:
        """Notify's arguments, in order (app, replaces_id, icon, summary, body, actions,
        hints, timeout)."""
        hints = {"category": "reminder", "urgency": 1, "desktop-entry": "assistant"}
        return [APP_NAME, replaces, "appointment-soon", title, body, actions, hints, timeout]

    def _post(
        self, notice_id: str, title: str, body: str, actions: list[str], timeout: int, replaces: int
    ) -> None:
        values = self.arguments(title, body, actions, timeout, replaces)
        types = (
            "QString",
            "uint",
            "QString",
            "QString",
            "QString",
            "QStringList",
            "QVariantMap",
            "int",
        )
        server_id = self._invoke(
            "Notify",
            Q_RETURN_ARG("uint"),
            *(Q_ARG(t, v) for t, v in zip(types, values, strict=True)),
        )
        if not isinstance(server_id, int) or server_id == 0:
            raise NotifyFailed(self.iface.lastError().message() or "no notification id")
        self._ids.pop(replaces, None)
        self._ids[server_id] = notice_id

    def _invoke(self, method: str, returns: Any, *arguments: Any) -> Any:
        direct = Qt.ConnectionType.DirectConnection
        if returns is None:
            return QMetaObject.invokeMethod(self.iface, method, direct, *arguments)
        return QMetaObject.invokeMethod(self.iface, method, direct, returns, *arguments)

    def _server_id(self, notice_id: str) -> int:
        return next((k for k, v in self._ids.items() if v == notice_id), 0)

    # -- answers from the server ----------------------------------------------

    @Slot(QDBusMessage)
    def on_action_invoked(self, message: QDBusMessage) -> None:
        """ActionInvoked(id, action): a button of one of ours was pressed."""
        args = message.arguments()
        if len(args) < 2:
            return
        notice_id = self._ids.get(int(args[0]))
        if notice_id is not None and str(args[1]):
            self.acted.emit(notice_id, str(args[1]))

    @Slot(QDBusMessage)
    def on_closed(self, message: QDBusMessage) -> None:
        """NotificationClosed(id, reason): forget it (the reminder stays as it is)."""
        args = message.arguments()
        if args:
            self._ids.pop(int(args[0]), None)


def create(parent: QObject | None = None) -> FreedesktopNotifier | None:
    """The notifier on the session bus, or None (what ``platform_notifier`` calls)."""
    return FreedesktopNotifier.create(parent)
