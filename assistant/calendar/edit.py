"""Turning the model's arguments into event values, and event values into rows.

Dates are resolved by ``assistant.dates``; this module adds the calendar
sense on top: an end such as "3pm" lies on the start's day, a start of "Friday"
for a timed event keeps its time of day, all-day ends are the last day the
user names (stored exclusive, as iCalendar does).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.calendar.expand import (
    Occurrence,
    expand,
    instant,
    series_end,
    series_zone,
    to_wall,
)
from assistant.calendar.index import CalendarIndex
from assistant.calendar.model import EventData, Moment
from assistant.calendar.query import own_occurrences
from assistant.calendar.wording import conflict_note, event_summary
from assistant.checks import clean_text, is_clear
from assistant.clock import Clock
from assistant.dates import format_when, localize, parse_recurrence, resolve_when
from assistant.errors import InvalidInput
from assistant.operation import Outcome, Scope
from assistant.store import utc_stamp
from assistant.store.journal import Row

MAX_LOCATION = 1000
DEFAULT_LENGTH = timedelta(hours=1)
# "3pm", "15:00", "at 9.30 am", "17", "noon": a time of day with no date in it.
_BARE_TIME = re.compile(
    r"\s*(at\s+)?(\d{1,2}([:.]\d{2})?\s*([ap]\.?m\.?)?|\d{1,2}h\d{0,2}|noon|midnight)\s*",
    re.IGNORECASE,
)
# More words for "no repetition", besides the common "none"/"never"/"no".
_NO_REPEAT = {"once", "not", "does not repeat", "no repeat", "one time"}
# A bare end time before the start is read as the next day only for a short night.
_OVERNIGHT = timedelta(hours=12)


def check_texts(location: str | None, description: str | None) -> None:
    if location is not None:
        clean_text(location, "location", MAX_LOCATION)
    if description is not None:
        clean_text(description, "description")


def is_bare_time(text: str) -> bool:
    return _BARE_TIME.fullmatch(text) is not None


def time_of_day(text: str, clock: Clock) -> time:
    """A time of day (no date) from "15:00", "9", "9.30" or "3pm"."""
    text = re.sub(r"(\d)\.(\d\d)", r"\1:\2", text)  # "9.30" as people write it
    plain = re.fullmatch(r"\s*(\d{1,2})(?:[:.](\d{2}))?\s*", text)
    if plain and int(plain.group(1)) < 24 and int(plain.group(2) or 0) < 60:
        return time(int(plain.group(1)), int(plain.group(2) or 0))
    when = resolve_when(text, clock)
    if not when.has_time or not isinstance(when.value, datetime):
        raise InvalidInput(f"{text!r} is not a time of day such as 15:00.")
    return when.value.astimezone(clock.tz).time().replace(tzinfo=None)


def on_day(day: date, at: time, zone: ZoneInfo) -> datetime:
    return localize(datetime.combine(day, at), zone)


def local_date(value: Moment, tz: ZoneInfo) -> date:
    return value.astimezone(tz).date() if isinstance(value, datetime) else value


def resolve_start(text: str, clock: Clock, *, all_day: bool = False) -> Moment:
    """A new event's start: no time of day (or ``all_day``) gives a date."""
    when = resolve_when(text, clock)
    if all_day or not when.has_time or not isinstance(when.value, datetime):
        return local_date(when.value, clock.tz)
    return when.value


def moved_start(text: str, clock: Clock, current: Moment) -> Moment:
    """A changed start: "3pm" stays on the same day, "Friday" keeps the time of day."""
    tz = clock.tz
    if is_bare_time(text):
        return on_day(local_date(current, tz), time_of_day(text, clock), tz)
    when = resolve_when(text, clock)
    if when.has_time and isinstance(when.value, datetime):
        return when.value
    day = local_date(when.value, tz)
    if isinstance(current, datetime):
        return on_day(day, current.astimezone(tz).time().replace(tzinfo=None), tz)
    return day


