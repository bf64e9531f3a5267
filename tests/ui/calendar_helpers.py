"""The calendar view under test and the steps its tests share (import the fixture by name)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

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
