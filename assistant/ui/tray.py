"""Tray icon and reminder notifications (placeholder until built)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from assistant.ui.context import AppContext


class TrayController(QObject):
    """Owns the tray icon, its menu and the reminder timer."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    @property
    def available(self) -> bool:
        return False

    def start(self) -> None:
        """Show the icon and start checking reminders."""
