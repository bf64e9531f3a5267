"""Exporting the calendar (and to-dos) as one RFC 5545 .ics file.

Events are written from :meth:`EventData.from_row`, the same decoding the tools
use, with their IANA TZID; icalendar adds a VTIMEZONE for every TZID used, folds
long lines and ends them with CRLF. The output is deterministic for a fixed
clock, so exporting, importing elsewhere and exporting again gives the same file.

Writing the file never costs the user data: nothing is written into the data
folder (the database, its -wal/-shm files, settings.json), and an existing file
is replaced only when this app exported it, or when the user said so (``--force``
on the command line, the save dialog's "Replace?" in the window).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from icalendar import Alarm, Calendar, Component, Event, Todo, vRecur

from assistant.calendar.model import EventData, Moment
from assistant.clock import Clock
from assistant.dates.rule import Rule
from assistant.errors import IcsError, RecurrenceError
from assistant.ical.cancelled import Cancelled, split
from assistant.ical.todo_data import EXPORT_PRIORITY
from assistant.store import Store
from assistant.todos import model as todos_model

PRODID = "-//Assistant//Assistant 0.1//EN"
# What marks a file as this app's export, whatever version wrote it.
OWN_PRODID_LINE = b"PRODID:-//Assistant//Assistant "
HEAD_BYTES = 4096
YEARS_AHEAD = 12
# RFC 5545 integers are signed 32-bit (icalendar refuses to write larger ones).
MAX_INTEGER = 2**31 - 1
FIRST_YEAR, LAST_YEAR = 1900, 2200


@dataclass(frozen=True)
class ExportReport:
    path: Path
    events: int
    todos: int

    def describe(self) -> str:
        what = [_count(n, word) for n, word in ((self.events, "event"), (self.todos, "to-do")) if n]
        return f"Exported {' and '.join(what) or 'an empty calendar'} to {self.path}."


def export_ics(store: Store, clock: Clock, *, include_todos: bool = True) -> bytes:
    """The whole calendar as .ics bytes (UTF-8, CRLF line ends, folded lines)."""
    calendar, _events, _todos = _build(store, clock, include_todos)
    return bytes(calendar.to_ical())


def export_to_file(
    store: Store,
    path: Path | str,
    clock: Clock,
    *,
    include_todos: bool = True,
    overwrite: bool = False,
    data_dir: Path | str | None = None,
) -> ExportReport:
    """Write the export to ``path`` atomically: the old file stays whole until the new one is.

    Refuses (with :class:`IcsError`) a path in the data folder, which is the
    store's folder and ``data_dir``, whatever ``overwrite`` says; and an
    existing file that is not an earlier export unless ``overwrite`` is true.
    """
    file = Path(path).expanduser()
    folders = [Path(data_dir).expanduser()] if data_dir is not None else []
    if store.path is not None:
        folders.append(store.path.parent)
    check_export_target(file, folders, overwrite=overwrite)
    calendar, events, todos = _build(store, clock, include_todos)
    write_atomically(file, bytes(calendar.to_ical()))
    return ExportReport(file, events, todos)


def _build(store: Store, clock: Clock, include_todos: bool) -> tuple[Calendar, int, int]:
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    stamp = clock.utcnow().replace(microsecond=0)
    # Masters sort before their overrides ('' < any date), as most clients write them.
    events = store.query("SELECT * FROM events ORDER BY uid, recurrence_id, id")
    for row in events:
        data = EventData.from_row(row, clock.tz)
        data.exdates, cancelled = split(data, row)
        calendar.add_component(event_component(data, row, stamp))
        for day, entry in cancelled:
            calendar.add_component(cancelled_component(data, day, stamp, entry))
    todos: list[dict[str, Any]] = []
    if include_todos:
        todos = store.query("SELECT * FROM todos ORDER BY id")
        tags = _todo_tags(store)
        for row in todos:
            todo = todos_model.Todo.from_row(row, tags.get(row["id"], []), clock.tz)
            calendar.add_component(todo_component(todo, row, stamp))
    # One VTIMEZONE per TZID used (RFC 5545 3.6.5); UTC needs none.
    calendar.add_missing_timezones(*_timezone_years(store, clock))
    return calendar, len(events), len(todos)


def _timezone_years(store: Store, clock: Clock) -> tuple[date, date]:
    """The span the VTIMEZONE rules must cover: the stored events, and years ahead.

    icalendar writes zone transitions as explicit dates, so the span is finite;
    clients that have the IANA zone (most do) ignore it anyway.
    """
    row = store.query(
        "SELECT MIN(start_utc) AS first, MAX(COALESCE(series_end_utc, end_utc)) AS last FROM events"
    )[0]
    now = clock.now.year
    first = min(int(row["first"][:4]) if row["first"] else now, now)
    last = max(int(row["last"][:4]) if row["last"] else now, now) + YEARS_AHEAD
    return date(max(first, FIRST_YEAR), 1, 1), date(min(last, LAST_YEAR), 1, 1)


def cancelled_component(
    data: EventData, day: Moment, stamp: datetime, entry: Cancelled | None = None
) -> Component:
    """One cancelled occurrence of the series ``data``: as the file wrote it, when it came
    from one (``entry``), else as Google and Outlook write it."""
    kept = entry.component() if entry is not None else None
    if kept is not None:
        return kept
    event = Event()
    event.add("UID", data.uid)
    event.add("DTSTAMP", stamp)
    event.add("RECURRENCE-ID", day)
    event.add("DTSTART", day)
    if data.end is not None:
        event.add("DTEND", day + (data.end - data.start))
    if data.title:
        event.add("SUMMARY", data.title)
    event.add("STATUS", "CANCELLED")
    event.add("SEQUENCE", data.sequence)
    return event


def event_component(data: EventData, row: dict[str, Any], stamp: datetime) -> Event:
    event = Event()
    event.add("UID", data.uid)
    event.add("DTSTAMP", stamp)
    _add_record_times(event, row)
    if data.title:  # an event imported without a title is exported without one
        event.add("SUMMARY", data.title)
    event.add("DTSTART", data.start)
    if data.end is not None:
        event.add("DTEND", data.end)
    if data.recurrence_id is not None:
        event.add("RECURRENCE-ID", data.recurrence_id)
    if data.rrule:
        event.add("RRULE", vRecur.from_ical(_writable_rule(data.rrule)))
    if data.rdates:
        event.add("RDATE", data.rdates)
    if data.exdates:
        event.add("EXDATE", data.exdates)
    if data.location:
        event.add("LOCATION", data.location)
    if data.description:
        event.add("DESCRIPTION", data.description)
    event.add("SEQUENCE", data.sequence)
    if data.reminder_minutes is not None:
        event.add_component(_alarm(data.title, data.reminder_minutes, related_end=False))
    return event


def _writable_rule(rule: str) -> str:
    """``rule`` with COUNT and INTERVAL clamped to RFC 5545's 32-bit integers.

    Rules stored before these were bounded can hold larger ones, which icalendar
    refuses to write. The clamp changes nothing: 2^31 - 1 steps of an hour or
    more already run past the year 9999, where every expansion stops.
    """
    try:
        parsed = Rule.read(rule)
    except RecurrenceError:
        return rule  # icalendar says what is wrong with it
    for key in ("COUNT", "INTERVAL"):
        value = parsed.get(key)
        if value is not None and value.isdigit() and int(value) > MAX_INTEGER:
            parsed = parsed.with_part(key, str(MAX_INTEGER))
    return parsed.render()


def todo_component(data: todos_model.Todo, row: dict[str, Any], stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("UID", data.uid)
    todo.add("DTSTAMP", stamp)
    _add_record_times(todo, row)
    if data.title:  # a to-do imported without a title is exported without one
        todo.add("SUMMARY", data.title)
    if data.notes:
        todo.add("DESCRIPTION", data.notes)
    if data.due is not None:
        todo.add("DUE", data.due)
    if EXPORT_PRIORITY[data.priority]:
        todo.add("PRIORITY", EXPORT_PRIORITY[data.priority])
    todo.add("STATUS", "COMPLETED" if data.done else "NEEDS-ACTION")
    completed = _instant(data.done_at)
    if data.done and completed is not None:
        todo.add("COMPLETED", completed)
    if data.tags:
        todo.add("CATEGORIES", list(data.tags))
    if data.reminder_minutes is not None and data.due is not None:
        # A to-do's reminder counts back from its due time, i.e. its end.
        todo.add_component(_alarm(data.title, data.reminder_minutes, related_end=True))
    return todo


def _alarm(title: str, minutes: int, *, related_end: bool) -> Alarm:
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", title)
    params = {"RELATED": "END"} if related_end else {}
    alarm.add("TRIGGER", timedelta(minutes=-minutes), parameters=params)
    return alarm


def _add_record_times(component: Event | Todo, row: dict[str, Any]) -> None:
    for name, column in (("CREATED", "created"), ("LAST-MODIFIED", "updated")):
        value = _instant(row.get(column))
        if value is not None:
            component.add(name, value)


def _instant(text: str | None) -> datetime | None:
    """A stored UTC stamp as an aware datetime (whole seconds, as iCalendar writes them)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def _todo_tags(store: Store) -> dict[int, list[str]]:
    tags: dict[int, list[str]] = {}
    for row in store.query(
        "SELECT l.todo_id, t.name FROM todo_tags l JOIN tags t ON t.id = l.tag_id "
        "ORDER BY l.todo_id, t.name COLLATE NOCASE"
    ):
        tags.setdefault(row["todo_id"], []).append(row["name"])
    return tags


