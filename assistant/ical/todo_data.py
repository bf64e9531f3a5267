"""A VTODO read into the one to-do shape, :class:`assistant.todos.model.Todo`.

Priority is low/normal/high; the to-do's ``columns`` give its row in the
`todos` table and ``Todo.from_row`` reads it back for the export.
"""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Component

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
from assistant.limits import MAX_TAG_LENGTH, MAX_TAGS
from assistant.store import utc_stamp
from assistant.todos.model import Priority, Todo

TODO_CRITICAL = ("DUE", "DTSTART", "COMPLETED")
# RFC 5545 3.8.1.9: 1-4 high, 5 medium, 6-9 low; 0 means undefined.
EXPORT_PRIORITY = {"high": 1, "normal": 0, "low": 9}


def read_todo(component: Component, zones: ZoneResolver) -> Todo:
    """The to-do in ``component``; raises :class:`Skip` with the reason it is unusable."""
    check_errors(component, TODO_CRITICAL)
    due = moment_of(component, "DUE", zones) if "DUE" in component else None
    start = moment_of(component, "DTSTART", zones) if "DTSTART" in component else None
    done = text(component, "STATUS").upper() == "COMPLETED" or "COMPLETED" in component
    return Todo(
        id=0,
        uid=uid_of(component),
        # No SUMMARY stays empty, as for events: the views and tools show a placeholder
        # (calendar.model.shown_title), and the export writes none back.
        title=title(component),
        notes=limited(text(component, "DESCRIPTION")),
        due=due,
        priority=priority(component),
        done=done,
        done_at=done_at(component, zones) if done else None,
        # Relative alarms of a to-do point at its due time (RELATED=END) or its start.
        reminder_minutes=_todo_reminder(component, start, due),
        tags=tuple(categories(component)),
    )


def priority(component: Component) -> Priority:
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
