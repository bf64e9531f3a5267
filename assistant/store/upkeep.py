"""Keeping the journal in bounds, and forgetting what was deleted.

The action journal keeps before/after images of every change, so a note's
text stays in it after the note is deleted, and every version of a note that
was edited. ``prune_journal`` drops entries older than a number of days and
the oldest ones beyond a size (the window runs it at start, in the
background). ``forget_deleted`` drops every entry that holds an image of a
to-do, event or note that no longer exists, rebuilds the full-text indexes
(whose segments keep deleted words until merged), and rewrites the file with
``VACUUM`` and an emptied write-ahead log, so the text is not left in free
pages either. Entries that are dropped can no longer be undone.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from assistant.errors import StoreError
from assistant.limits import SQL_BATCH
from assistant.store.db import Store

log = logging.getLogger(__name__)

DEFAULT_JOURNAL_DAYS = 90
DEFAULT_JOURNAL_MEGABYTES = 50
# The tables whose rows the user sees as items.
ITEM_TABLES = ("todos", "events", "notes")
FTS_TABLES = ("notes_fts", "todos_fts", "todos_words", "events_words")
# Vacuum after pruning when at least this much of the file is free pages.
VACUUM_FREE_BYTES = 8 * 1024 * 1024

_SIZE = "coalesce(length(CAST(before AS BLOB)), 0) + coalesce(length(CAST(after AS BLOB)), 0)"


@dataclass(frozen=True)
class Pruned:
    entries: int
    bytes_before: int
    bytes_after: int

    def describe(self) -> str:
        if not self.entries:
            return "The undo history is within its limits."
        mb = (self.bytes_before - self.bytes_after) / 1e6
        noun = "entry" if self.entries == 1 else "entries"
        return f"Dropped {self.entries} old undo {noun} ({mb:.1f} MB)."


@dataclass(frozen=True)
class Forgotten:
    items: int
    entries: int

    def describe(self) -> str:
        if not self.entries:
            return "Nothing to forget: the undo history holds no deleted items."
        items = "1 deleted item" if self.items == 1 else f"{self.items} deleted items"
        noun = "entry" if self.entries == 1 else "entries"
        return (
            f"Forgot {items}: {self.entries} undo {noun} removed and the database "
            "rewritten, so their text is gone from the file."
        )


def journal_bytes(store: Store) -> int:
    """How many bytes the journal's row images take."""
    row = store.query(f"SELECT coalesce(sum({_SIZE}), 0) AS n FROM action_changes")
    return int(row[0]["n"])


def prune_journal(
    store: Store,
    *,
    max_days: int = DEFAULT_JOURNAL_DAYS,
    max_megabytes: int = DEFAULT_JOURNAL_MEGABYTES,
    now: datetime | None = None,
) -> Pruned:
    """Drop journal entries older than ``max_days``, then the oldest beyond ``max_megabytes``."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=max_days)).astimezone(UTC)
    limit = max_megabytes * 1024 * 1024
    with store.lock:
        before = journal_bytes(store)
        with store.transaction():
            old = [
                r["id"]
                for r in store.query(
                    "SELECT id FROM actions WHERE created < ? ORDER BY id",
                    (cutoff.isoformat(timespec="microseconds"),),
                )
            ]
            doomed = set(old)
            total = before - _bytes_of(store, old)
            if total > limit:
                sizes = store.query(
                    f"SELECT a.id AS id, coalesce(sum({_SIZE}), 0) AS n FROM actions a "
                    "LEFT JOIN action_changes ON action_id = a.id GROUP BY a.id ORDER BY a.id"
                )
                for row in sizes:
                    if total <= limit:
                        break
                    if row["id"] not in doomed:
                        doomed.add(row["id"])
                        total -= int(row["n"])
            _delete_entries(store, sorted(doomed))
        after = journal_bytes(store)
        if doomed and _free_bytes(store) >= VACUUM_FREE_BYTES:
            _compact(store)
    return Pruned(len(doomed), before, after)


def forget_deleted(store: Store) -> Forgotten:
    """Remove every trace of deleted to-dos, events and notes from the journal and the file."""
    with store.lock:
        with store.transaction():
            store.db.execute("PRAGMA secure_delete = ON")
            entries: set[int] = set()
            items = 0
            for table in ITEM_TABLES:
                rows = store.query(
                    f"SELECT action_id, row_id FROM action_changes WHERE table_name = ? "
                    f"AND row_id NOT IN (SELECT id FROM [{table}])",
                    (table,),
                )
                entries.update(r["action_id"] for r in rows)
                items += len({r["row_id"] for r in rows})
            _delete_entries(store, sorted(entries))
            for fts in FTS_TABLES:  # merged anew: deleted words leave the index's segments
                store.db.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")
        try:
            _compact(store)
        finally:
            store.db.execute("PRAGMA secure_delete = OFF")
    return Forgotten(items, len(entries))


def _bytes_of(store: Store, ids: list[int]) -> int:
    total = 0
    for i in range(0, len(ids), SQL_BATCH):
        batch = ids[i : i + SQL_BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = store.query(
            f"SELECT coalesce(sum({_SIZE}), 0) AS n FROM action_changes "
            f"WHERE action_id IN ({marks})",
            batch,
        )
        total += int(rows[0]["n"])
    return total


def _delete_entries(store: Store, ids: list[int]) -> None:
    for i in range(0, len(ids), SQL_BATCH):
        batch = ids[i : i + SQL_BATCH]
        marks = ", ".join("?" for _ in batch)
        store.db.execute(f"DELETE FROM action_changes WHERE action_id IN ({marks})", batch)
        store.db.execute(f"DELETE FROM actions WHERE id IN ({marks})", batch)


def _free_bytes(store: Store) -> int:
    pages = int(store.db.execute("PRAGMA freelist_count").fetchone()[0])
    return pages * int(store.db.execute("PRAGMA page_size").fetchone()[0])


def _compact(store: Store) -> None:
    """Rewrite the file without free pages, and empty the write-ahead log."""
    try:
        store.db.execute("VACUUM")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"The undo history was trimmed, but the file could not be compacted ({exc}); "
            "try again later."
        ) from None
