"""Conversations kept in SQLite, so chats survive restarts.

Messages are not part of the action journal: they record what was said, and
undoing a tool's action does not rewrite the conversation about it. They are
written in the store's own write transactions (under its lock), like every
other write, so they wait for another writer and respect ``writes_off``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from assistant.limits import CONVERSATION_TITLE_FROM_MESSAGE, MAX_CONVERSATION_TITLE
from assistant.models.formats import Message, ToolCall
from assistant.store import Store, utc_stamp


@dataclass(frozen=True)
class StoredMessage:
    id: int
    message: Message
    # The clock block sent with a user message.
    context: str
    action_id: int | None
    created: str
    # False for a tool result whose call failed or was declined (nothing changed).
    ok: bool = True


class Conversations:
    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, title: str = "") -> int:
        stamp = utc_stamp()
        with self.store.lock, self.store.transaction():
            cursor = self.store.db.execute(
                "INSERT INTO conversations (title, created, updated) VALUES (?, ?, ?)",
                [title[:MAX_CONVERSATION_TITLE], stamp, stamp],
            )
        return int(cursor.lastrowid or 0)

    def latest(self) -> int | None:
        rows = self.store.query(
            "SELECT id FROM conversations ORDER BY updated DESC, id DESC LIMIT 1"
        )
        return int(rows[0]["id"]) if rows else None

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        return self.store.query(
            "SELECT id, title, created, updated FROM conversations "
            "ORDER BY updated DESC, id DESC LIMIT ?",
            [limit],
        )

    def append(
        self,
        conversation_id: int,
        message: Message,
        *,
        context: str = "",
        action_id: int | None = None,
        focus: list[dict[str, Any]] | None = None,
        ok: bool = True,
    ) -> int:
        call = message.tool_call
        stamp = utc_stamp()
        with self.store.lock, self.store.transaction():
            cursor = self.store.db.execute(
                "INSERT INTO messages (conversation_id, role, content, context, tool_name, "
                "tool_arguments, action_id, focus, ok, created) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    conversation_id,
                    message.role,
                    message.content,
                    context,
                    call.name if call else None,
                    json.dumps(call.arguments, ensure_ascii=False) if call else None,
                    action_id,
                    None if focus is None else json.dumps(focus, ensure_ascii=False),
                    int(ok),
                    stamp,
                ],
            )
            title = _title_of(message) if message.role == "user" else ""
            self.store.db.execute(
                "UPDATE conversations SET updated = ?, "
                "title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?",
                [stamp, title, conversation_id],
            )
        return int(cursor.lastrowid or 0)

    def messages(self, conversation_id: int) -> list[StoredMessage]:
        rows = self.store.query(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY id", [conversation_id]
        )
        return [_stored(r) for r in rows]

    def focus(self, conversation_id: int) -> list[dict[str, Any]]:
        """The items the latest turn that touched any added, changed or showed."""
        rows = self.store.query(
            "SELECT focus FROM messages WHERE conversation_id = ? AND focus IS NOT NULL "
            "ORDER BY id DESC LIMIT 1",
            [conversation_id],
        )
        return list(json.loads(rows[0]["focus"])) if rows else []

    def delete(self, conversation_id: int) -> None:
        with self.store.lock, self.store.transaction():
            self.store.db.execute(
                "DELETE FROM messages WHERE conversation_id = ?", [conversation_id]
            )
            self.store.db.execute("DELETE FROM conversations WHERE id = ?", [conversation_id])


def _stored(row: dict[str, Any]) -> StoredMessage:
    call = None
    if row["tool_name"] and row["role"] == "assistant":
        call = ToolCall(row["tool_name"], json.loads(row["tool_arguments"] or "{}"))
    return StoredMessage(
        id=row["id"],
        message=Message(row["role"], row["content"], call),
        context=row["context"],
        action_id=row["action_id"],
        created=row["created"],
        ok=bool(row["ok"]),
    )


def _title_of(message: Message) -> str:
    lines = message.content.strip().splitlines()
    return lines[0][:CONVERSATION_TITLE_FROM_MESSAGE] if lines else ""
