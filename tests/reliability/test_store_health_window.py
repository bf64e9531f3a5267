"""The window: a damaged or read-only database shows a banner; autosave and forgetting."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from test_damaged_database import damage

from assistant.app import Assistant
from assistant.errors import DatabaseDamaged
from assistant.settings import Preferences
from assistant.store import Store
from assistant.store import db as store_db
from assistant.ui import tasks
from assistant.ui.app import build, start_store_checks
from assistant.ui.context import NOTES, AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.notes.view import NotesView
from assistant.ui.settings_data import DataPage
from assistant.ui.store_health import StoreBanner

MARK = "readable-note-body"


def seed(db: Path, notes: int = 200) -> None:
    store = Store.open(db)
    with store.action("seed", "seed") as tx:
        for i in range(notes):
            tx.insert(
                "notes",
                {
                    "uid": f"n{i}",
                    "title": f"Note {i}",
                    "body": f"{MARK} {i} " * 12,
                    "created": "2026-11-01",
                    "updated": "2026-11-01",
                },
            )
    store.close()


@pytest.fixture
def opened(tmp_path: Path, qapp: Any) -> Iterator[list[tuple[AppContext, MainWindow]]]:
    made: list[tuple[AppContext, MainWindow]] = []
    yield made
    tasks.wait_idle()
    for ctx, window in made:
        window.close()
        ctx.models.unload()
        ctx.store.close()


def open_window(
    base: Path, qtbot: QtBot, made: list[tuple[AppContext, MainWindow]]
) -> tuple[AppContext, MainWindow, StoreBanner]:
    args = argparse.Namespace(data_dir=str(base), now="2026-11-27T10:00", tz="Europe/Berlin")
    ctx, window = build(args)
    made.append((ctx, window))
    qtbot.addWidget(window)
    banner = start_store_checks(ctx, window)
    window.show()
    return ctx, window, banner


def test_a_damaged_database_shows_a_banner_and_recovers_on_consent(
    tmp_path: Path, qtbot: QtBot, opened: list[tuple[AppContext, MainWindow]]
) -> None:
    base = tmp_path / "data"
    base.mkdir()
    db = base / "assistant.db"
    seed(db)
    damage(db)
    ctx, window, banner = open_window(base, qtbot, opened)
    qtbot.waitUntil(lambda: banner.isVisibleTo(window), timeout=10_000)
    assert "The database is damaged" in banner.text.text()
    assert isinstance(ctx.store.writes_off, DatabaseDamaged)
    assert not list(base.glob("assistant.db.damaged-*"))  # nothing without consent
    banner.recover_button.click()
    box = banner.confirm_box
    assert box is not None
    go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go.click()
    qtbot.waitUntil(lambda: banner.text.text().startswith("Recovered"), timeout=20_000)
    assert list(base.glob("assistant.db.damaged-*"))
    assert ctx.store.writes_off is None
    assert ctx.call_tool("create_note", {"title": "After", "body": "ok"}).ok


def test_a_read_only_folder_shows_the_data_and_says_why_changes_are_off(
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[tuple[AppContext, MainWindow]],
) -> None:
    base = tmp_path / "data"
    base.mkdir()
    seed(base / "assistant.db", notes=3)
    monkeypatch.setattr(store_db, "_writable", lambda _file: False)
    ctx, window, banner = open_window(base, qtbot, opened)
    assert banner.isVisibleTo(window)
    assert "is read-only, so changes are off" in banner.text.text()
    assert not banner.recover_button.isVisibleTo(window)
    result = ctx.call_tool("add_todo", {"title": "New"})
    assert not result.ok and "read-only" in result.text
    assert len(ctx.call_tool("list_notes", {}).data) == 3


@pytest.fixture
def app_ctx(tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    base = tmp_path / "data"
    base.mkdir(exist_ok=True)
    store = Store.open(base / "assistant.db")
    core = Assistant(base, store, prefs=Preferences(), now="2026-11-27T10:00", tz="Europe/Berlin")
    ctx = AppContext(core)
    yield ctx
    tasks.wait_idle()
    ctx.models.unload()
    store.close()


def test_typing_pauses_in_one_note_make_one_undo_entry(app_ctx: AppContext, qtbot: QtBot) -> None:
    result = app_ctx.call_tool("create_note", {"title": "Plan", "body": "start"})
    note_id = int(result.data["id"])
    app_ctx.bus.notify([NOTES])
    view = NotesView(app_ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.list.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.editor.isEnabled() and view.editor.title.text() == "Plan")
    body = view.editor.body
    for word in ("one", "two", "three"):
        body.moveCursor(body.textCursor().MoveOperation.End)
        qtbot.keyClick(body, Qt.Key.Key_Space)
        qtbot.keyClicks(body, word)
        view.saver.flush()  # a pause in typing
        qtbot.waitUntil(lambda w=word: body_of(app_ctx, note_id).endswith(w))
    updates = app_ctx.store.query("SELECT count(*) AS n FROM actions WHERE tool = 'update_note'")
    assert updates[0]["n"] == 1
    app_ctx.store.undo()
    assert body_of(app_ctx, note_id) == "start"


def body_of(ctx: AppContext, note_id: int) -> str:
    row = ctx.store.get("notes", note_id)
    assert row is not None
    return str(row["body"])


def test_forget_deleted_items_from_settings(app_ctx: AppContext, qtbot: QtBot) -> None:
    note = app_ctx.call_tool("create_note", {"title": "Diary", "body": "zebra-quokka-4711"})
    assert app_ctx.call_tool("delete_note", {"note_id": note.data["id"]}).ok
    page = DataPage(app_ctx)
    qtbot.addWidget(page)
    button = page.findChild(QPushButton, "forget")
    assert button is not None
    button.click()
    box = page.forget_box
    assert box is not None
    go = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    go.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Forgot"), timeout=10_000)
    assert "1 deleted item" in page.status.text()
