"""describe_rrule: an RRULE value -> short English ("every 2 weeks on Monday")."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from assistant.dates.words import MONTH_NAMES, WEEKDAY_CODES, WEEKDAY_NAMES, ordinal

_UNIT = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_ADVERB = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
_POSITION = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
_SIMPLE_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"}
_WORKDAYS = "MO,TU,WE,TH,FR"


def describe_rrule(rrule: str, *, tz: ZoneInfo | None = None) -> str:
    """Short English for a rule this package produces; other rules are shown as they are.

    ``tz``: the zone to show a UTC ``UNTIL`` in; without it the UTC date is shown.
    """
    body = re.sub(r"\s+", "", rrule).upper().removeprefix("RRULE:")
    try:
        parts = dict(part.split("=", 1) for part in body.split(";"))
    except ValueError:
        return f"repeats ({body})"
    freq = parts.get("FREQ", "")
    if freq not in _UNIT or not set(parts) <= _SIMPLE_PARTS:
        return f"repeats ({body})"
    try:
        text = _pattern(freq, int(parts.get("INTERVAL", "1")), parts)
    except (ValueError, KeyError, IndexError):
        return f"repeats ({body})"
    return text + _ending(parts, tz)


def _pattern(freq: str, interval: int, parts: dict[str, str]) -> str:
    every = _ADVERB[freq] if interval == 1 else f"every {interval} {_UNIT[freq]}s"
    byday = parts.get("BYDAY")
    if freq == "WEEKLY" and byday:
        return _weekly(interval, byday, every)
    if freq == "MONTHLY":
        return every + _month_day(parts)
    if freq == "YEARLY" and "BYMONTH" in parts and "BYMONTHDAY" in parts:
        return f"{every} on {MONTH_NAMES[int(parts['BYMONTH']) - 1]} {int(parts['BYMONTHDAY'])}"
    if freq == "DAILY" and interval == 1:
        return "every day"
    if byday or "BYMONTHDAY" in parts or "BYMONTH" in parts:
        raise ValueError("not a simple rule")
    return every


def _weekly(interval: int, byday: str, every: str) -> str:
    if interval == 1 and byday == _WORKDAYS:
        return "every weekday"
    if interval == 1 and byday == "SA,SU":
        return "every weekend"
    names = _and([WEEKDAY_NAMES[WEEKDAY_CODES.index(code)] for code in byday.split(",")])
    return f"every {names}" if interval == 1 else f"{every} on {names}"


def _month_day(parts: dict[str, str]) -> str:
    if "BYMONTHDAY" not in parts and "BYDAY" not in parts:
        return ""
    if "BYMONTHDAY" in parts and "BYDAY" not in parts:
        day = int(parts["BYMONTHDAY"])
        return " on the last day" if day == -1 else f" on day {day}"
    byday = parts.get("BYDAY", "")
    match = re.fullmatch(r"([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)", byday)
    if match is None or "BYMONTHDAY" in parts:
        raise ValueError("not a simple monthly rule")
    position = _POSITION.get(int(match[1])) or ordinal(int(match[1]))
    return f" on the {position} {WEEKDAY_NAMES[WEEKDAY_CODES.index(match[2])]}"


def _ending(parts: dict[str, str], tz: ZoneInfo | None) -> str:
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        return ", once" if count == 1 else f", {count} times"
    until = parts.get("UNTIL")
    if until is None:
        return ""
    if until.endswith("Z") and tz is not None:
        moment = datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return f", until {moment.astimezone(tz).date().isoformat()}"
    return f", until {until[:4]}-{until[4:6]}-{until[6:8]}"


def _and(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
