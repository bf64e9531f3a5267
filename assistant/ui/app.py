"""Starting the desktop app: the window first, the model behind it.

The window is shown before anything slow happens; the model loads on a worker
thread and the status bar follows it. Without a configured model the first-run
setup dialog opens over the window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from assistant import __version__, paths, settings
from assistant.app import Assistant
from assistant.errors import AssistantError
from assistant.ui import tasks
from assistant.ui.context import AppContext
from assistant.ui.focus_ring import install_focus_ring
from assistant.ui.i18n import install_translations
from assistant.ui.main_window import MainWindow
from assistant.ui.platform_guard import platform_guard
from assistant.ui.recovery_key import ask_for_recovery_key
from assistant.ui.resources import APP_ID, app_icon
from assistant.ui.setup_dialog import SetupDialog
from assistant.ui.store_health import StoreBanner, check_at_start, install_banner
from assistant.ui.theme import apply_theme
from assistant.ui.tray import TrayController
from assistant.ui.updates.controller import UpdateController
from assistant.ui.updates.notice import UpdateNotice, install_notice

log = logging.getLogger(__name__)

APP_NAME = "Assistant"
ORG_NAME = "assistant"


def application(argv: Sequence[str] = ()) -> QApplication:
    """The process's QApplication, created once with the app's names and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    with platform_guard():  # a plugin Qt cannot load is explained, not just reported
        app = QApplication([sys.argv[0] if sys.argv else "assistant", *argv])
    app.setWindowIcon(app_icon())
    install_focus_ring(app)  # where Tab went is plain to see, in both themes
    app.setDesktopFileName(APP_ID)
    return app


def saved_language(args: argparse.Namespace) -> str | None:
    """The language chosen in Settings, or None (the system's) when none is or it cannot be read."""
    try:
        return settings.window_language(paths.data_dir(getattr(args, "data_dir", None)))
    except AssistantError:
        return None  # opening the data folder reports a broken settings file


def build(args: argparse.Namespace) -> tuple[AppContext, MainWindow]:
    """Open the data folder and build the window (nothing slow: no model yet)."""
    core = Assistant.open(
        getattr(args, "data_dir", None),
        now=getattr(args, "now", None),
        tz=getattr(args, "tz", None),
        ask_key=ask_key_or_stay_locked,
    )
    ctx = AppContext(core)
    return ctx, MainWindow(ctx)


def ask_key_or_stay_locked(db: Path, why: str) -> bytes:
    """An encrypted database whose key the keychain lacks: the recovery key, asked for."""
    key = ask_for_recovery_key(db, why)
    if key is None:
        raise AssistantError(
            "Your data stays locked: the window needs the recovery key to open it."
        )
    return key


def start_store_checks(ctx: AppContext, window: MainWindow) -> StoreBanner:
    """The banner for a damaged or read-only database, and the checks behind it (background)."""
    banner = install_banner(window, ctx)
    check_at_start(ctx, banner)
    return banner


def start_update_checks(ctx: AppContext, window: MainWindow) -> UpdateController:
    """The one-time question, or the daily check when the user turned it on (background)."""
    notice = UpdateNotice()
    install_notice(window, notice)
    updates = UpdateController(ctx.base, notice, parent=window)
    updates.failed.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    updates.quit_for_install.connect(window.quit_requested)
    return updates


def start_model(ctx: AppContext, window: MainWindow) -> None:
    """Load the configured model, or ask for one on the first run."""
    if ctx.models.is_configured():
        ctx.models.load(ctx.prefs)
        return
    dialog = SetupDialog(ctx, window)
    if dialog.exec():
        ctx.models.load(ctx.prefs)


def run_app(args: argparse.Namespace) -> int:
    app = application()
    app.setQuitOnLastWindowClosed(False)
    install_translations(app, saved_language(args))  # before any window text is made
    ctx, window = build(args)
    apply_theme(app, ctx.prefs.theme)
    tray = TrayController(ctx, window)
    window.tray_available = tray.available
    tray.start()

    def quit_app() -> None:
        window.save_state()  # also when quitting from the tray, with the window hidden
        tray.stop()  # takes its notifications back: their buttons need the app
        window.hide()
        app.quit()

    window.quit_requested.connect(quit_app)
    start_store_checks(ctx, window)
    updates = start_update_checks(ctx, window)
    window.show()
    # After the first paint: the window is usable while the model loads.
    QTimer.singleShot(0, lambda: start_model(ctx, window))
    # Sync at start, every N minutes and after local changes, off the GUI thread.
    QTimer.singleShot(0, ctx.sync.start)
    # Nothing is sent unless the user turned update checks on (asked once).
    QTimer.singleShot(0, updates.start)
    try:
        return app.exec()
    finally:
        ctx.sync.stop()  # a sync in progress stops before its next request; waited for
        ctx.models.unload()
        tasks.wait_idle()
        ctx.store.close()
