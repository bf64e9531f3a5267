"""Wall-clock and elapsed-time arithmetic in an IANA zone.

Python compares and adds aware datetimes that share a tzinfo by their wall
clock, ignoring ``fold`` and DST. Everything here that means real time goes
through UTC instead, and wall-clock results go through :func:`localize`.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.dates.words import MONTH_NAMES, ordinal
from assistant.errors import DateError


def localize(naive: datetime, tz: ZoneInfo) -> datetime:
    """Attach ``tz`` to a wall-clock time, following RFC 5545 section 3.3.5.

    An ambiguous time (the repeated hour when clocks fall back) is the first
    occurrence. A time that does not exist (skipped when clocks spring forward)
    is read with the UTC offset from before the gap, so 02:30 on the day Berlin
    springs forward becomes 03:30 CEST.
    """
    if naive.tzinfo is not None:
        raise ValueError("localize() takes a naive datetime")
    # PEP 495: fold=0 selects the earlier offset for both cases; the round trip
    # through UTC turns a time inside a gap into the real time it stands for.
    return naive.replace(tzinfo=tz, fold=0).astimezone(UTC).astimezone(tz)


def at_wall_time(day: date, clock_time: time, tz: ZoneInfo) -> datetime:
    return localize(datetime.combine(day, clock_time), tz)


def start_of_day(day: date, tz: ZoneInfo) -> datetime:
    return at_wall_time(day, time(0), tz)


def add_elapsed(moment: datetime, delta: timedelta, tz: ZoneInfo) -> datetime:
    """``moment + delta`` in real time: "in 48 hours" is 48 hours, DST or not."""
    return (moment.astimezone(UTC) + delta).astimezone(tz)


def is_after(a: datetime, b: datetime) -> bool:
    """``a > b`` as instants (a plain ``>`` ignores fold within one zone)."""
    return a.astimezone(UTC) > b.astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """Calendar months later; a day the target month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise DateError("That date is too far in the past or the future.")
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week (weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def make_date(year: int, month: int, day: int) -> date:
    """A date, or a DateError that says which part does not exist."""
    name = MONTH_NAMES[month - 1]
    if not 1 <= day <= 31:
        raise DateError(f"There is no {ordinal(day)} of {name}.")
    if day > calendar.monthrange(2000, month)[1]:  # 2000 is a leap year
        raise DateError(f"{name} {day} does not exist.")
    if not 1 <= year <= 9999:
        raise DateError(f"The year {year} is out of range.")
    if day > calendar.monthrange(year, month)[1]:
        raise DateError(f"{name} {day} does not exist in {year}.")
    return date(year, month, day)
