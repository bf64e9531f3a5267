"""The rows behind a calendar range query: one-time events, instances, masters.

SQL only (no spans, no decoding beyond a cached ``EventData.from_row``); see
:mod:`assistant.calendar.spans` for how they become occurrences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from assistant.calendar import instances
from assistant.calendar.model import EventData
from assistant.calendar.times import KEY_MARGIN, utc_key
from assistant.store import Store

Row = dict[str, Any]

# Events up to this long are found by their start alone.
SPREAD = timedelta(days=7)
# Must stay textually identical to the WHERE of the partial index events_spread
# (migration m001): SQLite then uses that index.
SPREAD_SQL = "rrule IS NULL AND (rdates <> '[]' OR julianday(end_utc) - julianday(start_utc) > 6)"


# An instance row whose occurrence may have a reminder: its override's (checked
# once the override is read) or its master's, looked up by rowid per row.
MAY_REMIND = (
    " AND (override_id IS NOT NULL"
    " OR (SELECT reminder_minutes FROM events WHERE id = event_id) IS NOT NULL)"
)
_BATCH = 500
_CACHE_MAX = 50_000
# Decoded rows by (zone, every column value): keyed by the whole row, so any
# change to it (whoever wrote it) is a miss; cleared when it grows too large.
_DECODED: dict[tuple[Any, ...], EventData] = {}
# Master rows of materialized series by (id, ver): ver changes whenever any row
# of the series does (assistant/calendar/instances.py), so a hit is never stale.
_MASTERS: WeakKeyDictionary[Store, dict[tuple[int, int], Row]] = WeakKeyDictionary()


@dataclass(frozen=True)
class Skip:
    """Key windows whose rows :func:`count_between` counts in SQL, left out of collect."""

    singles: tuple[str, str] | None
    series: str  # instance rows starting at or after this key


def count_singles(store: Store, first: str, stop: str, low: str) -> int:
    """One-time events keyed in [first, stop): what the three single_rows queries find.

    The index alone counts the rows (no table reads); the few repeating
    (RDATE-only) rows and the overrides owned by a series are taken off.
    """
    window = (first, stop, low)
    every = store.query(
        "SELECT count(*) AS n FROM events INDEXED BY events_single_range "
        "WHERE start_utc >= ? AND start_utc < ? AND end_utc >= ? AND rrule IS NULL",
        window,
    )[0]["n"]
    rdate_only = store.query(
        f"SELECT count(*) AS n FROM events INDEXED BY events_spread WHERE {SPREAD_SQL} "
        "AND rdates <> '[]' AND start_utc >= ? AND start_utc < ? AND end_utc >= ?",
        window,
    )[0]["n"]
    owned = store.query(
        "SELECT count(*) AS n FROM events INDEXED BY events_overrides "
        "WHERE recurrence_id <> '' AND rrule IS NULL AND start_utc >= ? AND start_utc < ? "
        "AND end_utc >= ? AND rdates = '[]' AND uid IN (SELECT uid FROM instance_series)",
        window,
    )[0]["n"]
    empty_rule = store.query(
        "SELECT count(*) AS n FROM events WHERE rrule = '' AND recurrence_id = '' "
        "AND rdates = '[]' AND start_utc >= ? AND start_utc < ? "
        "AND (series_end_utc IS NULL OR series_end_utc >= ?)",
        window,
    )[0]["n"]
    return int(every - rdate_only - owned + empty_rule)


def single_rows(
    store: Store,
    range_start: datetime,
    range_end: datetime,
    columns: str,
    extra: str = "",
    skip: Skip | None = None,
    reminders: bool = False,
) -> list[Row]:
    """Rows that may be one-time events overlapping the range (repeating masters left out).

    Those starting near the range (``events_single_range``, or
    ``events_single_reminders`` for rows with a reminder), long ones and
    RDATE-only series (``events_spread``: the starting rows need no
    ``OR rdates <> '[]'``), and masters with an empty RRULE, each row once.
    ``extra`` narrows all three; its ``+`` keeps SQLite on these indexes.
    """
    low = utc_key(range_start - KEY_MARGIN)
    high = utc_key(range_end + KEY_MARGIN)
    floor = utc_key(range_start - KEY_MARGIN - SPREAD)
    windows = [(floor, high)]
    outside = ""
    skipped: tuple[str, ...] = ()
    if skip is not None and skip.singles is not None:
        inner_low, inner_high = skip.singles
        windows = [(floor, min(inner_low, high)), (max(inner_high, floor), high)]
        outside, skipped = " AND NOT (start_utc >= ? AND start_utc < ?)", skip.singles
    index = "events_single_reminders" if reminders else "events_single_range"
    near = " AND reminder_minutes IS NOT NULL" if reminders else ""
    rows: list[Row] = []
    for start, stop in windows:
        if start < stop:
            rows += store.query(
                f"SELECT {columns} FROM events INDEXED BY {index} WHERE start_utc >= ? "
                f"AND start_utc < ? AND end_utc >= ? AND rrule IS NULL{near}{extra}",
                (start, stop, low),
            )
    rows += store.query(
        f"SELECT {columns} FROM events WHERE +start_utc < ? AND (end_utc > ? OR rdates <> '[]') "
        f"AND {SPREAD_SQL}{extra}{outside}",
        (high, low, *skipped),
    )
    rows += store.query(
        f"SELECT {columns} FROM events WHERE rrule = '' AND recurrence_id = '' "
        f"AND +start_utc < ? AND (series_end_utc IS NULL OR series_end_utc >= ?){extra}{outside}",
        (high, low, *skipped),
    )
    return list({r["id"]: r for r in rows}.values())


def override_uids(store: Store, range_start: datetime, range_end: datetime) -> set[str]:
    """The uids of the overrides among single_rows (through the index events_overrides)."""
    low = utc_key(range_start - KEY_MARGIN)
    high = utc_key(range_end + KEY_MARGIN)
    near = store.query(
        "SELECT uid FROM events INDEXED BY events_overrides WHERE recurrence_id <> '' "
        "AND rrule IS NULL AND start_utc >= ? AND start_utc < ? AND end_utc >= ?",
        (utc_key(range_start - KEY_MARGIN - SPREAD), high, low),
    )
    spread = store.query(
        f"SELECT uid FROM events WHERE +start_utc < ? AND (end_utc > ? OR rdates <> '[]') "
        f"AND {SPREAD_SQL} AND recurrence_id <> ''",
        (high, low),
    )
    return {r["uid"] for r in near + spread}


def instance_rows(
    store: Store,
    range_start: datetime,
    range_end: datetime,
    timed: bool,
    reminders: bool,
    skip: Skip | None,
) -> list[Row]:
    """Instance rows that may overlap the range, narrowed in SQL (exact test left to the caller)."""
    low = utc_key(range_start - timedelta(minutes=1))
    high = utc_key(range_end + timedelta(minutes=1))
    if skip is not None:
        high = min(high, skip.series)
    extra = (" AND day_start IS NULL" if timed else "") + (MAY_REMIND if reminders else "")
    short = store.query(
        "SELECT * FROM event_instances WHERE start_utc >= ? AND start_utc < ? "
        f"AND (end_utc > ? OR start_utc >= ?){extra}",
        (utc_key(range_start - instances.LONG - timedelta(minutes=1)), high, low, low),
    )
    long = store.query(
        "SELECT * FROM event_instances WHERE long = 1 AND start_utc < ? "
        f"AND (end_utc > ? OR start_utc >= ?){extra}",
        (high, low, low),
    )
    seen = {(r["event_id"], r["seq"]) for r in short}
    return short + [r for r in long if (r["event_id"], r["seq"]) not in seen]


def master_rows(store: Store, pairs: Iterable[tuple[int, int]]) -> dict[int, Row]:
    """Series master rows by id, for (id, ver) pairs of instance rows (cached by ver)."""
    known = _MASTERS.setdefault(store, {})
    found: dict[int, Row] = {}
    missing: dict[int, int] = {}
    for event_id, ver in pairs:
        if event_id not in found:
            row = known.get((event_id, ver))
            if row is None:
                missing[event_id] = ver
            else:
                found[event_id] = row
    if missing:
        if len(known) > _CACHE_MAX:
            known.clear()
        for row in rows_by_id(store, missing):
            found[row["id"]] = known[(row["id"], missing[row["id"]])] = row
    return found


def rows_by_id(store: Store, ids: Iterable[int]) -> list[Row]:
    wanted = sorted(set(ids))
    rows: list[Row] = []
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows += store.query(f"SELECT * FROM events WHERE id IN ({marks})", batch)
    return rows


def calendars_of(store: Store, ids: Iterable[int]) -> dict[int, int]:
    """The calendar of each event row of ``ids`` that is in a synced one (the rest: local)."""
    wanted = sorted(set(ids))
    found: dict[int, int] = {}
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = store.query(
            f"SELECT id, calendar_id FROM events WHERE id IN ({marks}) AND calendar_id IS NOT NULL",
            batch,
        )
        found.update((r["id"], r["calendar_id"]) for r in rows)
    return found


def decode_row(row: Row, tz: ZoneInfo) -> EventData:
    """``EventData.from_row``, cached; callers must not change the result."""
    key = (tz.key, *row.values())
    data = _DECODED.get(key)
    if data is None:
        if len(_DECODED) >= _CACHE_MAX:
            _DECODED.clear()
        data = _DECODED[key] = EventData.from_row(row, tz)
    return data


def ceil_key(moment: datetime) -> str:
    """The smallest UTC key not before ``moment`` (keys have whole seconds)."""
    if moment.microsecond:
        moment += timedelta(microseconds=1_000_000 - moment.microsecond)
    return utc_key(moment)


def repeats(row: Row) -> bool:
    return bool(row["rrule"]) or row["rdates"] != "[]"


def shows(master: Row, low: str, high: str, override_uids: set[str]) -> bool:
    """Whether expanded_between expands this series: active near the range, or owning an
    override found there."""
    active = master["start_utc"] < high and (
        master["rrule"] is None
        or master["series_end_utc"] is None
        or master["series_end_utc"] >= low
    )
    return active or master["uid"] in override_uids
