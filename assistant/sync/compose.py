"""The calendar object to send for a local item: the server's own copy, changed where we changed it.

An item that came from the server is sent back as the server's text with
only the properties whose meaning changed here replaced, each from the
exporter's rendering (``assistant/ical/ics_export.py``): what this app does not
understand (X- properties, attendees, other alarms, a VTIMEZONE, parameters)
goes back as it came. An item made here is rendered whole, as the export does.
"""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import datetime
from typing import Any

from icalendar import Calendar, Component

from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.ical.cancelled import Gone, split
from assistant.ical.ics_export import (
    PRODID,
    cancelled_component,
    event_component,
    todo_component,
)
from assistant.sync.items import Item, Parsed, Row, event_rows, parse
from assistant.todos.model import Todo

# Which properties carry each column; a changed column replaces exactly these.
EVENT_PROPS: dict[str, tuple[str, ...]] = {
    "title": ("SUMMARY",),
    "location": ("LOCATION",),
    "description": ("DESCRIPTION",),
    "start": ("DTSTART",),
    "end": ("DTEND", "DURATION"),
    "tzid": ("DTSTART", "DTEND", "DURATION", "RDATE", "EXDATE", "RECURRENCE-ID"),
    "all_day": ("DTSTART", "DTEND", "DURATION", "RDATE", "EXDATE", "RECURRENCE-ID"),
    "rrule": ("RRULE",),
    "rdates": ("RDATE",),
    "exdates": ("EXDATE",),
    "sequence": ("SEQUENCE",),
    "recurrence_id": ("RECURRENCE-ID",),
}
TODO_PROPS: dict[str, tuple[str, ...]] = {
    "title": ("SUMMARY",),
    "notes": ("DESCRIPTION",),
    "due_date": ("DUE",),
    "due_at": ("DUE",),
    "priority": ("PRIORITY",),
    "done": ("STATUS", "COMPLETED", "PERCENT-COMPLETE"),
    "done_at": ("COMPLETED",),
}
STAMPS = ("DTSTAMP", "LAST-MODIFIED")


def render(item: Item, raw: str | None, clock: Clock) -> str:
    """The text to PUT for ``item``: ``raw`` patched, or a new calendar object."""
    stamp = clock.utcnow().replace(microsecond=0)
    if raw is not None:
        patched = _patched(item, raw, clock, stamp)
        if patched is not None:
            return patched
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    for component in _components(item, clock, stamp):
        calendar.add_component(component)
    _add_zones(calendar)
    return str(calendar.to_ical().decode("utf-8"))


def _components(item: Item, clock: Clock, stamp: datetime) -> list[Component]:
    if item.kind == "todo":
        row = item.rows[0]
        todo = Todo.from_row(row, item.tags, clock.tz)
        return [todo_component(todo, row, stamp)]
    components: list[Component] = []
    for row in item.rows:
        data, cancelled = _event_data(row, clock)
        components.append(event_component(data, row, stamp))
        components.extend(cancelled_component(data, day, stamp, e) for day, e in cancelled)
    return components


def _event_data(row: Row, clock: Clock) -> tuple[EventData, list[Gone]]:
    """The event of a row, and the occurrences it cancelled (kept apart from its EXDATEs)."""
    data = EventData.from_row(row, clock.tz)
    data.exdates, cancelled = split(data, row)
    return data, cancelled


def _event(row: Row, clock: Clock, stamp: datetime) -> Component:
    return event_component(_event_data(row, clock)[0], row, stamp)


def _patched(item: Item, raw: str, clock: Clock, stamp: datetime) -> str | None:
    """``raw`` with what changed here replaced; None when it cannot be read any more."""
    try:
        parsed = parse(raw, clock, "the server's copy")
    except Exception:
        return None
    if item.kind == "todo":
        return _patched_todo(item, parsed, clock, stamp)
    return _patched_event(item, parsed, clock, stamp)


