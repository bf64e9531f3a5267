"""Chat view (placeholder until the view is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assistant.ui.context import AppContext


class ChatView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chat")))

    def focus_input(self) -> None:
        """Ctrl+K: put the cursor in the message box."""

    def new_conversation(self) -> None:
        """Start an empty conversation (the old one stays in the list)."""

    def stop(self) -> None:
        """Esc: cancel the running generation."""
