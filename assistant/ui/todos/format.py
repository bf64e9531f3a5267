"""How due dates and reminders read in the to-do view: "Today 17:00", "Fri 4 Dec", "16:30"."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtGui import QColor, QPalette

from assistant.clock import Clock
from assistant.reminders import reminder_time
from assistant.todos.model import Todo
from assistant.ui.day_formats import short_day


def format_due(due: datetime | date | None, clock: Clock, *, relative: bool = True) -> str:
    """A due date in the user's locale; ``relative`` says "Today"/"Tomorrow" for near days."""
    if due is None:
        return ""
    local = due.astimezone(clock.tz) if isinstance(due, datetime) else None
    day = local.date() if local is not None else due
    today = clock.now.date()
    locale = QLocale()
    offset = (day - today).days
    names = {
        0: QCoreApplication.translate("TodoFormat", "Today"),
        1: QCoreApplication.translate("TodoFormat", "Tomorrow"),
        -1: QCoreApplication.translate("TodoFormat", "Yesterday"),
    }
    if relative and offset in names:
        text = names[offset]
    else:
        fmt = short_day(with_year=day.year != today.year)
        text = locale.toString(QDate(day.year, day.month, day.day), fmt)
    if local is not None:
        short = locale.timeFormat(QLocale.FormatType.ShortFormat)
        text += " " + locale.toString(QTime(local.hour, local.minute), short)
    return text


def format_reminder(todo: Todo, clock: Clock) -> str:
    """When the to-do's reminder goes off: "16:30" on the due day, else "Thu 3 Dec 09:00";
    "" without a reminder, and a plain warning when there is no due date to count from."""
    if todo.reminder_minutes is None:
        return ""
    if todo.due is None:
        return QCoreApplication.translate("TodoFormat", "no due date")
    fire = reminder_time(todo.due, todo.reminder_minutes, clock.tz)
    due_day = todo.due.astimezone(clock.tz).date() if isinstance(todo.due, datetime) else todo.due
    if fire.date() == due_day:
        locale = QLocale()
        short = locale.timeFormat(QLocale.FormatType.ShortFormat)
        return locale.toString(QTime(fire.hour, fire.minute), short)
    return format_due(fire, clock)


def alert_color(palette: QPalette) -> QColor:
    """A red that reads well on the palette's base colour, light or dark."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(255, 120, 110) if dark else QColor(190, 30, 30)
