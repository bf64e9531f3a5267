"""Importing .ics files: events and to-dos, as one undoable action.

The file is read completely before anything is written: a file that is not
iCalendar at all raises :class:`IcsError` and leaves the store untouched, while a
single broken component is skipped and named in the report. Components keep
their UID, so importing the same file again adds nothing.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from icalendar import Calendar, Component

from assistant.clock import Clock
from assistant.errors import AssistantError, IcsError
from assistant.files import open_regular
from assistant.ical.components import Skip, instant, label, like, read_event, text
from assistant.ical.ics_decode import decode_ics, parse_calendars
from assistant.ical.model import EventData
from assistant.ical.recurrence import series_end
from assistant.ical.todo_data import TodoData, read_todo
from assistant.ical.tzids import ZoneResolver, iana_zone
from assistant.store import Store, Tx, utc_stamp
from assistant.store.tags import set_tags, tag_names

log = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
MAX_LISTED_SKIPS = 5
UNSUPPORTED = {"VJOURNAL": "a journal entry", "VFREEBUSY": "free/busy information"}


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    # One sentence per component left out: "VEVENT 'Broken' has no start (DTSTART)."
    skipped: list[str] = field(default_factory=list)
    action_id: int | None = None
    events: int = 0
    todos: int = 0
    # Things the user should know that skipped nothing, e.g. replaced bytes.
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """One paragraph for the user: "Imported 12 events and 3 to-dos (2 updated)" etc."""
        details = [
            f"{n} {word}"
            for n, word in ((self.updated, "updated"), (self.unchanged, "unchanged"))
            if n
        ]
        sentence = f"Imported {_what(self)}" + (f" ({', '.join(details)})" if details else "")
        if self.skipped:
            listed = " ".join(self.skipped[:MAX_LISTED_SKIPS])
            more = len(self.skipped) - MAX_LISTED_SKIPS
            sentence += f"; skipped {len(self.skipped)}: {listed}"
            if more > 0:
                sentence += f" …and {more} more."
        else:
            sentence += "."
        return " ".join([sentence, *self.notes])


@dataclass
class _Parsed:
    events: dict[tuple[str, str], tuple[EventData, dict[str, Any]]] = field(default_factory=dict)
    todos: dict[str, tuple[TodoData, dict[str, Any]]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    # STATUS:CANCELLED overrides: occurrences deleted from a series (Google writes these).
    cancelled: list[tuple[EventData, Component]] = field(default_factory=list)


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
    if len(data) > MAX_BYTES:
        raise IcsError(_too_big(source_name, len(data)))
    content, notes = decode_ics(data, source_name)
    parsed = _Parsed()
    for calendar in parse_calendars(content, source_name):
        _read_calendar(calendar, clock, parsed)
    _apply_cancellations(parsed, clock)
    report = ImportReport(skipped=parsed.skipped, notes=notes)
    report.events, report.todos = len(parsed.events), len(parsed.todos)
    stamp = utc_stamp(clock.utcnow())
    with store.action("import", f"Imported {source_name}") as tx:
        for _event, row in parsed.events.values():
            _count_outcome(report, _write_event(tx, row, stamp))
        for todo, row in parsed.todos.values():
            _count_outcome(report, _write_todo(tx, todo, row, stamp))
        tx.summary = f"Imported {_what(report)} from {source_name}"
    report.action_id = tx.action_id
    return report


# -- reading --------------------------------------------------------------------


def _read_calendar(calendar: Calendar, clock: Clock, parsed: _Parsed) -> None:
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
    component: Component, name: str, zones: ZoneResolver, clock: Clock, parsed: _Parsed
) -> None:
    try:
        if name == "VEVENT":
            event = read_event(component, zones)
            if text(component, "STATUS").upper() == "CANCELLED":
                if event.recurrence_id is None:
                    raise Skip("is cancelled.")
                parsed.cancelled.append((event, component))
                return
            row = _storable(_event_row(event, clock))
            _keep_latest(parsed, (row["uid"], row["recurrence_id"]), event, row, component)
        else:
            todo = read_todo(component, zones)
            # here, so a date or number out of range skips only this one
            row = _storable(todo.to_row(clock.tz))
            if todo.uid in parsed.todos:
                parsed.skipped.append(f"{label(component)} repeats the UID of another to-do.")
            parsed.todos[todo.uid] = (todo, row)
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


def _event_row(event: EventData, clock: Clock) -> dict[str, Any]:
    # series_end and to_row compute UTC keys, so dates out of range fail here,
    # inside the per-component guard.
    return event.to_row(clock.tz, series_end(event, clock.tz))


def _apply_cancellations(parsed: _Parsed, clock: Clock) -> None:
    """A cancelled occurrence becomes an EXDATE of its series, as clients show it."""
    for cancelled, component in parsed.cancelled:
        key = (cancelled.uid, "")
        if key not in parsed.events or cancelled.recurrence_id is None:
            parsed.skipped.append(
                f"{label(component)} cancels one occurrence of a series that is not in the file."
            )
            continue
        master = parsed.events[key][0]
        removed = like(cancelled.recurrence_id, master.start)
        if removed not in master.exdates:
            master.exdates = sorted([*master.exdates, removed], key=instant)
        parsed.events[key] = (master, _event_row(master, clock))


def _keep_latest(
    parsed: _Parsed,
    key: tuple[str, str],
    event: EventData,
    row: dict[str, Any],
    component: Component,
) -> None:
    """The same UID (and RECURRENCE-ID) twice in one file: the higher SEQUENCE wins."""
    earlier = parsed.events.get(key)
    if earlier is not None:
        parsed.skipped.append(f"{label(component)} repeats the UID of another event.")
        if earlier[0].sequence > event.sequence:
            return
    parsed.events[key] = (event, row)


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
    if all(existing[k] == v for k, v in row.items()):
        return "unchanged"
    tx.update("events", existing["id"], {**row, "updated": stamp})
    return "updated"


def _write_todo(tx: Tx, todo: TodoData, row: dict[str, Any], stamp: str) -> str:
    existing = _first(tx.db.execute("SELECT * FROM todos WHERE uid = ?", [todo.uid]))
    if existing is None:
        todo_id = tx.insert("todos", {**row, "created": stamp, "updated": stamp})
        set_tags(tx, "todos", todo_id, todo.tags)
        return "added"
    same_row = all(existing[k] == v for k, v in row.items())
    same_tags = {t.lower() for t in tag_names(tx, "todos", existing["id"])} == {
        t.lower() for t in todo.tags
    }
    if same_row and same_tags:
        return "unchanged"
    tx.update("todos", existing["id"], {**row, "updated": stamp})
    set_tags(tx, "todos", existing["id"], todo.tags)
    return "updated"


def _first(cursor: Any) -> dict[str, Any] | None:
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _count_outcome(report: ImportReport, outcome: str) -> None:
    setattr(report, outcome, getattr(report, outcome) + 1)


def _count(n: int, word: str) -> str:
    if not n:
        return ""
    return f"1 {word}" if n == 1 else f"{n} {word}s"


def _what(report: ImportReport) -> str:
    kinds = (_count(report.events, "event"), _count(report.todos, "to-do"))
    return " and ".join(k for k in kinds if k) or "nothing"


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1024 / 1024:.1f} MB; files over "
        f"{MAX_BYTES // 1024 // 1024} MB are not imported. Export a shorter date range."
    )
