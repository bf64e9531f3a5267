"""The calendar view under test and the steps its tests share (import the fixture by name).

The hour grid's tests drag with real mouse events sent to the real widgets.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from assistant.ui.calendar import prompts
from assistant.ui.calendar.qdates import to_qdate
from assistant.ui.calendar.view import CalendarView
from assistant.ui.context import AppContext


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[CalendarView]:
    v = CalendarView(app_ctx)
    qtbot.addWidget(v)
    v.resize(1030, 720)
    v.show()
    qtbot.waitExposed(v)
    settle(v, qtbot)
    yield v


def settle(view: CalendarView, qtbot: QtBot) -> None:
    """Reload, and wait until both the markers and the agenda are shown."""
    with qtbot.waitSignals([view.agenda_loaded, view.markers_loaded], timeout=10_000):
        view.refresh()


def add(ctx: AppContext, **args: Any) -> int:
    result = ctx.call_tool("add_event", args)
    assert result.ok, result.text
    return int(result.data["id"])


def stored(ctx: AppContext) -> list[tuple[str, str, str]]:
    rows = ctx.store.query("SELECT title, start, end FROM events ORDER BY id")
    return [(r["title"], r["start"][:16], r["end"][:16]) for r in rows]


def journal(ctx: AppContext) -> list[tuple[str, bool]]:
    """(tool, undone) of every journaled action, oldest first."""
    rows = ctx.store.query("SELECT tool, undone_at FROM actions ORDER BY id")
    return [(r["tool"], r["undone_at"] is not None) for r in rows]


def show_grid(view: CalendarView, qtbot: QtBot, day: date, *, week: bool = True) -> None:
    """Show the hour grid for the day or its week, waiting for each load."""
    mode = view.week_button if week else view.day_button
    if not mode.isChecked():
        with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
            mode.setChecked(True)
    if view.grid.selected_day() != day:
        with qtbot.waitSignal(view.agenda_loaded, timeout=10_000):
            view.grid.setSelectedDate(to_qdate(day))
    view.hours_button.setChecked(True)
    qtbot.waitUntil(lambda: view.hours.isVisible())


def send(widget: QWidget, kind: QEvent.Type, point: QPointF, held: bool) -> None:
    button = Qt.MouseButton.LeftButton
    buttons = button if held else Qt.MouseButton.NoButton
    which = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button
    event = QMouseEvent(
        kind, point, widget.mapToGlobal(point), which, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPointF, end: QPointF, steps: int = 6) -> None:
    """Press, move in steps (as a hand does), release: one simulated mouse drag."""
    send(widget, QEvent.Type.MouseButtonPress, start, True)
    for i in range(1, steps + 1):
        send(widget, QEvent.Type.MouseMove, start + (end - start) * (i / steps), True)
    send(widget, QEvent.Type.MouseButtonRelease, end, False)


def dragged(view: CalendarView, qtbot: QtBot, start: QPointF, end: QPointF) -> None:
    """A drag that writes: wait for the store's change and the reload after it."""
    with qtbot.waitSignal(view.ctx.bus.changed, timeout=10_000):
        drag(view.hours.canvas, start, end)
    settle(view, qtbot)


def answer(monkeypatch: pytest.MonkeyPatch, scope: prompts.Scope) -> list[str]:
    """Answer "this event or the series?" without a modal box; the titles asked about."""
    asked: list[str] = []

    def ask(_parent: Any, title: str) -> prompts.Scope:
        asked.append(title)
        return scope

    monkeypatch.setattr(prompts, "ask_edit_scope", ask)
    return asked
