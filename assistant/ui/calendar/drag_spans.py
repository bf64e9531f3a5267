"""What a drag on the hour grid asks the tools for: plain arithmetic, no Qt.

A drag gives one occurrence a new span, timed or all day. Moving the whole
series instead moves its first date by the same step: by the same wall-clock
shifts when it stays timed, by the same number of days when it is or becomes
all day, taking the dropped time of day when it gets one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar.model import Moment
from assistant.ui.calendar.all_day_drag import all_day_span
from assistant.ui.calendar.event_values import moment_text
from assistant.ui.calendar.grid_drag import Change


def span_arguments(
    start: Moment, end: Moment, all_day: bool, was_all_day: bool, tz: ZoneInfo
) -> dict[str, Any]:
    """``update_event``'s start and end (and all_day, when the kind changes)."""
    args: dict[str, Any] = {"start": moment_text(start, tz), "end": moment_text(end, tz)}
    if all_day != was_all_day:
        args["all_day"] = all_day  # a date alone would keep a timed event's time
    return args


def series_span(start: Moment, end: Moment, change: Change, tz: ZoneInfo) -> tuple[Moment, Moment]:
    """The series' first ``start`` and ``end`` after one occurrence took ``change``'s span.

    ``start`` and ``end`` are as the dialog shows them: aware datetimes in
    ``tz``, or dates with ``end`` the last day.
    """
    entry = change.entry
    assert entry is not None
    if not entry.all_day and not change.all_day:  # stays timed
        assert entry.start is not None and entry.end is not None
        by_start = _wall(change.start) - _wall(entry.start)
        by_end = _wall(change.end) - _wall(entry.end)
        return (_wall(start) + by_start).replace(tzinfo=tz), (_wall(end) + by_end).replace(
            tzinfo=tz
        )
    was = all_day_span(entry)[0] if entry.all_day else _day(entry.start)
    first = _day(start) + (_day(change.start) - was)
    if change.all_day and entry.all_day:  # moved along the all-day row: same length
        return first, _day(end) + (first - _day(start))
    if change.all_day:  # a timed series becomes all day, each on its own day
        return first, first
    # An all-day series gets the dropped time of day and the dropped length.
    assert isinstance(change.start, datetime) and isinstance(change.end, datetime)
    begin = datetime.combine(first, change.start.time())
    return begin.replace(tzinfo=tz), (begin + (_wall(change.end) - _wall(change.start))).replace(
        tzinfo=tz
    )


def _wall(moment: Moment | None) -> datetime:
    assert isinstance(moment, datetime)
    return moment.replace(tzinfo=None)


def _day(value: Moment | None) -> date:
    assert value is not None
    return value.date() if isinstance(value, datetime) else value
