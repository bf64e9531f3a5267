"""The tray icon and reminder notifications.

Reminders are checked every half minute (and once at start): the window of
time since the last check is handed to :func:`due_reminders` on the store's
worker thread, and every reminder that fired in it is announced once through
``reminder_due(title, body)``. The announcement goes to the tray's
notification bubble where a tray exists, and otherwise to the window's status
bar, so a reminder is never lost on desktops without a tray.

Time comes from ``ctx.clock()`` (pinned in tests); :meth:`check` takes the
instant explicitly so tests can step time forward.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from assistant.clock import Clock
from assistant.reminders import Reminder, due_reminders
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.resources import app_icon
from assistant.ui.tasks import run_in_background

CHECK_INTERVAL_MS = 30_000
# After a long sleep only the last half day is looked at, not every missed reminder.
MAX_CATCH_UP = timedelta(hours=12)
# More reminders than this at once are announced as one summary.
MAX_SHOWN_AT_ONCE = 5
MESSAGE_MS = 15_000
FALLBACK_KEPT = 3


class TrayController(QObject):
    """Owns the tray icon, its menu and the reminder timer."""

    # (title, body) of a reminder that just fell due
    reminder_due = Signal(str, str)
    # a check finished (after its reminders were announced)
    checked = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._last_check: datetime | None = None
        self._announced: dict[str, datetime] = {}  # reminder key -> when it fired
        self._fallback: list[str] = []
        self.menu = self._build_menu()
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(self.tr("Assistant"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self.show_window)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self.reminder_due.connect(self._announce)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def start(self) -> None:
        """Show the icon and start checking reminders."""
        if self.icon is not None:
            self.icon.show()
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()
        if self.icon is not None:
            self.icon.hide()

    # -- menu ------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        self.toggle_action = QAction(self.tr("&Hide window"), menu)
        self.toggle_action.triggered.connect(self.toggle_window)
        self.new_todo_action = QAction(self.tr("New &to-do…"), menu)
        self.new_todo_action.triggered.connect(self._new_todo)
        self.quit_action = QAction(self.tr("&Quit"), menu)
        self.quit_action.triggered.connect(self.window.quit_requested.emit)
        menu.addAction(self.toggle_action)
        menu.addAction(self.new_todo_action)
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
        self.check(self.ctx.clock().now)

    def check(self, now: datetime) -> None:
        """Announce the reminders that fired since the last check, up to ``now``."""
        start = self._last_check or now
        start = max(start, now - MAX_CATCH_UP)
        self._last_check = max(now, self._last_check or now)
        if start >= now:
            self.checked.emit()
            return
        clock = Clock(now, self.ctx.clock().tz)
        store = self.ctx.store
        run_in_background(
            lambda: due_reminders(store, clock, start, now),
            lambda found: self._fired(found, clock),
            lambda _message: self.checked.emit(),  # logged; the next check tries again
            kind="store",
        )

    def _fired(self, found: list[Reminder], clock: Clock) -> None:
        fresh = [r for r in found if r.key not in self._announced]
        for reminder in fresh:
            self._announced[reminder.key] = reminder.fire_at
        # Forget keys long past, so a months-long session does not grow without bound.
        horizon = clock.now - 2 * MAX_CATCH_UP
        self._announced = {k: t for k, t in self._announced.items() if t >= horizon}
        for reminder in fresh[:MAX_SHOWN_AT_ONCE]:
            self.reminder_due.emit(reminder.title, self.describe(reminder, clock))
        if len(fresh) > MAX_SHOWN_AT_ONCE:
            more = len(fresh) - MAX_SHOWN_AT_ONCE
            self.reminder_due.emit(
                self.tr("More reminders"),
                self.tr("%n more reminder(s) fell due; see the calendar and to-dos.", "", more),
            )
        self.checked.emit()

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
        shown = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
        return self.tr("on %1").replace("%1", shown)

    def _announce(self, title: str, body: str) -> None:
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, body, app_icon(), MESSAGE_MS)
            return
        # No tray: keep the latest few in the status bar until the next ones.
        self._fallback = [*self._fallback, f"{title} — {body}"][-FALLBACK_KEPT:]
        self.window.statusBar().showMessage(
            self.tr("Reminder: %1").replace("%1", "; ".join(self._fallback))
        )
        QApplication.alert(self.window)
