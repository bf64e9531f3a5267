"""A tiny freedesktop notification server for tests, run as its own process.

    python notification_service.py LOG_FILE  (with DBUS_SESSION_BUS_ADDRESS set)

It owns org.freedesktop.Notifications on that bus, offers "actions", writes
each Notify and CloseNotification call to LOG_FILE as a JSON line, and has
one method a real server lacks: ``Press(id, action)``, which emits
ActionInvoked(id, action) as if the user pressed that button.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

LOG = sys.argv[1]


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Server(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self) -> None:
        super().__init__()
        self.last = 0

    def _log(self, entry: dict[str, Any]) -> None:
        with open(LOG, "a", encoding="utf-8") as out:
            out.write(json.dumps(entry) + "\n")

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body", "persistence"]

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(
        self,
        app: str,
        replaces: int,
        icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        timeout: int,
    ) -> int:
        if replaces == 0:
            self.last += 1
        number = replaces or self.last
        self._log(
            {
                "call": "Notify",
                "id": number,
                "replaces": replaces,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "timeout": timeout,
            }
        )
        return number

    @Slot("uint")
    def CloseNotification(self, number: int) -> None:
        self._log({"call": "CloseNotification", "id": number})
        self.NotificationClosed.emit(number, 3)

    @Slot(int, str)
    def Press(self, number: int, action: str) -> None:
        self.ActionInvoked.emit(number, action)


def main() -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    server = Server()
    options = (
        QDBusConnection.RegisterOption.ExportAllSlots
        | QDBusConnection.RegisterOption.ExportAllSignals
    )
    if not bus.registerObject("/org/freedesktop/Notifications", server, options):
        return 1
    if not bus.registerService("org.freedesktop.Notifications"):
        return 2
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
