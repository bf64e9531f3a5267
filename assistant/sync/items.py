"""One calendar object on a server, read into rows; one item's rows here, and its hash.

A CalDAV resource holds one item: an event (its series master and every
changed occurrence, all with one UID) or a to-do. It is read the way the .ics
import reads a file (``assistant/ical``), into ``events`` rows or a ``todos``
row and its tags. The hash of an item's rows is what the status table keeps,
so a later sync can tell whether the item changed here since both sides last
agreed, whoever changed it (a tool, an undo, an import).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from icalendar import Calendar, Component

from assistant.calendar.expand import series_end
from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.errors import AssistantError, IcsError
from assistant.ical.cancelled import Gone, cancel, marks
from assistant.ical.components import Skip, label, read_event, text
from assistant.ical.ics_decode import decode_ics, parse_calendars
from assistant.ical.todo_data import read_todo
from assistant.ical.tzids import ZoneResolver, iana_zone
from assistant.store import Store
from assistant.store.tags import tags_for
from assistant.todos.model import Todo

Row = dict[str, Any]
# What an item is, without bookkeeping (ids, stamps, calendar) and derived keys.
EVENT_KEYS = (
    "uid",
    "recurrence_id",
    "title",
    "start",
    "end",
    "tzid",
    "all_day",
    "location",
    "description",
    "rrule",
    "rdates",
    "exdates",
    "reminder_minutes",
    "sequence",
    "cancelled",
)
TODO_KEYS = (
    "uid",
    "title",
    "notes",
    "due_date",
    "due_at",
    "priority",
    "done",
    "done_at",
    "reminder_minutes",
)
KIND_TABLE = {"event": "events", "todo": "todos"}


@dataclass
class Parsed:
    """A resource's components, read: each VEVENT with its event, or the VTODO."""

    calendars: list[Calendar]
    events: list[tuple[Component, EventData]] = field(default_factory=list)
    cancelled: list[tuple[Component, EventData]] = field(default_factory=list)
    todo: tuple[Component, Todo] | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Item:
    """An item's content as rows: a server's resource read, or the local rows."""

    kind: str  # "event", "todo", or "other" (nothing this app syncs)
    uid: str
    rows: list[Row] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def hash(self) -> str:
        return content_hash(self.kind, self.rows, self.tags)


def parse(data: str, clock: Clock, name: str) -> Parsed:
    """The components of a calendar object; IcsError when it is no calendar at all."""
    content, _notes = decode_ics(data.encode("utf-8"), name)
    parsed = Parsed(parse_calendars(content, name))
    for calendar in parsed.calendars:
        zones = ZoneResolver(calendar, clock.tz, iana_zone(str(calendar.get("X-WR-TIMEZONE", ""))))
        for component in calendar.subcomponents:
            kind = (component.name or "").upper()
            try:
                if kind == "VEVENT":
                    event = read_event(component, zones, [])
                    cancelled = text(component, "STATUS").upper() == "CANCELLED"
                    if cancelled and event.recurrence_id is not None:
                        parsed.cancelled.append((component, event))
                    elif not cancelled:
                        parsed.events.append((component, event))
                elif kind == "VTODO" and parsed.todo is None:
                    parsed.todo = (component, read_todo(component, zones))
            except (Skip, AssistantError) as reason:
                parsed.problems.append(f"{label(component)} {reason}")
            except Exception as exc:  # untrusted input: one bad component is named, not fatal
                parsed.problems.append(
                    f"{label(component)} could not be read ({type(exc).__name__})"
                )
    return parsed


def read_item(data: str, clock: Clock, name: str) -> Item:
    """The item a server's calendar object holds (kind "other" with the reason when none)."""
    try:
        parsed = parse(data, clock, name)
    except IcsError as exc:
        return Item("other", "", problem=str(exc))
    masters = [e for _c, e in parsed.events if e.recurrence_id is None]
    if parsed.events:
        uid = (masters[0] if masters else parsed.events[0][1]).uid
        return Item("event", uid, event_rows(parsed, uid, clock))
    if parsed.todo is not None:
        todo = parsed.todo[1]
        return Item("todo", todo.uid, [todo.columns(clock.tz)], list(todo.tags))
    problem = "; ".join(parsed.problems) or "it holds no event or to-do"
    return Item("other", "", problem=problem)


def event_rows(parsed: Parsed, uid: str, clock: Clock) -> list[Row]:
    """The ``events`` rows of one UID: cancelled occurrences become the master's EXDATEs,
    marked as cancelled (:mod:`assistant.ical.cancelled`), as the .ics import does."""
    events = {_rid(e, clock): e for _c, e in parsed.events if e.uid == uid}
    master = events.get("")
    gone: list[Gone] = []
    if master is not None:
        mine = [(e, c) for c, e in parsed.cancelled if e.uid == uid and e.recurrence_id]
        gone = cancel(master, mine)
    rows = []
    for event in events.values():
        row = {**event.to_row(clock.tz, series_end(event, clock.tz)), "cancelled": "[]"}
        if event is master and gone:
            row["cancelled"] = marks(event, row, gone)
        rows.append(row)
    return sorted(rows, key=lambda r: str(r["recurrence_id"]))


def _rid(event: EventData, clock: Clock) -> str:
    return str(event.to_row(clock.tz)["recurrence_id"]) if event.recurrence_id else ""


def content_hash(kind: str, rows: list[Row], tags: list[str]) -> str:
    """A digest of what an item says (not when or where it was stored)."""
    keys = EVENT_KEYS if kind == "event" else TODO_KEYS
    content = sorted(([row.get(k) for k in keys] for row in rows), key=lambda r: str(r[1]))
    payload = [kind, content, sorted(t.lower() for t in tags)]
    encoded = json.dumps(payload, default=str, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


# -- the local side -------------------------------------------------------------


def local_items(
    store: Store, calendar_id: int, kinds: tuple[str, ...]
) -> dict[tuple[str, str], Item]:
    """Every item of one synced calendar here, by (kind, uid)."""
    found: dict[tuple[str, str], Item] = {}
    if "event" in kinds:
        rows = store.query(
            "SELECT * FROM events WHERE calendar_id = ? ORDER BY uid, recurrence_id", [calendar_id]
        )
        for row in rows:
            found.setdefault(("event", row["uid"]), Item("event", row["uid"])).rows.append(row)
    if "todo" in kinds:
        rows = store.query("SELECT * FROM todos WHERE calendar_id = ?", [calendar_id])
        tags = tags_for(store, "todos", [r["id"] for r in rows])
        for row in rows:
            found[("todo", row["uid"])] = Item("todo", row["uid"], [row], tags.get(row["id"], []))
    return found


def local_item(store: Store, kind: str, uid: str) -> Item | None:
    """The item with ``uid`` here, in whichever calendar it is; None when there is none."""
    if kind == "event":
        rows = store.query("SELECT * FROM events WHERE uid = ? ORDER BY recurrence_id", [uid])
        return Item("event", uid, rows) if rows else None
    rows = store.query("SELECT * FROM todos WHERE uid = ?", [uid])
    if not rows:
        return None
    tags = tags_for(store, "todos", [rows[0]["id"]])
    return Item("todo", uid, rows, tags.get(rows[0]["id"], []))
