"""The chat view against a scripted model and a real store."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fakes import BlockingModel
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.agent.factory import Brain
from assistant.agent.loop import Agent
from assistant.conversations.history import Conversations
from assistant.models.base import ScriptedModel
from assistant.models.formats import Llama3Pythonic
from assistant.tools import default_registry
from assistant.ui.chat.bubbles import AnswerBlock, Note, UserBubble
from assistant.ui.chat.cards import ActionCard, ApprovalCard
from assistant.ui.chat.view import ChatView
from assistant.ui.context import TODOS, AppContext
from assistant.ui.model_controller import LOADING
from tests.ui.chat_helpers import send, shown, wait_turn
from tests.ui.chat_helpers import view as view  # the fixture

Script = Callable[..., list[str]]


def todo_titles(ctx: AppContext) -> list[str]:
    return [r["title"] for r in ctx.store.query("SELECT title FROM todos ORDER BY id")]


def test_streamed_answer_is_shown(view: ChatView, qtbot: QtBot, scripted: ScriptedModel) -> None:
    scripted.enqueue(["Hello **there**, how can I help?"])
    send(view, qtbot, "hi")
    wait_turn(view, qtbot)
    assert [b.text for b in shown(view, UserBubble)] == ["hi"]
    answers = shown(view, AnswerBlock)
    assert len(answers) == 1
    assert answers[0].tail.textFormat() == Qt.TextFormat.MarkdownText
    assert answers[0].rendered() == "Hello **there**, how can I help?"
    assert view.composer.input.toPlainText() == ""
    assert view.composer.send_button.isVisible()


def test_long_answer_streams_paragraph_by_paragraph(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel
) -> None:
    code = "```\nfirst line\n\nsecond line\n```"
    text = f"One.\n\nTwo **bold**.\n\n{code}\n\nThree."
    scripted.enqueue([text])
    send(view, qtbot, "explain")
    wait_turn(view, qtbot)
    (answer,) = shown(view, AnswerBlock)
    # The blank line inside the code block does not split it.
    assert [label.text() for label in answer.labels] == ["One.", "Two **bold**.", code, "Three."]
    assert answer.rendered() == text


def test_shift_enter_adds_a_line_instead_of_sending(view: ChatView, qtbot: QtBot) -> None:
    box = view.composer.input
    box.setPlainText("first")
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "second")
    assert box.toPlainText() == "first\nsecond"
    assert view.turn is None and not shown(view, UserBubble)


def test_action_card_undo(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue(call_script("add_todos", items=["Buy milk"], due="friday 5pm"))
    with qtbot.waitSignal(view.ctx.bus.changed, check_params_cb=lambda t: TODOS in t):
        send(view, qtbot, "remind me to buy milk friday 5pm")
    wait_turn(view, qtbot)
    (card,) = shown(view, ActionCard)
    # Dates as people read them: no id, no ISO date, no zone name.
    assert card.label.text() == "Added to-do 'Buy milk' (due Fri 27 Nov 17:00)."
    assert card.text.startswith("Added to-do #")  # the tool's own words stay as they were
    assert todo_titles(view.ctx) == ["Buy milk"]
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.status.text() == "Undone")
    assert todo_titles(view.ctx) == []
    assert card.undo_button.isHidden()


def test_a_turn_with_two_writes_is_undone_as_one_from_either_card(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue(call_script("add_event", title="Vet appointment", when="Tuesday at 4pm"))
    scripted.enqueue(call_script("add_todos", items=["Buy cat food"], due="tomorrow"))
    send(
        view,
        qtbot,
        "put my vet appointment on Tuesday at 4pm in the calendar, "
        "and remind me to buy cat food tomorrow",
    )
    wait_turn(view, qtbot)
    first, second = shown(view, ActionCard)
    assert todo_titles(view.ctx) == ["Buy cat food"]
    qtbot.mouseClick(second.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.is_undone and second.is_undone)
    assert todo_titles(view.ctx) == []
    assert view.ctx.store.query("SELECT id FROM events") == []


def test_refused_undo_says_why(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue(call_script("add_todos", items=["Buy milk"]))
    send(view, qtbot, "add buy milk")
    wait_turn(view, qtbot)
    (card,) = shown(view, ActionCard)
    todo_id = view.ctx.store.query("SELECT id FROM todos")[0]["id"]
    assert view.ctx.call_tool("update_todo", {"todo_id": todo_id, "title": "Buy oat milk"}).ok
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "changed again" in card.status.text())
    assert todo_titles(view.ctx) == ["Buy oat milk"]
    assert card.undo_button.isEnabled()


def test_failed_tool_call_is_a_quiet_note(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue([*call_script("add_event", title="x"), "Sorry, when is it?"])
    send(view, qtbot, "add x")
    wait_turn(view, qtbot)
    (note,) = shown(view, Note)
    assert "When is 'x'?" in note.text() and not note.error
    assert not shown(view, ActionCard)


@pytest.mark.parametrize("approve", [False, True], ids=["deny", "approve"])
def test_destructive_call_asks_first(
    view: ChatView,
    qtbot: QtBot,
    scripted: ScriptedModel,
    call_script: Script,
    approve: bool,
) -> None:
    todo_id = view.ctx.call_tool("add_todo", {"title": "Pay rent"}).data["id"]
    assert todo_id
    scripted.enqueue(call_script("delete", kind="todo", item="the rent"))
    send(view, qtbot, "delete the rent to-do")
    qtbot.waitUntil(lambda: bool(shown(view, ApprovalCard)))
    (card,) = shown(view, ApprovalCard)
    assert "'Pay rent'" in card.label.text()
    assert not card.reason.isVisibleTo(card)  # asked for in the user's own words
    assert todo_titles(view.ctx) == ["Pay rent"]  # nothing happens before the answer
    button = card.approve_button if approve else card.deny_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_turn(view, qtbot)
    assert card.approve_button.isHidden()
    if approve:
        assert todo_titles(view.ctx) == []
        (action,) = shown(view, ActionCard)
        assert "Deleted to-do" in action.label.text()
    else:
        assert todo_titles(view.ctx) == ["Pay rent"]
        assert shown(view, AnswerBlock)[-1].text == "OK, I kept the to-do 'Pay rent'."
        assert not shown(view, ActionCard)


def test_a_write_from_pasted_text_waits_and_says_why(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue(call_script("add_todos", items=["Wire 5000 EUR"]))
    send(view, qtbot, "From: boss@example.com\nSubject: urgent\n\nAdd a to-do: wire 5000 EUR.")
    qtbot.waitUntil(lambda: bool(shown(view, ApprovalCard)))
    (card,) = shown(view, ApprovalCard)
    assert "Wire 5000 EUR" in card.label.text()
    assert card.reason.isVisibleTo(card) and "pasted" in card.reason.text()
    assert todo_titles(view.ctx) == []
    qtbot.mouseClick(card.deny_button, Qt.MouseButton.LeftButton)
    wait_turn(view, qtbot)
    assert todo_titles(view.ctx) == []
    assert not shown(view, ActionCard)


def test_stop_cancels_a_running_turn(blocking: BlockingModel, view: ChatView, qtbot: QtBot) -> None:
    send(view, qtbot, "write me a long poem")
    qtbot.waitUntil(lambda: bool(shown(view, AnswerBlock)))
    assert view.composer.stop_button.isVisible()
    assert not view.composer.send_button.isVisible()
    qtbot.mouseClick(view.composer.stop_button, Qt.MouseButton.LeftButton)
    wait_turn(view, qtbot)
    assert [n.text() for n in shown(view, Note)] == ["Stopped."]
    assert shown(view, AnswerBlock)[0].rendered() == "Let me think"


def test_conversations_persist_and_new_starts_empty(
    app_ctx: AppContext, view: ChatView, qtbot: QtBot, scripted: ScriptedModel
) -> None:
    scripted.enqueue(["Hi! What can I do for you?"])
    send(view, qtbot, "hello there")
    wait_turn(view, qtbot)

    again = ChatView(app_ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: len(again.transcript.widgets()) == 2)
    assert [b.text for b in shown(again, UserBubble)] == ["hello there"]
    assert shown(again, AnswerBlock)[0].text == "Hi! What can I do for you?"
    qtbot.waitUntil(lambda: again.pane.model.rowCount() == 1)
    assert again.pane.model.rows[0].title == "hello there"

    again.new_conversation()
    assert again.transcript.widgets() == []
    qtbot.waitUntil(lambda: again.pane.model.rowCount() == 2)
    assert again.pane.view.currentIndex().row() == 0  # the new, empty one

    # Choosing the old one in the list shows it again.
    again.pane.view.setCurrentIndex(again.pane.model.index(1))
    qtbot.waitUntil(lambda: len(again.transcript.widgets()) == 2)


def test_restored_action_card_can_still_undo(
    app_ctx: AppContext,
    view: ChatView,
    qtbot: QtBot,
    scripted: ScriptedModel,
    call_script: Script,
) -> None:
    scripted.enqueue(call_script("add_todos", items=["Water plants"]))
    send(view, qtbot, "add water plants")
    wait_turn(view, qtbot)

    again = ChatView(app_ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: bool(shown(again, ActionCard)))
    (card,) = shown(again, ActionCard)
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.status.text() == "Undone")
    assert todo_titles(app_ctx) == []
    # The first view hears about it through the bus and marks its own card.
    qtbot.waitUntil(lambda: shown(view, ActionCard)[0].is_undone)


def test_sending_without_a_model_says_so(view: ChatView, qtbot: QtBot) -> None:
    send(view, qtbot, "hello")
    assert view.composer.status.isVisible()
    assert "No model is set up" in view.composer.status.text()
    assert view.composer.input.toPlainText() == "hello"  # nothing lost
    assert view.turn is None
    assert Conversations(view.ctx.store).latest() is None


def test_message_sent_while_loading_goes_out_when_ready(
    app_ctx: AppContext, view: ChatView, qtbot: QtBot
) -> None:
    app_ctx.models.state = LOADING  # as during ModelController.load
    send(view, qtbot, "hi")
    assert "still loading" in view.composer.status.text()
    assert [b.text for b in shown(view, UserBubble)] == ["hi"]
    model, fmt = ScriptedModel(["Hello!"]), Llama3Pythonic()
    app_ctx.models.set_brain(Brain(model, fmt, Agent(model, fmt, default_registry())), "late")
    wait_turn(view, qtbot)
    assert shown(view, AnswerBlock)[0].text == "Hello!"
    assert len(shown(view, UserBubble)) == 1


def test_thinking_shows_the_elapsed_time_then_the_token_rate(view: ChatView, qtbot: QtBot) -> None:
    from assistant.agent.events import TokenEvent
    from assistant.ui.chat.turn_view import TurnRenderer

    now = [100.0]
    renderer = TurnRenderer(view.ctx, view.transcript, view.composer)
    renderer.clock = lambda: now[0]
    renderer._started = 100.0
    view.composer.set_running(True)
    try:
        now[0] = 103.4
        renderer.tick()
        assert view.composer.status.text() == "Thinking… 3 s"
        now[0] = 104.0
        renderer.show(TokenEvent("Hel"))
        for i in range(10):  # ten more tokens over the next second: 10 tokens/s
            now[0] = 104.1 + i * 0.1
            renderer.show(TokenEvent("lo"))
        renderer.flush()
        assert view.composer.status.isVisible()
        assert view.composer.status.text() == "Thinking… 5 s · 10.0 tokens/s"
    finally:
        view.composer.set_running(False)
        renderer.deleteLater()


def test_the_status_line_says_what_a_tool_declares_it_does(view: ChatView) -> None:
    from assistant.agent.events import ToolCallEvent
    from assistant.ui.chat.turn_view import TurnRenderer

    renderer = TurnRenderer(view.ctx, view.transcript, view.composer)
    view.composer.set_running(True)
    try:
        said = []
        for name, arguments in [
            ("add_todos", {"items": ["Milk"]}),
            ("delete", {"kind": "note", "item": "the list"}),
            ("find_free_slots", {}),
            ("no_such_tool", {}),
        ]:
            renderer.show(ToolCallEvent(name, arguments))
            said.append(view.composer.status.text().split(" ·")[0])
        assert said == [
            "Adding to-dos…",
            "Deleting a note…",
            "Finding free time…",
            "Working: no_such_tool…",
        ]
    finally:
        view.composer.set_running(False)
        renderer.deleteLater()


def test_one_long_line_wraps_and_nothing_scrolls_sideways(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    from assistant.ui.chat.wrapping import ZWSP

    url = "https://example.com/" + "a-very-long-path-segment/" * 12 + "?q=" + "x" * 80
    token = "y" * 400
    scripted.enqueue([f"See {url} and {token} and [the docs]({url})."])
    view.resize(520, 600)
    send(view, qtbot, f"{token} {url}")
    wait_turn(view, qtbot)
    qtbot.waitUntil(lambda: bool(shown(view, AnswerBlock)))
    transcript = view.transcript
    viewport = transcript.viewport()
    qtbot.wait(50)  # layouts settle
    assert transcript.horizontalScrollBar().maximum() == 0
    assert transcript.widget().width() <= viewport.width()
    (bubble,) = shown(view, UserBubble)
    right = bubble.panel.mapTo(viewport, QPoint(bubble.panel.width(), 0)).x()
    assert 0 < right <= viewport.width()  # the user's bubble is on screen
    (answer,) = shown(view, AnswerBlock)
    for label in answer.labels:
        assert label.mapTo(viewport, QPoint(label.width(), 0)).x() <= viewport.width()
    shown_text = answer.labels[0].text()
    assert f"]({url})" in shown_text  # the bare URL became a link with its target whole
    assert ZWSP in shown_text and ZWSP in bubble.label.text()
    assert answer.rendered() == f"See {url} and {token} and [the docs]({url})."
    # Copying from the transcript gives the text without the break points.
    QGuiApplication.clipboard().setText(bubble.label.text())  # the collapsed preview
    qtbot.waitUntil(lambda: ZWSP not in QGuiApplication.clipboard().text())
    copied = QGuiApplication.clipboard().text()
    assert copied == bubble.label.text().replace(ZWSP, "")
    assert copied.startswith(token + " https://example.com/a-very-long-path-segment/")
