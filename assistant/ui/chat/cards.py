"""Cards in the transcript: what a tool did (with Undo, and each changed field before
and after), and a question to approve (with what a change would do)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.operation import FieldChange
from assistant.ui.chat.bubbles import Panel, text_label
from assistant.ui.chat.edits import edit_lines
from assistant.ui.chat.worker import ApprovalTicket
from assistant.ui.context import AppContext
from assistant.ui.people_text import for_people, said
from assistant.ui.tasks import run_write


def _status_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.hide()
    return label


class ActionCard(Panel):
    """One change a tool made, in the tool's own words, with an Undo button.

    A change to an existing item lists every field it changed, before and after
    ("Starts: Wed 2 Dec 10:00 → Thu 3 Dec 10:00"), asked for or not.
    """

    def __init__(
        self,
        ctx: AppContext,
        action_id: int,
        text: str,
        *,
        undone: bool = False,
        edits: tuple[FieldChange, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("card", parent)
        self.ctx = ctx
        self.action_id = action_id
        self.text = text
        # The tool's words name ids and ISO dates for the model; people read them plainly.
        shown = said(text, ctx.clock())
        self.edit_lines = edit_lines(edits, ctx.clock().now.date())
        described = "\n".join([shown, *self.edit_lines])
        self.setAccessibleName(self.tr("Action: %1").replace("%1", described))
        mark = QLabel("✓")
        mark.setForegroundRole(QPalette.ColorRole.Highlight)
        self.label = text_label(shown)
        self.edits = text_label("\n".join(self.edit_lines))
        self.edits.setAccessibleName(self.tr("What changed"))
        self.edits.setVisible(bool(self.edit_lines))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: %1").replace("%1", shown))
        self.undo_button.setToolTip(self.tr("Put things back as they were before this change"))
        self.undo_button.clicked.connect(self.undo)
        self.status = _status_label()
        row = QHBoxLayout()
        row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self.label)
        texts.addWidget(self.edits)
        row.addLayout(texts, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.status)
        if undone:
            self.set_undone()

    @property
    def is_undone(self) -> bool:
        return self.label.font().strikeOut()

    def undo(self) -> None:
        self.undo_button.setEnabled(False)
        self._say(self.tr("Undoing…"))
        action_id, store = self.action_id, self.ctx.store
        run_write(self.ctx.bus, lambda: store.undo(action_id), self._undo_done, self._undo_refused)

    def _undo_done(self, _result: object) -> None:
        if shiboken6.isValid(self):  # the conversation may have been switched meanwhile
            self.set_undone()

    def _undo_refused(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.undo_button.setEnabled(True)
            self._say(message)

    def set_undone(self) -> None:
        font = self.label.font()
        font.setStrikeOut(True)
        for label in (self.label, self.edits):
            label.setFont(font)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.undo_button.hide()
        self._say(self.tr("Undone"))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))


class ApprovalCard(Panel):
    """Asks before a destructive (or exposed) call runs; the worker waits for the answer."""

    # Answered or cancelled: the buttons are gone (the view moves focus on).
    closed = Signal(bool)  # whether one of its buttons had the focus

    def __init__(
        self,
        ticket: ApprovalTicket,
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        tz: ZoneInfo | None = None,
    ) -> None:
        super().__init__("approval", parent)
        self.ticket = ticket
        # The question names the item for the model too (its id, ISO dates): shown plainly.
        summary = for_people(ticket.summary, tz or ZoneInfo("UTC"), today or date.today())
        # A change to an item: what it would change, field by field, before and after.
        self.edit_lines = edit_lines(ticket.request.edits, today or date.today())
        described = "\n".join([summary, *self.edit_lines])
        self.setAccessibleName(self.tr("Approval needed: %1").replace("%1", described))
        heading = QLabel(self.tr("Allow this change?"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.label = text_label(summary)
        self.edits = text_label("\n".join(self.edit_lines))
        self.edits.setAccessibleName(self.tr("What would change"))
        self.edits.setVisible(bool(self.edit_lines))
        # Why a plain write is asked about: untrusted text is in front of the model.
        self.reason = text_label(
            self.tr("Asked because %1. Check it before you approve.").replace(
                "%1", ticket.request.exposed
            )
        )
        self.reason.setVisible(bool(ticket.request.exposed))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve: %1").replace("%1", summary))
        self.deny_button = QPushButton(self.tr("Deny"))
        self.deny_button.setAccessibleName(self.tr("Deny: %1").replace("%1", summary))
        self.approve_button.clicked.connect(lambda: self.answer(True))
        self.deny_button.clicked.connect(lambda: self.answer(False))
        self.status = _status_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.deny_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(heading)
        layout.addWidget(self.label)
        layout.addWidget(self.edits)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def answer(self, approved: bool) -> None:
        self.ticket.answer(approved)
        self._close(self.tr("Approved.") if approved else self.tr("Denied: nothing was changed."))

    def cancelled(self) -> None:
        """The turn was stopped while asking: the worker takes that as a denial."""
        self._close(self.tr("Stopped: nothing was changed."))

    def _close(self, text: str) -> None:
        had_focus = self.approve_button.hasFocus() or self.deny_button.hasFocus()
        self.approve_button.hide()
        self.deny_button.hide()
        self.status.setText(text)
        self.status.show()
        self.closed.emit(had_focus)
