"""A stand-in for the desktop's GlobalShortcuts portal, on a private session bus.

Run as ``python portal_service.py LOG [REFUSED]``: owns
org.freedesktop.portal.Desktop, answers CreateSession and BindShortcuts the
way xdg-desktop-portal does (a Request handle, then its Response signal), logs
each call as a JSON line, and emits ``Activated`` for the bound sessions when a
test calls ``Press``. As the real portal does, a session ends when its client
leaves the bus (logged as ``SessionClosed``). REFUSED: comma-separated
triggers the "user" declines (Response code 1, as when the dialog is cancelled).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
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


def main(log: Path, refused: set[str]) -> None:
    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName(NAME))
    gone = MatchRule(type="signal", sender="org.freedesktop.DBus", member="NameOwnerChanged")
    conn.send_and_get_reply(message_bus.AddMatch(gone))
    sessions: list[str] = []
    owners: dict[str, str] = {}  # session -> its client's unique name

    def record(member: str, body: Any) -> None:
        with log.open("a") as out:
            out.write(json.dumps({"member": member, "body": _plain(body)}) + "\n")

    while True:
        msg = conn.receive()
        fields = msg.header.fields
        if msg.header.message_type == MessageType.signal:
            name, _old, new = msg.body if len(msg.body) == 3 else ("", "", "x")
            for session in [s for s in sessions if owners[s] == name and not new]:
                sessions.remove(session)
                record("SessionClosed", [session])
            continue
        if msg.header.message_type != MessageType.method_call:
            continue
        member, interface = fields[HeaderFields.member], fields.get(HeaderFields.interface)
        client = fields[HeaderFields.sender]
        sender = client.lstrip(":").replace(".", "_")
        record(member, msg.body)
        if member == "Get" and msg.body == (SHORTCUTS, "version"):
            conn.send(new_method_return(msg, "v", (("u", 1),)))
        elif interface == SHORTCUTS and member in ("CreateSession", "BindShortcuts"):
            options = msg.body[-1]
            request = f"{PATH}/request/{sender}/{options['handle_token'][1]}"
            conn.send(new_method_return(msg, "o", (request,)))
            results: dict[str, Any] = {}
            code = 0
            if member == "CreateSession":
                token = options["session_handle_token"][1]
                sessions.append(f"{PATH}/session/{sender}/{token}")
                owners[sessions[-1]] = client
                results["session_handle"] = ("o", sessions[-1])
            else:
                triggers = {s[1].get("preferred_trigger", ("s", ""))[1] for s in msg.body[1]}
                code = 1 if triggers & refused else 0
            response = DBusAddress(request, interface="org.freedesktop.portal.Request")
            conn.send(new_signal(response, "Response", "ua{sv}", (code, results)))
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
    main(Path(sys.argv[1]), set(filter(None, (sys.argv[2:3] or [""])[0].split(","))))
