"""SQLite's ``quick_check`` of the database, run once per process before the first write.

The window starts the check in the background at start; the command line runs
it when its first change is about to be written. A damaged file takes no more
changes (the store turns read-only) until the user chose to recover it
(:mod:`assistant.store.recover`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

# How many of quick_check's messages are kept (it reports up to 100).
KEPT_PROBLEMS = 5


def connect_read_only(
    path: Path, *, immutable: bool = False, key: bytes | None = None
) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``) that never creates or changes a file.

    ``immutable`` also skips SQLite's locks and shared-memory file, for a folder
    where not even the ``-shm`` file can be created (read-only media). ``key``
    opens an encrypted file (SQLCipher).
    """
    uri = path.absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    if key is not None:
        from assistant.store import cipher

        return cipher.connect(uri, key, uri=True)
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def quick_check(path: Path, key: bytes | None = None) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong with the file; empty when it is intact.

    Damage that stops the check itself ("file is not a database", "malformed")
    is a problem too. A file that cannot be opened or is busy is not called
    damaged: that is not what the check is about.
    """
    try:
        conn = connect_read_only(path, key=key)
    except sqlite3.Error as exc:
        log.warning("the integrity check could not open %s: %s", path, exc)
        return []
    try:
        rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as exc:  # busy, unreadable shm: no verdict
        if "malformed" in str(exc) or "not a database" in str(exc):
            return [str(exc)]
        log.warning("the integrity check of %s did not run: %s", path, exc)
        return []
    except sqlite3.DatabaseError as exc:  # SQLITE_CORRUPT, SQLITE_NOTADB
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows[:KEPT_PROBLEMS]


class IntegrityCheck:
    """The verdict of one ``quick_check``, computed once and shared by every thread.

    The first caller of :meth:`run` does the check; callers meanwhile wait for
    its verdict, later ones get it at once.
    """

    def __init__(self, path: Path | None, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self._claim = threading.Lock()
        self._started = False
        self._done = threading.Event()
        self._problems: list[str] = []

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def run(self) -> list[str]:
        """The problems found (empty when intact), checking first if nobody has."""
        with self._claim:
            mine = not self._started
            self._started = True
        if mine:
            try:
                self._problems = quick_check(self.path, self.key) if self.path is not None else []
            finally:
                self._done.set()
        self._done.wait()
        return list(self._problems)
