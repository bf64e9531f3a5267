"""Escape during a drag on the hour grid, in the main window, whose Esc stops generating.

Escape drops the drag and does nothing else, whatever has the focus; with no
drag going on, Esc is the window's "Stop generating" again.
"""

from __future__ import annotations

from datetime import date

import pytest
from fakes import BlockingModel
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext
from assistant.ui.main_window import CALENDAR, CHAT, MainWindow
from tests.ui.calendar_helpers import add, send, settle, show_grid, stored
from tests.ui.chat_helpers import wait_turn

WED, THU = date(2026, 12, 2), date(2026, 12, 3)


def start_generating(window: MainWindow, qtbot: QtBot, model: BlockingModel) -> None:
    """Ask the chat something; the model goes on generating until stopped."""
    window.chat.composer.input.setPlainText("write me a long poem")
    qtbot.keyClick(window.chat.composer.input, Qt.Key.Key_Return)
    qtbot.waitUntil(model.started.is_set, timeout=10_000)
    assert generating(window)


def generating(window: MainWindow) -> bool:
    turn = window.chat.turn
    return window.chat.composer.running and turn is not None and not turn.cancelled


def press_escape(window: MainWindow) -> None:
    """Escape as the keyboard sends it: to the window, which tries its shortcuts first."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)


def on_hours(calendar: CalendarView, day: date, minutes: float) -> QPointF:
    """A time of ``day`` on the hours, as a point of the all-day row (a chip dragged down)."""
    grid, row = calendar.hours, calendar.hours.all_day
    return row.mapFrom(grid, grid.canvas.mapTo(grid, grid.point_at(day, minutes)))


@pytest.mark.parametrize("held", ["block", "chip"])
def test_escape_drops_a_grid_drag_not_the_generation_and_then_stops_it_again(
    window: MainWindow, blocking: BlockingModel, app_ctx: AppContext, qtbot: QtBot, held: str
) -> None:
    add(app_ctx, title="Review", start="2026-12-02T10:00", end="2026-12-02T11:00")
    add(app_ctx, title="Holiday", start="2026-12-02", all_day=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start_generating(window, qtbot, blocking)
    stops: list[str] = []
    window.stop_action.triggered.connect(lambda: stops.append("Esc"))

    window.show_page(CALENDAR)
    calendar = window.calendar
    settle(calendar, qtbot)
    show_grid(calendar, qtbot, WED)
    canvas, row = calendar.hours.canvas, calendar.hours.all_day
    before = stored(app_ctx)
    changes: list[object] = []
    calendar.hours.changed.connect(changes.append)
    # A press on a block gives the hours the focus; one on a chip leaves it where it was.
    dragged: QWidget = canvas if held == "block" else row
    (canvas if held == "block" else window.nav).setFocus()
    if held == "block":
        end = canvas.point_at(THU, 15 * 60)
        send(canvas, QEvent.Type.MouseButtonPress, canvas.point_at(WED, 10 * 60 + 30), True)
        send(canvas, QEvent.Type.MouseMove, end, True)
        assert canvas.drag is not None and canvas.drag.ghost() is not None
    else:
        end = on_hours(calendar, THU, 15 * 60)
        send(row, QEvent.Type.MouseButtonPress, row.point_at(WED), True)
        send(row, QEvent.Type.MouseMove, end, True)
        assert row.drag is not None and canvas.drop is not None

    press_escape(window)
    # The drag is dropped, and that is all: the window's Esc did not fire.
    assert canvas.drag is None and row.drag is None and canvas.drop is None
    assert stops == [] and generating(window)
    send(dragged, QEvent.Type.MouseButtonRelease, end, False)
    assert changes == [] and stored(app_ctx) == before

    # No drag going on: Esc is "Stop generating" again (here the calendar has nothing to stop).
    press_escape(window)
    assert stops == ["Esc"] and generating(window)
    window.show_page(CHAT)
    press_escape(window)
    wait_turn(window.chat, qtbot)
    assert stops == ["Esc", "Esc"] and window.chat.turn is None
