"""Every step of a turn is an event; the GUI renders them, `--json` prints them.

``type`` is one of: token, tool_call, tool_result, approval_needed, answer, error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assistant.operation import FieldChange
from assistant.tools.registry import ToolResult


@dataclass(frozen=True)
class TokenEvent:
    text: str
    type: str = "token"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text}


@dataclass(frozen=True)
class ToolCallEvent:
    name: str
    arguments: dict[str, Any]
    type: str = "tool_call"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "name": self.name, "arguments": self.arguments}


@dataclass(frozen=True)
class ToolResultEvent:
    result: ToolResult
    type: str = "tool_result"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **self.result.to_json()}


@dataclass(frozen=True)
class ApprovalNeededEvent:
    name: str
    arguments: dict[str, Any]
    description: str
    # For a change to an item: each field it would change, before and after.
    edits: tuple[FieldChange, ...] = ()
    type: str = "approval_needed"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "name": self.name,
            "arguments": self.arguments,
            "description": self.description,
        }
        if self.edits:
            out["edits"] = [e.to_json() for e in self.edits]
        return out


@dataclass(frozen=True)
class AnswerEvent:
    text: str
    # "stop", "cancelled" or "length"
    finish_reason: str = "stop"
    type: str = "answer"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "finish_reason": self.finish_reason}


@dataclass(frozen=True)
class ErrorEvent:
    message: str
    type: str = "error"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message}


Event = (
    TokenEvent | ToolCallEvent | ToolResultEvent | ApprovalNeededEvent | AnswerEvent | ErrorEvent
)
