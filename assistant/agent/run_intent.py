"""Running the intent a call names: its outcome, or a failed one that says why.

A failure never raises out of here: the loop shows its text to the model once
for a corrected try, and then tells the user in a plain sentence.
"""

from __future__ import annotations

import logging
from typing import Literal

from assistant.agent.act import IntentContext, IntentFailed, NotRequested, Outcome
from assistant.agent.commands import asks_to_be_told
from assistant.errors import AssistantError, NotFound
from assistant.models.formats import ToolCall
from assistant.tools.registry import ToolRegistry

log = logging.getLogger(__name__)

DECLINED = "The user declined"
# Why an intent failed, where that shapes the corrected try: the message asks
# for no change at all, or the item it names does not exist.
Miss = Literal["", "not asked", "missing"]

# Write intents that weigh a question themselves (a polite "can you put it in my calendar?").
_OWN_CHECK = frozenset({"add_todos", "add_event"})


def run_intent(registry: ToolRegistry, ctx: IntentContext, call: ToolCall) -> tuple[Outcome, Miss]:
    """The outcome of ``call`` (``ok=False`` when it failed), and what it missed."""
    try:
        intent = registry.get(call.name)
        if intent.writes and call.name not in _OWN_CHECK and asks_to_be_told(ctx.text):
            # "What's the capital of France?" filed as a check-off: words, not a change.
            raise NotRequested("Nothing was changed: the message asks a question.")
        clean = registry.validate(call.name, call.arguments)
        out = intent.fn(ctx, **clean)
    except IntentFailed as exc:
        return _failed(call, exc.result.text), ""
    except NotRequested as exc:
        return _failed(call, str(exc)), "not asked"
    except NotFound as exc:
        return _failed(call, str(exc)), "missing"
    except AssistantError as exc:
        return _failed(call, str(exc)), ""
    except Exception as exc:  # a bug in an intent must not end the conversation
        log.debug("intent %s failed", call.name, exc_info=True)
        return _failed(call, f"internal error in {call.name}: {exc}"), ""
    assert isinstance(out, Outcome)
    return out, ""


def _failed(call: ToolCall, text: str) -> Outcome:
    text = text if text.startswith(("Error:", DECLINED)) else f"Error: {text}"
    return Outcome(text, None, None, tool=call.name, arguments=call.arguments, ok=False)
