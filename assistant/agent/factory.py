"""Putting the pieces together: the configured GGUF, its chat format, the tools."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import paths
from assistant.agent.loop import Agent, AgentConfig
from assistant.errors import ModelError
from assistant.models import hardware
from assistant.models.base import ChatModel
from assistant.models.config import configured_model
from assistant.models.formats import ChatFormat, select_format
from assistant.models.gguf import inspect_gguf
from assistant.models.server import active_server
from assistant.tools import default_registry

if TYPE_CHECKING:
    # Not imported at run time: importing the runtime loads llama.cpp, which on a
    # processor the build does not fit dies of an illegal instruction (load_brain).
    from assistant.models.runtime import ProgressCallback

log = logging.getLogger(__name__)

NO_MODEL = (
    "No model is set up yet. Run `assistant models download llama-3.2-3b-instruct`, "
    "or `assistant models use PATH` for a GGUF file you already have."
)


@dataclass
class Brain:
    """A loaded model with its chat format and the agent that drives the tools."""

    # A LlamaModel or a RemoteModel in the app; a scripted fake in tests of the front ends.
    model: ChatModel
    fmt: ChatFormat
    agent: Agent
    # Said to the user once the brain is ready (a server given up for the local model).
    notice: str = ""

    def close(self) -> None:
        close = getattr(self.model, "close", None)
        if close is not None:
            close()


def model_path(base: Path, override: str | os.PathLike[str] | None = None) -> Path:
    path = configured_model(base, override)
    if path is None:
        raise ModelError(NO_MODEL)
    return path


def format_for(path: Path) -> ChatFormat:
    info = inspect_gguf(path)
    return select_format(info.architecture, info.chat_template)


def load_brain(
    base: Path,
    override: str | os.PathLike[str] | None = None,
    *,
    n_ctx: int = 8192,
    n_threads: int | None = None,
    n_gpu_layers: int | None = None,
    on_progress: ProgressCallback | None = None,
    config: AgentConfig | None = None,
) -> Brain:
    """Load the configured model and warm its prompt prefix (restored from disk if saved).

    With a model server chosen (and no ``override`` or ``$ASSISTANT_MODEL``), the model
    runs there instead (:mod:`assistant.agent.remote_brain`).
    """
    remote = active_server(base, override)
    if remote is not None:
        from assistant.agent.remote_brain import load_remote_brain

        try:
            return load_remote_brain(
                base, remote, n_ctx=n_ctx, on_progress=on_progress, config=config
            )
        except ModelError as exc:
            if not remote.fallback_local or configured_model(base) is None:
                raise
            log.warning("model server unusable, running the local model as set up: %s", exc)
            notice = f"{exc} The model runs on this computer instead, as set in Settings → Model."
    else:
        notice = ""
    brain = _load_local(base, override, n_ctx, n_threads, n_gpu_layers, on_progress, config)
    brain.notice = notice
    return brain


def _load_local(
    base: Path,
    override: str | os.PathLike[str] | None,
    n_ctx: int,
    n_threads: int | None,
    n_gpu_layers: int | None,
    on_progress: ProgressCallback | None,
    config: AgentConfig | None,
) -> Brain:
    path = model_path(base, override)
    # Checked before llama.cpp is imported, so such a processor gets a message, not a crash.
    hardware.ensure_cpu_supported()
    from assistant.models.runtime import LlamaModel

    model = LlamaModel.load(
        path,
        n_ctx=n_ctx,
        n_threads=n_threads,
        n_gpu_layers=n_gpu_layers,
        on_progress=on_progress,
    )
    try:
        fmt = format_for(path)
        agent = Agent(model, fmt, default_registry(), config)
        restored = model.prepare_prefix(agent.prefix, paths.cache_dir(base))
        log.info("prompt prefix %s", "restored from disk" if restored else "evaluated and saved")
    except BaseException:
        model.close()
        raise
    return Brain(model, fmt, agent)
