"""The echo format that tool results show: "Tue 2026-12-01 13:00 CET"."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from assistant.dates.zones import localize

# Fixed English names: strftime("%a") follows the process locale.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def format_when(value: datetime | date, tz: ZoneInfo) -> str:
    """A date as "Tue 2026-12-01"; a date-time in ``tz`` as "Tue 2026-12-01 13:00 CET".

    Seconds are shown only when they are not zero, so the echo never hides
    part of what was stored. A naive date-time is taken as wall-clock time in ``tz``.
    """
    if not isinstance(value, datetime):
        return f"{_WEEKDAYS[value.weekday()]} {value.isoformat()}"
    local = localize(value, tz) if value.tzinfo is None else value.astimezone(tz)
    shown = local.strftime("%H:%M:%S" if local.second else "%H:%M")
    zone = local.tzname() or local.strftime("%z")
    return f"{_WEEKDAYS[local.weekday()]} {local.date().isoformat()} {shown} {zone}"
