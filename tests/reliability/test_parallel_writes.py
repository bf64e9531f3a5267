"""Several windows or commands writing to one database at once: they wait, they are not refused.

A deferred ``BEGIN`` takes the write lock only at the first write, and SQLite
cannot wait for a lock it must upgrade from a read, so such writes failed at
once with "database is locked" (179 of 240 below), whatever the busy timeout.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from assistant.errors import StoreError
from assistant.store import Store

WRITERS = 8
WRITES_EACH = 30
HELD_SECONDS = 1.0


def _todo(uid: str) -> dict[str, str]:
    return {"uid": uid, "title": uid, "created": "c", "updated": "u"}


def _add(store: Store, uid: str) -> None:
    with store.action("add_todo", "Add to-do") as tx:
        tx.get("todos", 1)  # tools read before they write
        tx.insert("todos", _todo(uid))


def _count(store: Store, table: str) -> int:
    return int(store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"])


def test_parallel_journaled_writes_all_land(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store.open(path).close()
    start = threading.Barrier(WRITERS)
    failures: list[str] = []

    def writer(number: int) -> None:
        store = Store.open(path)  # its own connection, as another window has
        try:
            start.wait()
            for i in range(WRITES_EACH):
                try:
                    if number % 2:  # half of them through a group, as intents do
                        with store.group("add_todo", "Add to-dos"):
                            _add(store, f"{number}-{i}")
                    else:
                        _add(store, f"{number}-{i}")
                except StoreError as exc:
                    failures.append(str(exc))
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    total = WRITERS * WRITES_EACH
    assert not failures, f"{len(failures)} of {total} writes refused: {failures[0]}"
    store = Store.open(path)
    assert _count(store, "todos") == total
    assert _count(store, "actions") == total
    store.close()


def _hold_write_lock(path: Path, seconds: float) -> tuple[threading.Thread, threading.Event]:
    """Another process's write transaction on ``path``, committed after ``seconds``."""
    locked = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO todos (uid, title, created, updated) VALUES ('o', 'o', 'c', 'u')"
        )
        locked.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert locked.wait(10)
    return thread, locked


def test_a_writer_waits_for_a_lock_held_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store.open(path)
    with store.action("add_todo", "Add") as tx:
        first = tx.insert("todos", _todo("first"))
    holder, _ = _hold_write_lock(path, HELD_SECONDS)
    began = time.monotonic()
    try:
        with store.action("update_todo", "Update") as tx:
            tx.update("todos", first, {"title": "changed"})  # reads, then writes
    finally:
        holder.join()
    assert time.monotonic() - began >= HELD_SECONDS * 0.8  # it waited ...
    assert store.get("todos", first)["title"] == "changed"  # type: ignore[index]
    assert _count(store, "todos") == 2  # ... and the other writer's row is there too
    assert store.undo().restored == 1  # undo waits the same way
    store.close()


def test_a_lock_held_too_long_says_so_plainly(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store.open(path)
    store.db.execute("PRAGMA busy_timeout = 200")
    holder, _ = _hold_write_lock(path, HELD_SECONDS)
    try:
        with (
            pytest.raises(StoreError, match=r"stayed busy .* for 0.2 seconds; nothing was saved"),
            store.action("add_todo", "Add") as tx,
        ):
            tx.insert("todos", _todo("late"))
    finally:
        holder.join()
    assert store.query("SELECT uid FROM todos") == [{"uid": "o"}]
    store.close()
