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
from assistant.ui.quick_entry.controller import QuickEntry
from assistant.ui.quick_entry.instance import (
    QUICK_ADD,
    SHOW,
    InstanceServer,
    ask_running,
    server_name,
)
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


def instance_name(args: argparse.Namespace) -> str | None:
    """The local socket of the app on this data folder; None when the folder cannot be named."""
    try:
        return server_name(paths.data_dir(getattr(args, "data_dir", None)))
    except AssistantError:
        return None  # opening the data folder reports it


def start_quick_entry(
    ctx: AppContext, window: MainWindow, tray: TrayController, name: str | None
) -> tuple[QuickEntry, InstanceServer | None]:
    """The quick-entry window, opened by the tray, a global shortcut and later starts."""
    quick = QuickEntry(ctx, window)
    tray.quick_entry_requested.connect(quick.open)
    quick.bind_shortcut()
    if name is None:
        return quick, None
    server = InstanceServer(name, window)
    server.requested.connect(lambda request: quick.open() if request == QUICK_ADD else None)
    server.requested.connect(lambda request: tray.show_window() if request == SHOW else None)
    if not server.listen():
        log.warning("no single-instance socket: %s", server.server.errorString())
    return quick, server


def run_app(args: argparse.Namespace) -> int:
    app = application()
    app.setQuitOnLastWindowClosed(False)
    quick_add = bool(getattr(args, "quick_add", False))
    name = instance_name(args)
    # Already running on this data folder: it opens what was asked for.
    if name is not None and ask_running(name, QUICK_ADD if quick_add else SHOW):
        return 0
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

    quick, server = start_quick_entry(ctx, window, tray, name)
    window.quit_requested.connect(quick.stop)
    if server is not None:
        window.quit_requested.connect(server.close)
    window.quit_requested.connect(quit_app)
    start_store_checks(ctx, window)
    updates = start_update_checks(ctx, window)
    if not (quick_add and tray.available):  # from a shortcut: only the small window
        window.show()
    if quick_add:
        quick.open()
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
