"""ISO 8601 dates and date-times given as the whole text: "2026-12-01T13:00+01:00"."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

from assistant.clock import Clock
from assistant.dates.days import iso_date
from assistant.dates.zones import localize
from assistant.errors import DateError

_ISO = re.compile(
    r"""
    (?P<date>\d{4}-\d{2}-\d{2})
    (?:[Tt\ ]
       (?P<hour>\d{2}):(?P<minute>\d{2})
       (?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6}))?)?
       (?P<offset>[Zz]|[+-]\d{2}(?::?\d{2}(?::\d{2})?)?)?
    )?
    """,
    re.VERBOSE,
)


def parse_iso(text: str, clock: Clock) -> date | datetime | None:
    """The value of ISO text, None when ``text`` is not ISO 8601 at all.

    An offset ("Z", "+01:00") fixes the instant, which is then shown in the
    clock's zone; without one the time is wall-clock time in that zone.
    """
    match = _ISO.fullmatch(text)
    if match is None:
        return None
    day = iso_date(match["date"])
    if match["hour"] is None:
        return day
    wall = datetime.combine(day, _time_of(match, text))
    offset = match["offset"]
    if offset is None:
        return localize(wall, clock.tz)
    return wall.replace(tzinfo=_zone_of(offset, text)).astimezone(clock.tz)


def _time_of(match: re.Match[str], text: str) -> time:
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateError(f'"{text}" has no such time of day (hours run 00 to 23).')
    micro = int((match["fraction"] or "0").ljust(6, "0"))
    return time(hour, minute, second, micro)


def _zone_of(offset: str, text: str) -> timezone:
    if offset in ("Z", "z"):
        return UTC
    sign = -1 if offset[0] == "-" else 1
    digits = offset[1:].replace(":", "")
    hours, minutes, seconds = int(digits[:2]), int(digits[2:4] or 0), int(digits[4:6] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise DateError(f'"{text}" has an impossible UTC offset.')
    return timezone(sign * timedelta(hours=hours, minutes=minutes, seconds=seconds))
