"""Stored conversations (assistant/conversations) on a real SQLite file.

A tool result stores whether it succeeded, so a restored chat shows failed and
declined calls as notes without reading their text; rows written before the
`ok` column existed get it once from the old rule (migration m007).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from assistant.conversations.history import Conversations
from assistant.conversations.restore import Entry, load_conversation
from assistant.models.formats import Message, ToolCall
from assistant.store import Store
from assistant.store.migrations import migrations

OLD_MESSAGES = [
    ("user", "delete the dentist", None),
    ("tool", "Error: No event matches 'dentist'.", None),
    ("tool", "The user declined: the note 'Wifi' was not deleted.", None),
    ("tool", "Found 2 to-dos.", None),
    ("tool", "Added to-do #1 'Milk'.", 7),
    ("assistant", "Error: this answer only looks like one", None),
]


def test_old_rows_get_their_outcome_from_the_old_rule(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="m007_message_outcome")
    db.execute("INSERT INTO conversations (title, created, updated) VALUES ('', 'x', 'x')")
    for role, content, action_id in OLD_MESSAGES:
        db.execute(
            "INSERT INTO messages (conversation_id, role, content, action_id, created) "
            "VALUES (1, ?, ?, ?, 'x')",
            [role, content, action_id],
        )
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        stored = Conversations(store).messages(1)
        assert [m.ok for m in stored] == [True, False, False, True, True, True]
        assert load_conversation(store, 1).entries == [
            Entry("user", "delete the dentist"),
            Entry("note", "Error: No event matches 'dentist'."),
            Entry("note", "The user declined: the note 'Wifi' was not deleted."),
            Entry("action", "Added to-do #1 'Milk'.", 7, False),
            Entry("answer", "Error: this answer only looks like one"),
        ]
    finally:
        store.close()


def test_restore_reads_the_outcome_not_the_text(store: Store) -> None:
    chats = Conversations(store)
    chat = chats.create()
    chats.append(chat, Message("user", "add milk"))
    chats.append(chat, Message("assistant", "", ToolCall("add_todo", {"title": "milk"})))
    chats.append(chat, Message("tool", "That date is in the past."), ok=False)
    chats.append(chat, Message("tool", "Error: is part of this title"))
    assert load_conversation(store, chat).entries == [
        Entry("user", "add milk"),
        Entry("note", "That date is in the past."),
    ]


def test_messages_are_written_in_the_stores_transactions(store: Store) -> None:
    chats = Conversations(store)
    chat = chats.create("x" * 300)
    chats.append(chat, Message("user", "   \n"))
    chats.append(chat, Message("user", "first line\nsecond"))
    assert not store.db.conn.in_transaction  # each write committed
    assert store.query("SELECT title FROM conversations") == [{"title": "x" * 200}]
    chats.delete(chat)
    assert store.query("SELECT count(*) AS n FROM messages") == [{"n": 0}]
