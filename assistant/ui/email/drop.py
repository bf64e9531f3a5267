"""Dropping an email file (.eml) on the email panel, text box included."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, QUrl, Signal
from PySide6.QtGui import QDropEvent

EML_SUFFIXES = (".eml",)


def eml_paths(mime: QMimeData) -> list[str]:
    """The local .eml files in a drag's data (other URLs and files are ignored)."""
    if not mime.hasUrls():
        return []
    urls: list[QUrl] = mime.urls()
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return [p for p in paths if p.lower().endswith(EML_SUFFIXES)]


class EmlDrops(QObject):
    """An event filter: .eml drags are taken (and reported) instead of pasted as text.

    A text box accepts any dropped URL as text; on the email panel an email
    file should be opened instead, wherever it lands.
    """

    dropped = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDropEvent)  # drag enter and move events are drop events
            if eml_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = eml_paths(event.mimeData())
            if files:
                event.acceptProposedAction()
                self.dropped.emit(files[0])
                return True
        return super().eventFilter(watched, event)
