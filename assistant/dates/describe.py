"""describe_rrule: a repeat rule -> short English ("every 2 weeks on Monday").

The rule is read by :class:`~assistant.dates.rule.Rule`; this module only words it.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from assistant.dates.rule import WEEKDAY_CODES, Rule
from assistant.dates.words import MONTH_NAMES, WEEKDAY_NAMES, ordinal
from assistant.errors import RecurrenceError

_UNIT = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_ADVERB = {"DAILY": "daily", "WEEKLY": "weekly", "MONTHLY": "monthly", "YEARLY": "yearly"}
_POSITION = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
_SIMPLE_PARTS = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"}
_WORKDAYS = ",".join(WEEKDAY_CODES[:5])
_WEEKEND = ",".join(WEEKDAY_CODES[5:])


def describe_rrule(rrule: str | Rule, *, tz: ZoneInfo | None = None) -> str:
    """Short English for a rule this package produces; other rules are shown as they are.

    ``tz``: the zone to show a UTC ``UNTIL`` in; without it the UTC date is shown.
    """
    if isinstance(rrule, str):
        body = re.sub(r"\s+", "", rrule).upper().removeprefix("RRULE:")
        try:
            rrule = Rule.read(body)
        except RecurrenceError:
            return f"repeats ({body})"
    parts = dict(rrule.parts)
    if rrule.freq not in _UNIT or not rrule.keys <= _SIMPLE_PARTS:
        return f"repeats ({rrule.render()})"
    try:
        return _pattern(rrule.freq, rrule.interval, parts) + _ending(rrule, tz)
    except (ValueError, KeyError, IndexError, RecurrenceError):
        return f"repeats ({rrule.render()})"


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
    if interval == 1 and byday == _WEEKEND:
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


def _ending(rule: Rule, tz: ZoneInfo | None) -> str:
    count = rule.get("COUNT")
    if count is not None:
        return ", once" if int(count) == 1 else f", {int(count)} times"
    last = rule.until_day(tz) if tz is not None else rule.until_moment()
    if last is None:
        return ""
    # Without a zone a UTC bound is shown as its UTC date.
    return f", until {last:%Y-%m-%d}"


def _and(items: list[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
