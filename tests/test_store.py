"""The store: migrations, pragmas, the journal and undo, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.errors import NotFound, StoreError, UndoError
from assistant.store import Store
from assistant.store.migrations import migrations


def _note(title: str, body: str = "") -> dict[str, str]:
    return {"uid": title, "title": title, "body": body, "created": "c", "updated": "u"}


def test_open_creates_file_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "a.db"
    store = Store.open(path)
    assert path.exists()
    assert store.query("PRAGMA journal_mode")[0]["journal_mode"] == "wal"
    assert store.query("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
    assert store.query("PRAGMA busy_timeout")[0]["timeout"] == 30_000
    store.close()


def test_migrations_are_named_ordered_and_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store.open(path).close()
    store = Store.open(path)  # second open applies nothing new
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert applied[0] == "m001_initial"
    assert migrations.pending(store.db) == []
    tables = set(store.db.table_names())
    assert {"todos", "events", "notes", "notes_fts", "tags", "actions", "action_changes"} <= tables


def test_garbage_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="damaged or is not an assistant database"):
        Store.open(path)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_action_journals_and_undo_restores(store: Store) -> None:
    with store.action("create_note", "Create note") as tx:
        note_id = tx.insert("notes", _note("first", "apples"))
    assert tx.action_id is not None
    with store.action("update_note", "Update") as tx2:
        tx2.update("notes", note_id, {"body": "pears"})
    assert store.get("notes", note_id)["body"] == "pears"  # type: ignore[index]

    result = store.undo()  # the latest action
    assert result.action.id == tx2.action_id
    assert store.get("notes", note_id)["body"] == "apples"  # type: ignore[index]
    # FTS follows the restored row (triggers fire on undo writes too).
    hits = store.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'apples'")
    assert [h["rowid"] for h in hits] == [note_id]
    assert store.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'pears'") == []

    store.undo()  # now the insert
    assert store.get("notes", note_id) is None
    with pytest.raises(UndoError, match="nothing to undo"):
        store.undo()


def test_undo_twice_is_refused(store: Store) -> None:
    with store.action("t", "Create note") as tx:
        tx.insert("notes", _note("a"))
    assert tx.action_id is not None
    store.undo(tx.action_id)
    with pytest.raises(UndoError, match="already undone"):
        store.undo(tx.action_id)


def test_undo_of_a_row_changed_since_is_refused_and_changes_nothing(store: Store) -> None:
    with store.action("t", "Create") as tx:
        note_id = tx.insert("notes", _note("a", "one"))
    with store.action("t", "Edit") as later:
        later.update("notes", note_id, {"body": "two"})
    assert tx.action_id is not None
    with pytest.raises(UndoError, match="changed again since"):
        store.undo(tx.action_id)
    assert store.get("notes", note_id)["body"] == "two"  # type: ignore[index]
    assert store.journal.get(tx.action_id).undone_at is None


def test_delete_then_undo_restores_the_same_row(store: Store) -> None:
    with store.action("t", "Create") as tx:
        note_id = tx.insert("notes", _note("keep", "body text"))
    before = store.get("notes", note_id)
    with store.action("t", "Delete") as tx2:
        tx2.delete("notes", note_id)
    store.undo(tx2.action_id)
    assert store.get("notes", note_id) == before


def test_failed_block_writes_nothing_and_journals_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.action("t", "Broken") as tx:
        tx.insert("notes", _note("half"))
        raise RuntimeError("boom")
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0
    assert store.query("SELECT count(*) AS n FROM actions")[0]["n"] == 0


def test_a_group_is_one_action_and_one_undo(store: Store) -> None:
    with store.group("add_todo", "Add 2 notes") as group:
        for title in ("first", "second"):
            with store.action("create_note", f"Create {title}") as tx:
                tx.insert("notes", _note(title))
            assert tx.action_id is None  # joined the group
    assert group.action_id is not None
    actions = store.query("SELECT id, summary FROM actions")
    assert actions == [{"id": group.action_id, "summary": "Add 2 notes"}]
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 2
    store.undo(group.action_id)
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0


def test_a_failed_group_writes_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.group("add_todo", "Add 2 notes"):
        with store.action("create_note", "Create first") as tx:
            tx.insert("notes", _note("first"))
        raise RuntimeError("the second one failed")
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0
    assert store.query("SELECT count(*) AS n FROM actions")[0]["n"] == 0


def test_a_failed_action_inside_a_group_leaves_the_rest(store: Store) -> None:
    with store.group("add_todo", "Add notes") as group:
        with store.action("create_note", "Create first") as tx:
            tx.insert("notes", _note("first"))
        with pytest.raises(RuntimeError), store.action("create_note", "Create second") as tx:
            tx.insert("notes", _note("second"))
            raise RuntimeError("refused")
    assert [r["title"] for r in store.query("SELECT title FROM notes")] == ["first"]
    assert store.undo(group.action_id).restored == 1  # only what was written is journaled
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0


def test_unknown_ids(store: Store) -> None:
    with pytest.raises(NotFound), store.action("t", "x") as tx:
        tx.update("notes", 999, {"title": "x"})
    with pytest.raises(NotFound):
        store.undo(12345)


def test_no_change_records_no_action(store: Store) -> None:
    with store.action("t", "noop") as tx:
        pass
    assert tx.action_id is None


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store.open(path)
    store.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="busy"), store.action("t", "x") as tx:
            tx.insert("notes", _note("a"))
    finally:
        other.rollback()
        other.close()
    assert store.query("SELECT count(*) AS n FROM notes")[0]["n"] == 0
