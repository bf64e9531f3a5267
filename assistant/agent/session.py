"""A conversation that persists: history from SQLite in, the turn's messages back out."""

from __future__ import annotations

import threading

from assistant.agent.loop import Agent, Approver, Emit, TurnResult, deny_all
from assistant.agent.prompt import user_content
from assistant.agent.targets import Ref
from assistant.clock import Clock
from assistant.conversations.history import Conversations, StoredMessage
from assistant.models.formats import Message
from assistant.store import Store


class ChatSession:
    """Turns of one conversation, stored as they happen."""

    def __init__(self, agent: Agent, store: Store, conversation_id: int | None = None) -> None:
        self.agent = agent
        self.store = store
        self.conversations = Conversations(store)
        self.conversation_id = conversation_id or self.conversations.create()
        # What the last turn added, changed or showed: "it" in the next one.
        self.focus = [Ref(**r) for r in self.conversations.focus(self.conversation_id)]

    def history(self) -> list[Message]:
        """The stored messages as the model saw them, byte for byte.

        A reply that code composed from a tool's result (everything said after
        a tool message) is for the user only: the model sees its call and the
        result, never a confirmation in prose it might imitate instead of calling.
        """
        stored = self.conversations.messages(self.conversation_id)
        sent: list[Message] = []
        for message in stored:
            composed = sent and sent[-1].role == "tool" and message.message.role == "assistant"
            if not (composed and message.message.tool_call is None):
                sent.append(_as_sent(message))
        return sent

    def ask(
        self,
        text: str,
        *,
        clock: Clock,
        emit: Emit,
        approve: Approver = deny_all,
        cancel: threading.Event | None = None,
        ask_changes: bool = False,
    ) -> TurnResult:
        """One turn, stored; ``ask_changes``: changes to items wait for ``approve`` too."""
        result = self.agent.run_turn(
            text,
            self.history(),
            store=self.store,
            clock=clock,
            emit=emit,
            approve=approve,
            cancel=cancel,
            focus=self.focus,
            ask_changes=ask_changes,
        )
        if result.touched:
            self.focus = result.touched
        (_, _), *rest = result.messages
        self.conversations.append(
            self.conversation_id, Message("user", text), context=result.context
        )
        for i, (message, action_id) in enumerate(rest, 1):
            focus = [r.to_json() for r in result.touched] if i == len(rest) else None
            self.conversations.append(
                self.conversation_id,
                message,
                action_id=action_id,
                focus=focus or None,
                ok=i not in result.failed,
            )
        return result


def _as_sent(stored: StoredMessage) -> Message:
    message = stored.message
    if message.role == "user":
        return Message("user", f"{stored.context}\n{user_content(message.content)}")
    return message
