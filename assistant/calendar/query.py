"""Reading the calendar: rows by id or uid, and occurrences in a time range.

A range query must stay fast at 100,000 events, so it never loads all rows.
Series come from their materialized occurrences (``event_instances``, see
:mod:`assistant.calendar.instances`); one-time events from the rows starting in the
range (widened by ``times.KEY_MARGIN`` for all-day keys and by :data:`SPREAD`
for multi-day events) and the "spread" rows that reach far past their start.
Occurrences are first read as bare spans (:mod:`assistant.calendar.spans`)
and decoded only where a caller shows them: a page of a list, the clashes of a
new event, the reminders.

A range far from now is answered by :func:`expanded_between`, which expands
each active series; it is also the tests' oracle.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from itertools import repeat
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar import instances
from assistant.calendar.expand import (
    Occurrence,
    expand,
    instant,
    is_recurring,
    single,
)
from assistant.calendar.model import EventData
from assistant.calendar.rows import SPREAD, SPREAD_SQL
from assistant.calendar.spans import (
    SERIES,
    SINGLE,
    Span,
    collect,
    count_between,
    decode,
    occurrence_span,
)
from assistant.calendar.times import KEY_MARGIN, utc_key
from assistant.clock import Clock
from assistant.dates import localize, resolve_range
from assistant.errors import NotFound
from assistant.store import Store

Row = dict[str, Any]

_UID_BATCH = 500


def load_event(store: Store, event_id: int, tz: ZoneInfo) -> tuple[Row, EventData]:
    """The row and its EventData, or :class:`NotFound` naming the id."""
    row = store.get("events", event_id)
    if row is None:
        raise NotFound(
            f"There is no event with id {event_id}. Use list_events to find the right id."
        )
    return row, EventData.from_row(row, tz)


def load_overrides(store: Store, uid: str, tz: ZoneInfo) -> list[tuple[Row, EventData]]:
    rows = store.query(
        "SELECT * FROM events WHERE uid = ? AND recurrence_id <> '' ORDER BY start_utc", (uid,)
    )
    return [(r, EventData.from_row(r, tz)) for r in rows]


def load_master(store: Store, uid: str, tz: ZoneInfo) -> tuple[Row, EventData] | None:
    rows = store.query("SELECT * FROM events WHERE uid = ? AND recurrence_id = ''", (uid,))
    return (rows[0], EventData.from_row(rows[0], tz)) if rows else None


def occurrences_between(
    store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime
) -> list[Occurrence]:
    """All occurrences overlapping [range_start, range_end), sorted by start.

    Series come from ``event_instances`` (see :mod:`assistant.calendar.instances`);
    a range outside its window is expanded as :func:`expanded_between` does.
    """
    if not instances.prepare(store, tz, range_start, range_end):
        return expanded_between(store, tz, range_start, range_end)
    spans = collect(store, tz, range_start, range_end)
    return decode(store, tz, sorted(spans, key=Span.sort_key))


def occurrence_page(
    store: Store,
    tz: ZoneInfo,
    range_start: datetime,
    range_end: datetime,
    limit: int,
    needle: str = "",
) -> tuple[int, list[Occurrence]]:
    """How many occurrences overlap the range (whose title or location contains
    ``needle``, ignoring case), and the first ``limit`` of them.

    The same as counting and slicing :func:`occurrences_between`, but only the
    page is decoded. Without a needle the count comes mostly from SQL, and the
    page from a leading part of the range: every occurrence that starts before
    ``cut`` overlaps [range_start, cut), and all of them sort before the rest.
    """
    if not instances.prepare(store, tz, range_start, range_end):
        found = expanded_between(store, tz, range_start, range_end)
        found = [o for o in found if _matches(needle, o.title, o.data.location)]
        return len(found), found[:limit]
    if needle or range_end - range_start <= _SHORT:
        spans = [
            s
            for s in collect(store, tz, range_start, range_end)
            if _matches(needle, s.title, s.location)
        ]
        return len(spans), decode(store, tz, heapq.nsmallest(limit, spans, key=Span.sort_key))
    total = count_between(store, tz, range_start, range_end)
    if total == 0 or limit <= 0:
        return total, []
    # Enough of the range for about twice the page, at even density; doubled if short.
    step = (range_end - range_start) * min(1.0, 2 * (limit + 1) / total) + timedelta(hours=1)
    while True:
        cut = min(range_end, range_start + step)
        spans = collect(store, tz, range_start, cut, series_range=(range_start, range_end))
        if len(spans) >= limit or cut >= range_end:
            break
        step *= 2
    return total, decode(store, tz, heapq.nsmallest(limit, spans, key=Span.sort_key))


# Ranges up to this long are read at once: count_between would read them anyway.
_SHORT = 2 * KEY_MARGIN + timedelta(hours=12)


def _matches(needle: str, title: str, location: str) -> bool:
    return not needle or needle.casefold() in f"{title}\n{location}".casefold()


def expanded_between(
    store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime
) -> list[Occurrence]:
    """:func:`occurrences_between` by expanding each active series (the fallback and oracle)."""
    rows = {r["id"]: r for r in _candidate_rows(store, range_start, range_end)}
    masters = {r["uid"]: r for r in rows.values() if not r["recurrence_id"] and _repeats(r)}
    override_uids = {r["uid"] for r in rows.values() if r["recurrence_id"]}
    for master in _rows_by_uid(store, override_uids - masters.keys(), masters=True):
        if _repeats(master):  # a one-time "master" cannot own overrides
            masters[master["uid"]] = master
    overrides: dict[str, list[EventData]] = {}
    for row in _rows_by_uid(store, set(masters), masters=False):
        overrides.setdefault(row["uid"], []).append(EventData.from_row(row, tz))
    found: list[Occurrence] = []
    for row in rows.values():
        # Singles, and overrides whose series is gone (an import may leave those).
        if not _repeats(row) and not (row["recurrence_id"] and row["uid"] in masters):
            one = single(row["id"], EventData.from_row(row, tz))
            if one.overlaps(range_start, range_end, tz):
                found.append(one)
    for master in masters.values():
        data = EventData.from_row(master, tz)
        extra = overrides.get(master["uid"], [])
        found += expand(data, extra, range_start, range_end, tz, event_id=master["id"])
    # Instants in UTC: two times in one zone compare by wall clock, fold ignored.
    found.sort(key=lambda o: (instant(o.start, tz).astimezone(UTC), o.title.lower(), o.event_id))
    return found


def _repeats(row: Row) -> bool:
    return bool(row["rrule"]) or row["rdates"] != "[]"


def _candidate_rows(store: Store, range_start: datetime, range_end: datetime) -> list[Row]:
    low = utc_key(range_start - KEY_MARGIN)
    high = utc_key(range_end + KEY_MARGIN)
    starting = store.query(
        "SELECT * FROM events WHERE start_utc >= ? AND start_utc < ? AND rrule IS NULL "
        "AND (end_utc >= ? OR rdates <> '[]')",
        (utc_key(range_start - KEY_MARGIN - SPREAD), high, low),
    )
    # The cheap end_utc test runs first and drops almost every past row.
    spread = store.query(
        f"SELECT * FROM events WHERE +start_utc < ? AND (end_utc > ? OR rdates <> '[]') "
        f"AND {SPREAD_SQL}",
        (high, low),
    )
    series = store.query(
        "SELECT * FROM events WHERE rrule IS NOT NULL AND recurrence_id = '' "
        "AND +start_utc < ? AND (series_end_utc IS NULL OR series_end_utc >= ?)",
        (high, low),
    )
    return starting + spread + series


def _rows_by_uid(store: Store, uids: Iterable[str], *, masters: bool) -> list[Row]:
    wanted = sorted(uids)
    which = "recurrence_id = ''" if masters else "recurrence_id <> ''"
    rows: list[Row] = []
    for i in range(0, len(wanted), _UID_BATCH):
        batch = wanted[i : i + _UID_BATCH]
        marks = ", ".join("?" for _ in batch)
        rows += store.query(f"SELECT * FROM events WHERE uid IN ({marks}) AND {which}", batch)
    return rows


# -- ranges -----------------------------------------------------------------


def day_start(day: Any, tz: ZoneInfo) -> datetime:
    """Local midnight of a date, as an aware instant."""
    return localize(datetime.combine(day, time()), tz)


def default_range(clock: Clock, days: int = 7) -> tuple[datetime, datetime]:
    """Today and the following days, midnight to midnight in the user's zone."""
    today = clock.now.date()
    return day_start(today, clock.tz), day_start(today + timedelta(days=days), clock.tz)


