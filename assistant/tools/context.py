"""What every tool receives and returns: the core's operation scope and outcome."""

from __future__ import annotations

from assistant.operation import Outcome, Scope

ToolContext = Scope
ToolOutput = Outcome

__all__ = ["ToolContext", "ToolOutput"]
