"""Drags across the hour grid's all-day row, without Qt: days moved, times given, series."""

from __future__ import annotations

import ast
from datetime import date, datetime, timedelta
from pathlib import Path

from assistant.calendar.entries import AgendaEntry, entries_for
from assistant.calendar.expand import Occurrence
from assistant.calendar.model import EventData
from assistant.ui.calendar import all_day_drag, drag_spans
from assistant.ui.calendar.all_day_drag import ChipDrag
from assistant.ui.calendar.drag_spans import series_span, span_arguments
from assistant.ui.calendar.grid_drag import Change, Ghost, RowGhost
from tests.conftest import BERLIN

MON = date(2026, 11, 30)
WEEK = [MON + timedelta(days=i) for i in range(7)]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def entry_on(day: date, data: EventData) -> AgendaEntry:
    """``data``'s entry on ``day`` of the week shown."""
    occ = Occurrence(7, data.uid, data, data.start, data.effective_end(), None, False)
    (found,) = [e for e in entries_for([occ], WEEK[0], WEEK[-1], BERLIN) if e.day == day]
    return found


def trip() -> EventData:
    """Friday to Sunday, all day (stored to the Monday after)."""
    return EventData(title="Trip", start=WEEK[4], end=WEEK[6] + timedelta(days=1))


def test_a_chip_moves_by_whole_days_and_keeps_its_length_past_the_shown_week() -> None:
    drag = ChipDrag(entry_on(WEEK[5], trip()), 5, 500, 40)  # grabbed on its Saturday
    drag.move_to(6, None, 560, 41)
    assert drag.ghost() == RowGhost(5, 7)  # Saturday to the Monday after: one day off view
    change = drag.outcome(WEEK, BERLIN)
    assert change is not None and change.all_day
    assert (change.start, change.end) == (WEEK[5], WEEK[6] + timedelta(days=1))


def test_a_chip_let_go_where_it_was_changes_nothing() -> None:
    drag = ChipDrag(entry_on(WEEK[4], trip()), 4, 400, 40)
    drag.move_to(5, None, 470, 40)
    drag.move_to(4, None, 410, 40)
    assert drag.ghost() == RowGhost(4, 6) and drag.outcome(WEEK, BERLIN) is None


def test_a_chip_on_the_hours_gets_an_hour_from_the_quarter_hour_within_the_day() -> None:
    drag = ChipDrag(entry_on(WEEK[4], trip()), 4, 400, 40)
    drag.move_to(1, 9 * 60 + 8, 150, 300)
    assert drag.ghost() == Ghost(1, 9 * 60 + 15, 10 * 60 + 15)
    change = drag.outcome(WEEK, BERLIN)
    assert change is not None and not change.all_day
    assert (change.start, change.end) == (at(WEEK[1], 9, 15), at(WEEK[1], 10, 15))
    drag.move_to(1, 23 * 60 + 50, 150, 900)  # late at night: the hour still ends by midnight
    change = drag.outcome(WEEK, BERLIN)
    assert change is not None
    assert (change.start, change.end) == (at(WEEK[1], 23), at(WEEK[2], 0))


def test_the_tools_get_the_last_day_and_all_day_only_when_the_kind_changes() -> None:
    assert span_arguments(WEEK[1], WEEK[3], True, True, BERLIN) == {
        "start": "2026-12-01",
        "end": "2026-12-03",
    }
    assert span_arguments(at(WEEK[1], 9), at(WEEK[1], 10), False, True, BERLIN) == {
        "start": "2026-12-01T09:00",
        "end": "2026-12-01T10:00",
        "all_day": False,
    }


def test_a_series_follows_by_the_same_days_and_takes_the_dropped_time() -> None:
    # A weekly all-day series that began three weeks before; this Friday's date is dragged.
    weekly = entry_on(WEEK[4], trip())
    first, last = WEEK[4] - timedelta(weeks=3), WEEK[6] - timedelta(weeks=3)
    along = Change(weekly, WEEK[5], WEEK[6] + timedelta(days=1), all_day=True)
    assert series_span(first, last, along, BERLIN) == (
        first + timedelta(days=1),
        last + timedelta(days=1),
    )
    down = Change(weekly, at(WEEK[3], 14, 30), at(WEEK[3], 15, 30))  # a day earlier, 14:30
    earlier = first - timedelta(days=1)
    assert series_span(first, last, down, BERLIN) == (at(earlier, 14, 30), at(earlier, 15, 30))
    # A timed series dragged up on to the next day: every date all day, a day later.
    standup = EventData(title="Standup", start=at(WEEK[2], 9), end=at(WEEK[2], 10))
    up = Change(entry_on(WEEK[2], standup), WEEK[3], WEEK[3], all_day=True)
    began = at(WEEK[2] - timedelta(weeks=2), 9)
    day_after = began.date() + timedelta(days=1)
    assert series_span(began, began + timedelta(hours=1), up, BERLIN) == (day_after, day_after)


def test_the_all_day_drag_modules_need_no_qt() -> None:
    for module in (all_day_drag, drag_spans):
        tree = ast.parse(Path(str(module.__file__)).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("PySide6"), module.__name__
            elif isinstance(node, ast.Import):
                assert all(not a.name.startswith("PySide6") for a in node.names)
