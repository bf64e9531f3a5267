"""The action journal: before/after images of every row a tool changed.

A tool writes through a :class:`Tx`; each insert, update and delete records the
row as it was and as it became. Undo checks that every row still looks exactly
as the action left it (otherwise something changed it since, and restoring the
old image would silently drop that change), then writes the old images back.
Redo is the mirror image: the rows must still look as the undo left them.

Actions that share a ``group_id`` (the id of the group's first action) are one
*step*: one Undo takes back all of them, one Redo puts all of them back. A
bulk delete or an assistant turn with several writes is one step.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from assistant.errors import NotFound, UndoError
from assistant.store.changes import Changes

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
    group_id: int | None = None


@dataclass(frozen=True)
class Step:
    """What one Undo or Redo acts on: an action, or every action of its group."""

    actions: tuple[Action, ...]

    @property
    def label(self) -> str:
        """The step in words, for "Undo Delete 40 to-dos"."""
        summaries = list(dict.fromkeys(a.summary for a in self.actions))
        if len(summaries) == 1:
            return summaries[0]
        if len(summaries) == 2:
            return f"{summaries[0]}; {summaries[1]}"
        return f"{summaries[0]} and {len(summaries) - 1} more changes"


@dataclass(frozen=True)
class UndoResult:
    """What an Undo (or, with ``redone``, a Redo) did."""

    action: Action
    restored: int
    changes: Changes = field(default_factory=Changes)
    step: Step | None = None
    redone: bool = False

    @property
    def label(self) -> str:
        return self.step.label if self.step is not None else self.action.summary

    def describe(self) -> str:
        rows = "row" if self.restored == 1 else "rows"
        action = self.action
        verb, done = ("Redid", "reapplied") if self.redone else ("Undid", "restored")
        count = len(self.step.actions) if self.step is not None else 1
        if count > 1:
            return f"{verb} {count} actions ({self.label}); {self.restored} {rows} {done}."
        return f"{verb} action {action.id} ({action.summary}); {self.restored} {rows} {done}."


@dataclass
class Tx:
    """Row-level writes inside one journaled transaction."""

    db: Database
    changes: list[Change] = field(default_factory=list)
    summary: str = ""
    action_id: int | None = None

    @property
    def touched(self) -> Changes:
        """The tables this transaction changed so far."""
        return Changes.of(c.table for c in self.changes)

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

    def record(
        self, tool: str, summary: str, changes: list[Change], group: JournalGroup | None = None
    ) -> int | None:
        """A new entry; inside ``group`` it joins that group (its first entry names it)."""
        if not changes:
            return None
        cursor = self.db.execute(
            "INSERT INTO actions (created, tool, summary) VALUES (?, ?, ?)",
            [_now(), tool, summary],
        )
        action_id = int(cursor.lastrowid or 0)
        if group is not None:
            group.id = group.id or action_id
            self.db.execute("UPDATE actions SET group_id = ? WHERE id = ?", [group.id, action_id])
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

    def next_undo(self) -> Step | None:
        """The step the next Undo takes back: the latest action not undone, with its group."""
        rows = self.store.query(
            "SELECT * FROM actions WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
        )
        return self._step_of(Action(**rows[0])) if rows else None

    def next_redo(self) -> Step | None:
        """The step the next Redo puts back: the latest undone one, if nothing was done since."""
        rows = self.store.query(
            "SELECT undone_at FROM actions WHERE undone_at IS NOT NULL "
            "ORDER BY undone_at DESC LIMIT 1"
        )
        if not rows:
            return None
        undone_at = rows[0]["undone_at"]
        later = self.store.query(
            "SELECT 1 FROM actions WHERE created > ? AND undone_at IS NULL LIMIT 1", (undone_at,)
        )
        if later:
            return None  # something new was done since: redoing could clash with it
        actions = self.store.query(
            "SELECT * FROM actions WHERE undone_at = ? ORDER BY id", (undone_at,)
        )
        return Step(tuple(Action(**r) for r in actions))

    def undo(self, action_id: int | None) -> UndoResult:
        """Undo the step of ``action_id`` (every action of its group not undone yet)."""
        if action_id is None:
            step = self.next_undo()
            if step is None:
                raise UndoError("There is nothing to undo.")
        else:
            action = self.get(action_id)
            if action.undone_at is not None:
                raise UndoError(f"Action {action.id} ({action.summary}) was already undone.")
            step = self._step_of(action)
        stamp = _now()
        restored, tables = 0, set[str]()
        for action in reversed(step.actions):  # the newest first
            changes = self._changes(action.id)
            _check(self.db, action, changes, undo=True)
            for change in reversed(changes):
                _write(self.db, change.table, change.row_id, change.before)
            restored += len(changes)
            tables.update(c.table for c in changes)
            self.db.execute("UPDATE actions SET undone_at = ? WHERE id = ?", [stamp, action.id])
        return UndoResult(self.get(step.actions[-1].id), restored, Changes.of(tables), step)

    def redo(self) -> UndoResult:
        """Put back what the latest Undo took back, if nothing was done since."""
        step = self.next_redo()
        if step is None:
            raise UndoError("There is nothing to redo.")
        restored, tables = 0, set[str]()
        for action in step.actions:  # the oldest first, as they were done
            changes = self._changes(action.id)
            _check(self.db, action, changes, undo=False)
            for change in changes:
                _write(self.db, change.table, change.row_id, change.after)
            restored += len(changes)
            tables.update(c.table for c in changes)
            self.db.execute("UPDATE actions SET undone_at = NULL WHERE id = ?", [action.id])
        last = self.get(step.actions[-1].id)
        return UndoResult(last, restored, Changes.of(tables), step, redone=True)

    def _step_of(self, action: Action) -> Step:
        if action.group_id is None:
            return Step((action,))
        rows = self.store.query(
            "SELECT * FROM actions WHERE group_id = ? AND undone_at IS NULL ORDER BY id",
            (action.group_id,),
        )
        return Step(tuple(Action(**r) for r in rows))

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


def _check(db: Database, action: Action, changes: list[Change], *, undo: bool) -> None:
    """Refuse (changing nothing) when a row no longer looks as this action left it.

    Undo is all or nothing. A row may change more than once in one action (a
    link deleted, its id reused), so each row is compared with the image its
    last change left (undo) or the one its first change found (redo).
    """
    ordered = changes if undo else list(reversed(changes))
    expected = {(c.table, c.row_id): c.after if undo else c.before for c in ordered}
    for (table, row_id), image in expected.items():
        if _normal(_fetch(db, table, row_id)) != _normal(image):
            verb = "undo" if undo else "redo"
            raise UndoError(
                f"Cannot {verb} action {action.id} ({action.summary}): "
                f"the {table.rstrip('s')} it changed was changed again since."
                + (" Undo the later action first." if undo else "")
            )


def _write(db: Database, table: str, row_id: int, image: Row | None) -> None:
    """Make row ``row_id`` look like ``image`` (None: no such row)."""
    if image is None:
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        return
    columns = list(image)
    if _fetch(db, table, row_id) is None:
        db.execute(
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [image[c] for c in columns],
        )
        return
    assignments = ", ".join(f"[{c}] = ?" for c in columns)
    db.execute(
        f"UPDATE [{table}] SET {assignments} WHERE id = ?",
        [*(image[c] for c in columns), row_id],
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


@dataclass
class JournalGroup:
    """An open journal group: its id is the id of its first entry, once there is one."""

    id: int | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