def resolve_days(text: str | None, clock: Clock) -> tuple[datetime, datetime]:
    """A range from the user's words; none given means today and the next 6 days."""
    if text is None or not text.strip():
        return default_range(clock)
    return resolve_range(text, clock)


# -- conflicts --------------------------------------------------------------

CONFLICT_WINDOW = timedelta(days=28)
MAX_CONFLICTS = 3


def conflicts(store: Store, clock: Clock, own: list[Occurrence], uid: str) -> list[Occurrence]:
    """Timed occurrences of other events that overlap any of ``own`` (timed only).

    All-day events never conflict: they mark days (a trip, a holiday), not busy time.
    Only the time around each of ``own`` is read, and only the clashes decoded.
    """
    tz = clock.tz
    spans = [tuple(m.astimezone(UTC) for m in o.span(tz)) for o in own if not o.all_day]
    if not spans:
        return []
    low = min(s for s, _ in spans)
    high = max(max(e for _, e in spans), low + timedelta(minutes=1))
    if not instances.prepare(store, tz, low, high):
        others = expanded_between(store, tz, low, high)
        return [o for o in others if not o.all_day and o.uid != uid and _clashes(o.span(tz), spans)]
    windows = _merged([(s, max(e, s + timedelta(minutes=1))) for s, e in spans])
    if len(windows) > _MAX_WINDOWS:
        windows = [(low, high)]
    found: dict[tuple[Any, ...], Span] = {}
    for start, end in windows:
        for span in collect(store, tz, start, end, timed=True, series_range=(low, high)):
            if span.uid != uid and _clashes((span.start, span.end), spans):
                found.setdefault(_identity(span), span)
    return decode(store, tz, sorted(found.values(), key=Span.sort_key))


