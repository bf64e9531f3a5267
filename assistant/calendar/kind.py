"""Switching an event between timed and all-day.

All-day values are dates with an exclusive end, as iCalendar stores them. A
series switches as a whole: its UNTIL, EXDATEs, RDATEs and the RECURRENCE-IDs
of its changed occurrences all take the new value type (RFC 5545 wants them to
match DTSTART), so every occurrence stays on its day and each change stays
attached to its occurrence.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.calendar.edit import (
    keep_length,
    local_date,
    moved_start,
    on_day,
    resolve_end,
    shift,
)
from assistant.calendar.expand import last_rule_start, series_zone, to_wall
from assistant.calendar.model import EventData, Moment
from assistant.clock import Clock
from assistant.dates.rule import Rule
from assistant.errors import InvalidInput

# Rule parts that place several occurrences in one day, which dates cannot hold.
_TIME_OF_DAY_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
_ONE_DAY = timedelta(days=1)


def all_day_times(
    start: str | None, end: str | None, base: EventData, clock: Clock
) -> tuple[date, date]:
    """Start and exclusive end as dates, from the new words or ``base``'s own times."""
    tz = clock.tz
    timed = moved_start(start, clock, base.start) if start is not None else base.start
    day = local_date(timed, tz)
    if end is not None:
        return day, local_date(resolve_end(end, clock, day), tz)  # a date, as start is one
    if base.all_day:
        kept = keep_length(base.start, base.effective_end(), day, tz)
        return day, kept if not isinstance(kept, datetime) else day + _ONE_DAY
    timed_end = base.effective_end()
    if start is not None:
        timed_end = keep_length(base.start, timed_end, timed, tz)
    return day, day_after(day, timed_end, tz)


def day_after(day: date, end: Moment, tz: ZoneInfo) -> date:
    """The exclusive all-day end for a timed end: the day after its last day.

    An end at midnight closes the day before it (22:00-00:00 is one day), and
    an event always covers at least its start day.
    """
    last = local_date(end, tz)
    if isinstance(end, datetime) and end.astimezone(tz).time() == time(0):
        last -= _ONE_DAY
    return max(last, day) + _ONE_DAY


def timed_times(
    start: str | None, end: str | None, base: EventData, clock: Clock
) -> tuple[datetime, Moment]:
    """An all-day event's new start and end once it gets a time of day."""
    moved = moved_start(start, clock, base.start) if start is not None else base.start
    if not isinstance(moved, datetime):
        raise InvalidInput(
            f"'{base.title}' is all day: to give it a time, also give start with a time "
            'of day, e.g. "10:00" or "tuesday 10am".'
        )
    if end is not None:
        return moved, resolve_end(end, clock, moved)
    return moved, keep_length(base.start, base.effective_end(), moved, clock.tz)


# -- series ----------------------------------------------------------------------


def check_series_switch(old: EventData, event_id: int) -> None:
    """A rule with several times a day cannot become all-day."""
    if not old.rrule or old.all_day:
        return
    rule = Rule.read(old.rrule)
    if rule.freq == "HOURLY" or any(rule.has(key) for key in _TIME_OF_DAY_PARTS):
        raise InvalidInput(
            f"'{old.title}' (id {event_id}) repeats at set times of day, so it cannot be "
            'all day; give it a new repeat as well, e.g. repeat="daily".'
        )


def switched_rule(
    rule: str, old: EventData, mover: Callable[[Moment], Moment], tz: ZoneInfo
) -> str:
    """``rule`` with UNTIL as a date for an all-day series, a UTC instant for a timed one.

    The bound becomes the day of the series' last occurrence, so the same
    occurrences stay in; a timed bound is the end of that day.
    """
    parsed = Rule.read(rule)
    last = last_rule_start(old, tz)
    if parsed.until is None or last is None:
        return rule
    moved = mover(last)
    if isinstance(moved, datetime):
        zone = moved.tzinfo if isinstance(moved.tzinfo, ZoneInfo) else tz
        return parsed.with_until_day(moved.astimezone(zone).date(), moved, tz).render()
    return parsed.with_until_day(moved, moved).render()


def switched_override_times(
    override: EventData,
    new: EventData,
    mover: Callable[[Moment], Moment],
    follows_length: bool,
    tz: ZoneInfo,
) -> tuple[Moment, Moment]:
    """A changed occurrence's start and end after its series switched kind.

    One that was never moved goes where the series now puts it; one that was
    moved stays on its own day. An all-day one that becomes timed takes the
    series' new time of day and length, since a day count says nothing about hours.
    """
    rid = override.recurrence_id
    zone = series_zone(new, tz)
    length = to_wall(new.effective_end(), zone) - to_wall(new.start, zone)
    if rid is not None and override.start == rid:
        start = mover(rid)
    elif new.all_day:
        start = local_date(override.start, tz)
    else:
        wall = to_wall(new.start, zone).time()
        start = on_day(local_date(override.start, tz), wall, zone)
    if follows_length or not new.all_day:
        return start, shift(start, length, zone)
    own_start = local_date(override.start, tz)
    days = day_after(own_start, override.effective_end(), tz) - own_start
    return start, shift(start, days, zone)
