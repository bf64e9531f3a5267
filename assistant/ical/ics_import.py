"""Importing .ics files: events and to-dos, as one undoable action.

The file is read completely before anything is written: a file that is not
iCalendar at all raises :class:`IcsError` and leaves the store untouched. The
rest is read liberally, as calendar apps do: what is damaged but obvious to
repair (an empty or broken repeat rule, an end before the start, a UID used
twice, components without a VCALENDAR around them) is repaired and each repair
named in the report; only a component that cannot be used at all is skipped,
and named too. Components keep their UID, so importing the same file again
adds nothing.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from icalendar import Calendar, Component

from assistant.calendar.expand import series_end
from assistant.calendar.model import EventData
from assistant.clock import Clock
from assistant.errors import AssistantError, IcsError
from assistant.files import open_regular
from assistant.ical.cancelled import cancel, marks
from assistant.ical.components import Skip, label, read_event, shorten, text
from assistant.ical.ics_decode import decode_ics, is_bare, parse_calendars
from assistant.ical.import_report import ImportReport, Repair
from assistant.ical.todo_data import read_todo
from assistant.ical.tzids import ZoneResolver, iana_zone
from assistant.store import Store, Tx, utc_stamp
from assistant.store.tags import set_tags, tag_names
from assistant.todos.model import Todo

__all__ = ["ImportReport", "Parsed", "Repair", "import_file", "import_ics", "read_ics"]

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
UNSUPPORTED = {"VJOURNAL": "a journal entry", "VFREEBUSY": "free/busy information"}
BARE_REPAIR = (
    "its events were not inside a calendar (BEGIN:VCALENDAR … END:VCALENDAR), "
    "so they were read as one"
)


@dataclass
class Parsed:
    events: dict[tuple[str, str], tuple[EventData, dict[str, Any]]] = field(default_factory=dict)
    todos: dict[str, tuple[Todo, dict[str, Any]]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    repaired: list[Repair] = field(default_factory=list)
    # What each UID's components said so far (see _content), to tell copies from clashes.
    event_contents: dict[str, set[str]] = field(default_factory=dict)
    todo_contents: dict[str, set[str]] = field(default_factory=dict)
    # STATUS:CANCELLED overrides: occurrences deleted from a series (Google writes these).
    cancelled: list[tuple[EventData, Component]] = field(default_factory=list)
    # Things the user should know that skipped nothing, e.g. replaced bytes.
    notes: list[str] = field(default_factory=list)

    def report(self) -> ImportReport:
        """The import report of what was read (counts of what was written come later)."""
        report = ImportReport(skipped=self.skipped, notes=self.notes, repaired=self.repaired)
        report.events, report.todos = len(self.events), len(self.todos)
        return report


def import_file(store: Store, path: Path | str, clock: Clock) -> ImportReport:
    """Import the .ics file at ``path`` (see :func:`import_ics`)."""
    file = Path(path).expanduser()
    try:
        with open_regular(file, IcsError) as stream:  # not /dev/zero, not a named pipe
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_BYTES:
                raise IcsError(_too_big(file.name, size))
            # Read at most one byte past the limit: a file still growing stays bounded.
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise IcsError(f"There is no file {file}.") from None
    except IsADirectoryError:
        raise IcsError(f"{file} is a folder, not an .ics file.") from None
    except PermissionError:
        raise IcsError(f"Cannot read {file}: permission denied.") from None
    except OSError as exc:
        raise IcsError(f"Cannot read {file}: {exc.strerror or exc}.") from None
    return import_ics(store, data, clock, source_name=file.name)


def import_ics(store: Store, data: bytes, clock: Clock, *, source_name: str) -> ImportReport:
    """Import every VEVENT and VTODO in ``data`` as one journaled action."""
    parsed = read_ics(data, clock, source_name=source_name)
    report = parsed.report()
    stamp = utc_stamp(clock.utcnow())
    with store.action("import", f"Imported {source_name}") as tx:
        for _event, row in parsed.events.values():
            outcome = _write_event(tx, row, stamp)
            if outcome == "read-only":
                report.skipped.append(
                    f"{_quoted(row)} is already here from a subscription, which is read-only."
                )
            else:
                _count_outcome(report, outcome)
        for todo, row in parsed.todos.values():
            _count_outcome(report, _write_todo(tx, todo, row, stamp))
        tx.summary = f"Imported {report.what()} from {source_name}"
    report.action_id = tx.action_id
    return report


# -- reading --------------------------------------------------------------------


def read_ics(data: bytes, clock: Clock, *, source_name: str) -> Parsed:
    """Read ``data`` liberally, writing nothing; :class:`IcsError` when it is no calendar.

    ``events`` maps (UID, RECURRENCE-ID) to the row to store (without
    ``created``/``updated``); the .ics import and the subscriptions
    (:mod:`assistant.sync.subscriptions`) both store what this reads.
    """
    if len(data) > MAX_BYTES:
        raise IcsError(_too_big(source_name, len(data)))
    content, notes = decode_ics(data, source_name)
    parsed = Parsed(notes=notes)
    if is_bare(content):
        parsed.repaired.append(Repair(f"“{source_name}”", BARE_REPAIR))
    for calendar in parse_calendars(content, source_name):
        _read_calendar(calendar, clock, parsed)
    _apply_cancellations(parsed, clock)
    return parsed


def _read_calendar(calendar: Calendar, clock: Clock, parsed: Parsed) -> None:
    wr_zone = iana_zone(str(calendar.get("X-WR-TIMEZONE", "")))
    zones = ZoneResolver(calendar, clock.tz, wr_zone)
    # Only direct children: a VALARM inside a VEVENT is part of that event.
    for component in calendar.subcomponents:
        name = (component.name or "").upper()
        if name in UNSUPPORTED:
            parsed.skipped.append(
                f"{label(component)} is {UNSUPPORTED[name]}; only events and to-dos are imported."
            )
        elif name in ("VEVENT", "VTODO"):
            _read_component(component, name, zones, clock, parsed)


def _read_component(
    component: Component, name: str, zones: ZoneResolver, clock: Clock, parsed: Parsed
) -> None:
    fixes: list[str] = []
    try:
        if name == "VEVENT":
            event = read_event(component, zones, fixes)
            if text(component, "STATUS").upper() == "CANCELLED":
                if event.recurrence_id is None:
                    raise Skip("is cancelled.")
                parsed.cancelled.append((event, component))
                return
            row = _storable(_event_row(event, clock))
            _add_event(parsed, event, row, component, fixes)
        else:
            todo = read_todo(component, zones)
            # here, so a date or number out of range skips only this one
            row = _storable(todo.columns(clock.tz))
            _add_todo(parsed, todo, row, fixes)
        item = report_name(component)
        parsed.repaired.extend(Repair(item, fix) for fix in fixes)
    except Skip as reason:
        parsed.skipped.append(f"{label(component)} {reason}")
    except AssistantError as exc:
        parsed.skipped.append(f"{label(component)} cannot be used: {exc}")
    except OverflowError:  # e.g. year 1 in Berlin is before the first UTC instant
        parsed.skipped.append(f"{label(component)} has a date too far in the past or future.")
    except Exception as exc:
        # A third-party parser reading untrusted input can fail in many ways; one
        # bad component must not stop the import, and the traceback helps a bug report.
        log.debug("cannot read %s", label(component), exc_info=True)
        parsed.skipped.append(f"{label(component)} could not be read ({type(exc).__name__}).")


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    """The row, or Skip when a number is beyond SQLite's 64-bit integers.

    Checked while reading, inside the per-component guard: at write time the
    OverflowError would abort the whole import.
    """
    for key, value in row.items():
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            raise Skip(f"has a number too large to store ({key}).")
    return row


def _event_row(event: EventData, clock: Clock, cancelled: str = "[]") -> dict[str, Any]:
    # series_end and to_row compute UTC keys, so dates out of range fail here,
    # inside the per-component guard. `cancelled` (migration m006) is the importer's.
    return {**event.to_row(clock.tz, series_end(event, clock.tz)), "cancelled": cancelled}


def report_name(component: Component) -> str:
    """How a repair names its item: “Team meeting”, or an untitled event and its UID."""
    summary = " ".join(text(component, "SUMMARY").split())
    if summary:
        return f"“{shorten(summary, 60)}”"
    kind = {"VEVENT": "event", "VTODO": "to-do"}.get((component.name or "").upper(), "item")
    uid = text(component, "UID").strip()
    return f"an untitled {kind} (UID {shorten(uid, 40)})" if uid else f"an untitled {kind}"


def _apply_cancellations(parsed: Parsed, clock: Clock) -> None:
    """A cancelled occurrence becomes an EXDATE of its series, as clients show it.

    The master also lists it under `cancelled` (:mod:`assistant.ical.cancelled`), with
    whether the file had the EXDATE too and the cancelled VEVENT as it came, so that an
    export writes back what the file said, not a plain EXDATE.
    """
    by_series: dict[tuple[str, str], list[tuple[EventData, Component]]] = {}
    for cancelled, component in parsed.cancelled:
        key = (cancelled.uid, "")
        if key not in parsed.events or cancelled.recurrence_id is None:
            parsed.skipped.append(
                f"{label(component)} cancels one occurrence of a series that is not in the file."
            )
            continue
        by_series.setdefault(key, []).append((cancelled, component))
    for key, found in by_series.items():
        master = parsed.events[key][0]
        gone = cancel(master, found)
        row = _event_row(master, clock)
        row["cancelled"] = marks(master, row, gone)
        parsed.events[key] = (master, row)


def _add_event(
    parsed: Parsed, event: EventData, row: dict[str, Any], component: Component, fixes: list[str]
) -> None:
    """Keep every event; a UID already used in the file is resolved here.

    Two versions of one changed occurrence (same UID and RECURRENCE-ID): the higher
    SEQUENCE wins. Two events with one UID: an exact copy is imported once, a
    different event gets a new UID (the same one on every import of the file).
    """
    key = (row["uid"], row["recurrence_id"])
    earlier = parsed.events.get(key)
    if row["recurrence_id"]:
        if earlier is not None:
            parsed.skipped.append(f"{label(component)} repeats the UID of another event.")
            if earlier[0].sequence > event.sequence:
                return
        parsed.events[key] = (event, row)
        return
    seen = parsed.event_contents.setdefault(event.uid, set())
    content = _content(row)
    if earlier is None:
        parsed.events[key] = (event, row)
    elif content in seen:
        fixes.append("it is in the file twice, and was imported once")
    else:
        number = len(seen) + 1
        event.uid = row["uid"] = _free_uid(event.uid, number, lambda u: (u, "") in parsed.events)
        parsed.events[(event.uid, "")] = (event, row)
        fixes.append("another event in the file has the same UID, so it was given a new one")
    seen.add(content)


def _add_todo(parsed: Parsed, todo: Todo, row: dict[str, Any], fixes: list[str]) -> None:
    """Like :func:`_add_event`: a to-do whose UID is taken gets a new one."""
    seen = parsed.todo_contents.setdefault(todo.uid, set())
    content = _content({**row, "tags": sorted(todo.tags)})
    if todo.uid not in parsed.todos:
        parsed.todos[todo.uid] = (todo, row)
    elif content in seen:
        fixes.append("it is in the file twice, and was imported once")
    else:
        number = len(seen) + 1
        todo = replace(todo, uid=_free_uid(todo.uid, number, lambda u: u in parsed.todos))
        row["uid"] = todo.uid
        parsed.todos[todo.uid] = (todo, row)
        fixes.append("another to-do in the file has the same UID, so it was given a new one")
    seen.add(content)


def _content(row: dict[str, Any]) -> str:
    """What a component says, apart from its UID: equal for exact copies."""
    return json.dumps({k: v for k, v in row.items() if k != "uid"}, sort_keys=True, default=str)


def _free_uid(uid: str, number: int, taken: Callable[[str], bool]) -> str:
    """``uid-2``, ``uid-3``…: the first free one from ``number`` on (file order, so stable)."""
    while taken(f"{uid}-{number}"):
        number += 1
    return f"{uid}-{number}"


# -- writing --------------------------------------------------------------------


def _write_event(tx: Tx, row: dict[str, Any], stamp: str) -> str:
    found = tx.db.execute(
        "SELECT * FROM events WHERE uid = ? AND recurrence_id = ?",
        [row["uid"], row["recurrence_id"]],
    )
    existing = _first(found)
    if existing is None:
        tx.insert("events", {**row, "created": stamp, "updated": stamp})
        return "added"
    if _subscribed(tx, existing.get("calendar_id")):
        return "read-only"
    if all(existing[k] == v for k, v in row.items()):
        return "unchanged"
    tx.update("events", existing["id"], {**row, "updated": stamp})
    return "updated"


def _write_todo(tx: Tx, todo: Todo, row: dict[str, Any], stamp: str) -> str:
    existing = _first(tx.db.execute("SELECT * FROM todos WHERE uid = ?", [todo.uid]))
    if existing is None:
        todo_id = tx.insert("todos", {**row, "created": stamp, "updated": stamp})
        set_tags(tx, "todos", todo_id, list(todo.tags))
        return "added"
    same_row = all(existing[k] == v for k, v in row.items())
    same_tags = {t.lower() for t in tag_names(tx, "todos", existing["id"])} == {
        t.lower() for t in todo.tags
    }
    if same_row and same_tags:
        return "unchanged"
    tx.update("todos", existing["id"], {**row, "updated": stamp})
    set_tags(tx, "todos", existing["id"], list(todo.tags))
    return "updated"


def _subscribed(tx: Tx, calendar_id: int | None) -> bool:
    """Whether ``calendar_id`` is a subscription (its events are not changed by an import)."""
    if calendar_id is None:
        return False
    found = tx.db.execute(
        "SELECT 1 FROM sync_calendars WHERE id = ? AND kind = 'subscription'", [calendar_id]
    ).fetchone()
    return found is not None


def _quoted(row: dict[str, Any]) -> str:
    return f"“{row['title']}”" if row.get("title") else f"the event with UID {row['uid']}"


def _first(cursor: Any) -> dict[str, Any] | None:
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _count_outcome(report: ImportReport, outcome: str) -> None:
    setattr(report, outcome, getattr(report, outcome) + 1)


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1024 / 1024:.1f} MB; files over "
        f"{MAX_BYTES // 1024 // 1024} MB are not imported. Export a shorter date range."
    )
