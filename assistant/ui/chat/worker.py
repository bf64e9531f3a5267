"""One chat turn on a worker thread, its events relayed to the GUI as signals.

The agent runs inside ``ctx.models.session()`` on a "long" pool thread. Every
event it emits becomes a queued ``agent_event`` signal. When a destructive call
(or, with "Ask before changes", a change to an item) needs approval the worker
emits ``approval_needed`` with an :class:`ApprovalTicket` and blocks on it until
the GUI answers (after Dangerzone's ``PromptRequest``); it never opens a dialog
itself. Stop sets the cancel event, which the agent and the model poll, and
answers an open ticket with "deny".
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from assistant.agent.loop import ApprovalRequest, TurnResult
from assistant.agent.session import ChatSession
from assistant.conversations.history import Conversations
from assistant.settings import ask_before_changes
from assistant.ui.context import AppContext
from assistant.ui.tasks import run_in_background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnOutcome:
    conversation_id: int
    result: TurnResult


class ApprovalTicket:
    """One question from the worker to the GUI: may this destructive call run?"""

    def __init__(self, request: ApprovalRequest, summary: str) -> None:
        self.request = request
        # Plain words for the card, e.g. "Delete a to-do item for good: 'Buy milk' (to-do #3)".
        self.summary = summary
        self._answered = threading.Event()
        self._approved = False

    @property
    def answered(self) -> bool:
        return self._answered.is_set()

    def answer(self, approved: bool) -> None:
        """Called on the GUI thread; only the first answer counts."""
        if not self._answered.is_set():
            self._approved = approved
            self._answered.set()

    def wait(self, cancel: threading.Event) -> bool:
        """Block the worker until answered; a cancelled turn counts as a denial."""
        # The timeout is only a safety net: Stop answers the ticket itself, but a
        # view that is destroyed mid-question can only set ``cancel``.
        while not self._answered.wait(0.2):
            if cancel.is_set():
                return False
        return self._approved and not cancel.is_set()


class ChatTurn(QObject):
    """Runs ``ChatSession.ask`` for one message off the GUI thread."""

    # The conversation the turn writes to (created now if it was a draft).
    started = Signal(int)
    # An assistant.agent.events.Event, delivered on the GUI thread.
    agent_event = Signal(object)
    approval_needed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, conversation_id: int | None, text: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.conversation_id = conversation_id
        self.text = text
        self.cancel = threading.Event()
        self._ticket: ApprovalTicket | None = None

    def start(self) -> None:
        run_in_background(self._work, self.finished.emit, self.failed.emit, kind="long")

    def stop(self) -> None:
        """Cancel generation; a pending approval is denied."""
        self.cancel.set()
        ticket = self._ticket
        if ticket is not None:
            ticket.answer(False)

    @property
    def cancelled(self) -> bool:
        return self.cancel.is_set()

    # -- worker thread ---------------------------------------------------

    def _work(self) -> TurnOutcome:
        with self.ctx.models.session() as brain:
            store = self.ctx.store
            conversation_id = self.conversation_id or Conversations(store).create()
            self.started.emit(conversation_id)
            session = ChatSession(brain.agent, store, conversation_id)
            result = session.ask(
                self.text,
                clock=self.ctx.clock(),
                emit=self.agent_event.emit,
                approve=self._approve,
                cancel=self.cancel,
                # Read each turn, so a change in Settings counts from the next message.
                ask_changes=ask_before_changes(self.ctx.base),
            )
        return TurnOutcome(conversation_id, result)

    def _approve(self, request: ApprovalRequest) -> bool:
        if self.cancel.is_set():
            return False
        ticket = ApprovalTicket(request, request.description)
        self._ticket = ticket
        try:
            self.approval_needed.emit(ticket)
            return ticket.wait(self.cancel)
        finally:
            self._ticket = None
