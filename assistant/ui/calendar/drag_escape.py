"""Escape during a drag on the hour grid: it drops the drag, and nothing else happens.

The main window's Esc ("Stop generating") is a window shortcut, and a
shortcut takes its key before the focused widget sees it; the chip being
dragged is not even the focused widget. So while a drag is held,
:class:`DragEscape` watches the application's events: it accepts Escape's
``ShortcutOverride`` (no shortcut fires) and turns the key press into the
drag's cancel. There is no keyboard grab, and once the button is released
the filter is gone: Escape means what it meant before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


class DragEscape(QObject):
    """Calls ``cancel`` on Escape between :meth:`hold` and :meth:`release`."""

    def __init__(self, cancel: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = cancel
        self.held = False

    def hold(self) -> None:
        """A drag began: Escape is the drag's from now on."""
        app = QCoreApplication.instance()
        if app is not None and not self.held:
            app.installEventFilter(self)
            self.held = True

    def release(self) -> None:
        """The drag ended (dropped or cancelled): Escape is the window's again."""
        app = QCoreApplication.instance()
        if app is not None and self.held:
            app.removeEventFilter(self)
        self.held = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key goes on as a key press, not to a shortcut
            return True
        self.release()
        self._cancel()
        return True
