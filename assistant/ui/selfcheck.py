"""What `assistant doctor` asks of the window: build it for real, offscreen.

The real main window on a throwaway store, so the user's data is never
touched; Qt's own warnings (what the offscreen platform cannot do) go to the
log, not to the report.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)

from assistant import paths
from assistant.app import Assistant
from assistant.settings import Preferences
from assistant.store import Store
from assistant.ui import tasks
from assistant.ui.app import application
from assistant.ui.context import AppContext
from assistant.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def build_main_window(now: str | None = None, tz: str | None = None) -> tuple[str, str]:
    """Build, show and close the main window; returns (Qt version, platform name)."""
    previous = qInstallMessageHandler(_qt_message)
    try:
        with _offscreen():
            app = application()
        _show_and_close(app, now, tz)
    finally:
        qInstallMessageHandler(previous)
    return qVersion(), app.platformName()


@contextmanager
def _offscreen() -> Iterator[None]:
    """The offscreen platform while the QApplication is created: works with no display."""
    previous = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = previous


def _qt_message(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    log.debug("Qt: %s", message)


def _show_and_close(app: QCoreApplication, now: str | None, tz: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="assistant-doctor-", ignore_cleanup_errors=True) as tmp:
        base = Path(tmp)
        store = Store.open(paths.db_path(base))
        ctx = AppContext(Assistant(base, store, prefs=Preferences(), now=now, tz=tz))
        try:
            window = MainWindow(ctx)
            window.show()
            app.processEvents()
            tasks.wait_idle()  # the views' first queries
            app.processEvents()
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        finally:
            tasks.wait_idle()
            ctx.models.unload()
            store.close()
