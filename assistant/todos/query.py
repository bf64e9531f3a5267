"""What the to-do list reads: one page of rows in the chosen filter and order.

Runs on a worker thread of the window. Which rows belong is
:class:`~assistant.todos.filter.TodoFilter`'s rule, so a row changed in place
leaves or stays exactly as a reload would decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from assistant.clock import Clock
from assistant.limits import TODO_KEEP_ROWS, TODO_PAGE_SIZE
from assistant.store import Store
from assistant.store.tags import tags_for
from assistant.todos.filter import Status, TodoFilter
from assistant.todos.model import Todo

SortKey = Literal["done", "title", "due", "priority", "tags"]

PAGE_SIZE = TODO_PAGE_SIZE
# A reload keeps at most this many rows the user had scrolled through.
MAX_KEEP = TODO_KEEP_ROWS

PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}

_DUE_ORDER = "due_date IS NULL, due_date {d}, due_at IS NULL, due_at {d}"
# Open items first (except when sorting by done itself); the id breaks ties so
# pages never overlap or skip rows.
_ORDER: dict[SortKey, str] = {
    "done": "done {d}, " + _DUE_ORDER,
    "title": "done, title COLLATE NOCASE {d}",
    "due": "done, " + _DUE_ORDER,
    "priority": (
        "done, CASE priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END {d}, "
        + _DUE_ORDER.format(d="")
    ),
    "tags": ("done, first_tag IS NULL, first_tag COLLATE NOCASE {d}, " + _DUE_ORDER.format(d="")),
}
_FIRST_TAG = (
    "(SELECT min(t.name) FROM todo_tags l JOIN tags t ON t.id = l.tag_id "
    "WHERE l.todo_id = todos.id) AS first_tag"
)


@dataclass(frozen=True)
class TodoQuery:
    """The list's state: a status tab, the search box's text, and the order."""

    status: Status = "all"
    text: str = ""
    sort: SortKey = "due"
    descending: bool = False

    @property
    def filter(self) -> TodoFilter:
        return TodoFilter.from_search(self.status, self.text)


def load_page(store: Store, clock: Clock, query: TodoQuery, offset: int, limit: int) -> list[Todo]:
    """Rows ``offset`` .. ``offset + limit`` of the query's result, in order."""
    where, params = query.filter.sql(clock)
    columns = "todos.*" + (", " + _FIRST_TAG if query.sort == "tags" else "")
    order = _ORDER[query.sort].format(d="DESC" if query.descending else "")
    rows = store.query(
        f"SELECT {columns} FROM todos WHERE {where} ORDER BY {order}, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    tags = tags_for(store, "todos", [r["id"] for r in rows])
    return [Todo.from_row(r, tags[r["id"]], clock.tz) for r in rows]


def load_todo(store: Store, todo_id: int, tz: ZoneInfo) -> Todo | None:
    """One to-do by id (the list shows it even when it is not on a loaded page)."""
    row = store.get("todos", todo_id)
    if row is None:
        return None
    return Todo.from_row(row, tags_for(store, "todos", [todo_id])[todo_id], tz)


def count_by_status(store: Store, clock: Clock) -> dict[Status, int]:
    """How many to-dos each filter shows (ignoring the search text)."""
    today = clock.now.date().isoformat()
    overdue, overdue_params = TodoFilter("overdue").sql(clock)
    row = store.query(
        "SELECT count(*) AS all_, "
        "coalesce(sum(done = 0), 0) AS open, coalesce(sum(done = 1), 0) AS done, "
        "coalesce(sum(done = 0 AND due_date = ?), 0) AS today, "
        f"coalesce(sum({overdue}), 0) AS overdue FROM todos",
        [today, *overdue_params],
    )[0]
    return {
        "all": row["all_"],
        "open": row["open"],
        "today": row["today"],
        "overdue": row["overdue"],
        "done": row["done"],
    }