def resolve_end(text: str, clock: Clock, start: Moment) -> Moment:
    """The end from the user's words; for all-day events the last day, stored exclusive."""
    tz = clock.tz
    if not isinstance(start, datetime):
        last = local_date(resolve_when(text, clock).value, tz)
        end: Moment = last + timedelta(days=1)
    elif is_bare_time(text):
        end = on_day(local_date(start, tz), time_of_day(text, clock), tz)
        if end < start and end + timedelta(days=1) - start <= _OVERNIGHT:
            end = on_day(local_date(start, tz) + timedelta(days=1), end.time(), tz)
    else:
        when = resolve_when(text, clock)
        if not when.has_time or not isinstance(when.value, datetime):
            raise InvalidInput(
                f"The end {text!r} needs a time of day for a timed event, e.g. '15:00'."
            )
        end = when.value
    check_order(start, end, tz)
    return end


def check_order(start: Moment, end: Moment, tz: ZoneInfo) -> None:
    if instant(end, tz) < instant(start, tz) or (not isinstance(start, datetime) and end == start):
        shown_end = end - timedelta(days=1) if not isinstance(end, datetime) else end
        raise InvalidInput(
            f"The end ({format_when(shown_end, tz)}) is before the start "
            f"({format_when(start, tz)}); nothing was changed."
        )


def end_after(start: Moment, minutes: int | None, zone: ZoneInfo) -> Moment:
    """The end ``minutes`` after ``start`` (default one hour, or one day when all-day)."""
    if minutes is not None and minutes <= 0:
        raise InvalidInput("duration_minutes must be more than 0.")
    if not isinstance(start, datetime):
        return start + timedelta(days=max(1, math.ceil((minutes or 0) / 1440)))
    length = timedelta(minutes=minutes) if minutes is not None else DEFAULT_LENGTH
    return shift(start, length, zone)


def shift(value: Moment, delta: timedelta, zone: ZoneInfo) -> Moment:
    """Move by a wall-clock amount: 09:00 plus one day is 09:00, across DST too."""
    if not isinstance(value, datetime):
        return value + timedelta(days=delta.days)
    return localize(to_wall(value, zone) + delta, zone)


def keep_length(old_start: Moment, old_end: Moment, new_start: Moment, tz: ZoneInfo) -> Moment:
    """The end for a moved start: same length; one hour when an all-day event gets a time."""
    if isinstance(new_start, datetime) and not isinstance(old_start, datetime):
        return shift(new_start, DEFAULT_LENGTH, tz)
    zone = new_start.tzinfo if isinstance(new_start, datetime) else None
    zone = zone if isinstance(zone, ZoneInfo) else tz
    length = to_wall(old_end, zone) - to_wall(old_start, zone)
    return shift(new_start, length, zone)


# -- series edits ------------------------------------------------------------


def series_mover(data: EventData, new_start: Moment, tz: ZoneInfo) -> Callable[[Moment], Moment]:
    """Moves an original occurrence start (EXDATE, RECURRENCE-ID) along with the series.

    Moving a series from Monday 09:00 to Tuesday 10:00 moves a skipped Monday
    to the matching Tuesday, so skipped and changed dates stay attached.
    """
    zone = series_zone(data, tz)
    first = to_wall(data.start, zone)
    delta = to_wall(new_start, zone) - first
    all_day = not isinstance(new_start, datetime)

    def move(value: Moment) -> Moment:
        if not isinstance(value, datetime) and not data.all_day:
            # A date in a timed series means that day's occurrence (a date EXDATE skips
            # the whole day): it moves as that occurrence does, and stays a date.
            return (datetime.combine(value, first.time()) + delta).date()
        wall = to_wall(value, zone) + delta
        return wall.date() if all_day else localize(wall, zone)

    return move


