"""Tools as plain typed functions; schemas derived from signature and docstring.

A tool is ``def name(ctx: ToolContext, a: str, b: int | None = None) -> ToolOutput``
with a Google-style docstring whose first paragraph describes it and whose
``Args:`` section describes each parameter. The registry turns that into a
JSON schema (for the prompt and the decoding grammar), validates arguments
against it before the call, and turns every failure into an ``Error: ...``
result: nothing a model sends can raise out of :meth:`ToolRegistry.call`.

A tool also declares what it is, for the front ends (after Anki's ops, which
say what they change): the ``noun`` of its items, the ``table`` they live in,
the ``target`` argument naming the one item it acts on, and words for the
``progress`` line and the ``approval`` question. The GUI and the CLI read
these; neither parses a tool's name.
"""

from __future__ import annotations

import inspect
import logging
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Union, get_args, get_origin

from assistant.errors import AssistantError, InvalidInput
from assistant.operation import FieldChange
from assistant.store.changes import Changes
from assistant.tools.context import ToolContext, ToolOutput

log = logging.getLogger(__name__)

ToolFunction = Callable[..., ToolOutput]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ToolResult:
    """What came of one call: ``text`` goes back to the model, ``data`` to the UI."""

    tool: str
    arguments: dict[str, Any]
    ok: bool
    text: str
    data: Any = None
    action_id: int | None = None
    # The tables the call wrote, as the journal recorded them.
    changes: Changes = field(default_factory=Changes)
    # For a change to an existing item: each changed field, before and after.
    edits: tuple[FieldChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = {
            "tool": self.tool,
            "arguments": self.arguments,
            "ok": self.ok,
            "text": self.text,
            "data": self.data,
            "action_id": self.action_id,
        }
        if self.edits:
            out["edits"] = [e.to_json() for e in self.edits]
        return out


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    parameters: dict[str, Any]
    fn: ToolFunction
    writes: bool = False
    destructive: bool = False
    # What one item is called ("to-do"), and the table items live in ("todos").
    noun: str = ""
    table: str = ""
    # The argument that names the one item the tool acts on ("todo_id"), if any.
    target: str = ""
    # What the assistant is doing while the tool runs ("Adding a to-do"); a
    # mapping picks the words by the value of the ``kind`` argument.
    progress: str | Mapping[str, str] = ""
    # The question before a call that needs approval ("Delete the to-do").
    approval: str = ""

    @property
    def edits(self) -> bool:
        """Whether it changes one existing item and keeps it (update, check off, append)."""
        return self.writes and bool(self.target) and not self.destructive

    def doing(self, arguments: Mapping[str, Any] | None = None) -> str:
        """The progress words for a call with ``arguments`` ("" when none are declared)."""
        if isinstance(self.progress, str):
            return self.progress
        kind = (arguments or {}).get("kind")
        return self.progress.get(kind, "") if isinstance(kind, str) else ""

    def asking(self) -> str:
        """The approval words: declared, else the first sentence of the description."""
        if self.approval:
            return self.approval
        return re.split(r"(?<=\.)\s", self.description, maxsplit=1)[0].rstrip(".")

    def schema(self) -> dict[str, Any]:
        """The OpenAI-style function definition used in prompts."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters,
            },
        }


def tool(
    *,
    writes: bool = False,
    destructive: bool = False,
    noun: str = "",
    table: str = "",
    target: str = "",
    progress: str | Mapping[str, str] = "",
    approval: str = "",
) -> Callable[[ToolFunction], Tool]:
    """Decorator turning a typed, documented function into a :class:`Tool`.

    ``writes``/``destructive`` say what it may do; the rest what it is (see
    :class:`Tool`): ``@tool(writes=True, noun="to-do", table="todos",
    progress="Adding a to-do")``.
    """

    def wrap(fn: ToolFunction) -> Tool:
        description, params_doc = _parse_docstring(inspect.getdoc(fn) or "")
        parameters = _schema_for(fn, params_doc)
        if target and target not in parameters["properties"]:
            raise TypeError(f"{fn.__name__} has no argument {target!r} to act on")
        return Tool(
            name=fn.__name__,
            description=description,
            parameters=parameters,
            fn=fn,
            writes=writes or destructive,
            destructive=destructive,
            noun=noun,
            table=table,
            target=target,
            progress=progress,
            approval=approval,
        )

    return wrap


@dataclass
class ToolRegistry:
    tools: dict[str, Tool] = field(default_factory=dict)

    @classmethod
    def of(cls, tools: Iterable[Tool]) -> ToolRegistry:
        registry = cls()
        for t in tools:
            registry.add(t)
        return registry

    def add(self, t: Tool) -> None:
        if t.name in self.tools:
            raise ValueError(f"duplicate tool {t.name}")
        self.tools[t.name] = t

    def __contains__(self, name: object) -> bool:
        return name in self.tools

    def __iter__(self) -> typing.Iterator[Tool]:
        return iter(self.tools.values())

    def names(self) -> list[str]:
        return list(self.tools)

    def get(self, name: str) -> Tool:
        try:
            return self.tools[name]
        except KeyError:
            known = ", ".join(sorted(self.tools))
            raise InvalidInput(f"There is no tool named {name!r}. Known tools: {known}.") from None

    def read_only(self) -> ToolRegistry:
        """The same registry without any tool that writes (for pasted content)."""
        return ToolRegistry.of(t for t in self if not t.writes)

    def schemas(self) -> list[dict[str, Any]]:
        return [t.schema() for t in self]

    def validate(self, name: str, arguments: Any) -> dict[str, Any]:
        """Arguments checked and normalised against the tool's schema."""
        t = self.get(name)
        return validate_arguments(t.name, t.parameters, arguments)

    def call(self, ctx: ToolContext, name: str, arguments: Any) -> ToolResult:
        """Validate and run a tool. Never raises for bad input: returns ``Error: ...``."""
        shown = dict(arguments) if isinstance(arguments, Mapping) else {}
        try:
            t = self.get(name)
            clean = validate_arguments(t.name, t.parameters, arguments)
            with ctx.store.watch() as watch:
                out = t.fn(ctx, **clean)
        except AssistantError as exc:
            return ToolResult(name, shown, False, f"Error: {exc}")
        except Exception as exc:  # a bug in a tool must not end the conversation
            # The message goes back in the result (one line for the user or the model);
            # the traceback only at DEBUG, so no terminal ever shows it by default.
            log.debug("tool %s failed", name, exc_info=True)
            return ToolResult(name, shown, False, f"Error: internal error in {name}: {exc}")
        return ToolResult(
            name, clean, True, out.text, out.data, out.action_id, watch.changes, out.edits
        )


# -- schema derivation ----------------------------------------------------


def _parse_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """Description (text before ``Args:``) and per-argument help."""
    head, _, rest = doc.partition("\nArgs:")
    params: dict[str, str] = {}
    current: str | None = None
    for line in rest.splitlines():
        if line.strip() and not line.startswith((" ", "\t")):
            break  # the next section (Returns:, ...)
        match = re.match(r"\s+(\w+)(?:\s*\([^)]*\))?:\s*(.*)", line)
        if match and (current is None or len(line) - len(line.lstrip()) <= 4):
            current = match.group(1)
            params[current] = match.group(2).strip()
        elif current and line.strip():
            params[current] += " " + line.strip()
    return " ".join(head.split()), params


def _schema_for(fn: ToolFunction, docs: dict[str, str]) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for param in list(inspect.signature(fn).parameters.values())[1:]:  # skip ctx
        prop = _type_schema(hints[param.name])
        if param.name in docs:
            prop["description"] = docs[param.name]
        properties[param.name] = prop
        if param.default is inspect.Parameter.empty:
            required.append(param.name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _type_schema(hint: Any) -> dict[str, Any]:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(hint) if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint}")
        return _type_schema(inner[0])
    if origin is Literal:
        return {"type": "string", "enum": list(get_args(hint))}
    if origin is list:
        (item,) = get_args(hint)
        return {"type": "array", "items": _type_schema(item)}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]}
    raise TypeError(f"unsupported parameter type {hint}")


