"""TodoFilter: its SQL and its in-memory predicate pick the same to-dos.

Every filter of a table runs both ways over the same to-dos in a real SQLite
file (the FTS index, NOCASE tags and LIKE included). The clock is Friday
2026-11-27 10:00 in Berlin (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import product
from typing import Any

import pytest

from assistant.clock import Clock
from assistant.store import Store
from assistant.todos.filter import STATUSES, TodoFilter, is_due_today, is_overdue
from assistant.todos.model import Todo
from assistant.tools.context import ToolContext
from assistant.tools.registry import ToolRegistry
from assistant.tools.todos import TODO_TOOLS, todos_of

TOOLS = ToolRegistry.of(TODO_TOOLS)

TODOS: list[dict[str, Any]] = [
    {"title": "Call mom", "due": "2026-11-27 17:00", "tags": ["family"]},
    {"title": "Pay rent", "due": "2026-11-26", "notes": "100% of it", "tags": ["Home"]},
    {"title": "Renew passport", "due": "2026-11-27 08:00", "priority": "high"},
    {"title": "Water plants", "due": "2026-11-27"},
    {"title": "Book flights", "due": "2026-12-03 09:30", "tags": ["travel", "family"]},
    {"title": "Read a_b notes", "notes": "the Émile chapter"},
    {"title": "Mow the lawn", "due": "2026-11-28 12:00", "tags": ["home"]},
    {"title": "Old errand", "due": "2026-11-20"},
]
DONE = ("Old errand", "Water plants")

TEXTS = ("", "mo", "MO", "call", "CALL", "%", "a_b", "_", "émile", "ÉMILE", "of it", "zz")
TAGS = ("", "family", "HOME", "travel", "none")
DUE_BY: tuple[datetime | date | None, ...] = (
    None,
    date(2026, 11, 27),
    datetime.fromisoformat("2026-11-27T12:00:00+01:00"),
    datetime.fromisoformat("2026-11-28T11:00:00+01:00"),
)


@pytest.fixture
def stored(ctx: ToolContext) -> list[Todo]:
    for item in TODOS:
        result = TOOLS.call(ctx, "add_todo", item)
        assert result.ok, result.text
        if item["title"] in DONE:
            TOOLS.call(ctx, "complete_todo", {"todo_id": result.data["id"]})
    return todos_of(ctx.store, ctx.store.query("SELECT * FROM todos"), ctx.clock)


def in_sql(store: Store, clock: Clock, todo_filter: TodoFilter) -> set[str]:
    where, params = todo_filter.sql(clock)
    return {r["title"] for r in store.query(f"SELECT title FROM todos WHERE {where}", params)}


def test_sql_and_memory_agree(stored: list[Todo], store: Store, clock: Clock) -> None:
    for status, text, tag, due_by in product(STATUSES, TEXTS, TAGS, DUE_BY):
        todo_filter = TodoFilter(status, text=text, tag=tag, due_by=due_by)
        in_memory = {t.title for t in stored if todo_filter.matches(t, clock)}
        assert in_sql(store, clock, todo_filter) == in_memory, todo_filter


def test_the_filters_pick_what_they_say(stored: list[Todo], store: Store, clock: Clock) -> None:
    assert in_sql(store, clock, TodoFilter("overdue")) == {"Pay rent", "Renew passport"}
    assert in_sql(store, clock, TodoFilter("today")) == {"Call mom", "Renew passport"}
    assert in_sql(store, clock, TodoFilter(tag="HOME")) == {"Pay rent", "Mow the lawn"}
    assert in_sql(store, clock, TodoFilter(text="%")) == {"Pay rent"}
    assert in_sql(store, clock, TodoFilter(text="_")) == {"Read a_b notes"}
    assert in_sql(store, clock, TodoFilter(due_by=DUE_BY[2])) == {
        "Pay rent",
        "Renew passport",
        "Water plants",
        "Old errand",
    }


def test_search_box_reads_a_hash_as_a_tag() -> None:
    assert TodoFilter.from_search("open", " #family ") == TodoFilter("open", tag="family")
    assert TodoFilter.from_search("all", "#") == TodoFilter("all", text="#")
    assert TodoFilter.from_search("done", " rent ") == TodoFilter("done", text="rent")


def test_overdue_and_today_in_memory(clock: Clock) -> None:
    morning = datetime.fromisoformat("2026-11-27T08:00:00+01:00")
    assert is_overdue(Todo(1, "a", due=morning), clock)
    assert not is_overdue(Todo(1, "a", due=morning, done=True), clock)
    assert not is_overdue(Todo(1, "a", due=date(2026, 11, 27)), clock)
    assert is_due_today(Todo(1, "a", due=date(2026, 11, 27)), clock)
    assert not is_due_today(Todo(1, "a"), clock)
