"""A global shortcut through the desktop's GlobalShortcuts portal (Linux).

Where ``org.freedesktop.portal.GlobalShortcuts`` exists (recent GNOME and
KDE Plasma, also under Wayland), the app asks for one shortcut: the portal
lets the user confirm or change the keys, and sends ``Activated`` when they
are pressed. Where it does not, nothing happens and users bind
``assistant --quick-add`` in their desktop's keyboard settings instead.

QtDBus from Python cannot build BindShortcuts' ``a(sa{sv})`` argument, so
this talks D-Bus with jeepney (pure Python, already there as keyring's
dependency on Linux) on its own connection, in a daemon thread: the
connection owns the session, and each call waits at most ``TIMEOUT_S``.
"""

from __future__ import annotations

import logging
import secrets
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.portal.Desktop"
OBJECT_PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
SHORTCUT_ID = "quick-entry"
TIMEOUT_S = 5.0
# The portal asks the user, who may take a while to answer.
ANSWER_TIMEOUT_S = 300.0
POLL_S = 0.5


def portal_trigger(sequence: str) -> str:
    """Qt's "Ctrl+Shift+Space" in the XDG shortcut form, "CTRL+SHIFT+space"."""
    names = {"ctrl": "CTRL", "shift": "SHIFT", "alt": "ALT", "meta": "LOGO"}
    parts = [p.strip() for p in sequence.split("+") if p.strip()]
    *mods, key = parts or ["space"]
    return "+".join([*(names.get(m.lower(), m.upper()) for m in mods), key.lower()])


class PortalShortcut(QObject):
    """Binds the quick-entry shortcut through the portal; ``activated`` when pressed.

    ``bus``: a D-Bus address (tests use a private bus); default the session bus.
    ``finished(bound)`` says once whether a shortcut was bound.
    """

    activated = Signal()
    finished = Signal(bool)

    def __init__(self, sequence: str, description: str, bus: str = "SESSION") -> None:
        super().__init__()
        self.sequence = sequence
        self.description = description
        self.bus = bus
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._said = False

    def _finish(self, bound: bool) -> None:
        if not self._said:
            self._said = True
            self.finished.emit(bound)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="shortcut-portal", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Give the shortcut back: the connection closes, and the portal ends its
        session with it (a request still waiting for the user's answer ends when
        that answer comes)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2 * POLL_S)  # asking the user: left behind (daemon)

    def _run(self) -> None:
        try:
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            self._finish(False)
            return
        try:
            with open_dbus_connection(bus=self.bus) as conn:
                session = self._bind(conn)
                if session is None or self._stop.is_set():  # refused, or given back meanwhile
                    self._finish(False)
                else:
                    self._listen(conn, session)  # says finished(True) once listening
        except Exception:  # no bus, no portal, a refusal: the command still works
            log.info("no global shortcut through the portal", exc_info=True)
            self._finish(False)

    def _bind(self, conn: Any) -> str | None:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.wrappers import unwrap_msg

        portal = DBusAddress(OBJECT_PATH, BUS_NAME, INTERFACE)
        props = DBusAddress(OBJECT_PATH, BUS_NAME, "org.freedesktop.DBus.Properties")
        unwrap_msg(
            conn.send_and_get_reply(
                new_method_call(props, "Get", "ss", (INTERFACE, "version")), timeout=TIMEOUT_S
            )
        )  # raises where there is no such portal
        sender = conn.unique_name.lstrip(":").replace(".", "_")

        def ask(method: str, signature: str, body: tuple[Any, ...], token: str) -> Any:
            path = f"{OBJECT_PATH}/request/{sender}/{token}"
            rule = MatchRule(
                type="signal", interface=REQUEST_INTERFACE, member="Response", path=path
            )
            unwrap_msg(conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT_S))
            with conn.filter(rule) as queue:
                call = new_method_call(portal, method, signature, body)
                unwrap_msg(conn.send_and_get_reply(call, timeout=TIMEOUT_S))
                code, results = conn.recv_until_filtered(queue, timeout=ANSWER_TIMEOUT_S).body
            return results if code == 0 else None

        token = "assistant_" + secrets.token_hex(6)
        created = ask(
            "CreateSession",
            "a{sv}",
            ({"handle_token": ("s", token), "session_handle_token": ("s", token)},),
            token,
        )
        if created is None:
            return None
        session = str(created["session_handle"][1])
        shortcut = (
            SHORTCUT_ID,
            {
                "description": ("s", self.description),
                "preferred_trigger": ("s", portal_trigger(self.sequence)),
            },
        )
        bind_token = token + "_bind"
        bound = ask(
            "BindShortcuts",
            "oa(sa{sv})sa{sv}",
            (session, [shortcut], "", {"handle_token": ("s", bind_token)}),
            bind_token,
        )
        return session if bound is not None else None

    def _listen(self, conn: Any, session: str) -> None:
        from jeepney import MatchRule, message_bus
        from jeepney.wrappers import unwrap_msg

        rule = MatchRule(type="signal", interface=INTERFACE, member="Activated", path=OBJECT_PATH)
        unwrap_msg(conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT_S))
        with conn.filter(rule) as queue:
            self._finish(True)
            while not self._stop.is_set():
                try:
                    message = conn.recv_until_filtered(queue, timeout=POLL_S)
                except TimeoutError:
                    continue
                if tuple(message.body[:2]) == (session, SHORTCUT_ID):
                    self.activated.emit()
