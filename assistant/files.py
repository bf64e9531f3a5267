"""Opening files the user names, regular files only.

A path can name a named pipe (reading waits for a writer that never comes),
a device such as /dev/zero (reading never ends) or a socket. The app reads
files it is given whole, so it refuses anything but a regular file before
opening it, and checks again on the open descriptor (``O_NONBLOCK``: opening
a pipe that appeared in between does not wait), so a swap in between cannot
slip one through.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from assistant.errors import AssistantError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX; Windows has no FIFOs to block on
_BINARY = getattr(os, "O_BINARY", 0)  # Windows


def open_regular(path: str | os.PathLike[str], error: type[AssistantError]) -> BinaryIO:
    """Open ``path`` for binary reading if it is a regular file (links followed).

    Anything else that is not a folder raises ``error("'PATH' is not a regular
    file (it is a named pipe).")``; a missing file, a folder or a permission
    problem raise the usual :class:`OSError` subclasses for the caller to word.
    """
    path = Path(path)
    _check(path, os.stat(path).st_mode, error)
    descriptor = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        _check(path, os.fstat(descriptor).st_mode, error)
        if _NONBLOCK:  # back to ordinary blocking reads for the regular file
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _check(path: Path, mode: int, error: type[AssistantError]) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    raise error(f"'{path}' is not a regular file (it is {_kind(mode)}).")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"
