"""ChatML as Qwen2.5 uses it: ``<tool_call>`` JSON calls, results in ``<tool_response>``.

The rendering follows the Qwen2.5 GGUF chat template byte for byte (the tests
compare against it); SmolLM2 and other ChatML models without a tool-aware
template get the same layout, which is the most common one for ChatML tools.
"""

from __future__ import annotations

from typing import Any

from assistant.models.formats.base import (
    Message,
    Parsed,
    ToolCall,
    parse_json_call,
    text_answer,
    tojson,
)
from assistant.models.grammar import CallStyle, union_grammar

START, END = "<|im_start|>", "<|im_end|>"
OPEN, CLOSE = "<tool_call>", "</tool_call>"

TOOLS_INTRO = (
    "\n\n# Tools\n\nYou may call one or more functions to assist with the user query.\n\n"
    "You are provided with function signatures within <tools></tools> XML tags:\n<tools>"
)
TOOLS_OUTRO = (
    "\n</tools>\n\nFor each function call, return a json object with function name and "
    "arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{"name": <function-name>, "arguments": <args-json-object>}\n</tool_call>'
)


class ChatML:
    name = "chatml"
    # Small Qwen models often drop the tags and write the bare object: that
    # start counts as a call too (the two-phase scheme then writes the tags).
    call_style = CallStyle(
        "json",
        prefix=OPEN,
        head=OPEN + '\n{"name": "',
        tail="\n" + CLOSE,
        args_key="arguments",
        also=("{",),
    )

    def __init__(self) -> None:
        self.stop = [END, "<|endoftext|>"]

    def render_prefix(self, system: str, tools: list[dict[str, Any]]) -> str:
        body = system
        if tools:
            body += TOOLS_INTRO + "".join("\n" + tojson(t) for t in tools) + TOOLS_OUTRO
        return f"{START}system\n{body}{END}\n"

    def render_turns(self, messages: list[Message], *, add_generation_prompt: bool = True) -> str:
        parts: list[str] = []
        for i, m in enumerate(messages):
            if m.role == "tool":
                # Consecutive results share one user turn, as in the Qwen template.
                first = i == 0 or messages[i - 1].role != "tool"
                last = i == len(messages) - 1 or messages[i + 1].role != "tool"
                parts.append(
                    (f"{START}user" if first else "")
                    + f"\n<tool_response>\n{m.content}\n</tool_response>"
                    + (f"{END}\n" if last else "")
                )
            elif m.role == "assistant" and m.tool_call is not None:
                text = f"\n{m.content}" if m.content else ""
                parts.append(f"{START}assistant{text}\n{self.render_call(m.tool_call)}{END}\n")
            else:
                parts.append(f"{START}{m.role}\n{m.content}{END}\n")
        if add_generation_prompt:
            parts.append(f"{START}assistant\n")
        return "".join(parts)

    def render_call(self, call: ToolCall) -> str:
        body = f'{{"name": "{call.name}", "arguments": {tojson(call.arguments)}}}'
        return f"{OPEN}\n{body}\n{CLOSE}"

    def parse(self, output: str) -> Parsed:
        body = output.strip()
        if body.startswith("{"):
            return parse_json_call(body, raw=output)
        if not body.startswith(OPEN):
            return text_answer(output)
        inner = body[len(OPEN) :].split(CLOSE, 1)[0].strip()
        return parse_json_call(inner, raw=output)

    def grammar(self, tools: list[dict[str, Any]]) -> str:
        return union_grammar(self.call_style, tools)

    def call_prefix(self) -> str:
        return OPEN
