"""Opening the quick-entry window, and where its "Ask the assistant" text goes.

It opens from the tray, from a later ``assistant --quick-add`` (through
:mod:`~assistant.ui.quick_entry.instance`), and from a global shortcut: the
GlobalShortcuts portal on Linux, RegisterHotKey on Windows, Carbon on macOS.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt

from assistant import settings
from assistant.ui.context import AppContext
from assistant.ui.main_window import CHAT, MainWindow
from assistant.ui.quick_entry.hotkeys import MacHotkey, WindowsHotkey, native_hotkey
from assistant.ui.quick_entry.portal import PortalShortcut
from assistant.ui.quick_entry.window import QuickEntryWindow


class QuickEntry(QObject):
    """Owns the quick-entry window; ``open()`` shows it over whatever is in front."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.main_window = window
        self.window = QuickEntryWindow(ctx)
        self.window.ask_requested.connect(self.ask_assistant)
        self.portal: PortalShortcut | None = None
        self.hotkey: WindowsHotkey | MacHotkey | None = None

    def open(self) -> None:
        self.window.open()

    def ask_assistant(self, text: str) -> None:
        """The main window up, on the chat, with ``text`` sent (or waiting in the box)."""
        window = self.main_window
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()
        window.show_page(CHAT)
        chat = window.chat
        chat.composer.input.setPlainText(text)
        chat.focus_input()
        chat.send()  # a running turn or no model: the text stays in the box, with a note

    def bind_shortcut(self, sequence: str | None = None) -> None:
        """Ask the system for the global shortcut (by default the one in Settings);
        silently none where it has no way, or where the setting is empty."""
        if sequence is None:
            sequence = settings.quick_entry_shortcut(self.ctx.base)
        if not sequence:
            return
        if sys.platform.startswith("linux"):
            self.portal = PortalShortcut(sequence, self.tr("Open the quick-entry window"))
            self.portal.activated.connect(self.open)
            self.portal.start()
        else:
            self.hotkey = native_hotkey(sequence, self.open)

    def stop(self) -> None:
        if self.portal is not None:
            self.portal.stop()
        if self.hotkey is not None:
            self.hotkey.unregister()
        self.window.close()
