"""One drag of an all-day event from the all-day row: plain state, no Qt.

Along the row the event moves by whole days and keeps its length, so a
three-day trip grabbed on its second day and dropped two columns on covers
the same three days two days later. Dropped on the hours it gets a time: it
starts at the quarter hour under the pointer and lasts as long as a new
event does when no end is given (:data:`assistant.calendar.edit.DEFAULT_LENGTH`).
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from assistant.calendar.edit import DEFAULT_LENGTH
from assistant.calendar.entries import AgendaEntry
from assistant.ui.calendar.grid_drag import THRESHOLD_PX, Change, Ghost, RowGhost
from assistant.ui.calendar.time_layout import DAY_MINUTES, at_minute, snap

TIMED_LENGTH = int(DEFAULT_LENGTH.total_seconds() // 60)  # minutes, once dropped on the hours


def all_day_span(entry: AgendaEntry) -> tuple[date, date]:
    """An all-day occurrence's first and last day (its stored end is the day after)."""
    occ = entry.occurrence
    first, end = occ.start, occ.end
    assert isinstance(first, date) and isinstance(end, date)
    return first, max(first, end - timedelta(days=1))


class ChipDrag:
    def __init__(self, entry: AgendaEntry, day_index: int, x: float, y: float) -> None:
        self.entry = entry
        self.origin_day = day_index  # the column the chip was grabbed in
        self.day_index = day_index
        self.minute: float | None = None  # minutes of the day under the pointer, on the hours
        self._press = (x, y)
        self.started = False

    def move_to(self, day_index: int, minute: float | None, x: float, y: float) -> None:
        """The pointer is over ``day_index``: in the row (``minute`` None) or on the hours."""
        self.day_index, self.minute = day_index, minute
        if abs(x - self._press[0]) + abs(y - self._press[1]) >= THRESHOLD_PX:
            self.started = True

    def _top(self) -> int:
        assert self.minute is not None
        return max(min(snap(self.minute), DAY_MINUTES - TIMED_LENGTH), 0)

    def ghost(self) -> Ghost | RowGhost | None:
        if not self.started:
            return None
        if self.minute is not None:
            top = self._top()
            return Ghost(self.day_index, top, top + TIMED_LENGTH)
        first, last = all_day_span(self.entry)
        # The grabbed day lands under the pointer; the rest of the event comes along.
        start = self.day_index - (self.entry.day - first).days
        return RowGhost(start, start + (last - first).days)

    def outcome(self, days: list[date], tz: tzinfo) -> Change | None:
        """The change the released drag asks for; None when nothing would change."""
        if not self.started:
            return None
        if self.minute is not None:
            day, top = days[self.day_index], self._top()
            return Change(
                self.entry, at_minute(day, top, tz), at_minute(day, top + TIMED_LENGTH, tz)
            )
        moved = days[self.day_index] - days[self.origin_day]
        if not moved:
            return None
        first, last = all_day_span(self.entry)
        return Change(self.entry, first + moved, last + moved, all_day=True)
