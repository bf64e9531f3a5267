"""The core's words as the window shows them: no ids, dates in the user's locale.

The tools word their results for the model as well as for people: "'Dentist'
(id 12): Tue 2026-12-01 13:00-14:00 CET". The model needs the id and the
unambiguous ISO date; a person reads "Dentist: Tue 1 Dec 13:00–14:00". Every
place the window shows such text (action cards, message bars, the calendar's
banner, tool errors) passes it through :func:`for_people`; the logs, the
journal's records and the model's prompt keep the original.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from assistant.agent.act import plain
from assistant.clock import Clock
from assistant.dates import localize
from assistant.ui.day_formats import short_day

# format_when's shape: "Tue 2026-12-01", "Tue 2026-12-01 13:00 CET", and span_text's
# "Tue 2026-12-01 13:00-14:00 CET".
_WHEN = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<day>\d{4}-\d{2}-\d{2})"
    r"(?: (?P<start>\d{2}:\d{2})(?::\d{2})?(?:-(?P<end>\d{2}:\d{2}))?"
    r"(?: (?P<zone>[A-Z]{2,5}\b|[+-]\d{2}(?:\d{2})?\b))?)?"
)
# A raw ISO timestamp ("2026-12-01T13:00:00+01:00") or a bare ISO date.
_STAMP = re.compile(
    r"(?<![\w-])(?P<day>\d{4}-\d{2}-\d{2})T(?P<clock>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"(?P<offset>Z|[+-]\d{2}:\d{2})?(?![\w:])"
)
_DAY = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
# Ids the tools name for the model: "no to-do with id 3", "(#3)", "to-do #3".
_NO_SUCH = re.compile(r"There is no (?P<noun>to-do|note|event|action) with id \d+\.")
_FIND_ID = re.compile(r"\s*Use list_\w+ to find the right id\.")
_HASH = re.compile(r"\s*\(#\d+\)|\b(?P<noun>[Tt]o-do|[Nn]ote|[Ee]vent|Completed|Reopened) #\d+\b")


def for_people(text: str, tz: ZoneInfo, today: date) -> str:
    """``text`` without internal ids, its dates and times in the user's locale and zone."""
    text = _NO_SUCH.sub(lambda m: _no_such(m.group("noun")), text)
    text = _FIND_ID.sub("", text)
    text = _HASH.sub(lambda m: m.group("noun") or "", plain(text))
    text = _WHEN.sub(lambda m: _when(m, tz, today), text)
    text = _STAMP.sub(lambda m: _stamp(m, tz, today), text)
    return _DAY.sub(lambda m: day_text(date.fromisoformat(m.group()), today), text)


def said(text: str, clock: Clock) -> str:
    """:func:`for_people` at ``clock``'s zone and day."""
    return for_people(text, clock.tz, clock.now.date())


def day_text(day: date, today: date) -> str:
    """ "Tue 1 Dec" in the locale's words; the year only when it is not this one."""
    pattern = short_day(with_year=day.year != today.year)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def time_text(hour: int, minute: int) -> str:
    """A time of day in the locale's short form ("13:00", "1:00 PM")."""
    return QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)


def moment_text(value: datetime | date, tz: ZoneInfo, today: date) -> str:
    """A date, or a date-time in ``tz``, as people read it: "Tue 1 Dec 13:00"."""
    if not isinstance(value, datetime):
        return day_text(value, today)
    local = localize(value, tz) if value.tzinfo is None else value.astimezone(tz)
    return f"{day_text(local.date(), today)} {time_text(local.hour, local.minute)}"


def _no_such(noun: str) -> str:
    return {
        "to-do": QCoreApplication.translate("PeopleText", "That to-do no longer exists."),
        "note": QCoreApplication.translate("PeopleText", "That note no longer exists."),
        "event": QCoreApplication.translate("PeopleText", "That event no longer exists."),
    }.get(
        noun, QCoreApplication.translate("PeopleText", "That change is no longer in the history.")
    )


def _when(match: re.Match[str], tz: ZoneInfo, today: date) -> str:
    day = date.fromisoformat(match.group("day"))
    shown = day_text(day, today)
    start, end, zone = match.group("start"), match.group("end"), match.group("zone")
    if start is None:
        return shown
    hour, minute = (int(part) for part in start.split(":"))
    shown += " " + time_text(hour, minute)
    if end is not None:
        end_hour, end_minute = (int(part) for part in end.split(":"))
        shown += "–" + time_text(end_hour, end_minute)
    if zone and zone != localize(datetime.combine(day, time(hour, minute)), tz).tzname():
        shown += f" {zone}"  # another zone than the user's: worth saying
    return shown


def _stamp(match: re.Match[str], tz: ZoneInfo, today: date) -> str:
    text = f"{match.group('day')}T{match.group('clock')}"
    offset = match.group("offset")
    if offset:
        text += "+00:00" if offset == "Z" else offset
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return match.group()
    return moment_text(value, tz, today)
