"""To-dos view (placeholder until the view is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assistant.ui.context import AppContext


class TodosView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("To-dos")))

    def new_todo(self) -> None:
        """Focus the quick-add box."""
