"""The prompts seam: Qt's dialogs behind it, and flows a test can now answer.

A question asked with a static ``QMessageBox``/``QFileDialog`` call runs its own
modal loop; behind :mod:`assistant.ui.prompts` a test answers it instead
(:class:`fakes.ScriptedPrompts`), and the real dialogs are checked here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import ScriptedPrompts
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from assistant.conversations.history import Conversations
from assistant.ui import prompts
from assistant.ui.chat.view import ChatView
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow

ICS = Path(__file__).parents[1] / "data" / "ics"


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_on_the_question(qtbot: QtBot, key: Qt.Key | None = None, text: str = "") -> None:
    """Once the modal box is up: press ``key`` on it, or click the button named ``text``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        if key is not None:
            qtbot.keyClick(box, key)
            return
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("decline", ["no", "cancel"])
def test_enter_on_a_confirmation_declines_it(
    parent: QWidget, qtbot: QtBot, decline: prompts.Decline
) -> None:
    press_on_the_question(qtbot, Qt.Key.Key_Return)
    assert prompts.confirm(parent, "Delete?", "Delete it?", decline=decline) is False
    press_on_the_question(qtbot, Qt.Key.Key_Escape)
    assert prompts.confirm(parent, "Delete?", "Delete it?", decline=decline) is False
    press_on_the_question(qtbot, text="Yes")
    assert prompts.confirm(parent, "Delete?", "Delete it?", decline=decline) is True


def test_a_warning_confirmation_shows_the_warning_icon(parent: QWidget, qtbot: QtBot) -> None:
    icons: list[QMessageBox.Icon] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        icons.append(box.icon())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, answer)
    assert prompts.confirm(parent, "Send?", "Send it there?", warning=True) is False
    assert icons == [QMessageBox.Icon.Warning]


def test_answers_go_back_to_the_dialogs_after_the_block() -> None:
    before = prompts._active
    with prompts.answered_by(ScriptedPrompts()) as scripted:
        assert prompts._active is scripted
    assert prompts._active is before


@pytest.fixture
def chat(app_ctx: AppContext, qtbot: QtBot) -> Iterator[ChatView]:
    view = ChatView(app_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    yield view
    view.stop()
    qtbot.waitUntil(lambda: view.turn is None)


def test_declining_to_delete_a_conversation_keeps_it(
    app_ctx: AppContext, chat: ChatView, qtbot: QtBot
) -> None:
    conversations = Conversations(app_ctx.store)
    kept = conversations.create("Trip plans")
    with prompts.answered_by(ScriptedPrompts(confirm=False)) as answers:
        chat.delete_conversation(kept)
    assert [title for _kind, title, _text in answers.asked] == ["Delete conversation"]
    assert [c["id"] for c in conversations.recent()] == [kept]

    with prompts.answered_by(ScriptedPrompts(confirm=True)):
        chat.delete_conversation(kept)
    qtbot.waitUntil(lambda: conversations.recent() == [])


def test_import_from_the_menu_imports_the_chosen_files_and_nothing_when_cancelled(
    app_ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    with prompts.answered_by(ScriptedPrompts(files=[])) as cancelled:
        window.import_ics()
    assert [kind for kind, _caption, _dir in cancelled.asked] == ["open"]
    assert app_ctx.store.query("SELECT count(*) AS n FROM events")[0]["n"] == 0

    with (
        prompts.answered_by(ScriptedPrompts(files=[str(ICS / "google.ics")])),
        qtbot.waitSignal(app_ctx.bus.changed, timeout=10_000),
    ):
        window.import_ics()
    titles = {r["title"] for r in app_ctx.store.query("SELECT title FROM events")}
    assert {"Team standup", "Lunch with Ana"} <= titles
    assert window.stack.currentWidget() is window.calendar


def test_the_shortcuts_list_names_the_keys(window: MainWindow) -> None:
    with prompts.answered_by(ScriptedPrompts()) as answers:
        window.show_shortcuts()
    ((kind, title, text),) = answers.asked
    assert (kind, title) == ("inform", "Keyboard shortcuts")
    assert "Send message: Enter" in text.splitlines()
    assert "New line in a message: Shift+Enter" in text.splitlines()
