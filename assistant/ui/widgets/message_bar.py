"""A slim strip above a view that says what just happened, with an optional action.

Tool errors show here in plain words, and changes offer Undo here instead of
asking first. Hidden until there is something to say; tinted, so it reads on
light and dark palettes alike (the text keeps the palette's colour).

An offer (a message with an action) goes after OFFER_SECONDS, as Gmail's and
Todoist's Undo do, but not while the pointer is on it or the focus in it (the
count starts again when they leave); and it goes as soon as
:meth:`MessageBar.recheck` (called when data changes) learns that it no longer
holds: an Undo whose change was undone elsewhere (Edit > Undo, another Undo,
the chat) or is no longer the latest one goes at once, before it can mislead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from assistant.ui.tasks import run_in_background

OFFER_SECONDS = 12
_INFO = "rgba(60, 120, 215, 0.16)"
_ERROR = "rgba(208, 69, 58, 0.20)"


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(name or self.tr("Message"))
        self.action = QPushButton()
        self.action.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._callback: Callable[[], None] | None = None
        self._holds: Callable[[], bool] | None = None
        self.error = False
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(round(OFFER_SECONDS * 1000))
        self._expiry.timeout.connect(self.expire)
        self._hovered = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.hide()

    def show_error(self, text: str) -> None:
        self.show_text(text, error=True)

    def show_info(
        self, text: str, action: str | None = None, callback: Callable[[], None] | None = None
    ) -> None:
        self.show_text(text, action=action, callback=callback)

    def show_text(
        self,
        text: str,
        *,
        error: bool = False,
        action: str | None = None,
        callback: Callable[[], None] | None = None,
        holds: Callable[[], bool] | None = None,
    ) -> None:
        """Say ``text``; ``action`` names a button that runs ``callback`` once.

        ``holds`` (run on a worker) says whether the offer still stands."""
        self.error = error
        self._holds = holds if action is not None else None
        self._expiry.stop()
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._callback = callback
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        self.action.setAccessibleName(action.replace("&", "") if action else "")
        tint = _ERROR if error else _INFO
        self.setStyleSheet(f"#messageBar {{ background: {tint}; border-radius: 6px; }}")
        self.show()
        if action is not None:
            self._count_down()

    def text(self) -> str:
        return self.label.text()

    def has_offer(self) -> bool:
        return self.isVisible() and self._callback is not None

    def expire(self) -> None:
        """The offer is stale: the bar goes."""
        if self._callback is not None:
            self._callback, self._holds = None, None
            self.hide()

    def is_held(self) -> bool:
        """Whether the user is at the bar (pointer on it, or focus in it): no timing out."""
        focus = QApplication.focusWidget()
        return self._hovered or (focus is not None and self.isAncestorOf(focus))

    def _count_down(self) -> None:
        """Start the offer's time again, unless the user is at the bar."""
        if self._callback is None or self.is_held():
            self._expiry.stop()
        else:
            self._expiry.start()

    def enterEvent(self, event: QEnterEvent) -> None:
        self._hovered = True
        self._count_down()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self._count_down()
        super().leaveEvent(event)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        mine = [w for w in (old, new) if w is not None and self.isAncestorOf(w)]
        if mine and self.isVisible():
            self._count_down()

    def recheck(self) -> None:
        """Ask (off the GUI thread) whether the offer still holds; hide it when not."""
        holds, callback = self._holds, self._callback
        if holds is None or callback is None:
            return

        def settle(still: object) -> None:
            if not still and self._callback is callback:  # the same offer still shown
                self.expire()

        run_in_background(holds, settle, lambda _message: None)

    def is_error(self) -> bool:
        return self.error

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self._expiry.stop()
        self.action.hide()
        if callback is not None:
            callback()
