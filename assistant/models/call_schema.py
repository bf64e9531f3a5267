"""The rest of a tool call as a JSON schema, for servers that enforce schemas but no GBNF.

The agent constrains a call in two stages (:class:`~assistant.models.grammar.GrammarPlan`):
free first tokens, then, once they show a call's prefix, the rest of the call
under the call-only grammar. In every JSON call style that rest is the call's
JSON object, ``{"name": ..., "arguments": {...}}``, so it can also be written as
a JSON schema: one alternative per tool (``anyOf``), each with the tool's name
as a constant and its arguments object, built from the same tool schemas and
with the same bounds as the GBNF (:data:`~assistant.models.grammar.MAX_STRING`,
:data:`~assistant.models.grammar.MAX_ITEMS`, no unknown keys, enum values only).

:class:`CallGrammar` carries both: it *is* the GBNF text (a ``str``), so the
local runtime and every other model take it unchanged, and it holds the schema
for the server back end (:mod:`assistant.models.remote`), which sends whichever
constraint the server was found to honour.

Limits of a schema against the GBNF: key order is the server's choice (llama.cpp
and vLLM keep the schema's order), whitespace between tokens is free, integers
are not bounded to 18 digits, and the pythonic call style (``[name(key=value)]``)
has no JSON form, so it gets no schema. Every call is parsed and validated
against the tool's schema afterwards in any case.
"""

from __future__ import annotations

from typing import Any

from assistant.models.grammar import (
    MAX_ITEMS,
    MAX_STRING,
    CallStyle,
    GrammarError,
    call_grammar,
    function_of,
)

SCHEMA_NAME = "tool_call"


class CallGrammar(str):
    """The GBNF of the rest of a call, carrying the same call as a JSON schema.

    ``schema``: the JSON schema of the call's object, None where the style has
    none (pythonic calls). ``lead``: the part of the call prefix that is already
    the object's first character (``"{"`` where the prefix is the brace itself,
    ``""`` for ``<tool_call>``). A server given the schema must write the whole
    object, so that part is taken off the prompt's end and off the output's start.
    """

    schema: dict[str, Any] | None
    lead: str

    def __new__(cls, gbnf: str, schema: dict[str, Any] | None, lead: str = "") -> CallGrammar:
        made = super().__new__(cls, gbnf)
        made.schema = schema
        made.lead = lead
        return made


def call_constraint(style: CallStyle, tools: list[dict[str, Any]]) -> CallGrammar:
    """The rest of a call to one of ``tools`` after ``style.prefix``: GBNF and schema."""
    return with_schema(call_grammar(style, tools, after_prefix=True), style, tools)


def with_schema(gbnf: str, style: CallStyle, tools: list[dict[str, Any]]) -> CallGrammar:
    """``gbnf`` (a call-only grammar for ``tools``) with the call's JSON schema attached."""
    return CallGrammar(gbnf, call_schema(style, tools), call_lead(style))


def call_lead(style: CallStyle) -> str:
    """What of ``style.prefix`` belongs to the call's JSON object (see :class:`CallGrammar`)."""
    start = style.head.find("{")
    return style.prefix[start:] if 0 <= start < len(style.prefix) else ""


def call_schema(style: CallStyle, tools: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A schema admitting exactly the calls to ``tools`` (None for pythonic calls)."""
    if style.syntax != "json":
        return None
    functions = [function_of(t) for t in tools]
    if not functions:
        raise GrammarError("a call schema needs at least one tool")
    alternatives = []
    for fn in functions:
        params = fn.get("parameters") or {"type": "object", "properties": {}}
        alternatives.append(
            {
                "type": "object",
                "properties": {"name": {"const": fn["name"]}, style.args_key: _object(params)},
                "required": ["name", style.args_key],
                "additionalProperties": False,
            }
        )
    return alternatives[0] if len(alternatives) == 1 else {"anyOf": alternatives}


def response_format(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's ``response_format`` for ``schema`` (vLLM reads it on ``/v1/completions``)."""
    return {
        "type": "json_schema",
        "json_schema": {"name": SCHEMA_NAME, "strict": True, "schema": schema},
    }


def _object(schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type", "object") != "object":
        raise GrammarError("tool parameters must be a JSON object schema")
    props: dict[str, Any] = schema.get("properties") or {}
    required = list(schema.get("required") or [])
    unknown = set(required) - set(props)
    if unknown:
        raise GrammarError(f"required keys without a schema: {sorted(unknown)}")
    return {
        "type": "object",
        "properties": {key: _value(prop) for key, prop in props.items()},
        "required": required,
        "additionalProperties": False,
    }


def _value(prop: dict[str, Any]) -> dict[str, Any]:
    """The schema of one value: the keywords the GBNF builder honours, and its bounds."""
    kind = prop.get("type")
    if "enum" in prop:
        choices = list(prop["enum"])
        if not choices or not all(isinstance(c, str) for c in choices):
            raise GrammarError("only non-empty string enums are supported")
        return {"type": "string", "enum": choices}
    if kind == "string":
        return {"type": "string", "maxLength": MAX_STRING}
    if kind in {"integer", "number", "boolean"}:
        return {"type": kind}
    if kind == "array":
        return {"type": "array", "items": _value(prop.get("items") or {}), "maxItems": MAX_ITEMS}
    raise GrammarError(f"unsupported schema type {kind!r}")
