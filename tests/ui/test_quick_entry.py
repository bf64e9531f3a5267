"""The quick-entry window: chips while typing, Enter saves one undoable to-do,
Escape and bad input save nothing, Ctrl+Enter hands the text to the chat, and
the tray and ``assistant --quick-add`` (over the local socket) open it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant import settings
from assistant.ui import app as ui_app
from assistant.ui.context import AppContext
from assistant.ui.main_window import CHAT, MainWindow
from assistant.ui.quick_entry.controller import QuickEntry
from assistant.ui.quick_entry.instance import InstanceServer, server_name
from assistant.ui.quick_entry.window import QuickEntryWindow
from assistant.ui.tray import TrayController

ROOT = Path(__file__).parents[2]


@pytest.fixture
def entry(app_ctx: AppContext, qtbot: QtBot) -> QuickEntryWindow:
    window = QuickEntryWindow(app_ctx)
    qtbot.addWidget(window)
    window.open()
    return window


@pytest.fixture
def main_window(app_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def no_session_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No desktop bus: the portal is absent (the private-bus case is test_quick_entry_portal)."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus")


def todos(ctx: AppContext) -> list[dict[str, object]]:
    return ctx.store.query("SELECT title, due_date, due_at, priority FROM todos ORDER BY id")


def test_chips_show_what_the_line_means(entry: QuickEntryWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(entry.edit, "call mom friday 5pm !high #family")
    # Friday 27 Nov 10:00 in Berlin: "friday 5pm" is today.
    assert entry.chips.texts() == ["Call mom", "Due: Today 17:00", "High priority", "#family"]
    entry.edit.setText("buy milk tomorrow !low")
    assert entry.chips.texts() == ["Buy milk", "Due: Tomorrow", "Low priority"]
    assert [label.text() for label in entry.chips.labels] == entry.chips.texts()


def test_enter_saves_one_todo_and_undo_removes_it(
    entry: QuickEntryWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    changed: list[list[str]] = []
    app_ctx.bus.changed.connect(changed.append)
    qtbot.keyClicks(entry.edit, "call mom friday 5pm !high #family")
    with qtbot.waitSignal(entry.saved) as saved:
        qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert saved.args[0]["title"] == "Call mom"
    assert todos(app_ctx) == [
        {
            "title": "Call mom",
            "due_date": "2026-11-27",
            "due_at": "2026-11-27T16:00:00",  # 17:00 in Berlin
            "priority": "high",
        }
    ]
    tags = app_ctx.call_tool("list_todos", {"text": "Call mom"}).data
    assert [t["tags"] for t in tags] == [["family"]]
    assert not entry.isVisible() and entry.edit.text() == ""
    assert changed == [["todos"]]  # the to-do view refreshes

    app_ctx.store.undo()  # one step takes it all back
    assert todos(app_ctx) == []


def test_escape_closes_and_saves_nothing(
    entry: QuickEntryWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClicks(entry.edit, "call mom friday 5pm")
    qtbot.keyClick(entry.edit, Qt.Key.Key_Escape)
    assert not entry.isVisible()
    assert todos(app_ctx) == []
    assert app_ctx.store.query("SELECT count(*) AS n FROM actions") == [{"n": 0}]


def test_empty_or_date_only_input_says_so_and_saves_nothing(
    entry: QuickEntryWindow, app_ctx: AppContext, qtbot: QtBot
) -> None:
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    assert "Type a to-do first" in entry.message.text()
    assert entry.message.property("error") is True

    qtbot.keyClicks(entry.edit, "tomorrow 5pm")
    assert "what needs doing" in entry.message.text()
    qtbot.keyClick(entry.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "e.g." in entry.message.text())  # the save's own refusal
    assert todos(app_ctx) == []
    assert entry.isVisible() and entry.edit.text() == "tomorrow 5pm"


def test_ctrl_enter_hands_the_text_to_the_chat(
    app_ctx: AppContext, main_window: MainWindow, qtbot: QtBot
) -> None:
    quick = QuickEntry(app_ctx, main_window)
    quick.open()
    qtbot.keyClicks(quick.window.edit, "what do I have on monday?")
    qtbot.keyClick(quick.window.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not quick.window.isVisible()
    assert main_window.isVisible()
    assert main_window.stack.currentIndex() == CHAT
    # No model is loaded here: the text waits in the message box, with a note.
    assert main_window.chat.composer.text() == "what do I have on monday?"
    assert todos(app_ctx) == []


def test_the_tray_entry_opens_the_window(
    app_ctx: AppContext, main_window: MainWindow, qtbot: QtBot, no_session_bus: None
) -> None:
    tray = TrayController(app_ctx, main_window, system_notifications=False)
    quick, server = ui_app.start_quick_entry(app_ctx, main_window, tray, None)
    assert server is None
    assert tray.quick_entry_action in tray.menu.actions()
    tray.quick_entry_action.trigger()
    assert quick.window.isVisible()
    assert quick.window.focusWidget() is quick.window.edit  # ready to type
    quick.stop()
    tray.stop()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    # A short, unique folder name: the socket's name comes from it.
    folder = tmp_path / uuid.uuid4().hex[:8]
    folder.mkdir()
    return folder


@pytest.fixture
def start_cli(data_dir: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """``assistant --data-dir DATA ARGS`` in a child process (ended after the test)."""
    started: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> subprocess.Popen[bytes]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "assistant", "--data-dir", str(data_dir), *args]
        started.append(subprocess.Popen(command, env=env, cwd=ROOT))
        return started[-1]

    yield start
    for process in started:  # one that opened its own window when it should not have
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.fixture
def running(
    app_ctx: AppContext, main_window: MainWindow, data_dir: Path, no_session_bus: None
) -> Iterator[tuple[QuickEntry, InstanceServer]]:
    tray = TrayController(app_ctx, main_window, system_notifications=False)
    quick, server = ui_app.start_quick_entry(app_ctx, main_window, tray, server_name(data_dir))
    assert server is not None and server.server.isListening()
    yield quick, server
    server.close()
    quick.stop()
    tray.stop()


def test_quick_add_reaches_the_running_app(
    running: tuple[QuickEntry, InstanceServer],
    start_cli: Callable[..., subprocess.Popen[bytes]],
    qtbot: QtBot,
) -> None:
    quick, server = running
    with qtbot.waitSignal(server.requested, timeout=60_000) as asked:
        process = start_cli("--quick-add")
    assert asked.args == ["quick-add"]
    assert quick.window.isVisible()
    assert process.wait(timeout=60) == 0  # it only passed the word on


def test_a_second_start_shows_the_running_window(
    running: tuple[QuickEntry, InstanceServer],
    main_window: MainWindow,
    start_cli: Callable[..., subprocess.Popen[bytes]],
    qtbot: QtBot,
) -> None:
    quick, server = running
    with qtbot.waitSignal(server.requested, timeout=60_000) as asked:
        process = start_cli()
    assert asked.args == ["show"]
    assert main_window.isVisible() and not quick.window.isVisible()
    assert process.wait(timeout=60) == 0


def test_the_shortcut_comes_from_settings_and_none_binds_nothing(
    app_ctx: AppContext, main_window: MainWindow, qtbot: QtBot, no_session_bus: None
) -> None:
    assert settings.quick_entry_shortcut(app_ctx.base) == "Ctrl+Shift+Space"  # the default
    settings.save_quick_entry_shortcut(app_ctx.base, "")
    quick = QuickEntry(app_ctx, main_window)
    quick.bind_shortcut()
    assert quick.portal is None and quick.hotkey is None

    settings.save_quick_entry_shortcut(app_ctx.base, "Meta+J")
    quick.bind_shortcut()
    if sys.platform.startswith("linux"):
        assert quick.portal is not None and quick.portal.sequence == "Meta+J"
    quick.stop()


def test_a_native_hotkey_the_system_refuses_is_said_not_raised(
    app_ctx: AppContext, main_window: MainWindow, qtbot: QtBot
) -> None:
    """The Windows/macOS path: native_hotkey gives None where the system refuses
    (on Linux it always does), and a change from Settings says so."""
    quick = QuickEntry(app_ctx, main_window)
    quick.platform = "win32"
    quick.bind_shortcut()  # at start: kept for Settings, not put in the status bar
    assert quick.hotkey is None and quick.bound_sequence is None
    assert "Ctrl+Shift+Space could not be set" in app_ctx.shortcut.problem
    assert main_window.statusBar().currentMessage() == ""

    with qtbot.waitSignal(app_ctx.shortcut.failed) as failed:
        app_ctx.shortcut.change_requested.emit("Ctrl+Alt+K")  # what Settings does on Save
    assert failed.args[0].startswith("The shortcut Ctrl+Alt+K could not be set: the system")
    assert main_window.statusBar().currentMessage() == failed.args[0]
    assert app_ctx.shortcut.problem == failed.args[0]

    app_ctx.shortcut.change_requested.emit("")  # none: nothing to refuse
    assert app_ctx.shortcut.problem == ""
    quick.open()
    assert quick.window.isVisible()
    quick.stop()
