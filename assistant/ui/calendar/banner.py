"""The message strip above the calendar: results, problems and Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from assistant.ui.widgets.message_bar import MessageBar


class Banner(MessageBar):
    """A MessageBar whose action is Undo of one journaled change."""

    undo_requested = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, *, is_latest: Callable[[int], bool] | None = None
    ) -> None:
        super().__init__(parent, name=self.tr("Calendar message"))
        self.undo_button = self.action
        # Whether an action is still the latest change (its Undo goes with the next one).
        self.is_latest = is_latest

    def show_message(self, text: str, *, error: bool = False, action_id: int | None = None) -> None:
        if action_id is None:
            self.show_text(text, error=error)
        else:
            self.show_text(
                text,
                error=error,
                action=self.tr("&Undo"),
                callback=lambda: self.undo_requested.emit(action_id),
                holds=self._holds_for(action_id),
            )

    def _holds_for(self, action_id: int) -> Callable[[], bool] | None:
        is_latest = self.is_latest
        return None if is_latest is None else (lambda: is_latest(action_id))
