"""When the window checks for updates, off the GUI thread, and what it does with the answer.

At start: the question once (no answer kept yet), else a check when checks are
on and none ran in the last day; an hourly timer repeats that test, so a
window left open for days still checks daily. The check runs on the long-work
pool; a failure goes to the status bar as one sentence, never a dialog.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from assistant import settings
from assistant.errors import AssistantError
from assistant.ui.tasks import run_in_background
from assistant.ui.updates.notice import UpdateNotice
from assistant.updates import installer, schedule
from assistant.updates.check import RELEASES_PAGE, CheckResult, check_for_update

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


def _utc_now() -> datetime:
    return datetime.now(UTC)


class UpdateController(QObject):
    failed = Signal(str)  # one sentence for the status bar
    quit_for_install = Signal()  # the setup was started; the app should quit

    def __init__(
        self,
        base: Path,
        notice: UpdateNotice,
        *,
        now: Callable[[], datetime] = _utc_now,
        platform: str = sys.platform,
        check: Callable[[], CheckResult] = check_for_update,
        spawn: installer.Spawn | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = base
        self.notice = notice
        self.now = now
        self.platform = platform
        self.check = check
        self.spawn = spawn
        self.result: CheckResult | None = None
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check_if_due)
        notice.answered.connect(self.answer)
        notice.open_page.connect(self.open_release_page)
        notice.install.connect(self.download_and_install)

    def start(self) -> None:
        """Ask once, or check when due; then test again every hour."""
        try:
            asked = settings.update_checks(self.base)
        except AssistantError as exc:
            log.warning("update checks: %s", exc)
            return
        if asked is None:
            self.notice.ask()
        else:
            self.check_if_due()
        self.timer.start()

    def answer(self, on: bool) -> None:
        try:
            settings.save_update_checks(self.base, on)
        except AssistantError as exc:
            self.failed.emit(str(exc))
            return
        if on:
            self.check_if_due()

    def check_if_due(self) -> bool:
        """Start a check in the background when checks are on and one is due."""
        if self.running:
            return False
        try:
            now = self.now()
            if not schedule.is_due(self.base, now):
                return False
            schedule.record(self.base, now)  # a failed check also waits a day
        except AssistantError as exc:
            log.warning("update checks: %s", exc)
            return False
        self.running = True
        run_in_background(self.check, self._checked, self._check_failed, kind="long")
        return True

    def _checked(self, result: CheckResult) -> None:
        self.running = False
        self.result = result
        if result.newer:
            can = installer.can_install(result.installer(self.platform), self.platform)
            self.notice.show_release(result, can_install=can)
        else:
            log.info("%s", result.describe())

    def _check_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)

    def open_release_page(self) -> None:
        release = self.result.release if self.result else None
        page = release.page_url if release and release.page_url else RELEASES_PAGE
        QDesktopServices.openUrl(QUrl(page))

    def download_and_install(self) -> None:
        """Windows only: fetch the setup (size checked), start it, and ask the app to quit."""
        asset = self.result.installer(self.platform) if self.result else None
        if asset is None or not installer.can_install(asset, self.platform):
            return
        self.notice.show_progress(self.tr("Downloading %1…").replace("%1", asset.name))
        folder = self.base / "updates"
        sums = self.result.release.checksums if self.result and self.result.release else None
        platform, spawn = self.platform, self.spawn

        def work() -> list[str]:
            path = installer.download_installer(asset, folder, sums=sums)
            return installer.start_installer(path, platform=platform, spawn=spawn)

        run_in_background(work, self._installer_started, self.notice.show_failure, kind="long")

    def _installer_started(self, _command: list[str]) -> None:
        self.notice.show_progress(self.tr("The setup is running; the app closes now."))
        self.quit_for_install.emit()