def _patched_todo(item: Item, parsed: Parsed, clock: Clock, stamp: datetime) -> str | None:
    if parsed.todo is None:
        return None
    component, before = parsed.todo
    row = item.rows[0]
    was = before.columns(clock.tz)
    new = _components(item, clock, stamp)[0]
    changed = [k for k in TODO_PROPS if was.get(k) != row.get(k)]
    _replace(component, new, {p for k in changed for p in TODO_PROPS[k]})
    if sorted(t.lower() for t in before.tags) != sorted(t.lower() for t in item.tags):
        _replace(component, new, {"CATEGORIES"})
        changed.append("tags")
    if was.get("reminder_minutes") != row.get("reminder_minutes"):
        _replace_alarm(component, new)
        changed.append("reminder_minutes")
    if changed:
        _restamp(component, new)
    return _text(parsed.calendars[0])


def _patched_event(item: Item, parsed: Parsed, clock: Clock, stamp: datetime) -> str:
    calendar = parsed.calendars[0]
    wanted = {str(r["recurrence_id"]): r for r in item.rows}
    rids = [
        (c, str(e.to_row(clock.tz)["recurrence_id"])) for c, e in parsed.events if e.uid == item.uid
    ]
    before = {str(r["recurrence_id"]): r for r in event_rows(parsed, item.uid, clock)}
    kept: set[str] = set()
    for component, rid in rids:
        was = before[rid]
        row = wanted.get(rid)
        if row is None:
            calendar.subcomponents.remove(component)  # an occurrence's change taken back
            continue
        kept.add(rid)
        changed = [k for k in EVENT_PROPS if was.get(k) != row.get(k)]
        alarm = was.get("reminder_minutes") != row.get("reminder_minutes")
        if not changed and not alarm:
            continue
        new = _event(row, clock, stamp)
        _replace(component, new, {p for k in changed for p in EVENT_PROPS[k]})
        if alarm:
            _replace_alarm(component, new)
        _restamp(component, new)
    for rid, row in wanted.items():
        if rid not in kept:
            calendar.add_component(_event(row, clock, stamp))
    _drop_restored_cancellations(calendar, parsed, item, clock)
    _add_zones(calendar)
    return _text(calendar)


def _replace(component: Component, new: Component, names: set[str]) -> None:
    for name in names:
        if name in component:
            del component[name]
        if name in new:
            value: Any = new[name]
            for one in value if isinstance(value, list) else [value]:
                component.add(name, one, encode=False)


def _replace_alarm(component: Component, new: Component) -> None:
    """The reminder: the display/sound alarm the import read is replaced; others stay."""
    for alarm in list(component.subcomponents):
        if (alarm.name or "").upper() == "VALARM" and str(
            alarm.get("ACTION", "DISPLAY")
        ).upper() in ("DISPLAY", "AUDIO"):
            component.subcomponents.remove(alarm)
            break
    for alarm in new.subcomponents:
        component.add_component(alarm)


def _restamp(component: Component, new: Component) -> None:
    for name in STAMPS:
        if name in new:
            if name in component:
                del component[name]
            component.add(name, new[name], encode=False)


def _drop_restored_cancellations(
    calendar: Calendar, parsed: Parsed, item: Item, clock: Clock
) -> None:
    """A cancelled occurrence whose date is no longer excluded here was brought back."""
    master = next((r for r in item.rows if not r["recurrence_id"]), None)
    if master is None:
        return
    excluded = set(json.loads(master["exdates"]))
    for component, event in parsed.cancelled:
        rid = str(event.to_row(clock.tz)["recurrence_id"])
        if rid not in excluded and component in calendar.subcomponents:
            calendar.subcomponents.remove(component)


def _add_zones(calendar: Calendar) -> None:
    with suppress(Exception):  # a zone icalendar cannot render: clients know IANA names
        calendar.add_missing_timezones()


def _text(calendar: Calendar) -> str:
    return str(calendar.to_ical().decode("utf-8"))
