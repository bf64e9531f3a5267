"""Range reads over the calendar, answered from the materialized window where it reaches.

Every range read has two ways to its answer: the occurrences stored in
``event_instances`` for a window around now (:mod:`assistant.calendar.instances`,
read as bare spans by :mod:`assistant.calendar.spans`), or expanding each active
series (:func:`assistant.calendar.query.expanded_between`) when the range lies
outside that window or the database refuses the refresh. :class:`CalendarIndex`
owns that choice, once, for every kind of read; callers say what they want.

"Now" is the :class:`Clock`'s, never the system's: with a clock pinned to 2031
the window is built around 2031, so every query there takes the fast path too.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import repeat
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from assistant.calendar import instances
from assistant.calendar.expand import Occurrence
from assistant.calendar.query import (
    busy_spans,
    day_start,
    days_touched,
    expanded_between,
    merged,
)
from assistant.calendar.rows import calendars_of
from assistant.calendar.spans import (
    SERIES,
    SINGLE,
    Span,
    collect,
    count_between,
    decode,
    occurrence_span,
)
from assistant.calendar.times import KEY_MARGIN
from assistant.clock import Clock
from assistant.store import Store

T = TypeVar("T")

# Ranges up to this long are read at once: count_between would read them anyway.
_SHORT = 2 * KEY_MARGIN + timedelta(hours=12)
# A new series is checked window by window up to this many windows, else at once.
_MAX_WINDOWS = 12


class CalendarIndex:
    """The calendar's range reads for one store, in the zone and at the "now" of ``clock``."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    @property
    def tz(self) -> ZoneInfo:
        return self.clock.tz

    def covers(self, start: datetime, end: datetime) -> bool:
        """Bring the window up to date; False when [start, end) must be expanded instead."""
        return instances.prepare(self.store, self.tz, start, end, now=self.clock.utcnow())

    def _answer(
        self,
        start: datetime,
        end: datetime,
        fast: Callable[[], T],
        slow: Callable[[list[Occurrence]], T],
    ) -> T:
        """``fast()`` from the stored spans, or ``slow`` of the expanded occurrences."""
        if self.covers(start, end):
            return fast()
        return slow(expanded_between(self.store, self.tz, start, end))

    # -- reads ---------------------------------------------------------------

    def occurrences_between(self, start: datetime, end: datetime) -> list[Occurrence]:
        """All occurrences overlapping [start, end), sorted by start."""
        return self._answer(
            start,
            end,
            lambda: self._decode(collect(self.store, self.tz, start, end)),
            lambda found: found,
        )

    def occurrence_page(
        self, start: datetime, end: datetime, limit: int, needle: str = ""
    ) -> tuple[int, list[Occurrence]]:
        """How many occurrences overlap the range (whose title or location contains
        ``needle``, ignoring case), and the first ``limit`` of them.

        The same as counting and slicing :meth:`occurrences_between`, but only the
        page is decoded. Without a needle the count comes mostly from SQL, and the
        page from a leading part of the range: every occurrence that starts before
        ``cut`` overlaps [start, cut), and all of them sort before the rest.
        """

        def slow(found: list[Occurrence]) -> tuple[int, list[Occurrence]]:
            hits = [o for o in found if _matches(needle, o.title, o.data.location)]
            return len(hits), hits[:limit]

        return self._answer(start, end, lambda: self._page(start, end, limit, needle), slow)

    def _page(
        self, start: datetime, end: datetime, limit: int, needle: str
    ) -> tuple[int, list[Occurrence]]:
        store, tz = self.store, self.tz
        if needle or end - start <= _SHORT:
            spans = [
                s for s in collect(store, tz, start, end) if _matches(needle, s.title, s.location)
            ]
            return len(spans), decode(store, tz, heapq.nsmallest(limit, spans, key=Span.sort_key))
        total = count_between(store, tz, start, end)
        if total == 0 or limit <= 0:
            return total, []
        # Enough of the range for about twice the page, at even density; doubled if short.
        step = (end - start) * min(1.0, 2 * (limit + 1) / total) + timedelta(hours=1)
        while True:
            cut = min(end, start + step)
            spans = collect(store, tz, start, cut, series_range=(start, end))
            if len(spans) >= limit or cut >= end:
                break
            step *= 2
        return total, decode(store, tz, heapq.nsmallest(limit, spans, key=Span.sort_key))

    def conflicts(self, own: list[Occurrence], uid: str) -> list[Occurrence]:
        """Timed occurrences of other events that overlap any of ``own`` (timed only).

        All-day events never conflict: they mark days (a trip, a holiday), not busy time.
        Only the time around each of ``own`` is read, and only the clashes decoded.
        """
        tz = self.tz
        spans = [tuple(m.astimezone(UTC) for m in o.span(tz)) for o in own if not o.all_day]
        if not spans:
            return []
        low = min(s for s, _ in spans)
        high = max(max(e for _, e in spans), low + timedelta(minutes=1))

        def fast() -> list[Occurrence]:
            windows = merged([(s, max(e, s + timedelta(minutes=1))) for s, e in spans])
            if len(windows) > _MAX_WINDOWS:
                windows = [(low, high)]
            found: dict[tuple[Any, ...], Span] = {}
            for start, end in windows:
                for span in collect(
                    self.store, tz, start, end, timed=True, series_range=(low, high)
                ):
                    if span.uid != uid and _clashes((span.start, span.end), spans):
                        found.setdefault(_identity(span), span)
            return self._decode(found.values())

        def slow(others: list[Occurrence]) -> list[Occurrence]:
            return [
                o for o in others if not o.all_day and o.uid != uid and _clashes(o.span(tz), spans)
            ]

        return self._answer(low, high, fast, slow)

    def busy_between(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        """Merged, sorted busy intervals of the timed occurrences, without decoding them."""
        tz = self.tz

        def fast() -> list[tuple[datetime, datetime]]:
            spans = collect(self.store, tz, start, end, timed=True)
            return [
                (s.astimezone(tz), e.astimezone(tz))
                for s, e in merged([(s.start, s.end) for s in spans])
            ]

        return self._answer(start, end, fast, lambda found: busy_spans(found, tz))

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        """How many occurrences touch each local day of ``first``..``last`` (both included).

        An occurrence counts on every day it covers in the user's zone (an end at
        midnight belongs to the day before); days without any are left out.
        """
        tz = self.tz
        start, end = day_start(first, tz), day_start(last + timedelta(days=1), tz)

        def count(spans: Any) -> dict[date, int]:
            counts: Counter[date] = Counter()
            for span in spans:
                counts.update(days_touched(span.start, span.end, span.days, tz, first, last))
            return dict(counts)

        return self._answer(
            start,
            end,
            lambda: count(collect(self.store, tz, start, end)),
            lambda found: count(map(occurrence_span, found, repeat(tz))),
        )

    def calendar_day_counts(self, first: date, last: date) -> dict[date, dict[int | None, int]]:
        """As :meth:`day_counts`, per calendar: its id, or None for the local calendar."""
        tz = self.tz
        start, end = day_start(first, tz), day_start(last + timedelta(days=1), tz)

        def count(spans: Any) -> dict[date, dict[int | None, int]]:
            found = list(spans)
            owner = calendars_of(self.store, (s.event_id for s in found))
            counts: dict[date, Counter[int | None]] = {}
            for span in found:
                calendar = owner.get(span.event_id)
                for day in days_touched(span.start, span.end, span.days, tz, first, last):
                    counts.setdefault(day, Counter())[calendar] += 1
            return {day: dict(by) for day, by in counts.items()}

        return self._answer(
            start,
            end,
            lambda: count(collect(self.store, tz, start, end)),
            lambda found: count(map(occurrence_span, found, repeat(tz))),
        )

    def reminder_occurrences(self, start: datetime, end: datetime) -> list[Occurrence]:
        """The occurrences in the range that have a reminder, sorted as occurrences_between."""
        return self._answer(
            start,
            end,
            lambda: self._decode(collect(self.store, self.tz, start, end, reminders=True)),
            lambda found: [o for o in found if o.data.reminder_minutes is not None],
        )

    def _decode(self, spans: Any) -> list[Occurrence]:
        return decode(self.store, self.tz, sorted(spans, key=Span.sort_key))


def _matches(needle: str, title: str, location: str) -> bool:
    return not needle or needle.casefold() in f"{title}\n{location}".casefold()


def _clashes(other: tuple[datetime, datetime], spans: list[tuple[datetime, ...]]) -> bool:
    start, end = other
    return any(start < e and s < end for s, e in spans)


def _identity(span: Span) -> tuple[Any, ...]:
    """The same occurrence found by two windows (a dynamic series' seq is per window)."""
    if span.kind == SERIES:
        return (span.kind, span.event_id, span.seq)
    if span.kind == SINGLE:
        return (span.kind, span.event_id)
    return (span.kind, span.event_id, span.ref.recurrence_id, span.start, span.end)
