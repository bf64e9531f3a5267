"""Shows one running turn in the transcript: streamed text, cards, notes.

Tokens are buffered and flushed every FLUSH_MS, so a fast model costs the GUI
one layout per flush rather than one per token. While the model works, the
status line says for how long ("Thinking… 12 s"), and once tokens flow how fast
("Thinking… 14 s · 9.5 tokens/s"), refreshed every TICK_MS.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer

from assistant.agent.events import (
    AnswerEvent,
    ApprovalNeededEvent,
    ErrorEvent,
    Event,
    TokenEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from assistant.agent.intents import intent_registry
from assistant.ui.chat.bubbles import AnswerBlock, Note
from assistant.ui.chat.cards import ActionCard, ApprovalCard
from assistant.ui.chat.composer import Composer
from assistant.ui.chat.transcript import Transcript
from assistant.ui.chat.worker import ApprovalTicket
from assistant.ui.context import AppContext
from assistant.ui.people_text import said

# The intents the model calls, for the words each declares (see tools/registry.py).
_INTENTS = intent_registry()
FLUSH_MS = 40
TICK_MS = 1000


class TurnRenderer(QObject):
    def __init__(self, ctx: AppContext, transcript: Transcript, composer: Composer) -> None:
        super().__init__(transcript)
        self.ctx = ctx
        self.transcript = transcript
        self.composer = composer
        self.answer: AnswerBlock | None = None
        self.approval: ApprovalCard | None = None
        self._tokens: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)
        # The status line: words, and whether the time and rate follow them.
        self.clock: Callable[[], float] = time.monotonic
        self._started = self.clock()
        self._token_times: list[float] = []  # first and latest token, and how many
        self._token_count = 0
        self._status, self._timed = "", False
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self._thinking()

    def show(self, event: Event) -> None:
        if isinstance(event, TokenEvent):
            self._count_token()
            self._tokens.append(event.text)
            if not self._timer.isActive():
                self._timer.start()
            return
        self.flush()
        if isinstance(event, ToolCallEvent):
            self.answer = None  # text after the call starts a new block
            self._say(self._doing(event.name, event.arguments))
        elif isinstance(event, ToolResultEvent):
            self._show_result(event)
        elif isinstance(event, ApprovalNeededEvent):
            self._say(self.tr("Waiting for your approval…"))
        elif isinstance(event, AnswerEvent):
            self._show_answer(event)
        elif isinstance(event, ErrorEvent):
            self.transcript.add(Note(event.message, error=True))

    def _doing(self, tool: str, arguments: dict[str, object] | None = None) -> str:
        """What the assistant is doing, in words ("Adding a to-do…"), not a tool name."""
        words = self._words(tool, arguments)
        if words:
            return self.tr("%1…").replace("%1", words)
        return self.tr("Working: %1…").replace("%1", tool)

    def _words(self, tool: str, arguments: dict[str, object] | None = None) -> str:
        """The progress words the tool (an intent, or a real tool) declares, translated."""
        known = _INTENTS.tools.get(tool) or self.ctx.registry.tools.get(tool)
        words = known.doing(arguments) if known is not None else ""
        return QCoreApplication.translate("Tool", words) if words else ""

    def flush(self) -> None:
        self._timer.stop()
        if not self._tokens:
            return
        piece, self._tokens = "".join(self._tokens), []
        if self.answer is None:
            self.answer = AnswerBlock()
            self.transcript.add(self.answer)
            self.tick()
        self.answer.append(piece)

    def ask(self, ticket: ApprovalTicket) -> None:
        """Show the approval card; the worker waits until it is answered."""
        self.flush()
        clock = self.ctx.clock()
        card = ApprovalCard(ticket, clock.now.date(), tz=clock.tz)
        card.closed.connect(self._approval_closed)
        self.approval = card
        self.transcript.add(card)
        self.transcript.stick_to_bottom()
        box = self.composer.input
        if box.hasFocus() and not box.toPlainText():  # never steal focus from typing
            card.approve_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stopping(self) -> None:
        if self.approval is not None:
            self.approval.cancelled()
        self._say(self.tr("Stopping…"))

    def _show_result(self, event: ToolResultEvent) -> None:
        result = event.result
        if result.ok and result.action_id is not None:
            card = ActionCard(self.ctx, result.action_id, result.text, edits=result.edits)
            self.transcript.add(card)
        elif not result.ok and not result.text.startswith("The user declined"):
            # A denial is already on the approval card; other failures get a quiet line.
            what = self._words(result.tool, result.arguments) or result.tool
            text = self.tr("%1 did not work: %2").replace("%1", what)
            failure = said(result.text.removeprefix("Error: "), self.ctx.clock())
            self.transcript.add(Note(text.replace("%2", failure)))
        self._thinking()

    def _show_answer(self, event: AnswerEvent) -> None:
        if event.text:
            # A reply composed from the tools' words: their ISO dates as people read them.
            text = said(event.text, self.ctx.clock())
            if self.answer is None:
                self.transcript.add(AnswerBlock(text))
            else:
                self.answer.finish(text)
        self.answer = None
        if event.finish_reason == "cancelled":
            self.transcript.add(Note(self.tr("Stopped.")))
        elif event.finish_reason == "length":
            self.transcript.add(Note(self.tr("The answer reached its length limit here.")))

    def _approval_closed(self, had_focus: bool) -> None:
        if had_focus:  # its buttons are gone: back to the message box
            self.composer.input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.approval = None
        if self.composer.running:
            self._thinking()

    # -- the status line ----------------------------------------------------

    def _thinking(self) -> None:
        self._say(self.tr("Thinking…"), timed=True)

    def _say(self, text: str, *, timed: bool = False) -> None:
        self._status, self._timed = text, timed
        self.composer.say(self.status_text())

    def _count_token(self) -> None:
        now = self.clock()
        self._token_count += 1
        self._token_times = [self._token_times[0] if self._token_times else now, now]

    def tokens_per_second(self) -> float | None:
        """The rate since the first token; None until two tokens are apart in time."""
        if self._token_count < 2:
            return None
        first, latest = self._token_times
        return (self._token_count - 1) / (latest - first) if latest > first else None

    def status_text(self) -> str:
        if not self._timed:
            return self._status
        seconds = self.tr("%1 s").replace("%1", str(int(self.clock() - self._started)))
        text = f"{self._status} {seconds}"
        rate = self.tokens_per_second()
        if rate is not None:
            text += " · " + self.tr("%1 tokens/s").replace("%1", f"{rate:.1f}")
        return text

    def tick(self) -> None:
        """Refresh the elapsed time and the rate (while the turn runs)."""
        if self.composer.running and self._status:
            self.composer.say(self.status_text())
