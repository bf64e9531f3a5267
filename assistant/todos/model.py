"""One shape for a to-do: a `todos` row (plus its tags) as a typed value.

The row keeps the due moment as two columns: ``due_date`` (the local calendar
day) and ``due_at`` (the UTC instant in ``utc_key`` form, when a time of day
was given). A :class:`Todo` holds it as one value in the user's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from assistant.calendar.times import iso, utc_key

# How urgent a to-do is (the tools, the list and the .ics PRIORITY mapping).
Priority = Literal["low", "normal", "high"]


@dataclass(frozen=True)
class Todo:
    """A to-do; ``id`` is 0 until it is stored (a to-do read from an .ics file)."""

    id: int
    title: str
    notes: str = ""
    due: datetime | date | None = None
    priority: Priority = "normal"
    done: bool = False
    tags: tuple[str, ...] = ()
    uid: str = ""
    done_at: str | None = None
    reminder_minutes: int | None = None
    calendar_id: int | None = None  # None: the local calendar (not in the record)

    @classmethod
    def from_row(cls, row: Mapping[str, Any], tags: Iterable[str], tz: ZoneInfo) -> Todo:
        """The to-do of a ``todos`` row; ``due`` in ``tz``."""
        return cls(
            id=row["id"],
            title=row["title"],
            notes=row["notes"],
            due=due_of(row, tz),
            priority=row["priority"],
            done=bool(row["done"]),
            tags=tuple(tags),
            uid=row.get("uid") or "",
            done_at=row.get("done_at"),
            reminder_minutes=row.get("reminder_minutes"),
            calendar_id=row.get("calendar_id"),
        )

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Todo:
        """The to-do of a tool's `todo` record (``due`` is ISO text in the user's zone)."""
        text = record["due"]
        due: datetime | date | None = None
        if text:
            due = datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
        return cls(
            id=record["id"],
            title=record["title"],
            notes=record.get("notes", ""),
            due=due,
            priority=record["priority"],
            done=bool(record["done"]),
            tags=tuple(record.get("tags", ())),
            reminder_minutes=record.get("reminder_minutes"),
        )

    def record(self, tz: ZoneInfo) -> dict[str, Any]:
        """The `todo` record of the CLI contract (docs/ARCHITECTURE.md)."""
        return {
            "id": self.id,
            "title": self.title,
            "notes": self.notes,
            "due": iso(self.due, tz),
            "priority": self.priority,
            "done": self.done,
            "tags": list(self.tags),
            "reminder_minutes": self.reminder_minutes,
        }

    def columns(self, tz: ZoneInfo) -> dict[str, Any]:
        """Column values (without id, tags, created, updated) for the ``todos`` table."""
        return {
            "uid": self.uid,
            "title": self.title,
            "notes": self.notes,
            **due_columns(self.due, tz),
            "priority": self.priority,
            "done": int(self.done),
            "done_at": self.done_at,
            "reminder_minutes": self.reminder_minutes,
        }


def due_of(row: Mapping[str, Any], tz: ZoneInfo) -> datetime | date | None:
    """The due moment of a ``todos`` row: an aware datetime in ``tz``, a date, or None."""
    if row["due_at"]:
        moment = datetime.fromisoformat(row["due_at"])  # utc_key form: naive UTC
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(tz)
    if row["due_date"]:
        return date.fromisoformat(row["due_date"])
    return None


def due_columns(due: datetime | date | None, tz: ZoneInfo) -> dict[str, str | None]:
    """``due_date`` and ``due_at`` for a due moment (the day is the day in ``tz``)."""
    if isinstance(due, datetime):
        return {"due_date": due.astimezone(tz).date().isoformat(), "due_at": utc_key(due)}
    if isinstance(due, date):
        return {"due_date": due.isoformat(), "due_at": None}
    return {"due_date": None, "due_at": None}
