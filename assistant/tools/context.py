"""What every tool receives and returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.clock import Clock
from assistant.store import Store


@dataclass(frozen=True)
class ToolContext:
    store: Store
    clock: Clock


@dataclass(frozen=True)
class ToolOutput:
    """A tool's answer: ``text`` for the model, ``data`` (JSON-able) for the UI."""

    text: str
    data: Any = None
    action_id: int | None = None
