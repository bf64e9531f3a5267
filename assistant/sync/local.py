"""Writing what a server said into the local rows, outside the undo journal.

Sync writes are not the user's actions: an Undo after a background sync must
take back the user's last edit, not the sync. They go through the store's
write transaction like every write (so the triggers that keep the derived
tables fresh fire, and a failure writes nothing), and :class:`Writer` says
which tables they touched, for the views to refresh.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from assistant.store import Store, Tx, utc_stamp
from assistant.store.tags import set_tags, unlink_all
from assistant.sync.items import Item

Row = dict[str, Any]


@contextmanager
def writing(store: Store) -> Iterator[Tx]:
    """One unjournaled write transaction (nothing is written if the block raises)."""
    with store.lock, store.transaction():
        yield Tx(store.db)


def uid_taken(tx: Tx, kind: str, uid: str, calendar_id: int) -> bool:
    """Whether ``uid`` is used here by an item of another calendar (or the local one)."""
    table = "events" if kind == "event" else "todos"
    row = tx.db.execute(
        f"SELECT 1 FROM {table} WHERE uid = ? AND calendar_id IS NOT ? LIMIT 1", [uid, calendar_id]
    ).fetchone()
    return row is not None


def apply(tx: Tx, calendar_id: int, item: Item, current: Item | None) -> None:
    """Make the local rows of ``item.uid`` say what ``item`` says, in ``calendar_id``."""
    stamp = utc_stamp()
    if item.kind == "event":
        _apply_event(tx, calendar_id, item, current, stamp)
    else:
        _apply_todo(tx, calendar_id, item, current, stamp)


def _apply_event(tx: Tx, calendar_id: int, item: Item, current: Item | None, stamp: str) -> None:
    old = {r["recurrence_id"]: r for r in current.rows} if current else {}
    new = {r["recurrence_id"]: r for r in item.rows}
    for rid, row in old.items():
        if rid not in new:
            tx.delete("events", row["id"])
    # The master first, so a trigger sees the series before its overrides.
    for rid in sorted(new):
        row = {**new[rid], "calendar_id": calendar_id}
        existing = old.get(rid)
        if existing is None:
            tx.insert("events", {**row, "created": stamp, "updated": stamp})
            continue
        changed = {k: v for k, v in row.items() if existing.get(k) != v}
        if changed:
            tx.update("events", existing["id"], {**changed, "updated": stamp})


def _apply_todo(tx: Tx, calendar_id: int, item: Item, current: Item | None, stamp: str) -> None:
    row = {**item.rows[0], "calendar_id": calendar_id}
    if current is None:
        todo_id = tx.insert("todos", {**row, "created": stamp, "updated": stamp})
    else:
        existing = current.rows[0]
        todo_id = existing["id"]
        changed = {k: v for k, v in row.items() if existing.get(k) != v}
        if changed:
            tx.update("todos", todo_id, {**changed, "updated": stamp})
    set_tags(tx, "todos", todo_id, list(item.tags))


def remove(tx: Tx, current: Item) -> None:
    """Delete the local rows of an item (deleted on the server)."""
    for row in current.rows:
        if current.kind == "todo":
            unlink_all(tx, "todos", row["id"])
        tx.delete("events" if current.kind == "event" else "todos", row["id"])


def rename(tx: Tx, current: Item) -> str:
    """Give the local item a new UID (keep both: the server's copy keeps the old one)."""
    fresh = f"{uuid.uuid4()}@assistant.local"
    stamp = utc_stamp()
    table = "events" if current.kind == "event" else "todos"
    for row in current.rows:
        tx.update(table, row["id"], {"uid": fresh, "updated": stamp})
    return fresh


def reread(tx: Tx, kind: str, uid: str) -> Item | None:
    """The item's rows as stored now (inside the transaction that wrote them)."""
    table = "events" if kind == "event" else "todos"
    order = " ORDER BY recurrence_id" if kind == "event" else ""
    cursor = tx.db.execute(f"SELECT * FROM {table} WHERE uid = ?{order}", [uid])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
    if not rows:
        return None
    tags: list[str] = []
    if kind == "todo":
        tags = [
            r[0]
            for r in tx.db.execute(
                "SELECT t.name FROM todo_tags l JOIN tags t ON t.id = l.tag_id WHERE l.todo_id = ?",
                [rows[0]["id"]],
            ).fetchall()
        ]
    return Item(kind, uid, rows, tags)
