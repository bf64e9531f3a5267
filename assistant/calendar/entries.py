"""What the calendar shows: occurrences as per-day agenda entries and month markers.

The calendar view's read model, in the core: the rules (which days an
occurrence lands on, all-day events first) are plain functions, and the
loaders run on the window's worker threads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from assistant.calendar.expand import Occurrence, instant
from assistant.calendar.index import CalendarIndex
from assistant.calendar.query import day_start
from assistant.clock import Clock
from assistant.store import Store


@dataclass(frozen=True)
class AgendaEntry:
    """One occurrence as it appears on one day."""

    day: date
    occurrence: Occurrence
    # Local start and end of the occurrence (None for all-day events).
    start: datetime | None
    end: datetime | None

    @property
    def event_id(self) -> int:
        return self.occurrence.event_id

    @property
    def title(self) -> str:
        return self.occurrence.title

    @property
    def location(self) -> str:
        return self.occurrence.data.location

    @property
    def all_day(self) -> bool:
        return self.occurrence.all_day

    @property
    def recurring(self) -> bool:
        occ = self.occurrence
        return occ.is_override or bool(occ.series_rrule) or bool(occ.data.rdates)

    @property
    def starts_today(self) -> bool:
        return self.start is not None and self.start.date() == self.day

    @property
    def ends_today(self) -> bool:
        # An end at midnight belongs to the day before.
        return self.end is not None and (self.end - timedelta(microseconds=1)).date() == self.day

    def sort_key(self) -> tuple[date, int, datetime, str, int]:
        moment = self.start or datetime.min.replace(tzinfo=ZoneInfo("UTC"))
        return (self.day, 0 if self.all_day else 1, moment, self.title.casefold(), self.event_id)


def days_of(occ: Occurrence, tz: ZoneInfo, low: date, high: date) -> list[date]:
    """The local days within ``low``..``high`` that an occurrence covers.

    Clipping to the range keeps a year-long "trip" from costing a year of days.
    """
    if occ.all_day:
        first = occ.start
        last = occ.end - timedelta(days=1) if occ.end > occ.start else occ.start
    else:
        start, end = (moment.astimezone(tz) for moment in occ.span(tz))
        first = start.date()
        # An event ending at midnight does not spill into the next day.
        last = (end - timedelta(microseconds=1)).date() if end > start else first
    assert isinstance(first, date) and isinstance(last, date)
    first, last = max(first, low), min(last, high)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def entries_for(
    occurrences: list[Occurrence], first: date, last: date, tz: ZoneInfo
) -> list[AgendaEntry]:
    """Entries for the days ``first``..``last``: all-day first, then by start."""
    found: list[AgendaEntry] = []
    for occ in occurrences:
        if occ.all_day:
            start = end = None
        else:
            begin, finish = occ.span(tz)
            start, end = begin.astimezone(tz), finish.astimezone(tz)
        found += [AgendaEntry(day, occ, start, end) for day in days_of(occ, tz, first, last)]
    found.sort(key=AgendaEntry.sort_key)
    return found


def marker_counts(
    occurrences: list[Occurrence], first: date, last: date, tz: ZoneInfo
) -> dict[date, int]:
    """How many events touch each local day of ``first``..``last``."""
    counts: Counter[date] = Counter()
    for occ in occurrences:
        counts.update(days_of(occ, tz, first, last))
    return dict(counts)


def load_range(store: Store, clock: Clock, first: date, last: date) -> list[Occurrence]:
    """Every occurrence overlapping the local days ``first``..``last`` (worker thread)."""
    tz = clock.tz
    return CalendarIndex(store, clock).occurrences_between(
        day_start(first, tz), day_start(last + timedelta(days=1), tz)
    )


def load_entries(store: Store, clock: Clock, first: date, last: date) -> list[AgendaEntry]:
    return entries_for(load_range(store, clock, first, last), first, last, clock.tz)


def local_moment(value: date | datetime, tz: ZoneInfo) -> date | datetime:
    """A moment as the user sees it: datetimes in the user's zone, dates as they are."""
    return instant(value, tz).astimezone(tz) if isinstance(value, datetime) else value
