"""Opening the database: pragmas, migrations, and clear errors for a bad file.

:class:`Store` opens, reads, recovers and converts the file here; its writing
half (transactions, the journal, Undo) is :mod:`assistant.store.writes`.

A folder that cannot be written (read-only media, permissions) is opened
read-only (``mode=ro``) so the data can still be seen; a file that the
integrity check finds damaged stops taking changes. Either way every write
then raises a :class:`StoreError` that says why, and changes nothing.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from assistant import paths
from assistant.errors import ReadOnlyData, StoreError
from assistant.store import cipher, explain
from assistant.store.changes import Watchers
from assistant.store.filelock import exclusive_lock
from assistant.store.integrity import IntegrityCheck, connect_read_only
from assistant.store.journal import ActionJournal
from assistant.store.migrations import migrations
from assistant.store.writes import BUSY_TIMEOUT_MS, StoreWrites

# Defined here before the writing half moved out; still read from here.
from assistant.store.writes import SESSION_IDLE_SECONDS as SESSION_IDLE_SECONDS
from assistant.store.writes import SESSION_LONGEST_SECONDS as SESSION_LONGEST_SECONDS
from assistant.store.writes import WRITE_WAIT_SECONDS as WRITE_WAIT_SECONDS

if TYPE_CHECKING:
    from assistant.store.encryption import Converted
    from assistant.store.recover import Recovery

# How long opening waits while another process creates or upgrades the schema.
MIGRATION_WAIT_SECONDS = 120
# The lock file next to the database, like SQLite's own -wal and -shm files.
MIGRATION_LOCK_SUFFIX = "-migrate.lock"
# Errors that mean "this cannot be written", not "this is broken".
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def utc_stamp(moment: datetime | None = None) -> str:
    """A UTC timestamp as stored in `created`/`updated` columns."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class Store(StoreWrites):
    """One connection to the assistant's database.

    A Store may be shared between threads; its lock serialises writes. Threads
    that read a lot (the GUI) may open their own Store on the same file: WAL
    lets readers and one writer work at the same time.
    """

    def __init__(self, db: Database, path: Path | None = None, key: bytes | None = None) -> None:
        self.db = db
        self.path = path
        # The SQLCipher key of an encrypted file (see store/cipher.py); None when plain.
        self.key = key
        self.lock = threading.RLock()
        self.journal = ActionJournal(self)
        self._group = None
        self.writes_off = None
        self.integrity = IntegrityCheck(path, key)
        self._session = None
        self._local = threading.local()
        self.monotonic = time.monotonic
        self._watchers = Watchers()

    @classmethod
    def open(cls, path: Path | str | None = None, key: bytes | None = None) -> Store:
        """Open (creating and migrating) the database at ``path``; ``None`` is in-memory.

        Where the folder or the file cannot be written, an existing database is
        opened read-only instead (see :attr:`writes_off`). An encrypted file is
        opened with ``key``, else with the key kept in the keychain or given in
        ``$ASSISTANT_RECOVERY_KEY``; without one that opens it, :class:`cipher.KeyNeeded`
        says how to give it and nothing is changed. A new (or empty) file is
        created encrypted only when ``key`` is given.
        """
        if path is None:
            db = Database(_connect(None), execute_plugins=False)
            _configure(db)
            migrations.apply(db)
            return cls(db)
        file = Path(path)
        given = key
        for _ in range(3):
            key = key_for(file, given)
            if file.exists() and not _writable(file):
                return cls._open_read_only(file, key)
            conn: sqlite3.Connection | None = None
            try:
                _make_private(file)
                inode = file.stat().st_ino
                conn = _connect(file) if key is None else _connect_encrypted(file, key)
                db = Database(conn, execute_plugins=False)
                _configure(db)
                _migrate_file(db, file)
                if file.stat().st_ino == inode:
                    return cls(db, file, key)
            except (sqlite3.DatabaseError, OSError) as exc:
                if conn is not None:
                    conn.close()
                if file.exists() and _cannot_write(exc):
                    return cls._open_read_only(file, key)
                raise StoreError(explain.open_error(file, exc, BUSY_TIMEOUT_MS)) from None
            # Replaced while this waited (encryption turned on or off): open the new file.
            conn.close()
        raise StoreError(f"The database {file} keeps being replaced; try again in a moment.")

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @classmethod
    def _open_read_only(cls, file: Path, key: bytes | None = None) -> Store:
        """Open ``file`` with ``mode=ro``: every read works, every write says why not."""
        folder = file.parent
        conn: sqlite3.Connection | None = None
        problem: sqlite3.Error | None = None
        # Without a -shm file, and no way to create one, only an immutable open can read.
        for immutable in (False, True):
            try:
                conn = connect_read_only(file, immutable=immutable, key=key)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.OperationalError as exc:
                if conn is not None:
                    conn.close()
                conn, problem = None, exc
            except sqlite3.DatabaseError as exc:
                raise StoreError(explain.open_error(file, exc, BUSY_TIMEOUT_MS)) from None
        if conn is None:
            assert problem is not None
            raise StoreError(explain.open_error(file, problem, BUSY_TIMEOUT_MS))
        db = Database(conn, execute_plugins=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if migrations.pending(db):
            conn.close()
            raise StoreError(
                f"The database in {folder} needs a schema update from this version of the app, "
                "which cannot be written because the folder is read-only. Copy the folder "
                "somewhere writable and open it there."
            )
        store = cls(db, file, key)
        store.stop_writing(ReadOnlyData.of(folder))
        return store

    def close(self) -> None:
        # Under the lock: a reader or writer on another thread ends its statement first,
        # and a later one fails with "closed database" instead of using a freed connection.
        with self.lock:
            self.db.close()

    def recover(self) -> Recovery:
        """Back up the damaged file and rebuild it from what can be read; then use the new one.

        Only with the user's consent (see :mod:`assistant.store.recover`). The
        connection is closed meanwhile, and opened again on the new file even
        when recovery fails.
        """
        from assistant.store.recover import recover

        if self.path is None:
            raise StoreError("An in-memory database has no file to recover.")
        with self.lock:
            self.db.close()
            try:
                return recover(self.path, key=self.key)
            finally:
                self._reconnect()

    def encrypt(self, key: bytes, *, before_swap: Callable[[], None] | None = None) -> Converted:
        """Turn encryption at rest on with ``key`` (see :mod:`assistant.store.encryption`).

        The connection is closed meanwhile and opened again on the new file, or
        on the unchanged one when the conversion failed.
        """
        from assistant.store.encryption import turn_on

        path = self._file_to_convert()
        with self.lock:
            self.db.close()
            try:
                return turn_on(path, key, before_swap=before_swap)
            finally:
                self._reconnect(key)

    def decrypt(self, *, before_swap: Callable[[], None] | None = None) -> Converted:
        """Turn encryption at rest off: the file becomes a plain SQLite file again."""
        from assistant.store.encryption import turn_off

        path = self._file_to_convert()
        if self.key is None:
            raise StoreError("The database is not encrypted; nothing was changed.")
        with self.lock:
            self.db.close()
            try:
                return turn_off(path, self.key, before_swap=before_swap)
            finally:
                self._reconnect()

    def rotate_key(self, key: bytes, *, before_swap: Callable[[], None] | None = None) -> Converted:
        """Re-encrypt the database with the new ``key`` (see :func:`encryption.rotate`)."""
        from assistant.store.encryption import rotate

        path = self._file_to_convert()
        if self.key is None:
            raise StoreError("The database is not encrypted; nothing was changed.")
        old = self.key
        with self.lock:
            self.db.close()
            try:
                converted = rotate(path, old, key, before_swap=before_swap)
            except BaseException:  # the swap may have happened before the failure
                self._reconnect(key if cipher.opens(path, key) else old)
                raise
            self._reconnect(key)
            return converted

    def _file_to_convert(self) -> Path:
        if self.path is None:
            raise StoreError("An in-memory database has no file to encrypt.")
        if self._group is not None or self.db.conn.in_transaction:
            raise StoreError("The database is busy; try again when the current change is done.")
        if self.writes_off is not None:
            raise type(self.writes_off)(str(self.writes_off))
        return self.path

    def _reconnect(self, key: bytes | None = None) -> None:
        """Open the file again (after a swap); ``key`` for a file that was just encrypted."""
        assert self.path is not None
        fresh = Store.open(self.path, key or self.key)
        self.db = fresh.db
        self.key = fresh.key
        self.writes_off = fresh.writes_off
        self.integrity = fresh.integrity
        self._session = None

    # -- reading ---------------------------------------------------------

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self.lock:
            try:
                cursor = self.db.execute(sql, params)
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            except sqlite3.OperationalError as exc:
                if explain.disk_full(exc, self._folder()):
                    raise StoreError(explain.read_error(exc, self._folder())) from None
                raise

    def get(self, table: str, row_id: int) -> dict[str, Any] | None:
        rows = self.query(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
        return rows[0] if rows else None


def key_for(file: Path, key: bytes | None) -> bytes | None:
    """The key to open ``file`` with: None for a plain file, else one that opens it."""
    if not cipher.looks_encrypted(file):
        # A new or empty file is created encrypted only with a key given for it.
        new = not file.exists() or file.stat().st_size == 0
        return key if new and key is not None else None
    if key is not None:
        return key
    return cipher.find_key(file)


def _connect_encrypted(file: Path, key: bytes) -> sqlite3.Connection:
    return cipher.connect(file, key, timeout=BUSY_TIMEOUT_MS / 1000)


def _connect(file: Path | None) -> sqlite3.Connection:
    return sqlite3.connect(
        ":memory:" if file is None else str(file),
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _writable(file: Path) -> bool:
    """Whether the folder and the database in it can be written (read-only media say no)."""
    return os.access(file.parent, os.W_OK) and os.access(file, os.W_OK)


def _cannot_write(exc: BaseException) -> bool:
    """Whether opening failed only because nothing may be written there."""
    if isinstance(exc, OSError):
        return exc.errno in _READ_ONLY_ERRNOS
    text = str(exc)
    return "readonly" in text or "read-only" in text or "unable to open" in text


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
