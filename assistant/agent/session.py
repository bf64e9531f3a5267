"""A conversation that persists: history from SQLite in, the turn's messages back out."""

from __future__ import annotations

import threading

from assistant.agent.history import Conversations, StoredMessage
from assistant.agent.loop import Agent, Approver, Emit, TurnResult, deny_all
from assistant.agent.prompt import user_content
from assistant.clock import Clock
from assistant.models.formats import Message
from assistant.store import Store


class ChatSession:
    """Turns of one conversation, stored as they happen."""

    def __init__(self, agent: Agent, store: Store, conversation_id: int | None = None) -> None:
        self.agent = agent
        self.store = store
        self.conversations = Conversations(store)
        self.conversation_id = conversation_id or self.conversations.create()

    def history(self) -> list[Message]:
        """The stored messages, rendered exactly as they were sent."""
        return [_as_sent(m) for m in self.conversations.messages(self.conversation_id)]

    def ask(
        self,
        text: str,
        *,
        clock: Clock,
        emit: Emit,
        approve: Approver = deny_all,
        cancel: threading.Event | None = None,
    ) -> TurnResult:
        result = self.agent.run_turn(
            text,
            self.history(),
            store=self.store,
            clock=clock,
            emit=emit,
            approve=approve,
            cancel=cancel,
        )
        (_, _), *rest = result.messages
        self.conversations.append(
            self.conversation_id, Message("user", text), context=result.context
        )
        for message, action_id in rest:
            self.conversations.append(self.conversation_id, message, action_id=action_id)
        return result


def _as_sent(stored: StoredMessage) -> Message:
    message = stored.message
    if message.role == "user":
        return Message("user", f"{stored.context}\n{user_content(message.content)}")
    return message
