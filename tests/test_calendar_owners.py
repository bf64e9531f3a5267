"""Day counts per calendar (the calendar view's coloured dots), fast and slow path alike."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.calendar.index import CalendarIndex
from assistant.calendar.rows import calendars_of
from assistant.clock import Clock
from assistant.store import Store
from assistant.tools import default_registry
from assistant.tools.context import ToolContext


def add(ctx: ToolContext, title: str, start: str, **more: object) -> int:
    result = default_registry().call(ctx, "add_event", {"title": title, "start": start, **more})
    assert result.ok, result.text
    return int(result.data["id"])


@pytest.mark.parametrize("year", [2026, 2031])  # inside the stored window, and expanded
def test_counts_split_by_calendar_and_add_up_to_the_day_counts(
    store: Store, clock: Clock, ctx: ToolContext, year: int
) -> None:
    standup = add(ctx, "Standup", f"{year}-12-01 09:00", repeat="daily for 3 times")
    add(ctx, "Dentist", f"{year}-12-01 15:00")
    store.db.execute("UPDATE events SET calendar_id = 7 WHERE id = ?", [standup])
    assert calendars_of(store, [standup, standup + 1, 999]) == {standup: 7}
    index = CalendarIndex(store, clock)
    first, last = date(year, 11, 30), date(year, 12, 5)
    by_calendar = index.calendar_day_counts(first, last)
    assert by_calendar == {
        date(year, 12, 1): {7: 1, None: 1},
        date(year, 12, 2): {7: 1},
        date(year, 12, 3): {7: 1},
    }
    totals = {day: sum(counts.values()) for day, counts in by_calendar.items()}
    assert totals == index.day_counts(first, last)
