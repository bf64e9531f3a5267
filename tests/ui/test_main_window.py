"""The main window: pages, shortcuts and the model's state in the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from assistant.models.base import ScriptedModel
from assistant.ui.context import AppContext
from assistant.ui.main_window import CALENDAR, CHAT, NOTES, MainWindow


def test_starts_on_chat_with_no_model(window: MainWindow) -> None:
    assert window.stack.currentIndex() == CHAT
    assert "No model" in window.model_label.text()


def test_ctrl_digit_switches_views(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.calendar
    assert window.stack.currentIndex() == CALENDAR
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == NOTES


def test_status_bar_names_the_ready_model(window: MainWindow, scripted: ScriptedModel) -> None:
    assert window.model_label.text() == "Model: scripted-test-model"


def test_every_page_has_an_accessible_name(window: MainWindow) -> None:
    names = [window.stack.widget(i).accessibleName() for i in range(window.stack.count())]
    assert names == ["Chat", "To-dos", "Calendar", "Notes", "Email"]


def test_a_result_for_a_closed_widget_is_dropped(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from assistant.ui.tasks import run_in_background

    label = QLabel()
    results: list[object] = []

    def show(value: object) -> None:
        results.append(value)
        label.setText(str(value))  # raises: the C++ label is gone

    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    run_in_background(lambda: 42, show)
    qtbot.waitUntil(lambda: results == [42])
    # No exception reached the event loop (pytest-qt would fail the test).


def test_first_run_shows_each_loading_stage_then_the_prefix_percentage(
    window: MainWindow,
) -> None:
    models = window.ctx.models
    models.name = "model.gguf"
    models.progress.emit("reading", 0.4)
    assert window.model_label.text() == "Loading model.gguf: reading the file"
    assert window.model_progress.value() == 40
    models.progress.emit("loaded", 1.0)
    assert window.model_label.text() == "Loading model.gguf: loaded"
    # Then the tool prefix is evaluated: no longer a "loaded 100 %" that looks like a hang.
    models.progress.emit("preparing", 0.0)
    assert window.model_label.text() == "Preparing the assistant (first time only): 0 %"
    assert window.model_progress.value() == 0 and window.model_progress.isVisible()
    models.progress.emit("preparing", 0.375)
    assert window.model_label.text() == "Preparing the assistant (first time only): 38 %"
    assert window.model_progress.value() == 38


def test_size_position_and_last_view_come_back_on_the_next_launch(
    app_ctx: AppContext, qtbot: QtBot
) -> None:
    first = MainWindow(app_ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(first.minimumSizeHint().width(), 500)  # the default is 1180 x 760
    first.show_page(NOTES)
    qtbot.waitUntil(lambda: first.height() == 500)
    size = first.size()
    first.save_state()
    first.hide()

    second = MainWindow(app_ctx)
    qtbot.addWidget(second)
    assert second.stack.currentIndex() == NOTES
    # (Qt keeps a restored window inside the screen: the offscreen one is 800 wide.)
    assert second.height() == size.height() == 500


def test_a_damaged_window_entry_means_the_defaults(app_ctx: AppContext, qtbot: QtBot) -> None:
    from assistant.settings import load_settings, save_settings

    data = load_settings(app_ctx.base)
    data["window"] = {"geometry": "not base64!", "view": "notes"}
    save_settings(app_ctx.base, data)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    assert window.stack.currentIndex() == CHAT
