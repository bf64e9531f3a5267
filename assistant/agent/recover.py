"""When the model or a tool stumbles: calls written as text, and errors in plain words.

Small models sometimes write a call as prose ("Sure! ```json {"name": ...}```")
after a first token the router took for text. :func:`salvage_call` finds such
a call and the loop runs it, so it is never shown to the user. And a tool's
``Error: ...`` goes to the model once; after that the user reads
:func:`failure_sentence`, a plain sentence about what could not be done.
"""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.models.formats import ChatFormat, ToolCall
from assistant.models.formats.base import call_from_object
from assistant.models.formats.llama3 import parse_pythonic
from assistant.tools.registry import ToolRegistry

# What a call to each intent was for, in words: "I could not <this>."
_GOALS = {
    "add_todos": "add the to-do",
    "complete_todos": "check off the to-do",
    "reopen_todo": "reopen the to-do",
    "update_todo": "change the to-do",
    "list_todos": "look up your to-dos",
    "add_event": "add the event",
    "update_event": "change the event",
    "list_events": "look up your calendar",
    "add_note": "save the note",
    "append_to_note": "add to the note",
    "find_notes": "find that note",
    "delete": "delete that",
}
# Real tool names a model may write from habit, and the intent that does the job.
_ALIASES: dict[str, tuple[str, Any]] = {
    "add_todo": ("add_todos", lambda a: {"items": [a.get("title", "")], "due": a.get("due")}),
    "create_note": ("add_note", lambda a: {"title": a.get("title", ""), "body": a.get("body", "")}),
}
_PYTHONIC = re.compile(r"\b([a-z_]+)\((.*?)\)", re.S)


def failure_sentence(call: ToolCall | None, error: str) -> str:
    """``Error: No to-do matches 'x'.`` as the user reads it, with what was being tried."""
    message = error.strip().removeprefix("Error:").strip()
    message = message[:1].upper() + message[1:] if message else ""
    if message and message[-1] not in ".?!":
        message += "."
    goal = _GOALS.get(call.name) if call is not None else None
    head = f"I could not {goal}." if goal else "I could not do that."
    return f"{head} {message}".strip()


def salvage_call(text: str, fmt: ChatFormat, registry: ToolRegistry) -> ToolCall | None:
    """A call to one of ``registry``'s intents written inside ``text``, if there is one."""
    if "{" in text:
        decoder = json.JSONDecoder()
        for match in re.finditer(r"\{", text):
            try:
                obj, _ = decoder.raw_decode(text, match.start())
            except json.JSONDecodeError:
                continue
            parsed = call_from_object(obj, raw=text) if isinstance(obj, dict) else None
            if parsed is not None and parsed.call is not None:
                found = _known(parsed.call, registry)
                if found is not None:
                    return found
    for match in _PYTHONIC.finditer(text):
        if match.group(1) in registry or match.group(1) in _ALIASES:
            parsed = parse_pythonic(f"[{match.group(0)}]", raw=match.group(0))
            if parsed.call is not None:
                found = _known(parsed.call, registry)
                if found is not None:
                    return found
    return None


def _known(call: ToolCall, registry: ToolRegistry) -> ToolCall | None:
    if call.name in registry:
        return call
    alias = _ALIASES.get(call.name)
    if alias is None:
        return None
    name, convert = alias
    arguments = {k: v for k, v in convert(call.arguments).items() if v is not None}
    return ToolCall(name, arguments)
