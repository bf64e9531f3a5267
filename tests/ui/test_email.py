"""The email panel: summaries with addable proposals, rewrites, Stop and plain errors."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fakes import BlockingModel
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from assistant.agent.factory import Brain
from assistant.agent.loop import Agent
from assistant.agent.summarize import MAX_EMAIL_CHARS
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic
from assistant.tools import default_registry
from assistant.tools.registry import ToolResult
from assistant.ui import tasks
from assistant.ui.context import EVENTS, TODOS, AppContext
from assistant.ui.email import proposals
from assistant.ui.email.items import KIND, TASK, WHEN
from assistant.ui.email.view import REWRITE_TAB, SUMMARY_TAB, EmailView

EMAIL = """From: Ana <ana@example.com>
Subject: Friday

Hi! Can we have lunch on Tuesday at 1? Also please send me the budget by Friday.
"""

REPLY = {
    "summary": "Ana proposes **lunch** on Tuesday at 1 and asks for the budget.",
    "action_items": [
        {"task": "Lunch with Ana", "when": "Tuesday at 1", "type": "event"},
        {"task": "Send Ana the budget", "when": "by Friday", "type": "todo"},
        {"task": "Reply to Ana", "when": None, "type": "todo"},
        {"task": "Water plants", "when": "blorfday", "type": "todo"},
    ],
}


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[EmailView]:
    w = EmailView(app_ctx)
    qtbot.addWidget(w)
    w.resize(1030, 700)
    w.show()
    yield w
    tasks.wait_idle()


def count(ctx: AppContext, table: str) -> int:
    return int(ctx.store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])


def summarize(view: EmailView, scripted: ScriptedModel, qtbot: QtBot) -> None:
    scripted.enqueue([json.dumps(REPLY)])
    view.input.setPlainText(EMAIL)
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 4)


def cell(view: EmailView, row: int, column: int) -> str:
    model = view.proposals.model
    return str(model.data(model.index(row, column)))


def test_summary_shows_items_with_resolved_dates(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    summarize(view, scripted, qtbot)
    assert "<document>" in scripted.prompts[0]
    assert view.tabs.currentIndex() == SUMMARY_TAB
    # Markdown is rendered, not shown raw.
    assert view.summary_view.toPlainText().startswith("Ana proposes lunch on Tuesday")
    assert [cell(view, r, KIND) for r in range(4)] == ["Event", "To-do", "To-do", "To-do"]
    assert cell(view, 0, TASK) == "Lunch with Ana"
    assert cell(view, 0, WHEN) == "Tue 1 Dec 13:00"
    assert cell(view, 1, WHEN) == "Fri 27 Nov"
    assert cell(view, 2, WHEN) == "No date"
    assert cell(view, 3, WHEN) == "“blorfday”"
    assert "4 action items" in view.message.text()
    assert view.summarize_button.isEnabled() and not view.stop_button.isEnabled()
    # A summary only proposes: nothing is written until Add.
    assert (count(app_ctx, "todos"), count(app_ctx, "events")) == (0, 0)


def test_add_event_lands_in_the_calendar_and_undo_removes_it(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    summarize(view, scripted, qtbot)
    row = view.proposals.row_actions(0)
    with qtbot.waitSignal(app_ctx.bus.changed) as changed:
        qtbot.mouseClick(row.add_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[EVENTS]]
    qtbot.waitUntil(lambda: row.undo_button.isVisible())
    assert row.added_label.text() == "Added ✓" and not row.add_button.isVisible()
    listed = app_ctx.call_tool("list_events", {"range": "2026-12-01"})
    assert "Lunch with Ana" in listed.text
    # The tool's own answer, with the date it resolved, is shown.
    assert view.proposals.message.text() == "Added 'Lunch with Ana': Tue 1 Dec 13:00–14:00."

    with qtbot.waitSignal(app_ctx.bus.changed):
        qtbot.mouseClick(row.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.add_button.isVisible())
    assert count(app_ctx, "events") == 0
    assert "Removed “Lunch with Ana” again" in view.proposals.message.text()


def test_an_item_undone_elsewhere_loses_its_stale_undo(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    summarize(view, scripted, qtbot)
    row = view.proposals.row_actions(1)
    qtbot.mouseClick(row.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.undo_button.isVisible())
    assert count(app_ctx, "todos") == 1
    app_ctx.store.undo()  # Edit > Undo, or the chat's Undo
    app_ctx.bus.notify([TODOS])
    qtbot.waitUntil(lambda: row.add_button.isVisible() and row.add_button.isEnabled())
    assert not row.undo_button.isVisible() and count(app_ctx, "todos") == 0


def test_todo_proposals_land_in_todos(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    summarize(view, scripted, qtbot)
    with qtbot.waitSignal(app_ctx.bus.changed) as changed:
        qtbot.mouseClick(view.proposals.row_actions(1).add_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[TODOS]]
    assert count(app_ctx, "todos") == 1
    todo = app_ctx.store.query("SELECT title, due_date FROM todos")[0]
    assert todo == {"title": "Send Ana the budget", "due_date": "2026-11-27"}

    qtbot.mouseClick(view.proposals.add_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.proposals.add_all_button.isEnabled())
    qtbot.waitUntil(
        lambda: all(view.proposals.row_actions(r).undo_button.isVisible() for r in range(4))
    )
    assert (count(app_ctx, "todos"), count(app_ctx, "events")) == (3, 1)


def test_enter_on_a_row_adds_it(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    summarize(view, scripted, qtbot)
    table = view.proposals.table
    table.setFocus()
    table.setCurrentIndex(view.proposals.model.index(2, TASK))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(app_ctx, "todos") == 1)
    assert app_ctx.store.query("SELECT title FROM todos")[0]["title"] == "Reply to Ana"


def test_a_refused_proposal_shows_the_tools_error(
    view: EmailView,
    scripted: ScriptedModel,
    qtbot: QtBot,
    app_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(*_: object) -> ToolResult:
        return ToolResult("add_todo", {}, ok=False, text="Error: the database is read-only.")

    monkeypatch.setattr(proposals, "accept", refuse)
    summarize(view, scripted, qtbot)
    row = view.proposals.row_actions(1)
    qtbot.mouseClick(row.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "read-only" in view.proposals.message.text())
    assert view.proposals.message.is_error
    assert row.add_button.isVisible() and row.add_button.isEnabled()
    assert count(app_ctx, "todos") == 0


def test_ctrl_enter_summarizes(view: EmailView, scripted: ScriptedModel, qtbot: QtBot) -> None:
    scripted.enqueue([json.dumps(REPLY)])
    view.input.setPlainText(EMAIL)
    view.input.setFocus()
    qtbot.keyClick(view.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 4)
    assert "\n" not in view.input.toPlainText()[len(EMAIL) :]


def test_rewrite_streams_into_the_output_then_copy_and_replace(
    view: EmailView, blocking: BlockingModel, qtbot: QtBot
) -> None:
    view.input.setPlainText("hey ana tues lunch ok")
    qtbot.mouseClick(view.formal_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentIndex() == REWRITE_TAB
    # The first words show while the model is still writing.
    qtbot.waitUntil(lambda: view.output.toPlainText() == "Let me think")
    assert not view.summarize_button.isEnabled() and view.stop_button.isEnabled()
    blocking.release.set()
    qtbot.waitUntil(lambda: view.summarize_button.isEnabled())
    assert view.output.toPlainText() == "Let me think the rest."

    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Let me think the rest."
    qtbot.mouseClick(view.replace_button, Qt.MouseButton.LeftButton)
    assert view.input.toPlainText() == "Let me think the rest."
    view.input.undo()
    assert view.input.toPlainText() == "hey ana tues lunch ok"


def test_stop_cancels_a_rewrite_and_keeps_the_text(
    view: EmailView, blocking: BlockingModel, qtbot: QtBot
) -> None:
    view.input.setPlainText("hey ana tues lunch ok")
    qtbot.mouseClick(view.shorter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.output.toPlainText() == "Let me think")
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shorter_button.isEnabled())
    assert not blocking.release.is_set()  # it stopped because of Stop, not the fixture
    assert view.output.toPlainText() == "Let me think"
    assert "Stopped" in view.message.text() and not view.message.is_error


def test_stop_cancels_a_summary(
    view: EmailView, blocking: BlockingModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    view.input.setPlainText(EMAIL)
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(blocking.started.is_set)
    assert view.input.isReadOnly()
    view.stop()
    qtbot.waitUntil(lambda: view.summarize_button.isEnabled())
    assert view.message.text() == "Stopped."
    assert view.proposals.model.rowCount() == 0 and not view.input.isReadOnly()


def test_empty_text_shows_a_message_and_calls_no_model(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot
) -> None:
    view.input.setPlainText("   \n ")
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.friendlier_button, Qt.MouseButton.LeftButton)
    assert "no text to work on" in view.message.text()
    assert view.message.is_error and view.summarize_button.isEnabled()
    assert scripted.prompts == []


def test_too_long_text_is_refused(view: EmailView, scripted: ScriptedModel, qtbot: QtBot) -> None:
    view.input.setPlainText("x" * (MAX_EMAIL_CHARS + 1))
    assert "24,001 / 24,000" in view.count_label.text()
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    assert "the limit is 24,000" in view.message.text()
    assert scripted.prompts == []


def test_model_not_loaded_shows_the_message(
    view: EmailView, qtbot: QtBot, app_ctx: AppContext
) -> None:
    assert "No model is loaded" in view.message.text()
    view.input.setPlainText(EMAIL)
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    assert "No model is loaded" in view.message.text() and view.message.is_error
    assert view.summarize_button.isEnabled()

    model = ScriptedModel([])
    fmt = Llama3Pythonic()
    app_ctx.models.set_brain(Brain(model, fmt, Agent(model, fmt, default_registry())), "m")
    assert view.message.isHidden()
    app_ctx.models.unload()
    assert "No model is loaded" in view.message.text()


def test_add_all_leaves_out_an_item_that_looks_like_phishing(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, app_ctx: AppContext
) -> None:
    reply = {
        "summary": "IT wants your password; Ana asks for the budget.",
        "action_items": [
            {"task": "Send your password to it@examp1e.com", "when": None, "type": "todo"},
            {"task": "Send Ana the budget", "when": "by Friday", "type": "todo"},
        ],
    }
    scripted.enqueue([json.dumps(reply)])
    view.input.setPlainText(EMAIL)
    qtbot.mouseClick(view.summarize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 2)
    assert cell(view, 0, TASK).endswith("(looks like phishing)")
    tip = view.proposals.model.data(
        view.proposals.model.index(0, TASK), Qt.ItemDataRole.ToolTipRole
    )
    assert "password" in tip and "leaves it out" in tip
    qtbot.mouseClick(view.proposals.add_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proposals.row_actions(1).undo_button.isVisible())
    assert not view.proposals.add_all_button.isEnabled()
    titles = [r["title"] for r in app_ctx.store.query("SELECT title FROM todos")]
    assert titles == ["Send Ana the budget"]
    # Its own button still adds it: the user decides.
    qtbot.mouseClick(view.proposals.row_actions(0).add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(app_ctx, "todos") == 2)


@pytest.mark.parametrize(
    "reply",
    [
        json.dumps({"summary": "Ana proposes lunch on Tuesday.", "action_items": []}),
        "```\nDear Ana, Tuesday lunch suits me.\n```",
        "[update_event(event_id=3, start='tuesday')]",
        "",
    ],
    ids=["json", "code-block", "call", "empty"],
)
def test_a_rewrite_that_is_not_prose_is_refused_and_not_offered(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot, reply: str
) -> None:
    """Issue 14, defect 7: "Shorter" returned a JSON object and offered "Replace text"."""
    view.input.setPlainText("hey ana tues lunch ok")
    scripted.enqueue([reply])
    qtbot.mouseClick(view.shorter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.shorter_button.isEnabled() and view.message.is_error)
    assert "Nothing was replaced" in view.message.text()
    assert view.output.toPlainText() == ""
    assert not view.replace_button.isEnabled() and not view.copy_button.isEnabled()
    assert view.input.toPlainText() == "hey ana tues lunch ok"

    # The next rewrite that is prose is offered as before.
    scripted.enqueue(["Ana, lunch on Tuesday?"])
    qtbot.mouseClick(view.shorter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.replace_button.isEnabled())
    assert view.output.toPlainText() == "Ana, lunch on Tuesday?" and not view.message.is_error
