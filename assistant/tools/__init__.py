"""The tools the model calls, and the registry that describes and runs them."""

from __future__ import annotations

from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, ToolRegistry, ToolResult, tool


def default_registry() -> ToolRegistry:
    """Every tool: to-dos, events, notes and reminders."""
    from assistant.tools.events import EVENT_TOOLS
    from assistant.tools.notes import NOTE_TOOLS
    from assistant.tools.reminders import REMINDER_TOOLS
    from assistant.tools.todos import TODO_TOOLS

    return ToolRegistry.of([*TODO_TOOLS, *EVENT_TOOLS, *NOTE_TOOLS, *REMINDER_TOOLS])


__all__ = [
    "Tool",
    "ToolContext",
    "ToolOutput",
    "ToolRegistry",
    "ToolResult",
    "default_registry",
    "tool",
]
