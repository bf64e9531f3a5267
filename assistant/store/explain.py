"""Plain sentences for what SQLite and the disk report when opening, reading or writing.

A full disk must read as "the disk is full" on every path. SQLite reports
``SQLITE_FULL`` only where its own write ran out of room; where the shared-memory
file or a temporary file could not grow it says "disk I/O error"
(``SQLITE_IOERR_*``) and the errno (ENOSPC) is not passed on to Python. So an
I/O error on a disk with (almost) no free space left is called full too.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

# Less free space than this next to the database, and an I/O error means a full disk.
NEARLY_FULL_BYTES = 1024 * 1024
SQLITE_IOERR = 10
SQLITE_FULL = 13
DISK_FULL = "The disk is full"
FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def free_bytes(folder: Path) -> int | None:
    """Free space where ``folder`` lives (None when the system will not say)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(exc: BaseException, folder: Path | None) -> bool:
    """Whether ``exc`` (from SQLite or the OS) means that the disk is full."""
    if isinstance(exc, OSError):
        return exc.errno in FULL_ERRNOS
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc)
    if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in text:
        return True
    io_error = (code is not None and code & 0xFF == SQLITE_IOERR) or "disk I/O error" in text
    if not io_error or folder is None:
        return False
    free = free_bytes(folder)
    return free is not None and free < NEARLY_FULL_BYTES


def read_error(exc: sqlite3.Error, folder: Path | None) -> str:
    """What a user is told when reading failed."""
    if disk_full(exc, folder):
        return f"{DISK_FULL}, so the data could not be read. Free some space and try again."
    text = str(exc)
    if "malformed" in text or "not a database" in text:
        return (
            f"The database is damaged ({text}). Run `assistant repair` to back it up "
            "and recover what can be read."
        )
    if "locked" in text or "busy" in text:
        return "The database stayed busy in another window or process; try again when it is done."
    return f"The database could not be read ({text})."


def write_error(exc: sqlite3.Error, waited_ms: int, folder: Path | None) -> str:
    """What a user is told when a change was refused (nothing was saved)."""
    text = str(exc)
    if disk_full(exc, folder):
        return f"{DISK_FULL}, so nothing was saved. Free some space and try again."
    if "locked" in text or "busy" in text:
        return (
            "The database stayed busy in another window or process for "
            f"{seconds(waited_ms)}; nothing was saved. Try again when it is done."
        )
    if "readonly" in text:
        return "The database is read-only, so nothing was saved."
    return f"The database refused the change ({text}); nothing was saved."


def open_error(path: Path | None, exc: BaseException, waited_ms: int) -> str:
    """What a user is told when the database could not be opened."""
    folder = path.parent if path is not None else None
    if disk_full(exc, folder):
        return f"{DISK_FULL}, so the database {path} could not be opened. Free some space."
    if isinstance(exc, OSError):
        return f"Cannot write in the data folder {folder}: {exc.strerror}."
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return (
            f"The database {path} is damaged or is not an assistant database ({text}). "
            "Run `assistant repair` to back it up and recover what can be read, "
            "or move it aside to start fresh."
        )
    if "readonly" in text or "unable to open" in text:
        return f"Cannot open the database {path} for writing ({text})."
    if "locked" in text or "busy" in text:
        return (
            f"The database {path} stayed busy in another window or process for "
            f"{seconds(waited_ms)}; try again when it is done."
        )
    return f"Cannot open the database {path}: {text}."


def seconds(ms: int) -> str:
    value = ms / 1000
    return "1 second" if value == 1 else f"{value:g} seconds"
