"""resolve_range: "this week", "next 3 days", "Monday to Friday", "9am-5pm" -> [start, end).

Ranges are half-open and aware in the clock's zone. A day given as an end is
inclusive: "Monday to Friday" ends at the start of Saturday.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from assistant.clock import Clock
from assistant.dates.duration import parse_duration
from assistant.dates.lang import canonical
from assistant.dates.lexer import normalise
from assistant.dates.resolve import resolve_detail
from assistant.dates.words import MONTHS, NUMBER_WORDS
from assistant.dates.zones import (
    add_elapsed,
    add_months,
    is_after,
    localize,
    start_of_day,
    week_start,
)
from assistant.errors import DateError

Range = tuple[datetime, datetime]

_COUNT = r"(\d+|" + "|".join(NUMBER_WORDS) + r")"
_NEXT_N = re.compile(rf"(?:the )?(next|past|last) {_COUNT} (days?|hours?|weeks?)")
_PERIOD = re.compile(r"(this|next|last|previous) (week|month|year|weekend)|(the) weekend")
_SEPARATOR = re.compile(r"\s+(?:to|until|till|through|thru|-)\s+|\s*[–—]\s*")
_ISO_PAIR = re.compile(r"(\d{4}-\d{2}-\d{2}\S*)/(\S+)")
_ISO_DURATION = re.compile(r"\s*[Pp](?:\d|[Tt]\d)")


def resolve_range(text: str, clock: Clock) -> Range:
    """Resolve ``text`` to a half-open range of aware datetimes in ``clock.tz``."""
    stripped = text.strip()
    if not stripped:
        raise DateError('A date range is needed, such as "this week" or "Monday to Friday".')
    try:
        return _resolve(canonical(stripped, clock.lang), clock)
    except OverflowError:
        raise DateError(f'"{stripped}" is too far in the past or the future.') from None


def _resolve(stripped: str, clock: Clock) -> Range:
    norm = normalise(stripped)
    named = _named(norm, clock)
    if named is not None:
        return named
    until = re.match(r"(?:until|till)\s+(.+)", stripped, flags=re.IGNORECASE | re.DOTALL)
    if until is not None:
        now = clock.now.astimezone(clock.tz)
        return _checked(now, _end(until[1], now, now.date(), clock), stripped)
    ends = _split(stripped)
    if ends is not None:
        return _span(*ends, stripped, clock)
    return _whole_day(_local_day(resolve_detail(stripped, clock).value, clock), clock)


def _named(norm: str, clock: Clock) -> Range | None:
    """Reads "this week", "next month", "this weekend", "the next 7 days", "the past 24 hours"."""
    now = clock.now.astimezone(clock.tz)
    match = _NEXT_N.fullmatch(norm)
    if match is not None:
        count = int(match[2]) if match[2].isdigit() else NUMBER_WORDS[match[2]]
        if count < 1:
            raise DateError(f'"{norm}" is an empty range.')
        forward = match[1] == "next"
        return _from_now(now, count, match[3].rstrip("s"), forward, clock)
    match = _PERIOD.fullmatch(norm)
    if match is None:
        return None
    step = {"next": 1, "last": -1, "previous": -1}.get(match[1] or "this", 0)
    return _period(now.date(), match[2] or "weekend", step, clock)


def _from_now(now: datetime, count: int, unit: str, forward: bool, clock: Clock) -> Range:
    """Hours are elapsed time; days and weeks keep the wall-clock time of now."""
    if unit == "hour":
        other = add_elapsed(now, timedelta(hours=count if forward else -count), clock.tz)
    else:
        days = count * (7 if unit == "week" else 1)
        wall = now.replace(tzinfo=None) + timedelta(days=days if forward else -days)
        other = localize(wall, clock.tz)
    return (now, other) if forward else (other, now)


def _period(today: date, unit: str, step: int, clock: Clock) -> Range:
    if unit == "week":
        first = week_start(today) + timedelta(weeks=step)
        return _days(first, first + timedelta(days=7), clock)
    if unit == "weekend":
        # A weekend is Saturday and Sunday of a Monday-start week; on a Sunday,
        # "this weekend" is the weekend that is ending, including yesterday.
        saturday = week_start(today) + timedelta(days=5, weeks=step)
        return _days(saturday, saturday + timedelta(days=2), clock)
    if unit == "month":
        first = add_months(today.replace(day=1), step)
        return _days(first, add_months(first, 1), clock)
    first = date(today.year + step, 1, 1)
    return _days(first, date(first.year + 1, 1, 1), clock)


def _days(first: date, after: date, clock: Clock) -> Range:
    return start_of_day(first, clock.tz), start_of_day(after, clock.tz)


def _whole_day(day: date, clock: Clock) -> Range:
    return _days(day, day + timedelta(days=1), clock)


def _local_day(value: date | datetime, clock: Clock) -> date:
    return value.astimezone(clock.tz).date() if isinstance(value, datetime) else value


def _split(text: str) -> tuple[str, str] | None:
    """The two ends of "A to B", "from A until B", "between A and B", "A - B", ISO "A/B"."""
    iso = _ISO_PAIR.fullmatch(text)
    if iso is not None:
        return iso[1], iso[2]
    # "Thursday from 2 to 3:30pm": the day goes with the start; the end falls on it.
    day = re.match(r"(.+?)\s+(?=(?:from|between)\s)", text, flags=re.IGNORECASE)
    if day is not None:
        ends = _split(text[day.end() :])
        return (f"{day[1]} {ends[0]}", ends[1]) if ends is not None else None
    lowered = text.lower()
    body = re.sub(r"^(from|between)\s+", "", text, flags=re.IGNORECASE)
    separator = r"\s+and\s+" if lowered.startswith("between ") else _SEPARATOR.pattern
    parts = re.split(separator, body, flags=re.IGNORECASE)
    if len(parts) == 1:
        return None
    if len(parts) > 2 or not all(part.strip() for part in parts):
        raise DateError(f'Could not understand the range "{text}": give one start and one end.')
    return parts[0], parts[1]


def _span(first: str, last: str, text: str, clock: Clock) -> Range:
    first = _with_meridiem(first, last)
    start_value = resolve_detail(first, clock).value
    start = (
        start_value if isinstance(start_value, datetime) else start_of_day(start_value, clock.tz)
    )
    if _ISO_DURATION.match(last):
        return _checked(start, add_elapsed(start, parse_duration(last), clock.tz), text)
    end = _end(last, start, _local_day(start_value, clock), clock)
    return _checked(*_as_meant(first, last, start, end, clock), text)


_MERIDIEM = re.compile(r"(?<![\d:])(\d{1,2})(?::[0-5]\d)?\s*([ap])\.?m\.?\s*$", re.IGNORECASE)


def _with_meridiem(first: str, last: str) -> str:
    """ "3 to 4:30pm": the start takes the end's pm when that keeps it before the end."""
    end = _MERIDIEM.search(last)
    bare = _BARE_HOUR.search(first)
    if end is None or bare is None:
        return first
    before = first[: bare.start()].split()
    if before and before[-1].lower().strip(".,") in MONTHS:
        return first  # "Dec 2 to 3pm": a day of the month, not an hour
    hour = int(re.match(r"\d+", bare.group().strip()).group())  # type: ignore[union-attr]
    if hour <= int(end[1]) or hour == 12:
        return f"{first.rstrip()}{end[2].lower()}m"
    return first


