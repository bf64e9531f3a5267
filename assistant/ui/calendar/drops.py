"""Dropping .ics files on the calendar imports them."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from assistant.ui.calendar import transfer


class IcsDrops:
    """A widget mix-in: dropped calendar files go to ``import_files``."""

    def import_files(self, files: list[str]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if transfer.ics_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if transfer.ics_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = transfer.ics_paths(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_files(files)
