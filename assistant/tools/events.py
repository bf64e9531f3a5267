"""Calendar tools: add, list, read, change and delete events, and find free time.

Times come from the model as the user's words or ISO text and are resolved by
``assistant.dates``; every result echoes the absolute times with weekdays.
Each write is one journaled action, so one undo restores everything it did
(a series together with its changed occurrences). Changing and deleting live
in :mod:`assistant.calendar.changes`.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from assistant.calendar import changes
from assistant.calendar.edit import (
    check_texts,
    echo,
    end_after,
    local_date,
    new_row,
    on_day,
    resolve_end,
    resolve_start,
    rule_from,
    time_of_day,
)
from assistant.calendar.expand import expand, is_recurring
from assistant.calendar.index import CalendarIndex
from assistant.calendar.model import EventData
from assistant.calendar.move import Destination
from assistant.calendar.query import (
    day_start,
    free_gaps,
    load_event,
    load_master,
    load_overrides,
    resolve_days,
)
from assistant.calendar.wording import (
    event_summary,
    occurrence_line,
    range_text,
    span_text,
)
from assistant.checks import check_limit, check_reminder, clean_title
from assistant.errors import InvalidInput
from assistant.sync.calendars import in_calendar, resolve
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, tool

MAX_SLOTS = 50


@tool(writes=True, noun="event", table="events", progress="Adding an event")
def add_event(
    ctx: ToolContext,
    title: str,
    start: str,
    end: str | None = None,
    duration_minutes: int | None = None,
    all_day: bool = False,
    location: str = "",
    description: str = "",
    repeat: str | None = None,
    reminder_minutes: int | None = None,
    calendar: str | None = None,
) -> ToolOutput:
    """Add an event to the calendar. Times may be the user's words or ISO.

    Args:
        title: Short name, e.g. "Dentist".
        start: When it starts, e.g. "next tuesday 1pm" or "2026-12-01T13:00".
            A date without a time makes an all-day event.
        end: When it ends, e.g. "2pm" (on the start's day). For all-day events, the last day.
        duration_minutes: Length in minutes, instead of end. Default 60.
        all_day: true for an all-day event.
        location: Where it is.
        description: Longer notes.
        repeat: How it repeats, e.g. "every weekday", "every other Monday",
            "monthly on the 15th". Leave out for a one-time event.
        reminder_minutes: Remind this many minutes before the start.
        calendar: Which calendar, e.g. "work". Leave out for the default calendar.
    """
    tz = ctx.clock.tz
    name = clean_title(title)
    target = resolve(ctx.store, calendar, "event")
    check_texts(location, description)
    check_reminder(reminder_minutes)
    begin = resolve_start(start, ctx.clock, all_day=all_day)
    if end is not None:
        finish = resolve_end(end, ctx.clock, begin)
        if duration_minutes is not None and finish != end_after(begin, duration_minutes, tz):
            raise InvalidInput("end and duration_minutes disagree; give only one of them.")
    else:
        finish = end_after(begin, duration_minutes, tz)
    data = EventData(
        title=name, start=begin, end=finish, location=location.strip(), description=description,
        rrule=rule_from(repeat, begin), reminder_minutes=reminder_minutes,
    )  # fmt: skip
    with ctx.store.action("add_event", f"Add event '{name}'") as tx:
        event_id = tx.insert("events", {**new_row(data, tz), "calendar_id": target.id})
    return in_calendar(echo("Added", event_id, data, ctx, tx.action_id), target)


@tool(noun="event", table="events", progress="Looking up events")
def list_events(
    ctx: ToolContext, range: str | None = None, query: str | None = None, limit: int = 50
) -> ToolOutput:
    """List calendar events in a time range, sorted by start, repeating events included.

    Args:
        range: Which days, e.g. "today", "tomorrow", "this week", "next week", "Dec 24",
            "2026-12-01 to 2026-12-05". Default: today and the next 6 days.
        query: Only events whose title or location contains this text.
        limit: At most this many events (default 50).
    """
    tz = ctx.clock.tz
    check_limit(limit)
    low, high = resolve_days(range, ctx.clock)
    needle = (query or "").strip()
    # Counted in full, decoded only for the page shown.
    total, shown = CalendarIndex(ctx.store, ctx.clock).occurrence_page(low, high, limit, needle)
    what = f" matching '{needle}'" if needle else ""
    lines = [f"{total} event(s){what} {range_text(low, high, tz)}{':' if shown else '.'}"]
    lines += [occurrence_line(o, tz) for o in shown]
    if total > len(shown):
        lines.append(f"({total - len(shown)} more not shown; ask for a shorter range.)")
    return ToolOutput("\n".join(lines), [o.record(tz) for o in shown])


@tool(noun="event", table="events", target="event_id", progress="Looking up an event")
def get_event(ctx: ToolContext, event_id: int) -> ToolOutput:
    """Show one event with all its details, and the next dates of a repeating event.

    Args:
        event_id: The event's id, from list_events.
    """
    tz = ctx.clock.tz
    row, data = load_event(ctx.store, event_id, tz)
    lines = [event_summary(data, event_id, tz) + "."]
    if data.description:
        lines.append(f"Description: {data.description}")
    if row["recurrence_id"] and data.recurrence_id is not None:
        series = load_master(ctx.store, data.uid, tz)
        of = f"event {series[0]['id']}" if series else "a series that no longer exists"
        was = span_text(data.recurrence_id, None, tz)
        lines.append(f"This is one changed occurrence of {of}, originally {was}.")
    elif is_recurring(data):
        overrides = [d for _, d in load_overrides(ctx.store, data.uid, tz)]
        begin = day_start(ctx.clock.now.date(), tz)
        upcoming = expand(data, overrides, begin, begin + timedelta(days=400), tz, limit=3)
        dates = ", ".join(span_text(o.start, o.end, tz) for o in upcoming) or "none"
        lines.append(f"Next occurrences: {dates}.")
    return ToolOutput("\n".join(lines), data.record(event_id, tz))


@tool(noun="event", table="events", progress="Finding free time")
def find_free_slots(
    ctx: ToolContext,
    duration_minutes: int,
    range: str | None = None,
    day_start: str = "09:00",
    day_end: str = "17:00",
    include_weekends: bool = False,
    limit: int = 5,
) -> ToolOutput:
    """Find free times of at least a given length within working hours.

    All-day events (holidays, trips) do not block time; timed events do.

    Args:
        duration_minutes: How long the free time must be, in minutes.
        range: Which days to search, e.g. "tomorrow", "next week". Default: the next 7 days.
        day_start: Start of the working day, e.g. "09:00".
        day_end: End of the working day, e.g. "17:00".
        include_weekends: true to search Saturdays and Sundays too.
        limit: At most this many free times (default 5).
    """
    clock, tz = ctx.clock, ctx.clock.tz
    opens, closes = time_of_day(day_start, clock), time_of_day(day_end, clock)
    if closes <= opens:
        raise InvalidInput(f"day_end ({day_end}) must be after day_start ({day_start}).")
    if duration_minutes <= 0:
        raise InvalidInput("duration_minutes must be more than 0.")
    if not 1 <= limit <= MAX_SLOTS:
        raise InvalidInput(f"limit must be between 1 and {MAX_SLOTS}.")
    low, high = resolve_days(range, clock)
    low = max(low, _round_up(clock.now, 15))  # never offer time that has passed
    slots = _free_slots(ctx, low, high, opens, closes, include_weekends, duration_minutes)[:limit]
    hours = f"{opens:%H:%M}-{closes:%H:%M}{'' if include_weekends else ', weekdays'}"
    if not slots:
        text = f"No free time of {duration_minutes} minutes {range_text(low, high, tz)} ({hours})."
        return ToolOutput(text, [])
    lines = [f"Free times of at least {duration_minutes} minutes ({hours}):"]
    lines += [f"- {span_text(s, e, tz)} ({_minutes(s, e)} min free)" for s, e in slots]
    records = [
        {"start": s.isoformat(timespec="seconds"), "end": e.isoformat(timespec="seconds"),
         "minutes": _minutes(s, e)}
        for s, e in slots
    ]  # fmt: skip
    return ToolOutput("\n".join(lines), records)


def _free_slots(
    ctx: ToolContext,
    low: datetime,
    high: datetime,
    opens: time,
    closes: time,
    weekends: bool,
    minutes: int,
) -> list[tuple[datetime, datetime]]:
    """Gaps between timed events within each day's working hours, in order."""
    tz = ctx.clock.tz
    if low >= high:
        return []
    busy = CalendarIndex(ctx.store, ctx.clock).busy_between(low, high)
    need = timedelta(minutes=minutes)
    slots: list[tuple[datetime, datetime]] = []
    day = local_date(low, tz)
    while day_start(day, tz) < high and len(slots) < MAX_SLOTS:
        if weekends or day.weekday() < 5:
            window = max(on_day(day, opens, tz), low), min(on_day(day, closes, tz), high)
            slots += [(s, e) for s, e in free_gaps(*window, busy) if e - s >= need]
        day += timedelta(days=1)
    return slots


def _minutes(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def _round_up(moment: datetime, minutes: int) -> datetime:
    floor = moment.replace(second=0, microsecond=0) - timedelta(minutes=moment.minute % minutes)
    return floor if floor == moment else floor + timedelta(minutes=minutes)


@tool(
    writes=True,
    noun="event",
    table="events",
    target="event_id",
    progress="Changing an event",
    approval="Change the event",
)
def update_event(
    ctx: ToolContext,
    event_id: int,
    title: str | None = None,
    start: str | None = None,
    end: str | None = None,
    all_day: bool | None = None,
    location: str | None = None,
    description: str | None = None,
    repeat: str | None = None,
    reminder_minutes: int | None = None,
    occurrence: str | None = None,
    calendar: str | None = None,
) -> ToolOutput:
    """Change an event; give only what changes.

    With occurrence, only that one date of a repeating event changes; without it,
    the whole event or series.

    Args:
        event_id: The event's id, from list_events or add_event.
        title: New title.
        start: New start, e.g. "friday 3pm" or "2026-12-04T15:00". A date alone keeps
            the time of day; a time alone keeps the day. The length stays unless end is given.
        end: New end, e.g. "4pm". For all-day events, the last day.
        all_day: true makes it all-day; false gives it a time (start must then have one).
        location: New location ("" clears it).
        description: New description ("" clears it).
        repeat: New repetition, e.g. "every monday", or "never" to stop repeating.
        reminder_minutes: Minutes before the start to remind; -1 removes the reminder.
        occurrence: Date (or date and time) of the one occurrence to change, e.g. "2026-12-08".
        calendar: The calendar to move the whole event or series to, e.g. "work" or "local".
    """
    to = None
    if calendar is not None:
        target = resolve(ctx.store, calendar, "event")
        to = Destination(target.id, target.label)
    return changes.update_event(
        ctx,
        event_id,
        title,
        start,
        end,
        all_day,
        location,
        description,
        repeat,
        reminder_minutes,
        occurrence,
        to,
    )


@tool(
    destructive=True,
    noun="event",
    table="events",
    target="event_id",
    progress="Deleting an event",
    approval="Delete the event",
)
def delete_event(ctx: ToolContext, event_id: int, occurrence: str | None = None) -> ToolOutput:
    """Delete an event. For a repeating event, give occurrence to delete only that date;
    without it the whole series is deleted.

    Args:
        event_id: The event's id, from list_events.
        occurrence: Date (or date and time) of the one occurrence to delete, e.g. "2026-12-08".
    """
    return changes.delete_event(ctx, event_id, occurrence)


EVENT_TOOLS: list[Tool] = [
    add_event,
    list_events,
    get_event,
    update_event,
    delete_event,
    find_free_slots,
]