# -- choosing and writing the file ------------------------------------------------


def check_export_target(path: Path, data_folders: Iterable[Path], *, overwrite: bool) -> None:
    """Raise :class:`IcsError` when writing ``path`` could destroy something.

    Never inside a data folder (symlinks resolved), never onto a folder, device
    or pipe, and onto an existing file only if it is an earlier export or
    ``overwrite`` says the user agreed to replace it.
    """
    for folder in data_folders:
        if _is_within(path, folder):
            raise IcsError(
                f"Refusing to write {path}: it is in the assistant's data folder "
                f"{folder}, and could replace your data. Choose a file outside that folder."
            )
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise IcsError(_explain(exc, path)) from None
    if stat.S_ISDIR(mode):
        raise IcsError(f"{path} is a folder; give a file name such as calendar.ics.")
    if not stat.S_ISREG(mode):
        raise IcsError(
            f"Refusing to write {path}: it is not a regular file (a device, pipe or "
            "socket). Choose another name, such as calendar.ics."
        )
    if not overwrite and not is_own_export(path):
        raise IcsError(
            f"Refusing to overwrite {path}: it is not a calendar file this app exported. "
            "Choose another name, or pass --force to replace it."
        )


def is_own_export(path: Path) -> bool:
    """Whether ``path`` starts like a calendar this app wrote (BEGIN:VCALENDAR, our PRODID)."""
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError:
        return False
    lines = head.removeprefix(b"\xef\xbb\xbf").lstrip().splitlines()
    if not lines or lines[0].rstrip() != b"BEGIN:VCALENDAR":
        return False
    return any(line.startswith(OWN_PRODID_LINE) for line in lines)


