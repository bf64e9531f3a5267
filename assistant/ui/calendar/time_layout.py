"""Where events sit on the week and day hour grid: plain arithmetic, no Qt.

Times are minutes from the start of a day (0..1440). Overlapping events share
a day's width side by side, as GNOME Calendar and Fantastical lay them out:
each cluster of events that overlap (directly or through others) is split
into as many columns as it needs at most, and each event takes the first
column free at its start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from assistant.calendar.entries import AgendaEntry

DAY_MINUTES = 24 * 60
SNAP = 15  # drags land on quarter hours
MIN_LENGTH = SNAP  # the shortest event a drag makes or leaves


@dataclass(frozen=True)
class Slot:
    """An event's place in its day: its column out of ``columns``."""

    column: int
    columns: int


@dataclass(frozen=True)
class TimedPiece:
    """The part of a timed entry that falls on its day, in minutes of that day."""

    entry: AgendaEntry
    top: int
    bottom: int
    slot: Slot


def pack_columns(spans: Sequence[tuple[int, int]]) -> list[Slot]:
    """Columns for ``(start, end)`` spans, in the order given.

    Spans that only touch (one ends when the next starts) do not overlap. A
    span shorter than ``MIN_LENGTH`` is counted as that long, as it is drawn.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], i))
    column_of: dict[int, int] = {}
    width_of: dict[int, int] = {}
    cluster: list[int] = []
    column_ends: list[int] = []  # per column, when its last event ends
    cluster_end = -1

    def close_cluster() -> None:
        for index in cluster:
            width_of[index] = len(column_ends)

    for index in order:
        start, end = spans[index][0], max(spans[index][1], spans[index][0] + MIN_LENGTH)
        if cluster and start >= cluster_end:
            close_cluster()
            cluster, column_ends = [], []
        free = next((c for c, last in enumerate(column_ends) if last <= start), None)
        if free is None:
            free = len(column_ends)
            column_ends.append(end)
        else:
            column_ends[free] = end
        column_of[index] = free
        cluster.append(index)
        cluster_end = max(cluster_end, end) if len(cluster) > 1 else end
    close_cluster()
    return [Slot(column_of[i], width_of[i]) for i in range(len(spans))]


def minutes_in_day(moment: datetime, day: date) -> int:
    """``moment`` as minutes from ``day``'s midnight, clamped to the day."""
    midnight = datetime.combine(day, time(), moment.tzinfo)
    minutes = (moment.replace(tzinfo=None) - midnight.replace(tzinfo=None)).total_seconds() / 60
    return int(min(max(minutes, 0), DAY_MINUTES))


def timed_pieces(entries: Sequence[AgendaEntry], day: date) -> list[TimedPiece]:
    """The timed entries of ``day``, clipped to it, with their columns."""
    timed = [e for e in entries if e.day == day and e.start is not None and e.end is not None]
    spans = []
    for entry in timed:
        assert entry.start is not None and entry.end is not None
        spans.append((minutes_in_day(entry.start, day), minutes_in_day(entry.end, day)))
    slots = pack_columns(spans)
    return [
        TimedPiece(entry, top, bottom, slot)
        for entry, (top, bottom), slot in zip(timed, spans, slots, strict=True)
    ]


def snap(minutes: float, step: int = SNAP) -> int:
    """The nearest multiple of ``step``, within the day."""
    return int(min(max(round(minutes / step) * step, 0), DAY_MINUTES))


def at_minute(day: date, minutes: int, tz: tzinfo | None) -> datetime:
    """Wall time ``minutes`` after ``day``'s midnight, in ``tz``."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz)


def moved(start: datetime, end: datetime, days: int, minutes: int) -> tuple[datetime, datetime]:
    """A span shifted in wall time (a move keeps its length and its clock times)."""
    shift = timedelta(days=days, minutes=minutes)
    return _wall(start, shift), _wall(end, shift)


def resized(start: datetime, day: date, bottom: int) -> datetime:
    """The new end when the bottom edge is dropped at ``bottom`` minutes of ``day``."""
    end = at_minute(day, bottom, start.tzinfo)
    return max(end, _wall(start, timedelta(minutes=MIN_LENGTH)))


def created(day: date, first: float, second: float, tz: tzinfo) -> tuple[datetime, datetime]:
    """The span of a drag on empty space from minute ``first`` to ``second`` (either way)."""
    low, high = sorted((snap(first), snap(second)))
    high = max(high, low + MIN_LENGTH)
    if high > DAY_MINUTES:
        low, high = DAY_MINUTES - MIN_LENGTH, DAY_MINUTES
    return at_minute(day, low, tz), at_minute(day, high, tz)


def _wall(moment: datetime, shift: timedelta) -> datetime:
    return (moment.replace(tzinfo=None) + shift).replace(tzinfo=moment.tzinfo)


@dataclass(frozen=True)
class Geometry:
    """Pixels of the hour grid: a gutter for the hour labels, then one column per day."""

    days: int
    width: float
    hour_height: float = 48.0
    gutter: float = 52.0
    gap: float = 2.0  # between side-by-side blocks, and before a day's right edge

    @property
    def day_width(self) -> float:
        return max((self.width - self.gutter) / max(self.days, 1), 1.0)

    @property
    def height(self) -> float:
        return self.hour_height * 24

    def day_x(self, index: int) -> float:
        return self.gutter + index * self.day_width

    def day_at(self, x: float) -> int:
        """The day column under ``x``, clamped to the shown days."""
        return int(min(max((x - self.gutter) // self.day_width, 0), self.days - 1))

    def y_of(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def minute_at(self, y: float) -> float:
        return min(max(y * 60 / self.hour_height, 0.0), float(DAY_MINUTES))

    def block(self, index: int, top: int, bottom: int, slot: Slot) -> tuple[float, ...]:
        """(x, y, width, height) of a block in day column ``index``."""
        lane = (self.day_width - self.gap) / slot.columns
        x = self.day_x(index) + slot.column * lane
        y = self.y_of(top)
        height = max(self.y_of(max(bottom, top + MIN_LENGTH)) - y, 6.0)
        return (x, y, max(lane - self.gap, 2.0), height)
