"""Reading the calendar: rows by id or uid, and occurrences in a time range.

A range query must stay fast at 100,000 events, so it never loads all rows.
Series come from their materialized occurrences (``event_instances``, see
:mod:`assistant.calendar.instances`); one-time events from the rows starting in the
range (widened by ``times.KEY_MARGIN`` for all-day keys and by :data:`SPREAD`
for multi-day events) and the "spread" rows that reach far past their start.
Occurrences are first read as bare spans (:mod:`assistant.calendar.spans`)
and decoded only where a caller shows them: a page of a list, the clashes of a
new event, the reminders.

The range reads themselves live in :class:`assistant.calendar.index.CalendarIndex`,
which decides between the stored window and :func:`expanded_between` (which
expands each active series; it is also the tests' oracle).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar.expand import (
    Occurrence,
    expand,
    instant,
    is_recurring,
    single,
)
from assistant.calendar.model import EventData
from assistant.calendar.rows import SPREAD, SPREAD_SQL
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
    return [(s.astimezone(tz), e.astimezone(tz)) for s, e in merged(utc)]


def merged(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
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


def days_touched(
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
