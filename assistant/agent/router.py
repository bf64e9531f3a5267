"""Watching a reply's first tokens: a call to constrain, or text to stream.

The first tokens of every reply are generated without a grammar. As soon as
they show a call's start (see :class:`~assistant.models.grammar.GrammarPlan`)
the router stops that generation, so the loop can restart it under the call
grammar; otherwise it streams the text, holding back anything from a "{" on
until the turn knows it was not a call written as prose.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from assistant.agent.events import Event, TokenEvent
from assistant.models.grammar import GrammarPlan

Emit = Callable[[Event], None]


class Router:
    """Watches the free first tokens and decides: a call, or text to stream."""

    def __init__(
        self, plan: GrammarPlan, emit: Emit, cancel: threading.Event, *, talk_only: bool = False
    ) -> None:
        self.plan = plan
        self.emit = emit
        self.cancel = cancel
        self.stop = EitherEvent(cancel)
        self.route = "text" if talk_only else "more"
        self.pending = ""
        self.text = ""
        self.held = ""

    def feed(self, piece: str) -> None:
        if self.cancel.is_set():
            self.stop.set()
            return
        if self.route == "text":
            self._stream(piece)
            return
        self.pending += piece
        self.route = self.plan.route(self.pending)
        if self.route == "call":
            self.stop.set()
        elif self.route == "text":
            self.flush()

    def flush(self) -> None:
        self.route = "text"
        pending, self.pending = self.pending.lstrip(), ""
        if pending:
            self._stream(pending)

    def _stream(self, piece: str) -> None:
        self.text += piece
        # From a "{" on, the text may hold a call written as prose: keep it back
        # until the turn knows (release), so a call is never shown as text.
        if self.held or "{" in piece:
            self.held += piece
        else:
            self.emit(TokenEvent(piece))

    def release(self) -> None:
        """Show what was held back: it was text after all."""
        if self.held:
            self.emit(TokenEvent(self.held))
            self.held = ""


class EitherEvent(threading.Event):
    """Set when set itself or when the user's cancel is: the runtime polls it
    between prompt batches too, so Stop works before the first token."""

    def __init__(self, other: threading.Event) -> None:
        super().__init__()
        self.other = other

    def is_set(self) -> bool:
        return super().is_set() or self.other.is_set()
