"""Reminders from the tray controller: announced once when they fall due,
shown in the window when there is no tray; the tray menu's commands."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.tray import TrayController

BERLIN = ZoneInfo("Europe/Berlin")


def at(hour: int, minute: int, day: int = 27) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def window(app_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def tray(window: MainWindow, app_ctx: AppContext, qtbot: QtBot) -> TrayController:
    t = TrayController(app_ctx, window, system_notifications=False)
    with qtbot.waitSignal(t.checked):
        t.start()  # the first check: 10:00, the pinned now
    yield t
    t.stop()


def add(ctx: AppContext, tool: str, **arguments: object) -> None:
    result = ctx.call_tool(tool, dict(arguments))
    assert result.ok, result.text


def check(tray: TrayController, qtbot: QtBot, now: datetime) -> None:
    with qtbot.waitSignal(tray.checked):
        tray.check(now)


def test_a_reminder_between_two_checks_is_announced_once(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, "add_event", title="Dentist", start="today 10:15", reminder_minutes=10)
    add(app_ctx, "add_event", title="Later", start="today 12:00", reminder_minutes=10)
    seen: list[tuple[str, str]] = []
    tray.reminder_due.connect(lambda title, body: seen.append((title, body)))

    check(tray, qtbot, at(10, 4))
    assert seen == []
    check(tray, qtbot, at(10, 6))  # 10:05 fell in [10:04, 10:06)
    assert seen == [("Dentist", "Starts today at 10:15")]
    check(tray, qtbot, at(10, 7))
    check(tray, qtbot, at(10, 6))  # the clock going back announces nothing again
    assert len(seen) == 1


def test_without_a_tray_the_reminder_shows_in_the_window(
    tray: TrayController, window: MainWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert not tray.available  # offscreen has no system tray
    add(app_ctx, "add_todo", title="Call Ana", due="tomorrow 11:00", reminder_minutes=60 * 24)
    check(tray, qtbot, at(11, 30))
    assert window.statusBar().currentMessage() == (
        "Reminder: Call Ana — To-do due tomorrow at 11:00"
    )


def test_many_reminders_at_once_are_summarized(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    for i in range(7):
        add(app_ctx, "add_todo", title=f"Task {i}", due="today 11:00", reminder_minutes=30)
    seen: list[str] = []
    tray.reminder_due.connect(lambda title, _body: seen.append(title))
    check(tray, qtbot, at(10, 31))
    assert seen == [f"Task {i}" for i in range(5)] + ["More reminders"]


def test_a_long_sleep_catches_up_only_half_a_day(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, "add_event", title="Old", start="today 12:00", reminder_minutes=5)
    add(app_ctx, "add_event", title="Recent", start="monday 9:00", reminder_minutes=5)
    seen: list[str] = []
    tray.reminder_due.connect(lambda title, _body: seen.append(title))
    check(tray, qtbot, at(10, 0, day=30) + timedelta(minutes=1))
    assert seen == ["Recent"]


def test_quit_from_the_tray_menu_asks_the_window_to_quit(
    tray: TrayController, window: MainWindow, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.quit_requested):
        tray.quit_action.trigger()


def test_show_and_hide_from_the_tray_menu(
    tray: TrayController, window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    tray.menu.aboutToShow.emit()
    assert tray.toggle_action.text() == "&Hide window"
    tray.toggle_action.trigger()
    assert not window.isVisible()
    tray.menu.aboutToShow.emit()
    assert tray.toggle_action.text() == "&Show window"
    tray.toggle_action.trigger()
    assert window.isVisible()
