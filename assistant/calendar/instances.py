"""The occurrences of repeating series, materialized in ``event_instances``.

Expanding every active series with dateutil on each range query costs ~90 µs
per series however short the range, so the occurrences of each repeating
master (EXDATE, RDATE and overrides applied: exactly what :func:`expand`
yields) are stored for a window around now (``instance_horizon``, in the
user's zone ``tz``, since all-day and floating times depend on it).

The table is derived data, never journaled. Triggers (migration m003) put the
uid of every written series row into ``instance_dirty``, whoever writes
(tools, importer, undo, raw SQL), in the writer's own transaction; the next
range query (:func:`prepare`) re-expands those series first. A range outside
the window, or a different zone, rebuilds the window around now; a range far
from now is answered by expansion (the caller's fallback).

A series whose expansion could hit ``MAX_OCCURRENCES`` or ``MAX_SCAN`` (so a
short range would not be a plain slice of the window), or that does not
expand at all, is marked ``dynamic`` and expanded at query time as before.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from assistant.calendar.expand import (
    MAX_OCCURRENCES,
    MAX_SCAN,
    Occurrence,
    expand,
)
from assistant.calendar.model import EventData
from assistant.calendar.times import utc_key
from assistant.dates.rule import Rule
from assistant.errors import AssistantError
from assistant.store import Store

Row = dict[str, Any]

BEFORE = timedelta(days=400)
AFTER = timedelta(days=730)
# Instances up to this long are found by their start alone.
LONG = timedelta(days=7)
_BATCH = 500
# Rules that cannot start iterating near the range (see recurrence._fast_forward).
_SLOW_PARTS = ("BYWEEKNO", "BYYEARDAY", "BYEASTER")


@dataclass(frozen=True)
class Horizon:
    low: datetime
    high: datetime
    tz: str

    def covers(self, start: datetime, end: datetime, tz: ZoneInfo) -> bool:
        return self.tz == tz.key and self.low <= start and end <= self.high


def repeats(row: Row) -> bool:
    return bool(row["rrule"]) or row["rdates"] != "[]"


def _key_time(key: str) -> datetime:
    return datetime.fromisoformat(key).replace(tzinfo=UTC)


def horizon(store: Store) -> Horizon | None:
    rows = store.query("SELECT low, high, tz FROM instance_horizon WHERE id = 1")
    if not rows:
        return None
    r = rows[0]
    return Horizon(_key_time(r["low"]), _key_time(r["high"]), r["tz"])


def prepare(
    store: Store,
    tz: ZoneInfo,
    range_start: datetime,
    range_end: datetime,
    now: datetime,
) -> bool:
    """Bring ``event_instances`` up to date for ``tz`` and the range.

    ``now`` is the caller's clock (never the system's), so a pinned clock gets a
    window around its own now. False when the range is answered by expansion
    instead (far from now, or the database refused the write, e.g. read-only or
    busy). Callers go through :class:`assistant.calendar.index.CalendarIndex`.
    """
    with store.lock:
        try:
            with store.db.atomic():
                current = horizon(store)
                if current is not None and current.covers(range_start, range_end, tz):
                    refresh(store, tz, current)
                    return True
                moment = now.astimezone(UTC).replace(microsecond=0)
                wanted = Horizon(moment - BEFORE, moment + AFTER, tz.key)
                if not wanted.covers(range_start, range_end, tz):
                    return False
                rebuild(store, tz, wanted, moment)
                return True
        except sqlite3.OperationalError:
            return False


def rebuild(store: Store, tz: ZoneInfo, window: Horizon, built: datetime) -> None:
    """Materialize every series for ``window`` (call inside a transaction)."""
    db = store.db
    db.execute("DELETE FROM event_instances")
    db.execute("DELETE FROM instance_series")
    db.execute(
        "INSERT OR IGNORE INTO instance_dirty (uid) SELECT uid FROM events "
        "WHERE rrule IS NOT NULL OR rdates <> '[]' OR recurrence_id <> ''"
    )
    db.execute(
        "INSERT OR REPLACE INTO instance_horizon (id, low, high, tz, built) VALUES (1, ?, ?, ?, ?)",
        (utc_key(window.low), utc_key(window.high), tz.key, utc_key(built)),
    )
    refresh(store, tz, window)


def refresh(store: Store, tz: ZoneInfo, window: Horizon) -> None:
    """Re-expand the series whose rows changed (call inside a transaction)."""
    db = store.db
    dirty = [r[0] for r in db.execute("SELECT uid FROM instance_dirty").fetchall()]
    for i in range(0, len(dirty), _BATCH):
        batch = dirty[i : i + _BATCH]
        marks = ", ".join("?" for _ in batch)
        old = [
            r[0]
            for r in db.execute(
                f"SELECT event_id FROM instance_series WHERE uid IN ({marks})", batch
            ).fetchall()
        ]
        for j in range(0, len(old), _BATCH):
            ids = old[j : j + _BATCH]
            id_marks = ", ".join("?" for _ in ids)
            db.execute(f"DELETE FROM event_instances WHERE event_id IN ({id_marks})", ids)
            db.execute(f"DELETE FROM instance_series WHERE event_id IN ({id_marks})", ids)
        masters = rows_by_uid(store, batch, masters=True)
        overrides: dict[str, list[Row]] = {}
        for row in rows_by_uid(store, [m["uid"] for m in masters if repeats(m)], masters=False):
            overrides.setdefault(row["uid"], []).append(row)
        for master in masters:
            if repeats(master):
                _materialize(store, tz, window, master, overrides.get(master["uid"], []))
        db.execute(f"DELETE FROM instance_dirty WHERE uid IN ({marks})", batch)


def rows_by_uid(store: Store, uids: Iterable[str], *, masters: bool) -> list[Row]:
    """Masters (or overrides) of these uids; the same query as the range path uses."""
    wanted = sorted(set(uids))
    which = "recurrence_id = ''" if masters else "recurrence_id <> ''"
    rows: list[Row] = []
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        marks = ", ".join("?" for _ in batch)
        rows += store.query(f"SELECT * FROM events WHERE uid IN ({marks}) AND {which}", batch)
    return rows


def _needs_expansion(data: EventData, overrides: int) -> bool:
    """Series a window slice might not reproduce exactly: expand those per query."""
    if len(data.rdates) + len(data.exdates) + overrides > 1000:
        return True
    if not data.rrule:
        return False
    rule = Rule.read(data.rrule)
    count = rule.get("COUNT")
    if count is not None:
        return not count.isdigit() or int(count) >= MAX_SCAN // 2
    return any(rule.has(p) for p in _SLOW_PARTS)


def _materialize(
    store: Store, tz: ZoneInfo, window: Horizon, master: Row, override_rows: list[Row]
) -> None:
    event_id = master["id"]
    ver = secrets.randbits(62)
    found: list[Occurrence] = []
    dynamic = True
    try:
        data = EventData.from_row(master, tz)
        extra = [(o["id"], o, EventData.from_row(o, tz)) for o in override_rows]
        if not _needs_expansion(data, len(extra)):
            found = expand(
                data, [d for _, _, d in extra], window.low, window.high, tz, event_id=event_id
            )
            dynamic = len(found) >= MAX_OCCURRENCES // 2
    except (AssistantError, ValueError, TypeError, KeyError, OverflowError):
        dynamic = True
    store.db.execute(
        "INSERT OR REPLACE INTO instance_series (event_id, uid, dynamic) VALUES (?, ?, ?)",
        (event_id, master["uid"], int(dynamic)),
    )
    if dynamic:
        return
    by_object = {id(d): oid for oid, _, d in extra}
    rows = []
    for seq, occ in enumerate(found):
        start, end = occ.span(tz)
        override_id = by_object[id(occ.data)] if occ.is_override else None
        days = (occ.start, occ.end) if occ.all_day else (None, None)
        rows.append(
            (
                utc_key(start), utc_key(end), event_id, seq,
                _day(days[0]), _day(days[1]), override_id,
                int(end < start or end - start > LONG), ver,
            )
        )  # fmt: skip
    store.db.conn.executemany(
        "INSERT INTO event_instances (start_utc, end_utc, event_id, seq, day_start, day_end, "
        "override_id, long, ver) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _day(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else None


# -- reading ----------------------------------------------------------------


def dynamic_ids(store: Store) -> list[int]:
    rows = store.query("SELECT event_id FROM instance_series WHERE dynamic = 1")
    return [r["event_id"] for r in rows]


def repeating_uids(store: Store, uids: Sequence[str]) -> set[str]:
    """Which of these uids have a repeating master."""
    found: set[str] = set()
    wanted = sorted(set(uids))
    for i in range(0, len(wanted), _BATCH):
        batch = wanted[i : i + _BATCH]
        marks = ", ".join("?" for _ in batch)
        found |= {
            r["uid"]
            for r in store.query(f"SELECT uid FROM instance_series WHERE uid IN ({marks})", batch)
        }
    return found


def occurrence_of(
    row: Row,
    master: EventData,
    zone: ZoneInfo,
    override: EventData | None,
) -> Occurrence:
    """The Occurrence an instance row stands for, exactly as :func:`expand` builds it."""
    event_id = row["event_id"]
    if override is not None:
        return Occurrence(
            event_id, master.uid, override, override.start, override.effective_end(),
            override.recurrence_id, True, master.rrule,
        )  # fmt: skip
    start: datetime | date
    end: datetime | date
    if row["day_start"] is not None:
        start, end = date.fromisoformat(row["day_start"]), date.fromisoformat(row["day_end"])
    else:
        start = _key_time(row["start_utc"]).astimezone(zone)
        end = _key_time(row["end_utc"]).astimezone(zone)
    return Occurrence(event_id, master.uid, master, start, end, start, False, master.rrule)
