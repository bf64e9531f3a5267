"""A VTODO as Python values, its row in the `todos` table, and back.

The columns follow the to-do tools: ``due_date`` is the local calendar day,
``due_at`` the UTC instant (``utc_key`` form) when a time of day was given,
priority is low/normal/high.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Component

from assistant.calendar.model import UNTITLED
from assistant.calendar.times import utc_key
from assistant.ical.components import (
    check_errors,
    limited,
    moment_of,
    reminder,
    text,
    title,
    uid_of,
)
from assistant.ical.tzids import ZoneResolver
from assistant.store import utc_stamp

TODO_CRITICAL = ("DUE", "DTSTART", "COMPLETED")
MAX_TAG_LENGTH = 40
MAX_TAGS = 20
# RFC 5545 3.8.1.9: 1-4 high, 5 medium, 6-9 low; 0 means undefined.
EXPORT_PRIORITY = {"high": 1, "normal": 0, "low": 9}


@dataclass
class TodoData:
    uid: str
    title: str
    notes: str = ""
    due: datetime | date | None = None
    priority: str = "normal"
    done: bool = False
    done_at: str | None = None
    reminder_minutes: int | None = None
    tags: list[str] = field(default_factory=list)

    def to_row(self, tz: ZoneInfo) -> dict[str, Any]:
        """Column values (without id/created/updated) for the todos table."""
        due_date = due_at = None
        if isinstance(self.due, datetime):
            due_date = self.due.astimezone(tz).date().isoformat()
            due_at = utc_key(self.due)
        elif isinstance(self.due, date):
            due_date = self.due.isoformat()
        return {
            "uid": self.uid,
            "title": self.title,
            "notes": self.notes,
            "due_date": due_date,
            "due_at": due_at,
            "priority": self.priority,
            "done": int(self.done),
            "done_at": self.done_at,
            "reminder_minutes": self.reminder_minutes,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any], tags: list[str], tz: ZoneInfo) -> TodoData:
        due: datetime | date | None = None
        if row["due_at"]:
            moment = datetime.fromisoformat(row["due_at"])  # utc_key form: naive UTC
            due = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(tz)
        elif row["due_date"]:
            due = date.fromisoformat(row["due_date"])
        return cls(
            uid=row["uid"],
            title=row["title"],
            notes=row["notes"],
            due=due,
            priority=row["priority"],
            done=bool(row["done"]),
            done_at=row["done_at"],
            reminder_minutes=row["reminder_minutes"],
            tags=tags,
        )


def read_todo(component: Component, zones: ZoneResolver) -> TodoData:
    """The to-do in ``component``; raises :class:`Skip` with the reason it is unusable."""
    check_errors(component, TODO_CRITICAL)
    due = moment_of(component, "DUE", zones) if "DUE" in component else None
    start = moment_of(component, "DTSTART", zones) if "DTSTART" in component else None
    done = text(component, "STATUS").upper() == "COMPLETED" or "COMPLETED" in component
    return TodoData(
        uid=uid_of(component),
        # To-dos are still stored with the placeholder (the to-do views and tools expect a title).
        title=title(component) or UNTITLED,
        notes=limited(text(component, "DESCRIPTION")),
        due=due,
        priority=priority(component),
        done=done,
        done_at=done_at(component, zones) if done else None,
        # Relative alarms of a to-do point at its due time (RELATED=END) or its start.
        reminder_minutes=_todo_reminder(component, start, due),
        tags=categories(component),
    )


def priority(component: Component) -> str:
    try:
        value = int(str(component.get("PRIORITY", 0)))
    except ValueError:
        return "normal"
    if 1 <= value <= 4:
        return "high"
    if 6 <= value <= 9:
        return "low"
    return "normal"


def done_at(component: Component, zones: ZoneResolver) -> str | None:
    """When it was completed. Never "now": re-importing the same file must not change it."""
    for name in ("COMPLETED", "LAST-MODIFIED"):
        if name in component:
            value = moment_of(component, name, zones)
            if isinstance(value, datetime):
                return utc_stamp(value)
    return None


def categories(component: Component) -> list[str]:
    """CATEGORIES (repeated, comma lists) as tag names, like the to-do tools clean them."""
    props = component.get("CATEGORIES")
    if props is None:
        return []
    seen: dict[str, str] = {}
    for prop in props if isinstance(props, list) else [props]:
        for raw in getattr(prop, "cats", []):
            name = str(raw).strip().lstrip("#").strip()[:MAX_TAG_LENGTH]
            if name:
                seen.setdefault(name.lower(), name)
    return list(seen.values())[:MAX_TAGS]


def _todo_reminder(
    component: Component, start: datetime | date | None, due: datetime | date | None
) -> int | None:
    # reminder_minutes counts back from the due time; a trigger related to the
    # start (the RFC default) is shifted by the start-to-due distance.
    if due is None:
        return None
    return reminder(component, due, start if start is not None else due, due)
