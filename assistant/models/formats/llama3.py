"""Llama 3.1/3.2 chat formats: the template's JSON calls, and Meta's pythonic calls for 3.2.

Both use the same turn layout (``<|start_header_id|>role<|end_header_id|>``,
``<|eot_id|>``); tool results go back in the ``ipython`` role, rendered as the
official template renders a string (``tojson``: a quoted JSON string).

The official template writes ``Today Date: ...`` into the system header. Our
prefix leaves that line out, so the prefix never changes with the clock (the
agent puts the date in a late block instead); everything else is byte for
byte the template's output with ``tools_in_user_message=false``, the variant
that keeps the tool list in the system message and so in the cached prefix,
except that each tool definition is written on one line (``tojson`` without
``indent=4``): the same JSON for the model, and a fifth of the prefix's tokens
saved on every cold start.
"""

from __future__ import annotations

import ast
from typing import Any

from assistant.models.formats.base import (
    Message,
    Parsed,
    ToolCall,
    functions,
    parse_json_call,
    text_answer,
    tojson,
)
from assistant.models.grammar import CallStyle, union_grammar

BOS = "<|begin_of_text|>"
EOT = "<|eot_id|>"
PYTHON_TAG = "<|python_tag|>"
STOP = [EOT, "<|eom_id|>", "<|end_of_text|>"]

# The official template's wording (missing spaces included: it is what the model saw).
JSON_INSTRUCTIONS = (
    "You have access to the following functions. To call a function, please respond with "
    "JSON for a function call."
    'Respond in the format {"name": function name, "parameters": dictionary of argument '
    "name and its value}."
    "Do not use variables.\n\n"
)

# Meta's documented system prompt for Llama 3.2 1B/3B zero-shot pythonic calls.
PYTHONIC_INSTRUCTIONS = (
    "You are an expert in composing functions. You are given a question and a set of "
    "possible functions.\n"
    "Based on the question, you will need to make one or more function/tool calls to "
    "achieve the purpose.\n"
    "If none of the function can be used, point it out. If the given question lacks the "
    "parameters required by the function,\n"
    "also point it out. You should only return the function call in tools call sections.\n\n"
    "If you decide to invoke any of the function(s), you MUST put it in the format of "
    "[func_name1(params_name1=params_value1, params_name2=params_value2...), "
    "func_name2(params)]\n"
    "You SHOULD NOT include any other text in the response.\n\n"
    "Here is a list of functions in JSON format that you can invoke.\n\n"
)


def header(role: str) -> str:
    return f"<|start_header_id|>{role}<|end_header_id|>\n\n"


class _Llama3Base:
    name = "llama3"
    call_style: CallStyle

    def __init__(self) -> None:
        self.stop = list(STOP)

    def render_turns(self, messages: list[Message], *, add_generation_prompt: bool = True) -> str:
        parts = [self._turn(m) for m in messages]
        if add_generation_prompt:
            parts.append(header("assistant"))
        return "".join(parts)

    def _turn(self, message: Message) -> str:
        if message.role == "tool":
            return header("ipython") + tojson(message.content) + EOT
        if message.role == "assistant" and message.tool_call is not None:
            return header("assistant") + self.render_call(message.tool_call) + EOT
        return header(message.role) + message.content.strip() + EOT

    def render_call(self, call: ToolCall) -> str:
        raise NotImplementedError

    def grammar(self, tools: list[dict[str, Any]]) -> str:
        return union_grammar(self.call_style, tools)

    def call_prefix(self) -> str:
        return self.call_style.prefix


