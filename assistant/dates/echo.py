"""Reading back what we print: "Fri 2026-11-27 17:00 CET (Europe/Berlin)".

Tool results and the clock block show dates in :func:`format_when`'s form,
and models copy that text into the next call's arguments. It is ISO with a
weekday in front and a zone behind, so it is accepted when both agree with
the date: a weekday that does not match it is refused, never guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.clock import Clock
from assistant.dates.zones import localize
from assistant.errors import DateError

_ECHO = re.compile(
    r"^(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+"
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[\sT]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?))?"
    r"(?:\s+(?P<abbr>[A-Za-z][A-Za-z0-9+-]{1,5}))?"
    r"(?:\s*\((?P<zone>[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*)\))?$",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_echo(text: str, clock: Clock) -> date | datetime | None:
    """The value of an echoed date, or None when ``text`` is not in that form."""
    match = _ECHO.match(text.strip())
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["date"])
    except ValueError:
        raise DateError(f'"{match["date"]}" is not a real date.') from None
    if _WEEKDAYS[day.weekday()] != match["weekday"][:3].lower():
        raise DateError(
            f'"{text.strip()}" does not add up: {day.isoformat()} is a {day.strftime("%A")}.'
        )
    if match["time"] is None:
        if match["abbr"] or match["zone"]:
            raise DateError(f'Could not understand the date "{text.strip()}".')
        return day
    zone = _zone(match["zone"], clock)
    hour, minute, *rest = (int(p) for p in match["time"].split(":"))
    try:
        naive = datetime(day.year, day.month, day.day, hour, minute, rest[0] if rest else 0)
    except ValueError:
        raise DateError(f'"{match["time"]}" is not a time of day.') from None
    value = localize(naive, zone)
    if match["abbr"] and match["abbr"].upper() != (value.tzname() or "").upper():
        raise DateError(
            f'"{text.strip()}": {match["abbr"]} is not the time zone {zone.key} uses then.'
        )
    return value.astimezone(clock.tz)


def _zone(name: str | None, clock: Clock) -> ZoneInfo:
    if not name:
        return clock.tz
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DateError(f'Unknown time zone "{name}".') from None
