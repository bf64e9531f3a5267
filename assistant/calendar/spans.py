"""Occurrences in a range as bare time spans, decoded into events only where needed.

At 100,000 events a week holds ~1,600 occurrences; building an
:class:`EventData` for each (~15 µs) costs more than everything else in a
range query. A :class:`Span` carries what callers decide on: the exact start
and end instants, title, location and identity, read from stored columns (a
one-time event: its wall-clock text, since its UTC key is approximate; a
series: the exact keys of ``event_instances``). Only the spans a caller keeps
(a page of ``list_events``, the clashes of a new event, the reminders) are
decoded, by :func:`decode`.

:func:`collect` finds exactly the occurrences that
``query.expanded_between`` finds (the same candidate rows, the same
rules for series and their overrides); ``CalendarIndex.covers`` prepares them first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from assistant.calendar import instances
from assistant.calendar.expand import Occurrence, expand, instant, series_zone, single
from assistant.calendar.model import EventData
from assistant.calendar.rows import (
    Skip,
    ceil_key,
    count_singles,
    decode_row,
    instance_rows,
    master_rows,
    override_uids,
    repeats,
    rows_by_id,
    shows,
    single_rows,
)
from assistant.calendar.times import KEY_MARGIN, utc_key
from assistant.dates import localize
from assistant.store import Store

Row = dict[str, Any]

# Kinds, in the order expanded_between lists them before its stable sort.
SINGLE, SERIES, DYNAMIC = 0, 1, 2
_COLUMNS = 'id, uid, recurrence_id, title, location, start, "end", tzid, rrule, rdates'


class Span(NamedTuple):
    """One occurrence, undecoded: enough to filter, sort and count it."""

    start: datetime  # the exact instant, in UTC
    end: datetime
    # All-day occurrences: the start date and the (exclusive) end date; else None.
    days: tuple[date, date] | None
    event_id: int
    uid: str
    title: str
    location: str
    kind: int
    # Position within its series: ties at one instant keep the expansion's order.
    seq: int
    # SINGLE: the row's id; SERIES: the instance row; DYNAMIC: the Occurrence.
    ref: Any

    @property
    def all_day(self) -> bool:
        return self.days is not None

    def sort_key(self) -> tuple[datetime, str, int, int, int]:
        """occurrences_between's order: start, title, id, then the series' own order."""
        return (self.start, self.title.lower(), self.event_id, self.kind, self.seq)


def collect(
    store: Store,
    tz: ZoneInfo,
    range_start: datetime,
    range_end: datetime,
    *,
    timed: bool = False,
    reminders: bool = False,
    series_range: tuple[datetime, datetime] | None = None,
    skip: Skip | None = None,
) -> list[Span]:
    """Spans of the occurrences overlapping [range_start, range_end), unsorted.

    ``timed`` keeps only timed occurrences, ``reminders`` only those with a
    reminder. ``series_range`` (default: the range) decides which series show,
    as it does in expanded_between: a page of a longer range passes the whole
    range. ``skip`` leaves out the rows that :func:`count_between` counts in SQL.
    """
    shown_start, shown_end = series_range or (range_start, range_end)
    first, last = range_start.astimezone(UTC), range_end.astimezone(UTC)
    extra = (" AND all_day = 0" if timed else "") + (
        " AND +reminder_minutes IS NOT NULL" if reminders else ""
    )
    rows = single_rows(store, range_start, range_end, _COLUMNS, extra, skip, reminders)
    if extra or skip or series_range:
        owners = override_uids(store, shown_start, shown_end)
    else:
        owners = {r["uid"] for r in rows if r["recurrence_id"]}
    owned = instances.repeating_uids(store, sorted({r["uid"] for r in rows if r["recurrence_id"]}))
    found: list[Span] = []
    for row in rows:
        if not repeats(row) and not (row["recurrence_id"] and row["uid"] in owned):
            span = _single_span(row, tz)
            if _overlaps(span.start, span.end, first, last):
                found.append(span)
    hits = instance_rows(store, range_start, range_end, timed, reminders, skip)
    masters = master_rows(store, [(h["event_id"], h["ver"]) for h in hits])
    dynamic = rows_by_id(store, instances.dynamic_ids(store))
    bounds = utc_key(shown_start - KEY_MARGIN), utc_key(shown_end + KEY_MARGIN)
    shown = {m["id"] for m in [*masters.values(), *dynamic] if shows(m, *bounds, owners)}
    wanted = {h["override_id"] for h in hits if h["event_id"] in shown} - {None}
    overrides = {r["id"]: r for r in rows_by_id(store, wanted)}
    for hit in hits:
        oid = hit["override_id"]
        if hit["event_id"] not in shown or (oid is not None and oid not in overrides):
            continue
        if reminders and oid is not None and overrides[oid]["reminder_minutes"] is None:
            continue
        span = _instance_span(hit, overrides[oid] if oid is not None else masters[hit["event_id"]])
        if _overlaps(span.start, span.end, first, last):
            found.append(span)
    chosen = [m for m in dynamic if m["id"] in shown]
    for occ_span in _dynamic_spans(store, tz, chosen, range_start, range_end):
        if timed and occ_span.all_day:
            continue
        if reminders and occ_span.ref.data.reminder_minutes is None:
            continue
        found.append(occ_span)
    return found


def count_between(store: Store, tz: ZoneInfo, range_start: datetime, range_end: datetime) -> int:
    """``len(collect(...))``, counting the rows well inside the range in SQL.

    A one-time event's UTC key is within ``KEY_MARGIN`` of its real start (the
    range queries rely on that too), so one whose key lies more than that
    inside the range surely overlaps it; an instance's key is exact.
    """
    low = utc_key(range_start - KEY_MARGIN)
    inner = ceil_key(range_start + KEY_MARGIN), utc_key(range_end - KEY_MARGIN)
    singles = inner if inner[0] < inner[1] else None
    total = 0
    if singles is not None:
        total += count_singles(store, *singles, low)
    series = ceil_key(range_start), ceil_key(range_end)
    per_series = store.query(
        "SELECT event_id, ver, count(*) AS n FROM event_instances "
        "WHERE start_utc >= ? AND start_utc < ? GROUP BY event_id, ver",
        series,
    )
    if per_series:
        masters = master_rows(store, [(r["event_id"], r["ver"]) for r in per_series])
        uids = override_uids(store, range_start, range_end)
        high = utc_key(range_end + KEY_MARGIN)
        total += sum(
            r["n"]
            for r in per_series
            if r["event_id"] in masters and shows(masters[r["event_id"]], low, high, uids)
        )
    skip = Skip(singles, series[0])
    return total + len(collect(store, tz, range_start, range_end, skip=skip))


def decode(store: Store, tz: ZoneInfo, spans: list[Span]) -> list[Occurrence]:
    """The Occurrences of these spans, in their order (rows deleted since are left out)."""
    singles = {r["id"]: r for r in rows_by_id(store, [s.ref for s in spans if s.kind == SINGLE])}
    hits = [s.ref for s in spans if s.kind == SERIES]
    masters = master_rows(store, [(h["event_id"], h["ver"]) for h in hits])
    wanted = {h["override_id"] for h in hits} - {None}
    overrides = {r["id"]: decode_row(r, tz) for r in rows_by_id(store, wanted)}
    found: list[Occurrence] = []
    for span in spans:
        if span.kind == DYNAMIC:
            found.append(span.ref)
        elif span.kind == SINGLE and span.ref in singles:
            found.append(single(span.ref, decode_row(singles[span.ref], tz)))
        elif span.kind == SERIES and span.event_id in masters:
            hit, oid = span.ref, span.ref["override_id"]
            if oid is not None and oid not in overrides:
                continue
            data = decode_row(masters[span.event_id], tz)
            override = overrides[oid] if oid is not None else None
            found.append(instances.occurrence_of(hit, data, series_zone(data, tz), override))
    return found


# -- spans --------------------------------------------------------------------


def _single_span(row: Row, tz: ZoneInfo) -> Span:
    """A one-time event's span from its wall-clock text, as EventData.from_row reads it."""
    start, start_day = _moment(row["start"], row["tzid"], tz)
    if row["end"]:
        end, end_day = _moment(row["end"], row["tzid"], tz)
    elif start_day is not None:  # the RFC 5545 defaults (EventData.effective_end)
        end_day = start_day + timedelta(days=1)
        end = _midnight(end_day, tz)
    else:
        end, end_day = start, None
    days = (start_day, end_day) if start_day is not None and end_day is not None else None
    return Span(
        start, end, days, row["id"], row["uid"], row["title"], row["location"], SINGLE, 0,
        row["id"],
    )  # fmt: skip


