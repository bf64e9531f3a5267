"""Calendar view (placeholder until the view is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assistant.ui.context import AppContext


class CalendarView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Calendar")))

    def new_event(self) -> None:
        """Open the event dialog for a new event."""

    def import_files(self, files: list[str]) -> None:
        """Import .ics files (menu, drag and drop) off the GUI thread."""

    def export_ics(self) -> None:
        """Ask for a file name and export the calendar to it."""