# -- validation -----------------------------------------------------------


def validate_arguments(tool: str, schema: dict[str, Any], arguments: Any) -> dict[str, Any]:
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, Mapping):
        raise InvalidInput(f"Arguments for {tool} must be a JSON object.")
    props: dict[str, Any] = schema["properties"]
    unknown = [k for k in arguments if k not in props]
    if unknown:
        takes = ", ".join(props) or "no arguments"
        raise InvalidInput(f"{tool} has no argument {unknown[0]!r}; it takes: {takes}.")
    missing = [k for k in schema["required"] if arguments.get(k) is None]
    if missing:
        raise InvalidInput(f"{tool} needs the argument {missing[0]!r}.")
    return {
        key: _check_value(tool, key, props[key], value)
        for key, value in arguments.items()
        if value is not None
    }


_SQLITE_MIN_INT, _SQLITE_MAX_INT = -(2**63), 2**63 - 1


def _check_value(tool: str, key: str, prop: dict[str, Any], value: Any) -> Any:
    kind = prop["type"]
    where = f"{tool}: {key!r}"
    if kind == "string":
        if not isinstance(value, str):
            raise InvalidInput(f"{where} must be text, not {_json_type(value)}.")
        if _CONTROL.search(value):
            raise InvalidInput(f"{where} contains control characters.")
        if "enum" in prop:
            choices = prop["enum"]
            lowered = value.strip().lower()
            if lowered not in choices:
                raise InvalidInput(f"{where} must be one of {', '.join(choices)}, not {value!r}.")
            return lowered
        return value
    if kind == "integer":
        # Small models often quote numbers ("12"); an exact integer in text is accepted.
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", value):
            return int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"{where} must be a whole number, not {_json_type(value)}.")
        if not _SQLITE_MIN_INT <= value <= _SQLITE_MAX_INT:  # SQLite stores 64-bit integers
            raise InvalidInput(f"{where} is out of range ({value:.3g}).")
        return value
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidInput(f"{where} must be a number, not {_json_type(value)}.")
        return value
    if kind == "boolean":
        if not isinstance(value, bool):
            raise InvalidInput(f"{where} must be true or false, not {_json_type(value)}.")
        return value
    if kind == "array":
        if isinstance(value, str):  # "work, home" for a list of tags
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise InvalidInput(f"{where} must be a list, not {_json_type(value)}.")
        return [_check_value(tool, key, prop["items"], item) for item in value]
    raise TypeError(f"unsupported schema type {kind}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__
