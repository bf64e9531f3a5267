"""Tool registry: schemas derived from signatures, validation, errors as results."""

from __future__ import annotations

from typing import Literal

import pytest

from assistant.errors import InvalidInput, NotFound
from assistant.tools import default_registry
from assistant.tools.context import ToolContext, ToolOutput
from assistant.tools.registry import ToolRegistry, tool


@tool(writes=True)
def sample(
    ctx: ToolContext,
    title: str,
    count: int = 1,
    level: Literal["low", "high"] = "low",
    tags: list[str] | None = None,
    flag: bool = False,
) -> ToolOutput:
    """Do a sample thing.

    Longer explanation on a second paragraph.

    Args:
        title: The title of the thing,
            continued on a second line.
        count: How many.
        level: How strongly.
        tags: Labels.
        flag: A switch.
    """
    if title == "missing":
        raise NotFound("There is no such thing.")
    if title == "crash":
        raise ZeroDivisionError("division by zero")
    return ToolOutput(f"{title} x{count} {level} {tags} {flag}", {"title": title})


@tool()
def reader(ctx: ToolContext) -> ToolOutput:
    """Read things."""
    return ToolOutput("read")


REGISTRY = ToolRegistry.of([sample, reader])


def test_schema_comes_from_signature_and_docstring() -> None:
    schema = sample.schema()["function"]
    assert schema["name"] == "sample"
    assert schema["description"] == "Do a sample thing. Longer explanation on a second paragraph."
    params = schema["parameters"]
    assert params["required"] == ["title"]
    assert params["additionalProperties"] is False
    assert params["properties"]["title"] == {
        "type": "string",
        "description": "The title of the thing, continued on a second line.",
    }
    assert params["properties"]["count"]["type"] == "integer"
    assert params["properties"]["level"]["enum"] == ["low", "high"]
    assert params["properties"]["tags"]["type"] == "array"
    assert params["properties"]["tags"]["items"] == {"type": "string"}
    assert params["properties"]["flag"]["type"] == "boolean"
    assert reader.parameters["properties"] == {}


def test_write_flags_and_read_only_subset() -> None:
    assert sample.writes and not sample.destructive
    assert REGISTRY.read_only().names() == ["reader"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({}, "needs the argument 'title'"),
        ({"title": None}, "needs the argument 'title'"),
        ({"title": 3}, "'title' must be text, not the number 3"),
        ({"title": "a", "bogus": 1}, "has no argument 'bogus'"),
        ({"title": "a", "count": "many"}, "'count' must be a whole number"),
        ({"title": "a", "count": 1.5}, "'count' must be a whole number"),
        ({"title": "a", "count": True}, "'count' must be a whole number"),
        ({"title": "a", "count": 2**63}, "'count' is out of range"),
        ({"title": "a", "count": -(2**63) - 1}, "'count' is out of range"),
        ({"title": "a", "count": 1e300}, "'count' is out of range"),
        ({"title": "a", "level": "medium"}, "must be one of low, high"),
        ({"title": "a", "flag": "yes"}, "must be true or false"),
        ({"title": "a", "tags": {"x": 1}}, "must be a list"),
        ({"title": "a\x00b"}, "control characters"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_invalid_arguments_are_refused_with_a_message(arguments: object, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        REGISTRY.validate("sample", arguments)


def test_lenient_normalisation_of_what_small_models_send() -> None:
    clean = REGISTRY.validate(
        "sample", {"title": "a", "count": "3", "level": "HIGH", "tags": "work, home"}
    )
    assert clean == {"title": "a", "count": 3, "level": "high", "tags": ["work", "home"]}


def test_call_turns_every_failure_into_an_error_result(ctx: ToolContext) -> None:
    unknown = REGISTRY.call(ctx, "launch_rockets", {})
    assert not unknown.ok and unknown.text.startswith(
        "Error: There is no tool named 'launch_rockets'"
    )
    assert "reader, sample" in unknown.text
    bad = REGISTRY.call(ctx, "sample", {"count": 2})
    assert not bad.ok and bad.text == "Error: sample needs the argument 'title'."
    missing = REGISTRY.call(ctx, "sample", {"title": "missing"})
    assert missing.text == "Error: There is no such thing."
    crash = REGISTRY.call(ctx, "sample", {"title": "crash"})
    assert not crash.ok and crash.text.startswith("Error: internal error in sample")


def test_call_success(ctx: ToolContext) -> None:
    result = REGISTRY.call(ctx, "sample", {"title": "t", "count": 2})
    assert result.ok
    assert result.text == "t x2 low None False"
    assert result.data == {"title": "t"}
    assert result.to_json()["arguments"] == {"title": "t", "count": 2}


def test_every_tool_declares_what_it_is() -> None:
    from assistant.agent.intents import intent_registry
    from assistant.tools import default_registry

    for registry in (default_registry(), intent_registry()):
        for t in registry:
            assert t.doing({"kind": "todo"}), f"{t.name} declares no progress words"
            if t.writes and t.name != "delete":
                assert t.noun and t.table, f"{t.name} declares no noun or table"
            if t.target:
                assert t.target in t.parameters["properties"]


def test_declared_words_for_progress_and_approval() -> None:
    @tool(
        destructive=True,
        noun="thing",
        table="things",
        target="thing_id",
        progress={"a": "Removing an A"},
        approval="Remove the thing",
    )
    def remove(ctx: ToolContext, thing_id: int, kind: str = "a") -> ToolOutput:
        """Remove a thing. Gone for good."""
        return ToolOutput("ok")

    assert remove.doing({"kind": "a"}) == "Removing an A"
    assert remove.doing({"kind": "b"}) == "" and remove.doing() == ""
    assert remove.asking() == "Remove the thing"
    assert remove.writes and (remove.noun, remove.table) == ("thing", "things")

    @tool()
    def look(ctx: ToolContext) -> ToolOutput:
        """Look around. Then some more."""
        return ToolOutput("ok")

    assert look.asking() == "Look around"  # the description's first sentence

    with pytest.raises(TypeError, match="no argument 'thing_id'"):

        @tool(target="thing_id")
        def broken(ctx: ToolContext) -> ToolOutput:
            """Broken."""
            return ToolOutput("ok")


def test_approval_words_name_the_item_by_its_title(ctx: ToolContext) -> None:
    from assistant.agent.approval_words import describe_call
    from assistant.tools import default_registry

    tools = default_registry()
    todo_id = tools.call(ctx, "add_todo", {"title": "Milk"}).data["id"]
    words = describe_call(ctx.store, tools.get("delete_todo"), {"todo_id": todo_id})
    assert words == f"Delete the to-do: 'Milk' (to-do #{todo_id})"
    missing = describe_call(ctx.store, tools.get("delete_todo"), {"todo_id": 999})
    assert missing == "Delete the to-do: (to-do #999)"
    added = describe_call(ctx.store, tools.get("add_todo"), {"title": "Bread", "tags": []})
    assert added == "Add a to-do item: title: Bread"


def test_an_id_beyond_sqlites_integers_is_refused_not_an_internal_error(ctx: ToolContext) -> None:
    """Found by test_tools_properties: complete_todo with todo_id 2**63 crashed in sqlite3."""
    result = default_registry().call(ctx, "complete_todo", {"todo_id": 2**63})
    assert not result.ok and "internal error" not in result.text
    assert result.text == "Error: complete_todo: 'todo_id' is out of range (9.22e+18)."
