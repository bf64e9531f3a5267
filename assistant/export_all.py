"""Everything the user has, out in open formats; and erasing it all.

``export_everything`` makes a new folder, "Assistant export 2026-11-27" (or
"... (2)", "... (3)" when that name is taken), in a folder of the user's choice,
and writes three things into it:

- ``calendar.ics``: events and to-dos, the same file as `assistant export`;
- ``notes/<slug>.md``: one Markdown file per note (title heading, tags line);
- ``assistant.json``: every to-do, event and note as the JSON records of the
  CLI contract (docs/ARCHITECTURE.md), so other programs can read them.

The folder is always created by this export (never an existing one, never a
symlink followed), so an export holds exactly the data of its day: no stale
note from an earlier export, and no file of the user's replaced. Each file is
written through a temporary file and an atomic rename, so an export that fails
halfway never leaves a half-written file under a real name.

``erase_everything`` empties the database in one transaction and leaves it
migrated and valid: the app keeps running on it as if freshly installed.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import paths
from assistant.calendar.model import EventData
from assistant.calendar.times import iso
from assistant.clock import Clock
from assistant.errors import AssistantError, IcsError, StoreError
from assistant.ical.ics_export import export_ics, write_atomically
from assistant.limits import SQL_BATCH
from assistant.store import Store
from assistant.tools import notes, todos

log = logging.getLogger(__name__)

CALENDAR_FILE = "calendar.ics"
JSON_FILE = "assistant.json"
NOTES_FOLDER = "notes"
EXPORT_FOLDER = "Assistant export {date}"
# Numbered names tried before giving up: "Assistant export 2026-11-27 (2)" and on.
MAX_NUMBER = 999
FORMAT_VERSION = 1
# Rows read per query: bounded memory and SQL parameter counts at 100,000 rows.
BATCH = SQL_BATCH
MAX_SLUG = 60
# Names Windows refuses as files whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))}
_RESERVED |= {f"lpt{i}" for i in range(10)}

# Child tables before their parents (foreign keys are enforced).
ERASE_ORDER = (
    # Sync accounts go with the data: status rows left behind would read as
    # "deleted here" and delete everything on the server at the next sync.
    "sync_conflicts",
    "sync_items",
    "sync_calendars",
    "sync_accounts",
    "todo_tags",
    "note_tags",
    "tags",
    "reminder_snoozes",
    "todos",
    "notes",
    "messages",
    "conversations",
    "action_changes",
    "actions",
    # events first: its triggers mark series dirty in the derived tables below.
    "events",
    "event_instances",
    "instance_series",
    "instance_dirty",
    "instance_horizon",
)
FTS_TABLES = ("notes_fts", "todos_fts", "todos_words", "events_words")


class ExportError(AssistantError):
    """The export folder cannot be written (missing, read-only, full)."""


@dataclass(frozen=True)
class ExportSummary:
    folder: Path
    todos: int
    events: int
    notes: int
    files: list[Path] = field(default_factory=list)

    def describe(self) -> str:
        counts = ", ".join(
            _count(n, word)
            for n, word in ((self.todos, "to-do"), (self.events, "event"), (self.notes, "note"))
        )
        return (
            f"Exported {counts} to {self.folder}: {CALENDAR_FILE}, {JSON_FILE} "
            f"and {_count(self.notes, 'Markdown file')} in {NOTES_FOLDER}/."
        )


@dataclass(frozen=True)
class EraseSummary:
    todos: int
    events: int
    notes: int
    conversations: int

    def describe(self) -> str:
        counts = ", ".join(
            _count(n, word)
            for n, word in (
                (self.todos, "to-do"),
                (self.events, "event"),
                (self.notes, "note"),
                (self.conversations, "conversation"),
            )
        )
        return f"Erased {counts}."


# -- export ---------------------------------------------------------------------


def export_everything(store: Store, clock: Clock, folder: Path | str) -> ExportSummary:
    """Write calendar.ics, assistant.json and notes/*.md into a new dated folder in ``folder``."""
    chosen = Path(folder).expanduser()
    if not chosen.is_dir():
        raise ExportError(f"Cannot export to {chosen}: there is no such folder.")
    target = new_export_folder(chosen, clock)
    try:
        return _write_export(store, clock, target)
    except BaseException:
        # Half an export could pass for a whole one; the folder is ours to remove.
        shutil.rmtree(target, ignore_errors=True)
        raise


def _write_export(store: Store, clock: Clock, target: Path) -> ExportSummary:
    notes_dir = target / NOTES_FOLDER
    try:
        # fresh, like its parent: nothing old inside; private like the data
        notes_dir.mkdir(mode=paths.PRIVATE_FOLDER_MODE, exist_ok=False)
    except OSError as exc:
        raise ExportError(_cannot_create(notes_dir, exc)) from None
    files = [target / CALENDAR_FILE]
    _write(files[0], export_ics(store, clock))
    todos = list(todo_records(store, clock))
    events = list(event_records(store, clock))
    notes = list(note_records(store))
    records = {
        "format": FORMAT_VERSION,
        "exported": iso(clock.now, clock.tz),
        "time_zone": clock.zone_name,
        "todos": todos,
        "events": events,
        "notes": notes,
    }
    files.append(target / JSON_FILE)
    text = json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    _write(files[1], text.encode("utf-8"))
    files += _write_notes(notes_dir, notes)
    return ExportSummary(target, len(todos), len(events), len(notes), files)


def new_export_folder(parent: Path, clock: Clock) -> Path:
    """Create and return a folder in ``parent`` that did not exist before.

    "Assistant export <date>", numbered " (2)", " (3)"... when the name is
    taken by anything, a symlink included: mkdir never follows one.
    """
    base = EXPORT_FOLDER.format(date=clock.now.date().isoformat())
    for n in range(1, MAX_NUMBER + 1):
        folder = parent / (base if n == 1 else f"{base} ({n})")
        try:
            folder.mkdir(mode=paths.PRIVATE_FOLDER_MODE, exist_ok=False)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(_cannot_create(folder, exc)) from None
        return folder
    raise ExportError(
        f"Cannot export to {parent}: it already holds {MAX_NUMBER} exports named "
        f"'{base}'. Choose another folder."
    )


def _cannot_create(folder: Path, exc: OSError) -> str:
    return f"Cannot create {folder}: {exc.strerror or exc}."


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except IcsError as exc:  # its messages already explain the OS error plainly
        raise ExportError(str(exc)) from None


def _batches(store: Store, table: str) -> Iterator[list[dict[str, Any]]]:
    """All rows of ``table`` in id order, a batch at a time (keyset paging)."""
    last = 0
    while True:
        rows = store.query(
            f"SELECT * FROM [{table}] WHERE id > ? ORDER BY id LIMIT ?", [last, BATCH]
        )
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def todo_records(store: Store, clock: Clock) -> Iterator[dict[str, Any]]:
    """The `todo` records of the CLI contract, as `list_todos` returns them."""
    for rows in _batches(store, "todos"):
        yield from todos.records_of(store, rows, clock)


def event_records(store: Store, clock: Clock) -> Iterator[dict[str, Any]]:
    """The `event` records (series masters, single events and changed occurrences)."""
    for rows in _batches(store, "events"):
        for r in rows:
            yield EventData.from_row(r, clock.tz).record(r["id"], clock.tz)


def note_records(store: Store) -> Iterator[dict[str, Any]]:
    for rows in _batches(store, "notes"):
        yield from notes.records_of(store, rows)


def _write_notes(folder: Path, notes: list[dict[str, Any]]) -> list[Path]:
    used: set[str] = set()
    written = []
    for note in notes:
        path = folder / f"{unique_slug(note['title'], used)}.md"
        _write(path, note_markdown(note).encode("utf-8"))
        written.append(path)
    return written


def note_markdown(note: dict[str, Any]) -> str:
    """A note as Markdown: ``# Title``, a ``Tags:`` line when tagged, then the body."""
    title = " ".join(str(note["title"]).split()) or "Untitled"
    parts = [f"# {title}"]
    if note["tags"]:
        parts.append("Tags: " + " ".join(f"#{t}" for t in note["tags"]))
    body = str(note["body"]).strip()
    if body:
        parts.append(body)
    return "\n\n".join(parts) + "\n"


def slugify(title: str) -> str:
    """A file-name-safe, lower-case version of ``title`` ("Q3 plan!" -> "q3-plan")."""
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:MAX_SLUG].strip("-")
    if not slug:
        return "note"
    return f"{slug}-note" if slug in _RESERVED else slug


def unique_slug(title: str, used: set[str]) -> str:
    """``slugify(title)``, numbered ("-2", "-3"...) when already in ``used``; adds it there."""
    base = slugify(title)
    slug, n = base, 1
    while slug in used:
        n += 1
        slug = f"{base}-{n}"
    used.add(slug)
    return slug


# -- erase ----------------------------------------------------------------------


def erase_everything(store: Store) -> EraseSummary:
    """Delete every to-do, event, note, tag, conversation and journal entry.

    One transaction: either all of it goes or nothing does. The schema and its
    migrations stay, the full-text indexes are rebuilt (empty), the freed
    pages are vacuumed and the write-ahead log emptied, so the deleted text does
    not linger in the files.
    """
    with store.lock:
        summary = EraseSummary(
            *(_count_rows(store, t) for t in ("todos", "events", "notes", "conversations"))
        )
        try:
            with store.db.atomic():
                for table in ERASE_ORDER:
                    store.db.execute(f"DELETE FROM [{table}]")
                for fts in FTS_TABLES:
                    store.db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"The data could not be erased ({exc}); nothing was changed."
            ) from None
        try:
            store.db.execute("VACUUM")
            # The write-ahead log still holds the old pages, text and all: empty it.
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            # Erased all the same; the space is reclaimed by a later vacuum.
            log.warning("could not vacuum the database after erasing", exc_info=True)
    return summary


def _count_rows(store: Store, table: str) -> int:
    return int(store.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])


def _count(n: int, word: str) -> str:
    return f"1 {word}" if n == 1 else f"{n} {word}s"
