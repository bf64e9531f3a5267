"""A format built from a GGUF's own Jinja chat template, for models we have no adapter for.

The template is rendered the way llama-cpp-python's ``Jinja2ChatFormatter``
and Hugging Face do (sandboxed, ``trim_blocks``/``lstrip_blocks``, ``tojson``
keeping key order), within limits of time and size (:mod:`.sandbox`): a
template that fails raises :class:`~.sandbox.TemplateRefused`, a plain
sentence. Calls are JSON objects; if the template speaks of ``<tool_call>``
they are wrapped in it, the Hermes/Qwen convention.

The cached prefix is what the template renders for the system message alone,
provided longer conversations start with exactly that text; otherwise (a
template that folds the system text into a user turn, say) the prefix is just
the BOS text and everything else is rendered as turns: correct, only slower.
No ``strftime_now`` is given to the template, so a template that prints a
date falls back to its fixed default and the prefix stays stable.
"""

from __future__ import annotations

import json
import re
from typing import Any

import jinja2

from assistant.models.formats.base import (
    Message,
    Parsed,
    ToolCall,
    parse_json_call,
    text_answer,
    tojson,
)
from assistant.models.formats.sandbox import (
    LimitedEnvironment,
    TemplateRefused,
    compile_template,
    render,
)
from assistant.models.grammar import CallStyle, union_grammar

# End-of-turn markers of common template families, used as stop strings when present.
KNOWN_ENDS = ("<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>", "</s>", "<|endoftext|>")

CALL_INSTRUCTION = (
    "To call a function, reply with only a JSON object: "
    '{{"name": function name, "{key}": {{argument name: value}}}}.'
)
_PROBE = ("\x01probe one", "\x01probe two")


def _tojson(value: Any, indent: int | None = None, **_: Any) -> str:
    return tojson(value, indent=indent)


def _raise(message: str) -> None:
    raise jinja2.TemplateError(message)


class TemplateFallback:
    name = "template"

    def __init__(self, template: str, *, bos_token: str = "", eos_token: str = "") -> None:
        env = LimitedEnvironment(filters={"tojson": _tojson})
        self._template = compile_template(env, template)  # TemplateRefused for a broken one
        self.bos_token, self.eos_token = bos_token, eos_token
        self.native_tools = re.search(r"\btools\b", template) is not None
        self.native_calls = "tool_calls" in template
        self.tool_role = re.search(r"""['"]tool['"]""", template) is not None
        wrapped = "<tool_call>" in template
        key = "parameters" if '"parameters"' in template else "arguments"
        head = ("<tool_call>\n" if wrapped else "") + '{"name": "'
        self.call_style = CallStyle(
            "json",
            prefix="<tool_call>" if wrapped else "{",
            head=head,
            tail="\n</tool_call>" if wrapped else "",
            args_key=key,
            also=("{",) if wrapped else (),
        )
        self.stop = [e for e in (eos_token, *KNOWN_ENDS) if e and e in (template + eos_token)]
        self._system = ""
        self._tools: list[dict[str, Any]] = []
        self._prefix = bos_token

    # -- rendering --------------------------------------------------------

    def render_prefix(self, system: str, tools: list[dict[str, Any]]) -> str:
        """Remembers system and tools: :meth:`render_turns` renders after them."""
        self._system, self._tools = system, list(tools)
        self._prefix = self._find_prefix()
        return self._prefix

    def render_turns(self, messages: list[Message], *, add_generation_prompt: bool = True) -> str:
        full = self._render(messages, add_generation_prompt)
        if not full.startswith(self._prefix):
            raise TemplateRefused("it renders the system text differently from turn to turn")
        return full[len(self._prefix) :]

    def _find_prefix(self) -> str:
        try:
            alone = self._render([], False)
            probes = [
                self._render([Message("user", _PROBE[0])], True),
                self._render(
                    [
                        Message("user", _PROBE[0]),
                        Message("assistant", "ok"),
                        Message("user", _PROBE[1]),
                    ],
                    True,
                ),
            ]
        except TemplateRefused as exc:
            if exc.exhausted:  # a template that loops or floods fails every render: say so now
                raise
            return self.bos_token
        if alone and all(p.startswith(alone) for p in probes):
            return alone
        return self.bos_token if all(p.startswith(self.bos_token) for p in probes) else ""

    def _render(self, messages: list[Message], add_generation_prompt: bool) -> str:
        system = self._system
        if self._tools and not self.native_tools:
            listing = "\n".join(tojson(t) for t in self._tools)
            system += "\n\nYou can call these functions:\n" + listing
        if self._tools and self.call_style.prefix == "{":
            system += "\n\n" + CALL_INSTRUCTION.format(key=self.call_style.args_key)
        rows = [{"role": "system", "content": system}] + [self._row(m) for m in messages]
        return render(
            self._template,
            messages=rows,
            tools=self._tools or None,
            add_generation_prompt=add_generation_prompt,
            bos_token=self.bos_token,
            eos_token=self.eos_token,
            raise_exception=_raise,
        )

    def _row(self, m: Message) -> dict[str, Any]:
        if m.role == "assistant" and m.tool_call is not None:
            call = m.tool_call
            if self.native_calls:
                fn = {"name": call.name, "arguments": call.arguments}
                calls = [{"type": "function", "function": fn}]
                return {"role": "assistant", "content": "", "tool_calls": calls}
            return {"role": "assistant", "content": self.render_call(call)}
        if m.role == "tool" and not self.tool_role:
            return {"role": "user", "content": f"<tool_response>\n{m.content}\n</tool_response>"}
        return {"role": m.role, "content": m.content}

    # -- output -----------------------------------------------------------

    def render_call(self, call: ToolCall) -> str:
        style = self.call_style
        body = f'{{"name": "{call.name}", "{style.args_key}": {tojson(call.arguments)}}}'
        return style.head.removesuffix('{"name": "') + body + style.tail

    def parse(self, output: str) -> Parsed:
        body = _unfence(output.strip())
        if self.call_style.prefix == "<tool_call>" and not body.startswith("{"):
            if not body.startswith("<tool_call>"):
                return text_answer(output)
            body = body[len("<tool_call>") :].split("</tool_call>", 1)[0].strip()
            return parse_json_call(body, raw=output)
        if not body.startswith("{"):
            return text_answer(output)
        return parse_json_call(body, raw=output)

    def grammar(self, tools: list[dict[str, Any]]) -> str:
        return union_grammar(self.call_style, tools)

    def call_prefix(self) -> str:
        return self.call_style.prefix


def _unfence(text: str) -> str:
    """``{...}`` from a ```json fenced block, which instruct models like to write."""
    match = re.match(r"```(?:json)?\s*(\{.*?\})\s*```", text, flags=re.S)
    if match:
        try:
            json.loads(match.group(1))
            return match.group(1)
        except json.JSONDecodeError:
            pass
    return text