def _moment(text: str, tzid: str | None, tz: ZoneInfo) -> tuple[datetime, date | None]:
    """The UTC instant of a stored time (decode_time, then instant), and its date if a date."""
    if len(text) == 10:
        day = date.fromisoformat(text)
        return _midnight(day, tz), day
    zone = ZoneInfo(tzid) if tzid else tz
    # localize()'s reading (fold=0), straight to UTC.
    return datetime.fromisoformat(text).replace(tzinfo=zone, fold=0).astimezone(UTC), None


@lru_cache(maxsize=4096)
def _midnight(day: date, tz: ZoneInfo) -> datetime:
    return localize(datetime.combine(day, time()), tz).astimezone(UTC)


def _instance_span(hit: Row, shown: Row) -> Span:
    """An instance row's span; ``shown`` is its override row, else the master."""
    days = None
    if hit["day_start"] is not None:
        days = date.fromisoformat(hit["day_start"]), date.fromisoformat(hit["day_end"])
    return Span(
        _key_time(hit["start_utc"]), _key_time(hit["end_utc"]), days, hit["event_id"],
        shown["uid"], shown["title"], shown["location"], SERIES, hit["seq"], hit,
    )  # fmt: skip


def _dynamic_spans(
    store: Store, tz: ZoneInfo, masters: list[Row], range_start: datetime, range_end: datetime
) -> list[Span]:
    """Series expanded per query (see instances): their occurrences, already decoded."""
    overrides: dict[str, list[EventData]] = {}
    for row in instances.rows_by_uid(store, [m["uid"] for m in masters], masters=False):
        overrides.setdefault(row["uid"], []).append(decode_row(row, tz))
    found: list[Span] = []
    for master in masters:
        data = decode_row(master, tz)
        extra = overrides.get(master["uid"], [])
        occs = expand(data, extra, range_start, range_end, tz, event_id=master["id"])
        found += [occurrence_span(occ, tz, DYNAMIC, seq) for seq, occ in enumerate(occs)]
    return found


def occurrence_span(occ: Occurrence, tz: ZoneInfo, kind: int = DYNAMIC, seq: int = 0) -> Span:
    """The span of an occurrence that is already decoded."""
    start, end = (instant(m, tz).astimezone(UTC) for m in (occ.start, occ.end))
    days = None
    if not isinstance(occ.start, datetime) and not isinstance(occ.end, datetime):
        days = occ.start, occ.end
    title, location = occ.title, occ.data.location
    return Span(start, end, days, occ.event_id, occ.uid, title, location, kind, seq, occ)


def _key_time(key: str) -> datetime:
    return datetime.fromisoformat(key).replace(tzinfo=UTC)


def _overlaps(start: datetime, end: datetime, range_start: datetime, range_end: datetime) -> bool:
    """recurrence.overlaps, on UTC instants."""
    return start < range_end and (end > range_start or start >= range_start)
