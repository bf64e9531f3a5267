"""A slim strip above a view that says what just happened, with an optional action.

Tool errors show here in plain words, and changes offer Undo here instead of
asking first. Hidden until there is something to say; tinted, so it reads on
light and dark palettes alike (the text keeps the palette's colour).

An offer (a message with an action) goes after OFFER_SECONDS, and as soon as
:meth:`MessageBar.recheck` (called when data changes) learns that it no longer
holds: an Undo whose change is no longer the latest one goes with the next
action, before it can mislead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from assistant.ui.tasks import run_in_background

OFFER_SECONDS = 60
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
        if action is not None:
            self._expiry.start()
        else:
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

    def text(self) -> str:
        return self.label.text()

    def has_offer(self) -> bool:
        return self.isVisible() and self._callback is not None

    def expire(self) -> None:
        """The offer is stale: the bar goes."""
        if self._callback is not None:
            self._callback, self._holds = None, None
            self.hide()

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
