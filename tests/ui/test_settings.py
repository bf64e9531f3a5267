"""The settings dialog: preferences persist, models switch and go, and the
data tab exports and erases everything (after a typed confirmation)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from assistant import paths, settings
from assistant.models import config, hardware
from assistant.settings import Preferences
from assistant.ui.context import ALL_TABLES, AppContext
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.theme import apply_theme, is_dark

MODEL = b"GGUF" + bytes(1000)  # only listed and switched to here, never loaded


@pytest.fixture(autouse=True)
def no_gpu(monkeypatch: pytest.MonkeyPatch) -> None:
    # Asking llama.cpp loads it; the answer is what matters here, not the import.
    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)


@pytest.fixture
def dialog(app_ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    d = SettingsDialog(app_ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.gpu_note.text().startswith("This build"))
    yield d
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "system")


def button(dialog: SettingsDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None
    return found


def save(dialog: SettingsDialog, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)  # fmt: skip


def test_theme_threads_and_time_zone_persist(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert dialog.threads.text().startswith("Automatic (")
    assert dialog.zone.currentText().startswith("System (")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    app = QApplication.instance()
    assert isinstance(app, QApplication) and is_dark(app)  # previewed at once
    dialog.threads.setValue(1)
    dialog.zone.setEditText("America/New_York")
    dialog.tray.setChecked(False)
    dialog.context.setCurrentIndex(dialog.context.findData(4096))
    save(dialog, qtbot)

    stored = Preferences.load(app_ctx.base)
    assert (stored.theme, stored.threads, stored.time_zone) == ("dark", 1, "America/New_York")
    assert stored.close_to_tray is False and stored.context_size == 4096
    assert app_ctx.prefs == stored


def test_an_unknown_time_zone_saves_nothing(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog.zone.setEditText("Mars/Olympus")
    dialog.threads.setValue(2)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.error.isVisible() and "Mars/Olympus" in dialog.error.text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert not paths.config_path(app_ctx.base).exists()
    assert app_ctx.prefs.threads is None


def test_cancel_puts_the_theme_back(dialog: SettingsDialog, app_ctx: AppContext) -> None:
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.reject()
    app = QApplication.instance()
    assert isinstance(app, QApplication) and not is_dark(app)
    assert app_ctx.prefs.theme == "system"


def test_no_gpu_support_disables_the_offload_choice(dialog: SettingsDialog) -> None:
    assert not dialog.gpu.isEnabled() and not dialog.gpu_layers.isEnabled()
    assert dialog.gpu_note.isVisible()


def test_switching_models_saves_and_reloads(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = paths.models_dir(app_ctx.base)
    folder.mkdir(parents=True)
    (folder / "a.gguf").write_bytes(MODEL)
    (folder / "b.gguf").write_bytes(MODEL)
    config.set_model_path(app_ctx.base, folder / "a.gguf")
    loads: list[Preferences] = []
    monkeypatch.setattr(app_ctx.models, "load", loads.append)
    d = SettingsDialog(app_ctx)
    qtbot.addWidget(d)
    assert d.selected_model() == folder / "a.gguf"
    assert [d.models.item(r).text().split(" — ")[0] for r in range(2)] == ["a.gguf", "b.gguf"]
    d.model_list.setCurrentIndex(d.models.index(1, 0))
    assert "(after Save)" in d.in_use.text()
    save(d, qtbot)
    assert config.configured_model(app_ctx.base) == folder / "b.gguf"
    assert len(loads) == 1


def test_removing_the_model_in_use_asks_first(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = paths.models_dir(app_ctx.base)
    folder.mkdir(parents=True)
    (folder / "a.gguf").write_bytes(MODEL)
    config.set_model_path(app_ctx.base, folder / "a.gguf")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    d = SettingsDialog(app_ctx)
    qtbot.addWidget(d)
    qtbot.mouseClick(button(d, "remove"), Qt.MouseButton.LeftButton)
    assert (folder / "a.gguf").exists()  # said No
    qtbot.mouseClick(button(d, "remove"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.models.item(0).text() == "No downloaded models yet")
    assert d.selected_model() is None
    assert not (folder / "a.gguf").exists()
    assert config.configured_model(app_ctx.base) is None
    assert d.in_use.text() == "No model yet"


def test_export_everything_writes_a_new_dated_folder(
    dialog: SettingsDialog,
    app_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert app_ctx.call_tool("create_note", {"title": "Idea", "body": "Text"}).ok
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    qtbot.mouseClick(button(dialog, "export"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.data.status.text().startswith("Exported"))
    assert "1 note" in dialog.data.status.text()
    # A new dated folder in the chosen one, named in the message: the user's own
    # files of the same names next to it are never replaced.
    (out / "calendar.ics").write_bytes(b"mine")
    made = out / "Assistant export 2026-11-27"
    assert f"to {made}:" in dialog.data.status.text()
    assert json.loads((made / "assistant.json").read_text())["notes"][0]["title"] == "Idea"
    assert (made / "notes" / "idea.md").is_file() and (made / "calendar.ics").is_file()
    qtbot.mouseClick(button(dialog, "export"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(2)" in dialog.data.status.text())
    assert (out / "calendar.ics").read_bytes() == b"mine"
    assert (out / "Assistant export 2026-11-27 (2)" / "notes" / "idea.md").is_file()


def test_erase_everything_needs_the_typed_word(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert app_ctx.call_tool("add_todo", {"title": "Keep?"}).ok
    assert app_ctx.call_tool("create_note", {"title": "Note"}).ok
    qtbot.mouseClick(button(dialog, "erase"), Qt.MouseButton.LeftButton)
    confirm = dialog.data.erase_dialog
    assert confirm is not None
    assert confirm.isVisible() and not confirm.erase_button.isEnabled()
    qtbot.keyClicks(confirm.word, "erase")
    assert not confirm.erase_button.isEnabled()
    confirm.word.clear()
    qtbot.keyClicks(confirm.word, "ERASE")
    with qtbot.waitSignal(app_ctx.bus.changed) as changed:
        qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    assert changed.args == [sorted(ALL_TABLES)]
    assert dialog.data.status.text() == "Erased 1 to-do, 0 events, 1 note, 0 conversations."
    assert app_ctx.store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 0
    assert app_ctx.store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0


def test_cancelling_the_erase_keeps_everything(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert app_ctx.call_tool("add_todo", {"title": "Keep"}).ok
    qtbot.mouseClick(button(dialog, "erase"), Qt.MouseButton.LeftButton)
    assert dialog.data.erase_dialog is not None
    dialog.data.erase_dialog.reject()
    assert app_ctx.store.query("SELECT count(*) AS n FROM todos")[0]["n"] == 1
    assert dialog.data.status.text() == ""


def test_the_quick_entry_shortcut_persists_and_can_be_cleared(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    assert dialog.shortcut.text() == "Ctrl+Shift+Space"  # the default
    dialog.shortcut.setText("meta+j")
    save(dialog, qtbot)
    assert settings.quick_entry_shortcut(app_ctx.base) == "Meta+J"

    again = SettingsDialog(app_ctx)
    qtbot.addWidget(again)
    assert again.shortcut.text() == "Meta+J"
    again.shortcut.clear()
    again.show()
    save(again, qtbot)
    assert settings.quick_entry_shortcut(app_ctx.base) == ""  # none


def test_a_shortcut_that_is_no_keys_saves_nothing(
    dialog: SettingsDialog, app_ctx: AppContext, qtbot: QtBot
) -> None:
    dialog.shortcut.setText("Ctrl+Shift+Nothing")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.save()
    assert "Ctrl+Shift+Space" in dialog.error.text()
    assert dialog.isVisible()
    assert settings.quick_entry_shortcut(app_ctx.base) == "Ctrl+Shift+Space"
    assert Preferences.load(app_ctx.base).theme == "system"
