"""A stand-in for the desktop's GlobalShortcuts portal, on a private session bus.

Run as ``python portal_service.py LOG``: owns org.freedesktop.portal.Desktop,
answers CreateSession and BindShortcuts the way xdg-desktop-portal does (a
Request handle, then its Response signal), logs each call as a JSON line, and
emits ``Activated`` for the bound session when a test calls ``Press``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
TEST_INTERFACE = "test.Portal"


def main(log: Path) -> None:
    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    sessions: list[str] = []
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        member, interface = fields[HeaderFields.member], fields.get(HeaderFields.interface)
        sender = fields[HeaderFields.sender].lstrip(":").replace(".", "_")
        with log.open("a") as out:
            out.write(json.dumps({"member": member, "body": _plain(msg.body)}) + "\n")
        if member == "Get" and msg.body == (SHORTCUTS, "version"):
            conn.send(new_method_return(msg, "v", (("u", 1),)))
        elif interface == SHORTCUTS and member in ("CreateSession", "BindShortcuts"):
            options = msg.body[-1]
            request = f"{PATH}/request/{sender}/{options['handle_token'][1]}"
            conn.send(new_method_return(msg, "o", (request,)))
            results: dict[str, Any] = {}
            if member == "CreateSession":
                token = options["session_handle_token"][1]
                sessions.append(f"{PATH}/session/{sender}/{token}")
                results["session_handle"] = ("o", sessions[-1])
            response = DBusAddress(request, interface="org.freedesktop.portal.Request")
            conn.send(new_signal(response, "Response", "ua{sv}", (0, results)))
        elif interface == TEST_INTERFACE and member == "Press":
            shortcuts = DBusAddress(PATH, interface=SHORTCUTS)
            for session in sessions:
                body = (session, "quick-entry", 0, {})
                conn.send(new_signal(shortcuts, "Activated", "osta{sv}", body))
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


if __name__ == "__main__":
    main(Path(sys.argv[1]))
