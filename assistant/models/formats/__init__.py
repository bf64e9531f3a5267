"""Chat formats: how a conversation becomes prompt text, and model output becomes a call.

Every format renders a stable prefix (system text + tool definitions, no
clock) and the turns after it, parses output into :class:`Parsed`, and gives
the GBNF grammar for its call syntax. :func:`select_format` picks one from
what a GGUF says about itself.
"""

from __future__ import annotations

import logging

from assistant.models.formats.base import ChatFormat, Message, Parsed, Role, ToolCall
from assistant.models.formats.chatml import ChatML
from assistant.models.formats.llama3 import Llama3Json, Llama3Pythonic
from assistant.models.formats.sandbox import TemplateRefused
from assistant.models.formats.template import TemplateFallback

log = logging.getLogger(__name__)

# Meta documents the pythonic form for Llama 3.2 1B/3B; see docs/benchmarks.md.
Llama3 = Llama3Pythonic

FORMATS: dict[str, type[Llama3Json] | type[Llama3Pythonic] | type[ChatML]] = {
    "llama3-json": Llama3Json,
    "llama3-pythonic": Llama3Pythonic,
    "chatml": ChatML,
}


def select_format(
    architecture: str,
    chat_template: str | None,
    name_hint: str | None = None,
    *,
    bos_token: str = "",
    eos_token: str = "",
) -> ChatFormat:
    """The adapter for a model: by name if ``name_hint`` is a format name, else by its template.

    Llama 3 header tokens -> :data:`Llama3`; ChatML (``<|im_start|>``) or a
    qwen2 model -> :class:`ChatML`; another template -> :class:`TemplateFallback`;
    nothing usable -> plain :class:`ChatML`.
    """
    if name_hint in FORMATS:
        return FORMATS[name_hint]()
    template = chat_template or ""
    if "<|start_header_id|>" in template:
        return Llama3()
    if _runs_template(architecture, template):
        try:
            return TemplateFallback(template, bos_token=bos_token, eos_token=eos_token)
        except TemplateRefused as exc:
            log.warning("%s Using ChatML instead.", exc)
    return ChatML()


# What `models use` renders to try a template before the model is chosen.
_SAMPLE_SYSTEM = "You are a helpful assistant."
_SAMPLE_TOOL = {
    "type": "function",
    "function": {
        "name": "add_todo",
        "description": "Add a to-do.",
        "parameters": {
            "type": "object",
            "properties": {"title": {"type": "string"}},
            "required": ["title"],
        },
    },
}
_SAMPLE_TURNS = [
    Message("user", "Remind me to call Anna."),
    Message("assistant", "", ToolCall("add_todo", {"title": "Call Anna"})),
    Message("tool", '{"ok": true}'),
    Message("assistant", "Done."),
    Message("user", "Thanks!"),
]


def check_chat_template(architecture: str, chat_template: str | None) -> None:
    """Render a short sample conversation with the format :func:`select_format` picks.

    Raises :class:`TemplateRefused` for a template that fails, loops, floods
    or does not compile, so `models use` can refuse the model up front (when
    running, a template that does not compile falls back to ChatML instead).
    """
    if not _runs_template(architecture, chat_template or ""):
        return  # a built-in format is used; the template is never rendered
    fmt = TemplateFallback(chat_template or "")
    fmt.render_prefix(_SAMPLE_SYSTEM, [_SAMPLE_TOOL])
    fmt.render_turns(_SAMPLE_TURNS)


def _runs_template(architecture: str, template: str) -> bool:
    """Whether :func:`select_format` renders ``template`` itself (no built-in format fits)."""
    known = "<|start_header_id|>" in template or "<|im_start|>" in template
    return bool(template) and not known and not architecture.startswith("qwen2")


__all__ = [
    "FORMATS",
    "ChatFormat",
    "ChatML",
    "Llama3",
    "Llama3Json",
    "Llama3Pythonic",
    "Message",
    "Parsed",
    "Role",
    "TemplateFallback",
    "TemplateRefused",
    "ToolCall",
    "check_chat_template",
    "select_format",
]
