"""Work off the GUI thread, results back on it (after Anki's ``QueryOp``).

``run_in_background(fn, on_done, on_error)`` runs ``fn`` on a worker thread and
calls ``on_done(result)`` or ``on_error(message)`` on the GUI thread. Store
work goes to one serial pool so that writes land in the order they were made;
long work (model, download, import) gets threads of its own.

``run_write(bus, fn, ...)`` is the same for a store write (after Anki's
``CollectionOp``): once ``fn`` returns, the views are told exactly the
:class:`Changes` its result carries, before ``on_done`` runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from assistant.errors import AssistantError
from assistant.store.changes import changes_of

log = logging.getLogger(__name__)

Pool = Literal["store", "long"]

_pools: dict[Pool, QThreadPool] = {}
# Relays stay referenced until their result has been delivered.
_pending: set[_Relay] = set()


def pool(kind: Pool) -> QThreadPool:
    if kind not in _pools:
        p = QThreadPool()
        p.setMaxThreadCount(1 if kind == "store" else 4)
        _pools[kind] = p
    return _pools[kind]


def user_message(exc: BaseException) -> str:
    """What a user is told about a failure: our own errors say it themselves."""
    if isinstance(exc, AssistantError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Tasks", "The computer ran out of memory.")
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}."
    return QCoreApplication.translate(
        "Tasks", "Something went wrong (%1). Details are in the log."
    ).replace("%1", f"{type(exc).__name__}: {exc}")


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:
            if not isinstance(exc, AssistantError):
                log.exception("background task failed")
            self.relay.failed.emit(user_message(exc))
        else:
            self.relay.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    *,
    kind: Pool = "store",
) -> None:
    """Run ``fn`` off the GUI thread; the callbacks run on the GUI thread."""
    relay = _Relay()
    _pending.add(relay)

    def finished(result: Any) -> None:
        _pending.discard(relay)
        if on_done is not None:
            _deliver(on_done, result)

    def failed(message: str) -> None:
        _pending.discard(relay)
        if on_error is not None:
            _deliver(on_error, message)
        else:
            log.warning("background task failed: %s", message)

    relay.done.connect(finished)
    relay.failed.connect(failed)
    pool(kind).start(_Job(fn, relay))


class Notifier(Protocol):
    """Where writes are announced (the app's data bus)."""

    def notify(self, tables: Iterable[str]) -> None: ...


def run_write(
    bus: Notifier,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    *,
    kind: Pool = "store",
) -> None:
    """Run the store write ``fn`` off the GUI thread; then announce what it changed.

    The result's :class:`~assistant.store.changes.Changes` (a ``ToolResult``,
    an ``UndoResult``, ``Changes`` itself, or a list of them) go to ``bus``, so
    every view showing those tables refreshes; then ``on_done(result)`` runs.
    """

    def done(result: Any) -> None:
        bus.notify(changes_of(result))
        if on_done is not None:
            on_done(result)

    run_in_background(fn, done, on_error, kind=kind)


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """Call back, unless the widget that asked is gone (a dialog closed meanwhile).

    Its Qt half is deleted then and touching it raises; the result is simply
    no longer wanted. Any other error still propagates.
    """
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("dropped a background result for a deleted widget: %s", exc)


def wait_idle(timeout_ms: int = 10_000) -> bool:
    """Block until every pool is idle (for shutdown and tests)."""
    return all(p.waitForDone(timeout_ms) for p in _pools.values())
