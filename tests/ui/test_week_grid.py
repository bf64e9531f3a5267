"""The calendar's hour grid: blocks side by side, drags that move, resize and create."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QPointF, Qt, QTime
from pytestqt.qtbot import QtBot

from assistant.ui.calendar import prompts
from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext
from tests.ui.calendar_helpers import (
    add,
    answer,
    drag,
    dragged,
    journal,
    send,
    settle,
    show_grid,
    stored,
)
from tests.ui.calendar_helpers import view as view  # the fixture

WED = date(2026, 12, 2)
THU = date(2026, 12, 3)


def test_overlapping_events_sit_side_by_side_with_all_day_events_on_top(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:30")
    add(app_ctx, title="Lunch", start="2026-12-02T11:00", end="2026-12-02T12:00")
    add(app_ctx, title="Gym", start="2026-12-03T11:00", end="2026-12-03T12:00")
    add(app_ctx, title="Holiday", start="2026-12-02", all_day=True)
    show_grid(view, qtbot, WED)

    assert view.hours.canvas.days == view.shown_days() and len(view.shown_days()) == 7
    rects = {b.piece.entry.title: b.rect for b in view.hours.canvas.blocks}
    assert set(rects) == {"Review", "Lunch", "Gym"}
    review, lunch, gym = rects["Review"], rects["Lunch"], rects["Gym"]
    assert review.right() <= lunch.left() and review.width() == pytest.approx(lunch.width())
    assert gym.width() > 1.8 * review.width()  # alone on its day: the whole column
    assert lunch.top() < review.bottom()  # they overlap in time, so in height
    assert [e.title for e in view.hours.all_day.chips[WED]] == ["Holiday"]
    # The grid opens at working hours: the night is scrolled away.
    assert view.hours.area.verticalScrollBar().value() > 0
    # The current-time line is on today's column (the app's pinned clock: Friday 10:00).
    assert view.hours.canvas.now == app_ctx.clock().now


def test_dragging_a_block_moves_it_to_the_quarter_hour_and_undo_puts_it_back(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    show_grid(view, qtbot, WED)
    canvas = view.hours.canvas
    # Grabbed half way down, dropped a day later and 4 hours 2 minutes lower.
    dragged(view, qtbot, canvas.point_at(WED, 10 * 60 + 30), canvas.point_at(THU, 14 * 60 + 32))

    assert stored(app_ctx) == [("Review", "2026-12-03T14:00", "2026-12-03T15:00")]
    assert journal(app_ctx) == [("add_event", False), ("update_event", False)]  # one action
    (block,) = canvas.blocks
    assert block.piece.entry.day == THU and block.piece.top == 14 * 60
    assert view.banner.undo_button.isVisible()
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        qtbot.mouseClick(view.banner.undo_button, Qt.MouseButton.LeftButton)
    settle(view, qtbot)
    assert stored(app_ctx) == [("Review", "2026-12-02T10:00", "2026-12-02T11:00")]
    assert journal(app_ctx) == [("add_event", False), ("update_event", True)]


def test_dragging_the_bottom_edge_changes_only_the_end(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    show_grid(view, qtbot, WED)
    canvas = view.hours.canvas
    edge = canvas.point_at(WED, 11 * 60) - QPointF(0, 2)
    dragged(view, qtbot, edge, canvas.point_at(WED, 12 * 60 + 25))
    assert stored(app_ctx) == [("Review", "2026-12-02T10:00", "2026-12-02T12:30")]


def test_dragging_on_empty_space_opens_the_dialog_for_that_span(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    show_grid(view, qtbot, THU, week=False)
    canvas = view.hours.canvas
    drag(canvas, canvas.point_at(THU, 15 * 60 + 3), canvas.point_at(THU, 16 * 60 + 29))
    qtbot.waitUntil(lambda: view.flow.dialog is not None and view.flow.dialog.isVisible())
    dialog = view.flow.dialog
    assert dialog is not None
    assert dialog.start_date.date() == QDate(2026, 12, 3)
    assert (dialog.start_time.time(), dialog.end_time.time()) == (QTime(15, 0), QTime(16, 30))
    qtbot.keyClicks(dialog.title_edit, "Call Ana")
    assert dialog.ok_button.isEnabled(), dialog.problem()
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(view, qtbot)
    assert stored(app_ctx) == [("Call Ana", "2026-12-03T15:00", "2026-12-03T16:30")]
    assert [b.piece.entry.title for b in canvas.blocks] == ["Call Ana"]


def test_day_grid_shows_one_day(view: CalendarView, app_ctx: AppContext, qtbot: QtBot) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    add(app_ctx, title="Gym", start="2026-12-03T11:00", end="2026-12-03T12:00")
    show_grid(view, qtbot, WED, week=False)
    assert view.hours.canvas.days == [WED] and view.hours.all_day.days == [WED]
    assert view.hours.timer.isActive() and view.hours.timer.interval() <= 60_000
    assert [b.piece.entry.title for b in view.hours.canvas.blocks] == ["Review"]
    (block,) = view.hours.canvas.blocks
    assert block.rect.width() > view.hours.canvas.width() * 0.8  # the whole width
    # Back to the list: the agenda shows again, for the same day.
    view.hours_button.click()
    qtbot.waitUntil(lambda: view.agenda.isVisible())
    assert [e.title for e in view.model.entries()] == ["Review"]
    assert not view.hours.isVisible()
    assert not view.hours.timer.isActive()  # the current-time line waits while hidden


@pytest.mark.parametrize("scope", ["occurrence", "series"])
def test_moving_a_repeating_event_asks_which_dates_move(
    view: CalendarView,
    app_ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    scope: prompts.Scope,
) -> None:
    add(app_ctx, title="Standup", start="2026-11-03T09:00", repeat="FREQ=WEEKLY;BYDAY=TU,TH")
    asked = answer(monkeypatch, scope)
    show_grid(view, qtbot, THU)
    canvas = view.hours.canvas
    dragged(view, qtbot, canvas.point_at(THU, 9 * 60 + 10), canvas.point_at(THU, 11 * 60 + 10))
    assert asked == ["Standup"]
    tops = sorted((b.piece.entry.day, b.piece.top) for b in canvas.blocks)
    if scope == "occurrence":
        assert stored(app_ctx) == [
            ("Standup", "2026-11-03T09:00", "2026-11-03T10:00"),
            ("Standup", "2026-12-03T11:00", "2026-12-03T12:00"),
        ]
        assert tops == [(date(2026, 12, 1), 9 * 60), (THU, 11 * 60)]
    else:  # the series' own first date moves by the same two hours
        assert stored(app_ctx) == [("Standup", "2026-11-03T11:00", "2026-11-03T12:00")]
        assert tops == [(date(2026, 12, 1), 11 * 60), (THU, 11 * 60)]


def test_the_keyboard_picks_opens_and_deletes_blocks(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    add(app_ctx, title="Gym", start="2026-12-03T18:00", end="2026-12-03T19:00")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Hours
    qtbot.waitUntil(lambda: view.hours.isVisible())
    assert view.grid_mode() and view.hours_button.isChecked()
    show_grid(view, qtbot, WED)
    canvas = view.hours.canvas
    assert view.current_entry() is None and not view.edit_button.isEnabled()

    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert view.current_entry() is not None
    assert view.current_entry().title == "Review"  # type: ignore[union-attr]
    assert view.edit_button.isEnabled() and view.delete_button.isEnabled()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert view.current_entry().title == "Gym"  # type: ignore[union-attr]
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.flow.dialog is not None and view.flow.dialog.isVisible())
    assert view.flow.dialog is not None and view.flow.dialog.title_edit.text() == "Gym"
    view.flow.dialog.reject()

    # A click picks a block too; Delete removes it, as in the agenda.
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.point_at(WED, 630).toPoint())
    assert view.current_entry().title == "Review"  # type: ignore[union-attr]
    monkeypatch.setattr(prompts, "ask_delete", lambda _parent, _title, _when, _rec: "event")
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    settle(view, qtbot)
    assert [title for title, _s, _e in stored(app_ctx)] == ["Gym"]
    assert [b.piece.entry.title for b in canvas.blocks] == ["Gym"]
    assert view.current_entry() is None and not view.delete_button.isEnabled()


def test_a_subscribed_event_stays_put_and_the_banner_says_why(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Match", start="2026-12-02T18:00", end="2026-12-02T20:00")
    show_grid(view, qtbot, WED)
    view.flow.read_only = lambda _event_id: "Football"
    canvas = view.hours.canvas
    with qtbot.waitSignal(view.flow.failed, timeout=10_000):
        drag(canvas, canvas.point_at(WED, 18 * 60 + 30), canvas.point_at(WED, 20 * 60 + 30))
    assert "read-only" in view.banner.text() and view.banner.is_error()
    assert stored(app_ctx) == [("Match", "2026-12-02T18:00", "2026-12-02T20:00")]


def test_escape_drops_a_drag_and_nothing_changes(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    show_grid(view, qtbot, WED)
    canvas = view.hours.canvas
    start, end = canvas.point_at(WED, 630), canvas.point_at(THU, 900)
    changes: list[object] = []
    view.hours.changed.connect(changes.append)
    send(canvas, QEvent.Type.MouseButtonPress, start, True)
    send(canvas, QEvent.Type.MouseMove, end, True)
    assert canvas.drag is not None and canvas.drag.ghost() is not None
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    send(canvas, QEvent.Type.MouseButtonRelease, end, False)
    assert changes == [] and canvas.drag is None
    assert stored(app_ctx) == [("Review", "2026-12-02T10:00", "2026-12-02T11:00")]


def test_a_drag_at_the_bottom_edge_scrolls_the_hours_and_follows_them(
    view: CalendarView, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    show_grid(view, qtbot, WED)
    canvas, bar = view.hours.canvas, view.hours.area.verticalScrollBar()
    first = bar.value()
    start = canvas.point_at(WED, 10 * 60 + 30)
    edge = QPointF(start.x(), first + view.hours.area.viewport().height() - 4)
    send(canvas, QEvent.Type.MouseButtonPress, start, True)
    send(canvas, QEvent.Type.MouseMove, edge, True)
    qtbot.waitUntil(lambda: bar.value() >= first + 120, timeout=5_000)
    # The outline went on down with the hours, below where the pointer first was.
    ghost = canvas.drag.ghost() if canvas.drag is not None else None
    assert ghost is not None and ghost.top > canvas.geometry_.minute_at(edge.y())
    with qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000):
        send(canvas, QEvent.Type.MouseButtonRelease, canvas.drag_point, False)
        assert not view.hours.edge_scroll.isActive()
    dropped = f"2026-12-02T{ghost.top // 60:02d}:{ghost.top % 60:02d}"
    assert stored(app_ctx)[0][1] == dropped
