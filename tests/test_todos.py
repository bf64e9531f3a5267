"""To-do tools through the registry, as the model calls them, on a real SQLite file."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.store import Store
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolRegistry
from assistant.tools.todos import TODO_TOOLS

TOOLS = ToolRegistry.of(TODO_TOOLS)


def call(ctx: ToolContext, name: str, **arguments: Any) -> Any:
    result = TOOLS.call(ctx, name, arguments)
    assert result.ok, result.text
    return result


def dump(store: Store) -> list[Any]:
    return [
        store.query(f"SELECT * FROM {t} ORDER BY id")
        for t in ("todos", "todo_tags", "tags", "actions", "action_changes")
    ]


def test_add_resolves_words_and_echoes_weekday(ctx: ToolContext) -> None:
    result = call(
        ctx, "add_todo", title="Call mom", due="friday 5pm", priority="high", tags=["family"]
    )
    record = result.data
    assert record == {
        "id": 1,
        "title": "Call mom",
        "notes": "",
        "due": "2026-11-27T17:00:00+01:00",  # the clock is Friday 10:00, so today
        "priority": "high",
        "done": False,
        "tags": ["family"],
        "reminder_minutes": None,
    }
    assert "Fri 2026-11-27 17:00" in result.text
    assert result.action_id is not None


def test_date_only_due_stays_a_date(ctx: ToolContext) -> None:
    record = call(ctx, "add_todo", title="Taxes", due="end of the month").data
    assert record["due"] == "2026-11-30"


def test_list_filters(ctx: ToolContext) -> None:
    call(ctx, "add_todo", title="Overdue thing", due="2026-11-20")
    call(ctx, "add_todo", title="Earlier today", due="2026-11-27T08:00")
    call(ctx, "add_todo", title="Later today", due="today 18:00", tags=["work"])
    call(ctx, "add_todo", title="Next month", due="2026-12-15", notes="bring the receipts")
    call(ctx, "add_todo", title="No date")
    done = call(ctx, "add_todo", title="Finished", due="2026-11-01").data
    call(ctx, "complete_todo", todo_id=done["id"])

    def titles(**filters: Any) -> list[str]:
        return [r["title"] for r in call(ctx, "list_todos", **filters).data]

    assert titles() == ["Overdue thing", "Earlier today", "Later today", "Next month", "No date"]
    assert titles(status="overdue") == ["Overdue thing", "Earlier today"]
    assert titles(status="done") == ["Finished"]
    assert len(titles(status="all")) == 6
    assert titles(due_before="today") == ["Overdue thing", "Earlier today", "Later today"]
    assert titles(due_before="today noon") == ["Overdue thing", "Earlier today"]
    assert titles(tag="work") == ["Later today"]
    assert titles(text="receipts") == ["Next month"]
    assert titles(text="%") == []  # LIKE metacharacters are literal
    assert call(ctx, "list_todos", text="zzz").text == "No matching to-dos."


def test_update_complete_reopen_delete_and_undo_each(ctx: ToolContext, store: Store) -> None:
    todo = call(ctx, "add_todo", title="Draft", tags=["a"]).data
    snapshots = [dump(store)]
    steps = [
        ("update_todo", {"title": "Final", "due": "tomorrow", "tags": ["b", "c"]}),
        ("complete_todo", {}),
        ("reopen_todo", {}),
        ("update_todo", {"due": "none", "priority": "low"}),
        ("delete_todo", {}),
    ]
    action_ids = []
    for name, extra in steps:
        action_ids.append(call(ctx, name, todo_id=todo["id"], **extra).action_id)
        snapshots.append(dump(store))
    assert store.get("todos", todo["id"]) is None
    for i in reversed(range(len(steps))):
        store.undo(action_ids[i])
        current = dump(store)
        # To-dos and tag links equal the state before that step (tag names are a
        # vocabulary that undo leaves in place; the journal only gains undone_at).
        assert current[:2] == snapshots[i][:2]
    record = call(ctx, "list_todos", status="all").data[0]
    assert record["title"] == "Draft" and record["tags"] == ["a"]


def test_complete_twice_is_reported_not_duplicated(ctx: ToolContext, store: Store) -> None:
    todo = call(ctx, "add_todo", title="x").data
    call(ctx, "complete_todo", todo_id=todo["id"])
    again = call(ctx, "complete_todo", todo_id=todo["id"])
    assert "already done" in again.text and again.action_id is None


@pytest.mark.parametrize(
    ("name", "arguments", "message"),
    [
        ("add_todo", {"title": "   "}, "title cannot be empty"),
        ("add_todo", {"title": "x" * 501}, "limit is 500"),
        ("add_todo", {"title": "x", "due": "blorf"}, "blorf"),
        ("add_todo", {"title": "x", "due": "32nd of March"}, "March"),
        ("add_todo", {"title": "x", "priority": "urgent"}, "must be one of low, normal, high"),
        ("add_todo", {"title": "x", "reminder_minutes": -5}, "reminder_minutes"),
        ("update_todo", {"todo_id": 99, "title": "x"}, "no to-do with id 99"),
        ("update_todo", {"todo_id": 1}, "at least one field"),
        ("complete_todo", {"todo_id": "abc"}, "whole number"),
        ("delete_todo", {"todo_id": 42}, "no to-do with id 42"),
        ("list_todos", {"limit": 0}, "limit must be between"),
        ("list_todos", {"status": "someday"}, "must be one of"),
    ],
)
def test_bad_input_is_an_error_result_and_changes_nothing(
    ctx: ToolContext, store: Store, name: str, arguments: dict[str, Any], message: str
) -> None:
    call(ctx, "add_todo", title="existing")
    before = dump(store)
    result = TOOLS.call(ctx, name, arguments)
    assert not result.ok
    assert result.text.startswith("Error: ")
    assert message in result.text
    assert dump(store) == before


def test_sql_metacharacters_are_just_text(ctx: ToolContext, store: Store) -> None:
    title = "Robert'); DROP TABLE todos;--"
    record = call(ctx, "add_todo", title=title, tags=["a'b"]).data
    assert record["title"] == title
    assert call(ctx, "list_todos", text="DROP TABLE").data[0]["id"] == record["id"]
    assert call(ctx, "list_todos", tag="a'b").data[0]["id"] == record["id"]
