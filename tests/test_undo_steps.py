"""Undo steps and what writes report, on a real SQLite file.

A bulk action or an assistant turn with several writes is one Undo step; Redo
puts a step back; every write and undo reports exactly the tables it touched.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.errors import UndoError
from assistant.store import Changes, Store
from assistant.store.changes import changes_of
from assistant.tools.context import ToolContext
from assistant.tools.notes import NOTE_TOOLS
from assistant.tools.registry import ToolRegistry, ToolResult
from assistant.tools.todos import TODO_TOOLS

TOOLS = ToolRegistry.of([*TODO_TOOLS, *NOTE_TOOLS])


def call(ctx: ToolContext, name: str, **arguments: Any) -> ToolResult:
    result = TOOLS.call(ctx, name, arguments)
    assert result.ok, result.text
    return result


def titles(store: Store) -> list[str]:
    return [r["title"] for r in store.query("SELECT title FROM todos ORDER BY id")]


def test_deleting_40_todos_in_a_group_is_one_undo(ctx: ToolContext, store: Store) -> None:
    for n in range(40):
        call(ctx, "add_todo", title=f"Task {n}")
    before = titles(store)
    with store.group("delete_todo", "Delete 40 to-dos"):
        results = [call(ctx, "delete_todo", todo_id=n) for n in range(1, 41)]
    assert titles(store) == []
    assert changes_of(results) == Changes.of({"todos"})
    step = store.next_undo()
    assert step is not None and step.label == "Delete 40 to-dos"

    undone = store.undo()
    assert titles(store) == before  # all 40 back with one Undo
    assert undone.label == "Delete 40 to-dos"
    assert undone.changes == Changes.of({"todos"})
    assert store.next_undo() is not None and store.next_undo().label == "Add to-do 'Task 39'"  # type: ignore[union-attr]


def test_writes_in_one_undo_step_are_one_undo_and_one_redo(ctx: ToolContext, store: Store) -> None:
    call(ctx, "add_todo", title="Before")
    with store.undo_step():  # what an assistant turn opens around its writes
        added = call(ctx, "add_todo", title="Milk")
        call(ctx, "create_note", title="Shopping", body="milk")
    assert added.action_id is not None  # each write keeps its own entry
    step = store.next_undo()
    assert step is not None and len(step.actions) == 2

    result = store.undo()
    assert titles(store) == ["Before"]
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0
    assert result.changes.tables >= {"todos", "notes"}
    assert "Undid 2 actions" in result.describe()

    redone = store.redo()
    assert redone.redone and titles(store) == ["Before", "Milk"]
    assert store.query("SELECT title FROM notes")[0]["title"] == "Shopping"
    assert store.next_redo() is None


def test_undoing_one_action_of_a_step_undoes_the_whole_step(ctx: ToolContext, store: Store) -> None:
    with store.undo_step():
        first = call(ctx, "add_todo", title="One")
        call(ctx, "add_todo", title="Two")
    assert first.action_id is not None
    store.undo(first.action_id)
    assert titles(store) == []


def test_changes_report_exactly_the_tables_touched(ctx: ToolContext, store: Store) -> None:
    assert call(ctx, "add_todo", title="Plain").changes == Changes.of({"todos"})
    tagged = call(ctx, "add_todo", title="Tagged", tags=["work"])
    assert tagged.changes == Changes.of({"todos", "todo_tags"})
    assert call(ctx, "list_todos").changes == Changes()  # a read changes nothing
    with store.action("test", "Touch a note") as tx:
        tx.insert("notes", {"uid": "n", "title": "N", "body": "", "created": "c", "updated": "u"})
    assert tx.touched == Changes.of({"notes"})
    assert store.undo().changes == Changes.of({"notes"})


def test_redo_is_refused_once_something_new_was_done(ctx: ToolContext, store: Store) -> None:
    call(ctx, "add_todo", title="Old")
    store.undo()
    assert store.next_redo() is not None
    call(ctx, "add_todo", title="New")
    assert store.next_redo() is None
    with pytest.raises(UndoError, match="nothing to redo"):
        store.redo()


def test_redo_in_the_reverse_order_of_the_undos(ctx: ToolContext, store: Store) -> None:
    call(ctx, "add_todo", title="A")
    call(ctx, "add_todo", title="B")
    store.undo()
    store.undo()
    assert titles(store) == []
    store.redo()
    assert titles(store) == ["A"]
    store.redo()
    assert titles(store) == ["A", "B"]


def test_redo_refuses_a_row_changed_since_and_changes_nothing(
    ctx: ToolContext, store: Store
) -> None:
    call(ctx, "add_todo", title="A")
    call(ctx, "update_todo", todo_id=1, title="A2")
    store.undo()  # back to "A"
    store.db.execute("UPDATE todos SET title = 'edited' WHERE id = 1")  # outside the journal
    with pytest.raises(UndoError, match="Cannot redo"):
        store.redo()
    assert titles(store) == ["edited"]


def test_a_group_inside_a_group_joins_it(store: Store) -> None:
    note = {"uid": "x", "title": "X", "body": "", "created": "c", "updated": "u"}
    with store.group("outer", "Outer") as outer, store.group("inner", "Inner") as inner:
        inner.insert("notes", note)
    assert outer.action_id is not None
    assert [a.summary for a in store.journal.recent()] == ["Outer"]
