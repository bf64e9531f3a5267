"""Which to-dos a list shows: one rule, as SQL and as a predicate in memory.

The tools and the window's list read matching rows with :meth:`TodoFilter.sql`;
the list keeps rows that change in place only while :meth:`TodoFilter.matches`
holds, so a to-do checked off under "Open" leaves at once, exactly as a reload
would decide. Both come from this one definition so they cannot drift apart
(tests/test_todo_filter.py runs both over the same table).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from assistant.calendar.times import utc_key
from assistant.clock import Clock
from assistant.todos.model import Todo

Status = Literal["all", "open", "today", "overdue", "done"]
STATUSES: tuple[Status, ...] = ("all", "open", "today", "overdue", "done")

# The trigram index finds substrings of this many characters or more; shorter
# text is searched with LIKE.
FTS_MIN_CHARS = 3

_OVERDUE = "done = 0 AND (due_date < ? OR (due_date = ? AND due_at IS NOT NULL AND due_at < ?))"
_TAGGED = (
    "id IN (SELECT l.todo_id FROM todo_tags l JOIN tags t ON t.id = l.tag_id WHERE t.name = ?)"
)


@dataclass(frozen=True)
class TodoFilter:
    """A status, text in the title or notes, a tag, and a latest due moment; all optional."""

    status: Status = "all"
    text: str = ""
    tag: str = ""
    due_by: datetime | date | None = None

    @classmethod
    def from_search(cls, status: Status, search: str) -> TodoFilter:
        """The list's search box: ``#name`` is a tag, anything else text."""
        needle = search.strip()
        if needle.startswith("#") and len(needle) > 1:
            return cls(status, tag=needle[1:])
        return cls(status, text=needle)

    def sql(self, clock: Clock) -> tuple[str, list[Any]]:
        """A WHERE clause over ``todos`` (never empty) and its parameters."""
        today, now = clock.now.date().isoformat(), utc_key(clock.now)
        clauses: list[str] = []
        params: list[Any] = []
        if self.status == "open":
            clauses.append("done = 0")
        elif self.status == "done":
            clauses.append("done = 1")
        elif self.status == "today":
            clauses.append("done = 0 AND due_date = ?")
            params.append(today)
        elif self.status == "overdue":
            clauses.append(_OVERDUE)
            params += [today, today, now]
        if isinstance(self.due_by, datetime):
            day = self.due_by.astimezone(clock.tz).date().isoformat()
            clauses.append("(due_date < ? OR (due_date = ? AND (due_at IS NULL OR due_at <= ?)))")
            params += [day, day, utc_key(self.due_by)]
        elif self.due_by is not None:
            clauses.append("due_date <= ?")
            params.append(self.due_by.isoformat())
        if self.tag:
            clauses.append(_TAGGED)
            params.append(self.tag)
        needle = self.text.strip()
        if len(needle) >= FTS_MIN_CHARS:
            clauses.append("id IN (SELECT rowid FROM todos_fts WHERE todos_fts MATCH ?)")
            params.append('"' + needle.replace('"', '""') + '"')
        elif needle:
            pattern = "%" + escape_like(needle) + "%"
            clauses.append("(title LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        return " AND ".join(clauses) or "1", params

    def matches(self, todo: Todo, clock: Clock) -> bool:
        """Whether ``todo`` is in the result of :meth:`sql` (the same rule, in memory)."""
        status_ok = {
            "all": True,
            "open": not todo.done,
            "done": todo.done,
            "today": not todo.done and is_due_today(todo, clock),
            "overdue": is_overdue(todo, clock),
        }[self.status]
        return (
            status_ok
            and self._due_ok(todo, clock)
            and (not self.tag or _nocase(self.tag) in {_nocase(t) for t in todo.tags})
            and _text_in(todo, self.text.strip())
        )

    def _due_ok(self, todo: Todo, clock: Clock) -> bool:
        bound, due = self.due_by, todo.due
        if bound is None:
            return True
        if due is None:
            return False
        if isinstance(bound, datetime):
            day = bound.astimezone(clock.tz).date()
            if isinstance(due, datetime):
                return due.astimezone(clock.tz).date() < day or due <= bound
            return due <= day
        return _day(due, clock) <= bound


def is_overdue(todo: Todo, clock: Clock) -> bool:
    if todo.done or todo.due is None:
        return False
    if isinstance(todo.due, datetime):
        return todo.due < clock.now
    return todo.due < clock.now.date()


def is_due_today(todo: Todo, clock: Clock) -> bool:
    return todo.due is not None and _day(todo.due, clock) == clock.now.date()


def escape_like(text: str) -> str:
    """``text`` as a literal inside a LIKE pattern with ``ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day(due: datetime | date, clock: Clock) -> date:
    return due.astimezone(clock.tz).date() if isinstance(due, datetime) else due


def _text_in(todo: Todo, needle: str) -> bool:
    if not needle:
        return True
    if len(needle) >= FTS_MIN_CHARS:
        # The trigram tokenizer folds case letter by letter, as str.lower does.
        return needle.lower() in todo.title.lower() or needle.lower() in todo.notes.lower()
    # LIKE ignores the case of ASCII letters only.
    return _nocase(needle) in _nocase(todo.title) or _nocase(needle) in _nocase(todo.notes)


def _nocase(text: str) -> str:
    """SQLite's NOCASE and LIKE folding: ASCII letters only."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
