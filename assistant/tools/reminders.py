"""The reminders tool: which reminders go off in a time range (see :mod:`assistant.reminders`),
and what a reminder notification's Snooze and Done buttons store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from assistant.checks import plural
from assistant.clock import Clock
from assistant.dates import format_when, localize, resolve_range
from assistant.reminders import DEFAULT_REMINDER_TIME, Reminder, due_reminders, snooze_stamp
from assistant.store import Store
from assistant.store.changes import Changes
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


# -- what a notification's buttons do ------------------------------------------
# Not tools the model calls: the window's reminder notifications call them. Each
# is one journaled action (or none when nothing changes), so Undo takes it back.

SnoozeChoice = Literal["5min", "1h", "tomorrow"]


@dataclass(frozen=True)
class ReminderChange:
    """What a Snooze or Done did: a sentence, its journal action and the tables it wrote."""

    text: str
    action_id: int | None = None
    changes: Changes = field(default_factory=Changes)


def snooze_until(choice: SnoozeChoice, clock: Clock) -> datetime:
    """When a snooze ends: in 5 minutes, in an hour, or tomorrow at 09:00 in the user's zone."""
    if choice == "5min":
        return clock.now + timedelta(minutes=5)
    if choice == "1h":
        return clock.now + timedelta(hours=1)
    tomorrow = clock.now.astimezone(clock.tz).date() + timedelta(days=1)
    return localize(datetime.combine(tomorrow, DEFAULT_REMINDER_TIME), clock.tz)


def snooze_reminder(store: Store, reminder: Reminder, until: datetime) -> ReminderChange:
    """Make ``reminder`` go off again at ``until`` (stored, so it survives a restart)."""
    values = {
        "key": reminder.origin,
        "kind": reminder.kind,
        "item_id": reminder.item_id,
        "due": _due_text(reminder),
        "until": snooze_stamp(until),
    }
    with store.action("snooze_reminder", f"Snooze reminder {reminder.title!r}") as tx:
        found = store.query("SELECT id FROM reminder_snoozes WHERE key = ?", [reminder.origin])
        if found:
            tx.update("reminder_snoozes", found[0]["id"], values)
        else:
            tx.insert("reminder_snoozes", values)
    return ReminderChange(f"Snoozed {reminder.title!r}.", tx.action_id, tx.touched)


def dismiss_reminder(store: Store, reminder: Reminder) -> ReminderChange:
    """Drop the reminder's pending snooze, if it has one (an event's Done)."""
    with store.action("dismiss_reminder", f"Dismiss reminder {reminder.title!r}") as tx:
        for row in store.query("SELECT id FROM reminder_snoozes WHERE key = ?", [reminder.origin]):
            tx.delete("reminder_snoozes", row["id"])
    return ReminderChange(f"Dismissed {reminder.title!r}.", tx.action_id, tx.touched)


def _due_text(reminder: Reminder) -> str:
    due = reminder.due
    if isinstance(due, datetime):
        return due.isoformat(timespec="seconds")
    return due.isoformat()
