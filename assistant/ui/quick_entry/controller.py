"""Opening the quick-entry window, and where its "Ask the assistant" text goes.

It opens from the tray, from a later ``assistant --quick-add`` (through
:mod:`~assistant.ui.quick_entry.instance`), and from a global shortcut: the
GlobalShortcuts portal on Linux, RegisterHotKey on Windows, Carbon on macOS.
A new shortcut saved in Settings replaces the bound one at once
(:class:`~assistant.ui.context.ShortcutStatus`); when the system refuses it,
the status bar and Settings say so, and the tray and the command still open
the window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Slot

from assistant import settings
from assistant.ui.context import AppContext
from assistant.ui.main_window import CHAT, MainWindow
from assistant.ui.quick_entry.hotkeys import MacHotkey, WindowsHotkey, native_hotkey
from assistant.ui.quick_entry.portal import PortalShortcut
from assistant.ui.quick_entry.window import QuickEntryWindow

# How long the status bar says that a new shortcut was refused.
STATUS_MS = 15_000


class QuickEntry(QObject):
    """Owns the quick-entry window; ``open()`` shows it over whatever is in front."""

    # Which way the shortcut is asked for: the portal on Linux, else native_hotkey.
    platform = sys.platform

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.main_window = window
        self.window = QuickEntryWindow(ctx)
        self.window.ask_requested.connect(self.ask_assistant)
        self.portal: PortalShortcut | None = None
        self.hotkey: WindowsHotkey | MacHotkey | None = None
        self._report = False
        # The keys the system holds for us now (None while none or while still asking).
        self.bound_sequence: str | None = None
        ctx.shortcut.change_requested.connect(self.change_shortcut)

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

    def bind_shortcut(self, sequence: str | None = None, *, report: bool = False) -> None:
        """Ask the system for the global shortcut (by default the one in Settings),
        in place of any bound before; none where the setting is empty.

        A refusal is kept in ``ctx.shortcut.problem`` (Settings shows it); with
        ``report`` (a change the user just saved) it is also said at once
        through ``ctx.shortcut.failed``.
        """
        if sequence is None:
            sequence = settings.quick_entry_shortcut(self.ctx.base)
        self.unbind_shortcut()
        self._report = report
        self.ctx.shortcut.problem = ""
        if not sequence:
            return
        if self.platform.startswith("linux"):
            # Bound methods, not lambdas: the portal's thread emits, Qt queues to this one.
            portal = PortalShortcut(sequence, self.tr("Open the quick-entry window"))
            portal.activated.connect(self._portal_pressed)
            portal.finished.connect(self._portal_finished)
            self.portal = portal
            portal.start()
            return
        self.hotkey = native_hotkey(sequence, self.open)
        if self.hotkey is not None:
            self.bound_sequence = sequence
        else:
            self._refused(
                self.tr(
                    "The shortcut %1 could not be set: the system refused it (another app "
                    "may be using it, or the key cannot be used). Try another one, such as "
                    "Ctrl+Shift+Space."
                ).replace("%1", sequence)
            )

    def change_shortcut(self, sequence: str) -> None:
        """Settings saved ``sequence`` ("" for none): it replaces the bound one now."""
        self.bind_shortcut(sequence, report=True)

    def unbind_shortcut(self) -> None:
        """Give the global shortcut back to the system (nothing when none is bound)."""
        portal, self.portal = self.portal, None
        if portal is not None:
            portal.stop()  # its session ends with its connection
        hotkey, self.hotkey = self.hotkey, None
        if hotkey is not None:
            hotkey.unregister()
        self.bound_sequence = None

    @Slot()
    def _portal_pressed(self) -> None:
        if self.sender() is self.portal:  # not one given back a moment ago
            self.open()

    @Slot(bool)
    def _portal_finished(self, bound: bool) -> None:
        portal = self.portal
        if portal is None or self.sender() is not portal:
            return
        if bound:
            self.bound_sequence = portal.sequence
            return
        self._refused(
            self.tr(
                "The shortcut %1 could not be set: this desktop offers no global shortcuts, "
                "or the request was declined. You can bind “assistant --quick-add” in your "
                "desktop's keyboard settings instead."
            ).replace("%1", portal.sequence)
        )

    def _refused(self, message: str) -> None:
        self.ctx.shortcut.problem = message
        if self._report:
            self.main_window.statusBar().showMessage(message, STATUS_MS)
            self.ctx.shortcut.failed.emit(message)

    def stop(self) -> None:
        self.unbind_shortcut()
        self.window.close()