def find_occurrence(
    event_id: int,
    master: EventData,
    overrides: list[EventData],
    text: str,
    clock: Clock,
) -> Occurrence:
    """The one occurrence the user means by a date (or date and time)."""
    tz = clock.tz
    when = resolve_when(text, clock)
    day = local_date(when.value, tz)
    around = expand(
        master, overrides, on_day(day - timedelta(days=1), time(), tz),
        on_day(day + timedelta(days=2), time(), tz), tz, event_id=event_id,
    )  # fmt: skip
    moved = [override_occurrence(event_id, master, o) for o in overrides]
    pool = around + [o for o in moved if o not in around]
    matches = [o for o in pool if local_date(o.start, tz) == day] or [
        o for o in pool if o.recurrence_id is not None and local_date(o.recurrence_id, tz) == day
    ]
    if when.has_time and len(matches) > 1:
        exact = [o for o in matches if when.value in (o.start, o.recurrence_id)]
        matches = exact or matches
    if len(matches) == 1:
        return matches[0]
    name = f"'{master.title}' (id {event_id})"
    if not matches:
        hint = _next_hint(master, overrides, clock)
        raise InvalidInput(f"{name} has no occurrence on {format_when(day, tz)}. {hint}")
    times = ", ".join(
        f"{o.start.astimezone(tz):%H:%M}" for o in matches if isinstance(o.start, datetime)
    )
    raise InvalidInput(
        f"{name} happens {len(matches)} times on {format_when(day, tz)} ({times}); "
        "give the time too, e.g. '2026-12-01 14:00'."
    )


def override_occurrence(event_id: int, master: EventData, override: EventData) -> Occurrence:
    rid = override.recurrence_id
    end = override.effective_end()
    return Occurrence(event_id, master.uid, override, override.start, end, rid, True, master.rrule)


def _next_hint(master: EventData, overrides: list[EventData], clock: Clock) -> str:
    begin = on_day(clock.now.date(), time(), clock.tz)
    upcoming = expand(master, overrides, begin, begin + timedelta(days=400), clock.tz, limit=3)
    if not upcoming:
        return "It has no upcoming occurrences."
    shown = ", ".join(format_when(o.start, clock.tz) for o in upcoming)
    return f"Next occurrences: {shown}."


def override_for(master: EventData, occ: Occurrence) -> EventData:
    """A new override row's values: a copy of the occurrence, outside the rule."""
    rid = occ.recurrence_id if occ.recurrence_id is not None else occ.start
    return replace(
        master, start=occ.start, end=occ.end, recurrence_id=rid, rrule=None, rdates=[],
        exdates=[], sequence=master.sequence + 1,
    )  # fmt: skip


def align_recurrence_id(data: EventData) -> EventData:
    """Express RECURRENCE-ID in the start's zone: rows decode both with one tzid."""
    rid, start = data.recurrence_id, data.start
    if isinstance(rid, datetime) and isinstance(start, datetime) and start.tzinfo is not None:
        return replace(data, recurrence_id=rid.astimezone(start.tzinfo))
    return data


# -- rows ----------------------------------------------------------------------


def new_row(data: EventData, tz: ZoneInfo) -> Row:
    row = align_recurrence_id(data).to_row(tz, series_end(data, tz))
    stamp = utc_stamp()
    return {**row, "created": stamp, "updated": stamp}


def changed_columns(old: Row, data: EventData, tz: ZoneInfo) -> Row:
    """Only the columns that differ, plus ``updated`` when anything does."""
    fresh = new_row(data, tz)
    changes = {k: v for k, v in fresh.items() if k not in ("created", "updated") and old[k] != v}
    return {**changes, "updated": fresh["updated"]} if changes else {}


# -- shared by the tools -------------------------------------------------------------


def rule_from(repeat: str | None, start: Moment) -> str | None:
    """An RRULE from words or RRULE text; None when it does not repeat.

    ``parse_recurrence`` ends in :meth:`Rule.check`, the one policy for what is stored.
    """
    if repeat is None or is_clear(repeat) or repeat.strip().lower() in _NO_REPEAT:
        return None
    return parse_recurrence(repeat, start)


def echo(verb: str, event_id: int, data: EventData, ctx: Scope, action_id: int | None) -> Outcome:
    """The result of a write: what is stored now, in words, and what it overlaps."""
    tz = ctx.clock.tz
    text = f"{verb} {event_summary(data, event_id, tz)}."
    own = own_occurrences(data, ctx.clock, event_id)
    note = conflict_note(CalendarIndex(ctx.store, ctx.clock).conflicts(own, data.uid), tz)
    return Outcome(f"{text}\n{note}" if note else text, data.record(event_id, tz), action_id)
