"""The model for summaries and rewrites, without the agent's tool prefix.

``assistant summarize`` never calls a tool, so it loads the model without the
agent and its ~1,400-token tool prefix, and warms only its own short prefix
(system text and fixed instructions), saved to and restored from disk like
the chat's (:meth:`~assistant.models.runtime.LlamaModel.prepare_prefix`).

In the window one model serves chat and email, and llama.cpp keeps one KV
cache: a summary's prompt evicts the chat's prefix. :func:`own_prefix`
therefore restores the summary's prefix from disk before the work and the
chat's prefix after it (a file read, ~0.1 s, instead of evaluating 1,400
tokens on the next chat turn).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant import paths
from assistant.agent.factory import Brain, format_for, load_brain, model_path
from assistant.agent.summarize import rewrite_prefix, summary_prefix
from assistant.models import hardware
from assistant.models.base import ChatModel
from assistant.models.config import ENV_MODEL
from assistant.models.formats import ChatFormat
from assistant.models.server import server_choice

if TYPE_CHECKING:
    from assistant.models.runtime import ProgressCallback

log = logging.getLogger(__name__)

Purpose = Literal["summary", "rewrite"]


@dataclass
class TextBrain:
    """A loaded model and its chat format, with no agent and no tools."""

    model: ChatModel
    fmt: ChatFormat

    def close(self) -> None:
        close = getattr(self.model, "close", None)
        if close is not None:
            close()


def prefix_for(purpose: Purpose, fmt: ChatFormat) -> str:
    return summary_prefix(fmt) if purpose == "summary" else rewrite_prefix(fmt)


def load_text_brain(
    base: Path,
    override: str | os.PathLike[str] | None = None,
    *,
    purpose: Purpose = "summary",
    n_ctx: int = 8192,
    n_threads: int | None = None,
    on_progress: ProgressCallback | None = None,
) -> TextBrain:
    """Load the configured model and warm ``purpose``'s own prefix (restored if saved).

    With a model server chosen, the server's brain is used as it is: its
    prefix costs the server, not this computer.
    """
    if not (override or os.environ.get(ENV_MODEL)) and server_choice(base) is not None:
        brain = load_brain(base, override, n_ctx=n_ctx, on_progress=on_progress)
        return TextBrain(brain.model, brain.fmt)
    path = model_path(base, override)
    hardware.ensure_cpu_supported()  # before llama.cpp is imported: a message, not a crash
    from assistant.models.runtime import LlamaModel

    model = LlamaModel.load(path, n_ctx=n_ctx, n_threads=n_threads, on_progress=on_progress)
    try:
        fmt = format_for(path)
        restored = warm_prefix(model, prefix_for(purpose, fmt), paths.cache_dir(base))
        log.info("%s prefix %s", purpose, "restored from disk" if restored else "evaluated")
    except BaseException:
        model.close()
        raise
    return TextBrain(model, fmt)


def warm_prefix(model: ChatModel, prefix: str, cache_dir: Path) -> bool:
    """Restore ``prefix``'s saved KV state, or evaluate and save it; True if restored.

    A model without a prefix cache (a scripted fake) is left alone.
    """
    prepare = getattr(model, "prepare_prefix", None)
    return bool(prepare(prefix, cache_dir)) if prepare is not None else False


@contextmanager
def own_prefix(brain: Brain, purpose: Purpose, cache_dir: Path) -> Iterator[None]:
    """Around a summary or rewrite on the chat's model: its prefix in, the chat's back after."""
    warm_prefix(brain.model, prefix_for(purpose, brain.fmt), cache_dir)
    try:
        yield
    finally:
        restore = getattr(brain.model, "restore_prefix_state", None)
        if restore is not None:
            try:
                restore(brain.agent.prefix, cache_dir)
            except Exception:  # the chat evaluates its prefix again; nothing is lost
                log.warning("chat prefix not restored after the %s", purpose, exc_info=True)
