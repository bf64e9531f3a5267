"""A change to an item in words, field by field: "Starts: Wed 2 Dec 10:00 → Thu 3 Dec 10:00".

The core says what each changed field was and is (:class:`FieldChange`, values
as dates, times, text); this module words them in the user's locale for the
action card, so a field the user never asked to change is there to see.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from assistant.operation import FieldChange, Value
from assistant.ui.day_formats import short_day

# Longer text (a description, a note's body) is shown up to this many characters.
SHOWN_CHARS = 60
NOTHING = "—"
ARROW = "→"


def _labels() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("Edits", "Title"),
        "start": QCoreApplication.translate("Edits", "Starts"),
        "end": QCoreApplication.translate("Edits", "Ends"),
        "when": QCoreApplication.translate("Edits", "When"),
        "location": QCoreApplication.translate("Edits", "Location"),
        "description": QCoreApplication.translate("Edits", "Description"),
        "repeat": QCoreApplication.translate("Edits", "Repeats"),
        "reminder_minutes": QCoreApplication.translate("Edits", "Reminder"),
        "due": QCoreApplication.translate("Edits", "Due"),
        "priority": QCoreApplication.translate("Edits", "Priority"),
        "done": QCoreApplication.translate("Edits", "Done"),
        "tags": QCoreApplication.translate("Edits", "Tags"),
        "notes": QCoreApplication.translate("Edits", "Notes"),
        "body": QCoreApplication.translate("Edits", "Text"),
    }


def edit_lines(edits: Sequence[FieldChange], today: date) -> list[str]:
    """One line per changed field, "Label: before → after"; a move that keeps the
    length is one "When" line rather than a start and an end line."""
    changes = list(edits)
    by_name = {e.name: e for e in changes}
    start, end = by_name.get("start"), by_name.get("end")
    if start is not None and end is not None and _keeps_length(start, end):
        changes.remove(end)
        changes[changes.index(start)] = FieldChange("when", start.before, start.after)
    labels = _labels()
    lines = []
    for change in changes:
        label = labels.get(change.name, change.name.replace("_", " ").capitalize())
        before = shown_value(change.name, change.before, today)
        after = shown_value(change.name, change.after, today)
        lines.append(f"{label}: {before} {ARROW} {after}")
    return lines


def _keeps_length(start: FieldChange, end: FieldChange) -> bool:
    values = (start.before, start.after, end.before, end.after)
    if not all(isinstance(v, date) for v in values):
        return False
    old_start, new_start, old_end, new_end = values
    try:
        return old_end - old_start == new_end - new_start  # type: ignore[operator]
    except TypeError:  # a date beside a date-time: the kind changed
        return False


def shown_value(name: str, value: Value, today: date) -> str:
    """One value as a person reads it; "—" for none."""
    if value is None or value == "" or value == ():
        return NOTHING
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Edits", "Yes")
            if value
            else QCoreApplication.translate("Edits", "No")
        )
    if isinstance(value, datetime):
        return f"{_day(value.date(), today)} {_time(value)}"
    if isinstance(value, date):
        return _day(value, today)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, int):
        return _minutes_before(value) if name == "reminder_minutes" else str(value)
    if name == "priority":
        return {
            "low": QCoreApplication.translate("Edits", "Low"),
            "normal": QCoreApplication.translate("Edits", "Normal"),
            "high": QCoreApplication.translate("Edits", "High"),
        }.get(value, value)
    return _short(value)


def _day(day: date, today: date) -> str:
    pattern = short_day(with_year=day.year != today.year)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _time(moment: datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def _minutes_before(minutes: int) -> str:
    if minutes == 0:
        return QCoreApplication.translate("Edits", "at the start")
    if minutes % 1440 == 0:
        amount, unit = minutes // 1440, QCoreApplication.translate("Edits", "d")
    elif minutes % 60 == 0:
        amount, unit = minutes // 60, QCoreApplication.translate("Edits", "h")
    else:
        amount, unit = minutes, QCoreApplication.translate("Edits", "min")
    return (
        QCoreApplication.translate("Edits", "%1 %2 before")
        .replace("%1", str(amount))
        .replace("%2", unit)
    )


def _short(text: str) -> str:
    """Text on one line, cut with "…" past SHOWN_CHARS."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARS else line[: SHOWN_CHARS - 1].rstrip() + "…"
