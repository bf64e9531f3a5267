"""The action journal: before/after images of every row a tool changed.

A tool writes through a :class:`Tx`; each insert, update and delete records the
row as it was and as it became. Undo checks that every row still looks exactly
as the action left it (otherwise something changed it since, and restoring the
old image would silently drop that change), then writes the old images back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from assistant.errors import NotFound, UndoError

if TYPE_CHECKING:
    from assistant.store.db import Store

Row = dict[str, Any]


@dataclass(frozen=True)
class Change:
    table: str
    row_id: int
    before: Row | None
    after: Row | None


@dataclass(frozen=True)
class Action:
    id: int
    created: str
    tool: str
    summary: str
    undone_at: str | None


@dataclass(frozen=True)
class UndoResult:
    action: Action
    restored: int

    def describe(self) -> str:
        rows = "row" if self.restored == 1 else "rows"
        action = self.action
        return f"Undid action {action.id} ({action.summary}); {self.restored} {rows} restored."


@dataclass
class Tx:
    """Row-level writes inside one journaled transaction."""

    db: Database
    changes: list[Change] = field(default_factory=list)
    summary: str = ""
    action_id: int | None = None

    def get(self, table: str, row_id: int) -> Row | None:
        return _fetch(self.db, table, row_id)

    def insert(self, table: str, row: Row) -> int:
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.db.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values())
        )
        row_id = int(cursor.lastrowid or 0)
        self.changes.append(Change(table, row_id, None, _fetch(self.db, table, row_id)))
        return row_id

    def update(self, table: str, row_id: int, values: Row) -> Row:
        before = self._existing(table, row_id)
        if values:
            assignments = ", ".join(f"[{c}] = ?" for c in values)
            self.db.execute(
                f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id]
            )
        after = _fetch(self.db, table, row_id)
        if after != before:
            self.changes.append(Change(table, row_id, before, after))
        return after or {}

    def delete(self, table: str, row_id: int) -> Row:
        before = self._existing(table, row_id)
        self.db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        self.changes.append(Change(table, row_id, before, None))
        return before

    def _existing(self, table: str, row_id: int) -> Row:
        row = _fetch(self.db, table, row_id)
        if row is None:
            raise NotFound(f"There is no {table.rstrip('s')} with id {row_id}.")
        return row


class ActionJournal:
    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> Database:
        return self.store.db

    def record(self, tool: str, summary: str, changes: list[Change]) -> int | None:
        if not changes:
            return None
        cursor = self.db.execute(
            "INSERT INTO actions (created, tool, summary) VALUES (?, ?, ?)",
            [_now(), tool, summary],
        )
        action_id = int(cursor.lastrowid or 0)
        self._insert_changes(action_id, changes)
        return action_id

    def _insert_changes(self, action_id: int, changes: list[Change]) -> None:
        self.db.conn.executemany(
            "INSERT INTO action_changes (action_id, seq, table_name, row_id, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (action_id, seq, c.table, c.row_id, _dump(c.before), _dump(c.after))
                for seq, c in enumerate(changes)
            ],
        )

    def is_latest_open(self, action_id: int) -> bool:
        """Whether ``action_id`` is the newest entry and not undone: nothing happened since."""
        row = self.db.execute(
            "SELECT id, undone_at FROM actions ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row is not None and row[0] == action_id and row[1] is None

    def merge(self, action_id: int, changes: list[Change]) -> None:
        """Fold ``changes`` into the entry ``action_id``: one image before, one after, per row.

        A row keeps the image from before its first change and gets the one after
        the latest; a row that ends as it began is dropped (nothing to undo).
        """
        merged: dict[tuple[str, int], Change] = {}
        for change in [*self._changes(action_id), *changes]:
            key = (change.table, change.row_id)
            first = merged.get(key)
            merged[key] = change if first is None else replace(first, after=change.after)
        kept = [c for c in merged.values() if _normal(c.before) != _normal(c.after)]
        self.db.execute("DELETE FROM action_changes WHERE action_id = ?", [action_id])
        self._insert_changes(action_id, kept)

    def get(self, action_id: int) -> Action:
        rows = self.store.query("SELECT * FROM actions WHERE id = ?", (action_id,))
        if not rows:
            raise NotFound(f"There is no action with id {action_id}.")
        return Action(**rows[0])

    def recent(self, limit: int = 20) -> list[Action]:
        rows = self.store.query("SELECT * FROM actions ORDER BY id DESC LIMIT ?", (limit,))
        return [Action(**r) for r in rows]

    def undo(self, action_id: int | None) -> UndoResult:
        action = self._latest_undoable() if action_id is None else self.get(action_id)
        if action.undone_at is not None:
            raise UndoError(f"Action {action.id} ({action.summary}) was already undone.")
        changes = self._changes(action.id)
        # Check everything first: undo is all or nothing. A row may change more
        # than once in one action (a link deleted, its id reused), so compare each
        # row with the image its last change left.
        left: dict[tuple[str, int], Change] = {(c.table, c.row_id): c for c in changes}
        for change in left.values():
            current = _fetch(self.db, change.table, change.row_id)
            if _normal(current) != _normal(change.after):
                raise UndoError(
                    f"Cannot undo action {action.id} ({action.summary}): "
                    f"the {change.table.rstrip('s')} it changed was changed again since. "
                    "Undo the later action first."
                )
        for change in reversed(changes):
            _restore(self.db, change)
        self.db.execute("UPDATE actions SET undone_at = ? WHERE id = ?", [_now(), action.id])
        return UndoResult(self.get(action.id), len(changes))

    def _latest_undoable(self) -> Action:
        rows = self.store.query(
            "SELECT * FROM actions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
        )
        if not rows:
            raise UndoError("There is nothing to undo.")
        return Action(**rows[0])

    def _changes(self, action_id: int) -> list[Change]:
        rows = self.store.query(
            "SELECT table_name, row_id, before, after FROM action_changes "
            "WHERE action_id = ? ORDER BY seq",
            (action_id,),
        )
        return [
            Change(r["table_name"], r["row_id"], _load(r["before"]), _load(r["after"]))
            for r in rows
        ]


def _restore(db: Database, change: Change) -> None:
    if change.before is None:
        db.execute(f"DELETE FROM [{change.table}] WHERE id = ?", [change.row_id])
        return
    columns = list(change.before)
    if change.after is None:
        db.execute(
            f"INSERT INTO [{change.table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [change.before[c] for c in columns],
        )
        return
    assignments = ", ".join(f"[{c}] = ?" for c in columns)
    db.execute(
        f"UPDATE [{change.table}] SET {assignments} WHERE id = ?",
        [*(change.before[c] for c in columns), change.row_id],
    )


def _fetch(db: Database, table: str, row_id: int) -> Row | None:
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _dump(row: Row | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


def _load(text: str | None) -> Row | None:
    return None if text is None else dict(json.loads(text))


def _normal(row: Row | None) -> Row | None:
    """A row as it looks after a JSON round trip, for comparing with stored images."""
    return _load(_dump(row))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
