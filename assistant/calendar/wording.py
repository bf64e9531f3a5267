"""How calendar tools word their results for the model and the user.

Every time shown carries its weekday (``format_when``), so a 3B model and its
user can both check what "next Tuesday" became.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from assistant.calendar.expand import Occurrence
from assistant.calendar.model import EventData, Moment, shown_title
from assistant.dates import describe_rrule, format_when


def span_text(start: Moment, end: Moment | None, tz: ZoneInfo) -> str:
    """A start and end in words, with weekdays.

    Like "Tue 2026-12-01 13:30-14:00 CET" or "Thu 2026-12-24 to Sat 2026-12-26 (all day)".
    """
    if not isinstance(start, datetime):
        # Stored all-day ends are exclusive; people count the last day.
        last = end - timedelta(days=1) if end is not None and end > start else start
        if last == start:
            return f"{format_when(start, tz)} (all day)"
        return f"{format_when(start, tz)} to {format_when(last, tz)} (all day)"
    shown = format_when(start, tz)
    if end is None or end == start or not isinstance(end, datetime):
        return shown
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    hhmm = f"{local_start:%H:%M}"
    same_day = local_start.date() == local_end.date()
    if same_day and local_start.tzname() == local_end.tzname() and hhmm in shown:
        return shown.replace(hhmm, f"{hhmm}-{local_end:%H:%M}", 1)
    return f"{shown} to {format_when(end, tz)}"


def range_text(low: datetime, high: datetime, tz: ZoneInfo) -> str:
    """A range in words: "from Fri 2026-11-27 to Thu 2026-12-03" for whole days."""
    local_low, local_high = low.astimezone(tz), high.astimezone(tz)
    if local_low.time() == local_high.time() == time(0):
        last = local_high.date() - timedelta(days=1)
        if last == local_low.date():
            return f"on {format_when(last, tz)}"
        return f"from {format_when(local_low.date(), tz)} to {format_when(last, tz)}"
    return f"from {format_when(low, tz)} to {format_when(high, tz)}"


def repeat_text(rrule: str) -> str:
    words = describe_rrule(rrule)
    return words if words.startswith("repeats") else f"repeats {words}"


def event_summary(data: EventData, event_id: int, tz: ZoneInfo) -> str:
    """One line, like "'Dentist' (id 12): Tue 2026-12-01 13:00-14:00 CET, at Main St"."""
    when = span_text(data.start, data.effective_end(), tz)
    parts = [f"'{shown_title(data.title)}' (id {event_id}): {when}"]
    if data.location:
        parts[0] += f", at {data.location}"
    if data.rrule:
        parts.append(repeat_text(data.rrule))
    if data.rdates:
        parts.append(f"also on {', '.join(format_when(d, tz) for d in data.rdates)}")
    if data.exdates:
        parts.append(f"skipping {', '.join(format_when(d, tz) for d in data.exdates)}")
    if data.reminder_minutes is not None:
        parts.append(f"reminder {data.reminder_minutes} minutes before")
    return "; ".join(parts)


def occurrence_line(occ: Occurrence, tz: ZoneInfo) -> str:
    """One line of a listing, like "- Dentist: Tue 2026-12-01 13:30-14:00 CET [id 12]"."""
    notes = [f"id {occ.event_id}"]
    if occ.data.location:
        notes.append(f"at {occ.data.location}")
    if occ.series_rrule:
        notes.append("changed occurrence of a series" if occ.is_override else "repeats")
    return f"- {occ.title}: {span_text(occ.start, occ.end, tz)} [{'; '.join(notes)}]"


def conflict_note(clashes: list[Occurrence], tz: ZoneInfo, shown: int = 3) -> str:
    """Like "Note: this overlaps 'Dentist' Tue 2026-12-01 13:30-14:00 CET.", or ""."""
    if not clashes:
        return ""
    names = [f"'{c.title}' {span_text(c.start, c.end, tz)}" for c in clashes[:shown]]
    more = len(clashes) - shown
    tail = f"; and {more} more" if more > 0 else ""
    return f"Note: this overlaps {'; '.join(names)}{tail}."
