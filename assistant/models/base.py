"""What the agent needs from a model: text in, streamed tokens out.

The agent renders the whole prompt itself (through a chat-format adapter) so
that the stable prefix is byte-for-byte identical across turns; the runtime
only completes text. :class:`ScriptedModel` is the fake at this seam.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

TokenCallback = Callable[[str], None]


@dataclass(frozen=True)
class Completion:
    text: str
    # "stop" (end of turn or a stop string), "length" (max_tokens), "cancelled"
    finish_reason: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    # Prompt tokens that had to be evaluated (the rest came from the KV cache).
    evaluated_tokens: int = 0


class ChatModel(Protocol):
    """A loaded model that completes rendered prompts."""

    @property
    def n_ctx(self) -> int: ...

    def count_tokens(self, text: str) -> int: ...

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
        """Continue ``prompt``; ``grammar`` is GBNF constraining the output."""
        ...


@dataclass
class ScriptedModel:
    """A fake model that replays scripted outputs, one per ``complete`` call.

    It records every prompt and grammar it was given, so tests can assert on
    exactly what the agent sent.
    """

    outputs: list[str] = field(default_factory=list)
    context: int = 8192
    prompts: list[str] = field(default_factory=list)
    grammars: list[str | None] = field(default_factory=list)

    def enqueue(self, items: Iterable[str]) -> None:
        self.outputs.extend(items)

    @property
    def n_ctx(self) -> int:
        return self.context

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
        self.prompts.append(prompt)
        self.grammars.append(grammar)
        if not self.outputs:
            raise AssertionError("ScriptedModel ran out of scripted outputs")
        text = self.outputs.pop(0)
        # Like the real runtimes, a stop string ends the output and is not part of it.
        cuts = [i for i in (text.find(s) for s in stop or [] if s) if i >= 0]
        text = text[: min(cuts)] if cuts else text
        emitted: list[str] = []
        for piece in _pieces(text):
            if cancel is not None and cancel.is_set():
                return Completion("".join(emitted), "cancelled", self.count_tokens(prompt))
            emitted.append(piece)
            if on_token is not None:
                on_token(piece)
        return Completion(text, "stop", self.count_tokens(prompt), len(emitted))


def _pieces(text: str) -> list[str]:
    """Split like a tokenizer roughly would: words with their leading space."""
    pieces: list[str] = []
    for i, word in enumerate(text.split(" ")):
        pieces.append(word if i == 0 else " " + word)
    return [p for p in pieces if p]
