"""The hour grid's all-day row: chips dragged to other days, blocks dragged up, chips down."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from assistant.ui.calendar import prompts
from assistant.ui.calendar.grid_drag import Ghost, RowGhost
from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext
from tests.ui.calendar_helpers import add, answer, drag, dragged, journal, send, settle, show_grid
from tests.ui.calendar_helpers import view as view  # the fixture

TUE, WED, THU, FRI = (date(2026, 12, d) for d in (1, 2, 3, 4))
SAT = date(2026, 12, 5)

# (title, start, end, all_day, tzid, start_utc): as the store keeps an event.
Row = tuple[str, str, str, int, str | None, str]


def rows(ctx: AppContext) -> list[Row]:
    found = ctx.store.query(
        "SELECT title, start, end, all_day, tzid, start_utc FROM events ORDER BY id"
    )
    return [
        (r["title"], r["start"], r["end"], r["all_day"], r["tzid"], r["start_utc"]) for r in found
    ]


def chips(view: CalendarView) -> dict[date, list[str]]:
    """The titles of the all-day chips on each shown day that has any."""
    shown = view.hours.all_day.chips.items()
    return {day: [e.title for e in entries] for day, entries in shown if entries}


def on_row(view: CalendarView, day: date) -> QPointF:
    """Where ``day``'s first chip sits, as a point of the hours (a block dragged up there)."""
    grid, row = view.hours, view.hours.all_day
    return grid.canvas.mapFrom(grid, row.mapTo(grid, row.point_at(day)))


def on_hours(view: CalendarView, day: date, minutes: float) -> QPointF:
    """A time of ``day`` on the hours, as a point of the all-day row (a chip dragged down)."""
    grid, row = view.hours, view.hours.all_day
    return row.mapFrom(grid, grid.canvas.mapTo(grid, grid.point_at(day, minutes)))


def undo(view: CalendarView, ctx: AppContext, qtbot: QtBot) -> None:
    assert view.banner.undo_button.isVisible()
    with qtbot.waitSignal(ctx.bus.changed, timeout=10_000):
        qtbot.mouseClick(view.banner.undo_button, Qt.MouseButton.LeftButton)
    settle(view, qtbot)


