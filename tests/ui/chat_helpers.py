"""The chat view under test and the steps the chat tests share (import the fixture by name)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.ui.chat.view import ChatView
from assistant.ui.context import AppContext


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[ChatView]:
    chat = ChatView(app_ctx)
    qtbot.addWidget(chat)
    chat.resize(1000, 700)
    chat.show()
    qtbot.waitExposed(chat)
    yield chat
    chat.stop()
    qtbot.waitUntil(lambda: chat.turn is None)


def send(view: ChatView, qtbot: QtBot, text: str) -> None:
    view.composer.input.setPlainText(text)
    qtbot.keyClick(view.composer.input, Qt.Key.Key_Return)


def wait_turn(view: ChatView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: view.turn is None and not view.composer.running, timeout=10_000)


def shown(view: ChatView, kind: type) -> list[Any]:
    return [w for w in view.transcript.widgets() if isinstance(w, kind)]
