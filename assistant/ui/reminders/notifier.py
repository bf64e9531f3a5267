"""One interface for reminder notifications, whatever shows them.

A :class:`ReminderNotifier` shows a :class:`Notice` (a reminder with its four
buttons, or a plain summary) and reports a pressed button as
``acted(notice_id, action)``. After the action ran, :meth:`confirm` replaces
the notice with what happened and, when it can be undone, an Undo button.

Built and tested: freedesktop notifications over D-Bus (Linux desktops with a
notification server that offers actions) and the in-app popup (everywhere
else, and whenever D-Bus fails). Windows toasts and macOS UserNotifications
are not built: a back end for them subclasses :class:`ReminderNotifier` and is
returned by :func:`platform_notifier` for its system.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QObject, Signal

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


def platform_notifier(parent: QObject | None = None) -> ReminderNotifier | None:
    """This system's notification centre with actions, or None to use the in-app popup.

    Only freedesktop notifications exist so far; Windows toasts and macOS
    UserNotifications would be chosen here. A failure is logged, never raised.
    """
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    try:
        from assistant.ui.reminders.freedesktop import FreedesktopNotifier

        return FreedesktopNotifier.create(parent)
    except Exception:  # a broken bus must not stop the app: the popup shows reminders
        log.exception("freedesktop notifications are unavailable")
        return None
