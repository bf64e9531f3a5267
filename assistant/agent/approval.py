"""What the user is asked before a deletion or another write that needs their say-so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.operation import FieldChange
from assistant.tools.registry import Tool


@dataclass(frozen=True)
class ApprovalRequest:
    tool: Tool
    arguments: dict[str, Any]
    description: str
    # Why the user's say-so is needed beyond a deletion: untrusted text is in
    # front of the model ("your message contains pasted text"); "" otherwise.
    # Such a request is never approved by a blanket "--yes".
    exposed: str = ""
    # For a change to an item: each field it would change, before and after.
    edits: tuple[FieldChange, ...] = ()


Approver = Callable[[ApprovalRequest], bool]


def deny_all(request: ApprovalRequest) -> bool:
    return False