_BARE_HOUR = re.compile(r"(?<![\d:])(?:[1-9]|1[0-2])(?::[0-5]\d)?\s*$")


def _as_meant(
    first: str, last: str, start: datetime, end: datetime, clock: Clock
) -> tuple[datetime, datetime]:
    """Bare hours as people mean them in a range of times on one day.

    "3 to 4:30pm" starts at 15:00 (the end's pm carries over), and "9 to 5"
    ends at 17:00, not at 05:00 the next morning.
    """
    half_day = timedelta(hours=12)
    local_start, local_end = start.astimezone(clock.tz), end.astimezone(clock.tz)
    only_time = re.fullmatch(r"(?:at\s+)?(?:[1-9]|1[0-2])(?::[0-5]\d)?", last.strip(), re.I)
    if only_time and local_end.date() > local_start.date() and local_end.hour < 12:
        earlier = localize(local_end.replace(tzinfo=None) - half_day, clock.tz)
        if is_after(earlier, start):
            return start, earlier
    return start, end


def _checked(start: datetime, end: datetime, text: str) -> Range:
    if not is_after(end, start):
        raise DateError(f'The range "{text}" ends before it starts.')
    return start, end


def _end(last: str, start: datetime, start_day: date, clock: Clock) -> datetime:
    """The exclusive end for the text ``last``.

    A time alone falls on the start's day (the next day if that is not after
    the start: "10pm to 2am"). Other ends are read relative to now, and if that
    puts them before the start, relative to the start ("next Monday to Friday").
    """
    resolved = resolve_detail(last, clock, base_day=start_day)
    end = _exclusive(resolved.value, clock)
    if is_after(end, start):
        return end
    if not resolved.names_day:
        next_day = start_day + timedelta(days=1)
        return _exclusive(resolve_detail(last, clock, base_day=next_day).value, clock)
    return _exclusive(resolve_detail(last, Clock(start, clock.tz, clock.lang)).value, clock)


def _exclusive(value: date | datetime, clock: Clock) -> datetime:
    if isinstance(value, datetime):
        return value
    return start_of_day(value + timedelta(days=1), clock.tz)
