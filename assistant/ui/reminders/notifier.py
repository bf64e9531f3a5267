"""One interface for reminder notifications, whatever shows them.

A :class:`ReminderNotifier` shows a :class:`Notice` (a reminder with its four
buttons, or a plain summary) and reports a pressed button as
``acted(notice_id, action)``. After the action ran, :meth:`confirm` replaces
the notice with what happened and, when it can be undone, an Undo button.
A notice the system could not show after all is reported as
``failed(notice_id, reason)``, and the in-app popup takes over.

Back ends, chosen by :func:`platform_notifier` for the system it runs on:

- Linux and the BSDs: freedesktop notifications over D-Bus
  (:mod:`~assistant.ui.reminders.freedesktop`), built and tested against a
  notification server on a private bus.
- Windows: toasts through WinRT (:mod:`~assistant.ui.reminders.windows_toast`).
- macOS: UserNotifications through PyObjC (:mod:`~assistant.ui.reminders.macos`).

The Windows and macOS back ends have never run: the tests run on Linux, where
only their pure parts (the toast XML, the categories, the mapping of a
pressed button back to its notice and action, the fallbacks) are exercised.
Wherever the native API is missing, refuses or fails, the in-app popup
(:mod:`~assistant.ui.reminders.popup`) shows reminders instead.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

SNOOZE_5MIN = "snooze-5min"
SNOOZE_1H = "snooze-1h"
SNOOZE_TOMORROW = "snooze-tomorrow"
DONE = "done"
UNDO = "undo"
# Each snooze button's choice in assistant.tools.reminders.snooze_until.
SNOOZE_CHOICES: dict[str, Literal["5min", "1h", "tomorrow"]] = {
    SNOOZE_5MIN: "5min",
    SNOOZE_1H: "1h",
    SNOOZE_TOMORROW: "tomorrow",
}


@dataclass(frozen=True)
class Notice:
    """What one notification says. ``actions``: offer Snooze and Done."""

    id: str
    title: str
    body: str
    actions: bool = True


class ReminderNotifier(QObject):
    """Shows notices; says which button was pressed on which."""

    # (notice id, action: SNOOZE_5MIN, SNOOZE_1H, SNOOZE_TOMORROW, DONE or UNDO)
    acted = Signal(str, str)
    # (notice id, why): the system did not show that notice after all
    failed = Signal(str, str)
    # The same, said from a thread of the system's (WinRT, Grand Central Dispatch)
    _acted_elsewhere = Signal(str, str)
    _failed_elsewhere = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the signals above are emitted on the thread this object lives on (the GUI's).
        queued = Qt.ConnectionType.QueuedConnection
        self._acted_elsewhere.connect(self.acted, queued)
        self._failed_elsewhere.connect(self.failed, queued)

    def act_later(self, notice_id: str, action: str) -> None:
        """``acted(notice_id, action)`` on the GUI thread; safe to call from any thread."""
        self._acted_elsewhere.emit(notice_id, action)

    def fail_later(self, notice_id: str, reason: str) -> None:
        """``failed(notice_id, reason)`` on the GUI thread; safe to call from any thread."""
        self._failed_elsewhere.emit(notice_id, reason)

    def button_labels(self) -> list[tuple[str, str]]:
        """(action, label) of a reminder's buttons, in order."""
        return [
            (SNOOZE_5MIN, self.tr("Snooze 5 min")),
            (SNOOZE_1H, self.tr("Snooze 1 hour")),
            (SNOOZE_TOMORROW, self.tr("Tomorrow")),
            (DONE, self.tr("Done")),
        ]

    def show(self, notice: Notice) -> None:
        raise NotImplementedError

    def confirm(self, notice_id: str, text: str, can_undo: bool) -> None:
        """Replace the notice with ``text`` (what its button did), and Undo if ``can_undo``."""
        raise NotImplementedError

    def withdraw(self, notice_id: str) -> None:
        """Take the notice away (its item was handled elsewhere)."""
        raise NotImplementedError

    def stop(self) -> None:
        """Take every notice away; nothing is shown after this."""


def backend_module(platform: str) -> str | None:
    """The module of ``platform``'s notifier (a ``sys.platform`` value); None: the popup."""
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return "assistant.ui.reminders.freedesktop"
    if platform == "win32":
        return "assistant.ui.reminders.windows_toast"
    if platform == "darwin":
        return "assistant.ui.reminders.macos"
    return None


def platform_notifier(
    parent: QObject | None = None, platform: str = sys.platform
) -> ReminderNotifier | None:
    """This system's notification centre with actions, or None to use the in-app popup.

    Each back end module has a ``create(parent)`` that returns None where its
    API is missing or refuses (no bus, no server with buttons, no PyWinRT or
    PyObjC, an app id Windows does not know, an unbundled macOS process). A
    failure is logged, never raised.
    """
    name = backend_module(platform)
    if name is None:
        return None
    try:
        module = importlib.import_module(name)
        notifier: ReminderNotifier | None = module.create(parent)
        return notifier
    except Exception:  # a broken API must not stop the app: the popup shows reminders
        log.exception("the system's notifications are unavailable; using the popup")
        return None