# A new series is checked window by window up to this many windows, else at once.
_MAX_WINDOWS = 12


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


def own_occurrences(data: EventData, clock: Clock, event_id: int) -> list[Occurrence]:
    """The occurrences of a new or changed event worth checking for conflicts.

    A series is checked for the four weeks from today (or from its start, if later).
    """
    if not is_recurring(data):
        return [single(event_id, data)]
    begin = max(instant(data.start, clock.tz), day_start(clock.now.date(), clock.tz))
    return expand(data, [], begin, begin + CONFLICT_WINDOW, clock.tz, event_id=event_id)


# -- free time --------------------------------------------------------------


def busy_spans(occurrences: list[Occurrence], tz: ZoneInfo) -> list[tuple[datetime, datetime]]:
    """Merged, sorted busy intervals of the timed occurrences (all-day ones do not block)."""
    spans = [o.span(tz) for o in occurrences if not o.all_day]
    utc = [(s.astimezone(UTC), e.astimezone(UTC)) for s, e in spans]
    return [(s.astimezone(tz), e.astimezone(tz)) for s, e in _merged(utc)]


def busy_between(
    store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime
) -> list[tuple[datetime, datetime]]:
    """busy_spans of the occurrences in the range, without decoding them."""
    if not instances.prepare(store, tz, range_start, range_end):
        return busy_spans(expanded_between(store, tz, range_start, range_end), tz)
    spans = collect(store, tz, range_start, range_end, timed=True)
    return [
        (s.astimezone(tz), e.astimezone(tz)) for s, e in _merged([(s.start, s.end) for s in spans])
    ]


def _merged(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Sorted, with overlapping or touching intervals joined (compare in UTC: see below)."""
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_gaps(
    window_start: datetime, window_end: datetime, busy: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, datetime]]:
    """The parts of [window_start, window_end) that no busy interval covers."""
    gaps: list[tuple[datetime, datetime]] = []
    cursor = window_start
    for start, end in busy:
        if end <= cursor:
            continue
        if start >= window_end:
            break
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < window_end:
        gaps.append((cursor, window_end))
    return gaps


# -- month markers and reminders ----------------------------------------------


def day_counts(store: Store, clock: Clock, first: date, last: date) -> dict[date, int]:
    """How many occurrences touch each local day of ``first``..``last`` (both included).

    An occurrence counts on every day it covers in the user's zone (an end at
    midnight belongs to the day before); days without any are left out.
    """
    tz = clock.tz
    start, end = day_start(first, tz), day_start(last + timedelta(days=1), tz)
    counts: Counter[date] = Counter()
    if instances.prepare(store, tz, start, end):
        for span in collect(store, tz, start, end):
            counts.update(_days(span.start, span.end, span.days, tz, first, last))
        return dict(counts)
    for span in map(occurrence_span, expanded_between(store, tz, start, end), repeat(tz)):
        counts.update(_days(span.start, span.end, span.days, tz, first, last))
    return dict(counts)


def _days(
    start: datetime,
    end: datetime,
    days: tuple[date, date] | None,
    tz: ZoneInfo,
    low: date,
    high: date,
) -> list[date]:
    """The local days within ``low``..``high`` that an occurrence covers."""
    if days is not None:
        first = days[0]
        last = days[1] - timedelta(days=1) if days[1] > days[0] else days[0]
    else:
        first = start.astimezone(tz).date()
        last = (end - timedelta(microseconds=1)).astimezone(tz).date() if end > start else first
    first, last = max(first, low), min(last, high)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def reminder_occurrences(
    store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime
) -> list[Occurrence]:
    """The occurrences in the range that have a reminder, sorted as occurrences_between."""
    if not instances.prepare(store, tz, range_start, range_end):
        found = expanded_between(store, tz, range_start, range_end)
        return [o for o in found if o.data.reminder_minutes is not None]
    spans = collect(store, tz, range_start, range_end, reminders=True)
    return decode(store, tz, sorted(spans, key=Span.sort_key))
