"""m013: fewer pages a write, with every search, the journal and Undo as they were.

The full-text indexes are compared with a twin rebuilt from their content table
(term by term, through ``fts5vocab``): FTS5's own integrity-check does not look
at an external content table in this SQLite, so it would miss a stale index.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from assistant.store import Store
from assistant.store.migrations import migrations
from assistant.tools import default_registry
from assistant.tools.context import ToolContext

M013 = "m013_fewer_pages_a_write"
# (index, content table, columns, tokenizer)
INDEXES = (
    ("notes_fts", "notes", "title, body", "porter"),
    ("todos_fts", "todos", "title, notes", "trigram"),
    ("todos_words", "todos", "title, notes", "unicode61 remove_diacritics 2"),
    ("events_words", "events", "title, location, description", "unicode61 remove_diacritics 2"),
)
UNRANKED = ("todos_fts", "todos_words", "events_words")


def assert_indexes_match_content(conn: sqlite3.Connection) -> None:
    """Each full-text index holds exactly the words its content table's rows hold now."""
    for index, table, columns, tokenize in INDEXES:
        conn.executescript(
            f"""
            CREATE VIRTUAL TABLE twin USING fts5 (
                {columns}, content={table}, tokenize='{tokenize}'
            );
            INSERT INTO twin (twin) VALUES ('rebuild');
            CREATE VIRTUAL TABLE temp.live_vocab USING fts5vocab (main, {index}, 'instance');
            CREATE VIRTUAL TABLE temp.twin_vocab USING fts5vocab (main, twin, 'instance');
            """
        )
        try:
            live = conn.execute("SELECT * FROM live_vocab ORDER BY 1, 2, 3, 4").fetchall()
            twin = conn.execute("SELECT * FROM twin_vocab ORDER BY 1, 2, 3, 4").fetchall()
            assert live == twin, index
            rows = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert live or not rows, f"{index} is empty: the comparison would prove nothing"
        finally:
            conn.executescript(
                "DROP TABLE temp.live_vocab; DROP TABLE temp.twin_vocab; DROP TABLE twin;"
            )


def _old_file(path: Path) -> None:
    """A file the app before m013 made (every step up to m012), with rows in it."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before=M013)
    assert M013 not in {m.name for m in migrations.applied(db)}
    conn.executescript(
        """
        INSERT INTO todos (uid, title, notes, created, updated)
        VALUES ('t1', 'Pay the invoices-2026', 'Café receipts', 'c', 'u'),
               ('t2', 'Water the plants', '', 'c', 'u');
        INSERT INTO events (uid, title, start, start_utc, end_utc, location, created, updated)
        VALUES ('e1', 'Dentist', '2026-12-01T10:00:00', '2026-12-01T09:00:00',
                '2026-12-01T10:00:00', 'Hauptstraße 5', 'c', 'u');
        INSERT INTO notes (uid, title, body, created, updated)
        VALUES ('n1', 'Sourdough', 'flour water salt', 'c', 'u');
        INSERT INTO actions (created, tool, summary, undone_at, group_id)
        VALUES ('2026-01-01', 'add_todo', 'Add', NULL, NULL),
               ('2026-01-02', 'add_todo', 'Add', '2026-01-03', 1);
        """
    )
    conn.commit()
    conn.close()


def test_an_older_file_upgrades_with_every_search_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_file(path)
    store = Store.open(path)
    try:
        assert M013 in {m.name for m in migrations.applied(store.db)}
        conn = store.db.conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        for index in UNRANKED:  # no per-row token counts kept where nothing ranks
            assert f"{index}_docsize" not in tables
            assert f"{index}_data" in tables
        assert "notes_fts_docsize" in tables  # notes are ranked by bm25: kept

        def match(index: str, query: str) -> list[int]:
            sql = f"SELECT rowid FROM [{index}] WHERE [{index}] MATCH ? ORDER BY rowid"
            return [r[0] for r in conn.execute(sql, [query])]

        assert match("todos_fts", '"voices-20"') == [1]  # a substring, trigram
        assert match("todos_words", "cafe*") == [1]  # a prefix, without accents
        assert match("events_words", "hauptstrasse OR hauptstraße") == [1]
        assert conn.execute(
            "SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'flour' "
            "ORDER BY bm25(notes_fts, 5.0, 1.0)"
        ).fetchall() == [(1,)]
        assert_indexes_match_content(conn)
        indexes = dict(
            conn.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'actions'")
        )
        assert "WHERE group_id IS NOT NULL" in indexes["actions_group"]
        assert "WHERE undone_at IS NOT NULL" in indexes["actions_undone"]
        step = store.next_redo()  # found through the partial index on undone_at
        assert step is not None and [a.id for a in step.actions] == [2]
    finally:
        store.close()


def _wal_pages(path: Path) -> list[int]:
    data = path.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    return [
        struct.unpack(">I", data[at : at + 4])[0]
        for at in range(32, len(data) - 23, 24 + page_size)
    ]


def _owners_of_one_write(store: Store, write: Callable[[], object]) -> set[str]:
    """The tables and indexes whose pages the write's commit put in the WAL."""
    conn = store.db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    write()
    pages = set(_wal_pages(Path(f"{store.path}-wal")))
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat"))
    return {owner.get(p, "?") for p in pages}


