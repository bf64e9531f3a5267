"""Chat formats: how a conversation becomes prompt text, and model output becomes a call.

Every format renders a stable prefix (system text + tool definitions, no
clock) and the turns after it, parses output into :class:`Parsed`, and gives
the GBNF grammar for its call syntax. :func:`select_format` picks one from
what a GGUF says about itself.
"""

from __future__ import annotations

import logging

import jinja2

from assistant.models.formats.base import ChatFormat, Message, Parsed, Role, ToolCall
from assistant.models.formats.chatml import ChatML
from assistant.models.formats.llama3 import Llama3Json, Llama3Pythonic
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
    if "<|im_start|>" in template or architecture.startswith("qwen2"):
        return ChatML()
    if template:
        try:
            return TemplateFallback(template, bos_token=bos_token, eos_token=eos_token)
        except jinja2.TemplateError as exc:
            log.warning("chat template unusable (%s); using ChatML", exc)
    return ChatML()


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
    "ToolCall",
    "select_format",
]
