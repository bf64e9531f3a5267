"""What a write changed, as the journal recorded it (after Anki's ``OpChanges``).

Every journaled write knows exactly which tables it touched; :class:`Changes`
carries that set from the store to whoever shows the data, so a view refreshes
when, and only when, something it shows changed. Nobody has to guess the
tables from a tool's name.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """The tables one or more writes touched (empty: nothing changed)."""

    tables: frozenset[str] = frozenset()

    @classmethod
    def of(cls, tables: Iterable[str]) -> Changes:
        return cls(frozenset(tables))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables)

    def __bool__(self) -> bool:
        return bool(self.tables)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.tables))

    def touches(self, *tables: str) -> bool:
        return not self.tables.isdisjoint(tables)


def changes_of(result: Any) -> Changes:
    """The :class:`Changes` a write's result carries (lists and tuples: all of theirs)."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, list | tuple):
        total = Changes()
        for item in result:
            total |= changes_of(item)
        return total
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else Changes()


@dataclass(eq=False)  # each block removes its own watch, never an equal one
class Watch:
    """The tables written on one thread while a :meth:`Watchers.watch` block runs."""

    tables: set[str] = field(default_factory=set)

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self.tables))


class Watchers:
    """Per-thread watches that the store tells about every table it writes, and listeners.

    A listener (:meth:`listen`) hears about the journaled writes, undos and
    redos of every thread: a background sync that waits for local changes.
    It is called on the writer's thread right after the commit, so it must
    only take note (set a timer, wake a thread); what it raises is logged.
    """

    def __init__(self) -> None:
        self._local = threading.local()
        self._listeners: list[Callable[[Changes], None]] = []
        self._guard = threading.Lock()

    def listen(self, callback: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``callback`` after each write from now on; returns what stops that."""
        with self._guard:
            self._listeners.append(callback)

        def stop() -> None:
            with self._guard, suppress(ValueError):
                self._listeners.remove(callback)

        return stop

    def _open(self) -> list[Watch]:
        if not hasattr(self._local, "open"):
            self._local.open = []
        opened: list[Watch] = self._local.open
        return opened

    @contextmanager
    def watch(self) -> Iterator[Watch]:
        watch = Watch()
        opened = self._open()
        opened.append(watch)
        try:
            yield watch
        finally:
            opened.remove(watch)

    @contextmanager
    def muted(self) -> Iterator[None]:
        """Writes of this thread in the block are heard by no watch and no listener."""
        before = getattr(self._local, "muted", False)
        self._local.muted = True
        try:
            yield
        finally:
            self._local.muted = before

    def saw(self, tables: Iterable[str]) -> None:
        if getattr(self._local, "muted", False):
            return  # a trial's writes, taken back (Store.trial)
        names = set(tables)
        for watch in self._open():
            watch.tables |= names
        if not names:
            return
        with self._guard:
            listeners = list(self._listeners)
        changes = Changes(frozenset(names))
        for callback in listeners:
            try:
                callback(changes)
            except Exception:  # a listener's bug must not fail the write that committed
                log.exception("a change listener failed")
