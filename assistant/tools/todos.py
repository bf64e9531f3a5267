"""To-do tools: add, list and filter, update, complete/reopen, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any, Literal

from assistant.calendar.model import new_uid, shown_title
from assistant.checks import (
    check_limit,
    check_reminder,
    clean_text,
    clean_title,
    is_clear,
    plural,
)
from assistant.clock import Clock
from assistant.dates import format_when, resolve_when
from assistant.errors import InvalidInput, NotFound
from assistant.operation import Value, field_changes
from assistant.store import Store, utc_stamp
from assistant.store.tags import clean_tags, set_tags, tags_for, unlink_all
from assistant.sync.calendars import in_calendar, resolve
from assistant.todos.filter import TodoFilter
from assistant.todos.model import Priority, Todo, due_columns
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import Tool, tool

# What the model may ask for (the list in the window also has "today").
Status = Literal["open", "done", "overdue", "all"]


@tool(writes=True, noun="to-do", table="todos", progress="Adding a to-do")
def add_todo(
    ctx: ToolContext,
    title: str,
    due: str | None = None,
    priority: Priority = "normal",
    notes: str = "",
    tags: list[str] | None = None,
    reminder_minutes: int | None = None,
    calendar: str | None = None,
) -> ToolOutput:
    """Add a to-do item.

    Args:
        title: What needs doing, e.g. "Call the plumber".
        due: When it is due, in the user's words or ISO 8601, e.g. "friday 5pm".
        priority: low, normal or high.
        notes: Longer details.
        tags: Short labels, e.g. ["work"].
        reminder_minutes: Remind this many minutes before the due time.
        calendar: Which calendar, e.g. "work". Leave out for the default calendar.
    """
    target = resolve(ctx.store, calendar, "todo")
    row: dict[str, Any] = {
        "uid": new_uid(),
        "title": clean_title(title),
        "notes": clean_text(notes, "notes"),
        "priority": priority,
        "reminder_minutes": check_reminder(reminder_minutes),
        **_due_columns(due, ctx.clock),
        "calendar_id": target.id,
    }
    names = clean_tags(tags or [])
    stamp = utc_stamp()
    with ctx.store.action("add_todo", f"Add to-do {row['title']!r}") as tx:
        todo_id = tx.insert("todos", {**row, "done": 0, "created": stamp, "updated": stamp})
        set_tags(tx, "todos", todo_id, names)
    record = get_record(ctx.store, todo_id, ctx.clock)
    text = f"Added to-do {describe(record, ctx.clock)}."
    return in_calendar(ToolOutput(text, record, tx.action_id), target)


@tool(noun="to-do", table="todos", progress="Looking up to-dos")
def list_todos(
    ctx: ToolContext,
    status: Status = "open",
    due_before: str | None = None,
    tag: str | None = None,
    text: str | None = None,
    limit: int = 50,
) -> ToolOutput:
    """List to-do items, soonest due first.

    Args:
        status: open, done, overdue or all.
        due_before: Only items due by this date or time, e.g. "end of the week".
        tag: Only items with this tag.
        text: Only items whose title or notes contain this text.
        limit: At most this many items.
    """
    where, params = TodoFilter(
        status,
        text=text or "",
        tag=tag.strip().lstrip("#") if tag is not None else "",
        due_by=resolve_when(due_before, ctx.clock).value if due_before is not None else None,
    ).sql(ctx.clock)
    rows = ctx.store.query(
        f"SELECT * FROM todos WHERE {where} "
        "ORDER BY done, due_date IS NULL, due_date, due_at IS NULL, due_at, id LIMIT ?",
        [*params, check_limit(limit)],
    )
    records = records_of(ctx.store, rows, ctx.clock)
    if not records:
        return ToolOutput("No matching to-dos.", [])
    lines = [describe(r, ctx.clock) for r in records]
    return ToolOutput(f"{plural(len(records), 'to-do')}:\n" + "\n".join(lines), records)


@tool(
    writes=True,
    noun="to-do",
    table="todos",
    target="todo_id",
    progress="Changing a to-do",
    approval="Change the to-do",
)
def update_todo(
    ctx: ToolContext,
    todo_id: int,
    title: str | None = None,
    due: str | None = None,
    priority: Priority | None = None,
    notes: str | None = None,
    tags: list[str] | None = None,
    reminder_minutes: int | None = None,
    calendar: str | None = None,
) -> ToolOutput:
    """Change a to-do item. Only the given fields change.

    Args:
        todo_id: The id of the to-do.
        title: New title.
        due: New due date or time; "none" removes it.
        priority: low, normal or high.
        notes: New notes (replaces the old ones).
        tags: New tags (replace the old ones).
        reminder_minutes: Minutes before the due time to remind; -1 removes the reminder.
        calendar: The calendar to move it to, e.g. "work" or "local".
    """
    values: dict[str, Any] = {}
    if title is not None:
        values["title"] = clean_title(title)
    if due is not None:
        values.update(_due_columns(None if is_clear(due) else due, ctx.clock))
    if priority is not None:
        values["priority"] = priority
    if notes is not None:
        values["notes"] = clean_text(notes, "notes")
    if reminder_minutes == -1:  # as update_event takes it
        values["reminder_minutes"] = None
    elif reminder_minutes is not None:
        values["reminder_minutes"] = check_reminder(reminder_minutes)
    names = clean_tags(tags) if tags is not None else None
    target = resolve(ctx.store, calendar, "todo") if calendar is not None else None
    if not values and names is None and target is None:
        raise InvalidInput("update_todo needs at least one field to change.")
    before = _todo(ctx, todo_id)
    moves = target is not None and before.calendar_id != target.id
    if target is not None and not moves and not values and names is None:
        raise InvalidInput(
            f"To-do #{todo_id} is already in the calendar {target.label}; nothing was changed."
        )
    if moves and target is not None:  # a move: sync deletes it there and creates it here
        values["calendar_id"] = target.id
    # The summary names the to-do as people know it (Edit > Undo shows it), not by id.
    named = repr(shown_title(before.title))
    with ctx.store.action("update_todo", f"Update to-do {named}") as tx:
        tx.update("todos", todo_id, {**values, "updated": utc_stamp()})
        if names is not None:
            set_tags(tx, "todos", todo_id, names)
    out = _changed(ctx, todo_id, before, "Updated", tx.action_id)
    if moves and target is not None:
        out = replace(
            out, text=f"{out.text.removesuffix('.')}, now in the calendar {target.label}."
        )
    return out


@tool(
    writes=True,
    noun="to-do",
    table="todos",
    target="todo_id",
    progress="Checking off a to-do",
    approval="Check off the to-do",
)
def complete_todo(ctx: ToolContext, todo_id: int) -> ToolOutput:
    """Mark a to-do item as done.

    Args:
        todo_id: The id of the to-do.
    """
    return _set_done(ctx, todo_id, True)


@tool(
    writes=True,
    noun="to-do",
    table="todos",
    target="todo_id",
    progress="Reopening a to-do",
    approval="Reopen the to-do",
)
def reopen_todo(ctx: ToolContext, todo_id: int) -> ToolOutput:
    """Mark a done to-do item as open again.

    Args:
        todo_id: The id of the to-do.
    """
    return _set_done(ctx, todo_id, False)


@tool(
    destructive=True,
    noun="to-do",
    table="todos",
    target="todo_id",
    progress="Deleting a to-do",
    approval="Delete the to-do",
)
def delete_todo(ctx: ToolContext, todo_id: int) -> ToolOutput:
    """Delete a to-do item for good.

    Args:
        todo_id: The id of the to-do.
    """
    record = get_record(ctx.store, todo_id, ctx.clock)
    with ctx.store.action("delete_todo", f"Delete to-do {record['title']!r}") as tx:
        unlink_all(tx, "todos", todo_id)
        tx.delete("todos", todo_id)
    return ToolOutput(f"Deleted to-do {describe(record, ctx.clock)}.", record, tx.action_id)


TODO_TOOLS: list[Tool] = [
    add_todo,
    list_todos,
    update_todo,
    complete_todo,
    reopen_todo,
    delete_todo,
]


# -- records ------------------------------------------------------------------


def get_record(store: Store, todo_id: int, clock: Clock) -> dict[str, Any]:
    return records_of(store, [_require(store, todo_id)], clock)[0]


def describe(record: dict[str, Any], clock: Clock) -> str:
    """One line for the model and the terminal: '#3 "Call Ana" (due Fri 2026-11-27, high)'."""
    parts = []
    if record["due"]:
        due = record["due"]
        value = datetime.fromisoformat(due) if "T" in due else date.fromisoformat(due)
        parts.append(f"due {format_when(value, clock.tz)}")
    if record["priority"] != "normal":
        parts.append(f"{record['priority']} priority")
    if record["tags"]:
        parts.append("tags: " + ", ".join(record["tags"]))
    if record["done"]:
        parts.append("done")
    extra = f" ({'; '.join(parts)})" if parts else ""
    return f"#{record['id']} {shown_title(record['title'])!r}{extra}"


def records_of(store: Store, rows: list[dict[str, Any]], clock: Clock) -> list[dict[str, Any]]:
    """The `todo` records of the CLI contract for these rows."""
    return [t.record(clock.tz) for t in todos_of(store, rows, clock)]


def todos_of(store: Store, rows: list[dict[str, Any]], clock: Clock) -> list[Todo]:
    """These ``todos`` rows as values, with their tags."""
    tags = tags_for(store, "todos", [r["id"] for r in rows])
    return [Todo.from_row(r, tags[r["id"]], clock.tz) for r in rows]


def _require(store: Store, todo_id: int) -> dict[str, Any]:
    row = store.get("todos", todo_id)
    if row is None:
        raise NotFound(f"There is no to-do with id {todo_id}.")
    return row


def _due_columns(due: str | None, clock: Clock) -> dict[str, str | None]:
    return due_columns(None if due is None else resolve_when(due, clock).value, clock.tz)


def _set_done(ctx: ToolContext, todo_id: int, done: bool) -> ToolOutput:
    before = _todo(ctx, todo_id)
    verb = "Completed" if done else "Reopened"
    if before.done == done:
        record = get_record(ctx.store, todo_id, ctx.clock)
        state = "done" if done else "open"
        return ToolOutput(f"To-do {describe(record, ctx.clock)} was already {state}.", record)
    named = repr(shown_title(before.title))
    with ctx.store.action("complete_todo" if done else "reopen_todo", f"{verb} {named}") as tx:
        tx.update(
            "todos",
            todo_id,
            {"done": int(done), "done_at": utc_stamp() if done else None, "updated": utc_stamp()},
        )
    return _changed(ctx, todo_id, before, verb, tx.action_id)


def _todo(ctx: ToolContext, todo_id: int) -> Todo:
    return todos_of(ctx.store, [_require(ctx.store, todo_id)], ctx.clock)[0]


def _changed(
    ctx: ToolContext, todo_id: int, before: Todo, verb: str, action_id: int | None
) -> ToolOutput:
    """The result of a change: the to-do now, and each field before and after."""
    after = _todo(ctx, todo_id)
    record = after.record(ctx.clock.tz)
    edits = field_changes(shown_fields(before), shown_fields(after))
    return ToolOutput(f"{verb} to-do {describe(record, ctx.clock)}.", record, action_id, edits)


def shown_fields(todo: Todo) -> dict[str, Value]:
    """What a person sees of a to-do, field by field (for before and after)."""
    return {
        "title": todo.title,
        "due": todo.due,
        "priority": todo.priority,
        "done": todo.done,
        "tags": todo.tags,
        "reminder_minutes": todo.reminder_minutes,
        "notes": todo.notes,
    }