def test_a_multi_day_event_dragged_along_the_row_moves_whole_and_undo_puts_it_back(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Trip", start="2026-12-01", end="2026-12-03", all_day=True)
    show_grid(view, qtbot, WED)
    row = view.hours.all_day
    before = rows(app_ctx)
    assert before == [("Trip", "2026-12-01", "2026-12-04", 1, None, "2026-12-01T00:00:00")]
    assert chips(view) == {TUE: ["Trip"], WED: ["Trip"], THU: ["Trip"]}

    # Grabbed on its second day: while held over Friday it is outlined over Thu..Sat.
    send(row, QEvent.Type.MouseButtonPress, row.point_at(WED), True)
    send(row, QEvent.Type.MouseMove, row.point_at(FRI), True)
    days = row.days
    assert row.drag is not None
    assert row.drag.ghost() == RowGhost(days.index(THU), days.index(SAT))
    assert view.hours.canvas.drop is None  # nothing is outlined on the hours
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        send(row, QEvent.Type.MouseButtonRelease, row.point_at(FRI), False)
    settle(view, qtbot)

    # Two days later, still three days long (the stored end is the day after the last).
    assert rows(app_ctx) == [("Trip", "2026-12-03", "2026-12-06", 1, None, "2026-12-03T00:00:00")]
    assert journal(app_ctx) == [("add_event", False), ("update_event", False)]  # one action
    assert chips(view) == {THU: ["Trip"], FRI: ["Trip"], SAT: ["Trip"]}
    assert row.drag is None and view.hours.canvas.drop is None
    undo(view, app_ctx, qtbot)
    assert rows(app_ctx) == before
    assert journal(app_ctx) == [("add_event", False), ("update_event", True)]
    assert chips(view) == {TUE: ["Trip"], WED: ["Trip"], THU: ["Trip"]}


def test_a_block_dragged_up_into_the_all_day_row_becomes_all_day_on_that_day(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    show_grid(view, qtbot, WED)
    grid, canvas = view.hours, view.hours.canvas
    before = rows(app_ctx)
    assert before == [
        ("Review", "2026-12-02T10:00:00", "2026-12-02T11:00:00", 0, "Europe/Berlin",
         "2026-12-02T09:00:00"),
    ]  # fmt: skip

    # Held over Thursday in the all-day row: outlined there, not on the hours, no scrolling.
    send(canvas, QEvent.Type.MouseButtonPress, canvas.point_at(WED, 10 * 60 + 30), True)
    send(canvas, QEvent.Type.MouseMove, canvas.point_at(WED, 10 * 60 + 50), True)
    send(canvas, QEvent.Type.MouseMove, on_row(view, THU), True)
    assert grid.all_day.drop == RowGhost(grid.all_day.days.index(THU), grid.all_day.days.index(THU))
    assert not grid.edge_scroll.isActive()
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        send(canvas, QEvent.Type.MouseButtonRelease, on_row(view, THU), False)
    settle(view, qtbot)

    assert rows(app_ctx) == [("Review", "2026-12-03", "2026-12-04", 1, None, "2026-12-03T00:00:00")]
    assert journal(app_ctx) == [("add_event", False), ("update_event", False)]
    assert chips(view) == {THU: ["Review"]} and canvas.blocks == []
    assert grid.all_day.drop is None
    undo(view, app_ctx, qtbot)
    assert rows(app_ctx) == before
    assert [(b.piece.entry.day, b.piece.top) for b in canvas.blocks] == [(WED, 10 * 60)]
    assert chips(view) == {}


def test_an_all_day_event_dragged_down_onto_the_hours_starts_there_for_an_hour(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Holiday", start="2026-12-02", all_day=True)
    show_grid(view, qtbot, WED)
    canvas, row = view.hours.canvas, view.hours.all_day
    before = rows(app_ctx)
    assert before == [("Holiday", "2026-12-02", "2026-12-03", 1, None, "2026-12-02T00:00:00")]

    # Over Thursday 11:07 the hours show the hour it would take, from 11:00.
    send(row, QEvent.Type.MouseButtonPress, row.point_at(WED), True)
    send(row, QEvent.Type.MouseMove, on_hours(view, THU, 11 * 60 + 7), True)
    assert canvas.drop == Ghost(canvas.days.index(THU), 11 * 60, 12 * 60)
    assert row.drag is not None and row.drag.ghost() == canvas.drop
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        send(row, QEvent.Type.MouseButtonRelease, on_hours(view, THU, 11 * 60 + 7), False)
    settle(view, qtbot)

    # 11:00-12:00 Berlin time (10:00 UTC in winter), no longer all day.
    assert rows(app_ctx) == [
        ("Holiday", "2026-12-03T11:00:00", "2026-12-03T12:00:00", 0, "Europe/Berlin",
         "2026-12-03T10:00:00"),
    ]  # fmt: skip
    assert journal(app_ctx) == [("add_event", False), ("update_event", False)]
    assert [(b.piece.entry.day, b.piece.top, b.piece.bottom) for b in canvas.blocks] == [
        (THU, 11 * 60, 12 * 60)
    ]
    assert chips(view) == {} and canvas.drop is None and row.drag is None
    undo(view, app_ctx, qtbot)
    assert rows(app_ctx) == before
    assert chips(view) == {WED: ["Holiday"]} and canvas.blocks == []


@pytest.mark.parametrize("scope", ["occurrence", "series"])
def test_a_repeating_all_day_event_asks_which_dates_move_along_the_row(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    scope: prompts.Scope,
) -> None:
    add(app_ctx, title="Bins", start="2026-11-25", all_day=True, repeat="FREQ=WEEKLY;BYDAY=WE")
    asked = answer(monkeypatch, scope)
    show_grid(view, qtbot, WED)
    row = view.hours.all_day
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        drag(row, row.point_at(WED), row.point_at(THU))
    settle(view, qtbot)
    assert asked == ["Bins"]
    assert chips(view) == {THU: ["Bins"]}
    assert journal(app_ctx) == [("add_event", False), ("update_event", False)]
    found = app_ctx.store.query("SELECT start, end, all_day, rrule FROM events ORDER BY id")
    stored = [(r["start"], r["end"], r["all_day"], r["rrule"]) for r in found]
    if scope == "occurrence":  # the series stays; this Wednesday alone moves a day on
        assert stored == [
            ("2026-11-25", "2026-11-26", 1, "FREQ=WEEKLY;BYDAY=WE"),
            ("2026-12-03", "2026-12-04", 1, None),
        ]
    else:  # the series' own first date moves a day on, and its weekday with it
        assert stored == [("2026-11-26", "2026-11-27", 1, "FREQ=WEEKLY;BYDAY=TH")]


@pytest.mark.parametrize("scope", ["occurrence", "series"])
def test_a_repeating_block_dragged_up_becomes_all_day_only_as_a_whole_series(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    scope: prompts.Scope,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-26T09:00", repeat="FREQ=WEEKLY;BYDAY=TH")
    asked = answer(monkeypatch, scope)
    show_grid(view, qtbot, WED)
    canvas = view.hours.canvas
    start = canvas.point_at(THU, 9 * 60 + 20)
    if scope == "occurrence":  # one date cannot be all day alone: the banner says so
        with qtbot.waitSignal(view.flow.failed, timeout=10_000):
            drag(canvas, start, on_row(view, FRI))
        assert "whole series" in view.banner.text() and view.banner.is_error()
        assert rows(app_ctx)[0][1:4] == ("2026-11-26T09:00:00", "2026-11-26T10:00:00", 0)
        assert journal(app_ctx) == [("add_event", False)]
    else:  # every Standup becomes all day, a day later: on Fridays
        dragged(view, qtbot, start, on_row(view, FRI))
        assert rows(app_ctx) == [
            ("Standup", "2026-11-27", "2026-11-28", 1, None, "2026-11-27T00:00:00")
        ]
        assert chips(view) == {FRI: ["Standup"]} and canvas.blocks == []
        undo(view, app_ctx, qtbot)
        assert rows(app_ctx)[0][1:4] == ("2026-11-26T09:00:00", "2026-11-26T10:00:00", 0)
    assert asked == ["Standup"]


@pytest.mark.parametrize("scope", ["occurrence", "series"])
def test_a_repeating_all_day_event_dragged_onto_the_hours_gets_that_time(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    scope: prompts.Scope,
) -> None:
    add(app_ctx, title="Bins", start="2026-11-25", all_day=True, repeat="FREQ=WEEKLY;BYDAY=WE")
    asked = answer(monkeypatch, scope)
    show_grid(view, qtbot, WED)
    row, canvas = view.hours.all_day, view.hours.canvas
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        drag(row, row.point_at(WED), on_hours(view, WED, 7 * 60 + 52))
    settle(view, qtbot)
    assert asked == ["Bins"]
    found = app_ctx.store.query("SELECT start, end, all_day, tzid, recurrence_id FROM events")
    stored = [(r["start"], r["end"], r["all_day"], r["tzid"], r["recurrence_id"]) for r in found]
    if scope == "occurrence":  # this Wednesday alone gets the time; the series stays all day
        assert stored == [
            ("2026-11-25", "2026-11-26", 1, None, ""),
            ("2026-12-02T07:45:00", "2026-12-02T08:45:00", 0, "Europe/Berlin", "2026-12-02"),
        ]
    else:  # every Wednesday from the first one, 07:45-08:45 Berlin time
        assert stored == [("2026-11-25T07:45:00", "2026-11-25T08:45:00", 0, "Europe/Berlin", "")]
    assert [(b.piece.entry.day, b.piece.top) for b in canvas.blocks] == [(WED, 7 * 60 + 45)]
    assert chips(view) == {}


def test_escape_drops_a_chip_drag_and_a_double_click_still_opens_the_event(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Holiday", start="2026-12-02", all_day=True)
    show_grid(view, qtbot, WED)
    row, canvas = view.hours.all_day, view.hours.canvas
    changes: list[object] = []
    view.hours.changed.connect(changes.append)
    canvas.setFocus()
    send(row, QEvent.Type.MouseButtonPress, row.point_at(WED), True)
    send(row, QEvent.Type.MouseMove, on_hours(view, THU, 11 * 60), True)
    assert canvas.drop is not None
    # Escape reaches the drag through the window, though the hours have the focus.
    QTest.keyClick(view.window().windowHandle(), Qt.Key.Key_Escape)
    assert row.drag is None and canvas.drop is None
    send(row, QEvent.Type.MouseButtonRelease, on_hours(view, THU, 11 * 60), False)
    assert changes == []
    assert rows(app_ctx)[0][1:4] == ("2026-12-02", "2026-12-03", 1)

    qtbot.mouseDClick(row, Qt.MouseButton.LeftButton, pos=row.point_at(WED).toPoint())
    qtbot.waitUntil(lambda: view.flow.dialog is not None and view.flow.dialog.isVisible())
    assert view.flow.dialog is not None and view.flow.dialog.title_edit.text() == "Holiday"
    view.flow.dialog.reject()
    assert changes == [] and journal(app_ctx) == [("add_event", False)]


@pytest.mark.parametrize("edge", ["bottom", "top"])
def test_a_chip_held_at_an_edge_of_the_hours_scrolls_them_and_lands_where_outlined(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot, edge: str
) -> None:
    add(app_ctx, title="Holiday", start="2026-12-02", all_day=True)
    show_grid(view, qtbot, WED)
    grid, canvas, row = view.hours, view.hours.canvas, view.hours.all_day
    bar, height = grid.area.verticalScrollBar(), grid.area.viewport().height()
    first = bar.value()
    assert 120 < first < bar.maximum() - 120  # room to scroll either way
    x = canvas.point_at(THU, 0).x()
    on_canvas = QPointF(x, first + (height - 4 if edge == "bottom" else 4))
    held = row.mapFrom(grid, canvas.mapTo(grid, on_canvas))  # the pointer stays there

    send(row, QEvent.Type.MouseButtonPress, row.point_at(WED), True)
    send(row, QEvent.Type.MouseMove, held, True)
    if edge == "bottom":
        qtbot.waitUntil(lambda: bar.value() >= first + 120, timeout=5_000)
    else:
        qtbot.waitUntil(lambda: bar.value() <= first - 120, timeout=5_000)
    # The outline went on with the hours: still under the pointer, at a later (earlier) time.
    ghost = canvas.drop
    assert ghost is not None and row.drag is not None and row.drag.ghost() == ghost
    assert ghost.day_index == canvas.days.index(THU)
    under = canvas.geometry_.minute_at(canvas.mapFrom(grid, row.mapTo(grid, held)).y())
    assert abs(ghost.top - under) <= 7.5  # the quarter hour nearest the pointer
    moved = canvas.geometry_.minute_at(120)  # the least the hours scrolled, in minutes
    before = canvas.geometry_.minute_at(on_canvas.y())
    assert (ghost.top - before) * (1 if edge == "bottom" else -1) >= moved - 7.5
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        send(row, QEvent.Type.MouseButtonRelease, held, False)
        assert not grid.edge_scroll.isActive()
    settle(view, qtbot)

    # It starts where the outline was when let go, for an hour, no longer all day.
    start, end = (f"2026-12-03T{m // 60:02d}:{m % 60:02d}:00" for m in (ghost.top, ghost.bottom))
    assert rows(app_ctx)[0][1:4] == (start, end, 0)
    assert [(b.piece.entry.day, b.piece.top, b.piece.bottom) for b in canvas.blocks] == [
        (THU, ghost.top, ghost.top + 60)
    ]
