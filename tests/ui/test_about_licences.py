"""Help > About links to the licences an installer ships (THIRD_PARTY_NOTICES.txt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow


def about_text(window: MainWindow) -> str:
    """The About box's text, read while it is open, then the box is closed."""
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.show_about()
    return seen[0]


def test_a_bundle_links_its_notices(
    app_ctx: AppContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The layout PyInstaller unpacks: sys._MEIPASS/resources/ (packaging/assistant.spec).
    (tmp_path / "resources").mkdir()
    notices = tmp_path / "resources" / "THIRD_PARTY_NOTICES.txt"
    notices.write_text("Qt 6: LGPL-3.0-only\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    text = about_text(window)
    assert "Third-party licences" in text
    assert notices.as_uri() in text


def test_a_checkout_has_no_notices_to_link(app_ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(app_ctx)
    qtbot.addWidget(window)
    text = about_text(window)
    assert "Assistant" in text and "Third-party" not in text
