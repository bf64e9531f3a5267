"""Dropping an .eml file on the email panel: read off the GUI thread, invitation shown exactly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from assistant.models.base import ScriptedModel
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.email.items import KIND, TASK, WHEN
from assistant.ui.email.view import EmailView

EML = Path(__file__).parent.parent / "data" / "email" / "invitation.eml"


@pytest.fixture
def view(app_ctx: AppContext, qtbot: QtBot) -> Iterator[EmailView]:
    w = EmailView(app_ctx)
    qtbot.addWidget(w)
    w.resize(1030, 700)
    w.show()
    yield w
    tasks.wait_idle()


def files(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def drop(mime: QMimeData) -> QDropEvent:
    """A drop of ``mime``, which the caller keeps alive (the event does not own it)."""
    return QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip


def cell(view: EmailView, row: int, column: int) -> str:
    model = view.proposals.model
    return str(model.data(model.index(row, column)))


def test_dropping_an_eml_on_the_text_box_shows_the_invitation_then_the_summary(
    view: EmailView, scripted: ScriptedModel, qtbot: QtBot
) -> None:
    scripted.enqueue(
        [
            json.dumps(
                {
                    "summary": "Bruno invites you to the quarterly review.",
                    "action_items": [
                        {"task": "Bring the sales figures", "when": None, "type": "todo"}
                    ],
                }
            )
        ]
    )
    mime = files(EML)
    enter = QDragEnterEvent(
        view.input.viewport().rect().center(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    assert view.drops.eventFilter(view.input.viewport(), enter) and enter.isAccepted()
    assert view.drops.eventFilter(view.input.viewport(), drop(mime))
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 2, timeout=10_000)
    assert "sales figures" in view.input.toPlainText()
    assert "BEGIN:VCALENDAR" not in view.input.toPlainText()  # the URL was not pasted either
    assert [cell(view, r, TASK) for r in range(2)] == [
        "Quarterly review",
        "Bring the sales figures",
    ]
    assert cell(view, 0, KIND) == "Event" and "15:30" in cell(view, 0, WHEN)
    assert "sales figures" in scripted.prompts[0]
    assert view.summary_view.toPlainText().startswith("Bruno invites you")


def test_without_a_model_the_dropped_invitation_is_still_shown(
    view: EmailView, qtbot: QtBot
) -> None:
    mime = files(EML)
    view.drops.eventFilter(view, drop(mime))
    qtbot.waitUntil(lambda: view.proposals.model.rowCount() == 1, timeout=10_000)
    assert cell(view, 0, TASK) == "Quarterly review"
    assert view.summary_view.toPlainText().startswith("Invitation: Quarterly review")


def test_a_file_that_is_not_an_email_says_so(view: EmailView, qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"Subject: nothing\n\n")
    mime = files(empty)
    view.drops.eventFilter(view, drop(mime))
    qtbot.waitUntil(lambda: "no text to summarize" in view.message.text(), timeout=10_000)
    assert view.proposals.model.rowCount() == 0
