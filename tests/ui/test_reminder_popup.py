"""The in-app reminder popup: its buttons snooze or complete the right item through
the store, each as one undoable action, and its Undo puts the item back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.reminders.notifier import DONE, SNOOZE_1H, SNOOZE_5MIN, SNOOZE_TOMORROW, UNDO
from assistant.ui.reminders.popup import ReminderCard
from assistant.ui.tray import TrayController

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def tray(app_ctx: AppContext, qtbot: QtBot) -> Iterator[TrayController]:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    t = TrayController(app_ctx, window, system_notifications=False)
    yield t
    t.stop()
    tasks.wait_idle()


def add(ctx: AppContext, tool: str, **arguments: object) -> int:
    result = ctx.call_tool(tool, dict(arguments))
    assert result.ok, result.text
    return int(result.data["id"])


def start(tray: TrayController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.checked):
        tray.start()  # the first check at the pinned 10:00 finds what falls due then


def card_of(tray: TrayController, title: str) -> ReminderCard:
    popup = tray.actions.popup
    assert popup is not None and popup.popup.isVisible()
    cards = [popup.card(key) for key in reversed(list(popup._cards))]
    return next(c for c in cards if c is not None and c.notice.title == title)


def press(tray: TrayController, qtbot: QtBot, card: ReminderCard, action: str) -> str:
    button = card.button(action)
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(tray.actions.finished, timeout=10_000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return str(done.args[1])


def snoozed(ctx: AppContext) -> list[tuple[str, str]]:
    rows = ctx.store.query("SELECT kind, until FROM reminder_snoozes ORDER BY id")
    return [(r["kind"], r["until"]) for r in rows]


def test_snooze_buttons_store_when_the_reminder_goes_off_again(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, "add_event", title="Dentist", start="today 10:15", reminder_minutes=15)
    add(app_ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30)
    start(tray, qtbot)

    assert press(tray, qtbot, card_of(tray, "Dentist"), SNOOZE_5MIN) == "Snoozed until 10:05."
    assert snoozed(app_ctx) == [("event", "2026-11-27T09:05:00+00:00")]
    card = card_of(tray, "Call Ana")
    assert press(tray, qtbot, card, SNOOZE_TOMORROW) == "Snoozed until tomorrow 09:00."
    assert snoozed(app_ctx)[1] == ("todo", "2026-11-28T08:00:00+00:00")
    assert card.button(UNDO) is not None and card.button(DONE) is None

    def shown() -> list[str]:
        return sorted(b.accessibleName() for b in card.findChildren(QPushButton) if b.isVisible())

    qtbot.waitUntil(lambda: shown() == ["Close", "Undo"])  # and the pressed row is gone

    # The snoozed reminder goes off again at its new time, with its buttons.
    seen: list[str] = []
    tray.reminder_due.connect(lambda title, _body: seen.append(title))
    tray.check(datetime(2026, 11, 27, 10, 6, tzinfo=BERLIN))
    qtbot.waitUntil(lambda: seen == ["Dentist"])
    assert press(tray, qtbot, card_of(tray, "Dentist"), SNOOZE_1H) == "Snoozed until 11:00."
    assert snoozed(app_ctx)[0] == ("event", "2026-11-27T10:00:00+00:00")  # the same row moved


def test_done_completes_the_todo_and_undo_reopens_it(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    todo = add(app_ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30)
    add(app_ctx, "add_todo", title="Other", due="today 10:20", reminder_minutes=20)
    start(tray, qtbot)

    card = card_of(tray, "Call Ana")
    assert press(tray, qtbot, card, DONE) == "Done."
    done = {r["id"]: r["done"] for r in app_ctx.store.query("SELECT id, done FROM todos")}
    assert done[todo] == 1 and sorted(done.values()) == [0, 1]  # only that one

    assert press(tray, qtbot, card, UNDO) == "Undone."
    assert app_ctx.store.get("todos", todo)["done"] == 0  # type: ignore[index]
    again = card_of(tray, "Call Ana")  # shown anew, with its buttons
    assert again.button(DONE) is not None


def test_done_on_an_event_dismisses_its_snooze_and_undo_brings_it_back(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    add(app_ctx, "add_event", title="Dentist", start="today 10:15", reminder_minutes=15)
    start(tray, qtbot)
    press(tray, qtbot, card_of(tray, "Dentist"), SNOOZE_5MIN)
    before = card_of(tray, "Dentist")
    tray.check(datetime(2026, 11, 27, 10, 5, 30, tzinfo=BERLIN))
    qtbot.waitUntil(lambda: card_of(tray, "Dentist") is not before)  # it went off again
    card = card_of(tray, "Dentist")
    assert press(tray, qtbot, card, DONE) == "Dismissed."
    assert snoozed(app_ctx) == []
    press(tray, qtbot, card, UNDO)
    assert snoozed(app_ctx) == [("event", "2026-11-27T09:05:00+00:00")]


def test_a_failed_action_says_why_and_changes_nothing(
    tray: TrayController, app_ctx: AppContext, qtbot: QtBot
) -> None:
    todo = add(app_ctx, "add_todo", title="Call Ana", due="today 10:30", reminder_minutes=30)
    start(tray, qtbot)
    card = card_of(tray, "Call Ana")
    app_ctx.call_tool("delete_todo", {"todo_id": todo})  # gone meanwhile (from another view)
    text = press(tray, qtbot, card, DONE)
    assert "to-do" in text and "Traceback" not in text
    assert card.button(UNDO) is None
    assert app_ctx.store.query("SELECT count(*) AS n FROM actions")[0]["n"] == 2  # add, delete
