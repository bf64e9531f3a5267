"""Opening the database: pragmas, migrations, and clear errors for a bad file."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from assistant import paths
from assistant.errors import StoreError
from assistant.store.filelock import exclusive_lock
from assistant.store.journal import ActionJournal, Tx, UndoResult
from assistant.store.migrations import migrations

# How long a write waits while another window or process writes, before it
# gives up and says so. Generous: a big import or a migration can take a while.
WRITE_WAIT_SECONDS = 30
BUSY_TIMEOUT_MS = WRITE_WAIT_SECONDS * 1000
# How long opening waits while another process creates or upgrades the schema.
MIGRATION_WAIT_SECONDS = 120
# The lock file next to the database, like SQLite's own -wal and -shm files.
MIGRATION_LOCK_SUFFIX = "-migrate.lock"


def utc_stamp(moment: datetime | None = None) -> str:
    """A UTC timestamp as stored in `created`/`updated` columns."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Store:
    """One connection to the assistant's database.

    A Store may be shared between threads; its lock serialises writes. Threads
    that read a lot (the GUI) may open their own Store on the same file: WAL
    lets readers and one writer work at the same time.
    """

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self.lock = threading.RLock()
        self.journal = ActionJournal(self)
        # The open journal group of the thread holding the lock (see group()).
        self._group: Tx | None = None

    @classmethod
    def open(cls, path: Path | str | None = None) -> Store:
        """Open (creating and migrating) the database at ``path``; ``None`` is in-memory."""
        file = Path(path) if path is not None else None
        try:
            if file is not None:
                _make_private(file)
            conn = sqlite3.connect(
                ":memory:" if file is None else str(file),
                check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
            db = Database(conn, execute_plugins=False)
            _configure(db)
            if file is None:
                migrations.apply(db)
            else:
                _migrate_file(db, file)
        except sqlite3.DatabaseError as exc:
            raise StoreError(_explain_open_error(file, exc)) from None
        except OSError as exc:
            folder = file.parent if file is not None else None
            raise StoreError(f"Cannot write in the data folder {folder}: {exc.strerror}.") from None
        return cls(db, file)

    def close(self) -> None:
        self.db.close()

    # -- reading ---------------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self.lock:
            cursor = self.db.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
        return rows[0] if rows else None

    # -- writing ---------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction that waits its turn: ``BEGIN IMMEDIATE``, or a savepoint.

        A deferred ``BEGIN`` (what ``db.atomic()`` issues) takes the write lock
        only at the first write, and SQLite cannot wait for a lock it must
        upgrade from a read: such writes failed at once with "database is
        locked" whatever the busy timeout. IMMEDIATE takes the write lock up
        front, where the busy timeout applies. Inside an open transaction this
        is a savepoint, as ``db.atomic()`` makes. Not journaled: tools use
        :meth:`action`; the caller holds :attr:`lock`.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # an error may have ended it already
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def action(self, tool: str, summary: str) -> Iterator[Tx]:
        """One journaled transaction. Nothing is written if the block raises.

        Inside :meth:`group` the changes join the group's action instead, and
        ``tx.action_id`` stays None until the group ends.
        """
        with self.lock:
            if self._group is not None:
                with self.db.atomic():  # a savepoint inside the group's transaction
                    tx = Tx(self.db)
                    yield tx
                    self._group.changes.extend(tx.changes)
                return
            try:
                with self.transaction():
                    tx = Tx(self.db)
                    yield tx
                    tx.action_id = self.journal.record(tool, tx.summary or summary, tx.changes)
            except sqlite3.OperationalError as exc:
                raise StoreError(self._explain_write_error(exc)) from None

    @contextmanager
    def group(self, tool: str, summary: str) -> Iterator[Tx]:
        """Several actions as one: one transaction, one journal entry, one Undo.

        The lock is held throughout, so no other thread's writes interleave.
        ``tx.action_id`` is set when the block ends (None if nothing changed).
        """
        with self.lock:
            if self._group is not None:
                raise RuntimeError("journal groups do not nest")
            with self.action(tool, summary) as tx:
                self._group = tx
                try:
                    yield tx
                finally:
                    self._group = None

    def undo(self, action_id: int | None = None) -> UndoResult:
        """Undo one action (the latest one not yet undone when ``action_id`` is None)."""
        with self.lock:
            try:
                with self.transaction():
                    return self.journal.undo(action_id)
            except sqlite3.OperationalError as exc:
                raise StoreError(self._explain_write_error(exc)) from None

    def _explain_write_error(self, exc: sqlite3.OperationalError) -> str:
        waited_ms = BUSY_TIMEOUT_MS
        with suppress(sqlite3.Error):  # the timeout in force, which a caller may have changed
            waited_ms = int(self.db.execute("PRAGMA busy_timeout").fetchone()[0])
        return _explain_write_error(exc, waited_ms)


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, which every file uses


def _make_private(file: Path) -> None:
    """The folder 0700 and the database 0600, created so or tightened if looser.

    SQLite gives its -wal and -shm files the database's mode; old ones are tightened too.
    """
    paths.make_private_folder(file.parent)
    paths.make_private_file(file)
    for suffix in ("-wal", "-shm"):
        paths.tighten(file.with_name(file.name + suffix))


def _migrate_file(db: Database, file: Path) -> None:
    """Switch to WAL and migrate, one process at a time.

    Commands started together on a new data folder would otherwise all see the
    same pending migrations and all create the same tables ("table todos
    already exists"). SQLite's locks cannot keep them apart: a migration's
    ``executescript`` commits the transaction it runs in. So whoever migrates
    holds a lock file next to the database; the others wait for it, then find
    nothing left to do (``apply`` reads what is pending only once it has the lock).
    """
    if not migrations.pending(db) and _journal_mode(db) == "wal":
        return  # the usual case: nothing to do, no lock to take
    lock = file.with_name(f"{file.name}{MIGRATION_LOCK_SUFFIX}")
    with exclusive_lock(lock, MIGRATION_WAIT_SECONDS, "setting up the database"):
        db.execute("PRAGMA journal_mode = WAL")
        migrations.apply(db)


def _journal_mode(db: Database) -> str:
    return str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()


def _explain_open_error(path: Path | None, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return (
            f"The database {path} is damaged or is not an assistant database ({text}). "
            "Move it aside to start fresh, or restore a backup."
        )
    if "readonly" in text or "unable to open" in text:
        return f"Cannot open the database {path} for writing ({text})."
    if "locked" in text or "busy" in text:
        return (
            f"The database {path} stayed busy in another window or process for "
            f"{_seconds(BUSY_TIMEOUT_MS)}; try again when it is done."
        )
    return f"Cannot open the database {path}: {text}."


def _explain_write_error(exc: sqlite3.OperationalError, waited_ms: int) -> str:
    text = str(exc)
    if "full" in text:
        return "The disk is full, so nothing was saved. Free some space and try again."
    if "locked" in text or "busy" in text:
        return (
            "The database stayed busy in another window or process for "
            f"{_seconds(waited_ms)}; nothing was saved. Try again when it is done."
        )
    if "readonly" in text:
        return "The database is read-only, so nothing was saved."
    return f"The database refused the change ({text}); nothing was saved."


def _seconds(ms: int) -> str:
    seconds = ms / 1000
    return "1 second" if seconds == 1 else f"{seconds:g} seconds"
