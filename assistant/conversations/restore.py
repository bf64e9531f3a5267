"""A stored conversation turned into what the transcript shows (no Qt here).

Runs on a worker thread of the window: it reads the messages and, for tool
results that were journaled actions, whether each action has been undone
since, so restored action cards offer Undo only where it can still work. A
tool result that failed or was declined is shown as a quiet note; the message
says so itself (its ``ok``), its text is not parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.conversations.history import Conversations, StoredMessage
from assistant.limits import SQL_BATCH
from assistant.store import Store

EntryKind = Literal["user", "answer", "action", "note"]


@dataclass(frozen=True)
class Entry:
    kind: EntryKind
    text: str
    action_id: int | None = None
    undone: bool = False


@dataclass(frozen=True)
class LoadedConversation:
    conversation_id: int
    entries: list[Entry]


def load_conversation(store: Store, conversation_id: int) -> LoadedConversation:
    messages = Conversations(store).messages(conversation_id)
    undone = undone_actions(store, [m.action_id for m in messages if m.action_id])
    entries = [e for m in messages if (e := _entry(m, undone)) is not None]
    return LoadedConversation(conversation_id, entries)


def undone_actions(store: Store, action_ids: list[int]) -> set[int]:
    """Which of these journal actions have been undone."""
    undone: set[int] = set()
    # Batches keep each query under SQLite's limit on bound parameters.
    for start in range(0, len(action_ids), SQL_BATCH):
        batch = action_ids[start : start + SQL_BATCH]
        marks = ", ".join("?" for _ in batch)
        rows = store.query(
            f"SELECT id FROM actions WHERE undone_at IS NOT NULL AND id IN ({marks})", batch
        )
        undone.update(int(r["id"]) for r in rows)
    return undone


def _entry(stored: StoredMessage, undone: set[int]) -> Entry | None:
    message = stored.message
    if message.role == "user":
        return Entry("user", message.content)
    if message.role == "assistant":
        # A call message says nothing the result after it does not say better.
        if message.tool_call is not None or not message.content.strip():
            return None
        return Entry("answer", message.content)
    if message.role == "tool":
        if stored.action_id is not None:
            return Entry("action", message.content, stored.action_id, stored.action_id in undone)
        if not stored.ok:
            return Entry("note", message.content)
    return None
