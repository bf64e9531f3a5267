"""Recovering a damaged database: back it up, then rebuild it from what can be read.

Only ever run with the user's consent (the window's banner, ``assistant repair``).
The damaged file is never changed: it is renamed to ``assistant.db.damaged-<time>``
next to the new one, with its ``-wal`` file, so nothing is lost that a better
tool could still get out of it.

Rows are read in one of two ways. Where the ``sqlite3`` command-line shell is
installed, its ``.recover`` command reads every page it can, around broken
b-tree pages, into a scratch database. Otherwise (Python's sqlite3 has no
``.recover``) each table is read in rowid order, stepping over the stretches
that cannot be read. Either way the rows are copied into a fresh database made
by the store's own migrations, so the schema is this version's; the full-text
indexes and the derived occurrence tables are rebuilt rather than copied.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assistant.errors import StoreError
from assistant.store.filelock import exclusive_lock
from assistant.store.integrity import connect_read_only

log = logging.getLogger(__name__)

# Derived data, rebuilt from `events` on the next calendar query (assistant/calendar/instances).
DERIVED_TABLES = frozenset({"event_instances", "instance_series", "instance_horizon"})
# Not copied: the fresh file has its own migration record.
SKIPPED_TABLES = DERIVED_TABLES | {"_sqlite_migrations", "instance_dirty"}
# How long the sqlite3 shell may take over `.recover` before rows are read one by one.
CLI_SECONDS = 600
# A table with more broken stretches than this is given up on after them.
MAX_GAPS_PER_TABLE = 10_000
# The largest rowid jump tried when stepping over unreadable pages (2**62).
_MAX_STEP_BITS = 62
# What the user sees, per table.
NOUNS = {"todos": "to-do", "events": "event", "notes": "note", "conversations": "conversation"}


@dataclass
class Recovery:
    """What a recovery did: where the damaged file went and what came back."""

    backup: Path
    method: str
    rows: dict[str, int] = field(default_factory=dict)
    # Stretches of a table that could not be read (row by row only).
    gaps: int = 0

    def describe(self) -> str:
        parts = [
            f"{self.rows.get(t, 0)} {noun}{'' if self.rows.get(t, 0) == 1 else 's'}"
            for t, noun in NOUNS.items()
        ]
        gaps = f"; {self.gaps} unreadable stretches skipped" if self.gaps else ""
        return (
            f"Recovered {', '.join(parts)} ({self.method}{gaps}). "
            f"The damaged file is kept as {self.backup}."
        )


def backup_name(path: Path, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return candidate


def recover(
    path: Path, *, sqlite_cli: str | None = None, use_cli: bool = True, key: bytes | None = None
) -> Recovery:
    """Rebuild the database at ``path`` from its readable rows; keep the damaged file.

    Every connection to ``path`` in this process must be closed first. Holds the
    migration lock, so no other process sets the database up meanwhile. An
    encrypted file (``key``) is read row by row (the shell cannot read it) into a
    new file encrypted with the same key.
    """
    from assistant.store.db import MIGRATION_LOCK_SUFFIX, Store

    if not path.exists():
        raise StoreError(f"There is no database at {path} to recover.")
    cli = (sqlite_cli or shutil.which("sqlite3")) if use_cli and key is None else None
    fresh = path.with_name(f"{path.name}.recovering")
    lock = path.with_name(f"{path.name}{MIGRATION_LOCK_SUFFIX}")
    with exclusive_lock(lock, 120, "repairing the database"), tempfile.TemporaryDirectory() as tmp:
        _remove_with_sidecars(fresh)
        sources: list[tuple[Path, bytes | None]] = [(path, key)]
        method = "read row by row"
        if cli is not None:
            scratch = _recover_with_cli(cli, path, Path(tmp) / "recovered.db")
            if scratch is not None:  # first: what .recover got, then any row it missed
                sources = [(scratch, None), (path, key)]
                method = "sqlite3 .recover, then row by row"
        store = Store.open(fresh, key)
        try:
            result = Recovery(backup=backup_name(path), method=method)
            _copy_rows(sources, store.db.conn, result)
        except BaseException:
            store.close()
            _remove_with_sidecars(fresh)
            raise
        finally:
            fresh.with_name(f"{fresh.name}{MIGRATION_LOCK_SUFFIX}").unlink(missing_ok=True)
        store.close()
        _swap(path, fresh, result.backup)
    return result


def _recover_with_cli(cli: str, damaged: Path, scratch: Path) -> Path | None:
    """Run the shell's ``.recover`` into ``scratch``; None when it is unavailable or fails."""
    try:
        dump = subprocess.run(
            [cli, "-readonly", str(damaged), ".recover"],
            capture_output=True,
            timeout=CLI_SECONDS,
            check=False,
        )
        if dump.returncode != 0 or not dump.stdout:
            log.info("sqlite3 .recover failed: %s", dump.stderr.decode(errors="replace"))
            return None
        load = subprocess.run(
            [cli, str(scratch)], input=dump.stdout, capture_output=True, timeout=CLI_SECONDS
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("sqlite3 .recover could not run: %s", exc)
        return None
    if load.stderr:  # the script goes on past errors; what loaded is still worth having
        log.info("loading the recovered rows said: %s", load.stderr.decode(errors="replace"))
    return scratch if scratch.exists() else None


def _copy_rows(
    sources: list[tuple[Path, bytes | None]], target: sqlite3.Connection, result: Recovery
) -> None:
    """Copy every readable row of ``sources`` into ``target`` (a row already there is kept)."""
    readable = 0
    target.execute("PRAGMA foreign_keys = OFF")
    target.execute("BEGIN IMMEDIATE")
    for source, key in sources:
        try:
            src = connect_read_only(source, key=key)
            src_tables = _tables(src)
        except sqlite3.DatabaseError as exc:
            log.info("nothing can be read from %s: %s", source, exc)
            continue
        readable += 1
        try:
            for table in _tables(target):
                if table not in SKIPPED_TABLES and table in src_tables:
                    copied = _copy_table(src, target, table, result)
                    result.rows[table] = result.rows.get(table, 0) + copied
        finally:
            src.close()
    if not readable:
        target.execute("ROLLBACK")
        raise StoreError(
            f"Nothing can be read from {sources[-1][0]}; the damaged file was left as it was."
        )
    _drop_orphans(target, result)
    for fts in _fts_tables(target):
        target.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")
    target.execute("COMMIT")
    target.execute("PRAGMA foreign_keys = ON")


def _tables(conn: sqlite3.Connection) -> list[str]:
    """Ordinary tables, without full-text indexes and their shadow tables."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _ in rows
        if name not in virtual and not any(name.startswith(f"{v}_") for v in virtual)
    ]


def _fts_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%fts5%'"
    ).fetchall()
    return [r[0] for r in rows]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]


def _copy_table(
    src: sqlite3.Connection, target: sqlite3.Connection, table: str, result: Recovery
) -> int:
    try:
        wanted = set(_columns(src, table))
    except sqlite3.DatabaseError:
        return 0
    columns = [c for c in _columns(target, table) if c in wanted]
    if not columns:
        return 0
    names = ", ".join(f"[{c}]" for c in columns)
    insert = f"INSERT OR IGNORE INTO [{table}] ({names}) VALUES ({', '.join('?' for _ in columns)})"
    copied = 0
    for row in _readable_rows(src, table, names, result):
        copied += target.execute(insert, row).rowcount
    return copied


def _readable_rows(
    src: sqlite3.Connection, table: str, names: str, result: Recovery
) -> Iterator[tuple[object, ...]]:
    """The table's rows in rowid order, stepping over pages that cannot be read."""
    after: int | None = None
    for _ in range(MAX_GAPS_PER_TABLE):
        sql = f"SELECT rowid, {names} FROM [{table}]"
        params: tuple[int, ...] = ()
        if after is not None:
            sql += " WHERE rowid > ?"
            params = (after,)
        try:
            for rowid, *values in src.execute(sql + " ORDER BY rowid", params):
                after = rowid
                yield tuple(values)
            return
        except sqlite3.DatabaseError:
            result.gaps += 1
            # The row that failed, when only its text (an overflow page) is broken;
            # else the first row past the broken pages.
            failed = _rowid_after(src, table, after)
            after = failed if failed is not None else _next_readable(src, table, after)
            if after is None:
                return


def _rowid_after(src: sqlite3.Connection, table: str, after: int | None) -> int | None:
    try:
        row = src.execute(
            f"SELECT rowid FROM [{table}] WHERE rowid > ? ORDER BY rowid LIMIT 1",
            (after if after is not None else -(1 << 63),),
        ).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else int(row[0])


def _next_readable(src: sqlite3.Connection, table: str, after: int | None) -> int | None:
    """A rowid to go on after, past the unreadable stretch that follows ``after``.

    Tries rowids ever further on (1, 2, 4, ... past ``after``) until a lookup
    from there works; returns the one before it, or None when nothing further
    can be read.
    """
    base = after if after is not None else 0
    for bits in range(_MAX_STEP_BITS + 1):
        start = base + (1 << bits)
        try:
            found = src.execute(
                f"SELECT rowid FROM [{table}] WHERE rowid >= ? ORDER BY rowid LIMIT 1", (start,)
            ).fetchone()
        except sqlite3.DatabaseError:
            continue
        return None if found is None else int(found[0]) - 1
    return None


def _drop_orphans(target: sqlite3.Connection, result: Recovery) -> None:
    """Delete links to rows that were lost (a tag link to a note that was not recovered)."""
    orphans = {(r[0], r[1]) for r in target.execute("PRAGMA foreign_key_check")}
    for table, rowid in orphans:
        target.execute(f"DELETE FROM [{table}] WHERE rowid = ?", (rowid,))
        if table in result.rows:
            result.rows[table] -= 1


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def _remove_with_sidecars(path: Path) -> None:
    for file in (path, *_sidecars(path)):
        file.unlink(missing_ok=True)


def _swap(path: Path, fresh: Path, backup: Path) -> None:
    """The damaged file (and its -wal) become the backup; the fresh file takes its place."""
    os.replace(path, backup)
    wal, shm = _sidecars(path)
    if wal.exists():
        os.replace(wal, backup.with_name(backup.name + "-wal"))
    shm.unlink(missing_ok=True)
    os.replace(fresh, path)
    for sidecar in _sidecars(fresh):
        sidecar.unlink(missing_ok=True)