def _is_within(path: Path, folder: Path) -> bool:
    """Whether ``path``, symlinks resolved, is ``folder`` or lies anywhere under it."""
    try:
        target, root = path.resolve(), folder.expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise IcsError(f"Cannot write {path}: {exc}.") from None
    if target == root or root in target.parents:
        return True
    # The same folder spelled differently (a case-insensitive disk, a bind mount).
    try:
        root_stat = root.stat()
    except OSError:
        return False
    if not root_stat.st_ino:  # a file system without inode numbers: nothing to compare
        return False
    for candidate in (target, *target.parents):
        with suppress(OSError):
            if os.path.samestat(candidate.stat(), root_stat):
                return True
    return False


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    if path.is_dir():
        raise IcsError(f"{path} is a folder; give a file name such as calendar.ics.")
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise IcsError(_explain(exc, path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file 0600, which a new export keeps (the user's data is
        # private); a replaced file keeps the mode the user gave it.
        if path.exists():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(temporary)
        raise IcsError(_explain(exc, path)) from None


def _explain(exc: OSError, path: Path) -> str:
    if exc.errno == errno.ENOENT:
        if path.parent.is_dir():  # /proc and the like: there, but new files cannot be made
            return f"Cannot write {path}: the folder {path.parent} does not accept new files."
        return f"Cannot write {path}: the folder {path.parent} does not exist."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Cannot write {path}: permission denied."
    if exc.errno == errno.EROFS:
        return f"Cannot write {path}: the disk is read-only."
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"Cannot write {path}: the disk is full. Free some space and try again."
    if exc.errno == errno.ENOTDIR:
        return f"Cannot write {path}: {path.parent} is not a folder."
    return f"Cannot write {path}: {exc.strerror or exc}."


def _count(n: int, word: str) -> str:
    return f"1 {word}" if n == 1 else f"{n} {word}s"
