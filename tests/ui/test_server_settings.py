"""Settings → Model → "On a server": models listed from the server, the key in the
keychain, the status-bar badge, no silent fallback, and the one-time warning."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from assistant import secrets
from assistant.models import hardware, server
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow
from assistant.ui.settings_dialog import SettingsDialog
from tests.remote.conftest import FakeServer
from tests.remote.conftest import fake_server as fake_server  # the fixture


@pytest.fixture(autouse=True)
def no_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)


@pytest.fixture
def window(app_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    w = MainWindow(app_ctx)
    qtbot.addWidget(w)
    return w


def open_settings(app_ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def click_save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip


def test_choosing_a_server_lists_its_models_and_runs_there(
    app_ctx: AppContext, window: MainWindow, fake_server: FakeServer, qtbot: QtBot
) -> None:
    assert window.model_where.isHidden()  # no model yet
    dialog = open_settings(app_ctx, qtbot)
    box = dialog.placement
    assert box.local.isChecked() and not box.fields.isEnabled()
    box.remote.setChecked(True)
    box.url.setText(fake_server.url + "/v1")
    box.key.setText("s3cret")
    qtbot.mouseClick(box.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.count() == 1)
    assert box.model.currentText() == "tiny"
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)

    choice = server.server_choice(app_ctx.base)
    assert choice is not None and (choice.url, choice.model) == (fake_server.url, "tiny")
    assert secrets.get_secret(server.API_KEY_SECRET, app_ctx.base) == "s3cret"
    qtbot.waitUntil(lambda: app_ctx.models.state == "ready", timeout=10_000)
    host = fake_server.url.removeprefix("http://")
    assert window.model_where.text() == f"On {host}"
    assert "sent there" in window.model_where.toolTip()
    assert window.model_label.text() == "Model: tiny"


def test_a_server_that_is_down_is_reported_not_replaced(
    app_ctx: AppContext, window: MainWindow, fake_server: FakeServer, qtbot: QtBot
) -> None:
    fake_server.models = "500"
    server.use_server(app_ctx.base, fake_server.url, "tiny")
    app_ctx.models.load(app_ctx.prefs)
    qtbot.waitUntil(lambda: app_ctx.models.state == "failed", timeout=10_000)
    assert window.model_label.text().startswith(
        "The model could not be loaded: The model server at "
    )
    assert "(500: fake failure 500)" in window.model_label.text()
    assert app_ctx.models.brain is None  # no silent switch to a local model


def test_a_server_on_the_internet_is_warned_about_once(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def warning(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    loads: list[object] = []
    monkeypatch.setattr(app_ctx.models, "load", lambda prefs: loads.append(prefs))

    for _ in range(2):  # "No" the first time: nothing is saved, the dialog stays open
        dialog = open_settings(app_ctx, qtbot)
        dialog.placement.remote.setChecked(True)
        dialog.placement.url.setText("http://8.8.8.8:8080")
        dialog.placement.model.setEditText("big")
        click_save(dialog, qtbot)
        if not asked or (len(asked) == 1 and server.server_choice(app_ctx.base) is None):
            pass
    assert len(asked) == 2 and "8.8.8.8:8080" in asked[0]
    qtbot.waitUntil(lambda: server.server_choice(app_ctx.base) is not None)
    # Once accepted, never asked again for that server.
    dialog = open_settings(app_ctx, qtbot)
    assert dialog.placement.remote.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert len(asked) == 2


def test_back_to_this_computer(app_ctx: AppContext, qtbot: QtBot) -> None:
    server.use_server(app_ctx.base, "http://127.0.0.1:9", "tiny")
    dialog = open_settings(app_ctx, qtbot)
    assert dialog.placement.remote.isChecked()
    assert dialog.placement.url.text() == "http://127.0.0.1:9"
    dialog.placement.local.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert server.server_choice(app_ctx.base) is None
    assert server.last_server(app_ctx.base) == ("http://127.0.0.1:9", "tiny")  # kept for later


def test_the_fallback_box_is_saved_and_shown_again(app_ctx: AppContext, qtbot: QtBot) -> None:
    server.use_server(app_ctx.base, "http://127.0.0.1:9", "tiny")
    dialog = open_settings(app_ctx, qtbot)
    assert not dialog.placement.fallback.isChecked()  # off unless turned on
    assert dialog.placement.key.placeholderText() == "none"  # from the settings, no keychain
    dialog.placement.fallback.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        click_save(dialog, qtbot)
    assert server.fallback_local(app_ctx.base) is True
    assert open_settings(app_ctx, qtbot).placement.fallback.isChecked()
