"""An event as the dialog edits it, and the tool arguments that store it.

The dialog works in the user's zone with whole minutes; the tools take ISO
text, so converting here keeps the widgets free of tool details. An update
sends only what the user changed: the tools then keep everything else (an
imported event's own time zone, an override's other changes) as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar.entries import local_moment
from assistant.calendar.model import EventData, Moment


@dataclass(frozen=True)
class EventValues:
    title: str
    all_day: bool
    start: Moment  # aware datetime in the user's zone, or a date
    end: Moment  # for all-day events the last day (inclusive), as people say it
    location: str = ""
    description: str = ""
    reminder_minutes: int | None = None
    rrule: str | None = None
    # The event's calendar, as the tools name it ("home/Work"); None: the default (a new
    # event) or unchanged (an edit without a chooser).
    calendar: str | None = None

    @classmethod
    def from_event(
        cls, data: EventData, tz: ZoneInfo, start: Moment | None = None, end: Moment | None = None
    ) -> EventValues:
        """The dialog's values for stored data (optionally one occurrence's times)."""
        begin = local_moment(start if start is not None else data.start, tz)
        finish = local_moment(end if end is not None else data.effective_end(), tz)
        if isinstance(finish, date) and not isinstance(finish, datetime):
            finish = max(begin, finish - timedelta(days=1))  # stored exclusive, shown inclusive
        return cls(
            title=data.title, all_day=data.all_day, start=begin, end=finish,
            location=data.location, description=data.description,
            reminder_minutes=data.reminder_minutes, rrule=data.rrule,
        )  # fmt: skip


def moment_text(value: Moment, tz: ZoneInfo) -> str:
    """ISO text the tools read back exactly: local wall time, or a date."""
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime("%Y-%m-%dT%H:%M")
    return value.isoformat()


def add_arguments(values: EventValues, tz: ZoneInfo) -> dict[str, Any]:
    args: dict[str, Any] = {
        "title": values.title,
        "start": moment_text(values.start, tz),
        "end": moment_text(values.end, tz),
        "all_day": values.all_day,
        "location": values.location,
        "description": values.description,
    }
    if values.rrule:
        args["repeat"] = values.rrule
    if values.reminder_minutes is not None:
        args["reminder_minutes"] = values.reminder_minutes
    if values.calendar:
        args["calendar"] = values.calendar
    return args


def update_arguments(
    event_id: int, before: EventValues, after: EventValues, tz: ZoneInfo, occurrence: str | None
) -> dict[str, Any]:
    """Only the changed fields; empty of changes means there is nothing to do."""
    args: dict[str, Any] = {}
    for name in ("title", "location", "description"):
        if getattr(after, name) != getattr(before, name):
            args[name] = getattr(after, name)
    if (after.start, after.end, after.all_day) != (before.start, before.end, before.all_day):
        # Both ends together: the dialog shows them explicitly, so neither is implied.
        args["start"] = moment_text(after.start, tz)
        args["end"] = moment_text(after.end, tz)
    if after.all_day != before.all_day:
        args["all_day"] = after.all_day  # a date alone would keep a timed event's time
    if after.reminder_minutes != before.reminder_minutes:
        args["reminder_minutes"] = -1 if after.reminder_minutes is None else after.reminder_minutes
    if occurrence is None and after.rrule != before.rrule:
        args["repeat"] = after.rrule or "never"
    if occurrence is None and after.calendar != before.calendar and after.calendar:
        args["calendar"] = after.calendar  # the whole event or series moves there
    if not args:
        return {}
    args["event_id"] = event_id
    if occurrence is not None:
        args["occurrence"] = occurrence
    return args
