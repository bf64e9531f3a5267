"""An email's action item in the event or to-do dialog, and the item the dialog gives back.

The dialog is the calendar's :class:`EventDialog` or the to-do list's
:class:`TodoDialog`, prefilled with the proposal's values. What the user
accepts becomes a new proposal for the same tool (``add_event`` or
``add_todo``), with the arguments those dialogs give their own tool calls, so
the panel adds it exactly as it adds an unedited item.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from assistant.agent.email_items import ActionItem, Proposal
from assistant.clock import Clock
from assistant.dates import format_when
from assistant.ui.calendar.event_dialog import EventDialog
from assistant.ui.calendar.event_values import EventValues
from assistant.ui.calendar.event_values import add_arguments as event_arguments
from assistant.ui.todos.todo_dialog import TodoDialog
from assistant.ui.todos.todo_values import TodoValues, moment_of
from assistant.ui.todos.todo_values import add_arguments as todo_arguments

# add_event's length when a proposal has no end.
DEFAULT_LENGTH = timedelta(hours=1)
ItemDialog = EventDialog | TodoDialog


def event_values(item: ActionItem, tz: ZoneInfo) -> EventValues:
    """The event dialog's values for an event proposal (an end of its own, or an hour)."""
    args = item.proposal.arguments
    start = moment_of(str(args["start"]), tz)
    end: datetime | date
    if args.get("end"):
        end = moment_of(str(args["end"]), tz)  # an all-day end is already the last day
    elif isinstance(start, datetime):
        end = start + DEFAULT_LENGTH
    else:
        end = start
    return EventValues(
        title=str(args.get("title", item.task)),
        all_day=not isinstance(start, datetime),
        start=start,
        end=end,
        location=str(args.get("location", "")),
        description=str(args.get("description", "")),
    )


def todo_values(item: ActionItem, tz: ZoneInfo) -> TodoValues:
    args = item.proposal.arguments
    due = moment_of(str(args["due"]), tz) if args.get("due") else None
    return TodoValues(title=str(args.get("title", item.task)), due=due)


def open_dialog(item: ActionItem, clock: Clock, parent: QWidget | None) -> ItemDialog:
    """The dialog for ``item``, prefilled (not yet shown); its OK button says "Add"."""
    dialog: ItemDialog
    if item.proposal.tool == "add_event":
        dialog = EventDialog(event_values(item, clock.tz), clock.tz, "new", parent)
    else:
        dialog = TodoDialog(todo_values(item, clock.tz), clock, "new", parent)
    dialog.ok_button.setText(QCoreApplication.translate("ItemEdit", "Add"))
    return dialog


def edited_item(item: ActionItem, dialog: ItemDialog, tz: ZoneInfo) -> ActionItem:
    """``item`` as the accepted dialog says it, with the proposal that adds it."""
    if isinstance(dialog, EventDialog):
        event = dialog.values()
        shown = format_when(event.start, tz)
        text = f"Add event {event.title!r} on {shown}" + (
            f", at {event.location}" if event.location else ""
        )
        timed = isinstance(event.start, datetime)
        return replace(
            item,
            task=event.title,
            when=None,  # the email's words no longer say when
            resolved=event.start.isoformat(),
            end=event.end.isoformat() if timed else None,
            place=event.location,
            proposal=Proposal("add_event", event_arguments(event, tz), text),
        )
    todo = dialog.values()
    text = f"Add to-do {todo.title!r}"
    if todo.due is not None:
        text += f", due {format_when(todo.due, tz)}"
    return replace(
        item,
        task=todo.title,
        when=None,
        resolved=todo.due.isoformat() if todo.due is not None else None,
        proposal=Proposal("add_todo", todo_arguments(todo, tz), text),
    )
