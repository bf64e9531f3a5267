"""The rest of a tool call as a JSON schema, built from the same tool schemas as the GBNF.

``jsonschema`` is not a dependency, so :func:`tests.schema_check.validate`
checks the keywords the builder writes. Verdicts are held against the
registry's own argument validation, the truth the agent runs calls by.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from assistant.agent.intents import intent_registry
from assistant.agent.loop import Agent
from assistant.errors import InvalidInput
from assistant.models.base import ScriptedModel
from assistant.models.call_schema import (
    CallGrammar,
    call_constraint,
    call_lead,
    call_schema,
    response_format,
)
from assistant.models.formats import ChatML, Llama3Json, Llama3Pythonic
from assistant.models.grammar import MAX_ITEMS, MAX_STRING, GrammarError, call_grammar
from assistant.tools import default_registry
from assistant.tools.registry import ToolRegistry
from tests.schema_check import validate


def sample(prop: dict[str, Any]) -> Any:
    """A valid value for one argument."""
    if "enum" in prop:
        return prop["enum"][-1]
    kind = prop["type"]
    if kind == "array":
        return [sample(prop["items"])]
    return {"string": "Buy milk", "integer": 3, "number": 1.5, "boolean": True}[kind]


def wrong(prop: dict[str, Any]) -> Any:
    """A value of the wrong type for one argument (a string where none is allowed)."""
    return 7 if prop["type"] == "string" else "seven"


REGISTRIES = {"intents": intent_registry(), "tools": default_registry()}
CASES = [
    (kind, registry.get(s["function"]["name"]).name)
    for kind, registry in REGISTRIES.items()
    for s in registry.schemas()
]


def registry_accepts(registry: ToolRegistry, name: str, arguments: Any) -> bool:
    try:
        registry.validate(name, arguments)
    except (InvalidInput, KeyError, LookupError):
        return False
    return True


@pytest.mark.parametrize(("kind", "name"), CASES)
def test_every_tool_valid_call_validates_and_broken_ones_do_not(kind: str, name: str) -> None:
    registry = REGISTRIES[kind]
    style = ChatML.call_style
    schema = call_schema(style, registry.schemas())
    assert schema is not None
    params = registry.get(name).parameters
    props, required = params["properties"], params["required"]
    full = {key: sample(prop) for key, prop in props.items()}
    least = {key: full[key] for key in required}
    for arguments in (full, least):
        call = {"name": name, "arguments": arguments}
        assert validate(call, schema), call
        assert registry_accepts(registry, name, arguments)
        # What the server writes parses as the format's call, as under the GBNF.
        parsed = ChatML().parse("<tool_call>" + json.dumps(call))
        assert parsed.call is not None and parsed.call.name == name
    broken: list[dict[str, Any]] = [
        {"name": name + "_x", "arguments": full},  # no such tool
        {"name": name, "arguments": {**full, "colour": "red"}},  # unknown argument
        {"name": name, "arguments": full, "extra": 1},  # unknown key beside the two
        {"name": name},  # no arguments at all
        {"name": name, "parameters": full},  # the other format's key
    ]
    broken += [
        {"name": name, "arguments": {k: v for k, v in full.items() if k != key}} for key in required
    ]
    broken += [{"name": name, "arguments": {**full, key: wrong(props[key])}} for key in props]
    for call in broken:
        assert not validate(call, schema), call
    for call in broken[:2]:
        assert not registry_accepts(registry, str(call["name"]), call["arguments"])


def test_bounds_and_enums_match_the_grammar() -> None:
    schemas = default_registry().schemas()
    schema = call_schema(ChatML.call_style, schemas)
    assert schema is not None
    texts = [
        p for alt in schema["anyOf"] for p in alt["properties"]["arguments"]["properties"].values()
    ]
    strings = [p for p in texts if p["type"] == "string" and "enum" not in p]
    assert strings and all(p["maxLength"] == MAX_STRING for p in strings)
    arrays = [p for p in texts if p["type"] == "array"]
    assert arrays and all(p["maxItems"] == MAX_ITEMS for p in arrays)
    enums = [p for p in texts if "enum" in p]
    assert enums
    enum = enums[0]
    assert validate(enum["enum"][0], enum) and not validate("not-" + enum["enum"][0], enum)
    assert not validate("x" * (MAX_STRING + 1), strings[0])


def test_the_call_key_and_the_lead_follow_the_format() -> None:
    tools = intent_registry().schemas()
    llama = call_schema(Llama3Json.call_style, tools)
    assert llama is not None
    assert all(alt["required"] == ["name", "parameters"] for alt in llama["anyOf"])
    assert call_lead(ChatML.call_style) == ""  # the object follows <tool_call>
    assert call_lead(Llama3Json.call_style) == "{"  # the prefix is the object's brace
    assert call_schema(Llama3Pythonic.call_style, tools) is None  # [name(k=v)] is no JSON
    one = call_schema(ChatML.call_style, tools[:1])
    assert one is not None and "anyOf" not in one  # one tool: the alternative itself
    with pytest.raises(GrammarError):
        call_schema(ChatML.call_style, [])
    bad = {"name": "f", "parameters": {"type": "object", "properties": {"x": {"type": "object"}}}}
    with pytest.raises(GrammarError):
        call_schema(ChatML.call_style, [bad])


def test_a_call_grammar_is_still_the_gbnf_and_carries_the_schema() -> None:
    tools = intent_registry().schemas()
    made = call_constraint(Llama3Json.call_style, tools)
    gbnf = call_grammar(Llama3Json.call_style, tools, after_prefix=True)
    assert isinstance(made, CallGrammar) and made == gbnf and str(made) == gbnf
    assert made.schema == call_schema(Llama3Json.call_style, tools) and made.lead == "{"
    assert made.schema is not None
    wrapped = response_format(made.schema)
    assert wrapped["type"] == "json_schema" and wrapped["json_schema"]["schema"] is made.schema


@pytest.mark.parametrize("fmt", [ChatML(), Llama3Json()])
def test_the_agent_hands_every_call_only_grammar_its_schema(fmt: Any) -> None:
    agent = Agent(ScriptedModel(), fmt, default_registry())
    names = ("list_todos",)
    for grammar in (agent.plan.call_only, agent.read_call, agent.steered_call(names)):
        assert isinstance(grammar, CallGrammar) and grammar.schema is not None
    steered = agent.steered_call(names).schema
    assert steered is not None and steered["properties"]["name"] == {"const": "list_todos"}
    assert agent.read_call.schema is not None
    read_names = {alt["properties"]["name"]["const"] for alt in agent.read_call.schema["anyOf"]}
    assert "list_todos" in read_names and "add_todos" not in read_names
