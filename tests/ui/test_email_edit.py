"""Email action items edited before they are added: Edit… opens the event or
to-do dialog prefilled; accepting adds the edited item (one undoable action),
cancelling adds nothing, and Add alone still adds in one click.

The clock is pinned to Friday 2026-11-27 10:00 in Berlin (tests/ui/conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from assistant.models.base import ScriptedModel
from assistant.ui import tasks
from assistant.ui.calendar.event_dialog import EventDialog
from assistant.ui.context import AppContext
from assistant.ui.email.items import TASK, WHEN, ItemState
from assistant.ui.email.proposals import ProposalsPanel
from assistant.ui.email.view import EmailView
from assistant.ui.todos.todo_dialog import TodoDialog

BERLIN = ZoneInfo("Europe/Berlin")
EMAIL = """From: Ana <ana@example.com>
Subject: Friday

Hi! Can we have lunch on Tuesday at 1 at Luigi's? Please send me the budget by Friday,
and water the plants on blorfday.
"""
REPLY = {
    "summary": "Ana proposes lunch on Tuesday at 1 and asks for the budget.",
    "action_items": [
        {"task": "Lunch with Ana", "when": "Tuesday at 1", "type": "event", "place": "Luigi's"},
        {"task": "Send Ana the budget", "when": "by Friday", "type": "todo"},
        {"task": "Water plants", "when": "blorfday", "type": "todo"},
    ],
}


@pytest.fixture
def panel(app_ctx: AppContext, scripted: ScriptedModel, qtbot: QtBot) -> Iterator[ProposalsPanel]:
    view = EmailView(app_ctx)
    qtbot.addWidget(view)
    view.resize(1030, 700)
    view.show()
    scripted.enqueue([json.dumps(REPLY)])
    view.input.setPlainText(EMAIL)
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 3)
    yield view.proposals
    tasks.wait_idle()


def rows(ctx: AppContext, sql: str) -> list[dict[str, object]]:
    return ctx.store.query(sql)


def actions(ctx: AppContext) -> list[str]:
    return [str(r["tool"]) for r in rows(ctx, "SELECT tool FROM actions ORDER BY id")]


def edit(panel: ProposalsPanel, qtbot: QtBot, row: int) -> EventDialog | TodoDialog:
    qtbot.mouseClick(panel.row_actions(row).edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def cell(panel: ProposalsPanel, row: int, column: int) -> str:
    return str(panel.model.data(panel.model.index(row, column)))


def test_an_edited_event_is_added_with_the_edited_values(
    panel: ProposalsPanel, app_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = edit(panel, qtbot, 0)
    assert isinstance(dialog, EventDialog)
    # Prefilled from the proposal: the email's time, add_event's default hour, the place.
    before = dialog.values()
    assert (before.title, before.start, before.end, before.location) == (
        "Lunch with Ana",
        datetime(2026, 12, 1, 13, 0, tzinfo=BERLIN),
        datetime(2026, 12, 1, 14, 0, tzinfo=BERLIN),
        "Luigi's",
    )
    assert dialog.ok_button.text() == "Add"
    dialog.end_time.setTime(QTime(13, 45))  # the email said 45 minutes
    dialog.title_edit.setText("Lunch with Ana (budget)")
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(15))
    dialog.accept()

    actions_row = panel.row_actions(0)
    qtbot.waitUntil(actions_row.undo_button.isVisible)
    event = rows(app_ctx, "SELECT title, location, reminder_minutes FROM events")
    assert event == [
        {"title": "Lunch with Ana (budget)", "location": "Luigi's", "reminder_minutes": 15}
    ]
    listed = app_ctx.call_tool("list_events", {"range": "2026-12-01"})
    assert listed.data[0]["end"] == "2026-12-01T13:45:00+01:00"
    assert actions(app_ctx) == ["add_event"]  # one action
    assert cell(panel, 0, TASK) == "Lunch with Ana (budget)"
    assert not actions_row.edit_button.isVisible()

    qtbot.mouseClick(actions_row.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(actions_row.add_button.isVisible)
    assert rows(app_ctx, "SELECT count(*) AS n FROM events") == [{"n": 0}]


def test_an_edited_todo_is_added_with_its_due_time_and_reminder(
    panel: ProposalsPanel, app_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = edit(panel, qtbot, 1)
    assert isinstance(dialog, TodoDialog)
    assert dialog.values().title == "Send Ana the budget"
    assert dialog.due() == date(2026, 11, 27)
    dialog.set_due(datetime(2026, 11, 30, 12, 0, tzinfo=BERLIN))
    dialog.reminder.setCurrentIndex(dialog.reminder.findData(60))
    dialog.accept()

    qtbot.waitUntil(lambda: panel.model.row_at(1).state == ItemState.ADDED)
    todo = rows(app_ctx, "SELECT title, due_at, reminder_minutes FROM todos")
    assert todo == [
        {"title": "Send Ana the budget", "due_at": "2026-11-30T11:00:00", "reminder_minutes": 60}
    ]
    assert actions(app_ctx) == ["add_todo"]
    assert cell(panel, 1, WHEN) == "Mon 30 Nov 12:00"


def test_an_item_without_a_date_gets_one_in_the_dialog(
    panel: ProposalsPanel, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert cell(panel, 2, WHEN) == "“blorfday”"
    dialog = edit(panel, qtbot, 2)
    assert isinstance(dialog, TodoDialog) and dialog.due() is None
    dialog.set_due(date(2026, 11, 29))
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.row_at(2).state == ItemState.ADDED)
    assert rows(app_ctx, "SELECT due_date FROM todos") == [{"due_date": "2026-11-29"}]
    assert cell(panel, 2, WHEN) == "Sun 29 Nov"


def test_cancel_adds_nothing_and_add_is_still_one_click(
    panel: ProposalsPanel, app_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = edit(panel, qtbot, 0)
    assert isinstance(dialog, EventDialog)
    dialog.end_time.setTime(QTime(13, 45))
    dialog.reject()
    tasks.wait_idle()
    assert actions(app_ctx) == []
    row = panel.row_actions(0)
    assert panel.model.row_at(0).state == ItemState.NEW
    assert row.add_button.isEnabled() and row.edit_button.isEnabled()

    qtbot.mouseClick(row.add_button, Qt.MouseButton.LeftButton)  # no dialog: added as proposed
    qtbot.waitUntil(row.undo_button.isVisible)
    assert panel.dialog is None
    listed = app_ctx.call_tool("list_events", {"range": "2026-12-01"})
    assert [(e["title"], e["end"]) for e in listed.data] == [
        ("Lunch with Ana", "2026-12-01T14:00:00+01:00")
    ]


def test_edit_buttons_are_named_and_in_the_tab_order(panel: ProposalsPanel) -> None:
    row = panel.row_actions(1)
    assert row.edit_button.accessibleName() == "Edit “Send Ana the budget” before adding"
    assert row.add_button.nextInFocusChain() is row.edit_button
