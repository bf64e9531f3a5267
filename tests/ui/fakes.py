"""Fake models for the window's tests (importable: pytest puts tests/ui on sys.path)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from assistant.models.base import Completion, TokenCallback


@dataclass
class BlockingModel:
    """Streams ``first``, then holds like a slow model until cancelled or released."""

    first: str = "Let me think"
    started: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    calls: int = 0

    @property
    def n_ctx(self) -> int:
        return 8192

    def count_tokens(self, text: str) -> int:
        return max(1, len(text) // 4)

    def complete(
        self,
        prompt: str,
        *,
        grammar: str | None = None,
        max_tokens: int = 512,
        stop: list[str] | None = None,
        on_token: TokenCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Completion:
        self.calls += 1
        if on_token is not None:
            on_token(self.first)
        self.started.set()
        assert cancel is not None, "the view must pass a cancel event"
        while not cancel.is_set() and not self.release.is_set():
            cancel.wait(0.05)
        if cancel.is_set():
            return Completion(self.first, "cancelled")
        return Completion(self.first + " the rest.", "stop")
