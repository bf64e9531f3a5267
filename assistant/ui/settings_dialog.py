"""Settings (placeholder until the dialog is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from assistant.ui.context import AppContext


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
