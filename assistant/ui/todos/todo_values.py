"""A to-do as the to-do dialog edits it, and the tool arguments that store it.

Qt-free, like :mod:`assistant.ui.calendar.event_values`: the dialog works in
the user's zone, the tools take ISO text. An update sends only what the user
changed, and a cleared due date or reminder in the words the tools read as
"remove" ("none", -1), so the dialog stores a reminder exactly as the
assistant's ``add_todo``/``update_todo`` do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from assistant.dates import localize
from assistant.todos.model import Priority, Todo
from assistant.ui.calendar.event_values import moment_text

# update_todo's words for "no reminder any more" and "no due date any more".
CLEAR_REMINDER = -1
CLEAR_DUE = "none"


@dataclass(frozen=True)
class TodoValues:
    title: str
    due: datetime | date | None = None  # aware datetime in the user's zone, a date, or none
    priority: Priority = "normal"
    notes: str = ""
    tags: tuple[str, ...] = ()
    reminder_minutes: int | None = None
    # Its calendar, as the tools name it ("home/Tasks"); None: the default (a new
    # to-do) or unchanged (a dialog without a chooser).
    calendar: str | None = None

    @classmethod
    def from_todo(cls, todo: Todo, tz: ZoneInfo) -> TodoValues:
        due = todo.due.astimezone(tz) if isinstance(todo.due, datetime) else todo.due
        return cls(
            title=todo.title, due=due, priority=todo.priority, notes=todo.notes,
            tags=todo.tags, reminder_minutes=todo.reminder_minutes,
        )  # fmt: skip


def moment_of(text: str, tz: ZoneInfo) -> datetime | date:
    """An ISO date or date-time (a naive one is wall-clock time in ``tz``), in ``tz``."""
    if "T" not in text:
        return date.fromisoformat(text)
    value = datetime.fromisoformat(text)
    return localize(value, tz) if value.tzinfo is None else value.astimezone(tz)


def add_arguments(values: TodoValues, tz: ZoneInfo) -> dict[str, Any]:
    """``add_todo``'s arguments; defaults are left out."""
    args: dict[str, Any] = {"title": values.title}
    if values.due is not None:
        args["due"] = moment_text(values.due, tz)
    if values.priority != "normal":
        args["priority"] = values.priority
    if values.notes:
        args["notes"] = values.notes
    if values.tags:
        args["tags"] = list(values.tags)
    if values.reminder_minutes is not None:
        args["reminder_minutes"] = values.reminder_minutes
    if values.calendar:
        args["calendar"] = values.calendar
    return args


def update_arguments(
    todo_id: int, before: TodoValues, after: TodoValues, tz: ZoneInfo
) -> dict[str, Any]:
    """``update_todo``'s arguments for what changed; empty when nothing did."""
    args: dict[str, Any] = {}
    for name in ("title", "priority", "notes"):
        if getattr(after, name) != getattr(before, name):
            args[name] = getattr(after, name)
    if after.due != before.due:
        args["due"] = CLEAR_DUE if after.due is None else moment_text(after.due, tz)
    if after.tags != before.tags:
        args["tags"] = list(after.tags)
    if after.reminder_minutes != before.reminder_minutes:
        minutes = after.reminder_minutes
        args["reminder_minutes"] = CLEAR_REMINDER if minutes is None else minutes
    if after.calendar != before.calendar and after.calendar:
        args["calendar"] = after.calendar  # a move: sync takes it to that calendar's server
    if args:
        args["todo_id"] = todo_id
    return args
