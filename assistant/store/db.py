"""Opening the database: pragmas, migrations, and clear errors for a bad file.

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
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from assistant import paths
from assistant.errors import DatabaseDamaged, ReadOnlyData, StoreError
from assistant.store import cipher, explain
from assistant.store.changes import Changes, Watch, Watchers
from assistant.store.filelock import exclusive_lock
from assistant.store.integrity import IntegrityCheck, connect_read_only
from assistant.store.journal import ActionJournal, Change, JournalGroup, Step, Tx, UndoResult
from assistant.store.migrations import migrations

if TYPE_CHECKING:
    from assistant.store.encryption import Converted
    from assistant.store.recover import Recovery

# How long a write waits while another window or process writes, before it
# gives up and says so. Generous: a big import or a migration can take a while.
WRITE_WAIT_SECONDS = 30
BUSY_TIMEOUT_MS = WRITE_WAIT_SECONDS * 1000
# How long opening waits while another process creates or upgrades the schema.
MIGRATION_WAIT_SECONDS = 120
# The lock file next to the database, like SQLite's own -wal and -shm files.
MIGRATION_LOCK_SUFFIX = "-migrate.lock"
# Autosaves of one note join one journal entry (one Undo) while the pauses
# between them stay under SESSION_IDLE_SECONDS and the session is younger
# than SESSION_LONGEST_SECONDS.
SESSION_IDLE_SECONDS = 10 * 60
SESSION_LONGEST_SECONDS = 60 * 60
# Errors that mean "this cannot be written", not "this is broken".
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


@dataclass
class _EditingSession:
    key: str
    action_id: int
    started: float
    last: float


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

    def __init__(self, db: Database, path: Path | None = None, key: bytes | None = None) -> None:
        self.db = db
        self.path = path
        # The SQLCipher key of an encrypted file (see store/cipher.py); None when plain.
        self.key = key
        self.lock = threading.RLock()
        self.journal = ActionJournal(self)
        # The open journal group of the thread holding the lock (see group()).
        self._group: Tx | None = None
        # Why writes are refused (read-only folder, damage), or None.
        self.writes_off: StoreError | None = None
        self.integrity = IntegrityCheck(path, key)
        # The editing session the latest journal entry belongs to (see editing_session()).
        self._session: _EditingSession | None = None
        self._local = threading.local()
        self.monotonic: Callable[[], float] = time.monotonic
        # Who wants to know which tables this thread writes (see watch()).
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

    # -- health ----------------------------------------------------------

    def stop_writing(self, reason: StoreError) -> None:
        """Refuse every write from now on with ``reason`` (the connection turns query-only)."""
        with self.lock:
            self.writes_off = reason
            with suppress(sqlite3.Error):  # also stops writes that bypass action()
                self.db.execute("PRAGMA query_only = ON")

    def check_integrity(self) -> list[str]:
        """Run ``quick_check`` once (later calls wait for or reuse its verdict).

        On damage the store stops writing. Safe to call from any thread; the
        window calls it in the background at start.
        """
        problems = self.integrity.run()
        if problems and not isinstance(self.writes_off, DatabaseDamaged):
            self.stop_writing(DatabaseDamaged())
        return problems

    def _guard_write(self) -> None:
        """Raise why writing is off; the first write of a process waits for the check."""
        if self.writes_off is None:
            self.check_integrity()
        if self.writes_off is not None:
            raise type(self.writes_off)(str(self.writes_off))

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
        :meth:`action`; the caller holds :attr:`lock`. Raises a :class:`StoreError`
        when writing is off or the database refused the change.
        """
        self._guard_write()
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # an error may have ended it already
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.OperationalError as exc:
            raise StoreError(self._explain_write_error(exc)) from None

    @contextmanager
    def editing_session(self, key: str) -> Iterator[None]:
        """Actions of this thread in the block belong to the editing session ``key``.

        Such an action joins the latest journal entry instead of adding one when
        that entry is this session's (same key, nothing written since, not undone,
        paused less than SESSION_IDLE_SECONDS, younger than SESSION_LONGEST_SECONDS),
        so undo goes back to the state before the session. Notes' autosave uses it.
        """
        previous = getattr(self._local, "session_key", None)
        self._local.session_key = key
        try:
            yield
        finally:
            self._local.session_key = previous

    @contextmanager
    def action(self, tool: str, summary: str) -> Iterator[Tx]:
        """One journaled transaction. Nothing is written if the block raises.

        Inside :meth:`group` the changes join the group's action instead, and
        ``tx.action_id`` stays None until the group ends. Inside :meth:`undo_step`
        the new entry joins the step's journal group. ``tx.touched`` says which
        tables it changed; so does every :meth:`watch` of this thread.
        """
        if self._group is None:  # a group already waited
            self._guard_write()  # before the lock: readers need not wait for the check
        with self.lock:
            if self._group is not None:
                with self.db.atomic():  # a savepoint inside the group's transaction
                    tx = Tx(self.db)
                    yield tx
                    self._group.changes.extend(tx.changes)
                self._watchers.saw(tx.touched.tables)
                return
            key = getattr(self._local, "session_key", None)
            with self.transaction():
                tx = Tx(self.db)
                yield tx
                tx.action_id = self._record(tool, tx.summary or summary, tx.changes, key)
            self._watchers.saw(tx.touched.tables)

    @contextmanager
    def group(self, tool: str, summary: str) -> Iterator[Tx]:
        """Several actions as one: one transaction, one journal entry, one Undo.

        The lock is held throughout, so no other thread's writes interleave.
        ``tx.action_id`` is set when the block ends (None if nothing changed).
        A group inside a group simply joins the outer one.
        """
        with self.lock:
            if self._group is not None:
                with self.action(tool, summary) as inner:
                    yield inner
                return
            with self.action(tool, summary) as tx:
                self._group = tx
                try:
                    yield tx
                finally:
                    self._group = None

    @contextmanager
    def undo_step(self) -> Iterator[None]:
        """Every action this thread journals in the block is one Undo step.

        Unlike :meth:`group` this is no transaction and holds no lock (an
        assistant turn waits for the model between its writes): each action
        commits on its own, and their journal entries share a group id, so one
        Undo (or Redo) takes all of them. Nested steps join the outer one.
        """
        if getattr(self._local, "step", None) is not None:
            yield
            return
        self._local.step = JournalGroup()
        try:
            yield
        finally:
            self._local.step = None

    @contextmanager
    def trial(self) -> Iterator[None]:
        """Writes in the block are made and then taken back: nothing stays, nobody hears.

        For showing what a change would do before the user approves it: the
        tools run as they will, and what they read back is the changed rows.
        Their journal entries go too, and they join no open group or Undo step;
        the lock is held throughout. What the block raises passes through.
        """
        self._guard_write()
        with self.lock:
            local = self._local
            saved = (self._group, getattr(local, "step", None), getattr(local, "session_key", None))
            self._group, local.step, local.session_key = None, None, None
            try:
                with self._watchers.muted(), suppress(_TakenBack), self.transaction():
                    yield
                    raise _TakenBack
            finally:
                self._group, local.step, local.session_key = saved

    @contextmanager
    def watch(self) -> Iterator[Watch]:
        """Collect the tables this thread writes in the block (``watch.changes``)."""
        with self._watchers.watch() as watch:
            yield watch

    def listen(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``callback(changes)`` after every journaled write, undo and redo, on any thread.

        Writes outside the journal (a sync, a subscription's refresh) are not
        heard. Returns a function that stops the calls.
        """
        return self._watchers.listen(callback)

    def undo(self, action_id: int | None = None) -> UndoResult:
        """Undo one step: the latest one not undone, or the one ``action_id`` belongs to.

        A step is an action, or every action of its journal group not undone yet.
        """
        self._guard_write()
        with self.lock, self.transaction():
            result = self.journal.undo(action_id)
        self._watchers.saw(result.changes.tables)
        return result

    def redo(self) -> UndoResult:
        """Put back the step the latest Undo took back (refused once something new was done)."""
        self._guard_write()
        with self.lock, self.transaction():
            result = self.journal.redo()
        self._watchers.saw(result.changes.tables)
        return result

    def next_undo(self) -> Step | None:
        """What :meth:`undo` would take back now, or None (for "Undo Delete 40 to-dos")."""
        return self.journal.next_undo()

    def next_redo(self) -> Step | None:
        """What :meth:`redo` would put back now, or None."""
        return self.journal.next_redo()

    def _record(
        self, tool: str, summary: str, changes: list[Change], key: str | None
    ) -> int | None:
        """Journal ``changes``: a new entry, or the editing session's entry they join."""
        now = self.monotonic()
        session = self._session
        if key is not None and changes and session is not None and session.key == key:
            fresh = now - session.last < SESSION_IDLE_SECONDS
            young = now - session.started < SESSION_LONGEST_SECONDS
            if fresh and young and self.journal.is_latest_open(session.action_id):
                self.journal.merge(session.action_id, changes)
                session.last = now
                return session.action_id
        step = getattr(self._local, "step", None)
        action_id = self.journal.record(tool, summary, changes, step)
        if key is not None and action_id is not None:
            self._session = _EditingSession(key, action_id, now, now)
        return action_id

    def _folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def _explain_write_error(self, exc: sqlite3.OperationalError) -> str:
        waited_ms = BUSY_TIMEOUT_MS
        with suppress(sqlite3.Error):  # the timeout in force, which a caller may have changed
            waited_ms = int(self.db.execute("PRAGMA busy_timeout").fetchone()[0])
        return explain.write_error(exc, waited_ms, self._folder())


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


class _TakenBack(Exception):
    """Ends a :meth:`Store.trial`, so its transaction rolls back."""
