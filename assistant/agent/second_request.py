"""The model's second look at a message that holds two requests (see :mod:`assistant.agent.more`).

After a write, the part of the message no call accounts for yet is shown to
the model as if the user had sent it next, and the model may make one more
call; whatever it writes in words is never shown.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from assistant.agent.act import IntentContext
from assistant.agent.more import unaccounted
from assistant.agent.prompt import looks_pasted, user_content
from assistant.agent.recover import salvage_call
from assistant.agent.router import Router
from assistant.models.formats import Message, ToolCall

if TYPE_CHECKING:
    from assistant.agent.loop import Agent

# Tokens the model may spend showing whether a message holds a second request.
MORE_TOKENS = 64


def second_prompt(
    agent: Agent, history: list[Message], new: list[Message], ctx: IntentContext, first: ToolCall
) -> str | None:
    """The prompt asking for the request left after ``first``; None when there is none."""
    intents = agent.registry
    if first.name not in intents or not intents.get(first.name).writes:
        return None
    left = unaccounted(ctx.mentions, [first])
    if looks_pasted(ctx.text) or not left:
        return None
    # In this prompt only, the part not done yet comes as the user's next
    # message: a small model handles one request at a time well.
    shown = [*new, Message("user", user_content(left[0]))]
    return agent.render(agent.trim(history, shown) + shown)


def quiet_call(agent: Agent, prompt: str, cancel: threading.Event) -> ToolCall | None:
    """The model's next call, if it makes one; its words are never shown."""
    router = Router(agent.plan, lambda event: None, cancel)
    fmt = agent.fmt
    agent.model.complete(
        prompt,
        max_tokens=MORE_TOKENS,
        stop=fmt.stop,
        on_token=router.feed,
        cancel=router.stop,
    )
    if cancel.is_set():
        return None
    if router.route != "call":
        router.flush()
        return salvage_call(router.text, fmt, agent.registry)
    plan = agent.plan
    out = agent.model.complete(
        prompt + plan.prefix,
        grammar=plan.call_only,
        max_tokens=agent.config.max_call_tokens,
        stop=fmt.stop,
        cancel=cancel,
    )
    return None if cancel.is_set() else fmt.parse(plan.prefix + out.text).call