def test_completing_a_todo_writes_no_full_text_page(ctx: ToolContext) -> None:
    registry = default_registry()
    todo = registry.call(ctx, "add_todo", {"title": "File the tax return", "tags": ["admin"]})
    assert todo.ok
    todo_id = todo.data["id"]

    def complete() -> None:
        assert registry.call(ctx, "complete_todo", {"todo_id": todo_id}).ok

    written = _owners_of_one_write(ctx.store, complete)
    assert {"todos", "actions", "action_changes"} <= written  # the write itself is there
    assert not {w for w in written if w.startswith(("todos_fts", "todos_words"))}, written
    assert not {"actions_group", "actions_undone"} & written

    undo = _owners_of_one_write(ctx.store, ctx.store.undo)  # a full-row write, same text
    assert "todos" in undo
    assert not {w for w in undo if w.startswith(("todos_fts", "todos_words"))}, undo
    assert "actions_undone" in undo  # undone_at is set: the partial index has it
    assert_indexes_match_content(ctx.store.db.conn)


def test_full_text_follows_every_change_of_text_or_rowid(ctx: ToolContext) -> None:
    registry = default_registry()
    store = ctx.store
    conn = store.db.conn

    def call(tool: str, **arguments: object) -> dict[str, object]:
        out = registry.call(ctx, tool, arguments)
        assert out.ok, out.text
        return out.data

    todo_id = call("add_todo", title="Quarterly report", notes="numbers")["id"]
    note_id = call("create_note", title="Garden", body="tomatoes basil")["id"]
    event_id = call("add_event", title="Lunch", start="monday 13:00", location="Café Lotte")["id"]
    call("complete_todo", todo_id=todo_id)
    call("update_todo", todo_id=todo_id, title="Yearly summary")
    call("append_to_note", note_id=note_id, text="and parsley")
    call("update_event", event_id=event_id, location="Canteen")
    assert_indexes_match_content(conn)

    def todo_words(query: str) -> list[int]:
        rows = conn.execute("SELECT rowid FROM todos_words WHERE todos_words MATCH ?", [query])
        return [r[0] for r in rows]

    assert todo_words("yearly") == [todo_id] and todo_words("quarterly") == []
    store.undo()  # the event's location
    store.undo()  # the note's new line
    store.undo()  # the to-do's title, back through a full-row write
    assert todo_words("quarterly") == [todo_id] and todo_words("yearly") == []
    assert_indexes_match_content(conn)
    with conn:  # a rowid that changes while the text stays: the index follows it
        conn.execute("UPDATE todos SET id = 9000 WHERE id = ?", [todo_id])
    assert todo_words("quarterly") == [9000]
    assert_indexes_match_content(conn)


def test_the_journal_still_finds_steps_through_its_indexes(store: Store) -> None:
    def plan(sql: str, *args: object) -> str:
        return " ".join(r[3] for r in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", args))

    # The lookups that used the indexes use them still (journal._step_of, next_redo).
    assert "actions_group" in plan(
        "SELECT * FROM actions WHERE group_id = ? AND undone_at IS NULL ORDER BY id", 1
    )
    assert "actions_undone" in plan(
        "SELECT undone_at FROM actions WHERE undone_at IS NOT NULL ORDER BY undone_at DESC LIMIT 1"
    )
    assert "actions_undone" in plan("SELECT * FROM actions WHERE undone_at = ? ORDER BY id", "x")
