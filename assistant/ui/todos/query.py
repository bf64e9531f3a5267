"""What the to-do table reads: one page of rows in the chosen filter and order.

Plain Python on purpose (no Qt): it runs on a worker thread, and the view's
in-memory filter (`row_matches`) uses the same definitions as the SQL here, so
a row that changes in place leaves or stays exactly as a reload would decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from assistant.calendar.times import utc_key
from assistant.clock import Clock
from assistant.store import Store
from assistant.store.tags import tags_for
from assistant.tools.todos import due_value

Status = Literal["all", "open", "today", "overdue", "done"]
STATUSES: tuple[Status, ...] = ("all", "open", "today", "overdue", "done")
SortKey = Literal["done", "title", "due", "priority", "tags"]

PAGE_SIZE = 500
# A reload keeps at most this many rows the user had scrolled through.
MAX_KEEP = 5000

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
class TodoRow:
    """One to-do as the table shows it; ``due`` is in the user's zone."""

    id: int
    title: str
    notes: str = ""
    due: datetime | date | None = None
    priority: str = "normal"
    done: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TodoQuery:
    status: Status = "all"
    text: str = ""
    sort: SortKey = "due"
    descending: bool = False


def load_page(
    store: Store, clock: Clock, query: TodoQuery, offset: int, limit: int
) -> list[TodoRow]:
    """Rows ``offset`` .. ``offset + limit`` of the query's result, in order."""
    where, params = _where(query, clock)
    columns = "todos.*" + (", " + _FIRST_TAG if query.sort == "tags" else "")
    order = _ORDER[query.sort].format(d="DESC" if query.descending else "")
    rows = store.query(
        f"SELECT {columns} FROM todos WHERE {where} ORDER BY {order}, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    tags = tags_for(store, "todos", [r["id"] for r in rows])
    return [
        TodoRow(
            id=r["id"],
            title=r["title"],
            notes=r["notes"],
            due=due_value(r, clock),
            priority=r["priority"],
            done=bool(r["done"]),
            tags=tuple(tags[r["id"]]),
        )
        for r in rows
    ]


def count_by_status(store: Store, clock: Clock) -> dict[Status, int]:
    """How many to-dos each filter shows (ignoring the search text)."""
    today, now = _today_now(clock)
    row = store.query(
        "SELECT count(*) AS all_, "
        "coalesce(sum(done = 0), 0) AS open, coalesce(sum(done = 1), 0) AS done, "
        "coalesce(sum(done = 0 AND due_date = ?), 0) AS today, "
        f"coalesce(sum({_OVERDUE}), 0) AS overdue FROM todos",
        [today, today, today, now],
    )[0]
    return {
        "all": row["all_"],
        "open": row["open"],
        "today": row["today"],
        "overdue": row["overdue"],
        "done": row["done"],
    }


_OVERDUE = "done = 0 AND (due_date < ? OR (due_date = ? AND due_at IS NOT NULL AND due_at < ?))"


def _today_now(clock: Clock) -> tuple[str, str]:
    return clock.now.date().isoformat(), utc_key(clock.now)


def _where(query: TodoQuery, clock: Clock) -> tuple[str, list[Any]]:
    today, now = _today_now(clock)
    clauses: list[str] = []
    params: list[Any] = []
    if query.status == "open":
        clauses.append("done = 0")
    elif query.status == "done":
        clauses.append("done = 1")
    elif query.status == "today":
        clauses.append("done = 0 AND due_date = ?")
        params.append(today)
    elif query.status == "overdue":
        clauses.append(_OVERDUE)
        params += [today, today, now]
    needle = query.text.strip()
    if needle.startswith("#") and len(needle) > 1:
        clauses.append(
            "id IN (SELECT l.todo_id FROM todo_tags l JOIN tags t ON t.id = l.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(needle[1:])
    elif len(needle) >= 3:  # the trigram index finds substrings of 3+ characters
        clauses.append("id IN (SELECT rowid FROM todos_fts WHERE todos_fts MATCH ?)")
        params.append('"' + needle.replace('"', '""') + '"')
    elif needle:
        pattern = "%" + _escape_like(needle) + "%"
        clauses.append("(title LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\')")
        params += [pattern, pattern]
    return " AND ".join(clauses) or "1", params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- the same rules in memory ------------------------------------------------


def is_overdue(row: TodoRow, clock: Clock) -> bool:
    if row.done or row.due is None:
        return False
    if isinstance(row.due, datetime):
        return row.due < clock.now
    return row.due < clock.now.date()


def is_due_today(row: TodoRow, clock: Clock) -> bool:
    if row.due is None:
        return False
    day = row.due.astimezone(clock.tz).date() if isinstance(row.due, datetime) else row.due
    return day == clock.now.date()


def row_matches(row: TodoRow, query: TodoQuery, clock: Clock) -> bool:
    """Whether ``row`` belongs in the result of ``query`` (as the SQL decides)."""
    status_ok = {
        "all": True,
        "open": not row.done,
        "done": row.done,
        "today": not row.done and is_due_today(row, clock),
        "overdue": is_overdue(row, clock),
    }[query.status]
    return status_ok and _text_matches(row, query.text.strip())


def _text_matches(row: TodoRow, needle: str) -> bool:
    if not needle:
        return True
    if needle.startswith("#") and len(needle) > 1:
        return needle[1:].casefold() in (t.casefold() for t in row.tags)
    folded = needle.casefold()
    return folded in row.title.casefold() or folded in row.notes.casefold()


def row_from_record(record: dict[str, Any]) -> TodoRow:
    """A row from a to-do tool's record (its ``due`` is ISO text in the user's zone)."""
    text = record["due"]
    due: datetime | date | None = None
    if text:
        due = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    return TodoRow(
        id=record["id"],
        title=record["title"],
        notes=record.get("notes", ""),
        due=due,
        priority=record["priority"],
        done=bool(record["done"]),
        tags=tuple(record.get("tags", ())),
    )
