"""The data a chat format renders and parses, and the interface every format has."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from assistant.models.grammar import CallStyle, function_of

Role = Literal["system", "user", "assistant", "tool"]


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Message:
    """One turn. An assistant message with ``tool_call`` was a call; a tool one, its result."""

    role: Role
    content: str
    tool_call: ToolCall | None = None


@dataclass(frozen=True)
class Parsed:
    """What the model said: a call, or text. ``error``: it looked like a call but did not parse."""

    call: ToolCall | None
    text: str
    error: str | None = None


class ChatFormat(Protocol):
    name: str
    stop: list[str]
    call_style: CallStyle

    def render_prefix(self, system: str, tools: list[dict[str, Any]]) -> str:
        """System text and tool definitions: byte-identical for identical inputs, no clock."""
        ...

    def render_turns(self, messages: list[Message], *, add_generation_prompt: bool = True) -> str:
        """Everything after the prefix, ending with the assistant header."""
        ...

    def render_call(self, call: ToolCall) -> str:
        """The call as the model writes it (what :meth:`parse` reads back)."""
        ...

    def parse(self, output: str) -> Parsed: ...

    def grammar(self, tools: list[dict[str, Any]]) -> str:
        """GBNF admitting a call to one of ``tools`` or a text answer."""
        ...

    def call_prefix(self) -> str: ...


def tojson(value: Any, indent: int | None = None) -> str:
    """JSON as Hugging Face chat templates render it: key order kept, UTF-8 as is."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


def text_answer(output: str) -> Parsed:
    return Parsed(None, output.strip(), None)


def parse_json_call(body: str, *, raw: str) -> Parsed:
    """A ``{"name": ..., "arguments"|"parameters": {...}}`` object at the start of ``body``.

    Text after the object (a second call, a stray end tag) is ignored: the
    loop runs one call per step. Anything wrong gives ``Parsed.error``, never
    an exception, so the agent can tell the model what to fix.
    """
    try:
        obj, _ = json.JSONDecoder().raw_decode(body)
    except json.JSONDecodeError as exc:
        return Parsed(None, raw.strip(), f"The tool call is not valid JSON ({exc.msg}).")
    return call_from_object(obj, raw=raw)


_CALL_KEYS = {"name", "arguments", "parameters", "type"}


def call_from_object(obj: Any, *, raw: str) -> Parsed:
    def fail(why: str) -> Parsed:
        return Parsed(None, raw.strip(), why)

    if not isinstance(obj, dict):
        return fail("A tool call must be a JSON object.")
    unknown = sorted(set(obj) - _CALL_KEYS)
    if unknown:
        return fail(f"A tool call has only name and arguments, not {unknown[0]!r}.")
    name = obj.get("name")
    if not isinstance(name, str) or not name:
        return fail("A tool call needs a tool name.")
    if "arguments" in obj and "parameters" in obj:
        return fail("A tool call has either arguments or parameters, not both.")
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):  # some models send the arguments as a JSON string
        try:
            args = json.loads(args) if args.strip() else {}
        except json.JSONDecodeError:
            return fail("The tool call's arguments are not valid JSON.")
    if args is None:
        args = {}
    if not isinstance(args, dict):
        return fail("The tool call's arguments must be a JSON object.")
    return Parsed(ToolCall(name, args), "", None)


def functions(tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [function_of(t) for t in tools]
