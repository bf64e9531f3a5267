"""The tray icon and reminder notifications.

A :class:`~assistant.ui.reminders.scheduler.ReminderScheduler` says when
reminders fall due (a single-shot timer armed for the next one), and each is
announced once through ``reminder_due(title, body)``. The announcement goes
to :class:`~assistant.ui.reminders.actions.ReminderActions`: a freedesktop
notification with Snooze and Done where the desktop offers one, else the
in-app popup with the same buttons; the window's status bar also keeps the
latest few when there is no tray, so a reminder is never lost.

Time comes from ``ctx.clock()`` (pinned in tests); :meth:`check` takes the
instant explicitly so tests can step time forward.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from assistant.clock import Clock
from assistant.reminders import Reminder
from assistant.ui.context import AppContext
from assistant.ui.day_formats import short_day
from assistant.ui.main_window import MainWindow
from assistant.ui.reminders.actions import ReminderActions
from assistant.ui.reminders.notifier import ReminderNotifier, platform_notifier
from assistant.ui.reminders.scheduler import ReminderScheduler
from assistant.ui.resources import app_icon

# More reminders than this at once are announced as one summary.
MAX_SHOWN_AT_ONCE = 5
FALLBACK_KEPT = 3


class TrayController(QObject):
    """Owns the tray icon, its menu and the reminders' scheduler and notifications.

    ``notifier``: what shows reminders with buttons; by default this system's
    (freedesktop notifications), and the in-app popup without one.
    """

    # (title, body) of a reminder that just fell due
    reminder_due = Signal(str, str)
    # a check finished (after its reminders were announced)
    checked = Signal()
    # "Quick entry…" was chosen
    quick_entry_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        window: MainWindow,
        notifier: ReminderNotifier | None = None,
        *,
        system_notifications: bool = True,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._fallback: list[str] = []
        self.menu = self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(self.tr("Assistant"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self.show_window)
        if notifier is None and system_notifications:
            notifier = platform_notifier(self)
        self.actions = ReminderActions(ctx, notifier, self)
        self.actions.open_requested.connect(self.show_window)
        self.scheduler = ReminderScheduler(ctx, self)
        self.scheduler.fired.connect(self._fired)
        self.scheduler.checked.connect(self.checked)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def start(self) -> None:
        """Show the icon and start checking reminders."""
        if self.icon is not None:
            self.icon.show()
        self.scheduler.start()

    def stop(self) -> None:
        self.scheduler.stop()
        self.actions.stop()
        if self.icon is not None:
            self.icon.hide()

    # -- menu ------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        self.toggle_action = QAction(self.tr("&Hide window"), menu)
        self.toggle_action.triggered.connect(self.toggle_window)
        self.new_todo_action = QAction(self.tr("New &to-do…"), menu)
        self.new_todo_action.triggered.connect(self._new_todo)
        self.quick_entry_action = QAction(self.tr("&Quick entry…"), menu)
        self.quick_entry_action.triggered.connect(self.quick_entry_requested)
        self.quit_action = QAction(self.tr("&Quit"), menu)
        self.quit_action.triggered.connect(self.window.quit_requested.emit)
        menu.addAction(self.toggle_action)
        menu.addAction(self.new_todo_action)
        menu.addAction(self.quick_entry_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu.aboutToShow.connect(self._update_toggle_text)
        return menu

    def _update_toggle_text(self) -> None:
        visible = self.window.isVisible() and not self.window.isMinimized()
        self.toggle_action.setText(self.tr("&Hide window") if visible else self.tr("&Show window"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.toggle_window()

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.show_window()

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def _new_todo(self) -> None:
        self.show_window()
        self.window.new_todo()

    # -- reminders ---------------------------------------------------------

    def check_now(self) -> None:
        self.scheduler.check_now()

    def check(self, now: datetime) -> None:
        """Announce the reminders that fired since the last check, up to ``now``."""
        self.scheduler.check(now)

    def _fired(self, fresh: list[Reminder], clock: Clock) -> None:
        for reminder in fresh[:MAX_SHOWN_AT_ONCE]:
            body = self.describe(reminder, clock)
            self.reminder_due.emit(reminder.title, body)
            self.actions.announce(reminder.title, body, reminder)
            self._keep_in_window(reminder.title, body)
        if len(fresh) > MAX_SHOWN_AT_ONCE:
            more = len(fresh) - MAX_SHOWN_AT_ONCE
            title = self.tr("More reminders")
            body = self.tr("%n more reminder(s) fell due; see the calendar and to-dos.", "", more)
            self.reminder_due.emit(title, body)
            self.actions.announce(title, body)
            self._keep_in_window(title, body)

    def describe(self, reminder: Reminder, clock: Clock) -> str:
        """ "Starts at 10:15", "Due tomorrow at 09:00", "All day on 24/12/2026"…"""
        locale = QLocale()
        due = reminder.due
        if isinstance(due, datetime):
            local = due.astimezone(clock.tz)
            when = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            day = local.date()
        else:
            when, day = "", due
        text = self._day_phrase(day, clock.now.date(), locale)
        if reminder.kind == "event":
            if not when:
                return self.tr("All day %1").replace("%1", text)
            return self.tr("Starts %1 at %2").replace("%1", text).replace("%2", when)
        if not when:
            return self.tr("To-do due %1").replace("%1", text)
        return self.tr("To-do due %1 at %2").replace("%1", text).replace("%2", when)

    def _day_phrase(self, day: date, today: date, locale: QLocale) -> str:
        if day == today:
            return self.tr("today")
        if day == today + timedelta(days=1):
            return self.tr("tomorrow")
        shown = locale.toString(QDate(day.year, day.month, day.day), short_day())
        return self.tr("on %1").replace("%1", shown)

    def _keep_in_window(self, title: str, body: str) -> None:
        if self.icon is not None:
            return
        # No tray: keep the latest few in the status bar until the next ones.
        self._fallback = [*self._fallback, f"{title} — {body}"][-FALLBACK_KEPT:]
        self.window.statusBar().showMessage(
            self.tr("Reminder: %1").replace("%1", "; ".join(self._fallback))
        )
        QApplication.alert(self.window)
