"""One drag on the hour grid, from press to release: plain state, no Qt.

A press on a block's body moves it, on its bottom edge resizes it, on empty
space draws a new event. While the pointer moves the drag only remembers
where it is; :meth:`Drag.ghost` says where to draw the outline and
:meth:`Drag.outcome` what to change when the button is released. Moves land
on quarter hours and keep the event's length; a block moved up into the
all-day row becomes an all-day event on the day it is dropped on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Literal

from assistant.calendar.entries import AgendaEntry
from assistant.calendar.model import Moment
from assistant.ui.calendar.time_layout import (
    DAY_MINUTES,
    MIN_LENGTH,
    TimedPiece,
    created,
    moved,
    resized,
    snap,
)

Kind = Literal["move", "resize", "create"]
EDGE_PX = 6.0  # how close to a block's bottom a press grabs the edge
THRESHOLD_PX = 4.0  # a press that moves less than this is a click, not a drag


@dataclass(frozen=True)
class Change:
    """What a finished drag asks for: a new span for ``entry``, or a new event (no entry).

    An all-day span is two dates, ``end`` the last day (inclusive, as the tools
    take it); a timed one two aware datetimes in the user's zone.
    """

    entry: AgendaEntry | None
    start: Moment
    end: Moment
    all_day: bool = False


@dataclass(frozen=True)
class Ghost:
    """Where the dragged outline is drawn: a day column and minutes of that day."""

    day_index: int
    top: int
    bottom: int


@dataclass(frozen=True)
class RowGhost:
    """The outline in the all-day row: day columns ``first`` to ``last``.

    A multi-day event moved near the week's edge runs past the shown days, so
    either end may lie outside them; the row draws the part it shows.
    """

    first: int
    last: int


class Drag:
    def __init__(
        self,
        kind: Kind,
        day_index: int,
        minute: float,
        x: float,
        y: float,
        piece: TimedPiece | None = None,
    ) -> None:
        self.kind = kind
        self.piece = piece
        self.origin_day, self.origin_minute = day_index, minute
        self.day_index, self.minute = day_index, minute
        self._press = (x, y)
        # Whether the pointer went far enough from the press to count as a drag.
        self.started = False
        self.in_row = False  # a moved block over the all-day row

    def move_to(
        self, day_index: int, minute: float, x: float, y: float, in_row: bool = False
    ) -> None:
        self.day_index, self.minute = day_index, minute
        self.in_row = in_row and self.kind == "move"
        if abs(x - self._press[0]) + abs(y - self._press[1]) >= THRESHOLD_PX:
            self.started = True

    def _shift(self) -> int:
        """The move in minutes, so that the block's top lands on a quarter hour."""
        assert self.piece is not None
        length = self.piece.bottom - self.piece.top
        top = snap(self.piece.top + self.minute - self.origin_minute)
        top = min(top, DAY_MINUTES - max(length, MIN_LENGTH))
        return max(top, 0) - self.piece.top

    def ghost(self) -> Ghost | RowGhost | None:
        if not self.started:
            return None
        if self.in_row:
            return RowGhost(self.day_index, self.day_index)
        if self.kind == "create":
            low, high = sorted((snap(self.origin_minute), snap(self.minute)))
            return Ghost(self.origin_day, low, max(high, low + MIN_LENGTH))
        assert self.piece is not None
        if self.kind == "resize":
            bottom = max(snap(self.minute), self.piece.top + MIN_LENGTH)
            return Ghost(self.origin_day, self.piece.top, min(bottom, DAY_MINUTES))
        shift = self._shift()
        return Ghost(self.day_index, self.piece.top + shift, self.piece.bottom + shift)

    def outcome(self, days: list[date], tz: tzinfo) -> Change | None:
        """The change the released drag asks for; None when nothing would change."""
        if not self.started:
            return None
        if self.kind == "create":
            start, end = created(days[self.origin_day], self.origin_minute, self.minute, tz)
            return Change(None, start, end)
        assert self.piece is not None
        entry = self.piece.entry
        assert entry.start is not None and entry.end is not None
        if self.in_row:  # one whole day: the day it was dropped on
            day = days[self.day_index]
            return Change(entry, day, day, all_day=True)
        if self.kind == "resize":
            bottom = min(snap(self.minute), DAY_MINUTES)
            end = resized(entry.start, days[self.origin_day], bottom)
            return Change(entry, entry.start, end) if end != entry.end else None
        days_moved, shift = self.day_index - self.origin_day, self._shift()
        if days_moved == 0 and shift == 0:
            return None
        start, end = moved(entry.start, entry.end, days_moved, shift)
        return Change(entry, start, end)
