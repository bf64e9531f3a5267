"""Writing to the store: transactions, journaled actions, Undo, and who hears of it.

:class:`StoreWrites` is the half of :class:`~assistant.store.db.Store` that
writes (the other half opens, reads and converts the file): every write of a
tool is one :meth:`~StoreWrites.action`, journaled so that Undo can take it
back, refused with a clear :class:`StoreError` when writing is off.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from assistant.errors import DatabaseDamaged, StoreError
from assistant.store import explain
from assistant.store.changes import Changes, Watch, Watchers
from assistant.store.integrity import IntegrityCheck
from assistant.store.journal import ActionJournal, Change, JournalGroup, Step, Tx, UndoResult

# How long a write waits while another window or process writes, before it
# gives up and says so. Generous: a big import or a migration can take a while.
WRITE_WAIT_SECONDS = 30
BUSY_TIMEOUT_MS = WRITE_WAIT_SECONDS * 1000
# Autosaves of one note join one journal entry (one Undo) while the pauses
# between them stay under SESSION_IDLE_SECONDS and the session is younger
# than SESSION_LONGEST_SECONDS.
SESSION_IDLE_SECONDS = 10 * 60
SESSION_LONGEST_SECONDS = 60 * 60


@dataclass
class _EditingSession:
    key: str
    action_id: int
    started: float
    last: float


class StoreWrites:
    """The writing half of :class:`~assistant.store.db.Store`; its ``__init__`` sets this state."""

    db: Database
    path: Path | None
    lock: threading.RLock
    journal: ActionJournal
    # The open journal group of the thread holding the lock (see group()).
    _group: Tx | None
    # Why writes are refused (read-only folder, damage), or None.
    writes_off: StoreError | None
    integrity: IntegrityCheck
    # The editing session the latest journal entry belongs to (see editing_session()).
    _session: _EditingSession | None
    _local: threading.local
    monotonic: Callable[[], float]
    # Who wants to know which tables this thread writes (see watch()).
    _watchers: Watchers

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


class _TakenBack(Exception):
    """Ends a :meth:`Store.trial`, so its transaction rolls back."""
