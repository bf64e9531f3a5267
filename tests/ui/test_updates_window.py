"""The update check in the window: the Settings toggle, the one-time question, the
background check against the imitation of GitHub's API on 127.0.0.1, the notice
and its buttons (the release page, and on Windows the installer, never run here)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from assistant import settings
from assistant.models import hardware
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.settings_dialog import SettingsDialog
from assistant.ui.updates import controller as controller_module
from assistant.ui.updates.controller import UpdateController
from assistant.ui.updates.notice import UpdateNotice, install_notice
from assistant.ui.updates.settings_box import UpdatesBox
from assistant.updates.check import REPOSITORY
from tests.update_server import ReleasesApi
from tests.update_server import releases_api as releases_api  # the fixture

Window = tuple[QMainWindow, UpdateNotice]
START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class FixedClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The URLs the app asked the desktop to open (no browser starts in a test)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(controller_module.QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[tuple[QMainWindow, UpdateNotice]]:
    win = QMainWindow()
    qtbot.addWidget(win)
    notice = UpdateNotice()
    install_notice(win, notice)
    win.show()
    yield win, notice
    tasks.wait_idle()


def make_controller(
    base: Path, notice: UpdateNotice, clock: FixedClock, **extra: object
) -> UpdateController:
    return UpdateController(base, notice, now=clock, **extra)  # type: ignore[arg-type]


def test_the_settings_toggle_is_off_and_says_what_is_sent(tmp_path: Path, qtbot: QtBot) -> None:
    box = UpdatesBox(tmp_path)
    qtbot.addWidget(box)
    assert not box.toggle.isChecked()
    assert "one HTTPS request to GitHub" in box.explain.text()
    assert "no data about you" in box.explain.text()
    box.toggle.click()
    assert settings.update_checks(tmp_path) is True
    assert box.status.text().startswith("Update checks are on")
    box.toggle.click()
    assert settings.update_checks(tmp_path) is False
    assert UpdatesBox(tmp_path).toggle.isChecked() is False


def test_the_privacy_page_holds_the_toggle(
    app_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hardware, "supports_gpu_offload", lambda: False)
    dialog = SettingsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.privacy.updates.toggle.click()
    assert settings.update_checks(app_ctx.base) is True
    tasks.wait_idle()


def test_asked_once_and_nothing_is_sent_before_the_answer(
    releases_api: ReleasesApi, tmp_path: Path, window: tuple[QMainWindow, UpdateNotice]
) -> None:
    releases_api.release("v9.0.0")
    _win, notice = window
    updates = make_controller(tmp_path, notice, FixedClock())
    updates.start()
    assert notice.isVisible() and notice.yes_button.isVisible()
    assert "one HTTPS request to GitHub" in notice.text.text()
    tasks.wait_idle()
    assert releases_api.requests == []
    notice.no_button.click()
    assert settings.update_checks(tmp_path) is False and not notice.isVisible()
    updates.start()  # the next start: asked already, off
    tasks.wait_idle()
    assert not notice.isVisible() and releases_api.requests == []


def test_yes_checks_in_the_background_and_shows_what_is_new(
    releases_api: ReleasesApi,
    tmp_path: Path,
    window: tuple[QMainWindow, UpdateNotice],
    qtbot: QtBot,
    opened: list[str],
) -> None:
    releases_api.release("v9.0.0")
    _win, notice = window
    clock = FixedClock()
    updates = make_controller(tmp_path, notice, clock, platform="linux")
    updates.start()
    notice.yes_button.click()
    qtbot.waitUntil(lambda: notice.page_button.isVisible())
    assert notice.text.text().startswith("Assistant 9.0.0 is available")
    assert "Faster calendar" in notice.notes.text()
    assert not notice.install_button.isVisible()  # Windows only
    notice.page_button.click()
    assert opened == [f"https://github.com/{REPOSITORY}/releases/tag/v9.0.0"]
    notice.dismiss_button.click()
    assert not notice.isVisible()
    # Once a day: the hourly test sends nothing until a day has passed.
    clock.now = START + timedelta(hours=23)
    assert not updates.check_if_due()
    clock.now = START + timedelta(days=1)
    assert updates.check_if_due()
    qtbot.waitUntil(lambda: notice.isVisible())
    assert len(releases_api.requests) == 2


def test_a_setup_of_the_wrong_size_is_refused_and_not_started(
    releases_api: ReleasesApi, tmp_path: Path, window: Window, qtbot: QtBot
) -> None:
    release = releases_api.release("v9.0.0")
    releases_api.files["Assistant-9.0.0-setup.exe"] = b"MZ" + bytes(100)
    release["assets"] = [releases_api.asset("Assistant-9.0.0-setup.exe", 5000)]
    settings.save_update_checks(tmp_path, True)
    started: list[list[str]] = []
    _win, notice = window
    updates = make_controller(
        tmp_path, notice, FixedClock(), platform="win32", spawn=lambda c: started.append(list(c))
    )
    updates.start()
    qtbot.waitUntil(lambda: notice.install_button.isVisible())
    notice.install_button.click()
    qtbot.waitUntil(lambda: "not usable and was deleted" in notice.text.text())
    assert started == [] and notice.install_button.isEnabled()
    assert not (tmp_path / "updates" / "Assistant-9.0.0-setup.exe").exists()


def test_a_failed_check_is_one_sentence_for_the_status_bar(
    releases_api: ReleasesApi,
    tmp_path: Path,
    window: tuple[QMainWindow, UpdateNotice],
    qtbot: QtBot,
) -> None:
    releases_api.status, releases_api.latest = 403, b"{}"
    settings.save_update_checks(tmp_path, True)
    _win, notice = window
    updates = make_controller(tmp_path, notice, FixedClock())
    with qtbot.waitSignal(updates.failed) as failed:
        updates.start()
    assert "is limiting requests" in failed.args[0]
    assert not notice.isVisible()


def test_on_windows_the_setup_is_downloaded_and_started(
    releases_api: ReleasesApi,
    tmp_path: Path,
    window: tuple[QMainWindow, UpdateNotice],
    qtbot: QtBot,
) -> None:
    release = releases_api.release("v9.0.0")
    setup = b"MZ" + bytes(2000)
    releases_api.files["Assistant-9.0.0-setup.exe"] = setup
    sums = f"{hashlib.sha256(setup).hexdigest()}  Assistant-9.0.0-setup.exe\n".encode()
    releases_api.files["SHA256SUMS.txt"] = sums
    release["assets"] = [
        releases_api.asset("Assistant-9.0.0-setup.exe", len(setup)),
        releases_api.asset("SHA256SUMS.txt", len(sums)),
    ]
    settings.save_update_checks(tmp_path, True)
    started: list[list[str]] = []
    _win, notice = window
    updates = make_controller(
        tmp_path, notice, FixedClock(), platform="win32", spawn=lambda c: started.append(list(c))
    )
    updates.start()
    qtbot.waitUntil(lambda: notice.install_button.isVisible())
    with qtbot.waitSignal(updates.quit_for_install):
        notice.install_button.click()
    downloaded = tmp_path / "updates" / "Assistant-9.0.0-setup.exe"
    assert downloaded.read_bytes() == setup
    fetched = [r["path"] for r in releases_api.requests]
    assert fetched[1:] == ["/download/SHA256SUMS.txt", "/download/Assistant-9.0.0-setup.exe"]
    assert started == [
        [str(downloaded), "/SILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/CLOSEAPPLICATIONS"]
    ]
