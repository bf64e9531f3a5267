"""An exclusive lock on a file, held across processes, on POSIX and Windows.

Migrations take it so that commands started together on a new data folder do
not all create the same tables: one migrates, the others wait, then find
nothing left to do. SQLite's own locks cannot do this, because a migration's
``executescript`` commits any transaction it is run in.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import StoreError

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def exclusive_lock(path: Path, wait_seconds: float, doing: str) -> Iterator[None]:
    """Hold ``path`` locked against every other process (and every other open of it).

    Waits up to ``wait_seconds`` for whoever holds it, then raises a
    :class:`StoreError` that says another window or process is ``doing``
    something. The file is left in place: deleting a lock file lets two
    processes lock two different files.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait_seconds
        pause = 0.005
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"Another window or process has been {doing} for {wait_seconds:g} "
                    "seconds; nothing was changed. Try again when it is done."
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.1)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