class Llama3Json(_Llama3Base):
    """``{"name": ..., "parameters": {...}}``, as the official GGUF chat template renders calls."""

    name = "llama3-json"
    call_style = CallStyle(
        "json", prefix="{", head='{"name": "', args_key="parameters", skip=(PYTHON_TAG,)
    )

    def render_prefix(self, system: str, tools: list[dict[str, Any]]) -> str:
        out = BOS + header("system")
        if tools:
            out += "Environment: ipython\n"
        out += "Cutting Knowledge Date: December 2023\n\n"
        if tools:
            out += JSON_INSTRUCTIONS
            out += "".join(tojson(t) + "\n\n" for t in tools)
        return out + system.strip() + EOT

    def render_call(self, call: ToolCall) -> str:
        return f'{{"name": "{call.name}", "parameters": {tojson(call.arguments)}}}'

    def parse(self, output: str) -> Parsed:
        body = _strip_tag(output)
        if not body.startswith("{"):
            return text_answer(output)
        return parse_json_call(body, raw=output)


class Llama3Pythonic(_Llama3Base):
    """``[add_todo(title="x", due="friday")]``, Meta's documented form for Llama 3.2 1B/3B."""

    name = "llama3-pythonic"
    # Llama 3.2 also knows the template's JSON form; a "{" start is a call attempt too.
    call_style = CallStyle("pythonic", prefix="[", head="[", skip=(PYTHON_TAG,), also=("{",))

    def render_prefix(self, system: str, tools: list[dict[str, Any]]) -> str:
        out = BOS + header("system")
        if system.strip():
            out += system.strip() + ("\n\n" if tools else "")
        if tools:
            out += PYTHONIC_INSTRUCTIONS + tojson(_meta_functions(tools))
        return out + EOT

    def render_call(self, call: ToolCall) -> str:
        args = ", ".join(f"{k}={py_literal(v)}" for k, v in call.arguments.items())
        return f"[{call.name}({args})]"

    def parse(self, output: str) -> Parsed:
        body = _strip_tag(output)
        if body.startswith("{"):
            return parse_json_call(body, raw=output)
        if not body.startswith("["):
            return text_answer(output)
        return parse_pythonic(body, raw=output)


def _strip_tag(output: str) -> str:
    return output.strip().removeprefix(PYTHON_TAG).strip()


def _meta_functions(tools: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Function definitions as in Meta's examples: bare functions, parameters of type "dict"."""
    out = []
    for fn in functions(tools):
        params = dict(fn.get("parameters") or {})
        if params.get("type") == "object":
            params["type"] = "dict"
        out.append({**fn, "parameters": params})
    return out


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (strings double-quoted, as JSON escapes them)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{tojson(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, str):
        return tojson(value)
    return repr(value)


def parse_pythonic(body: str, *, raw: str) -> Parsed:
    """The first call of ``[f(a=1), g(b="x")]``; literal values only, nothing is evaluated.

    ``ast.literal_eval`` refuses names, calls and operators, so
    ``f(x=os.system("rm"))`` is an error, not an action.
    """

    def fail(why: str) -> Parsed:
        return Parsed(None, raw.strip(), why)

    try:
        tree = ast.parse(body, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return fail("The tool call is not a valid [name(key=value)] list.")
    if not isinstance(tree, ast.List) or not tree.elts:
        return fail("A tool call is written as [name(key=value, ...)].")
    node = tree.elts[0]
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return fail("A tool call is written as [name(key=value, ...)].")
    if node.args:
        return fail(f"{node.func.id}: give every argument as name=value.")
    args: dict[str, Any] = {}
    for kw in node.keywords:
        if kw.arg is None:
            return fail(f"{node.func.id}: give every argument as name=value.")
        try:
            args[kw.arg] = _json_value(ast.literal_eval(kw.value))
        except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
            return fail(f"{node.func.id}: the value of {kw.arg!r} must be a plain literal.")
    return Parsed(ToolCall(node.func.id, args), "", None)


def _json_value(value: Any) -> Any:
    """Refuse literals JSON has no word for (bytes, sets, complex numbers)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _json_value(v) for k, v in value.items()}
    raise ValueError(f"not a JSON value: {type(value).__name__}")
