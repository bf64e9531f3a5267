"""Reading the calendar: rows by id or uid, and occurrences in a time range.

A range query must stay fast at 100,000 events, so it never loads all rows:

- rows starting in the range (widened by ``times.KEY_MARGIN`` for all-day
  keys and by :data:`SPREAD` for multi-day events), through ``events_start``;
- "spread" rows that reach far past their start (events longer than a few
  days, RDATE-only series), matched by :data:`_SPREAD_SQL`;
- repeating masters whose series can reach the range, through the partial
  index ``events_series`` (``+start_utc`` keeps SQLite off ``events_start``,
  which would walk every past event);
- the overrides of those series, by uid.

Everything is then filtered exactly in Python on aware instants.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from assistant.clock import Clock
from assistant.dates import localize, resolve_range
from assistant.errors import NotFound
from assistant.ical import instances
from assistant.ical.model import EventData
from assistant.ical.recurrence import (
    Occurrence,
    expand,
    instant,
    is_recurring,
    series_zone,
    single,
)
from assistant.ical.times import KEY_MARGIN, utc_key
from assistant.store import Store

Row = dict[str, Any]

# Events up to this long are found by their start alone.
SPREAD = timedelta(days=7)
# Must stay textually identical to the WHERE of a partial index on (start_utc)
# if one is added (see the report to the lead): SQLite then uses that index.
_SPREAD_SQL = "rrule IS NULL AND (rdates <> '[]' OR julianday(end_utc) - julianday(start_utc) > 6)"
_UID_BATCH = 500
# Decoded rows by (zone, every column value): a range query decodes the same
# masters and nearby events again and again. Keyed by the whole row, so any
# change to it (whoever wrote it) is a miss; cleared when it grows too large.
_DECODED: dict[tuple[Any, ...], EventData] = {}
_DECODED_MAX = 50_000
# Decoded series masters per store, by (id, instances' ver, zone): ver changes
# whenever any row of the series does (assistant/ical/instances.py).
_MASTERS: WeakKeyDictionary[Store, dict[tuple[int, int, str], tuple[Row, EventData, ZoneInfo]]]
_MASTERS = WeakKeyDictionary()


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

    Series come from ``event_instances`` (see :mod:`assistant.ical.instances`);
    a range outside its window is expanded as :func:`expanded_between` does.
    """
    if not instances.prepare(store, tz, range_start, range_end):
        return expanded_between(store, tz, range_start, range_end)
    return _materialized_between(store, tz, range_start, range_end)


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
    found.sort(key=lambda o: (instant(o.start, tz), o.title.lower(), o.event_id))
    return found


def _materialized_between(
    store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime
) -> list[Occurrence]:
    """The same result as :func:`expanded_between`, series read from their instances."""
    low = utc_key(range_start - KEY_MARGIN)
    high = utc_key(range_end + KEY_MARGIN)
    rows = {r["id"]: r for r in _single_rows(store, range_start, range_end)}
    override_uids = {r["uid"] for r in rows.values() if r["recurrence_id"]}
    owned = instances.repeating_uids(store, sorted(override_uids))
    found: list[Occurrence] = []
    for row in rows.values():
        if not _repeats(row) and not (row["recurrence_id"] and row["uid"] in owned):
            one = single(row["id"], _decode(row, tz))
            if one.overlaps(range_start, range_end, tz):
                found.append(one)
    hits = instances.instances_between(store, range_start, range_end)
    dynamic = instances.dynamic_ids(store)
    known = _MASTERS.setdefault(store, {})
    masters: dict[int, Row] = {}
    decoded: dict[int, tuple[EventData, ZoneInfo]] = {}
    for hit in hits:
        cached = known.get((hit["event_id"], hit["ver"], tz.key))
        if cached is not None:
            masters[hit["event_id"]] = cached[0]
            decoded[hit["event_id"]] = cached[1], cached[2]
    missing = {h["event_id"] for h in hits if h["event_id"] not in masters} | set(dynamic)
    masters.update((r["id"], r) for r in _rows_by_id(store, missing))
    if len(known) > _DECODED_MAX:
        known.clear()
    for hit in hits:
        event_id = hit["event_id"]
        if event_id not in decoded and event_id in masters:
            data = _decode(masters[event_id], tz)
            decoded[event_id] = data, series_zone(data, tz)
            known[(event_id, hit["ver"], tz.key)] = (masters[event_id], *decoded[event_id])

    def shown(master: Row) -> bool:
        # Which series expanded_between expands: active ones, and those owning an
        # override found in the range.
        active = master["start_utc"] < high and (
            master["rrule"] is None
            or master["series_end_utc"] is None
            or master["series_end_utc"] >= low
        )
        return active or master["uid"] in override_uids

    override_rows = _rows_by_id(
        store,
        {
            h["override_id"]
            for h in hits
            if h["override_id"] is not None
            and h["event_id"] in masters
            and shown(masters[h["event_id"]])
        },
    )
    override_data = {r["id"]: _decode(r, tz) for r in override_rows}
    series: list[tuple[int, int, Occurrence]] = []
    for hit in hits:
        master = masters.get(hit["event_id"])
        if master is None or not shown(master):
            continue
        data, zone = decoded[master["id"]]
        oid = hit["override_id"]
        occ = instances.occurrence_of(
            hit, data, zone, override_data[oid] if oid is not None else None
        )
        if occ.overlaps(range_start, range_end, tz):
            series.append((hit["event_id"], hit["seq"], occ))
    series.sort(key=lambda t: (t[0], t[1]))
    found += [occ for _, _, occ in series]
    chosen = [masters[i] for i in dynamic if i in masters and shown(masters[i])]
    overrides: dict[str, list[EventData]] = {}
    for row in _rows_by_uid(store, {m["uid"] for m in chosen}, masters=False):
        overrides.setdefault(row["uid"], []).append(_decode(row, tz))
    for master in chosen:
        data = _decode(master, tz)
        extra = overrides.get(master["uid"], [])
        found += expand(data, extra, range_start, range_end, tz, event_id=master["id"])
    found.sort(key=lambda o: (instant(o.start, tz), o.title.lower(), o.event_id))
    return found


