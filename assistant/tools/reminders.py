"""The reminders tool: which reminders go off in a time range (see :mod:`assistant.reminders`)."""

from __future__ import annotations

from datetime import timedelta

from assistant.checks import plural
from assistant.dates import format_when, resolve_range
from assistant.reminders import due_reminders
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, tool


@tool(progress="Looking up reminders")
def upcoming_reminders(ctx: ToolContext, range: str = "the next 24 hours") -> ToolOutput:
    """List the reminders that will go off in a time range.

    Args:
        range: When to look, e.g. "today" or "the next 24 hours".
    """
    if range.strip().lower() in {"the next 24 hours", "next 24 hours"}:
        start, end = ctx.clock.now, ctx.clock.now + timedelta(hours=24)
    else:
        start, end = resolve_range(range, ctx.clock)
    found = due_reminders(ctx.store, ctx.clock, start, end)
    data = [r.to_json(ctx.clock) for r in found]
    if not found:
        return ToolOutput("No reminders in that time.", data)
    lines = [
        f"{format_when(r.fire_at, ctx.clock.tz)}: {r.kind} #{r.item_id} {r.title!r} "
        f"(due {format_when(r.due, ctx.clock.tz)})"
        for r in found
    ]
    return ToolOutput(f"{plural(len(found), 'reminder')}:\n" + "\n".join(lines), data)


REMINDER_TOOLS: list[Tool] = [upcoming_reminders]
