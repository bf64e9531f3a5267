"""Changes made from chat are shown, and can wait for approval (issue 14, defect 3).

A scripted model and a real store: the action card of a change lists every
field it changed, before and after, and with "Ask before changes" on an update
waits on the same approval card a deletion does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from assistant import settings
from assistant.models.base import ScriptedModel
from assistant.ui.chat.bubbles import AnswerBlock
from assistant.ui.chat.cards import ActionCard, ApprovalCard
from assistant.ui.chat.view import ChatView
from assistant.ui.chat.wrapping import ZWSP
from assistant.ui.context import AppContext
from assistant.ui.settings_dialog import SettingsDialog
from tests.ui.chat_helpers import send, shown, wait_turn
from tests.ui.chat_helpers import view as view  # the fixture

Script = Callable[..., list[str]]


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    """Dates and times in one known locale: "Wed 2 Dec 10:00"."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def changes_of(card: ActionCard) -> list[str]:
    return card.edits.text().replace(ZWSP, "").splitlines()


def add_dentist(ctx: AppContext) -> int:
    result = ctx.call_tool(
        "add_event", {"title": "Dentist", "start": "2026-12-02T10:00", "end": "11:00"}
    )
    assert result.ok
    return int(result.data["id"])


def dentist_start(ctx: AppContext, event_id: int) -> str:
    row = ctx.store.get("events", event_id)
    assert row is not None
    return str(row["start"])


def move_dentist(scripted: ScriptedModel, call_script: Script) -> None:
    scripted.enqueue(call_script("update_event", item="the dentist", when="Thursday"))


def test_a_moved_event_shows_before_and_after(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    event_id = add_dentist(view.ctx)
    move_dentist(scripted, call_script)
    send(view, qtbot, "move the dentist to Thursday")
    wait_turn(view, qtbot)
    assert not shown(view, ApprovalCard)  # off by default: no question
    (card,) = shown(view, ActionCard)
    # The length stayed, so the move is one line.
    assert changes_of(card) == ["When: Wed 2 Dec 10:00 → Thu 3 Dec 10:00"]
    assert card.edits.isVisibleTo(card)
    assert "Thu 3 Dec 10:00" in card.accessibleName()
    assert dentist_start(view.ctx, event_id).startswith("2026-12-03T10:00")


def test_a_field_nobody_asked_for_is_on_the_card(qtbot: QtBot, app_ctx: AppContext) -> None:
    # What a model that invents a place and a longer slot would write.
    event_id = add_dentist(app_ctx)
    result = app_ctx.call_tool(
        "update_event",
        {
            "event_id": event_id,
            "start": "2026-12-03T10:00",
            "end": "2026-12-03T12:00",
            "location": "Yoga Studio",
        },
    )
    assert result.ok and result.action_id is not None
    card = ActionCard(app_ctx, result.action_id, result.text, edits=result.edits)
    qtbot.addWidget(card)
    card.show()
    assert changes_of(card) == [
        "Starts: Wed 2 Dec 10:00 → Thu 3 Dec 10:00",
        "Ends: Wed 2 Dec 11:00 → Thu 3 Dec 12:00",
        "Location: — → Yoga Studio",
    ]
    qtbot.mouseClick(card.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.is_undone)
    assert card.edits.font().strikeOut()  # undone: the changes are struck out too


def test_an_item_that_is_only_added_shows_no_changes(
    view: ChatView, qtbot: QtBot, scripted: ScriptedModel, call_script: Script
) -> None:
    scripted.enqueue(call_script("add_todos", items=["Buy milk"]))
    send(view, qtbot, "add buy milk to my to-dos")
    wait_turn(view, qtbot)
    (card,) = shown(view, ActionCard)
    assert card.edit_lines == [] and not card.edits.isVisibleTo(card)


@pytest.mark.parametrize("approve", [True, False], ids=["approve", "refuse"])
def test_ask_before_changes_holds_an_update_until_approved(
    view: ChatView,
    qtbot: QtBot,
    scripted: ScriptedModel,
    call_script: Script,
    approve: bool,
) -> None:
    settings.save_ask_before_changes(view.ctx.base, True)
    event_id = add_dentist(view.ctx)
    move_dentist(scripted, call_script)
    send(view, qtbot, "move the dentist to Thursday")
    qtbot.waitUntil(lambda: bool(shown(view, ApprovalCard)))
    (question,) = shown(view, ApprovalCard)
    assert "'Dentist'" in question.label.text()
    # What it would do, resolved, before the answer: the day it lands on.
    assert question.edits.text().replace(ZWSP, "").splitlines() == [
        "When: Wed 2 Dec 10:00 → Thu 3 Dec 10:00"
    ]
    assert not question.reason.isVisibleTo(question)  # the user's own words: no warning
    assert dentist_start(view.ctx, event_id).startswith("2026-12-02T10:00")  # not yet
    button = question.approve_button if approve else question.deny_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_turn(view, qtbot)
    if approve:
        assert dentist_start(view.ctx, event_id).startswith("2026-12-03T10:00")
        (card,) = shown(view, ActionCard)
        assert changes_of(card) == ["When: Wed 2 Dec 10:00 → Thu 3 Dec 10:00"]
    else:
        assert dentist_start(view.ctx, event_id).startswith("2026-12-02T10:00")
        assert not shown(view, ActionCard)
        assert shown(view, AnswerBlock)[-1].text == "OK, I made no changes."


def test_the_setting_is_off_by_default_and_saved_from_the_dialog(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.models import hardware

    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)
    assert settings.ask_before_changes(app_ctx.base) is False
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.ask_changes.isChecked()
    dialog.ask_changes.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert settings.ask_before_changes(app_ctx.base) is True
    again = SettingsDialog(app_ctx)
    qtbot.addWidget(again)
    assert again.ask_changes.isChecked()