def _single_rows(store: Store, range_start: datetime, range_end: datetime) -> list[Row]:
    """_candidate_rows without repeating masters (rows with rrule '' stay: they are singles).

    The starting rows need no ``OR rdates <> '[]'``: the spread query finds every
    row with RDATEs that starts before the range ends.
    """
    low = utc_key(range_start - KEY_MARGIN)
    high = utc_key(range_end + KEY_MARGIN)
    starting = store.query(
        "SELECT * FROM events INDEXED BY events_single_range WHERE start_utc >= ? "
        "AND start_utc < ? AND end_utc >= ? AND rrule IS NULL",
        (utc_key(range_start - KEY_MARGIN - SPREAD), high, low),
    )
    spread = store.query(
        f"SELECT * FROM events WHERE +start_utc < ? AND (end_utc > ? OR rdates <> '[]') "
        f"AND {_SPREAD_SQL}",
        (high, low),
    )
    empty_rule = store.query(
        "SELECT * FROM events WHERE rrule = '' AND recurrence_id = '' "
        "AND +start_utc < ? AND (series_end_utc IS NULL OR series_end_utc >= ?)",
        (high, low),
    )
    return starting + spread + empty_rule


def _rows_by_id(store: Store, ids: Iterable[int]) -> list[Row]:
    wanted = sorted(ids)
    rows: list[Row] = []
    for i in range(0, len(wanted), _UID_BATCH):
        batch = wanted[i : i + _UID_BATCH]
        marks = ", ".join("?" for _ in batch)
        rows += store.query(f"SELECT * FROM events WHERE id IN ({marks})", batch)
    return rows


def _decode(row: Row, tz: ZoneInfo) -> EventData:
    """``EventData.from_row``, cached; callers must not change the result."""
    key = (tz.key, *row.values())
    data = _DECODED.get(key)
    if data is None:
        if len(_DECODED) >= _DECODED_MAX:
            _DECODED.clear()
        data = _DECODED[key] = EventData.from_row(row, tz)
    return data


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
        f"AND {_SPREAD_SQL}",
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
    """
    tz = clock.tz
    spans = [o.span(tz) for o in own if not o.all_day]
    if not spans:
        return []
    low = min(s for s, _ in spans)
    high = max(e for _, e in spans)
    others = [
        o
        for o in occurrences_between(store, tz, low, max(high, low + timedelta(minutes=1)))
        if o.uid != uid and not o.all_day
    ]
    clashes: list[Occurrence] = []
    for other in others:
        start, end = other.span(tz)
        if any(start < e and s < end for s, e in spans) and other not in clashes:
            clashes.append(other)
    return clashes


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
    spans = sorted(o.span(tz) for o in occurrences if not o.all_day)
    merged: list[tuple[datetime, datetime]] = []
    for start, end in spans:
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
