"""What a reminder notification's buttons do, whichever notifier shows it.

Snooze (5 minutes, an hour, tomorrow at 09:00) stores when the reminder goes
off again; Done completes the to-do, or dismisses the event's reminder. Each
is one journaled action run off the GUI thread, so the notice's Undo (or
Edit > Undo) takes it back. Notices go to the platform notifier when there is
one; if it fails (at once, or later through its ``failed`` signal), to the
in-app popup from then on, never as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QLocale, QObject, QTime, Signal

from assistant.clock import Clock
from assistant.reminders import Reminder
from assistant.tools.registry import ToolResult
from assistant.tools.reminders import dismiss_reminder, snooze_reminder, snooze_until
from assistant.ui.context import AppContext
from assistant.ui.day_formats import short_day
from assistant.ui.people_text import said
from assistant.ui.reminders.notifier import DONE, SNOOZE_CHOICES, UNDO, Notice, ReminderNotifier
from assistant.ui.reminders.popup import PopupNotifier
from assistant.ui.tasks import run_write

log = logging.getLogger(__name__)


class ReminderActions(QObject):
    """Shows reminders through a notifier and carries out their buttons."""

    # (notice id, what happened): an action finished (its notice says so too)
    finished = Signal(str, str)
    # the notification itself was clicked: show the window
    open_requested = Signal()

    def __init__(
        self, ctx: AppContext, primary: ReminderNotifier | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.primary = primary
        self.popup: PopupNotifier | None = None
        if primary is not None:
            primary.acted.connect(self.act)
            primary.failed.connect(self._primary_failed)
        self._shown_by: dict[str, ReminderNotifier] = {}
        self._notices: dict[str, Notice] = {}
        self._reminders: dict[str, Reminder] = {}
        self._undo: dict[str, int] = {}  # notice id -> journal action its Undo takes back

    @property
    def notifier(self) -> ReminderNotifier:
        """What shows the next notice."""
        return self.primary or self._popup()

    def announce(self, title: str, body: str, reminder: Reminder | None = None) -> None:
        """Show a reminder with its buttons, or (without one) a plain notice.

        A reminder's notice is named by its origin, so a snoozed one going off
        again replaces what its last button said.
        """
        notice_id = reminder.origin if reminder is not None else f"note:{title}:{body}"
        if reminder is not None:
            self._reminders[notice_id] = reminder
        self._show(Notice(notice_id, title, body, actions=reminder is not None))

    def stop(self) -> None:
        for notifier in (self.primary, self.popup):
            if notifier is not None:
                notifier.stop()

    # -- buttons ---------------------------------------------------------------

    def act(self, notice_id: str, action: str) -> None:
        """Carry out ``action`` for the notice ``notice_id`` (unknown ones open the window)."""
        reminder = self._reminders.get(notice_id)
        if action == UNDO:
            self._take_back(notice_id)
            return
        if reminder is None or (action not in SNOOZE_CHOICES and action != DONE):
            self.open_requested.emit()  # "default": the notification's body was clicked
            return
        text, work = self._work(reminder, action)
        run_write(
            self.ctx.bus,
            work,
            lambda result: self._done(notice_id, result, text),
            lambda message: self._confirm(notice_id, message, can_undo=False),
        )

    def _work(self, reminder: Reminder, action: str) -> tuple[str, Callable[[], Any]]:
        """What pressing ``action`` says it did, and the store write that does it."""
        store, clock = self.ctx.store, self.ctx.clock()
        choice = SNOOZE_CHOICES.get(action)
        if choice is not None:
            until = snooze_until(choice, clock)
            text = self.tr("Snoozed until %1.").replace("%1", self._when(until, clock))
            return text, partial(snooze_reminder, store, reminder, until)
        if reminder.kind == "todo":
            arguments = {"todo_id": reminder.item_id}
            return self.tr("Done."), partial(self.ctx.call_tool, "complete_todo", arguments)
        return self.tr("Dismissed."), partial(dismiss_reminder, store, reminder)

    def _done(self, notice_id: str, result: Any, text: str) -> None:
        if isinstance(result, ToolResult) and not result.ok:
            message = said(result.text.removeprefix("Error: "), self.ctx.clock())
            self._confirm(notice_id, message, can_undo=False)
            return
        action_id = getattr(result, "action_id", None)
        if action_id is not None:
            self._undo[notice_id] = action_id
        self._confirm(notice_id, text, can_undo=action_id is not None)

    def _take_back(self, notice_id: str) -> None:
        action_id = self._undo.pop(notice_id, None)
        if action_id is None:
            return
        store = self.ctx.store

        def undone(_result: Any) -> None:
            self.finished.emit(notice_id, self.tr("Undone."))
            notice = self._notices.get(notice_id)
            if notice is not None:
                self._show(notice)  # the reminder is pending again, with its buttons

        run_write(
            self.ctx.bus,
            lambda: store.undo(action_id),
            undone,
            lambda message: self._confirm(notice_id, message, can_undo=False),
        )

    # -- showing -----------------------------------------------------------------

    def _show(self, notice: Notice) -> None:
        self._notices[notice.id] = notice
        if self.primary is not None:
            try:
                self.primary.show(notice)
                self._shown_by[notice.id] = self.primary
                return
            except Exception:  # D-Bus went away: the popup shows reminders from now on
                log.exception("the notification server failed; using the popup")
                self.primary = None
        popup = self._popup()
        popup.show(notice)
        self._shown_by[notice.id] = popup

    def _primary_failed(self, notice_id: str, reason: str) -> None:
        """The system did not show a notice after all (refused, or failed later):
        the popup shows it, and every notice from now on."""
        notifier = self.sender()
        if notifier is self.primary:
            log.warning("the system's notifications failed (%s); using the popup", reason)
            self.primary = None
        notice = self._notices.get(notice_id)
        if notice is not None and self._shown_by.get(notice_id) is notifier:
            self._show(notice)

    def _confirm(self, notice_id: str, text: str, *, can_undo: bool) -> None:
        notifier = self._shown_by.get(notice_id, self.notifier)
        try:
            notifier.confirm(notice_id, text, can_undo)
        except Exception:  # the answer is only a courtesy; Edit > Undo still works
            log.exception("could not show what the reminder's button did")
        self.finished.emit(notice_id, text)

    def _popup(self) -> PopupNotifier:
        if self.popup is None:
            self.popup = PopupNotifier(self)
            self.popup.acted.connect(self.act)
        return self.popup

    def _when(self, moment: datetime, clock: Clock) -> str:
        """ "10:05", or "tomorrow 09:00", or "Mon 30 Nov 09:00", in the user's zone."""
        local = moment.astimezone(clock.tz)
        locale = QLocale()
        time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        today = clock.now.astimezone(clock.tz).date()
        if local.date() == today:
            return time_text
        if local.date() == today + timedelta(days=1):
            return self.tr("tomorrow %1").replace("%1", time_text)
        day = locale.toString(QDate(local.year, local.month, local.day), short_day())
        return f"{day} {time_text}"
