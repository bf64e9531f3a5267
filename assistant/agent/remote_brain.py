"""The brain when the model runs on a server: connect, pick the format, warm the prefix.

A server that is down or refuses is one :class:`~assistant.errors.ModelError`
in plain words, and nothing else happens (no store is opened or written here).
Only where the user turned on "use this computer's model when the server
cannot be used" does :func:`~assistant.agent.factory.load_brain` load the
local model instead, and it says so.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import paths
from assistant.agent.loop import Agent, AgentConfig
from assistant.models import server
from assistant.models.formats import FORMATS, ChatFormat, ChatML, Llama3, select_format
from assistant.models.remote_probe import connect
from assistant.tools import default_registry

if TYPE_CHECKING:
    from assistant.agent.factory import Brain
    from assistant.models.runtime import ProgressCallback

log = logging.getLogger(__name__)


def load_remote_brain(
    base: Path,
    choice: server.ServerChoice,
    *,
    n_ctx: int = 8192,
    on_progress: ProgressCallback | None = None,
    config: AgentConfig | None = None,
) -> Brain:
    """Connect to ``choice``'s server and build the agent on it."""
    from assistant.agent.factory import Brain

    report = on_progress or (lambda _stage, _fraction: None)
    report("connecting", 0.1)
    model = connect(choice, server.api_key(base), n_ctx=n_ctx)
    try:
        if choice.grammar is None or choice.schema is None:
            server.remember_constraints(
                base, choice, grammar=model.grammar_honoured, schema=model.schema_honoured
            )
        fmt = server_format(choice.chat_format, model.info.chat_template, choice.model)
        agent = Agent(model, fmt, default_registry(), config)
        report("reading the prompt", 0.5)
        model.prepare_prefix(agent.prefix, paths.cache_dir(base))
    except BaseException:
        model.close()
        raise
    report("loaded", 1.0)
    return Brain(model, fmt, agent)


def server_format(name: str | None, template: str | None, model: str) -> ChatFormat:
    """The chat format: as configured, else from the server's template, else by the name."""
    if name in FORMATS:
        return FORMATS[name]()
    if template:
        return select_format("", template)
    lowered = model.lower().replace("_", "-")
    if "llama-3" in lowered or "llama3" in lowered:
        return Llama3()
    log.info("no chat template from the server; rendering %s as ChatML", model)
    return ChatML()
