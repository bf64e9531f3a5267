"""Reminders as Windows toasts with Snooze and Done, through WinRT (PyWinRT).

Not yet run on Windows: the calls into WinRT below follow PyWinRT 4's
published type stubs (``winrt-Windows.UI.Notifications``,
``winrt-Windows.Data.Xml.Dom``) but have never run, since this project's
tests run on Linux. What the tests do run is everything that needs no
Windows: the toast XML (:func:`toast_xml`), the argument each button carries
and its way back to (notice id, action) (:func:`button_argument`,
:func:`parse_argument`), the Start-menu shortcut check, the hand-over of an
activation from a WinRT thread to ``acted`` on the GUI thread, and the
fallback to the in-app popup where PyWinRT is missing.

A toast with buttons only reaches ``Activated`` when Windows knows the app's
AppUserModelID: the installer gives the Start-menu shortcut that id and
registers it (packaging/windows/assistant.iss), and the frozen app takes it
as its own (packaging/pyinstaller/rthooks). Where neither the registration
nor the shortcut exists (a source checkout), :func:`create` returns None and
the popup shows reminders: Windows would drop the toasts without a word.
``Activated`` comes on a WinRT thread; :meth:`ReminderNotifier.act_later`
queues it to the GUI thread. A toast only works while the app runs (no COM
activator is registered), which is when reminders go off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from PySide6.QtCore import QObject

from assistant.ui.reminders.notifier import UNDO, Notice, ReminderNotifier

log = logging.getLogger(__name__)

# The installer's AppUserModelID (packaging/windows/assistant.iss), also the
# AppStream and macOS bundle id.
APP_ID = "io.github.localassistant.Assistant"
SHORTCUT_NAME = "Assistant.lnk"
REGISTRY_KEY = rf"Software\Classes\AppUserModelId\{APP_ID}"
GROUP = "reminders"
# The body of the toast (not a button) was clicked: show the window.
OPEN = "default"
CONFIRM_S = 10


class ToastFailed(Exception):
    """Windows refused the toast."""


def button_argument(notice_id: str, action: str) -> str:
    """What a button (or the toast's body) hands back when pressed."""
    return urlencode({"notice": notice_id, "action": action})


def parse_argument(argument: str) -> tuple[str, str] | None:
    """(notice id, action) from a pressed button's argument; None for anything else."""
    fields = parse_qs(argument, keep_blank_values=True)
    notice, action = fields.get("notice"), fields.get("action")
    if not notice or not action or not notice[0] or not action[0]:
        return None
    return notice[0], action[0]


def toast_tag(notice_id: str) -> str:
    """The toast's tag: the same notice replaces its toast. Windows takes at most
    64 characters (16 before Windows 10 1703), so a digest of the id."""
    return hashlib.sha256(notice_id.encode()).hexdigest()[:16]


def toast_xml(
    notice_id: str, title: str, body: str, buttons: list[tuple[str, str]], *, reminder: bool
) -> str:
    """The toast's XML: title, body, and one action per (action, label) button.

    ``reminder``: the "reminder" scenario, which stays on screen until a
    button is pressed (Windows wants at least one button for it).
    """
    toast = ET.Element("toast", launch=button_argument(notice_id, OPEN))
    if reminder and buttons:
        toast.set("scenario", "reminder")
    binding = ET.SubElement(ET.SubElement(toast, "visual"), "binding", template="ToastGeneric")
    ET.SubElement(binding, "text").text = title
    if body:
        ET.SubElement(binding, "text").text = body
    if buttons:
        actions = ET.SubElement(toast, "actions")
        for action, label in buttons:
            ET.SubElement(
                actions,
                "action",
                content=label.replace("&", ""),
                arguments=button_argument(notice_id, action),
                # Desktop apps get background activations as Activated too;
                # "background" keeps Windows from bringing a window forward.
                activationType="background",
            )
    return ET.tostring(toast, encoding="unicode")


def start_menu_shortcuts(environ: Mapping[str, str]) -> list[Path]:
    """Where the installer puts the Start-menu shortcut that carries the app id
    (per user, or for all users when installed with administrator rights)."""
    programs = Path("Microsoft", "Windows", "Start Menu", "Programs", SHORTCUT_NAME)
    return [Path(environ[k]) / programs for k in ("APPDATA", "PROGRAMDATA") if environ.get(k)]


def app_id_known() -> bool:
    """Whether Windows knows the app id: the installer's registry key or shortcut."""
    if sys.platform != "win32":
        return False
    import winreg

    for root in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        try:
            winreg.CloseKey(winreg.OpenKey(root, REGISTRY_KEY))
            return True
        except OSError:
            continue
    return any(path.is_file() for path in start_menu_shortcuts(os.environ))


class WindowsToastNotifier(ReminderNotifier):
    """Reminders in Windows' notification centre, with Snooze and Done."""

    def __init__(self, notifier: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier  # a winrt ToastNotifier for APP_ID
        self._toasts: dict[str, Any] = {}  # notice id -> its ToastNotification

    @classmethod
    def create(cls, parent: QObject | None = None) -> WindowsToastNotifier | None:
        """A notifier for the app's id, or None where toasts cannot reach us."""
        try:
            from winrt.windows.ui.notifications import NotificationSetting, ToastNotificationManager
        except ImportError:
            log.info("PyWinRT is not installed; the popup shows reminders")
            return None
        if not app_id_known():
            log.info("Windows does not know the app id %s (no installed shortcut)", APP_ID)
            return None
        notifier = ToastNotificationManager.create_toast_notifier(APP_ID)
        if notifier.setting != NotificationSetting.ENABLED:
            log.info("notifications are turned off for the app: %s", notifier.setting)
            return None
        return cls(notifier, parent)

    def show(self, notice: Notice) -> None:
        buttons = self.button_labels() if notice.actions else []
        xml = toast_xml(notice.id, notice.title, notice.body, buttons, reminder=True)
        self._post(notice.id, xml, expires=None)

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        buttons = [(UNDO, self.tr("Undo"))] if can_undo else []
        xml = toast_xml(notice_id, text, "", buttons, reminder=False)
        self._post(notice_id, xml, expires=datetime.now(UTC) + timedelta(seconds=CONFIRM_S))

    def withdraw(self, notice_id: str) -> None:
        toast = self._toasts.pop(notice_id, None)
        if toast is not None:
            self.notifier.hide(toast)

    def stop(self) -> None:
        for notice_id in list(self._toasts):
            self.withdraw(notice_id)

    def _post(self, notice_id: str, xml: str, expires: datetime | None) -> None:
        from winrt.windows.data.xml.dom import XmlDocument
        from winrt.windows.ui.notifications import ToastNotification

        document = XmlDocument()
        document.load_xml(xml)
        toast = ToastNotification(document)
        toast.tag = toast_tag(notice_id)  # replaces this notice's last toast
        toast.group = GROUP
        if expires is not None:
            toast.expiration_time = expires
        toast.add_activated(self._activated)
        toast.add_failed(lambda _toast, args: self.fail_later(notice_id, str(args.error_code)))
        try:
            self.notifier.show(toast)
        except OSError as exc:  # PyWinRT raises HRESULT failures as OSError
            raise ToastFailed(str(exc)) from exc
        self._toasts[notice_id] = toast

    def _activated(self, _toast: Any, args: Any) -> None:
        """Activated, on a WinRT thread: a button or the body was pressed."""
        from winrt.windows.ui.notifications import ToastActivatedEventArgs

        self.activated(args.as_(ToastActivatedEventArgs).arguments)

    def activated(self, argument: str) -> None:
        """A toast's ``argument`` came back (any thread): ``acted`` on the GUI thread."""
        parsed = parse_argument(argument)
        if parsed is not None:
            self.act_later(*parsed)


def create(parent: QObject | None = None) -> WindowsToastNotifier | None:
    """What ``platform_notifier`` calls on Windows."""
    return WindowsToastNotifier.create(parent)
