"""Stopping a sync that runs, cooperatively: a flag checked before each request.

Quitting the app must not leave a sync thread that writes into the store after
it was closed. A request in flight cannot be taken back, so the sync is asked
to stop and ends at its next checkpoint: before each request to a server
(each calendar, each fetch, each PUT and DELETE, each subscription's feed).
What it had written stays consistent, because every step records its result
before the next request: the pull writes in one transaction after its
requests, and each item sent is recorded as soon as the server took it. The
next sync simply carries on.

The flag travels with the thread that runs the sync (a context variable set by
:meth:`StopFlag.watching`), so the engine and the services need no extra
argument, and a sync run by the CLI, which sets none, runs to its end.
:class:`Stopped` is a ``BaseException``, as ``asyncio.CancelledError`` is: the
sync's handlers of ``Exception`` turn a failing calendar into a message and go
on with the next; a stop must go through them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Stopped(BaseException):  # a signal to end, like CancelledError
    """The sync was asked to stop (the app is quitting); nothing more is sent or written."""


class StopFlag:
    """Set once, from any thread, to stop the sync that watches it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    @contextmanager
    def watching(self) -> Iterator[None]:
        """Within this block (on this thread), :func:`checkpoint` obeys this flag."""
        token = _current.set(self)
        try:
            yield
        finally:
            _current.reset(token)


_current: ContextVar[StopFlag | None] = ContextVar("sync_stop", default=None)


def checkpoint() -> None:
    """Raise :class:`Stopped` when the sync running on this thread was asked to stop."""
    flag = _current.get()
    if flag is not None and flag.is_set():
        raise Stopped
