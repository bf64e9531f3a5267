"""Steps the to-do view and dialog tests share."""

from __future__ import annotations

from typing import Any

from assistant.ui.context import AppContext


def add(ctx: AppContext, title: str, **args: Any) -> int:
    result = ctx.call_tool("add_todo", {"title": title, **args})
    assert result.ok, result.text
    return int(result.data["id"])


def stored(ctx: AppContext, todo_id: int) -> dict[str, Any]:
    row = ctx.store.get("todos", todo_id)
    assert row is not None
    return row
