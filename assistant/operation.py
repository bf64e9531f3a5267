"""What a domain operation receives (the store and the user's clock) and returns.

The calendar, to-do and note code and the model-facing tools share these, so an
operation written for the tools (:mod:`assistant.tools`) is called the same way
by the window and the command line, and the domain never imports the tools.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.clock import Clock
from assistant.store import Store


@dataclass(frozen=True)
class Scope:
    """Where an operation runs: the store, and the user's now and zone."""

    store: Store
    clock: Clock


@dataclass(frozen=True)
class Outcome:
    """An operation's answer: ``text`` for the model, ``data`` (JSON-able) for the UI,
    and the journal action that undoes it, if it wrote."""

    text: str
    data: Any = None
    action_id: int | None = None
